#pragma once

#include <QString>
#include <QTemporaryDir>

namespace sv::test {

/// Absolute path of a file under tests/data.
QString dataPath(const QString& relative);
/// Absolute path of a built target's executable in the build tree, e.g. "app/cli/streamvibe-cli".
QString buildPath(const QString& relative);

} // namespace sv::test
