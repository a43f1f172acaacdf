#pragma once

#include "CliCommand.h"

#include "Platform.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace sv {
class AccountStore;
class BillingService;
class LibraryService;
class SyncManager;
class UsageReporter;
} // namespace sv

namespace sv::cli {

class CliSession;

/// What connect, disconnect and sync share: the signed-in backend session (CliSession) with the profile's
/// library behind its LibraryService (SQL on its worker thread; the cache uses the same connection), the
/// account store, the usage reporter and the sync manager with the platform connectors. A sync that reports
/// usage drops the subscription and usage history cached in the profile's cache, so `usage` right after
/// `sync` shows the new figures.
class SyncCliServices
{
    Q_DECLARE_TR_FUNCTIONS(SyncCliServices)

public:
    explicit SyncCliServices(CliContext& context);
    ~SyncCliServices();
    SyncCliServices(const SyncCliServices&) = delete;
    SyncCliServices& operator=(const SyncCliServices&) = delete;

    /// Signs in from the keychain and opens the library; the user-facing error otherwise.
    std::optional<QString> init();

    CliSession& session() { return *m_session; }
    LibraryService& library();
    AccountStore& store() { return *m_store; }
    UsageReporter& reporter() { return *m_reporter; }
    SyncManager& manager() { return *m_manager; }

    /// Parses platform ids ("youtube", "instagram", "tiktok"); the usage error message otherwise.
    static std::optional<QString> parsePlatforms(const QStringList& words, QList<Platform>* platforms);

private:
    CliContext& m_context;
    /// Also holds the library: one connection for the jobs, the accounts and the cache.
    std::unique_ptr<CliSession> m_session;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<UsageReporter> m_reporter;
    std::unique_ptr<BillingService> m_billing; ///< only to drop the cached quota figures after a sync
    std::unique_ptr<SyncManager> m_manager;
};

/// `sync [PLATFORM...] [--json]`: syncs the connected accounts (all when none is named). Progress goes to
/// stderr, one line per committed page; the summary to stdout (text or JSON).
class SyncCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override;
    QString summary() const override;
    CommandSpec spec(const QString& action) const override;
    int run(CliContext& context, const QString& action) override;
};

} // namespace sv::cli
