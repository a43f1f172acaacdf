#include "HistoryCommand.h"

#include "AccountNames.h"
#include "CliContext.h"
#include "ContentJson.h"
#include "Platform.h"
#include "Plural.h"
#include "SearchCommand.h"
#include "TextTable.h"
#include "library/ContentHistory.h"
#include "library/LibraryDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace sv::cli {

// --- history ------------------------------------------------------------------------------------------

QString HistoryCommand::name() const
{
    return QStringLiteral("history");
}

QString HistoryCommand::summary() const
{
    return tr("Show an item's views, likes, comments and shares over time.");
}

CommandSpec HistoryCommand::spec(const QString&) const
{
    CommandSpec s;
    s.usage = tr("history [options] ITEM");
    s.description = tr("Shows the counters recorded for ITEM, one line per day on which they changed. A "
                       "metric its platform does not give is shown as a dash (null in JSON), never as 0.");
    s.arguments = {{tr("ITEM"), tr("The item's id in the library (the \"id\" of search --json).")}};
    s.options = {QCommandLineOption(QStringList{QStringLiteral("json")},
                                    tr("Print a JSON document instead of a table."))};
    return s;
}

int HistoryCommand::run(CliContext& context, const QString&)
{
    const QStringList args = context.args().positionalArguments();
    if (args.size() != 1)
        return context.usageError(tr("history needs one ITEM"));
    bool ok = false;
    const qint64 id = args.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usageError(tr("ITEM must be an item id (a whole number), not '%1'").arg(args.first()));

    LibraryDatabase db;
    if (const auto opened = context.openLibrary(db); !opened)
        return context.runtimeError(opened.error());
    const auto item = db.item(id);
    if (!item)
        return context.runtimeError(tr("no item %1 in the library").arg(id));
    const auto points = ContentHistory::forItem(db, id);
    if (!points)
        return context.runtimeError(points.error().message);

    if (context.args().isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const HistoryPoint& p : points.value()) {
            rows.append(QJsonObject{{QStringLiteral("day"), p.day.toString(Qt::ISODate)},
                                    {QStringLiteral("views"), optionalCountToJson(p.views)},
                                    {QStringLiteral("likes"), optionalCountToJson(p.likes)},
                                    {QStringLiteral("comments"), optionalCountToJson(p.comments)},
                                    {QStringLiteral("shares"), optionalCountToJson(p.shares)},
                                    {QStringLiteral("source"), p.source}});
        }
        printJson(context, QJsonObject{{QStringLiteral("item"), contentItemToJson(item.value())},
                                       {QStringLiteral("history"), rows}});
        return ExitOk;
    }

    context.out() << tr("%1 · %2").arg(platformDisplayName(item->platform),
                                       item->title.isEmpty() ? tr("(untitled)") : item->title)
                  << '\n';
    if (points->isEmpty()) {
        context.out() << tr("No history recorded yet: the next sync records it.") << '\n';
        return ExitOk;
    }
    TextTable table({TextTable::Align::Left, TextTable::Align::Right, TextTable::Align::Right,
                     TextTable::Align::Right, TextTable::Align::Right, TextTable::Align::Left});
    table.setHeader({tr("DAY"), tr("VIEWS"), tr("LIKES"), tr("COMMENTS"), tr("SHARES"), tr("SOURCE")});
    for (const HistoryPoint& p : points.value())
        table.addRow({p.day.toString(Qt::ISODate), countText(p.views), countText(p.likes),
                      countText(p.comments), countText(p.shares), p.source});
    table.print(context.out());
    // Instagram gives an item's views through its insights only: say which days have none and why.
    const auto firstViews = std::find_if(points->cbegin(), points->cend(),
                                         [](const HistoryPoint& p) { return p.views.has_value(); });
    if (!item->viewsKnown)
        context.out()
            << '\n'
            << tr("Instagram gives the views of its media only through their insights, and none were read "
                  "for this item yet: each sync reads those of some media, the ones never read first, when "
                  "the account allowed insights at connect.")
            << '\n';
    else if (firstViews != points->cbegin() && firstViews != points->cend())
        context.out() << '\n'
                      << tr("Views from Instagram's insights since %1; the days before have none.")
                             .arg(firstViews->day.toString(Qt::ISODate))
                      << '\n';
    return ExitOk;
}

// --- stats --------------------------------------------------------------------------------------------

QString StatsCommand::name() const
{
    return QStringLiteral("stats");
}

QString StatsCommand::summary() const
{
    return tr("Show views gained, top movers, best posting times and follower trend.");
}

CommandSpec StatsCommand::spec(const QString&) const
{
    CommandSpec s;
    s.usage = tr("stats [options]");
    s.description = tr("Sums up the period from the history the syncs recorded in the local library: views "
                       "gained, the items that gained most, the average views of an item by the weekday and "
                       "hour (UTC) it was published, and each account's follower trend.");
    s.options = {
        QCommandLineOption(QStringList{QStringLiteral("period")},
                           tr("The period ending today: 7d, 28d (default), 90d or 365d."), tr("period")),
        QCommandLineOption(QStringList{QStringLiteral("platform")},
                           tr("Only this platform: youtube, instagram or tiktok."), tr("platform")),
        QCommandLineOption(QStringList{QStringLiteral("json")}, tr("Print a JSON document instead of text.")),
    };
    return s;
}

int StatsCommand::run(CliContext& context, const QString&)
{
    const QCommandLineParser& args = context.args();
    if (!args.positionalArguments().isEmpty())
        return context.usageError(tr("stats takes no arguments"));
    int days = 28;
    if (args.isSet(QStringLiteral("period"))) {
        const auto period = periodDays(args.value(QStringLiteral("period")).trimmed().toLower());
        if (!period)
            return context.usageError(tr("unknown period '%1' (use 7d, 28d, 90d or 365d)")
                                          .arg(args.value(QStringLiteral("period"))));
        days = *period;
    }
    std::optional<Platform> platform;
    if (args.isSet(QStringLiteral("platform"))) {
        const QString value = args.value(QStringLiteral("platform")).trimmed();
        platform = platformFromId(value.toLower());
        if (!platform)
            return context.usageError(
                tr("unknown platform '%1' (use youtube, instagram or tiktok)").arg(value));
    }

    LibraryDatabase db;
    if (const auto opened = context.openLibrary(db); !opened)
        return context.runtimeError(opened.error());
    const auto stats =
        ContentHistory::period(db, days, QDateTime::currentDateTimeUtc().date(), platform, TopMovers);
    if (!stats)
        return context.runtimeError(stats.error().message);
    const PeriodStats& s = stats.value();
    const auto names = AccountNames::read(db);
    if (!names)
        return context.runtimeError(names.error());
    static const char* const weekdayIds[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray movers;
        for (const ItemGain& gain : s.topMovers) {
            QJsonObject o = contentItemToJson(gain.item);
            o.insert(QStringLiteral("views_gained"), optionalCountToJson(gain.viewsGained));
            movers.append(o);
        }
        // A time without known views is null, never 0.
        const auto average = [](const PostingSlot& slot) {
            return slot.averageViews ? QJsonValue(*slot.averageViews) : QJsonValue(QJsonValue::Null);
        };
        QJsonObject byWeekday;
        for (int i = 0; i < 7; ++i)
            byWeekday.insert(QLatin1String(weekdayIds[i]), average(s.postingDays.at(i)));
        QJsonArray byHour;
        for (const PostingSlot& slot : s.postingHours)
            byHour.append(average(slot));
        QJsonArray followers;
        for (const PeriodStats::AccountTrend& trend : s.followers) {
            QJsonArray points;
            for (const FollowerPoint& p : trend.points)
                points.append(QJsonObject{{QStringLiteral("day"), p.day.toString(Qt::ISODate)},
                                          {QStringLiteral("followers"), p.followers}});
            const QString name = names->name(trend.platform, trend.accountId);
            followers.append(QJsonObject{{QStringLiteral("platform"), platformId(trend.platform)},
                                         {QStringLiteral("account"), trend.accountId},
                                         {QStringLiteral("account_name"),
                                          name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name)},
                                         {QStringLiteral("points"), points}});
        }
        printJson(context,
                  QJsonObject{{QStringLiteral("from"), s.from.toString(Qt::ISODate)},
                              {QStringLiteral("to"), s.to.toString(Qt::ISODate)},
                              {QStringLiteral("platform"),
                               platform ? QJsonValue(platformId(*platform)) : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("views_gained"), s.viewsGained},
                              {QStringLiteral("items_with_views"), s.itemsWithViews},
                              {QStringLiteral("instagram_items_without_views"), s.instagramWithoutViews},
                              {QStringLiteral("top_movers"), movers},
                              {QStringLiteral("average_views_by_weekday_utc"), byWeekday},
                              {QStringLiteral("average_views_by_hour_utc"), byHour},
                              {QStringLiteral("posts_with_views_in_period"), s.postsWithViews},
                              {QStringLiteral("followers"), followers}});
        return ExitOk;
    }

    const QLocale locale;
    QTextStream& out = context.out();
    out << tr("%1 to %2, %3")
               .arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate),
                    platform ? platformDisplayName(*platform) : tr("all platforms"))
        << '\n';
    out << tr("Views gained: %1").arg(locale.toString(s.viewsGained)) << '\n';
    if (s.instagramWithoutViews > 0)
        out << tr("%n Instagram item(s) without views from insights by the period's end are not counted.",
                  nullptr, pluralCount(s.instagramWithoutViews))
            << '\n';
    out << '\n' << tr("Top movers") << '\n';
    if (s.topMovers.isEmpty()) {
        out << tr("No item gained views in this period.") << '\n';
    } else {
        TextTable table({TextTable::Align::Right, TextTable::Align::Left, TextTable::Align::Right,
                         TextTable::Align::Left});
        table.setHeader({tr("GAINED"), tr("PLATFORM"), tr("ID"), tr("TITLE")});
        for (const ItemGain& gain : s.topMovers)
            table.addRow({locale.toString(gain.viewsGained.value_or(0)),
                          platformDisplayName(gain.item.platform), QString::number(gain.item.id),
                          gain.item.title.isEmpty() ? tr("(untitled)") : gain.item.title});
        table.print(out);
    }
    // Only the times with known views are ranked: one without is no 0.
    const auto best = [](const QList<PostingSlot>& times, int count) {
        QList<int> order;
        for (int i = 0; i < times.size(); ++i) {
            if (times.at(i).averageViews)
                order.append(i);
        }
        std::stable_sort(order.begin(), order.end(), [&times](int a, int b) {
            return *times.at(a).averageViews > *times.at(b).averageViews;
        });
        return order.mid(0, count);
    };
    out << '\n'
        << tr("Best posting days and hours (average views gained in the period by the items published in it, "
              "by publishing time in UTC)")
        << '\n';
    if (s.tooFewPosts()) {
        out << tr("Too few items with known views were published in this period to compare (%1 of at least "
                  "%2): choose a longer period.")
                   .arg(locale.toString(s.postsWithViews), locale.toString(PeriodStats::MinPostsToCompare))
            << '\n';
    } else {
        QStringList dayTexts;
        for (int day : best(s.postingDays, 3))
            dayTexts.append(tr("%1 %2").arg(locale.dayName(day + 1, QLocale::ShortFormat),
                                            locale.toString(qRound64(*s.postingDays.at(day).averageViews))));
        QStringList hourTexts;
        for (int hour : best(s.postingHours, 3))
            hourTexts.append(tr("%1:00 %2")
                                 .arg(hour, 2, 10, QLatin1Char('0'))
                                 .arg(locale.toString(qRound64(*s.postingHours.at(hour).averageViews))));
        out << tr("Days: %1").arg(dayTexts.join(QStringLiteral(", "))) << '\n'
            << tr("Hours: %1").arg(hourTexts.join(QStringLiteral(", "))) << '\n';
    }
    out << '\n' << tr("Followers") << '\n';
    if (s.followers.isEmpty()) {
        out << tr("No follower counts recorded yet.") << '\n';
        return ExitOk;
    }
    TextTable table({TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Right,
                     TextTable::Align::Right, TextTable::Align::Right});
    table.setHeader({tr("PLATFORM"), tr("ACCOUNT"), tr("START"), tr("NOW"), tr("CHANGE")});
    for (const PeriodStats::AccountTrend& trend : s.followers) {
        const qint64 first = trend.points.constFirst().followers;
        const qint64 last = trend.points.constLast().followers;
        table.addRow({platformDisplayName(trend.platform), names->label(trend.platform, trend.accountId),
                      locale.toString(first), locale.toString(last),
                      (last >= first ? QStringLiteral("+") : QString()) + locale.toString(last - first)});
    }
    table.print(out);
    return ExitOk;
}

} // namespace sv::cli
