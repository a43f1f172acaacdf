#pragma once

#include "loopback/BrowserLauncher.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace sv {

/// A BrowserLauncher for headless and terminal programs: honours $BROWSER (a ':'-separated list of
/// commands, tried in order; "%s" in a command is replaced by the URL, otherwise the URL is appended;
/// "%%" is a literal '%'), then falls back to xdg-open. Commands are split like a shell would split them
/// (quotes honoured) but never run through a shell, so the URL cannot inject anything. The process is
/// started detached.
class EnvBrowserLauncher : public BrowserLauncher
{
public:
    /// Starts `program` with `arguments` detached; returns whether it could be started.
    using Starter = std::function<bool(const QString& program, const QStringList& arguments)>;

    EnvBrowserLauncher();
    /// For tests: a custom environment and process starter.
    EnvBrowserLauncher(QProcessEnvironment environment, Starter starter);

    bool open(const QUrl& url) override;

    /// The commands open() would try for `url`, in order: each entry is program followed by arguments.
    QList<QStringList> candidates(const QUrl& url) const;

private:
    QProcessEnvironment m_environment;
    Starter m_starter;
};

} // namespace sv
