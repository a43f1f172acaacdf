#pragma once

#include "library/ContentItem.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace sv {

/// Everything the library knows about one item, with a button that opens it on its platform.
class ContentDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ContentDetailsPane(QWidget* parent = nullptr);

    void setItem(const ContentItem& item);
    void clear();
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

    ContentItem m_item;
    std::function<bool(const QUrl&)> m_opener;
    QStackedWidget* m_pages = nullptr;
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
