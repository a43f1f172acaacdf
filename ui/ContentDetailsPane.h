#pragma once

#include "Format.h"
#include "library/ClipGroups.h"
#include "library/ContentHistory.h"
#include "library/ContentItem.h"

#include <QPointer>
#include <QWidget>

#include <QCoro/QCoroTask>

#include <functional>

class QGridLayout;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace sv {

class LibraryService;
class ThumbnailLoader;
class TrendChart;

/// Everything the library knows about one item, with a button that opens it on its platform: its counters
/// (a metric its platform does not give is "—" with the reason as tooltip, never 0), its engagement rate, and
/// its views over time (the recorded history, read through the LibraryService off the UI thread), and the
/// clip's other posts when it was cross-posted (its ClipGroup: each platform's figures, their sum, the rule's
/// reason, and the creator's Confirm / Split / Merge decisions).
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
    QLabel* durationLabel() const { return m_duration; }
    QLabel* engagementLabel() const { return m_engagement; }
    /// The item's views over time; hidden while there is nothing to draw (then historyNote() says why).
    TrendChart* historyChart() const { return m_chart; }
    QLabel* historyNote() const { return m_historyNote; }

    // The cross-posted clip's section (hidden without a library).
    QWidget* groupSection() const { return m_groupSection; }
    QLabel* groupHeading() const { return m_groupHeading; }
    /// The members' figures: a row per member (platform and title, views, likes, comments), then the sum.
    QGridLayout* groupTable() const { return m_groupGrid; }
    QLabel* groupSumNote() const { return m_groupSumNote; }
    QLabel* groupReason() const { return m_groupReason; }
    QLabel* groupError() const { return m_groupError; }
    QPushButton* confirmGroupButton() const { return m_confirmGroup; }
    QPushButton* splitGroupButton() const { return m_splitGroup; }
    QPushButton* mergeButton() const { return m_merge; }
    /// The candidates "Merge with…" offers (filled when it is clicked; mergeCandidatesShown() follows).
    QMenu* mergeMenu() const { return m_mergeMenu; }
    /// The group shown, empty when the item is in none.
    const std::optional<ClipGroup>& group() const { return m_group; }
    /// Items within this many days of the item, on other platforms, are offered by "Merge with…".
    static constexpr int MergeWindowDays = 3;
    /// A member's "platform: title" is elided to this width (pixels) in the group's table.
    static constexpr int MemberNameWidth = 190;
    /// Reads the shown item's group again (the list read the groups again: its figures may have changed).
    void reloadGroup();
    QString titleText() const;
    /// Moves the keyboard focus into the pane (the open button when it is enabled).
    void focusPane();

signals:
    void urlOpened(const QUrl& url);
    /// The history of item `contentId` has been read and drawn (or its note shown).
    void historyShown(qint64 contentId);
    /// The group of item `contentId` has been read and shown (or that it has none).
    void groupShown(qint64 contentId);
    /// A Confirm, Split or Merge was refused or failed; groupError() shows `message`.
    void groupActionFailed(const QString& message);
    /// The merge candidates are in mergeMenu().
    void mergeCandidatesShown();
    /// The user clicked a member of the group: show it.
    void memberActivated(const sv::ContentItem& item);

private:
    void openOnPlatform();
    void showPicture();
    void releasePicture();
    void showCount(QLabel* label, Format::Metric metric, qint64 value);
    QCoro::Task<> loadHistory(qint64 contentId, quint64 generation);
    void showHistory(const QList<HistoryPoint>& points);
    QWidget* buildGroupSection(QWidget* parent);
    QCoro::Task<> loadGroup(ContentItem item, quint64 generation);
    void showGroup(const std::optional<ClipGroup>& group);
    enum class GroupDecision { Confirm, Split, Merge };
    /// Confirms or splits the item's group, or merges it with `other`'s (Merge).
    QCoro::Task<> decide(GroupDecision decision, ContentItem other = {});
    QCoro::Task<> showMergeCandidates();
    void showGroupError(const QString& message);

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

    std::optional<ClipGroup> m_group;
    quint64 m_groupGeneration = 0;
    qint64 m_groupItemId = 0; ///< The item whose group is shown or being read.
    QWidget* m_groupSection = nullptr;
    QLabel* m_groupHeading = nullptr;
    QWidget* m_groupTableWidget = nullptr;
    QGridLayout* m_groupGrid = nullptr;
    QLabel* m_groupSumNote = nullptr;
    QLabel* m_groupReason = nullptr;
    QLabel* m_groupError = nullptr;
    QPushButton* m_confirmGroup = nullptr;
    QPushButton* m_splitGroup = nullptr;
    QPushButton* m_merge = nullptr;
    QMenu* m_mergeMenu = nullptr;
};

} // namespace sv
