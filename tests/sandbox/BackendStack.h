#pragma once

#include <QHash>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

namespace sv::sandbox {

/// The local stack behind the sandbox: PostgreSQL with the migrations, the Stripe stand-in and the Edge
/// Functions, run by tests/supabase/local-stack.sh as this process's child (docs/BACKEND.md, "Testing
/// locally").
///
///     BackendStack stack;
///     if (!stack.start()) { qCritical() << stack.errorString(); }
///     QUrl functions = stack.functionsUrl();   // http://127.0.0.1:PORT, functions at /functions/v1/<name>
///
/// start() waits, spinning a local event loop and within Options::startTimeoutMs, until the script has
/// written its env file (each process answers by then) or has exited. The script gets --parent-pid (this
/// process) and stops the stack by itself if this process dies; the destructor stops it (SIGTERM, then a
/// kill if it has not stopped in time). Its state (which processes and cluster each start runs, so that a
/// start removes what a killed one left behind) is kept in Options::stateDir.
class BackendStack
{
public:
    struct Options
    {
        QString script;              ///< default: the source tree's tests/supabase/local-stack.sh
        QString stateDir;            ///< default: defaultStateDir()
        QString jwtSecret;           ///< --jwt-secret (empty: the script makes one at each start)
        QString publicUrl;           ///< --public-url: the URL the app reaches the functions at (the gateway)
        int startTimeoutMs = 180000; ///< the first start on a machine downloads the npm modules
        int stopTimeoutMs = 15000;
    };

    BackendStack();
    explicit BackendStack(Options options);
    ~BackendStack();
    BackendStack(const BackendStack&) = delete;
    BackendStack& operator=(const BackendStack&) = delete;

    /// The runtime directory (else the temp directory) + "/streamvibe-stack".
    static QString defaultStateDir();
    /// The values of an env file (`NAME=value` lines; `export `, quotes, blank lines and `#` comments
    /// allowed); nullopt with the reason in `error` when it cannot be read.
    static std::optional<QHash<QString, QString>> readEnv(const QString& path, QString* error);

    /// Starts the stack and waits until it answers. False (see errorString()) if it could not.
    bool start();
    /// Stops the stack (SIGTERM, waits up to Options::stopTimeoutMs, then kills the script).
    void stop();
    bool isRunning() const;
    QString errorString() const;
    /// The script's process id (0 when not running).
    qint64 processId() const;
    QString stateDir() const;
    /// The env file the script wrote (NAME=value lines; `streamvibe-sandbox --backend-env` reads it).
    QString envFile() const;

    /// A value of the env file (SUPABASE_DB_URL, FUNCTIONS_URL, STRIPE_API_BASE, STRIPE_SECRET_KEY,
    /// JWT_SECRET, ANON_KEY, SERVICE_ROLE_KEY); empty when absent.
    QString value(const QString& key) const;
    QString databaseUrl() const { return value(QStringLiteral("SUPABASE_DB_URL")); }
    QUrl functionsUrl() const { return QUrl(value(QStringLiteral("FUNCTIONS_URL"))); }
    QUrl stripeApiBase() const { return QUrl(value(QStringLiteral("STRIPE_API_BASE"))); }
    QString stripeSecretKey() const { return value(QStringLiteral("STRIPE_SECRET_KEY")); }
    QString jwtSecret() const { return value(QStringLiteral("JWT_SECRET")); }
    QString anonKey() const { return value(QStringLiteral("ANON_KEY")); }
    QString serviceRoleKey() const { return value(QStringLiteral("SERVICE_ROLE_KEY")); }

private:
    bool readEnvFile();

    Options m_options;
    QProcess m_process;
    QMetaObject::Connection m_forward;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_values;
    QByteArray m_output;
    QString m_error;
};

} // namespace sv::sandbox
