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
    void listShowsWhereAnItemIsAlsoPosted();
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
    return f;
}

int TestClipGroupsView::rowOf(ContentView* view, const QString& externalId)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->itemAt(row).externalId == externalId)
            return row;
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
    QSignalSpy shown(view->detailsPane(), &ContentDetailsPane::groupShown);
    view->resultList()->setCurrentIndex(view->model()->index(row));
    return (!shown.isEmpty() || shown.wait(5000)) && view->detailsPane()->item().externalId == externalId;
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

void TestClipGroupsView::listShowsWhereAnItemIsAlsoPosted()
{
    auto f = openView();
    QVERIFY(f);
    ContentView* view = f->view.get();
    QCOMPARE(view->model()->rowCount(), 6);
    const auto text = [view](const QString& id) {
        return view->model()->index(rowOf(view, id)).data(ContentListModel::CrossPostedTextRole).toString();
    };
    QCOMPARE(text(QStringLiteral("yt-pasta")), QStringLiteral("Also on TikTok, Instagram"));
    QCOMPARE(text(QStringLiteral("ig-pasta")), QStringLiteral("Also on YouTube, TikTok"));
    QCOMPARE(text(QStringLiteral("tt-knife")), QString());
    QCOMPARE(text(QStringLiteral("yt-bread")), QString());
    const QModelIndex pasta = view->model()->index(rowOf(view, QStringLiteral("yt-pasta")));
    QCOMPARE(pasta.data(ContentListModel::CrossPostedOnRole).toList(),
             QVariantList({int(Platform::TikTok), int(Platform::Instagram)}));
    QVERIFY(
        pasta.data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral("Also on TikTok, Instagram")));
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
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QStringList ids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ids.append(view->model()->itemAt(row).externalId);
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("ig-pasta"), QStringLiteral("tt-pasta"),
                               QStringLiteral("yt-pasta")}));
    QVERIFY(view->filterBar()->filtersActive());
    crossPosted->click();
    QTRY_VERIFY(!view->model()->query().crossPostedOnly);
    QTRY_COMPARE(view->model()->rowCount(), 6);
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
    QCOMPARE(view->model()->rowCount(), 7);
    const QModelIndex bread = view->model()->index(rowOf(view, QStringLiteral("yt-bread")));
    QCOMPARE(bread.data(ContentListModel::CrossPostedTextRole).toString(),
             QStringLiteral("Also on Instagram"));
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
    const QModelIndex youtube = view->model()->index(rowOf(view, QStringLiteral("yt-pasta")));
    QCOMPARE(youtube.data(ContentListModel::CrossPostedTextRole).toString(),
             QStringLiteral("Also on Instagram"));
    const QModelIndex tiktok = view->model()->index(rowOf(view, QStringLiteral("tt-pasta")));
    QCOMPARE(tiktok.data(ContentListModel::CrossPostedTextRole).toString(), QString());
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
    QVERIFY(select(view, QStringLiteral("yt-pasta")));
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
