#include "sync/AccountStore.h"

#include "secrets/SecretStore.h"
#include "sync/SyncLedger.h"

#include <QCoreApplication>

namespace sv {

AccountStore::AccountStore(LibraryService* library, SecretStore* secrets, SecretScope scope, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_secrets(secrets)
    , m_scope(std::move(scope))
{
    if (m_library)
        SyncLedger::attach(*m_library);
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

QCoro::Task<Result<QList<LibraryAccount>, LibraryError>> AccountStore::accounts()
{
    return onLibrary(&AccountTable::all);
}

QCoro::Task<Result<std::optional<LibraryAccount>, LibraryError>>
AccountStore::account(Platform platform, const QString& accountId)
{
    return onLibrary(&AccountTable::find, platform, accountId);
}

QCoro::Task<Result<void, LibraryError>> AccountStore::save(const LibraryAccount& account)
{
    return onLibrary(&AccountTable::save, account);
}

QCoro::Task<Result<void, LibraryError>> AccountStore::setStatus(Platform platform, const QString& accountId,
                                                                AccountStatus status,
                                                                const QString& lastError)
{
    return onLibrary(&AccountTable::setStatus, platform, accountId, status, lastError);
}

QCoro::Task<Result<int, LibraryError>> AccountStore::remove(Platform platform, const QString& accountId,
                                                            bool removeItems)
{
    const auto removed = co_await onLibrary(&AccountTable::remove, platform, accountId, removeItems);
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

QCoro::Task<Result<void, SecretError>> AccountStore::writeTokens(Platform platform, const QString& accountId,
                                                                 const PlatformTokens& tokens)
{
    const SecretKey key = tokenKey(platform, accountId);
    const SecretStore::WriteResult written = co_await m_secrets->write(key, tokens.toJson());
    if (!written)
        co_return written.error();
    co_return {};
}

QCoro::Task<Result<void, SecretError>> AccountStore::removeTokens(Platform platform, const QString& accountId)
{
    const SecretKey key = tokenKey(platform, accountId);
    const SecretStore::WriteResult removed = co_await m_secrets->remove(key);
    if (!removed)
        co_return removed.error();
    co_return {};
}

} // namespace sv
