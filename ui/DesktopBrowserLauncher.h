#pragma once

#include "loopback/BrowserLauncher.h"

namespace sv {

/// Opens URLs with the desktop's default handler (QDesktopServices): the user's external browser
/// (RFC 8252: never an embedded view). The one desktop launcher of the UI: the views fall back to it when
/// they are given none, and the GUI hands it to the session and the billing flows.
class DesktopBrowserLauncher final : public BrowserLauncher
{
public:
    bool open(const QUrl& url) override;
};

} // namespace sv
