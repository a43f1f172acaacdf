#include "CliContext.h"

#include "CliCommand.h"
#include "cache/LibraryCacheStore.h"
#include "library/LibraryDatabase.h"
#include "sync/SyncLedger.h"

#include <QDir>

#include <QCoro/QCoroTask>

namespace sv::cli {

QString oneLine(const QString& text)
{
    QString result;
    result.reserve(text.size());
    bool lastWasSpace = false;
    for (const QChar c : text) {
        // No-break spaces stay: French puts them inside « » and before : ; ! ? (translations).
        const bool noBreak = c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2007);
        const bool space = (c.isSpace() && !noBreak) || c.category() == QChar::Other_Control;
        if (space) {
            if (!lastWasSpace && !result.isEmpty())
                result.append(QLatin1Char(' '));
        } else {
            result.append(c);
        }
        lastWasSpace = space;
    }
    return result.trimmed();
}

CliContext::CliContext(QIODevice& stdoutDevice, QTextStream& out, QTextStream& err)
    : m_stdout(stdoutDevice)
    , m_out(out)
    , m_err(err)
{
}

QIODevice& CliContext::stdoutDevice()
{
    m_out.flush();
    return m_stdout;
}

QString CliContext::programName()
{
    return QStringLiteral("streamvibe-cli");
}

int CliContext::usageError(const QString& message)
{
    m_err << programName() << ": " << oneLine(message) << '\n';
    if (!m_usage.isEmpty())
        m_err << '\n' << m_usage;
    m_err.flush();
    return ExitUsage;
}

int CliContext::runtimeError(const QString& message)
{
    m_err << programName() << ": " << tr("error: %1").arg(oneLine(message)) << '\n';
    m_err.flush();
    return ExitRuntime;
}

void CliContext::warning(const QString& message)
{
    m_err << programName() << ": " << tr("warning: %1").arg(oneLine(message)) << '\n';
    m_err.flush();
}

Result<Profile, QString> CliContext::profile() const
{
    const Profile p = Profile::resolve(profileOption);
    if (!p.isValid())
        return p.error();
    return p;
}

Result<void, QString> CliContext::openLibrary(LibraryDatabase& db) const
{
    const auto p = profile();
    if (!p)
        return p.error();
    // Like the app's: the cache's table and sync's ledger attached to every open.
    LibraryCacheStore::attach(db);
    SyncLedger::attach(db);
    if (const auto opened = db.open(p->libraryPath()); !opened)
        return cannotOpenLibrary(*p, opened.error().message);
    return {};
}

QString CliContext::cannotOpenLibrary(const Profile& profile, const QString& reason)
{
    return tr("cannot open the library %1: %2").arg(QDir::toNativeSeparators(profile.libraryPath()), reason);
}

Result<AppConfig, AppConfigError> CliContext::config() const
{
    return AppConfig::load(configOption);
}

} // namespace sv::cli
