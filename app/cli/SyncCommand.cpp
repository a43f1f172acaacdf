#include "SyncCommand.h"

#include "CliContext.h"
#include "CliSession.h"
#include "billing/BillingService.h"
#include "library/LibraryService.h"
#include "platforms/PlatformConnector.h"
#include "sync/AccountStore.h"
#include "sync/SyncManager.h"
#include "sync/UsageReporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoro/QCoroTask>

namespace sv::cli {

SyncCliServices::SyncCliServices(CliContext& context)
    : m_context(context)
{
}

SyncCliServices::~SyncCliServices()
{
    // Jobs and connectors use the session's HTTP client and the library: they go first.
    m_manager.reset();
    m_billing.reset();
    m_reporter.reset();
    m_store.reset();
    m_session.reset();
}

LibraryService& SyncCliServices::library()
{
    return *m_session->library();
}

std::optional<QString> SyncCliServices::parsePlatforms(const QStringList& words, QList<Platform>* platforms)
{
    for (const QString& word : words) {
        const auto p = platformFromId(word.toLower());
        if (!p) {
            QStringList ids;
            for (const Platform known : allPlatforms())
                ids.append(platformId(known));
            return tr("unknown platform '%1' (use %2)").arg(word, ids.join(QStringLiteral(", ")));
        }
        if (!platforms->contains(*p))
            platforms->append(*p);
    }
    return std::nullopt;
}

std::optional<QString> SyncCliServices::init()
{
    m_session = std::make_unique<CliSession>(m_context);
    if (auto error = m_session->init())
        return error;
    if (auto error = QCoro::waitFor(m_session->requireSignedIn()))
        return error;
    if (auto error = m_session->openLibrary())
        return error;
    m_store = std::make_unique<AccountStore>(m_session->library(), &m_session->secrets(),
                                             m_session->profile().secretScope());
    m_reporter = std::make_unique<UsageReporter>(m_store.get(), &m_session->backend());
    CliSession* session = m_session.get();
    m_manager = std::make_unique<SyncManager>(m_store.get(), m_reporter.get(), [session](Platform p) {
        return makeConnector(p, session->config(), &session->http(), &session->backend());
    });
    if (LayeredCache* cache = m_session->cache()) {
        m_billing = std::make_unique<BillingService>(&m_session->backend(), cache);
        m_billing->setUserId(m_session->session().user().id);
        m_manager->setBilling(m_billing.get());
    }
    if (auto error = QCoro::waitFor(m_manager->reloadAccounts()))
        return error->message;
    return std::nullopt;
}

QString SyncCommand::name() const
{
    return QStringLiteral("sync");
}

QString SyncCommand::summary() const
{
    return tr("Fetch new items of the connected accounts into the library.");
}

CommandSpec SyncCommand::spec(const QString&) const
{
    CommandSpec s;
    s.usage = tr("sync [options] [PLATFORM...]");
    s.description =
        tr("Syncs the connected accounts of the named platforms (all connected accounts when none is named): "
           "new items are added, known ones updated, and the statistics of recent items refreshed. Progress "
           "is printed to standard error, one line per page. The new items are counted against your plan "
           "(beyond the quota they are billed as overage). The exit status is 2 if any sync failed.");
    s.arguments = {{tr("PLATFORM"), tr("youtube, instagram or tiktok.")}};
    s.options = {
        QCommandLineOption(QStringList{QStringLiteral("json")}, tr("Print the summary as a JSON document."))};
    return s;
}

int SyncCommand::run(CliContext& context, const QString&)
{
    QList<Platform> platforms;
    if (auto error = SyncCliServices::parsePlatforms(context.args().positionalArguments(), &platforms))
        return context.usageError(*error);
    SyncCliServices services(context);
    if (auto error = services.init())
        return context.runtimeError(*error);
    SyncManager& manager = services.manager();
    if (platforms.isEmpty() && manager.accounts().isEmpty())
        return context.runtimeError(
            tr("no account is connected: run “%1 connect PLATFORM” first.").arg(CliContext::programName()));

    // The [sync] timeouts of the configuration bound a platform that does not answer.
    manager.setOptions(SyncOptions::fromConfig(services.session().config()));
    QObject guard;
    QObject::connect(&manager, &SyncManager::syncProgress, &guard,
                     [&context](Platform p, const SyncProgress& progress) {
                         if (!progress.retryNotice.isEmpty()) {
                             // Waiting to retry a request or a page: say why and for how long.
                             context.err() << platformId(p) << ": " << progress.retryNotice << '\n';
                             context.err().flush();
                             return;
                         }
                         QString line = tr("%1: page %2, %3 items (%4 new)")
                                            .arg(platformId(p))
                                            .arg(progress.pages)
                                            .arg(progress.items)
                                            .arg(progress.newItems);
                         if (progress.totalItems)
                             line += QLatin1Char(' ') + tr("of about %1").arg(*progress.totalItems);
                         context.err() << line << '\n';
                         context.err().flush();
                     });
    QObject::connect(&manager, &SyncManager::syncNotice, &guard,
                     [&context](Platform p, const QString& message) {
                         context.warning(platformId(p) + QStringLiteral(": ") + message);
                         context.err().flush();
                     });
    const QList<SyncOutcome> outcomes = QCoro::waitFor(manager.syncAndWait(platforms));

    bool failed = false;
    for (const SyncOutcome& o : outcomes)
        failed = failed || !o.succeeded();
    if (context.args().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SyncOutcome& o : outcomes)
            list.append(o.toJson());
        context.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("syncs"), list}}).toJson(QJsonDocument::Indented));
    } else {
        for (const SyncOutcome& o : outcomes) {
            const QString name = platformDisplayName(o.platform);
            if (o.succeeded())
                context.out() << tr("%1: %n new item(s), %2 in the library.", nullptr,
                                    int(o.progress.newItems))
                                     .arg(name)
                                     .arg(o.itemCount)
                              << '\n';
            else if (o.status == SyncOutcome::Status::Cancelled)
                context.out() << tr("%1: cancelled.").arg(name) << '\n';
            else
                context.out() << tr("%1: failed: %2").arg(name, oneLine(o.errorMessage)) << '\n';
        }
    }
    for (const SyncOutcome& o : outcomes) {
        if (!o.succeeded() && o.status != SyncOutcome::Status::Cancelled) {
            context.err()
                << CliContext::programName() << ": "
                << tr("error: %1 sync failed: %2").arg(platformId(o.platform), oneLine(o.errorMessage))
                << '\n';
            if (o.reconnectNeeded)
                context.err() << tr("Run “%1 connect %2” to reconnect the account.")
                                     .arg(CliContext::programName(), platformId(o.platform))
                              << '\n';
        }
    }
    return failed ? ExitRuntime : ExitOk;
}

} // namespace sv::cli
