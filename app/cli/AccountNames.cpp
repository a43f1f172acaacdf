#include "AccountNames.h"

#include "library/ContentHistory.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace sv::cli {

Result<AccountNames, QString> AccountNames::read(LibraryDatabase& db)
{
    const auto connected = AccountTable::all(db);
    if (!connected)
        return connected.error().message;
    const auto withItems = ContentHistory::accounts(db);
    if (!withItems)
        return withItems.error().message;
    AccountNames names;
    names.m_accounts = connected.value();
    for (const LibraryAccountSummary& summary : withItems.value()) {
        const bool known = std::any_of(
            names.m_accounts.cbegin(), names.m_accounts.cend(), [&summary](const LibraryAccount& a) {
                return a.platform == summary.platform && a.accountId == summary.accountId;
            });
        if (!known) {
            LibraryAccount a;
            a.platform = summary.platform;
            a.accountId = summary.accountId;
            names.m_accounts.append(a);
        }
    }
    return names;
}

QString AccountNames::label(const LibraryAccount& account)
{
    const QString name = account.displayName.isEmpty() ? account.accountId : account.displayName;
    return account.handle.isEmpty() ? name : name + QStringLiteral(" (") + account.handle + QLatin1Char(')');
}

QString AccountNames::label(Platform platform, const QString& accountId) const
{
    for (const LibraryAccount& a : m_accounts) {
        if (a.platform == platform && a.accountId == accountId)
            return label(a);
    }
    return accountId;
}

QString AccountNames::name(Platform platform, const QString& accountId) const
{
    for (const LibraryAccount& a : m_accounts) {
        if (a.platform == platform && a.accountId == accountId)
            return a.displayName.isEmpty() ? a.handle : a.displayName;
    }
    return {};
}

Result<QString, AccountNames::NotOneAccount> AccountNames::resolve(const QString& text) const
{
    const QString wanted = text.trimmed();
    // The id first, exactly: ids are what --json prints and what scripts pass.
    for (const LibraryAccount& a : m_accounts) {
        if (a.accountId == wanted)
            return a.accountId;
    }
    const auto bare = [](const QString& handle) {
        return handle.startsWith(QLatin1Char('@')) ? handle.mid(1) : handle;
    };
    QSet<QString> ids;
    QStringList labels;
    for (const LibraryAccount& a : m_accounts) {
        const bool named =
            (!a.handle.isEmpty() && bare(a.handle).compare(bare(wanted), Qt::CaseInsensitive) == 0) ||
            (!a.displayName.isEmpty() && a.displayName.compare(wanted, Qt::CaseInsensitive) == 0);
        if (named && !ids.contains(a.accountId)) {
            ids.insert(a.accountId);
            labels
                << QStringLiteral("%1 %2 (%3)").arg(platformDisplayName(a.platform), label(a), a.accountId);
        }
    }
    if (ids.size() == 1)
        return *ids.cbegin();
    if (ids.isEmpty())
        return NotOneAccount{
            tr("no account '%1' in the library (\"accounts\" lists them; give its id, handle or name)")
                .arg(wanted)};
    return NotOneAccount{
        tr("'%1' names several accounts: %2; give its id").arg(wanted, labels.join(QStringLiteral(", ")))};
}

} // namespace sv::cli
