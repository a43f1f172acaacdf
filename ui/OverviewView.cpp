#include "OverviewView.h"

#include "BarChart.h"
#include "EmptyStateWidget.h"
#include "Format.h"
#include "Icons.h"
#include "Plural.h"
#include "Theme.h"
#include "TrendChart.h"
#include "library/LibraryService.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace sv {

namespace {

enum MoverColumn { RankColumn, TitleColumn, PlatformColumn, GainedColumn };
constexpr int ItemRole = Qt::UserRole + 1;

QLabel* headingLabel(const QString& text, QWidget* parent, qreal scale)
{
    auto* label = new QLabel(text, parent);
    Theme::setHeadingFont(label, scale);
    return label;
}

TrendChart* trendChart(const QString& objectName, const QString& accessibleName,
                       std::function<QString(qint64)> valueText, QWidget* parent)
{
    auto* chart = new TrendChart(parent);
    chart->setObjectName(objectName);
    chart->setAccessibleName(accessibleName);
    chart->setValueText(std::move(valueText));
    return chart;
}

} // namespace

OverviewView::OverviewView(LibraryService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_today([] { return QDateTime::currentDateTimeUtc().date(); })
{
    setObjectName(QStringLiteral("overviewView"));

    // Header: the title and the choosers.
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("overviewHeader"));
    auto* title = headingLabel(tr("Overview"), header, Theme::PageHeadingScale);
    m_period = new QComboBox(header);
    m_period->setObjectName(QStringLiteral("overviewPeriod"));
    m_period->setAccessibleName(tr("Period"));
    for (const int days : {7, 28, 90, MaxPeriodDays})
        m_period->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_period->setCurrentIndex(1);
    m_platform = new QComboBox(header);
    m_platform->setObjectName(QStringLiteral("overviewPlatform"));
    m_platform->setAccessibleName(tr("Platform"));
    m_platform->addItem(tr("All platforms"), QString());
    for (const Platform p : allPlatforms())
        m_platform->addItem(Icons::platform(p), platformDisplayName(p), platformId(p));
    for (QComboBox* combo : {m_period, m_platform}) {
        combo->setMinimumHeight(30);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &OverviewView::reload);
    }
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(24, 16, 24, 12);
    headerLayout->setSpacing(8);
    headerLayout->addWidget(title);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_period);
    headerLayout->addWidget(m_platform);

    // Views gained: the figure and the chart by day.
    auto* viewsBox = new QWidget(this);
    m_viewsGained = headingLabel(QString(), viewsBox, 2.0);
    m_viewsGained->setObjectName(QStringLiteral("overviewViewsGained"));
    m_viewsGained->setAccessibleName(tr("Views gained"));
    m_viewsGained->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_viewsGainedCaption = new QLabel(viewsBox);
    m_viewsGainedCaption->setForegroundRole(QPalette::PlaceholderText);
    m_daily = trendChart(
        QStringLiteral("overviewDailyChart"), tr("Views gained by day"),
        [](qint64 views) {
            return tr("%1 view(s) gained", nullptr, pluralCount(views)).arg(QLocale().toString(views));
        },
        viewsBox);
    auto* viewsLayout = new QVBoxLayout(viewsBox);
    viewsLayout->setContentsMargins(0, 0, 0, 0);
    viewsLayout->addWidget(m_viewsGained);
    viewsLayout->addWidget(m_viewsGainedCaption);
    viewsLayout->addWidget(m_daily, 1);

    // Top movers: the items that gained the most views.
    m_movers = new QTreeWidget(this);
    m_movers->setObjectName(QStringLiteral("overviewTopMovers"));
    m_movers->setAccessibleName(tr("Top movers"));
    m_movers->setRootIsDecorated(false);
    m_movers->setUniformRowHeights(true);
    m_movers->setAllColumnsShowFocus(true);
    m_movers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_movers->setHeaderLabels({tr("#"), tr("Title"), tr("Platform"), tr("Views gained")});
    m_movers->header()->setStretchLastSection(false);
    m_movers->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_movers->header()->setSectionResizeMode(RankColumn, QHeaderView::ResizeToContents);
    m_movers->header()->setSectionResizeMode(PlatformColumn, QHeaderView::ResizeToContents);
    m_movers->header()->setSectionResizeMode(GainedColumn, QHeaderView::ResizeToContents);
    m_movers->setMinimumHeight(220);
    m_movers->setToolTip(tr("Click an item to see it on the Content page"));
    connect(m_movers, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { onActivated(m_movers->indexOfTopLevelItem(item)); });
    connect(m_movers, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { onActivated(m_movers->indexOfTopLevelItem(item)); });

    // Best posting days and hours.
    m_weekdays = new BarChart(this);
    m_weekdays->setObjectName(QStringLiteral("overviewWeekdayChart"));
    m_weekdays->setAccessibleName(tr("Average views by publishing day"));
    m_hours = new BarChart(this);
    m_hours->setObjectName(QStringLiteral("overviewHourChart"));
    m_hours->setAccessibleName(tr("Average views by publishing hour (UTC)"));
    for (BarChart* chart : {m_weekdays, m_hours}) {
        chart->setValueText(
            [](double views) { return tr("%1 average views").arg(QLocale().toString(std::llround(views))); });
    }
    // Each figure leads to its items on the Content page.
    m_daily->setActivatable(true, tr("Click to list the items by the views they gained that day."));
    connect(m_daily, &ChartWidget::activated, this, [this](int, int index) { onDayActivated(index); });
    for (BarChart* chart : {m_weekdays, m_hours}) {
        chart->setActivatable(true, tr("Click to list the items published then in this period."));
        connect(chart, &ChartWidget::activated, this,
                [this, chart](int, int index) { onPostingTimeActivated(chart, index); });
    }
    auto* times = new QWidget(this);
    times->setToolTip(tr("The items published in the period, by the day and hour they were published: the "
                         "average views each gained in the period. An item whose views are not known "
                         "(Instagram's, until a sync reads their insights) is not counted, and a time with "
                         "none is shown as “—”."));
    auto* timesLayout = new QVBoxLayout(times);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    timesLayout->addWidget(m_weekdays);
    timesLayout->addWidget(m_hours);

    // Follower trend per account.
    m_followers = trendChart(
        QStringLiteral("overviewFollowerChart"), tr("Followers by day"),
        [](qint64 followers) {
            return tr("%1 follower(s)", nullptr, pluralCount(followers)).arg(QLocale().toString(followers));
        },
        this);
    m_followers->setActivatable(true, tr("Click to list this account's items."));
    connect(m_followers, &ChartWidget::activated, this,
            [this](int series, int) { onFollowersActivated(series); });

    auto* dashboard = new QWidget(this);
    dashboard->setObjectName(QStringLiteral("overviewDashboard"));
    auto* grid = new QGridLayout(dashboard);
    grid->setContentsMargins(24, 8, 24, 24);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(16);
    grid->addWidget(buildPart(QStringLiteral("views"), tr("Views gained"), viewsBox), 0, 0);
    grid->addWidget(buildPart(QStringLiteral("movers"), tr("Top movers"), m_movers), 0, 1);
    grid->addWidget(buildPart(QStringLiteral("followers"), tr("Follower trend"), m_followers), 1, 0);
    grid->addWidget(buildPart(QStringLiteral("times"), tr("Best posting days and hours (UTC)"), times), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(dashboard);
    scroll->setAccessibleName(tr("Overview"));
    // Tab follows the page: the choosers, then the parts row by row, each part's chart or list before its
    // action.
    QWidget* const chain[] = {m_period,
                              m_platform,
                              m_daily,
                              m_parts.value(QStringLiteral("views")).action,
                              m_movers,
                              m_parts.value(QStringLiteral("movers")).action,
                              m_followers,
                              m_parts.value(QStringLiteral("followers")).action,
                              m_weekdays,
                              m_hours,
                              m_parts.value(QStringLiteral("times")).action};
    for (std::size_t i = 1; i < std::size(chain); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);

    m_emptyLibrary = new EmptyStateWidget(this);
    m_emptyLibrary->setObjectName(QStringLiteral("overviewEmptyState"));
    m_emptyLibrary->setIcon(Icons::named(QStringLiteral("state-library-empty")));
    m_emptyLibrary->setHeading(tr("Your overview fills as you sync"));
    m_emptyLibrary->setText(tr("Connect your YouTube, Instagram and TikTok accounts and sync them: each sync "
                               "records your items' views, likes and comments and your followers, and this "
                               "page shows how they grow."));
    m_emptyLibrary->setActionText(tr("Connect accounts"));
    // Empty: connect accounts; unreadable: read again.
    connect(m_emptyLibrary, &EmptyStateWidget::actionTriggered, this, [this] {
        if (m_readFailed)
            reload();
        else
            emit connectAccountsRequested();
    });

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_emptyLibrary);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_pages, 1);
}

OverviewView::~OverviewView() = default;

QWidget* OverviewView::buildPart(const QString& name, const QString& title, QWidget* content)
{
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("overviewCard"));
    card->setAccessibleName(title);
    auto* heading = headingLabel(title, card, 1.1);

    Part part;
    auto* empty = new QWidget(card);
    part.note = new QLabel(empty);
    part.note->setObjectName(QStringLiteral("overviewEmptyNote"));
    part.note->setWordWrap(true);
    part.note->setAlignment(Qt::AlignCenter);
    part.note->setForegroundRole(QPalette::PlaceholderText);
    part.action = new QPushButton(empty);
    part.action->setObjectName(QStringLiteral("emptyStateAction"));
    connect(part.action, &QPushButton::clicked, this, [this, name] {
        switch (m_parts.value(name).actionKind) {
        case Action::ConnectAccounts:
            emit connectAccountsRequested();
            break;
        case Action::Sync:
            emit syncRequested();
            break;
        case Action::AllPlatforms:
            m_platform->setCurrentIndex(0);
            break;
        case Action::LongerPeriod:
            m_period->setCurrentIndex(m_period->count() - 1);
            break;
        }
    });
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(part.note);
    emptyLayout->addWidget(part.action, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);

    part.stack = new QStackedWidget(card);
    part.stack->addWidget(content);
    part.stack->addWidget(empty);
    // The card's least height, on the note's page: the stack's minimum is then the larger of it and what the
    // figures' page needs (a minimum set on the stack itself would override that, and the two posting-time
    // charts, 180 px each, were squeezed over each other in a short window).
    empty->setMinimumHeight(260);
    m_parts.insert(name, part);

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(heading);
    layout->addWidget(part.stack, 1);
    return card;
}

QLabel* OverviewView::emptyNote(const QString& part) const
{
    return m_parts.value(part).note;
}

QPushButton* OverviewView::emptyAction(const QString& part) const
{
    return m_parts.value(part).action;
}

bool OverviewView::isPartEmpty(const QString& part) const
{
    const Part p = m_parts.value(part);
    return p.stack && p.stack->currentIndex() == 1;
}

void OverviewView::setPartEmpty(const QString& name, const QString& text, Action action)
{
    auto it = m_parts.find(name);
    if (it == m_parts.end())
        return;
    it->actionKind = action;
    it->note->setText(text);
    switch (action) {
    case Action::ConnectAccounts:
        it->action->setText(tr("Connect accounts"));
        break;
    case Action::Sync:
        it->action->setText(tr("Sync now"));
        break;
    case Action::AllPlatforms:
        it->action->setText(tr("Show all platforms"));
        break;
    case Action::LongerPeriod:
        it->action->setText(tr("Show the last %n day(s)", nullptr, MaxPeriodDays));
        break;
    }
    it->stack->setCurrentIndex(1);
}

void OverviewView::setPartFilled(const QString& name)
{
    if (const auto it = m_parts.constFind(name); it != m_parts.constEnd())
        it->stack->setCurrentIndex(0);
}

void OverviewView::setClock(std::function<QDate()> today)
{
    m_today = std::move(today);
}

int OverviewView::periodDays() const
{
    return m_period->currentData().toInt();
}

std::optional<Platform> OverviewView::platform() const
{
    return platformFromId(m_platform->currentData().toString());
}

void OverviewView::reload()
{
    load(++m_generation);
}

QCoro::Task<> OverviewView::load(quint64 generation)
{
    if (m_service->filePath().isEmpty())
        co_return; // not open yet: the window reloads once it is
    QPointer<OverviewView> self(this);
    const int days = periodDays();
    const QDate to = m_today();
    const QDate from = to.addDays(-days + 1);
    const std::optional<Platform> chosen = platform();
    // Queued in order on the library's thread; the UI thread only waits in the event loop.
    auto statsTask = m_service->period(days, to, chosen, TopCount);
    auto dailyTask = m_service->dailyViewsGained(from, to, chosen);
    auto accountsTask = m_service->accounts();
    const auto stats = co_await std::move(statsTask);
    const auto daily = co_await std::move(dailyTask);
    const auto accounts = co_await std::move(accountsTask);
    if (!self || generation != m_generation)
        co_return;
    if (!stats || !daily || !accounts) {
        const QString message =
            !stats ? stats.error().message : (!daily ? daily.error().message : accounts.error().message);
        m_stats = {};
        m_hasItems = false;
        m_emptyLibrary->setHeading(tr("The overview could not be read"));
        m_emptyLibrary->setText(message);
        m_emptyLibrary->setActionText(tr("Retry"));
        m_readFailed = true;
        m_pages->setCurrentWidget(m_emptyLibrary);
        emit loaded();
        co_return;
    }
    showStats(stats.value(), daily.value(), accounts.value());
    emit loaded();
}

void OverviewView::showStats(const PeriodStats& stats, const QList<DayViews>& daily,
                             const QList<LibraryAccountSummary>& accounts)
{
    m_stats = stats;
    m_hasItems = !accounts.isEmpty();
    m_readFailed = false;
    m_emptyLibrary->setActionText(tr("Connect accounts"));
    const QLocale locale;
    if (!m_hasItems) {
        m_emptyLibrary->setHeading(tr("Your overview fills as you sync"));
        m_emptyLibrary->setText(tr("Connect your YouTube, Instagram and TikTok accounts and sync them: each "
                                   "sync records your items' views, likes and comments and your followers, "
                                   "and this page shows how they grow."));
        m_pages->setCurrentWidget(m_emptyLibrary);
        return;
    }
    m_pages->setCurrentIndex(0);
    // Instagram's media list has no view count: its views come from the insights each sync reads for some
    // media in turn (with the permission asked at connect), so an Instagram-only overview has views gained
    // only where those were read.
    const bool instagramOnly = platform() == Platform::Instagram;
    const bool noInstagramViews = instagramOnly && stats.itemsWithViews == 0;
    const QString noViews = tr("Instagram gives views only through its insights, and none were recorded in "
                               "this period: each sync reads those of some media, the ones never read "
                               "first, when the account allowed insights at connect.");
    // The posting times average the views of the items whose views are known (Instagram: once a sync read
    // their insights), so an Instagram-only overview has them only where those were read.
    const QString noPostingTimes =
        tr("Best posting times compare the items whose views are known, and no Instagram item's are yet: "
           "Instagram gives views only through its insights, which each sync reads for some media, the "
           "ones never read first, when the account allowed insights at connect.");

    // Views gained, with every day of the period on the chart.
    m_viewsGained->setText(Format::signedCount(stats.viewsGained, locale));
    m_viewsGainedCaption->setText(
        tr("views gained from %1 to %2 by %n item(s)", nullptr, pluralCount(stats.itemsWithViews))
            .arg(locale.toString(stats.from, QLocale::ShortFormat),
                 locale.toString(stats.to, QLocale::ShortFormat)));
    QHash<QDate, qint64> byDay;
    for (const DayViews& d : daily)
        byDay.insert(d.day, d.views);
    TrendChart::Series series;
    for (QDate day = stats.from; day <= stats.to; day = day.addDays(1))
        series.points.append({day, byDay.value(day, 0)});
    m_daily->setSeries({series});
    // YouTube Analytics reports a day's views one to three days late: the days after the latest it reported
    // are marked, not read as a dip. (A latest day over a week old is no lag: the reads stopped.)
    const QDate reported = stats.youtubeReportedThrough;
    if (reported.isValid() && reported < stats.to && reported >= stats.to.addDays(-MaxAnalyticsLagDays))
        m_daily->setProvisional(
            reported.addDays(1), tr("Not final"),
            tr("YouTube Analytics has reported views up to %1: it reports each day one to three days later, "
               "so the views of the days after it are not final.")
                .arg(locale.toString(reported, QLocale::ShortFormat)));
    else
        m_daily->setProvisional({}, {}, {});
    if (noInstagramViews)
        setPartEmpty(QStringLiteral("views"), noViews, Action::AllPlatforms);
    else if (daily.isEmpty())
        setPartEmpty(QStringLiteral("views"),
                     tr("No views gained recorded in this period. Each sync records your items' views: sync "
                        "to fill this."),
                     Action::Sync);
    else
        setPartFilled(QStringLiteral("views"));

    // Top movers.
    m_movers->clear();
    for (int i = 0; i < stats.topMovers.size(); ++i) {
        const ItemGain& gain = stats.topMovers[i];
        auto* row = new QTreeWidgetItem(m_movers);
        row->setText(RankColumn, locale.toString(i + 1));
        row->setText(TitleColumn, gain.item.title.isEmpty() ? tr("(untitled)") : gain.item.title);
        row->setToolTip(TitleColumn, row->text(TitleColumn));
        row->setIcon(PlatformColumn, Icons::platform(gain.item.platform));
        row->setText(PlatformColumn, platformDisplayName(gain.item.platform));
        row->setText(GainedColumn, Format::signedCount(gain.viewsGained.value_or(0), locale));
        row->setTextAlignment(GainedColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setTextAlignment(RankColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setData(RankColumn, ItemRole, QVariant::fromValue(gain.item));
    }
    if (noInstagramViews)
        setPartEmpty(QStringLiteral("movers"), noViews, Action::AllPlatforms);
    else if (stats.topMovers.isEmpty())
        setPartEmpty(QStringLiteral("movers"),
                     tr("No item gained views in this period. The items that gain the most appear here after "
                        "the syncs that record them."),
                     Action::Sync);
    else
        setPartFilled(QStringLiteral("movers"));

    // Best posting days (Monday first) and hours: a time without known views is "—" with the reason.
    const auto slotValues = [](const QList<PostingSlot>& times) {
        QList<std::optional<double>> values;
        for (const PostingSlot& slot : times)
            values.append(slot.averageViews);
        return values;
    };
    const auto missingReasons = [](const QList<PostingSlot>& times) {
        QStringList reasons;
        for (const PostingSlot& slot : times) {
            if (slot.averageViews)
                reasons << QString();
            else if (slot.posts == 0)
                reasons << tr("Nothing was published then in this period.");
            else
                reasons << tr(
                    "The views of the %n item(s) published then are not known (Instagram's: until a "
                    "sync reads their insights).",
                    nullptr, pluralCount(slot.posts));
        }
        return reasons;
    };
    QStringList dayLabels;
    QStringList dayNames;
    for (int d = 1; d <= 7; ++d) {
        dayLabels << locale.dayName(d, QLocale::ShortFormat);
        dayNames << locale.dayName(d, QLocale::LongFormat);
    }
    m_weekdays->setBars(dayLabels, slotValues(stats.postingDays), dayNames, 1,
                        missingReasons(stats.postingDays));
    QStringList hourLabels;
    QStringList hourNames;
    for (int h = 0; h < 24; ++h) {
        hourLabels << QString::number(h);
        hourNames << tr("%1:00–%1:59 UTC").arg(h, 2, 10, QLatin1Char('0'));
    }
    m_hours->setBars(hourLabels, slotValues(stats.postingHours), hourNames, 3,
                     missingReasons(stats.postingHours));
    if (instagramOnly && stats.postsWithViews == 0 && stats.instagramWithoutViews > 0)
        setPartEmpty(QStringLiteral("times"), noPostingTimes, Action::AllPlatforms);
    else if (stats.tooFewPosts() && periodDays() < MaxPeriodDays)
        setPartEmpty(
            QStringLiteral("times"),
            tr("Too few items with known views were published in this period to compare posting "
               "times (%1 of at least %2). A longer period has more.")
                .arg(locale.toString(stats.postsWithViews), locale.toString(PeriodStats::MinPostsToCompare)),
            Action::LongerPeriod);
    else if (stats.tooFewPosts())
        setPartEmpty(
            QStringLiteral("times"),
            tr("Too few items with known views were published in this period to compare posting "
               "times (%1 of at least %2). Sync your accounts: the views of the items you publish "
               "are compared here.")
                .arg(locale.toString(stats.postsWithViews), locale.toString(PeriodStats::MinPostsToCompare)),
            Action::Sync);
    else
        setPartFilled(QStringLiteral("times"));

    // Follower trend: one line per account, named as the library knows it.
    QList<TrendChart::Series> trends;
    for (const PeriodStats::AccountTrend& trend : stats.followers) {
        TrendChart::Series s;
        QString name = trend.accountId;
        for (const LibraryAccountSummary& a : accounts) {
            if (a.platform == trend.platform && a.accountId == trend.accountId && !a.name.isEmpty())
                name = a.name;
        }
        s.name = tr("%1 (%2)").arg(name, platformDisplayName(trend.platform));
        for (const FollowerPoint& p : trend.points) {
            // The count before the period is the one it starts with, unless the first day has its own.
            const QDate day = qMax(p.day, stats.from);
            if (!s.points.isEmpty() && s.points.constLast().day == day)
                s.points.removeLast();
            s.points.append({day, p.followers});
        }
        trends.append(s);
    }
    m_followers->setSeries(trends);
    if (trends.isEmpty())
        setPartEmpty(QStringLiteral("followers"),
                     tr("No follower counts recorded yet. Each sync records the follower count of the "
                        "connected accounts that give one."),
                     Action::Sync);
    else
        setPartFilled(QStringLiteral("followers"));
}

void OverviewView::onActivated(int row)
{
    QTreeWidgetItem* item = m_movers->topLevelItem(row);
    if (!item)
        return;
    emit itemChosen(item->data(RankColumn, ItemRole).value<ContentItem>(), periodChoice());
}

ContentFilterBar::Choice OverviewView::periodChoice() const
{
    ContentFilterBar::Choice choice;
    choice.platform = platform();
    choice.sort = SearchSort::ViewsGained;
    choice.gainedDays = periodDays(); // ending today, as the period
    return choice;
}

void OverviewView::onDayActivated(int index)
{
    const QList<TrendChart::Point> points =
        m_daily->series().isEmpty() ? QList<TrendChart::Point>() : m_daily->series().first().points;
    if (index < 0 || index >= points.size() || isPartEmpty(QStringLiteral("views")))
        return;
    ContentFilterBar::Choice choice = periodChoice();
    choice.gainedDays = 1;
    choice.gainedTo = points[index].day;
    emit itemsChosen(choice);
}

void OverviewView::onPostingTimeActivated(BarChart* chart, int index)
{
    const QList<PostingSlot>& times = chart == m_weekdays ? m_stats.postingDays : m_stats.postingHours;
    if (index < 0 || index >= times.size() || times[index].posts == 0)
        return; // nothing was published then
    ContentFilterBar::Choice choice = periodChoice();
    choice.publishedFrom = m_stats.from;
    choice.publishedTo = m_stats.to;
    if (chart == m_weekdays)
        choice.publishedWeekday = index + 1; // Monday first
    else
        choice.publishedHour = index;
    emit itemsChosen(choice);
}

void OverviewView::onFollowersActivated(int series)
{
    if (series < 0 || series >= m_stats.followers.size())
        return;
    const PeriodStats::AccountTrend& trend = m_stats.followers[series];
    ContentFilterBar::Choice choice = periodChoice();
    choice.platform = trend.platform;
    choice.account = {platformId(trend.platform), trend.accountId};
    emit itemsChosen(choice);
}

} // namespace sv
