#pragma once

#include "library/LibraryDatabase.h"

#include "Platform.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sv {

/// Whether a connected account can be synced (stored as "connected", "reconnect_needed", "disconnected").
enum class AccountStatus { Connected, ReconnectNeeded, Disconnected };
QString accountStatusId(AccountStatus status);
std::optional<AccountStatus> accountStatusFromId(QStringView id);

/// A connected platform account as the library remembers it (table `accounts`). Never holds a token:
/// tokens live in the keychain.
struct LibraryAccount
{
    Platform platform = Platform::YouTube;
    QString accountId; ///< the platform's stable id (channel id, user id, open_id)
    QString displayName;
    QString handle;
    QString avatarUrl;
    AccountStatus status = AccountStatus::Connected;
    QDateTime connectedAt;
    QDateTime lastSyncedAt;    ///< invalid until the first sync finished
    qint64 itemCount = 0;      ///< items of the account in the library after the last sync
    QString newestExternalId;  ///< the newest item seen by the last complete sync
    bool syncComplete = false; ///< false until a sync walked every page (a killed sync leaves it false)
    QDateTime fullWalkAt;      ///< when the last sync that walked every page ended; invalid: never
    QString lastError;         ///< translated message of the last failed sync, empty after a success

    friend bool operator==(const LibraryAccount&, const LibraryAccount&) = default;
};

/// The connected accounts' rows in the library file (table `accounts`, created by the library's
/// migrations), read and written through the library's connection on the thread that owns it (for
/// AccountStore: LibraryService's worker). Every function fails with "not open" on a closed library, and
/// every write is refused by a library that fails its check (LibraryDatabase::checkWritable()).
class AccountTable
{
public:
    /// Every account, in platform order (YouTube, Instagram, TikTok), as the UI shows them.
    static Result<QList<LibraryAccount>, LibraryError> all(LibraryDatabase& db);
    /// The account, or nullopt when it is not in the library.
    static Result<std::optional<LibraryAccount>, LibraryError> find(LibraryDatabase& db, Platform platform,
                                                                    const QString& accountId);
    /// Inserts the account or updates its profile (name, handle, avatar) and status; keeps its sync state.
    static Result<void, LibraryError> save(LibraryDatabase& db, const LibraryAccount& account);
    static Result<void, LibraryError> setStatus(LibraryDatabase& db, Platform platform,
                                                const QString& accountId, AccountStatus status,
                                                const QString& lastError);
    /// Forgets the account; with `removeItems` its items go too (one transaction). Returns items removed.
    static Result<int, LibraryError> remove(LibraryDatabase& db, Platform platform, const QString& accountId,
                                            bool removeItems);
    /// After a sync walked all the pages it had to: last_synced_at, recounted item_count, the newest item,
    /// sync_complete = 1, status connected, no error; `fullWalk`: it walked every page (full_walk_at).
    static Result<void, LibraryError> finishSync(LibraryDatabase& db, Platform platform,
                                                 const QString& accountId, const QDateTime& syncedAt,
                                                 const QString& newestExternalId, bool fullWalk);
    /// Inside a sync batch's transaction: the account holds `itemCount` items and its sync is incomplete
    /// until finishSync() (a kill then makes the next sync walk every page).
    static Result<void, LibraryError> markSyncing(LibraryDatabase& db, Platform platform,
                                                  const QString& accountId, qint64 itemCount);
};

} // namespace sv
