#pragma once

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace sv::test {

/// How to run a program on a private D-Bus session whose gnome-keyring was started but never unlocked: no
/// login keyring is open and no unlock prompt can be shown (gnome-keyring then answers "Object does not exist
/// at path …/collection/login"). HOME and the XDG directories are fresh ones under `home`.
struct KeyringCommand
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
};
KeyringCommand
underUnopenedKeyring(const QTemporaryDir& home, const QString& program, const QStringList& arguments,
                     QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

/// Absolute path of a file under tests/data.
QString dataPath(const QString& relative);
/// Absolute path of a built target's executable in the build tree, e.g. "app/cli/streamvibe-cli".
QString buildPath(const QString& relative);
/// How many descriptors process `pid` holds open on `file` (links in /proc/<pid>/fd pointing at it).
int openDescriptors(qint64 pid, const QString& file);

/// Empty when shortened `text` shows `cluster` (one user-perceived character) properly: `text` survives
/// UTF-8 unchanged (no half surrogate pair, which prints as "?") and holds `cluster` whole or not at all.
/// Otherwise what is wrong, for QVERIFY2.
QString brokenCharacter(const QString& text, const QString& cluster);

/// Whether the current test function of `testObject` runs in this process's shard. A long test class
/// registered with `streamvibe_add_test(... SHARDS n)` runs as n ctest entries side by side, entry i with
/// STREAMVIBE_TEST_SHARD=i/n running every n-th test function (by declaration order, from 1); without that
/// variable every function runs. Call it through SV_SKIP_OTHER_SHARDS() in the class's init().
bool inThisShard(const QObject* testObject);

} // namespace sv::test

/// In a test class's init(): skips the test function when another shard runs it (test::inThisShard()).
#define SV_SKIP_OTHER_SHARDS()                                                                               \
    do {                                                                                                     \
        if (!::sv::test::inThisShard(this))                                                                  \
            QSKIP("runs in another shard of this test class");                                               \
    } while (false)
