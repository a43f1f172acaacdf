#pragma once

#include "Format.h"
#include "library/ContentHistory.h"
#include "library/ContentItem.h"

#include <QPointer>
#include <QWidget>

#include <QCoro/QCoroTask>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace sv {

class LibraryService;
class ThumbnailLoader;
class TrendChart;

/// Everything the library knows about one item, with a button that opens it on its platform: its counters
/// (a metric its platform does not give is "—" with the reason as tooltip, never 0), its engagement rate, and
/// its views over time (the recorded history, read through the LibraryService off the UI thread).
class ContentDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ContentDetailsPane(QWidget* parent = nullptr);

    /// The size the item's picture is shown at (16:9).
    static constexpr QSize PictureSize{320, 180};

    void setItem(const ContentItem& item);
    void clear();
    /// Shows the item's picture from `loader` (not owned; null: no picture).
    void setThumbnails(ThumbnailLoader* loader);
    /// Reads the items' history from `service` (not owned; null: no chart).
    void setLibrary(LibraryService* service);
    /// The label showing the item's picture (or its placeholder).
    QLabel* pictureLabel() const { return m_picture; }
    bool hasItem() const { return m_item.id != 0; }
    const ContentItem& item() const { return m_item; }

    /// Only web links may be opened from the library: a stored url is untrusted input.
    static bool isOpenableUrl(const QUrl& url);
    /// Replaces QDesktopServices::openUrl (tests).
    void setUrlOpener(std::function<bool(const QUrl&)> opener);

    QPushButton* openButton() const { return m_open; }
    QLabel* viewsLabel() const { return m_views; }
    QLabel* likesLabel() const { return m_likes; }
    QLabel* commentsLabel() const { return m_comments; }
    QLabel* sharesLabel() const { return m_shares; }
    QLabel* engagementLabel() const { return m_engagement; }
    /// The item's views over time; hidden while there is nothing to draw (then historyNote() says why).
    TrendChart* historyChart() const { return m_chart; }
    QLabel* historyNote() const { return m_historyNote; }
    QString titleText() const;
    /// Moves the keyboard focus into the pane (the open button when it is enabled).
    void focusPane();

signals:
    void urlOpened(const QUrl& url);
    /// The history of item `contentId` has been read and drawn (or its note shown).
    void historyShown(qint64 contentId);

private:
    void openOnPlatform();
    void showPicture();
    void releasePicture();
    void showCount(QLabel* label, Format::Metric metric, qint64 value);
    QCoro::Task<> loadHistory(qint64 contentId, quint64 generation);
    void showHistory(const QList<HistoryPoint>& points);

    ContentItem m_item;
    std::function<bool(const QUrl&)> m_opener;
    QStackedWidget* m_pages = nullptr;
    QPointer<ThumbnailLoader> m_thumbnails;
    QUrl m_pictureUrl; ///< requested of m_thumbnails, not yet released
    QLabel* m_picture = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_platform = nullptr;
    QLabel* m_platformIcon = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_published = nullptr;
    QLabel* m_duration = nullptr;
    QLabel* m_views = nullptr;
    QLabel* m_likes = nullptr;
    QLabel* m_comments = nullptr;
    QLabel* m_shares = nullptr;
    QLabel* m_engagement = nullptr;
    QLabel* m_historyNote = nullptr;
    TrendChart* m_chart = nullptr;
    QPointer<LibraryService> m_service;
    quint64 m_historyGeneration = 0;
    QTextBrowser* m_description = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace sv
