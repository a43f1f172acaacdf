#include "DesktopBrowserLauncher.h"

#include <QDesktopServices>

namespace sv {

bool DesktopBrowserLauncher::open(const QUrl& url)
{
    return QDesktopServices::openUrl(url);
}

} // namespace sv
