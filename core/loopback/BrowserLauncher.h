#pragma once

#include <QUrl>

namespace sv {

/// Opens a URL in the user's external browser (RFC 8252 §8.12: never an embedded web view).
/// The GUI implements it with QDesktopServices; the CLI uses EnvBrowserLauncher.
class BrowserLauncher
{
public:
    virtual ~BrowserLauncher() = default;
    /// Returns false if no browser could be started; the caller then shows the link for the user to copy.
    virtual bool open(const QUrl& url) = 0;
};

} // namespace sv
