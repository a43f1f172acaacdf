#include "secrets/SecretStore.h"

#include "AwaitSignal.h"
#include "text/Redact.h"

#include <QCoro/QCoroTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <qt6keychain/keychain.h>

namespace sv {

Q_LOGGING_CATEGORY(lcSecrets, "streamvibe.secrets")

namespace {

bool looksLikeNoService(const QString& text)
{
    static const char* const markers[] = {
        "d-bus",
        "dbus",
        "autolaunch",
        "org.freedesktop.secrets",
        "serviceunknown",
        "could not connect",
        "not provided by any .service",
        "no such interface",
        "disconnected",
    };
    const QString lower = text.toLower();
    for (const char* marker : markers) {
        if (lower.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

/// The keyring's own error text goes to the debug log only (redacted); warnings carry the kind.
void logDetail(const SecretError& error)
{
    if (!error.detail.isEmpty())
        qCDebug(lcSecrets).noquote() << "keyring said:" << Redact::text(error.detail);
}

} // namespace

SecretStore::SecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    m_state->service = service;
}

QString SecretStore::service() const
{
    return m_state->service;
}

void SecretStore::setJobTimeout(std::chrono::milliseconds timeout)
{
    m_state->jobTimeout = timeout;
}

void SecretStore::setRetryDelay(std::chrono::milliseconds delay)
{
    m_state->retryDelay = delay;
}

QString SecretStore::probeKeyName()
{
    return QStringLiteral("streamvibe-lock-probe");
}

QCoro::Task<SecretStore::JobOutcome> SecretStore::runJob(StatePtr s, QKeychain::Job* job)
{
    job->setAutoDelete(false); // the job must outlive the suspension
    job->setInsecureFallback(false);
    // Connect before starting: a backend may finish the job synchronously inside start().
    auto finished = awaitSignal(job, &QKeychain::Job::finished, s->jobTimeout);
    job->start();
    const bool done = co_await std::move(finished);
    JobOutcome outcome;
    if (!done) {
        // The job may still finish (e.g. after an unlock prompt); let it delete itself then. Deleting it
        // now would leave QtKeychain's executor with a dangling job.
        job->setAutoDelete(true);
        outcome.timedOut = true;
        co_return outcome;
    }
    outcome.error = int(job->error());
    outcome.errorString = job->errorString();
    if (auto* readJob = qobject_cast<QKeychain::ReadPasswordJob*>(job);
        readJob && job->error() == QKeychain::NoError)
        outcome.data = readJob->binaryData();
    job->deleteLater();
    co_return outcome;
}

QCoro::Task<SecretStore::JobOutcome> SecretStore::readOnce(StatePtr s, QString key)
{
    auto* job = new QKeychain::ReadPasswordJob(s->service);
    job->setKey(key);
    co_return co_await runJob(s, job);
}

QCoro::Task<SecretStore::JobOutcome> SecretStore::writeOnce(StatePtr s, QString key, QByteArray value)
{
    auto* job = new QKeychain::WritePasswordJob(s->service);
    job->setKey(key);
    job->setBinaryData(value);
    co_return co_await runJob(s, job);
}

QCoro::Task<SecretStore::JobOutcome> SecretStore::removeOnce(StatePtr s, QString key)
{
    auto* job = new QKeychain::DeletePasswordJob(s->service);
    job->setKey(key);
    co_return co_await runJob(s, job);
}

SecretError SecretStore::toError(const State& s, const JobOutcome& outcome, bool probing)
{
    if (outcome.timedOut)
        return SecretError{SecretError::Kind::Timeout,
                           tr("no answer within %n ms", nullptr, int(s.jobTimeout.count()))};
    const QString& text = outcome.errorString;
    switch (static_cast<QKeychain::Error>(outcome.error)) {
    case QKeychain::NoError:
        return SecretError{SecretError::Kind::Other, text};
    case QKeychain::EntryNotFound:
        return SecretError{SecretError::Kind::NotFound, text};
    case QKeychain::AccessDeniedByUser:
        return SecretError{SecretError::Kind::AccessDenied, text};
    case QKeychain::AccessDenied:
        // libsecret reports SECRET_ERROR_IS_LOCKED as AccessDenied ("Cannot create an item in a locked
        // collection"). A refused probe write means the same thing.
        if (probing || SecretError::isLockedText(text))
            return SecretError{SecretError::Kind::Locked, text};
        return SecretError{SecretError::Kind::AccessDenied, text};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError{SecretError::Kind::NoService, text};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // gnome-keyring without an unlocked login keyring: "Object does not exist at path …/collection/login".
    if (SecretError::isLockedText(text))
        return SecretError{SecretError::Kind::Locked, text};
    if (looksLikeNoService(text))
        return SecretError{SecretError::Kind::NoService, text};
    return SecretError{SecretError::Kind::Other, text};
}

QCoro::Task<Result<void, SecretError>> SecretStore::probeForLock(StatePtr s)
{
    const QString probe = probeKeyName();
    const QByteArray value = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    const JobOutcome written = co_await writeOnce(s, probe, value);
    if (written.timedOut || written.error != QKeychain::NoError) {
        const SecretError error = toError(*s, written, /*probing=*/true);
        qCInfo(lcSecrets) << "keyring probe write failed:" << error.kindName();
        logDetail(error);
        co_return error;
    }
    const JobOutcome removed = co_await removeOnce(s, probe);
    if (removed.timedOut ||
        (removed.error != QKeychain::NoError && removed.error != QKeychain::EntryNotFound))
        qCWarning(lcSecrets) << "could not remove the keyring probe entry:"
                             << toError(*s, removed).kindName();
    co_return {};
}

QCoro::Task<std::optional<QByteArray>> SecretStore::takeLegacy(StatePtr s, SecretKey key)
{
    const QString name = key.toString();
    const QString legacy = key.legacyKey().toString();
    if (!key.hasLegacy() || s->legacyGone.contains(legacy))
        co_return std::nullopt;
    const JobOutcome old = co_await readOnce(s, legacy);
    if (old.timedOut || old.error != QKeychain::NoError) {
        if (old.timedOut || old.error != QKeychain::EntryNotFound)
            co_return std::nullopt;
        s->legacyGone.insert(legacy);
        // Another process may have moved it meanwhile: it writes the new entry before removing the old one.
        const JobOutcome again = co_await readOnce(s, name);
        if (!again.timedOut && again.error == QKeychain::NoError)
            co_return again.data;
        co_return std::nullopt;
    }
    const JobOutcome written = co_await writeOnce(s, name, old.data);
    if (written.timedOut || written.error != QKeychain::NoError) {
        // Usable now; moved on a later use.
        qCWarning(lcSecrets) << "could not move keyring entry" << legacy << "to" << name << ":"
                             << toError(*s, written).kindName();
        co_return old.data;
    }
    const JobOutcome removed = co_await removeOnce(s, legacy);
    if (removed.timedOut ||
        (removed.error != QKeychain::NoError && removed.error != QKeychain::EntryNotFound))
        qCWarning(lcSecrets) << "moved keyring entry" << legacy << "to" << name
                             << "but could not remove the old one:" << toError(*s, removed).kindName();
    else
        s->legacyGone.insert(legacy);
    qCInfo(lcSecrets) << "moved keyring entry" << legacy << "to" << name;
    co_return old.data;
}

QCoro::Task<> SecretStore::dropLegacy(StatePtr s, SecretKey key)
{
    const QString legacy = key.legacyKey().toString();
    if (!key.hasLegacy() || s->legacyGone.contains(legacy))
        co_return;
    const JobOutcome removed = co_await removeOnce(s, legacy);
    if (removed.timedOut ||
        (removed.error != QKeychain::NoError && removed.error != QKeychain::EntryNotFound))
        co_return; // tried again on the next write; removals always try
    if (removed.error == QKeychain::NoError)
        qCInfo(lcSecrets) << "removed the superseded keyring entry" << legacy;
    s->legacyGone.insert(legacy);
}

QCoro::Task<SecretStore::ReadResult> SecretStore::read(SecretKey key)
{
    return readWith(m_state, std::move(key));
}

QCoro::Task<SecretStore::ReadResult> SecretStore::readWith(StatePtr s, SecretKey key)
{
    if (!key.isValid())
        co_return SecretError{SecretError::Kind::Other, tr("invalid key")};
    const QString name = key.toString();
    JobOutcome outcome = co_await readOnce(s, name);
    const bool firstRead = !s->readAttempted;
    s->readAttempted = true;
    if (!outcome.timedOut && outcome.error != QKeychain::NoError) {
        const SecretError first = toError(*s, outcome);
        // The Secret Service may still be starting when the application reads its first secret
        // (D-Bus activation): retry that once. "Not found" and "locked" are answers, not hiccups.
        if (firstRead &&
            (first.kind == SecretError::Kind::NoService || first.kind == SecretError::Kind::Other)) {
            qCInfo(lcSecrets) << "first keyring read of" << name << "failed (" << first.kindName()
                              << "), retrying once";
            co_await QCoro::sleepFor(s->retryDelay);
            outcome = co_await readOnce(s, name);
        }
    }
    if (outcome.timedOut) {
        qCWarning(lcSecrets) << "keyring read of" << name << "timed out";
        co_return toError(*s, outcome);
    }
    if (outcome.error == QKeychain::NoError) {
        qCDebug(lcSecrets) << "read" << name;
        co_return outcome.data;
    }
    SecretError error = toError(*s, outcome);
    if (error.kind == SecretError::Kind::NotFound) {
        // A locked collection hides its items: rule that out before answering "not found".
        if (const auto probe = co_await probeForLock(s); !probe) {
            qCWarning(lcSecrets) << "keyring read of" << name << "failed:" << probe.error().kindName();
            co_return probe.error();
        }
        // Kept under the profile's former name by an earlier version: move it here.
        if (auto moved = co_await takeLegacy(s, key))
            co_return *moved;
        qCInfo(lcSecrets) << "no keyring entry for" << name;
        co_return error;
    }
    qCWarning(lcSecrets) << "keyring read of" << name << "failed:" << error.kindName();
    logDetail(error);
    co_return error;
}

QCoro::Task<SecretStore::WriteResult> SecretStore::write(SecretKey key, QByteArray value)
{
    return writeWith(m_state, std::move(key), std::move(value));
}

QCoro::Task<SecretStore::WriteResult> SecretStore::writeWith(StatePtr s, SecretKey key, QByteArray value)
{
    if (!key.isValid())
        co_return SecretError{SecretError::Kind::Other, tr("invalid key")};
    const QString name = key.toString();
    const JobOutcome outcome = co_await writeOnce(s, name, value);
    if (outcome.timedOut || outcome.error != QKeychain::NoError) {
        const SecretError error = toError(*s, outcome);
        qCWarning(lcSecrets) << "keyring write of" << name << "failed:" << error.kindName();
        logDetail(error);
        co_return error;
    }
    qCDebug(lcSecrets) << "wrote" << name;
    co_await dropLegacy(s, key);
    co_return WriteResult(Done{});
}

QCoro::Task<SecretStore::WriteResult> SecretStore::remove(SecretKey key)
{
    return removeWith(m_state, std::move(key));
}

QCoro::Task<SecretStore::WriteResult> SecretStore::removeWith(StatePtr s, SecretKey key)
{
    if (!key.isValid())
        co_return SecretError{SecretError::Kind::Other, tr("invalid key")};
    const QString name = key.toString();
    JobOutcome outcome = co_await removeOnce(s, name);
    // An entry of the earlier name goes too: it would otherwise be moved back on the next read.
    if (key.hasLegacy() && !outcome.timedOut &&
        (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        outcome = co_await removeOnce(s, key.legacyKey().toString());
    if (outcome.timedOut ||
        (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)) {
        const SecretError error = toError(*s, outcome);
        qCWarning(lcSecrets) << "keyring removal of" << name << "failed:" << error.kindName();
        logDetail(error);
        co_return error;
    }
    // The Secret Service skips locked items silently: make sure the removal really happened.
    if (const auto probe = co_await probeForLock(s); !probe) {
        qCWarning(lcSecrets) << "keyring removal of" << name << "failed:" << probe.error().kindName();
        co_return probe.error();
    }
    qCDebug(lcSecrets) << "removed" << name;
    co_return WriteResult(Done{});
}

} // namespace sv
