#include "AccountsCommand.h"

#include "AccountNames.h"
#include "CliContext.h"
#include "TextTable.h"
#include "library/LibraryDatabase.h"
#include "sync/AccountTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sv::cli {

namespace {

QString statusText(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Connected:
        return AccountsCommand::tr("connected");
    case AccountStatus::ReconnectNeeded:
        return AccountsCommand::tr("reconnect needed");
    case AccountStatus::Disconnected:
        return AccountsCommand::tr("disconnected");
    }
    return {};
}

} // namespace

QString AccountsCommand::name() const
{
    return QStringLiteral("accounts");
}

QString AccountsCommand::summary() const
{
    return tr("List the connected platform accounts and their sync state.");
}

CommandSpec AccountsCommand::spec(const QString&) const
{
    CommandSpec s;
    s.usage = tr("accounts [options]");
    s.description = tr("Lists the connected accounts of the profile: platform, account, status, the items in "
                       "the library and the last sync. Reads the library only (no network, no sign-in).");
    s.options = {QCommandLineOption(QStringList{QStringLiteral("json")},
                                    tr("Print a JSON document instead of text."))};
    return s;
}

int AccountsCommand::run(CliContext& context, const QString&)
{
    if (!context.args().positionalArguments().isEmpty())
        return context.usageError(tr("accounts takes no arguments"));
    LibraryDatabase db;
    if (const auto opened = context.openLibrary(db); !opened)
        return context.runtimeError(opened.error());
    const auto accounts = AccountTable::all(db);
    if (!accounts)
        return context.runtimeError(accounts.error().message);

    if (context.args().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const LibraryAccount& a : accounts.value()) {
            QJsonObject o{{QStringLiteral("platform"), platformId(a.platform)},
                          {QStringLiteral("account_id"), a.accountId},
                          {QStringLiteral("display_name"), a.displayName},
                          {QStringLiteral("handle"), a.handle},
                          {QStringLiteral("avatar_url"), a.avatarUrl},
                          {QStringLiteral("status"), accountStatusId(a.status)},
                          {QStringLiteral("item_count"), a.itemCount},
                          {QStringLiteral("sync_complete"), a.syncComplete},
                          {QStringLiteral("connected_at"), a.connectedAt.toString(Qt::ISODate)}};
            for (const auto& [key, at] : {std::pair(QStringLiteral("last_synced_at"), a.lastSyncedAt),
                                          std::pair(QStringLiteral("last_full_walk_at"), a.fullWalkAt)})
                o.insert(key, at.isValid() ? QJsonValue(at.toString(Qt::ISODate)) : QJsonValue());
            if (!a.lastError.isEmpty())
                o.insert(QStringLiteral("last_error"), a.lastError);
            list.append(o);
        }
        context.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("accounts"), list}}).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (accounts->isEmpty()) {
        context.out() << tr("No account is connected. Run “%1 connect PLATFORM” to connect one.")
                             .arg(CliContext::programName())
                      << '\n';
        return ExitOk;
    }
    TextTable table({TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Left,
                     TextTable::Align::Right, TextTable::Align::Left});
    table.setHeader({tr("PLATFORM"), tr("ACCOUNT"), tr("STATUS"), tr("ITEMS"), tr("LAST SYNC")});
    for (const LibraryAccount& a : accounts.value()) {
        table.addRow(
            {platformId(a.platform), AccountNames::label(a), statusText(a.status),
             QString::number(a.itemCount),
             a.lastSyncedAt.isValid() ? a.lastSyncedAt.toLocalTime().toString(Qt::ISODate) : tr("never")});
    }
    table.print(context.out());
    for (const LibraryAccount& a : accounts.value()) {
        if (a.status == AccountStatus::ReconnectNeeded)
            context.out() << tr("%1 needs to be reconnected: run “%2 connect %3”.")
                                 .arg(platformDisplayName(a.platform), CliContext::programName(),
                                      platformId(a.platform))
                          << '\n';
    }
    return ExitOk;
}

} // namespace sv::cli
