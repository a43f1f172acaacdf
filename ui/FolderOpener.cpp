#include "FolderOpener.h"

#include <QDesktopServices>
#include <QUrl>

namespace sv {

bool openFolderOnDesktop(const QString& directory)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(directory));
}

} // namespace sv
