#pragma once

#include <QString>

#include <functional>

namespace sv {

/// How a view that offers "Open the profile folder" (the Content page's error, the settings' Storage page)
/// opens a folder; the views take another one for tests.
using FolderOpener = std::function<bool(const QString& directory)>;

/// The one default: the desktop's file manager on the folder (QDesktopServices with its file URL).
bool openFolderOnDesktop(const QString& directory);

} // namespace sv
