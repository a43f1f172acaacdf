#include "sync/AccountStore.h"

#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace sv {

AccountStore::AccountStore(LibraryService* library, SecretStore* secrets, SecretScope scope, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_secrets(secrets)
    , m_scope(std::move(scope))
{
}

SecretKey AccountStore::tokenKey(const SecretScope& scope, Platform platform, const QString& accountId)
{
    return scope.key(platformId(platform) + QLatin1Char(':') + accountId, QStringLiteral("tokens"));
}

LibraryError AccountStore::unavailableError()
{
    LibraryError e;
    e.message = QCoreApplication::translate("sv::AccountStore", "The library is closing; try again.");
    return e;
}

QCoro::Task<std::optional<LibraryError>>
AccountStore::onLibrary(const std::function<std::optional<LibraryError>(LibraryDatabase&)>& fn)
{
    struct Box
    {
        bool ran = false;
        std::optional<LibraryError> error;
    };
    std::function<Box(LibraryDatabase&)> job = [fn](LibraryDatabase& db) {
        return Box{true, fn(db)};
    };
    const Box box = co_await m_library->run<Box>(std::move(job));
    if (!box.ran)
        co_return unavailableError();
    co_return box.error;
}

QCoro::Task<Result<QList<LibraryAccount>, LibraryError>> AccountStore::accounts()
{
    // A named function object: g++ 12 destroys a temporary closure in a co_await expression twice.
    const std::function<Result<QList<LibraryAccount>, LibraryError>(LibraryDatabase&)> libraryCall1 =
        [](LibraryDatabase& db) {
            return db.accounts();
        };
    co_return co_await onLibrary<QList<LibraryAccount>>(libraryCall1);
}

QCoro::Task<Result<std::optional<LibraryAccount>, LibraryError>>
AccountStore::account(Platform platform, const QString& accountId)
{
    // A named function object: g++ 12 destroys a temporary closure in a co_await expression twice.
    const std::function<Result<std::optional<LibraryAccount>, LibraryError>(LibraryDatabase&)> libraryCall2 =
        [platform, accountId](LibraryDatabase& db) {
            return db.account(platform, accountId);
        };
    co_return co_await onLibrary<std::optional<LibraryAccount>>(libraryCall2);
}

QCoro::Task<std::optional<LibraryError>> AccountStore::save(const LibraryAccount& account)
{
    // A named function object: g++ 12 destroys a temporary closure in a co_await expression twice.
    const std::function<std::optional<LibraryError>(LibraryDatabase&)> libraryCall3 =
        [account](LibraryDatabase& db) {
            return db.saveAccount(account);
        };
    co_return co_await onLibrary(libraryCall3);
}

QCoro::Task<std::optional<LibraryError>> AccountStore::setStatus(Platform platform, const QString& accountId,
                                                                 AccountStatus status,
                                                                 const QString& lastError)
{
    // A named function object: g++ 12 destroys a temporary closure in a co_await expression twice.
    const std::function<std::optional<LibraryError>(LibraryDatabase&)> libraryCall4 =
        [=](LibraryDatabase& db) {
            return db.setAccountStatus(platform, accountId, status, lastError);
        };
    co_return co_await onLibrary(libraryCall4);
}

QCoro::Task<Result<int, LibraryError>> AccountStore::remove(Platform platform, const QString& accountId,
                                                            bool removeItems)
{
    // A named function object: g++ 12 destroys a temporary closure in a co_await expression twice.
    const std::function<Result<int, LibraryError>(LibraryDatabase&)> libraryCall5 = [=](LibraryDatabase& db) {
        return db.deleteAccount(platform, accountId, removeItems);
    };
    const auto removed = co_await onLibrary<int>(libraryCall5);
    if (removed && removed.value() > 0)
        m_library->notifyContentChanged();
    co_return removed;
}

QCoro::Task<Result<std::optional<PlatformTokens>, SecretError>>
AccountStore::readTokens(Platform platform, const QString& accountId)
{
    const SecretKey key = tokenKey(platform, accountId);
    const SecretStore::ReadResult read = co_await m_secrets->read(key);
    if (!read) {
        if (read.error().kind == SecretError::Kind::NotFound)
            co_return std::optional<PlatformTokens>();
        co_return read.error();
    }
    co_return PlatformTokens::fromJson(read.value());
}

QCoro::Task<std::optional<SecretError>> AccountStore::writeTokens(Platform platform, const QString& accountId,
                                                                  const PlatformTokens& tokens)
{
    const SecretKey key = tokenKey(platform, accountId);
    const SecretStore::WriteResult written = co_await m_secrets->write(key, tokens.toJson());
    if (!written)
        co_return written.error();
    co_return std::nullopt;
}

QCoro::Task<std::optional<SecretError>> AccountStore::removeTokens(Platform platform,
                                                                   const QString& accountId)
{
    const SecretKey key = tokenKey(platform, accountId);
    const SecretStore::WriteResult removed = co_await m_secrets->remove(key);
    if (!removed)
        co_return removed.error();
    co_return std::nullopt;
}

} // namespace sv
