#pragma once

#include "library/LibraryService.h"
#include "platforms/PlatformConnector.h"
#include "secrets/SecretError.h"
#include "secrets/SecretKey.h"
#include "sync/AccountTable.h"

#include "Result.h"

#include <QObject>
#include <QString>

#include <QCoro/QCoroTask>

#include <optional>

namespace sv {

class LibraryService;
class SecretStore;

/// The connected accounts: their rows in the library (`accounts`, on the LibraryService's worker thread,
/// never the caller's) and their tokens in the keychain (SecretKey{profile id, "<platform>:<accountId>",
/// "tokens"}, see SecretScope). Every call is a coroutine; the caller's thread never waits on SQL or the
/// keychain. A store with a library attaches sync's ledger to it (SyncLedger::attach(): every open of the
/// library marks the jobs of ended processes interrupted).
class AccountStore : public QObject
{
    Q_OBJECT
public:
    /// `scope` (Profile::secretScope()) namespaces the keychain entries.
    AccountStore(LibraryService* library, SecretStore* secrets, SecretScope scope, QObject* parent = nullptr);

    LibraryService* library() const { return m_library; }
    SecretStore* secrets() const { return m_secrets; }
    /// The profile identity naming the keychain entries (secretScope().id).
    QString profileName() const { return m_scope.id; }
    const SecretScope& secretScope() const { return m_scope; }

    /// The keychain entry holding an account's tokens.
    static SecretKey tokenKey(const SecretScope& scope, Platform platform, const QString& accountId);
    SecretKey tokenKey(Platform platform, const QString& accountId) const
    {
        return tokenKey(m_scope, platform, accountId);
    }

    QCoro::Task<Result<QList<LibraryAccount>, LibraryError>> accounts();
    QCoro::Task<Result<std::optional<LibraryAccount>, LibraryError>> account(Platform platform,
                                                                             const QString& accountId);
    QCoro::Task<Result<void, LibraryError>> save(const LibraryAccount& account);
    QCoro::Task<Result<void, LibraryError>> setStatus(Platform platform, const QString& accountId,
                                                      AccountStatus status, const QString& lastError = {});
    QCoro::Task<Result<int, LibraryError>> remove(Platform platform, const QString& accountId,
                                                  bool removeItems);

    /// The stored tokens; nullopt when there are none (or they are unreadable: reconnect).
    QCoro::Task<Result<std::optional<PlatformTokens>, SecretError>> readTokens(Platform platform,
                                                                               const QString& accountId);
    QCoro::Task<Result<void, SecretError>> writeTokens(Platform platform, const QString& accountId,
                                                       const PlatformTokens& tokens);
    QCoro::Task<Result<void, SecretError>> removeTokens(Platform platform, const QString& accountId);

    /// Runs `fn(db, args...)` on the library's worker thread (LibraryService::call()); resolves to "The
    /// library is closing; try again." when the library goes away before it ran.
    template <typename F, typename... Args>
    QCoro::Task<LibraryCallResult<F, Args...>> onLibrary(F&& fn, Args&&... args)
    {
        return m_library->callOr(unavailableError(), std::forward<F>(fn), std::forward<Args>(args)...);
    }

private:
    static LibraryError unavailableError();

    LibraryService* m_library;
    SecretStore* m_secrets;
    SecretScope m_scope;
};

} // namespace sv
