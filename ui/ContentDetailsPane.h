#pragma once

#include "library/ContentItem.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace sv {

class ThumbnailLoader;

/// Everything the library knows about one item, with a button that opens it on its platform.
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
    /// The label showing the item's picture (or its placeholder).
    QLabel* pictureLabel() const { return m_picture; }
    bool hasItem() const { return m_item.id != 0; }
    const ContentItem& item() const { return m_item; }

    /// Only web links may be opened from the library: a stored url is untrusted input.
    static bool isOpenableUrl(const QUrl& url);
    /// Replaces QDesktopServices::openUrl (tests).
    void setUrlOpener(std::function<bool(const QUrl&)> opener);

    QPushButton* openButton() const { return m_open; }
    QString titleText() const;
    /// Moves the keyboard focus into the pane (the open button when it is enabled).
    void focusPane();

signals:
    void urlOpened(const QUrl& url);

private:
    void openOnPlatform();
    void showPicture();
    void releasePicture();

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
    QTextBrowser* m_description = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace sv
