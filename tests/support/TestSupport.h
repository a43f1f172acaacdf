#pragma once

#include <QString>
#include <QTemporaryDir>

namespace sv::test {

/// Absolute path of a file under tests/data.
QString dataPath(const QString& relative);
/// Absolute path of a built target's executable in the build tree, e.g. "app/cli/streamvibe-cli".
QString buildPath(const QString& relative);
/// How many descriptors process `pid` holds open on `file` (links in /proc/<pid>/fd pointing at it).
int openDescriptors(qint64 pid, const QString& file);

} // namespace sv::test
