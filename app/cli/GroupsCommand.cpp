#include "GroupsCommand.h"

#include "CliContext.h"
#include "ContentJson.h"
#include "Platform.h"
#include "TextTable.h"
#include "library/ClipGroups.h"
#include "library/ClipSums.h"
#include "library/LibraryDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sv::cli {

namespace {

QJsonObject sumJson(const ClipMetricSum& s)
{
    QJsonArray missing;
    for (Platform p : s.missingOn)
        missing.append(platformId(p));
    return QJsonObject{{QStringLiteral("sum"), optionalCountToJson(s.sum)},
                       {QStringLiteral("missing_on"), missing}};
}

QJsonObject groupJson(const ClipGroup& g)
{
    QJsonArray members;
    for (const ContentItem& item : g.members)
        members.append(contentItemToJson(item));
    QJsonArray pairs;
    for (const ClipPair& p : g.pairs) {
        const ClipMatch& m = p.match;
        pairs.append(QJsonObject{
            {QStringLiteral("items"), QJsonArray{g.members.at(p.first).id, g.members.at(p.second).id}},
            {QStringLiteral("verdict"), m.verdictId()},
            {QStringLiteral("score"), m.score},
            {QStringLiteral("text_similarity"), m.textSimilarity},
            {QStringLiteral("common_words"), QJsonArray::fromStringList(m.commonWords)},
            {QStringLiteral("duration_gap_s"),
             m.durationGapMs ? QJsonValue(double(*m.durationGapMs) / 1000.0) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("publish_gap_s"), m.publishGapS},
            {QStringLiteral("explanation"), m.explanation()}});
    }
    return QJsonObject{{QStringLiteral("id"), g.id},
                       {QStringLiteral("manual"), g.manual},
                       {QStringLiteral("score"), g.score},
                       {QStringLiteral("members"), members},
                       {QStringLiteral("sum"), QJsonObject{{QStringLiteral("views"), sumJson(g.views)},
                                                           {QStringLiteral("likes"), sumJson(g.likes)},
                                                           {QStringLiteral("comments"), sumJson(g.comments)},
                                                           {QStringLiteral("shares"), sumJson(g.shares)}}},
                       {QStringLiteral("pairs"), pairs}};
}

void printGroup(QTextStream& out, const ClipGroup& g)
{
    out << (g.manual ? GroupsCommand::tr("Group %1 · kept by you").arg(g.id)
                     : GroupsCommand::tr("Group %1 · score %2").arg(g.id).arg(qRound(g.score * 100)))
        << '\n';
    TextTable table({TextTable::Align::Left, TextTable::Align::Right, TextTable::Align::Right,
                     TextTable::Align::Right, TextTable::Align::Right, TextTable::Align::Right,
                     TextTable::Align::Left});
    table.setHeader({GroupsCommand::tr("PLATFORM"), GroupsCommand::tr("ID"), GroupsCommand::tr("VIEWS"),
                     GroupsCommand::tr("LIKES"), GroupsCommand::tr("COMMENTS"), GroupsCommand::tr("SHARES"),
                     GroupsCommand::tr("TITLE")});
    for (const ContentItem& item : g.members)
        table.addRow({platformDisplayName(item.platform), QString::number(item.id), countText(viewsOf(item)),
                      countText(item.likes), countText(item.comments), countText(item.shares),
                      item.title.isEmpty() ? GroupsCommand::tr("(untitled)") : item.title});
    table.addRow({GroupsCommand::tr("Sum"), QString(), countText(g.views.sum), countText(g.likes.sum),
                  countText(g.comments.sum), countText(g.shares.sum), QString()});
    table.print(out);
    // Which platforms each sum covers: the same notes as the app's details pane.
    for (const ClipMetric metric :
         {ClipMetric::Views, ClipMetric::Likes, ClipMetric::Comments, ClipMetric::Shares}) {
        if (const QString note = clipSumNote(g, metric); !note.isEmpty())
            out << note << '\n';
    }
    for (const ClipPair& p : g.pairs)
        out << GroupsCommand::tr("%1 and %2: %3")
                   .arg(platformDisplayName(g.members.at(p.first).platform),
                        platformDisplayName(g.members.at(p.second).platform), p.match.explanation())
            << '\n';
}

} // namespace

QString GroupsCommand::name() const
{
    return QStringLiteral("groups");
}

QString GroupsCommand::summary() const
{
    return tr("Show the clips cross-posted on several platforms as one, or confirm, split or merge them.");
}

CommandSpec GroupsCommand::spec(const QString&) const
{
    CommandSpec s;
    s.usage = tr("groups [options] [confirm ITEM | split ITEM | merge ITEM ITEM]");
    s.description =
        tr("Lists the groups of the same clip posted on YouTube, TikTok and Instagram: items with similar "
           "titles (case, accents, punctuation, emoji, hashtags and mentions aside), durations at most 1 s "
           "apart and published at most 72 hours apart, one per platform. Each group shows its members' "
           "figures, their sum (a platform without the figure is left out of it, never counted as 0) and why "
           "the items were grouped. 'confirm ITEM' keeps the item's group as it is, 'split ITEM' takes the "
           "item out of its group, 'merge ITEM ITEM' makes one group of the two items' groups: these "
           "decisions are kept across syncs.");
    s.arguments = {{tr("ITEM"), tr("An item's id in the library (the \"id\" of search --json).")}};
    s.options = {QCommandLineOption(QStringList{QStringLiteral("json")},
                                    tr("Print a JSON document instead of text."))};
    return s;
}

int GroupsCommand::run(CliContext& context, const QString&)
{
    const QStringList args = context.args().positionalArguments();
    const QString verb = args.value(0);
    const int needed = verb == QLatin1String("merge") ? 3 : 2;
    if (!args.isEmpty() && verb != QLatin1String("confirm") && verb != QLatin1String("split") &&
        verb != QLatin1String("merge"))
        return context.usageError(tr("unknown groups action '%1' (use confirm, split or merge)").arg(verb));
    if (!args.isEmpty() && args.size() != needed)
        return context.usageError(verb == QLatin1String("merge") ? tr("groups merge needs two ITEMs")
                                                                 : tr("groups %1 needs one ITEM").arg(verb));
    QList<qint64> ids;
    for (const QString& arg : args.mid(1)) {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok || id <= 0)
            return context.usageError(tr("ITEM must be an item id (a whole number), not '%1'").arg(arg));
        ids.append(id);
    }

    LibraryDatabase db;
    if (const auto opened = context.openLibrary(db); !opened)
        return context.runtimeError(opened.error());
    QList<ClipKey> keys;
    for (qint64 id : std::as_const(ids)) {
        const auto item = db.item(id);
        if (!item)
            return context.runtimeError(tr("no item %1 in the library").arg(id));
        keys.append(ClipKey::of(item.value()));
    }
    const bool json = context.args().isSet(QStringLiteral("json"));

    if (verb == QLatin1String("split")) {
        if (const auto split = ClipGroups::split(db, keys.first()); !split)
            return context.runtimeError(split.error().message);
        if (json)
            printJson(context, QJsonObject{{QStringLiteral("split"), ids.first()}});
        else
            context.out()
                << tr("Item %1 is now on its own; it will not be grouped again unless you merge it.")
                       .arg(ids.first())
                << '\n';
        return ExitOk;
    }
    if (!verb.isEmpty()) {
        const auto group = verb == QLatin1String("confirm")
                               ? ClipGroups::confirm(db, keys.first())
                               : ClipGroups::merge(db, keys.first(), keys.last());
        if (!group)
            return context.runtimeError(group.error().message);
        if (json)
            printJson(context, QJsonObject{{QStringLiteral("group"), groupJson(group.value())}});
        else
            printGroup(context.out(), group.value());
        return ExitOk;
    }

    const auto groups = ClipGroups::list(db);
    if (!groups)
        return context.runtimeError(groups.error().message);
    if (json) {
        QJsonArray all;
        for (const ClipGroup& g : groups.value())
            all.append(groupJson(g));
        printJson(context, QJsonObject{{QStringLiteral("groups"), all}});
        return ExitOk;
    }
    if (groups->isEmpty()) {
        context.out() << tr("No cross-posted clips found.") << '\n';
        return ExitOk;
    }
    context.out() << tr("%n group(s) of cross-posted clips", nullptr, int(groups->size())) << '\n';
    for (const ClipGroup& g : groups.value()) {
        context.out() << '\n';
        printGroup(context.out(), g);
    }
    return ExitOk;
}

} // namespace sv::cli
