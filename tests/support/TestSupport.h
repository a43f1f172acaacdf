#pragma once

#include <QString>
#include <QTemporaryDir>

namespace sv::test {

/// Absolute path of a file under tests/data.
QString dataPath(const QString& relative);
/// Absolute path of a built target's executable in the build tree, e.g. "app/cli/streamvibe-cli".
QString buildPath(const QString& relative);

/// Empty when shortened `text` shows `cluster` (one user-perceived character) properly: `text` survives
/// UTF-8 unchanged (no half surrogate pair, which prints as "?") and holds `cluster` whole or not at all.
/// Otherwise what is wrong, for QVERIFY2.
QString brokenCharacter(const QString& text, const QString& cluster);

} // namespace sv::test
