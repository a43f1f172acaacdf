#pragma once

#include "library/LibraryDatabase.h"
#include "platforms/PlatformConnector.h"
#include "secrets/SecretError.h"
#include "secrets/SecretKey.h"

#include "Result.h"

#include <QObject>
#include <QString>

#include <QCoro/QCoroTask>

#include <functional>
#include <optional>

namespace sv {

class LibraryService;
class SecretStore;

/// The connected accounts: their rows in the library (`accounts`, on the LibraryService's worker thread,
/// never the caller's) and their tokens in the keychain (SecretKey{profile id, "<platform>:<accountId>",
/// "tokens"}, see SecretScope). Every call is a coroutine; the caller's thread never waits on SQL or the
/// keychain.
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
    QCoro::Task<std::optional<LibraryError>> save(const LibraryAccount& account);
    QCoro::Task<std::optional<LibraryError>> setStatus(Platform platform, const QString& accountId,
                                                       AccountStatus status, const QString& lastError = {});
    QCoro::Task<Result<int, LibraryError>> remove(Platform platform, const QString& accountId,
                                                  bool removeItems);

    /// The stored tokens; nullopt when there are none (or they are unreadable: reconnect).
    QCoro::Task<Result<std::optional<PlatformTokens>, SecretError>> readTokens(Platform platform,
                                                                               const QString& accountId);
    QCoro::Task<std::optional<SecretError>> writeTokens(Platform platform, const QString& accountId,
                                                        const PlatformTokens& tokens);
    QCoro::Task<std::optional<SecretError>> removeTokens(Platform platform, const QString& accountId);

    /// Runs `fn` with the library on its worker thread; "not open" and shutdown become errors.
    template <typename T>
    QCoro::Task<Result<T, LibraryError>>
    onLibrary(const std::function<Result<T, LibraryError>(LibraryDatabase&)>& fn);
    QCoro::Task<std::optional<LibraryError>>
    onLibrary(const std::function<std::optional<LibraryError>(LibraryDatabase&)>& fn);

private:
    static LibraryError unavailableError();

    LibraryService* m_library;
    SecretStore* m_secrets;
    SecretScope m_scope;
};

} // namespace sv

#include "library/LibraryService.h"

namespace sv {

template <typename T>
QCoro::Task<Result<T, LibraryError>>
AccountStore::onLibrary(const std::function<Result<T, LibraryError>(LibraryDatabase&)>& fn)
{
    struct Box
    {
        std::optional<T> value;
        std::optional<LibraryError> error;
    };
    // Copied before the first suspension: the caller's function object is not touched afterwards.
    std::function<Box(LibraryDatabase&)> job = [fn](LibraryDatabase& db) {
        Box box;
        auto r = fn(db);
        if (r)
            box.value = std::move(r).value();
        else
            box.error = r.error();
        return box;
    };
    Box box = co_await m_library->run<Box>(std::move(job));
    if (box.value)
        co_return std::move(*box.value);
    co_return box.error.value_or(unavailableError());
}

} // namespace sv
