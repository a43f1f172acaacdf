#pragma once

#include "TestSupport.h"

#include <QDir>
#include <QString>
#include <QWidget>

namespace sv::test {

/// Saves what `widget` shows as <name>.png in $STREAMVIBE_SCREENSHOT_DIR, else <build dir>/screenshots.
inline bool saveScreenshot(QWidget& widget, const QString& name)
{
    QString dir = qEnvironmentVariable("STREAMVIBE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = buildPath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace sv::test
