#include "loopback/EnvBrowserLauncher.h"

#include <QLoggingCategory>
#include <QProcess>

namespace sv {

Q_LOGGING_CATEGORY(lcBrowser, "streamvibe.auth.browser")

namespace {

/// Replaces "%s" by the URL and "%%" by '%' in one argument; reports whether "%s" occurred.
QString substitute(const QString& argument, const QString& url, bool& used)
{
    QString out;
    out.reserve(argument.size() + url.size());
    for (qsizetype i = 0; i < argument.size(); ++i) {
        const QChar c = argument.at(i);
        if (c == QLatin1Char('%') && i + 1 < argument.size()) {
            const QChar next = argument.at(i + 1);
            if (next == QLatin1Char('s')) {
                out += url;
                used = true;
                ++i;
                continue;
            }
            if (next == QLatin1Char('%')) {
                out += QLatin1Char('%');
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

EnvBrowserLauncher::EnvBrowserLauncher()
    : EnvBrowserLauncher(QProcessEnvironment::systemEnvironment(),
                         [](const QString& program, const QStringList& args) {
                             return QProcess::startDetached(program, args);
                         })
{
}

EnvBrowserLauncher::EnvBrowserLauncher(QProcessEnvironment environment, Starter starter)
    : m_environment(std::move(environment))
    , m_starter(std::move(starter))
{
}

QList<QStringList> EnvBrowserLauncher::candidates(const QUrl& url) const
{
    const QString target = url.toString(QUrl::FullyEncoded);
    QList<QStringList> result;
    const QString browser = m_environment.value(QStringLiteral("BROWSER"));
    for (const QString& entry : browser.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        QStringList parts = QProcess::splitCommand(entry.trimmed());
        if (parts.isEmpty())
            continue;
        bool used = false;
        for (QString& part : parts)
            part = substitute(part, target, used);
        if (!used)
            parts.append(target);
        result.append(parts);
    }
    result.append({QStringLiteral("xdg-open"), target});
    return result;
}

bool EnvBrowserLauncher::open(const QUrl& url)
{
    for (const QStringList& command : candidates(url)) {
        const QString program = command.first();
        if (m_starter(program, command.mid(1))) {
            // The URL carries a state and a PKCE challenge, not a secret, but there is no need to log it.
            qCInfo(lcBrowser) << "opened the sign-in page with" << program;
            return true;
        }
        qCInfo(lcBrowser) << "could not start" << program;
    }
    qCWarning(lcBrowser) << "no browser could be started";
    return false;
}

} // namespace sv
