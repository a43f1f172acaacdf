#include "SearchCommand.h"

#include "AccountNames.h"
#include "CliContext.h"
#include "ContentJson.h"
#include "Platform.h"
#include "Plural.h"
#include "TextTable.h"
#include "library/ClipGroups.h"
#include "library/LibraryDatabase.h"
#include "library/SearchQuery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sv::cli {

namespace {

/// A whole number in [min, max], or nothing.
std::optional<int> boundedInt(const QString& text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<int> periodDays(const QString& period)
{
    static const QHash<QString, int> periods{{QStringLiteral("7d"), 7},
                                             {QStringLiteral("28d"), 28},
                                             {QStringLiteral("90d"), 90},
                                             {QStringLiteral("365d"), 365}};
    if (!periods.contains(period))
        return std::nullopt;
    return periods.value(period);
}

QString SearchCommand::name() const
{
    return QStringLiteral("search");
}

QString SearchCommand::summary() const
{
    return tr("Search the local library (offline full-text search).");
}

CommandSpec SearchCommand::spec(const QString&) const
{
    CommandSpec s;
    s.usage = tr("search [options] QUERY...");
    s.description = tr("Searches titles and descriptions in the local library; the last word also matches as "
                       "a prefix. An empty QUERY (\"\") lists everything that passes the filters.");
    s.arguments = {{tr("QUERY"), tr("The words to look for; several words are joined.")}};
    s.options = {
        QCommandLineOption(QStringList{QStringLiteral("platform")},
                           tr("Only this platform: youtube, instagram or tiktok (repeat or separate with "
                              "commas for several)."),
                           tr("platform")),
        QCommandLineOption(QStringList{QStringLiteral("sort")},
                           tr("Order: relevance (default), newest, views, likes, comments, engagement "
                              "((likes + comments + shares) / views) or gained (views gained in --period)."),
                           tr("order")),
        QCommandLineOption(QStringList{QStringLiteral("period")},
                           tr("The period of --sort gained, ending today: 7d, 28d (default), 90d or 365d."),
                           tr("period")),
        QCommandLineOption(QStringList{QStringLiteral("account")},
                           tr("Only the items of this account: its platform id, handle or name (as "
                              "`accounts` lists them)."),
                           tr("account")),
        QCommandLineOption(QStringList{QStringLiteral("cross-posted")},
                           tr("Only the items posted on more than one platform (the groups of `groups`).")),
        QCommandLineOption(QStringList{QStringLiteral("limit")},
                           tr("Show at most N items (1-%1, default %2).").arg(MaxLimit).arg(DefaultLimit),
                           tr("n")),
        QCommandLineOption(QStringList{QStringLiteral("offset")}, tr("Skip the first N items (default 0)."),
                           tr("n")),
        QCommandLineOption(QStringList{QStringLiteral("json")},
                           tr("Print a JSON document instead of a table.")),
    };
    return s;
}

int SearchCommand::run(CliContext& context, const QString&)
{
    const QCommandLineParser& args = context.args();
    const QStringList words = args.positionalArguments();
    if (words.isEmpty())
        return context.usageError(tr("search needs a QUERY (\"\" lists everything)"));

    SearchQuery query;
    query.text = words.join(QLatin1Char(' '));
    for (const QString& value : args.values(QStringLiteral("platform"))) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto platform = platformFromId(part.trimmed().toLower());
            if (!platform)
                return context.usageError(
                    tr("unknown platform '%1' (use youtube, instagram or tiktok)").arg(part.trimmed()));
            if (!query.platforms.contains(*platform))
                query.platforms.append(*platform);
        }
    }
    if (args.isSet(QStringLiteral("sort"))) {
        const QString sort = args.value(QStringLiteral("sort")).trimmed().toLower();
        static const QHash<QString, SearchSort> sorts{
            {QStringLiteral("relevance"), SearchSort::Relevance},
            {QStringLiteral("newest"), SearchSort::Newest},
            {QStringLiteral("views"), SearchSort::MostViewed},
            {QStringLiteral("likes"), SearchSort::MostLiked},
            {QStringLiteral("comments"), SearchSort::MostCommented},
            {QStringLiteral("engagement"), SearchSort::Engagement},
            {QStringLiteral("gained"), SearchSort::ViewsGained},
        };
        if (!sorts.contains(sort))
            return context.usageError(
                tr("unknown order '%1' (use relevance, newest, views, likes, comments, engagement or gained)")
                    .arg(args.value(QStringLiteral("sort"))));
        query.sort = sorts.value(sort);
    }
    if (args.isSet(QStringLiteral("period"))) {
        const QString period = args.value(QStringLiteral("period")).trimmed().toLower();
        if (!periodDays(period))
            return context.usageError(tr("unknown period '%1' (use 7d, 28d, 90d or 365d)")
                                          .arg(args.value(QStringLiteral("period"))));
        query.gainedDays = *periodDays(period);
    }
    query.account = args.value(QStringLiteral("account")).trimmed();
    query.crossPostedOnly = args.isSet(QStringLiteral("cross-posted"));
    query.limit = DefaultLimit;
    if (args.isSet(QStringLiteral("limit"))) {
        const auto limit = boundedInt(args.value(QStringLiteral("limit")), 1, MaxLimit);
        if (!limit)
            return context.usageError(tr("--limit needs a whole number from 1 to %1, not '%2'")
                                          .arg(MaxLimit)
                                          .arg(args.value(QStringLiteral("limit"))));
        query.limit = *limit;
    }
    if (args.isSet(QStringLiteral("offset"))) {
        const auto offset =
            boundedInt(args.value(QStringLiteral("offset")), 0, std::numeric_limits<int>::max());
        if (!offset)
            return context.usageError(tr("--offset needs a whole number of 0 or more, not '%1'")
                                          .arg(args.value(QStringLiteral("offset"))));
        query.offset = *offset;
    }

    LibraryDatabase db;
    if (const auto opened = context.openLibrary(db); !opened)
        return context.runtimeError(opened.error());
    if (query.crossPostedOnly) {
        // The groups made current first (a no-op unless the content changed since they were computed).
        if (const auto grouped = ClipGroups::refresh(db); !grouped)
            return context.runtimeError(tr("search failed: %1").arg(grouped.error().message));
    }
    if (!query.account.isEmpty()) {
        // A handle or a name is the account's id; an account the library does not know is an error, not an
        // empty result.
        const auto names = AccountNames::read(db);
        if (!names)
            return context.runtimeError(tr("search failed: %1").arg(names.error()));
        const auto id = names->resolve(query.account);
        if (!id)
            return context.runtimeError(id.error().message);
        query.account = id.value();
    }
    const auto result = db.search(query);
    if (!result)
        return context.runtimeError(tr("search failed: %1").arg(result.error().message));

    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const ContentItem& item : result->items)
            items.append(contentItemToJson(item));
        QJsonObject doc;
        doc.insert(QStringLiteral("query"), query.text);
        doc.insert(QStringLiteral("total"), result->total);
        doc.insert(QStringLiteral("offset"), query.offset);
        doc.insert(QStringLiteral("limit"), query.limit);
        doc.insert(QStringLiteral("items"), items);
        context.out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    if (result->items.isEmpty()) {
        if (result->total > 0)
            context.out() << tr("%n item(s) match, none after --offset %1.", nullptr,
                                pluralCount(result->total))
                                 .arg(query.offset)
                          << '\n';
        else
            context.out() << tr("No items match.") << '\n';
        return ExitOk;
    }
    TextTable table(
        {TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Right, TextTable::Align::Left});
    table.setHeader({tr("PLATFORM"), tr("DATE"), tr("VIEWS"), tr("TITLE")});
    for (const ContentItem& item : result->items) {
        const QString date = item.publishedAt.isValid()
                                 ? item.publishedAt.toLocalTime().date().toString(Qt::ISODate)
                                 : QStringLiteral("-");
        table.addRow({platformDisplayName(item.platform), date, countText(viewsOf(item)),
                      item.title.isEmpty() ? tr("(untitled)") : item.title});
    }
    table.print(context.out());
    context.out() << '\n';
    const qint64 shown = result->items.size();
    if (query.offset == 0 && shown == result->total)
        context.out() << tr("%n item(s).", nullptr, int(shown)) << '\n';
    else
        context.out()
            << tr("Items %1-%2 of %3.").arg(query.offset + 1).arg(query.offset + shown).arg(result->total)
            << '\n';
    return ExitOk;
}

} // namespace sv::cli
