#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QTimer>
#include <QUrl>

class QAbstractItemView;

namespace sv {

class ThumbnailLoader;

/// Keeps a loader's requests to the rows an item view shows: after a scroll, a resize or a change of the
/// model (once per event-loop pass), the pictures of the visible rows are requested and those of rows
/// that left the viewport released (their downloads dropped or aborted); a picture that arrives for a
/// visible row repaints the viewport. Rows never shown never load.
class VisibleThumbnails : public QObject
{
    Q_OBJECT
public:
    /// `role` gives each row's picture URL (QUrl); pictures are decoded at `box`.
    VisibleThumbnails(QAbstractItemView* view, ThumbnailLoader* loader, int role, QSize box,
                      QObject* parent = nullptr);
    ~VisibleThumbnails() override;

    /// The URLs currently requested (the visible rows').
    const QSet<QUrl>& requested() const { return m_requested; }
    /// Recomputes the visible rows now (normally deferred to the next event-loop pass).
    void update();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void schedule() { m_pending.start(); }
    void releaseAll();

    QPointer<QAbstractItemView> m_view;
    /// The view's viewport, whose events are watched: compared as a plain QObject, since its events also come
    /// while the view is being destroyed (when m_view no longer points at a whole QAbstractItemView).
    const QObject* m_viewport = nullptr;
    QPointer<ThumbnailLoader> m_loader;
    int m_role;
    QSize m_box;
    QSet<QUrl> m_requested;
    QTimer m_pending;
};

} // namespace sv
