#include "ContentDetailsPane.h"
#include "ContentFilterBar.h"
#include "ContentListModel.h"
#include "ContentView.h"
#include "Theme.h"
#include "Translations.h"
#include "UiTestLibrary.h"
#include "library/ClipGroups.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryService.h"

#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sv;

namespace {
QCoro::Task<Result<void, LibraryError>> openFile(LibraryService& service, QString path)
{
    co_return co_await service.open(path);
}

ContentItem clip(Platform platform, const QString& externalId, const QString& title,
                 const QDateTime& published, qint64 durationS, qint64 views)
{
    ContentItem item;
    item.platform = platform;
    item.account = QStringLiteral("creator-") + platformId(platform);
    item.externalId = externalId;
    item.title = title;
    item.kind = platform == Platform::YouTube     ? QStringLiteral("short")
                : platform == Platform::Instagram ? QStringLiteral("reel")
                                                  : QStringLiteral("video");
    item.publishedAt = published;
    item.durationS = durationS;
    item.views = views;
    item.likes = views / 10;
    item.comments = views / 100;
    if (platform == Platform::TikTok) // the only platform giving shares
        item.shares = views / 50;
    item.url = QStringLiteral("https://example.com/") + externalId;
    return item;
}
} // namespace

/// The content view shows a clip cross-posted on several platforms as one: badges in the list, the group's
/// members and sums in the details pane, and the creator's Confirm / Split / Merge kept in the library file.
class TestClipGroupsView : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QTemporaryDir dir;
        QString path;
        std::unique_ptr<LibraryService> service;
        std::unique_ptr<ContentView> view;
    };
    std::unique_ptr<Fixture> openView();
    static int rowOf(ContentView* view, const QString& externalId);
    /// Selects the item and waits for its group to be shown.
    static bool select(ContentView* view, const QString& externalId);
    static QWidget* memberCell(ContentDetailsPane* pane, int row);
    /// The group of `key` as a fresh connection to the file reads it (the decision survives a re-open).
    static std::optional<ClipGroup> groupOnDisk(Fixture& f, const ClipKey& key);
    static QString cellText(ContentDetailsPane* pane, int row, int column);
    static QString cellToolTip(ContentDetailsPane* pane, int row, int column);

    const QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

private slots:
    void initTestCase();
    void aCrossPostedClipIsOneRow();
    void crossPostedOnlyFilterListsTheGroup();
    void detailsListMembersAndSums();
    void newCrossPostsShowAfterAChange();
    void confirmKeepsTheGroup();
    void splitTakesTheItemOut();
    void mergeJoinsTwoItems();
    void mergeOfOnePlatformTwiceIsRefused();
    void clickingAMemberSelectsIt();
    void screenshot();
};

void TestClipGroupsView::initTestCase()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    QVERIFY(Translations::install(*qApp, english));
    Theme::apply(*qApp);
}

std::unique_ptr<TestClipGroupsView::Fixture> TestClipGroupsView::openView()
{
    using P = Platform;
    const QDateTime t = m_now.addDays(-4);
    const QList<ContentItem> items{
        // One clip on three platforms (Instagram gives no duration and no views).
        clip(P::YouTube, QStringLiteral("yt-pasta"),
             QStringLiteral("Three minute garlic pasta for busy nights"), t, 42, 12000),
        clip(P::TikTok, QStringLiteral("tt-pasta"),
             QStringLiteral("Three minute garlic pasta for busy nights"), t.addSecs(3 * 3600), 42, 30000),
        clip(P::Instagram, QStringLiteral("ig-pasta"),
             QStringLiteral("Three minute garlic pasta for busy nights 🍝"), t.addSecs(20 * 3600), 0, 5000),
        // Another TikTok the same day: merging it into the pasta group would put two TikToks in one group.
        clip(P::TikTok, QStringLiteral("tt-knife"), QStringLiteral("Knife sharpening on a budget"),
             t.addSecs(5 * 3600), 61, 8000),
        // A YouTube Short and a TikTok the rule does not group (titles differ): the creator merges them.
        clip(P::YouTube, QStringLiteral("yt-bread"), QStringLiteral("Crusty bread without kneading"),
             m_now.addDays(-20), 58, 4000),
        clip(P::TikTok, QStringLiteral("tt-bread"), QStringLiteral("no knead loaf, the lazy way"),
             m_now.addDays(-20).addSecs(7200), 58, 9000),
    };
    auto f = std::make_unique<Fixture>();
    f->path = f->dir.filePath(QStringLiteral("library.sqlite"));
    if (!test::writeLibrary(f->path, items))
        return nullptr;
    f->service = std::make_unique<LibraryService>();
    f->view = std::make_unique<ContentView>(f->service.get());
    f->view->setClock([this] { return m_now; });
    f->view->resize(1180, 760);
    f->view->show();
    QSignalSpy opened(f->view.get(), &ContentView::libraryOpened);
    QSignalSpy ready(f->view->model(), &ContentListModel::resultsReady);
    QSignalSpy groups(f->view->model(), &ContentListModel::groupsLoaded);
    f->view->showLibrary(openFile(*f->service, f->path), f->path);
    if (opened.isEmpty() && !opened.wait(5000))
        return nullptr;
    if (ready.isEmpty() && !ready.wait(5000))
        return nullptr;
    if (groups.isEmpty() && !groups.wait(5000))
        return nullptr;
    // The file was written without its groups: computed by that read, the rows are read again with them.
    if (!QTest::qWaitFor([&f] { return !f->view->model()->isSearching(); }, 5000))
        return nullptr;
    return f;
}

int TestClipGroupsView::rowOf(ContentView* view, const QString& externalId)
{
    // The item's own row, or its group's row, which lists it.
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        for (const ContentItem& post : view->model()->postsOf(view->model()->itemAt(row))) {
            if (post.externalId == externalId)
                return row;
        }
    }
    return -1;
}

/// The widget of the group table's member row `row` once the layout has placed it: a button the layout has
/// not shown yet has no size, and a click on it hits nothing. Null when there is none within 5 s.
QWidget* TestClipGroupsView::memberCell(ContentDetailsPane* pane, int row)
{
    QLayoutItem* cell = pane->groupTable()->itemAtPosition(row, 0);
    QPointer<QWidget> widget = cell ? cell->widget() : nullptr;
    if (!widget)
        return nullptr;
    const bool placed =
        QTest::qWaitFor([&] { return !widget || (widget->isVisible() && !widget->size().isEmpty()); }, 5000);
    return placed && widget ? widget.data() : nullptr;
}

bool TestClipGroupsView::select(ContentView* view, const QString& externalId)
{
    const int row = rowOf(view, externalId);
    if (row < 0)
        return false;
    ContentDetailsPane* pane = view->detailsPane();
    QSignalSpy shown(pane, &ContentDetailsPane::groupShown);
    view->resultList()->setCurrentIndex(view->model()->index(row));
    if (shown.isEmpty() && !shown.wait(5000))
        return false;
    if (pane->item().externalId == externalId)
        return true;
    // Listed through its group's row: shown by a click on it in the group's table.
    if (!pane->group())
        return false;
    const QList<ContentItem>& members = pane->group()->members;
    for (qsizetype m = 0; m < members.size(); ++m) {
        if (members.at(m).externalId != externalId)
            continue;
        QWidget* cell = memberCell(pane, int(m + 1));
        if (!cell)
            return false;
        shown.clear();
        QTest::mouseClick(cell, Qt::LeftButton);
        return (!shown.isEmpty() || shown.wait(5000)) && pane->item().externalId == externalId &&
               view->resultList()->currentIndex().row() == row;
    }
    return false;
}

std::optional<ClipGroup> TestClipGroupsView::groupOnDisk(Fixture& f, const ClipKey& key)
{
    f.view.reset();
    f.service.reset();
    LibraryDatabase db;
    if (!db.open(f.path))
        return std::nullopt;
    const auto group = ClipGroups::groupOf(db, key);
    return group ? group.value() : std::nullopt;
}

QString TestClipGroupsView::cellText(ContentDetailsPane* pane, int row, int column)
{
    QLayoutItem* cell = pane->groupTable()->itemAtPosition(row, column);
    if (!cell || !cell->widget())
        return {};
    if (const auto* label = qobject_cast<QLabel*>(cell->widget()))
        return label->text();
    if (const auto* button = qobject_cast<QPushButton*>(cell->widget()))
        return button->text();
    return {};
}

QString TestClipGroupsView::cellToolTip(ContentDetailsPane* pane, int row, int column)
{
    QLayoutItem* cell = pane->groupTable()->itemAtPosition(row, column);
    return cell && cell->widget() ? cell->widget()->toolTip() : QString();
}

/// A clip posted on three platforms is one row, where its first post in the list's order would be: badges of
/// its platforms, each platform's figure and their sum (views, or what the list is sorted by); filtered to
/// one platform, the post is its own row again and says where else it is.
void TestClipGroupsView::aCrossPostedClipIsOneRow()
{
    auto f = openView();
    QVERIFY(f);
    ContentView* view = f->view.get();
    ContentListModel* model = view->model();
    // The pasta on three platforms, the knife, the two breads the rule does not group.
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->total(), 4);
    QCOMPARE(view->resultCountLabel()->text(), QStringLiteral("4 results"));
    const auto rowData = [model](int row, int role) {
        return model->index(row).data(role);
    };
    // Newest first: the group is where its newest post (Instagram's) is, the first row.
    QCOMPARE(model->itemAt(0).externalId, QStringLiteral("ig-pasta"));
    QCOMPARE(rowData(0, ContentListModel::GroupedOnRole).toList(),
             QVariantList({int(Platform::YouTube), int(Platform::TikTok), int(Platform::Instagram)}));
    // Instagram gives no views: its figure is "—", the sum is of the others.
    QCOMPARE(rowData(0, ContentListModel::GroupFiguresRole).toString(),
             QStringLiteral("42,000 views in all: YouTube 12,000 · TikTok 30,000 · Instagram —"));
    QCOMPARE(rowData(0, ContentListModel::CrossPostedTextRole).toString(), QString());
    // Its views, beside the date, are the clip's: the sum.
    QCOMPARE(rowData(0, ContentListModel::ViewsTextRole).toString(), QStringLiteral("42,000 views"));
    QCOMPARE(rowData(0, ContentListModel::ViewsRole).toLongLong(), 42000);
    QVERIFY(
        rowData(0, Qt::AccessibleTextRole)
            .toString()
            .endsWith(QStringLiteral("42,000 views in all: YouTube 12,000 · TikTok 30,000 · Instagram —")));
    for (int row = 1; row < 4; ++row) {
        QVERIFY(rowData(row, ContentListModel::GroupedOnRole).toList().isEmpty());
        QCOMPARE(rowData(row, ContentListModel::GroupFiguresRole).toString(), QString());
    }

    // Most viewed: the group is where its most viewed post (TikTok's) is, and shows that post's views
    // beside the date (the list's order), the sum in its figures.
    QSignalSpy ready(model, &ContentListModel::resultsReady);
    ContentFilterBar::Choice viewed;
    viewed.sort = SearchSort::MostViewed;
    view->filterBar()->choose(viewed);
    QVERIFY(!ready.isEmpty() || ready.wait(5000));
    QCOMPARE(model->itemAt(0).externalId, QStringLiteral("tt-pasta"));
    QCOMPARE(rowData(0, ContentListModel::ViewsTextRole).toString(), QStringLiteral("30,000 views"));
    QVERIFY(
        rowData(0, ContentListModel::GroupFiguresRole).toString().startsWith(QStringLiteral("42,000 views")));
    QCOMPARE(model->itemAt(1).externalId, QStringLiteral("tt-bread")); // 9,000 views

    // Most liked: the group is where its most liked post (TikTok's, 3,000) is, and sums the likes.
    ready.clear();
    ContentFilterBar::Choice liked;
    liked.sort = SearchSort::MostLiked;
    view->filterBar()->choose(liked);
    QVERIFY(!ready.isEmpty() || ready.wait(5000));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->itemAt(0).externalId, QStringLiteral("tt-pasta"));
    QCOMPARE(rowData(0, ContentListModel::SortFigureRole).toString(), QStringLiteral("3,000 likes"));
    QCOMPARE(rowData(0, ContentListModel::GroupFiguresRole).toString(),
             QStringLiteral("4,700 likes in all: YouTube 1,200 · TikTok 3,000 · Instagram 500"));
    QCOMPARE(model->itemAt(1).externalId, QStringLiteral("tt-bread")); // 900 likes

    // Words found in each post's title: one row still.
    ready.clear();
    view->searchNow(QStringLiteral("garlic pasta"));
    QVERIFY(!ready.isEmpty() || ready.wait(5000));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(rowData(0, ContentListModel::GroupedOnRole).toList().size(), 3);

    // YouTube's posts only: the Short is its own row and says where else the clip is.
    ready.clear();
    view->searchNow({});
    ContentFilterBar::Choice youtube;
    youtube.platform = Platform::YouTube;
    view->filterBar()->choose(youtube);
    QTRY_VERIFY(!ready.isEmpty() && !model->isSearching() && model->query().platforms.size() == 1);
    QCOMPARE(model->rowCount(), 2);
    const int shorts = rowOf(view, QStringLiteral("yt-pasta"));
    QCOMPARE(model->itemAt(shorts).externalId, QStringLiteral("yt-pasta"));
    QCOMPARE(rowData(shorts, ContentListModel::CrossPostedTextRole).toString(),
             QStringLiteral("Also on TikTok, Instagram"));
    QCOMPARE(rowData(shorts, ContentListModel::CrossPostedOnRole).toList(),
             QVariantList({int(Platform::TikTok), int(Platform::Instagram)}));
    QCOMPARE(rowData(shorts, ContentListModel::GroupFiguresRole).toString(), QString());
    QVERIFY(rowData(shorts, Qt::AccessibleTextRole)
                .toString()
                .endsWith(QStringLiteral("Also on TikTok, Instagram")));
}

/// The filter bar's "Cross-posted only" lists the items posted on more than one platform, and counts as a
/// filter (the empty state offers to clear it); unchecked, everything again.
void TestClipGroupsView::crossPostedOnlyFilterListsTheGroup()
{
    auto f = openView();
    QVERIFY(f);
    ContentView* view = f->view.get();
    QCheckBox* crossPosted = view->filterBar()->crossPostedFilter();
    QCOMPARE(crossPosted->text(), QStringLiteral("Cross-posted only"));
    QVERIFY(crossPosted->isVisible());
    QVERIFY(!view->filterBar()->filtersActive());
    crossPosted->click();
    QTRY_VERIFY(view->model()->query().crossPostedOnly);
    QTRY_VERIFY(!view->model()->isSearching());
    // The group's one row.
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QStringList ids;
    for (const ContentItem& post : view->model()->postsOf(view->model()->itemAt(0)))
        ids.append(post.externalId);
    QCOMPARE(ids, (QStringList{QStringLiteral("yt-pasta"), QStringLiteral("tt-pasta"),
                               QStringLiteral("ig-pasta")}));
    QVERIFY(view->filterBar()->filtersActive());
    crossPosted->click();
    QTRY_VERIFY(!view->model()->query().crossPostedOnly);
    QTRY_COMPARE(view->model()->rowCount(), 4);
}

void TestClipGroupsView::detailsListMembersAndSums()
{
    auto f = openView();
    QVERIFY(f);
    ContentView* view = f->view.get();
    ContentDetailsPane* pane = view->detailsPane();
    QVERIFY(select(view, QStringLiteral("tt-pasta")));
    QVERIFY(pane->groupSection()->isVisible());
    QCOMPARE(pane->groupHeading()->text(), QStringLiteral("Posted on 3 platforms"));
    // Members YouTube, TikTok, Instagram, then the sum; columns views, likes, comments, shares.
    QVERIFY(cellText(pane, 1, 0).startsWith(QStringLiteral("YouTube: Three minute")));
    QVERIFY(cellToolTip(pane, 1, 0)
                .startsWith(QStringLiteral("YouTube: Three minute garlic pasta for busy nights\n")));
    QVERIFY(cellText(pane, 2, 0).startsWith(QStringLiteral("TikTok: ")));
    QVERIFY(cellText(pane, 3, 0).startsWith(QStringLiteral("Instagram: ")));
    QCOMPARE(cellText(pane, 1, 1), QStringLiteral("12,000"));
    QCOMPARE(cellText(pane, 2, 1), QStringLiteral("30,000"));
    QCOMPARE(cellText(pane, 3, 1), QStringLiteral("—"));
    QVERIFY(!cellToolTip(pane, 3, 1).isEmpty());
    QCOMPARE(cellText(pane, 3, 2), QStringLiteral("500"));
    QCOMPARE(cellText(pane, 4, 0), QStringLiteral("Sum"));
    QCOMPARE(cellText(pane, 4, 1), QStringLiteral("42,000"));
    QCOMPARE(cellText(pane, 4, 2), QStringLiteral("4,700"));
    // Shares only on TikTok: its sum is TikTok's, and each sum says which platforms it covers.
    QCOMPARE(cellText(pane, 1, 4), QStringLiteral("—"));
    QCOMPARE(cellText(pane, 2, 4), QStringLiteral("600"));
    QCOMPARE(cellText(pane, 3, 4), QStringLiteral("—"));
    QCOMPARE(cellText(pane, 4, 4), QStringLiteral("600"));
    QCOMPARE(pane->groupSumNote()->text(),
             QStringLiteral("The sum of views covers YouTube, TikTok only: no figure on Instagram.\n"
                            "The sum of shares covers TikTok only: no figure on YouTube, Instagram."));
    QCOMPARE(cellToolTip(pane, 4, 4),
             QStringLiteral("The sum of shares covers TikTok only: no figure on YouTube, Instagram."));
    QVERIFY(pane->groupReason()->text().contains(QStringLiteral("YouTube and TikTok: ")));
    QVERIFY(pane->confirmGroupButton()->isVisible());
    QVERIFY(pane->splitGroupButton()->isVisible());
    QVERIFY(pane->mergeButton()->isVisible());
    QVERIFY(!pane->mergeButton()->accessibleName().isEmpty());

    // A lone item says it is in no group and can still be merged.
    QVERIFY(select(view, QStringLiteral("tt-knife")));
    QCOMPARE(pane->groupHeading()->text(), QStringLiteral("Not grouped with posts on other platforms."));
    QVERIFY(!pane->confirmGroupButton()->isVisible());
    QVERIFY(!pane->splitGroupButton()->isVisible());
    QVERIFY(pane->mergeButton()->isVisible());
}

void TestClipGroupsView::newCrossPostsShowAfterAChange()
{
    auto f = openView();
    QVERIFY(f);
    ContentView* view = f->view.get();
    // A sync brings the Instagram Reel of the bread clip: once the changes pause, the list reads the groups
    // again and the clip's YouTube Short shows it.
    ContentItem reel =
        clip(Platform::Instagram, QStringLiteral("ig-bread"), QStringLiteral("Crusty bread without kneading"),
             m_now.addDays(-20).addSecs(600), 0, 700);
    QSignalSpy groups(view->model(), &ContentListModel::groupsLoaded);
    const QList<ContentItem> synced{reel};
    f->service->upsert(synced);
    QVERIFY(groups.wait(10000));
    // The new group is read again into one row: the Reel's (the newer post), with the Short's figure.
    QTRY_VERIFY(!view->model()->isSearching() && view->model()->rowCount() == 4);
    const int row = rowOf(view, QStringLiteral("yt-bread"));
    QCOMPARE(rowOf(view, QStringLiteral("ig-bread")), row);
    QCOMPARE(view->model()->itemAt(row).externalId, QStringLiteral("ig-bread"));
    QCOMPARE(view->model()->index(row).data(ContentListModel::GroupFiguresRole).toString(),
             QStringLiteral("4,000 views in all: YouTube 4,000 · Instagram —"));
}

void TestClipGroupsView::confirmKeepsTheGroup()
{
    auto f = openView();
    QVERIFY(f);
    ContentView* view = f->view.get();
    ContentDetailsPane* pane = view->detailsPane();
    QVERIFY(select(view, QStringLiteral("yt-pasta")));
    QVERIFY(pane->group() && !pane->group()->manual);
    QSignalSpy shown(pane, &ContentDetailsPane::groupShown);
    QTest::mouseClick(pane->confirmGroupButton(), Qt::LeftButton);
    QVERIFY(!shown.isEmpty() || shown.wait(5000));
    QVERIFY(pane->group() && pane->group()->manual);
    QVERIFY(!pane->confirmGroupButton()->isVisible());
    QVERIFY(pane->groupReason()->text().startsWith(QStringLiteral("Confirmed by you")));
    const auto onDisk = groupOnDisk(*f, {Platform::YouTube, QStringLiteral("yt-pasta")});
    QVERIFY(onDisk);
    QVERIFY(onDisk->manual);
    QCOMPARE(onDisk->members.size(), 3);
}

void TestClipGroupsView::splitTakesTheItemOut()
{
    auto f = openView();
    QVERIFY(f);
    ContentView* view = f->view.get();
    ContentDetailsPane* pane = view->detailsPane();
    QVERIFY(select(view, QStringLiteral("tt-pasta")));
    QSignalSpy shown(pane, &ContentDetailsPane::groupShown);
    QSignalSpy listGroups(view->model(), &ContentListModel::groupsLoaded);
    QTest::mouseClick(pane->splitGroupButton(), Qt::LeftButton);
    QVERIFY(!shown.isEmpty() || shown.wait(5000));
    QCOMPARE(pane->groupHeading()->text(), QStringLiteral("Not grouped with posts on other platforms."));
    QVERIFY(!listGroups.isEmpty() || listGroups.wait(5000));
    // The TikTok is a row of its own again; the rest of the group one row.
    QTRY_VERIFY(!view->model()->isSearching() && view->model()->rowCount() == 5);
    const QModelIndex tiktok = view->model()->index(rowOf(view, QStringLiteral("tt-pasta")));
    QCOMPARE(view->model()->itemAt(tiktok.row()).externalId, QStringLiteral("tt-pasta"));
    QCOMPARE(tiktok.data(ContentListModel::CrossPostedTextRole).toString(), QString());
    QCOMPARE(tiktok.data(ContentListModel::GroupFiguresRole).toString(), QString());
    // The TikTok, shown through its group's row when it was split, is still the one shown: its own row now.
    QTRY_COMPARE(view->resultList()->currentIndex().row(), tiktok.row());
    QCOMPARE(pane->item().externalId, QStringLiteral("tt-pasta"));
    const QModelIndex rest = view->model()->index(rowOf(view, QStringLiteral("yt-pasta")));
    QCOMPARE(rowOf(view, QStringLiteral("ig-pasta")), rest.row());
    QCOMPARE(rest.data(ContentListModel::GroupedOnRole).toList(),
             QVariantList({int(Platform::YouTube), int(Platform::Instagram)}));
    QVERIFY(!groupOnDisk(*f, {Platform::TikTok, QStringLiteral("tt-pasta")}));
}

void TestClipGroupsView::mergeJoinsTwoItems()
{
    auto f = openView();
    QVERIFY(f);
    ContentView* view = f->view.get();
    ContentDetailsPane* pane = view->detailsPane();
    QVERIFY(select(view, QStringLiteral("yt-bread")));
    QVERIFY(!pane->group());
    QSignalSpy candidates(pane, &ContentDetailsPane::mergeCandidatesShown);
    QTest::mouseClick(pane->mergeButton(), Qt::LeftButton);
    QVERIFY(!candidates.isEmpty() || candidates.wait(5000));
    // Only the TikTok published the same day is offered: not the item itself, nor items weeks away.
    const QList<QAction*> actions = pane->mergeMenu()->actions();
    QCOMPARE(actions.size(), 1);
    QVERIFY2(actions.first()->text().startsWith(QStringLiteral("TikTok: no knead loaf")),
             qPrintable(actions.first()->text()));
    pane->mergeMenu()->hide();
    QSignalSpy shown(pane, &ContentDetailsPane::groupShown);
    actions.first()->trigger();
    QVERIFY(!shown.isEmpty() || shown.wait(5000));
    QCOMPARE(pane->groupHeading()->text(), QStringLiteral("Posted on 2 platforms"));
    QVERIFY(pane->group() && pane->group()->manual);
    QVERIFY(!pane->groupError()->isVisible());
    const auto onDisk = groupOnDisk(*f, {Platform::TikTok, QStringLiteral("tt-bread")});
    QVERIFY(onDisk);
    QVERIFY(onDisk->manual);
    QCOMPARE(onDisk->members.size(), 2);
}

void TestClipGroupsView::mergeOfOnePlatformTwiceIsRefused()
{
    auto f = openView();
    QVERIFY(f);
    ContentView* view = f->view.get();
    ContentDetailsPane* pane = view->detailsPane();
    QVERIFY(select(view, QStringLiteral("yt-pasta")));
    QSignalSpy candidates(pane, &ContentDetailsPane::mergeCandidatesShown);
    QTest::mouseClick(pane->mergeButton(), Qt::LeftButton);
    QVERIFY(!candidates.isEmpty() || candidates.wait(5000));
    QAction* knife = nullptr;
    for (QAction* action : pane->mergeMenu()->actions()) {
        if (action->text().contains(QStringLiteral("Knife sharpening")))
            knife = action;
        // The group's own members are not offered.
        QVERIFY(!action->text().contains(QStringLiteral("garlic pasta")));
    }
    QVERIFY(knife);
    pane->mergeMenu()->hide();
    QSignalSpy failed(pane, &ContentDetailsPane::groupActionFailed);
    knife->trigger();
    QVERIFY(!failed.isEmpty() || failed.wait(5000));
    QVERIFY(pane->groupError()->isVisible());
    QVERIFY(!pane->groupError()->text().isEmpty());
    QCOMPARE(pane->groupError()->text(), failed.first().first().toString());
    QCOMPARE(pane->group()->members.size(), 3);
}

void TestClipGroupsView::clickingAMemberSelectsIt()
{
    auto f = openView();
    QVERIFY(f);
    ContentView* view = f->view.get();
    ContentDetailsPane* pane = view->detailsPane();
    // The YouTube Short, listed through its group's row (Instagram's): that row stays selected.
    QVERIFY(select(view, QStringLiteral("yt-pasta")));
    QCOMPARE(view->model()->itemAt(view->resultList()->currentIndex().row()).externalId,
             QStringLiteral("ig-pasta"));
    QCOMPARE(view->model()->rowCount(), 4); // the list as it was
    QPointer<QWidget> instagram = memberCell(pane, 3);
    QVERIFY(instagram && qobject_cast<QPushButton*>(instagram.data()));
    QSignalSpy revealed(view, &ContentView::itemRevealed);
    QTest::mouseClick(instagram, Qt::LeftButton);
    QVERIFY(!revealed.isEmpty() || revealed.wait(5000));
    QCOMPARE(view->model()->itemAt(view->resultList()->currentIndex().row()).externalId,
             QStringLiteral("ig-pasta"));
    QCOMPARE(pane->item().externalId, QStringLiteral("ig-pasta"));

    // A member outside the current results (only Instagram's are shown): the filters are cleared to show it.
    view->resultList()->setCurrentIndex({});
    QSignalSpy ready(view->model(), &ContentListModel::resultsReady);
    ContentFilterBar::Choice onlyInstagram;
    onlyInstagram.platform = Platform::Instagram;
    view->filterBar()->choose(onlyInstagram);
    QVERIFY(!ready.isEmpty() || ready.wait(5000));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(select(view, QStringLiteral("ig-pasta")));
    revealed.clear();
    QPointer<QWidget> tiktok = memberCell(pane, 2);
    QVERIFY(tiktok);
    QTest::mouseClick(tiktok, Qt::LeftButton);
    QVERIFY(!revealed.isEmpty() || revealed.wait(5000));
    QCOMPARE(revealed.first().at(1).toBool(), true);
    QCOMPARE(pane->item().externalId, QStringLiteral("tt-pasta"));
}

void TestClipGroupsView::screenshot()
{
    auto f = openView();
    QVERIFY(f);
    ContentView* view = f->view.get();
    QVERIFY(select(view, QStringLiteral("yt-pasta")));
    // The table's new cells are shown by the layout on the next turn of the event loop.
    QLayoutItem* member = view->detailsPane()->groupTable()->itemAtPosition(1, 0);
    QVERIFY(member && member->widget());
    QTRY_VERIFY(member->widget()->isVisible());
    const QString dir = test::buildPath(QStringLiteral("screenshots"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(view->grab().toImage().save(dir + QStringLiteral("/content-view-cross-posted.png")));
    QWidget* pane = view->detailsPane();
    pane->resize(400, 1000);
    QVERIFY(pane->grab().toImage().save(dir + QStringLiteral("/content-details-group.png")));
}

QTEST_MAIN(TestClipGroupsView)
#include "TestClipGroupsView.moc"
