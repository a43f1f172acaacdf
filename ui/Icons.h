#pragma once

#include "Platform.h"

#include <QIcon>

namespace sv {

/// The application's own artwork, compiled into the binary from resources/streamvibe.qrc.
class Icons
{
public:
    /// Registers the compiled-in resources; safe to call more than once.
    static void initResources();

    static QIcon application();
    static QIcon platform(Platform platform);
    /// A file under resources/icons, by base name ("nav-content", "state-error", ...).
    static QIcon named(const QString& baseName);
};

} // namespace sv
