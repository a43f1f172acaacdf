#pragma once

#include "Platform.h"
#include "Result.h"
#include "library/LibraryDatabase.h"
#include "sync/AccountTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sv::cli {

/// The names the profile knows for the accounts of its library: the connected accounts' display names and
/// handles (`accounts`), and the ids of every account that has items. What the commands show for an account
/// and how they understand one the user names.
class AccountNames
{
    Q_DECLARE_TR_FUNCTIONS(AccountNames)
public:
    /// Reads the names from `db`; an error message when the library could not be read.
    static Result<AccountNames, QString> read(LibraryDatabase& db);

    /// "Display name (handle)", or the id for an account without a display name: as `accounts` lists it.
    static QString label(const LibraryAccount& account);
    /// The label of the account, or its id when the profile knows no name for it.
    QString label(Platform platform, const QString& accountId) const;
    /// The display name or handle of the account, empty when the profile knows none.
    QString name(Platform platform, const QString& accountId) const;

    /// The id of the account `text` names: its id, its handle (with or without "@") or its display name,
    /// case aside. An error message when no account or several accounts have that name.
    struct NotOneAccount
    {
        QString message;
    };
    Result<QString, NotOneAccount> resolve(const QString& text) const;

private:
    QList<LibraryAccount> m_accounts; ///< connected accounts and, without a name, those that only have items
};

} // namespace sv::cli
