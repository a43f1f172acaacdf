#pragma once

#include "Result.h"
#include "secrets/SecretError.h"
#include "secrets/SecretKey.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QString>

#include <QCoro/QCoroTask>

#include <chrono>
#include <memory>
#include <optional>

namespace QKeychain {
class Job;
}

namespace sv {

/// The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) through
/// QtKeychain, awaited with QCoro so the caller's thread never blocks.
///
/// - Never falls back to an insecure store: no file, no QSettings (QtKeychain's insecure fallback is off).
/// - Every job has a timeout: a keyring waiting on an unlock prompt nobody answers yields Timeout.
/// - A locked Secret Service collection answers reads with "not found"; the store tells the two apart by
///   probing with a throw-away write, so a locked keyring is reported as Locked, never as "signed out".
/// - The first read failure (service still starting) is retried once; "not found" is not retried.
/// - Migration (SecretKey::legacyProfile): a read that finds nothing under the key moves the entry of the
///   legacy key to it (written first, then the old one removed, so a concurrent reader finds one or the
///   other); a write removes a legacy entry left behind; a removal removes both, so no token is orphaned
///   or brought back.
/// - Only key names are logged, never values.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    /// The success value of write() and remove(). (Not std::monostate: QCoro 0.8 stores results in a
    /// std::variant<std::monostate, T, ...>, so a co_returned monostate would be taken for "no result".)
    struct Done
    {
    };
    using ReadResult = Result<QByteArray, SecretError>;
    using WriteResult = Result<Done, SecretError>;

    static constexpr std::chrono::milliseconds DefaultJobTimeout{10'000};
    static constexpr std::chrono::milliseconds DefaultRetryDelay{500};

    /// `service` is the keychain service name ("server" attribute on the Secret Service).
    explicit SecretStore(const QString& service = QStringLiteral("StreamVibe"), QObject* parent = nullptr);

    QString service() const;
    void setJobTimeout(std::chrono::milliseconds timeout);
    void setRetryDelay(std::chrono::milliseconds delay);

    /// An operation runs to its end also when the store is destroyed meanwhile (the app quits while the
    /// keychain has not answered yet): it holds the store's state, not the store.
    QCoro::Task<ReadResult> read(SecretKey key);
    QCoro::Task<WriteResult> write(SecretKey key, QByteArray value);
    /// Removing an entry that does not exist succeeds. A locked keyring yields Locked, so a sign-out never
    /// silently leaves a token behind.
    QCoro::Task<WriteResult> remove(SecretKey key);

    /// The key of the throw-away entry used to detect a locked keyring.
    static QString probeKeyName();

private:
    /// What the operations use, shared by the store and every operation in flight. The operations are
    /// static: none holds `this` across a suspension.
    struct State
    {
        QString service;
        std::chrono::milliseconds jobTimeout = DefaultJobTimeout;
        std::chrono::milliseconds retryDelay = DefaultRetryDelay;
        bool readAttempted = false;
        /// Legacy keys known to be gone (moved or absent): not looked up again by this store.
        QSet<QString> legacyGone;
    };
    using StatePtr = std::shared_ptr<State>;

    struct JobOutcome
    {
        bool timedOut = false;
        int error = 0; // QKeychain::Error
        QString errorString;
        QByteArray data;
    };

    static QCoro::Task<JobOutcome> runJob(StatePtr s, QKeychain::Job* job);
    static QCoro::Task<JobOutcome> readOnce(StatePtr s, QString key);
    static QCoro::Task<JobOutcome> writeOnce(StatePtr s, QString key, QByteArray value);
    static QCoro::Task<JobOutcome> removeOnce(StatePtr s, QString key);
    /// Success if the keyring accepts writes; Locked if it refuses them as locked; another error otherwise.
    static QCoro::Task<Result<void, SecretError>> probeForLock(StatePtr s);
    /// Moves the entry under key.legacyKey() to `key`; its value, or nullopt when there is none.
    static QCoro::Task<std::optional<QByteArray>> takeLegacy(StatePtr s, SecretKey key);
    /// Best effort: removes what is left under key.legacyKey() once `key` holds the current value.
    static QCoro::Task<> dropLegacy(StatePtr s, SecretKey key);
    static QCoro::Task<ReadResult> readWith(StatePtr s, SecretKey key);
    static QCoro::Task<WriteResult> writeWith(StatePtr s, SecretKey key, QByteArray value);
    static QCoro::Task<WriteResult> removeWith(StatePtr s, SecretKey key);
    static SecretError toError(const State& s, const JobOutcome& outcome, bool probing = false);

    StatePtr m_state;
};

} // namespace sv
