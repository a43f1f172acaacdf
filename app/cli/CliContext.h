#pragma once

#include "config/AppConfig.h"
#include "config/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QTextStream>

#include "Result.h"

namespace sv {
class LibraryDatabase;
} // namespace sv

namespace sv::cli {

/// What a running command sees: its parsed command line, the global options, the output streams,
/// and the shared ways to fail and to reach the profile, the library and the configuration.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    /// `stdoutDevice` is what `out` writes to; binary output (exports) goes to it directly.
    CliContext(QIODevice& stdoutDevice, QTextStream& out, QTextStream& err);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    /// Standard output as a device, with out() flushed first so the two never interleave.
    QIODevice& stdoutDevice();

    /// The command's parsed command line (global options included).
    const QCommandLineParser& args() const { return *m_parser; }
    void setArgs(const QCommandLineParser* parser) { m_parser = parser; }
    /// The usage shown with a usage error.
    void setUsage(const QString& usage) { m_usage = usage; }

    /// --profile DIR, empty when not given.
    QString profileOption;
    /// --config FILE, empty when not given.
    QString configOption;

    /// Prints "streamvibe-cli: MESSAGE" and the usage to stderr; returns ExitUsage.
    int usageError(const QString& message);
    /// Prints "streamvibe-cli: error: MESSAGE" on one line to stderr; returns ExitRuntime.
    int runtimeError(const QString& message);
    /// Prints "streamvibe-cli: warning: MESSAGE" on one line to stderr.
    void warning(const QString& message);

    /// The profile from --profile, $STREAMVIBE_PROFILE or the default; the error if it cannot be made.
    Result<Profile, QString> profile() const;
    /// Opens the profile's library; the error message if it cannot.
    Result<void, QString> openLibrary(LibraryDatabase& db) const;
    /// The effective configuration from --config, $STREAMVIBE_CONFIG or the XDG files.
    Result<AppConfig, AppConfigError> config() const;

    static QString programName();
    /// "cannot open the library FILE: REASON".
    static QString cannotOpenLibrary(const Profile& profile, const QString& reason);

private:
    QIODevice& m_stdout;
    QTextStream& m_out;
    QTextStream& m_err;
    const QCommandLineParser* m_parser = nullptr;
    QString m_usage;
};

/// Replaces line breaks and other control characters so that a message stays on one line.
QString oneLine(const QString& text);

} // namespace sv::cli
