// Performance over time in the desktop app, offscreen, on a library file on disk filled through the library
// API with a known history: the details pane's chart (points, hover text), engagement rate and "—" for what a
// platform does not give; the content list's new sorts and account filter; the Overview's figures, ranking,
// empty states and the way from a top mover to the item on the Content page. Saves screenshots of the
// Overview and of the details pane to <build>/screenshots.
#include "BarChart.h"
#include "ContentDetailsPane.h"
#include "ContentFilterBar.h"
#include "ContentListModel.h"
#include "ContentView.h"
#include "EmptyStateWidget.h"
#include "Format.h"
#include "MainWindow.h"
#include "OverviewView.h"
#include "Theme.h"
#include "Translations.h"
#include "TrendChart.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "library/ContentHistory.h"
#include "library/LibraryDatabase.h"
#include "library/LibraryService.h"
#include "services/ProfileServices.h"

#include "TestSupport.h"
#include "UiChecks.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>

#include <memory>

using namespace sv;

namespace {

/// The counters an item has on one stage of the history.
struct Counters
{
    Counters(qint64 v = 0, qint64 l = 0, qint64 c = 0, std::optional<qint64> s = std::nullopt)
        : views(v)
        , likes(l)
        , comments(c)
        , shares(s)
    {
    }
    qint64 views;
    qint64 likes;
    qint64 comments;
    std::optional<qint64> shares;
};

struct Fixture
{
    QString external;
    QString title;
    Platform platform;
    QString account;
    int publishedDaysAgo;
    QMap<int, Counters> stages; ///< days ago -> counters recorded that day
};

/// The known history: A and B (YouTube, two channels), C (TikTok, with shares, published in the last week), D
/// (Instagram: no views), E (YouTube, no views yet). Stages 20, 10, 3 and 0 days ago.
QList<Fixture> fixtures()
{
    return {
        {QStringLiteral("a"),
         QStringLiteral("Alpha launch"),
         Platform::YouTube,
         QStringLiteral("chan-a"),
         60,
         {{20, {1000, 100, 40}}, {10, {1500, 150, 60}}, {3, {2500, 250, 80}}, {0, {4000, 300, 100}}}},
        {QStringLiteral("b"),
         QStringLiteral("Beta tutorial"),
         Platform::YouTube,
         QStringLiteral("chan-b"),
         40,
         {{20, {100, 5, 1}}, {10, {5000, 8, 1}}, {3, {5100, 9, 2}}, {0, {5200, 10, 2}}}},
        {QStringLiteral("c"),
         QStringLiteral("Gamma dance"),
         Platform::TikTok,
         QStringLiteral("tt-1"),
         5,
         {{3, {300, 20, 5, 10}}, {0, {900, 60, 10, 30}}}},
        {QStringLiteral("d"),
         QStringLiteral("Delta reel"),
         Platform::Instagram,
         QStringLiteral("ig-1"),
         8,
         {{10, {0, 20, 2}}, {0, {0, 40, 4}}}},
        {QStringLiteral("e"),
         QStringLiteral("Epsilon teaser"),
         Platform::YouTube,
         QStringLiteral("chan-a"),
         2,
         {{0, {0, 0, 0}}}},
    };
}

ContentItem itemOf(const Fixture& f, const Counters& c, const QDateTime& now)
{
    ContentItem item;
    item.platform = f.platform;
    item.account = f.account;
    item.externalId = f.external;
    item.title = f.title;
    item.description = QStringLiteral("About %1.").arg(f.title);
    item.url = QStringLiteral("https://example.com/") + f.external;
    // Instagram's media fields give no duration (a reel's neither): not known, stored as 0.
    item.kind = f.platform == Platform::Instagram ? QStringLiteral("reel") : QStringLiteral("video");
    item.publishedAt = now.addDays(-f.publishedDaysAgo);
    item.durationS = f.platform == Platform::Instagram ? 0 : 42;
    item.views = c.views;
    item.likes = c.likes;
    item.comments = c.comments;
    item.shares = c.shares;
    return item;
}

/// Writes the known history into a library file: each stage's counters through LibraryDatabase::upsert()
/// (whose triggers record the day's point), then every point moved back to the day it stands for; the
/// follower counts through ContentHistory::recordFollowers().
bool writeHistory(const QString& path, const QDateTime& now)
{
    LibraryDatabase db;
    if (!db.open(path))
        return false;
    const QList<int> stages{20, 10, 3, 0};
    for (int s = 0; s < stages.size(); ++s) {
        QList<ContentItem> items;
        for (const Fixture& f : fixtures()) {
            if (f.stages.contains(stages[s]))
                items.append(itemOf(f, f.stages.value(stages[s]), now));
        }
        if (!db.upsert(items))
            return false;
        const int gap = s + 1 < stages.size() ? stages[s] - stages[s + 1] : 0;
        QSqlQuery q(db.connection());
        if (gap > 0 &&
            !q.exec(
                QStringLiteral("UPDATE content_history SET day = day - %1, recorded_at = recorded_at - %2")
                    .arg(gap)
                    .arg(qint64(gap) * 86400)))
            return false;
    }
    for (const auto& [daysAgo, followers] : {std::pair{20, 1000}, std::pair{5, 1100}, std::pair{0, 1250}}) {
        if (!ContentHistory::recordFollowers(db, Platform::YouTube, QStringLiteral("chan-a"), followers,
                                             now.addDays(-daysAgo)))
            return false;
    }
    return true;
}

QCoro::Task<Result<void, LibraryError>> openFile(LibraryService& service, QString path)
{
    co_return co_await service.open(path);
}

QStringList titles(const ContentListModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->itemAt(row).title;
    return out;
}

/// Waits for `spy` to have more than `before` signals; they may all have come already (the library's thread
/// can answer before the call that asked returns).
bool waitForMore(QSignalSpy& spy, qsizetype before)
{
    return spy.size() > before || spy.wait(5000);
}

/// Moves the pointer over `widget` at `pos` (widget coordinates), as the window system reports it.
void hoverAt(QWidget* widget, const QPointF& pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &move);
}

/// Saves `widget` as <screenshots>/<name>.png once the charts' deferred layout has run; fails the test when
/// the file is not written or comes out blank.
void saveScreenshot(QWidget* widget, const QString& name)
{
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::processEvents();
    QVERIFY2(!test::saveScreenshot(widget, name + QStringLiteral(".png")).isNull(), qPrintable(name));
    qInfo("screenshot: %s", qPrintable(QDir(test::screenshotDir()).filePath(name + QStringLiteral(".png"))));
}

/// Why an Instagram item whose insights were never read shows "—" for its views.
QString instagramNoViews()
{
    return QStringLiteral("Instagram gives the views of its media only through their insights, and none "
                          "were read for this one yet: each sync reads those of some media, the ones never "
                          "read first, when the account allowed insights at connect.");
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now;
    QDate m_today;
    QTemporaryDir m_dir;
    QString m_path;

    struct View
    {
        std::unique_ptr<LibraryService> service;
        std::unique_ptr<ContentView> view;
    };
    /// A content view over the history library (or `path`), open and showing its first page.
    std::unique_ptr<View> openContent(const QString& path = {});
    /// An Overview over `path`, loaded for 7 days and all platforms.
    struct Overview
    {
        std::unique_ptr<LibraryService> service;
        std::unique_ptr<OverviewView> view;
    };
    std::unique_ptr<Overview> openOverview(const QString& path);
    void selectItem(ContentView* view, const QString& title);
    static bool selectCombo(QComboBox* combo, const QVariant& data);

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void detailsChartShowsTheHistoryWithHoverFigures();
    void engagementRateAndMissingMetrics();
    void blankScreenshotsFail();
    void sortsAndAccountFilterChangeTheList();
    void overviewFiguresMatchTheHistory();
    void overviewEmptyStatesHaveTheirAction();
    void instagramViewsFromInsightsAreCounted();
    void aFlatTrendIsDrawnFromZero();
    void aLongLegendWrapsInsideTheChart();
    void chartsFollowADarkPalette();
    void topMoverOpensSelectedOnTheContentPage();
    void overviewChartsLeadToTheirItems();
    void daysYouTubeAnalyticsHasNotReportedAreMarked();
};

void TestDashboard::initTestCase()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    QVERIFY(Translations::install(*qApp, english));
    Theme::apply(*qApp);
    QVERIFY(m_dir.isValid());
    m_now = QDateTime::currentDateTimeUtc();
    m_today = m_now.date();
    m_path = m_dir.filePath(QStringLiteral("history.sqlite"));
    QVERIFY(writeHistory(m_path, m_now));
}

std::unique_ptr<TestDashboard::View> TestDashboard::openContent(const QString& path)
{
    const QString file = path.isEmpty() ? m_path : path;
    auto v = std::make_unique<View>();
    v->service = std::make_unique<LibraryService>();
    v->view = std::make_unique<ContentView>(v->service.get());
    v->view->resize(1180, 760);
    v->view->show();
    QSignalSpy ready(v->view->model(), &ContentListModel::resultsReady);
    v->view->showLibrary(openFile(*v->service, file), file);
    if (ready.isEmpty() && !ready.wait(5000))
        return nullptr;
    return v;
}

std::unique_ptr<TestDashboard::Overview> TestDashboard::openOverview(const QString& path)
{
    auto o = std::make_unique<Overview>();
    o->service = std::make_unique<LibraryService>();
    if (!QCoro::waitFor(o->service->open(path)))
        return nullptr;
    o->view = std::make_unique<OverviewView>(o->service.get());
    o->view->resize(1180, 900);
    o->view->show();
    QSignalSpy loaded(o->view.get(), &OverviewView::loaded);
    if (!selectCombo(o->view->periodChooser(), 7))
        return nullptr;
    o->view->reload(); // the period may have been the chosen one already
    if (!waitForMore(loaded, 0))
        return nullptr;
    return o;
}

bool TestDashboard::selectCombo(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

void TestDashboard::selectItem(ContentView* view, const QString& title)
{
    ContentListModel* model = view->model();
    const int row = titles(model).indexOf(title);
    QVERIFY2(row >= 0, qPrintable(title));
    QSignalSpy shown(view->detailsPane(), &ContentDetailsPane::historyShown);
    view->resultList()->setCurrentIndex(model->index(row));
    QCOMPARE(view->detailsPane()->item().title, title);
    // The history can be read before setCurrentIndex() returns.
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 5000);
    QCOMPARE(shown.first().at(0).toLongLong(), view->detailsPane()->item().id);
}

void TestDashboard::detailsChartShowsTheHistoryWithHoverFigures()
{
    auto v = openContent();
    QVERIFY(v);
    selectItem(v->view.get(), QStringLiteral("Alpha launch"));
    ContentDetailsPane* pane = v->view->detailsPane();
    TrendChart* chart = pane->historyChart();
    QVERIFY(chart->isVisible());
    QVERIFY(!pane->historyNote()->isVisible());
    // One series, one point per recorded day, oldest first.
    QCOMPARE(chart->series().size(), 1);
    const QList<TrendChart::Point> expected{{m_today.addDays(-20), 1000},
                                            {m_today.addDays(-10), 1500},
                                            {m_today.addDays(-3), 2500},
                                            {m_today, 4000}};
    QCOMPARE(chart->series().first().points, expected);
    // The value axis is labelled in round steps in the locale's number format.
    QCOMPARE(chart->valueLabels().first(), QStringLiteral("0"));
    QVERIFY2(chart->valueLabels().contains(QStringLiteral("4,000")),
             qPrintable(chart->valueLabels().join(u' ')));

    // Hovering a point shows its day and figure.
    const QString hover =
        QLocale().toString(m_today.addDays(-3), QLocale::LongFormat) + QStringLiteral("\n2,500 views");
    QCOMPARE(chart->tooltipFor(0, 2), hover);
    QCOMPARE(chart->accessibleName(), QStringLiteral("Views over time"));
    // A screen reader gets every point as text, the latest last.
    const QStringList described = chart->accessibleDescription().split(u'\n');
    QCOMPARE(described.size(), 4);
    QCOMPARE(described.at(2), QString(hover).replace(u'\n', QStringLiteral(", ")));
    QVERIFY(described.last().endsWith(QStringLiteral("4,000 views"))); // the latest figure
    QCOMPARE(chart->pointNear(0, QPointF(17.3, 0)), 2);                // day 17 of the chart is 3 days ago
    // The pointer near the point (a few pixels off) shows the tooltip; leaving hides it.
    QVERIFY(chart->plotArea().contains(chart->pointPosition(0, 2)));
    hoverAt(chart, chart->pointPosition(0, 2) + QPointF(3, -4));
    QCOMPARE(chart->hoveredText(), hover);
    QTRY_COMPARE(QToolTip::text(), hover);
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(chart, &leave);
    QVERIFY(chart->hoveredText().isEmpty());

    saveScreenshot(v->view.get(), QStringLiteral("details-pane-history"));

    // An item without recorded views says why instead of drawing an empty chart.
    selectItem(v->view.get(), QStringLiteral("Delta reel"));
    QVERIFY(!chart->isVisible());
    QVERIFY(pane->historyNote()->isVisible());
    QCOMPARE(pane->historyNote()->text(), instagramNoViews());
}

void TestDashboard::blankScreenshotsFail()
{
    // A widget of one colour is a blank screenshot: the helper refuses it, as it refuses a file not written.
    QWidget blank;
    blank.setAutoFillBackground(true);
    blank.resize(40, 30);
    const QString blankFile = QStringLiteral("blank-check.png");
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("screenshot: .*blank-check.png is blank")));
    QVERIFY(test::saveScreenshot(&blank, blankFile).isNull());

    // The same widget with a text on it is a screenshot, written where the helper says.
    QLabel text(QStringLiteral("Alpha"), &blank);
    text.move(2, 2);
    text.show();
    QVERIFY(!test::saveScreenshot(&blank, blankFile).isNull());
    QVERIFY(QFileInfo::exists(QDir(test::screenshotDir()).filePath(blankFile)));
    QFile::remove(QDir(test::screenshotDir()).filePath(blankFile));
}

void TestDashboard::engagementRateAndMissingMetrics()
{
    auto v = openContent();
    QVERIFY(v);
    ContentDetailsPane* pane = v->view->detailsPane();

    // YouTube: (300 likes + 100 comments) / 4,000 views; YouTube gives no shares.
    selectItem(v->view.get(), QStringLiteral("Alpha launch"));
    QCOMPARE(pane->viewsLabel()->text(), QStringLiteral("4,000"));
    QCOMPARE(pane->durationLabel()->text(), QStringLiteral("0:42"));
    QCOMPARE(pane->engagementLabel()->text(), QStringLiteral("10.0%"));
    QCOMPARE(pane->sharesLabel()->text(), QStringLiteral("—"));
    QCOMPARE(pane->sharesLabel()->toolTip(), QStringLiteral("YouTube gives no share count for videos."));
    // The formula names the share count as unavailable, never "0 shares".
    QCOMPARE(pane->engagementLabel()->toolTip(),
             QStringLiteral("(300 likes + 100 comments) / 4,000 views; shares unavailable: YouTube gives no "
                            "share count for videos."));

    // TikTok: shares count: (60 + 10 + 30) / 900.
    selectItem(v->view.get(), QStringLiteral("Gamma dance"));
    QCOMPARE(pane->sharesLabel()->text(), QStringLiteral("30"));
    QCOMPARE(pane->sharesLabel()->toolTip(), QString());
    QCOMPARE(pane->engagementLabel()->text(), QStringLiteral("11.1%"));
    QCOMPARE(Format::engagementRate(pane->item()).value(), 100.0 / 900.0);
    QCOMPARE(pane->engagementLabel()->toolTip(),
             QStringLiteral("(60 likes + 10 comments + 30 shares) / 900 views"));

    // Instagram: no views, so no rate: "—" with the reason, never 0.
    selectItem(v->view.get(), QStringLiteral("Delta reel"));
    QCOMPARE(pane->viewsLabel()->text(), QStringLiteral("—"));
    QCOMPARE(pane->viewsLabel()->toolTip(), instagramNoViews());
    QCOMPARE(pane->likesLabel()->text(), QStringLiteral("40"));
    QCOMPARE(pane->sharesLabel()->text(), QStringLiteral("—"));
    QVERIFY(!pane->sharesLabel()->toolTip().isEmpty());
    QCOMPARE(pane->engagementLabel()->text(), QStringLiteral("—"));
    QCOMPARE(pane->engagementLabel()->toolTip(), pane->viewsLabel()->toolTip());
    // Its duration is unknown, not "Not applicable": "—" with the reason.
    QCOMPARE(pane->durationLabel()->text(), QStringLiteral("—"));
    QCOMPARE(pane->durationLabel()->toolTip(), QStringLiteral("Instagram gives no duration for its media."));

    // Zero views: no division, "—" with the reason.
    selectItem(v->view.get(), QStringLiteral("Epsilon teaser"));
    QCOMPARE(pane->viewsLabel()->text(), QStringLiteral("0"));
    QCOMPARE(pane->engagementLabel()->text(), QStringLiteral("—"));
    QCOMPARE(pane->engagementLabel()->toolTip(),
             QStringLiteral("No views yet: the rate needs at least one view."));
}

void TestDashboard::sortsAndAccountFilterChangeTheList()
{
    auto v = openContent();
    QVERIFY(v);
    ContentView* view = v->view.get();
    ContentListModel* model = view->model();
    const auto sortBy = [&](SearchSort sort) {
        QVERIFY(selectCombo(view->sortOrder(), int(sort)));
        QTRY_COMPARE(model->query().sort, sort);
        QTRY_VERIFY(!model->isSearching());
    };
    // Each row shows the figure the list is sorted by (under its date), where that is not its views.
    const auto figures = [&](int count) {
        QStringList out;
        for (int row = 0; row < count; ++row)
            out << model->index(row).data(ContentListModel::SortFigureRole).toString();
        return out;
    };
    sortBy(SearchSort::MostViewed);
    QCOMPARE(titles(model).mid(0, 3),
             (QStringList{QStringLiteral("Beta tutorial"), QStringLiteral("Alpha launch"),
                          QStringLiteral("Gamma dance")}));
    QCOMPARE(figures(1), QStringList{QString()});
    sortBy(SearchSort::MostLiked);
    QCOMPARE(titles(model).mid(0, 4),
             (QStringList{QStringLiteral("Alpha launch"), QStringLiteral("Gamma dance"),
                          QStringLiteral("Delta reel"), QStringLiteral("Beta tutorial")}));
    QCOMPARE(figures(2), (QStringList{QStringLiteral("300 likes"), QStringLiteral("60 likes")}));
    sortBy(SearchSort::MostCommented);
    QCOMPARE(titles(model).first(), QStringLiteral("Alpha launch"));
    QCOMPARE(titles(model).at(1), QStringLiteral("Gamma dance"));
    // Engagement: the rates first (11.1 %, 10 %, 0.2 %), the items without views last.
    sortBy(SearchSort::Engagement);
    QCOMPARE(titles(model).mid(0, 3),
             (QStringList{QStringLiteral("Gamma dance"), QStringLiteral("Alpha launch"),
                          QStringLiteral("Beta tutorial")}));
    QCOMPARE(figures(3), (QStringList{QStringLiteral("11.1% engagement"), QStringLiteral("10.0% engagement"),
                                      QStringLiteral("0.2% engagement")}));
    QCOMPARE(model->index(model->rowCount() - 1).data(ContentListModel::SortFigureRole).toString(),
             QStringLiteral("— engagement"));
    QVERIFY(!view->filterBar()->gainedPeriod()->isVisible());

    // Views gained: over the last 7 days Alpha gained 2,500, Gamma 900, Beta 200; over 28 days Beta 5,100.
    sortBy(SearchSort::ViewsGained);
    QVERIFY(view->filterBar()->gainedPeriod()->isVisible());
    const auto gainedIn = [&](int days) {
        if (!selectCombo(view->filterBar()->gainedPeriod(), days))
            return QStringList{QStringLiteral("no period of %1 days").arg(days)};
        if (!QTest::qWaitFor([&] { return model->query().gainedDays == days && !model->isSearching(); }))
            return QStringList{QStringLiteral("no results")};
        return titles(model).mid(0, 3);
    };
    QCOMPARE(gainedIn(7), (QStringList{QStringLiteral("Alpha launch"), QStringLiteral("Gamma dance"),
                                       QStringLiteral("Beta tutorial")}));
    QCOMPARE(figures(3),
             (QStringList{QStringLiteral("+2,500 views gained"), QStringLiteral("+900 views gained"),
                          QStringLiteral("+200 views gained")}));
    QVERIFY(model->index(0)
                .data(Qt::AccessibleTextRole)
                .toString()
                .endsWith(QStringLiteral(", +2,500 views gained")));
    QCOMPARE(gainedIn(28), (QStringList{QStringLiteral("Beta tutorial"), QStringLiteral("Alpha launch"),
                                        QStringLiteral("Gamma dance")}));
    QCOMPARE(titles(model).last(), QStringLiteral("Delta reel")); // no views: no gain, last
    QCOMPARE(figures(1), QStringList{QStringLiteral("+5,100 views gained")});
    QCOMPARE(model->index(model->rowCount() - 1).data(ContentListModel::SortFigureRole).toString(),
             QStringLiteral("— views gained"));
    // In the list too, a view count Instagram does not give is no 0, and the row says why.
    const QModelIndex reel = model->index(model->rowCount() - 1);
    QVERIFY(reel.data(ContentListModel::ViewsRole).isNull());
    QCOMPARE(reel.data(ContentListModel::ViewsTextRole).toString(), QStringLiteral("— views"));
    QVERIFY(reel.data(Qt::ToolTipRole).toString().endsWith(instagramNoViews()));
    QCOMPARE(model->index(0).data(ContentListModel::ViewsTextRole).toString(), QStringLiteral("5,200 views"));

    // The account filter offers the library's accounts and narrows the list to one.
    QComboBox* accounts = view->accountFilter();
    QTRY_COMPARE(accounts->count(), 5); // all + chan-a, chan-b, ig-1, tt-1
    QCOMPARE(accounts->accessibleName(), QStringLiteral("Account"));
    QVERIFY(selectCombo(accounts, QStringList{QStringLiteral("youtube"), QStringLiteral("chan-a")}));
    QTRY_COMPARE(model->query().account, QStringLiteral("chan-a"));
    QTRY_VERIFY(!model->isSearching());
    QCOMPARE(titles(model), (QStringList{QStringLiteral("Alpha launch"), QStringLiteral("Epsilon teaser")}));
    QVERIFY(view->filterBar()->filtersActive());
    view->filterBar()->clearFilters();
    QCOMPARE(accounts->currentIndex(), 0);
}

void TestDashboard::overviewFiguresMatchTheHistory()
{
    auto o = openOverview(m_path);
    QVERIFY(o);
    OverviewView* view = o->view.get();
    QVERIFY(view->hasItems());
    // 7 days: Alpha 4,000 - 1,500, Beta 5,200 - 5,000, Gamma 900 (published in the period), Epsilon 0.
    QCOMPARE(view->stats().viewsGained, 3600);
    QCOMPARE(view->viewsGainedLabel()->text(), QStringLiteral("+3,600"));
    QVERIFY(!view->isPartEmpty(QStringLiteral("views")));
    // The chart has every day of the period; the changes fell 3 days ago and today.
    const QList<TrendChart::Point> daily = view->dailyChart()->series().first().points;
    QCOMPARE(daily.size(), 7);
    QCOMPARE(daily.first().day, m_today.addDays(-6));
    qint64 sum = 0;
    for (const auto& p : daily)
        sum += p.value;
    QCOMPARE(sum, 3600);
    QCOMPARE(daily.at(3), (TrendChart::Point{m_today.addDays(-3), 1400}));
    QCOMPARE(daily.at(6), (TrendChart::Point{m_today, 2200}));
    QCOMPARE(view->dailyChart()->tooltipFor(0, 6),
             QLocale().toString(m_today, QLocale::LongFormat) + QStringLiteral("\n2,200 views gained"));

    // Top movers, most views gained first.
    QTreeWidget* movers = view->topMovers();
    QCOMPARE(movers->topLevelItemCount(), 3);
    QCOMPARE(movers->topLevelItem(0)->text(1), QStringLiteral("Alpha launch"));
    QCOMPARE(movers->topLevelItem(0)->text(3), QStringLiteral("+2,500"));
    QCOMPARE(movers->topLevelItem(1)->text(1), QStringLiteral("Gamma dance"));
    QCOMPARE(movers->topLevelItem(1)->text(3), QStringLiteral("+900"));
    QCOMPARE(movers->topLevelItem(2)->text(1), QStringLiteral("Beta tutorial"));
    QCOMPARE(movers->topLevelItem(2)->text(3), QStringLiteral("+200"));

    // Best posting days and hours: the items published in the week (Gamma 5 days ago, 900 views; Epsilon 2
    // days ago, 0 known views), each with its views gained in the week; a day with none is "—" with the
    // reason, never a bar of 0. Two items are too few to compare: the part says so, with a longer period.
    const int gammaDay = m_now.addDays(-5).date().dayOfWeek() - 1;
    const int epsilonDay = m_now.addDays(-2).date().dayOfWeek() - 1;
    for (int d = 0; d < 7; ++d) {
        const std::optional<double> want = d == gammaDay
                                               ? std::optional<double>(900)
                                               : (d == epsilonDay ? std::optional<double>(0) : std::nullopt);
        QCOMPARE(view->weekdayChart()->values().at(d), want);
    }
    const int emptyDay = (gammaDay + 1) % 7 == epsilonDay ? (gammaDay + 2) % 7 : (gammaDay + 1) % 7;
    QVERIFY2(view->weekdayChart()->tooltipFor(emptyDay).endsWith(
                 QStringLiteral("\n—\nNothing was published then in this period.")),
             qPrintable(view->weekdayChart()->tooltipFor(emptyDay)));
    const int hourNow = m_now.time().hour();
    QCOMPARE(view->hourChart()->values().at(hourNow), std::optional<double>(900.0 / 2));
    QVERIFY(view->weekdayChart()
                ->tooltipFor(m_now.date().dayOfWeek() - 1)
                .startsWith(QLocale().dayName(m_now.date().dayOfWeek(), QLocale::LongFormat)));
    QVERIFY(view->isPartEmpty(QStringLiteral("times")));
    QVERIFY2(view->emptyNote(QStringLiteral("times"))->text().contains(QStringLiteral("(2 of at least 5)")),
             qPrintable(view->emptyNote(QStringLiteral("times"))->text()));
    QCOMPARE(view->emptyAction(QStringLiteral("times"))->text(), QStringLiteral("Show the last 365 days"));
    // Hovering today's weekday bar shows its day and figure; the screen reader text has every day.
    const int todayBar = m_now.date().dayOfWeek() - 1;
    hoverAt(view->weekdayChart(), view->weekdayChart()->barRect(todayBar).center());
    QCOMPARE(view->weekdayChart()->hoveredText(), view->weekdayChart()->tooltipFor(todayBar));
    QCOMPARE(view->weekdayChart()->accessibleDescription().count(u'\n'), 6);
    QCOMPARE(view->weekdayChart()->categoryLabels().size(), 7);

    // The follower trend: the count the period starts with, then the days it changed.
    QCOMPARE(view->followerChart()->series().size(), 1);
    const QList<TrendChart::Point> followers{
        {m_today.addDays(-6), 1000}, {m_today.addDays(-5), 1100}, {m_today, 1250}};
    QCOMPARE(view->followerChart()->series().first().points, followers);
    QVERIFY(view->followerChart()->tooltipFor(0, 2).endsWith(QStringLiteral("1,250 followers")));

    saveScreenshot(view, QStringLiteral("overview"));

    // The longer period the posting times' note offers: a year has Alpha and Beta too, still too few (4).
    QSignalSpy loaded(view, &OverviewView::loaded);
    QTest::mouseClick(view->emptyAction(QStringLiteral("times")), Qt::LeftButton);
    QVERIFY(waitForMore(loaded, 0));
    QCOMPARE(view->periodDays(), 365);
    QCOMPARE(view->stats().postsWithViews, 4);
    QVERIFY(view->emptyNote(QStringLiteral("times"))->text().contains(QStringLiteral("(4 of at least 5)")));
    QCOMPARE(view->emptyAction(QStringLiteral("times"))->text(), QStringLiteral("Sync now"));
    loaded.clear();

    // Another period and platform: 28 days ranks Beta first; TikTok alone has Gamma's 900.
    QVERIFY(selectCombo(view->periodChooser(), 28));
    QVERIFY(waitForMore(loaded, 0));
    QCOMPARE(view->stats().viewsGained, 9000);
    QCOMPARE(view->topMovers()->topLevelItem(0)->text(1), QStringLiteral("Beta tutorial"));
    QCOMPARE(view->topMovers()->topLevelItem(0)->text(3), QStringLiteral("+5,100"));
    QVERIFY(selectCombo(view->platformChooser(), QStringLiteral("tiktok")));
    QVERIFY(waitForMore(loaded, 1));
    QCOMPARE(view->stats().viewsGained, 900);
    QCOMPARE(view->topMovers()->topLevelItemCount(), 1);
    QCOMPARE(view->viewsGainedLabel()->text(), QStringLiteral("+900"));
}

void TestDashboard::overviewEmptyStatesHaveTheirAction()
{
    // An empty library: the whole page says how it fills, with the way to connect accounts.
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        auto o = openOverview(path);
        QVERIFY(o);
        QVERIFY(!o->view->hasItems());
        EmptyStateWidget* state = o->view->libraryEmptyState();
        QVERIFY(state->isVisible());
        QVERIFY(state->text().contains(QStringLiteral("sync")));
        QCOMPARE(state->actionButton()->text(), QStringLiteral("Connect accounts"));
        QSignalSpy connect(o->view.get(), &OverviewView::connectAccountsRequested);
        QTest::mouseClick(state->actionButton(), Qt::LeftButton);
        QCOMPARE(connect.size(), 1);
    }

    auto o = openOverview(m_path);
    QVERIFY(o);
    OverviewView* view = o->view.get();
    QSignalSpy loaded(view, &OverviewView::loaded);
    // TikTok has no follower counts recorded yet: a sync records them.
    QVERIFY(selectCombo(view->platformChooser(), QStringLiteral("tiktok")));
    QVERIFY(waitForMore(loaded, 0));
    QVERIFY(view->isPartEmpty(QStringLiteral("followers")));
    QVERIFY(view->emptyNote(QStringLiteral("followers"))->isVisible());
    QVERIFY(
        view->emptyNote(QStringLiteral("followers"))->text().contains(QStringLiteral("Each sync records")));
    QCOMPARE(view->emptyAction(QStringLiteral("followers"))->text(), QStringLiteral("Sync now"));
    QSignalSpy sync(view, &OverviewView::syncRequested);
    QTest::mouseClick(view->emptyAction(QStringLiteral("followers")), Qt::LeftButton);
    QCOMPARE(sync.size(), 1);

    // Instagram's views come only from its insights, and none were read here: said so, with the way back
    // to all platforms.
    QVERIFY(selectCombo(view->platformChooser(), QStringLiteral("instagram")));
    QVERIFY(waitForMore(loaded, 1));
    QVERIFY(view->isPartEmpty(QStringLiteral("views")));
    QVERIFY(view->isPartEmpty(QStringLiteral("movers")));
    QVERIFY(view->emptyNote(QStringLiteral("views"))->text().contains(QStringLiteral("insights")));
    QCOMPARE(view->emptyAction(QStringLiteral("views"))->text(), QStringLiteral("Show all platforms"));
    // The posting times use the items whose views are known: none here, and the note says so (not that
    // Instagram never gives views: its insights do).
    QVERIFY(view->isPartEmpty(QStringLiteral("times")));
    QVERIFY2(
        view->emptyNote(QStringLiteral("times"))->text().contains(QStringLiteral("whose views are known")),
        qPrintable(view->emptyNote(QStringLiteral("times"))->text()));
    QVERIFY(view->emptyNote(QStringLiteral("times"))->text().contains(QStringLiteral("insights")));
    QTest::mouseClick(view->emptyAction(QStringLiteral("views")), Qt::LeftButton);
    QVERIFY(waitForMore(loaded, 2));
    QCOMPARE(view->platform(), std::nullopt);
    QVERIFY(!view->isPartEmpty(QStringLiteral("views")));
    QVERIFY(!view->isPartEmpty(QStringLiteral("followers")));
}

/// Where the account allowed insights, the sync records Instagram's views from them
/// (ContentHistory::recordPlatformPoints): an Instagram-only overview then shows its views gained, movers and
/// posting times, and the item's own views show in the list and the details (no longer "—").
void TestDashboard::instagramViewsFromInsightsAreCounted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("insights.sqlite"));
    QVERIFY(QFile::copy(m_path, path));
    {
        LibraryDatabase db;
        QVERIFY(db.open(path));
        HistoryPoint before;
        before.day = m_today.addDays(-10);
        before.recordedAt = m_now.addDays(-10);
        before.views = 50;
        before.source = QStringLiteral("instagram_insights");
        HistoryPoint now = before;
        now.day = m_today;
        now.recordedAt = m_now;
        now.views = 400;
        const auto written = ContentHistory::recordPlatformPoints(
            db, Platform::Instagram, QStringLiteral("ig-1"), QStringLiteral("d"), {before, now});
        QVERIFY(written);
        QCOMPARE(written.value(), 2);
    }
    auto o = openOverview(path);
    QVERIFY(o);
    OverviewView* view = o->view.get();
    QSignalSpy loaded(view, &OverviewView::loaded);
    QVERIFY(selectCombo(view->platformChooser(), QStringLiteral("instagram")));
    QVERIFY(waitForMore(loaded, 0));
    // 7 days: Delta reel 400 - 50.
    QVERIFY(!view->isPartEmpty(QStringLiteral("views")));
    QVERIFY(!view->isPartEmpty(QStringLiteral("movers")));
    QCOMPARE(view->viewsGainedLabel()->text(), QStringLiteral("+350"));
    QCOMPARE(view->topMovers()->topLevelItemCount(), 1);
    QCOMPARE(view->topMovers()->topLevelItem(0)->text(1), QStringLiteral("Delta reel"));
    // The posting times count the items published in the period with known views: the insights gave the
    // reel's (published 8 days ago: in the four weeks, counted from 0).
    QVERIFY(selectCombo(view->periodChooser(), 28));
    QVERIFY(waitForMore(loaded, 1));
    const int reelDay = m_now.addDays(-8).date().dayOfWeek() - 1;
    QCOMPARE(view->stats().postsWithViews, 1);
    QCOMPARE(view->weekdayChart()->values().at(reelDay), std::optional<double>(400));

    auto v = openContent(path);
    QVERIFY(v);
    ContentListModel* model = v->view->model();
    QVERIFY(selectCombo(v->view->sortOrder(), int(SearchSort::MostViewed)));
    QTRY_COMPARE(model->query().sort, SearchSort::MostViewed);
    QTRY_VERIFY(!model->isSearching());
    QCOMPARE(titles(model).mid(0, 5),
             (QStringList{QStringLiteral("Beta tutorial"), QStringLiteral("Alpha launch"),
                          QStringLiteral("Gamma dance"), QStringLiteral("Delta reel"),
                          QStringLiteral("Epsilon teaser")}));
    const QModelIndex reel = model->index(3);
    QCOMPARE(reel.data(ContentListModel::ViewsRole).toLongLong(), 400);
    QCOMPARE(reel.data(ContentListModel::ViewsTextRole).toString(), QStringLiteral("400 views"));
    selectItem(v->view.get(), QStringLiteral("Delta reel"));
    ContentDetailsPane* pane = v->view->detailsPane();
    QCOMPARE(pane->viewsLabel()->text(), QStringLiteral("400"));
    QCOMPARE(pane->viewsLabel()->toolTip(), QString());
    QCOMPARE(pane->engagementLabel()->text(), QStringLiteral("11.0%")); // (40 + 4) / 400
    QVERIFY(pane->historyChart()->isVisible());
}

/// One point, or a flat line, is drawn from 0: a value axis a unit wide labelled in whole numbers repeated
/// its labels ("12000, 12000, 12001").
void TestDashboard::aFlatTrendIsDrawnFromZero()
{
    TrendChart chart;
    TrendChart::Series one;
    one.points = {{m_today, 12000}};
    chart.setSeries({one});
    auto [low, high] = chart.valueRange();
    QCOMPARE(low, 0.0);
    QVERIFY2(high >= 12000 && high <= 20000, qPrintable(QString::number(high)));

    TrendChart::Series rising;
    rising.points = {{m_today.addDays(-2), 1000}, {m_today, 4000}};
    chart.setSeries({rising});
    std::tie(low, high) = chart.valueRange();
    QVERIFY(high >= 4000);
    QVERIFY(high - low >= 3000);
}

/// A legend wider than the chart (several accounts with long names, the follower trend at the window's
/// default size) wraps onto more rows: every entry inside the chart, none over another, all under the
/// labels below the plot. Before, one centred row ran off both sides and the outer names were cut.
void TestDashboard::aLongLegendWrapsInsideTheChart()
{
    TrendChart chart;
    QList<TrendChart::Series> series;
    for (int i = 0; i < 5; ++i) {
        TrendChart::Series one;
        one.name = QStringLiteral("Sourdough & Co Kitchen channel %1").arg(i + 1);
        one.points = {{m_today.addDays(-2), 1000 + i}, {m_today, 2000 + i}};
        series.append(one);
    }
    chart.setSeries(series);
    chart.resize(360, 260);
    const QList<QRectF> rects = chart.legendEntryRects();
    QCOMPARE(rects.size(), 5);
    const QRectF inside(chart.rect());
    const qreal labelsBottom = chart.plotArea().bottom() + 4 + chart.fontMetrics().height();
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const auto where = [&] {
            return QStringLiteral("entry %1 at %2,%3 %4x%5 in %6x%7")
                .arg(i)
                .arg(rects[i].x())
                .arg(rects[i].y())
                .arg(rects[i].width())
                .arg(rects[i].height())
                .arg(chart.width())
                .arg(chart.height());
        };
        QVERIFY2(inside.contains(rects[i]), qPrintable(where()));
        QVERIFY2(rects[i].top() >= labelsBottom, qPrintable(where()));
        for (qsizetype j = 0; j < i; ++j)
            QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(where()));
    }
    QVERIFY(rects.last().top() > rects.first().top()); // more than one row
    // Wide enough, one row again.
    chart.resize(2400, 260);
    const QList<QRectF> wide = chart.legendEntryRects();
    QCOMPARE(wide.first().top(), wide.last().top());
}

/// The charts take their colours from the palette: on a dark palette the grid and labels are light on dark,
/// with the lines in the brand colour, sharp at twice the pixel density.
void TestDashboard::chartsFollowADarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x1e, 0x1f, 0x26));
    dark.setColor(QPalette::Base, QColor(0x26, 0x27, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xee));
    TrendChart chart;
    chart.setPalette(dark);
    chart.setAutoFillBackground(true);
    chart.setBackgroundRole(QPalette::Base);
    chart.resize(480, 240);
    TrendChart::Series rising;
    rising.points = {{m_today.addDays(-6), 1000}, {m_today.addDays(-3), 1800}, {m_today, 4000}};
    chart.setSeries({rising});
    QImage image(chart.size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::transparent);
    chart.render(&image);
    const QRectF plot = chart.plotArea();
    // The top grid line, between the background and the text in lightness.
    const QColor grid = image.pixelColor(QPoint(int(plot.center().x() * 2), int(plot.top()) * 2 + 1));
    QVERIFY2(grid.lightness() > dark.color(QPalette::Base).lightness() + 5 && grid.lightness() < 128,
             qPrintable(grid.name()));
    const QColor background = image.pixelColor(QPoint(int(plot.center().x() * 2), int(plot.top() + 10) * 2));
    QCOMPARE(background, dark.color(QPalette::Base));
    const QPointF last = chart.pointPosition(0, 2) * 2;
    QCOMPARE(image.pixelColor(last.toPoint()), ChartWidget::seriesColor(0));
    const QString problem = test::saveImage(image, QStringLiteral("trend-chart-dark.png"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDashboard::topMoverOpensSelectedOnTheContentPage()
{
    QTemporaryDir dir;
    const Profile profile = Profile::resolve(dir.path());
    QVERIFY(profile.isValid());
    QVERIFY(QFile::copy(m_path, profile.libraryPath()));
    ProfileServices services(AppConfig(), profile);
    MainWindow window(&services);
    window.resize(1180, 800);
    window.show();
    QCOMPARE(window.navigation()->item(MainWindow::OverviewPage)->text(), QStringLiteral("Overview"));
    QSignalSpy opened(window.contentView(), &ContentView::libraryOpened);
    QVERIFY(waitForMore(opened, 0));

    OverviewView* overview = window.overviewView();
    QSignalSpy loaded(overview, &OverviewView::loaded);
    window.setCurrentPage(MainWindow::OverviewPage);
    QVERIFY(overview->isVisible());
    QVERIFY(waitForMore(loaded, 0));
    QVERIFY(selectCombo(overview->periodChooser(), 7));
    QTRY_COMPARE(overview->topMovers()->topLevelItemCount(), 3);
    QTRY_COMPARE(overview->stats().viewsGained, 3600);

    // A click on the second mover opens it on the Content page, selected, with its details.
    QSignalSpy revealed(window.contentView(), &ContentView::itemRevealed);
    QTreeWidget* movers = overview->topMovers();
    const QRect rect = movers->visualItemRect(movers->topLevelItem(1));
    QTest::mouseClick(movers->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.currentPage(), MainWindow::ContentPage);
    QVERIFY(waitForMore(revealed, 0));
    QCOMPARE(revealed.first().at(1).toBool(), true);
    ContentView* content = window.contentView();
    QVERIFY(content->isVisible());
    const QModelIndex current = content->resultList()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(content->model()->itemAt(current.row()).title, QStringLiteral("Gamma dance"));
    QCOMPARE(content->detailsPane()->titleText(), QStringLiteral("Gamma dance"));
    // Shown among the items that gained the most views in the same period.
    QCOMPARE(content->currentQuery().sort, SearchSort::ViewsGained);
    QCOMPARE(content->currentQuery().gainedDays, 7);
}

void TestDashboard::overviewChartsLeadToTheirItems()
{
    // The history library with four more YouTube items published in the week (enough to compare posting
    // times): each chart of the Overview leads to the items behind what it shows.
    QTemporaryDir dir;
    const Profile profile = Profile::resolve(dir.path());
    QVERIFY(profile.isValid());
    QVERIFY(QFile::copy(m_path, profile.libraryPath()));
    QFile::setPermissions(profile.libraryPath(), QFile::ReadOwner | QFile::WriteOwner);
    struct Post
    {
        QString title;
        QDateTime publishedAt;
    };
    QList<Post> posts{{QStringLiteral("Gamma dance"), m_now.addDays(-5)},
                      {QStringLiteral("Epsilon teaser"), m_now.addDays(-2)}};
    {
        LibraryDatabase db;
        QVERIFY(db.open(profile.libraryPath()));
        const QList<std::tuple<QString, int, int, qint64>> extra{{QStringLiteral("Zeta short"), 1, 9, 300},
                                                                 {QStringLiteral("Eta clip"), 1, 18, 700},
                                                                 {QStringLiteral("Theta vlog"), 4, 9, 500},
                                                                 {QStringLiteral("Iota live"), 6, 18, 100}};
        QList<ContentItem> items;
        for (const auto& [title, daysAgo, hour, views] : extra) {
            ContentItem item =
                itemOf({title.toLower(), title, Platform::YouTube, QStringLiteral("chan-b"), 0, {}},
                       Counters(views), m_now);
            item.publishedAt = QDateTime(m_today.addDays(-daysAgo), QTime(hour, 0), Qt::UTC);
            items.append(item);
            posts.append({title, item.publishedAt});
        }
        QVERIFY(db.upsert(items));
    }
    // The items of the week published on a weekday or at an hour (UTC), as the list should show them.
    const auto publishedThen = [&](std::optional<int> weekday, std::optional<int> hour) {
        QStringList out;
        for (const Post& p : std::as_const(posts)) {
            const QDateTime at = p.publishedAt.toUTC();
            if (at.date() >= m_today.addDays(-6) && (!weekday || at.date().dayOfWeek() == *weekday) &&
                (!hour || at.time().hour() == *hour))
                out << p.title;
        }
        out.sort();
        return out;
    };
    const auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };

    ProfileServices services(AppConfig(), profile);
    MainWindow window(&services);
    window.resize(1180, 800);
    window.show();
    QSignalSpy opened(window.contentView(), &ContentView::libraryOpened);
    QVERIFY(waitForMore(opened, 0));
    OverviewView* overview = window.overviewView();
    ContentView* content = window.contentView();
    ContentFilterBar* filters = content->filterBar();
    QSignalSpy loaded(overview, &OverviewView::loaded);
    window.setCurrentPage(MainWindow::OverviewPage);
    QVERIFY(waitForMore(loaded, 0));
    QVERIFY(selectCombo(overview->periodChooser(), 7));
    QTRY_COMPARE(overview->stats().from, m_today.addDays(-6));
    QCOMPARE(overview->stats().postsWithViews, 6);
    QVERIFY(!overview->isPartEmpty(QStringLiteral("times")));
    // Every part shown, at the window's smallest default size: nothing clipped or overlapping (the hour
    // chart under the weekday chart included).
    window.resize(1180, 760);
    QCoreApplication::processEvents();
    saveScreenshot(&window, QStringLiteral("overview-posting-times-1180x760"));
    const QStringList problems = test::layoutProblems(overview);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(!overview->weekdayChart()->geometry().intersects(overview->hourChart()->geometry()));
    window.resize(1180, 800);
    const auto showOverview = [&] {
        window.setCurrentPage(MainWindow::OverviewPage);
        QCoreApplication::processEvents();
        return overview->isVisible();
    };
    const auto waitForList = [&](QSignalSpy& ready) {
        QVERIFY(waitForMore(ready, 0));
        QTRY_VERIFY(!content->model()->isSearching());
    };

    // A day of the daily chart: the items by the views they gained that day. Three days ago Alpha gained
    // 1,000 and Beta 100; today Beta's day is behind Gamma's 600 and Alpha's 1,500.
    TrendChart* daily = overview->dailyChart();
    QVERIFY(daily->isActivatable());
    const QPointF threeDaysAgo = daily->pointPosition(0, 3);
    hoverAt(daily, threeDaysAgo);
    QCOMPARE(daily->cursor().shape(), Qt::PointingHandCursor);
    {
        QSignalSpy ready(content->model(), &ContentListModel::resultsReady);
        QTest::mouseClick(daily, Qt::LeftButton, {}, threeDaysAgo.toPoint());
        QCOMPARE(window.currentPage(), MainWindow::ContentPage);
        waitForList(ready);
    }
    SearchQuery query = content->currentQuery();
    QCOMPARE(query.sort, SearchSort::ViewsGained);
    QCOMPARE(query.gainedDays, 1);
    QCOMPARE(query.gainedTo, m_today.addDays(-3));
    QVERIFY(filters->gainedPeriod()->isVisible());
    QCOMPARE(filters->gainedPeriod()->currentText(),
             QStringLiteral("on ") + QLocale().toString(m_today.addDays(-3), QLocale::ShortFormat));
    QCOMPARE(titles(content->model()).mid(0, 2),
             (QStringList{QStringLiteral("Alpha launch"), QStringLiteral("Beta tutorial")}));
    // Another period in the list's own chooser: the day's entry goes.
    QVERIFY(selectCombo(filters->gainedPeriod(), 28));
    QCOMPARE(filters->gainedPeriod()->findData(0), -1);
    QVERIFY(!content->currentQuery().gainedTo.isValid());

    // A weekday bar: the items published that weekday in the period (Zeta and Eta, a day ago), by the views
    // they gained; the weekday is a button on the filter bar that clears it.
    QVERIFY(showOverview());
    BarChart* weekdays = overview->weekdayChart();
    const int yesterday = m_today.addDays(-1).dayOfWeek();
    {
        QSignalSpy ready(content->model(), &ContentListModel::resultsReady);
        QTest::mouseClick(weekdays, Qt::LeftButton, {}, weekdays->barRect(yesterday - 1).center().toPoint());
        QCOMPARE(window.currentPage(), MainWindow::ContentPage);
        waitForList(ready);
    }
    query = content->currentQuery();
    QCOMPARE(query.publishedWeekday, std::optional<int>(yesterday));
    QCOMPARE(query.publishedHour, std::nullopt);
    // The period's days, as the Overview counts them: UTC days, whatever the machine's zone.
    QCOMPARE(query.publishedFrom, QDateTime(m_today.addDays(-6), QTime(0, 0), Qt::UTC));
    QCOMPARE(query.publishedFrom.timeSpec(), Qt::UTC);
    QCOMPARE(query.publishedTo.timeSpec(), Qt::UTC);
    QCOMPARE(query.publishedTo.date(), m_today);
    QCOMPARE(query.gainedDays, 7);
    QCOMPARE(titles(content->model()),
             (QStringList{QStringLiteral("Eta clip"), QStringLiteral("Zeta short")}));
    QCOMPARE(sorted(titles(content->model())), publishedThen(yesterday, std::nullopt));
    QToolButton* chip = filters->postingTimeFilter();
    QVERIFY(chip->isVisible());
    QCOMPARE(chip->text(),
             QStringLiteral("Posted: %1 (UTC)").arg(QLocale().dayName(yesterday, QLocale::LongFormat)));
    QVERIFY(filters->filtersActive());
    saveScreenshot(&window, QStringLiteral("content-from-posting-day"));
    {
        QSignalSpy ready(content->model(), &ContentListModel::resultsReady);
        QTest::mouseClick(chip, Qt::LeftButton);
        waitForList(ready);
    }
    QVERIFY(!chip->isVisible());
    QCOMPARE(content->currentQuery().publishedWeekday, std::nullopt);
    QCOMPARE(sorted(titles(content->model())), publishedThen(std::nullopt, std::nullopt));
    // A range the user edits is in the user's own days again.
    filters->dateFromEdit()->setDate(m_today.addDays(-5));
    QCOMPARE(content->currentQuery().publishedFrom, m_today.addDays(-5).startOfDay());
    QCOMPARE(content->currentQuery().publishedFrom.timeSpec(), Qt::LocalTime);

    // An hour bar, chosen with the keyboard: the first bar, then Right to 9:00, then Return.
    QVERIFY(showOverview());
    BarChart* hours = overview->hourChart();
    hours->setFocus();
    QTest::keyClick(hours, Qt::Key_Right); // the first bar
    QCOMPARE(hours->highlighted(), (std::pair{0, 0}));
    for (int h = 0; h < 9; ++h)
        QTest::keyClick(hours, Qt::Key_Right);
    QCOMPARE(hours->highlighted(), (std::pair{0, 9}));
    QCOMPARE(hours->hoveredText(), hours->tooltipFor(9));
    {
        QSignalSpy ready(content->model(), &ContentListModel::resultsReady);
        QTest::keyClick(hours, Qt::Key_Return);
        QCOMPARE(window.currentPage(), MainWindow::ContentPage);
        waitForList(ready);
    }
    QCOMPARE(content->currentQuery().publishedHour, std::optional<int>(9));
    QCOMPARE(sorted(titles(content->model())), publishedThen(std::nullopt, 9));
    QVERIFY(
        filters->postingTimeFilter()->text().contains(QLocale().toString(QTime(9, 0), QLocale::ShortFormat)));

    // A bar of a time nothing was published at leads nowhere.
    QVERIFY(showOverview());
    int emptyHour = 0;
    while (overview->stats().postingHours[emptyHour].posts > 0)
        ++emptyHour;
    QTest::mouseClick(hours, Qt::LeftButton, {}, hours->barRect(emptyHour).center().toPoint());
    QCOMPARE(window.currentPage(), MainWindow::OverviewPage);

    // An account's follower line: that account's items.
    TrendChart* followers = overview->followerChart();
    const QPointF last = followers->pointPosition(0, 2);
    {
        QSignalSpy ready(content->model(), &ContentListModel::resultsReady);
        QTest::mouseClick(followers, Qt::LeftButton, {}, last.toPoint());
        QCOMPARE(window.currentPage(), MainWindow::ContentPage);
        waitForList(ready);
    }
    query = content->currentQuery();
    QCOMPARE(query.account, QStringLiteral("chan-a"));
    QCOMPARE(query.platforms, QList<Platform>{Platform::YouTube});
    QCOMPARE(filters->accountFilter()->currentData().toStringList(),
             (QStringList{QStringLiteral("youtube"), QStringLiteral("chan-a")}));
    QCOMPARE(titles(content->model()),
             (QStringList{QStringLiteral("Alpha launch"), QStringLiteral("Epsilon teaser")}));
}

/// YouTube Analytics reports a day's views one to three days late: on the daily chart, the days after the
/// latest it reported are a band marked "Not final" (the line dashed across it), and their figures say why,
/// instead of reading as a dip; a platform without it, or reads that stopped over a week ago, have none.
void TestDashboard::daysYouTubeAnalyticsHasNotReportedAreMarked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("analytics.sqlite"));
    QVERIFY(QFile::copy(m_path, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        LibraryDatabase db;
        QVERIFY(db.open(path));
        QList<HistoryPoint> points;
        for (int daysAgo = 12; daysAgo >= 3; --daysAgo)
            points.append({m_today.addDays(-daysAgo), m_now, 1500 + (12 - daysAgo) * 100, std::nullopt,
                           std::nullopt, std::nullopt, QStringLiteral("youtube_analytics")});
        QVERIFY(ContentHistory::recordPlatformPoints(db, Platform::YouTube, QStringLiteral("chan-a"),
                                                     QStringLiteral("a"), points));
    }
    auto o = openOverview(path);
    QVERIFY(o);
    OverviewView* view = o->view.get();
    TrendChart* daily = view->dailyChart();
    QCOMPARE(view->stats().youtubeReportedThrough, m_today.addDays(-3));
    QCOMPARE(daily->provisionalFrom(), m_today.addDays(-2));
    // Points 0..6 are the days -6..today: day -3 is final, day -2 on are not.
    const QString note =
        QStringLiteral("YouTube Analytics has reported views up to %1: it reports each day one "
                       "to three days later, so the views of the days after it are not final.")
            .arg(QLocale().toString(m_today.addDays(-3), QLocale::ShortFormat));
    QVERIFY2(daily->tooltipFor(0, 4).endsWith(QLatin1Char('\n') + note), qPrintable(daily->tooltipFor(0, 4)));
    QVERIFY(daily->tooltipFor(0, 6).endsWith(note));
    QVERIFY(!daily->tooltipFor(0, 3).contains(note));
    QVERIFY(daily->accessibleDescription().contains(note));
    const QRectF band = daily->provisionalArea();
    QVERIFY(!band.isEmpty());
    QVERIFY(band.left() > daily->pointPosition(0, 3).x());
    QVERIFY(band.left() < daily->pointPosition(0, 4).x());
    QCOMPARE(band.right(), daily->plotArea().right());
    QVERIFY(daily->plotArea().contains(band.center()));
    saveScreenshot(view, QStringLiteral("overview-analytics-lag"));
    // The line is drawn: solid between final days, dashed across the band (a dash within a few pixels of
    // the middle of each segment).
    const QImage image = daily->grab().toImage();
    const auto lineNear = [&](int from, int to) {
        const QPointF middle = (daily->pointPosition(0, from) + daily->pointPosition(0, to)) / 2;
        const qreal ratio = image.devicePixelRatio();
        for (int dx = -4; dx <= 4; ++dx) {
            for (int dy = -4; dy <= 4; ++dy) {
                const QPoint pixel((middle * ratio).toPoint() + QPoint(dx, dy));
                if (!image.rect().contains(pixel))
                    continue;
                const QColor c = image.pixelColor(pixel);
                const QColor want = ChartWidget::seriesColor(0);
                if (qAbs(c.red() - want.red()) + qAbs(c.green() - want.green()) +
                        qAbs(c.blue() - want.blue()) <
                    60)
                    return true;
            }
        }
        return false;
    };
    QVERIFY(lineNear(0, 1));
    QVERIFY(lineNear(2, 3));
    QVERIFY(lineNear(4, 5));

    // TikTok alone: no band.
    QSignalSpy loaded(view, &OverviewView::loaded);
    QVERIFY(selectCombo(view->platformChooser(), QStringLiteral("tiktok")));
    QVERIFY(waitForMore(loaded, 0));
    QCOMPARE(daily->provisionalFrom(), QDate());
    QVERIFY(daily->provisionalArea().isEmpty());
    QVERIFY(!daily->tooltipFor(0, 6).contains(note));

    // Reads that stopped eight days ago are no lag: no band.
    {
        LibraryDatabase db;
        QVERIFY(db.open(path));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("DELETE FROM content_history WHERE source = 'youtube_analytics' AND day > %1")
                .arg(ContentHistory::dayNumber(m_today.addDays(-8)))));
    }
    QVERIFY(selectCombo(view->platformChooser(), QString()));
    QVERIFY(waitForMore(loaded, 1));
    QCOMPARE(view->stats().youtubeReportedThrough, m_today.addDays(-8));
    QCOMPARE(daily->provisionalFrom(), QDate());
}

QTEST_MAIN(TestDashboard)
#include "TestDashboard.moc"
