#include "secrets/SecretStore.h"

#include "TestSupport.h"

#include <QCoro/QCoroTask>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace std::chrono_literals;
using sv::SecretError;
using sv::SecretKey;
using sv::SecretStore;

namespace {

constexpr const char* kChildSwitch = "STREAMVIBE_SECRETSTORE_NO_SERVICE_CHILD";

template <typename T>
T awaitTask(QCoro::Task<T> task)
{
    std::optional<T> result;
    auto wrapper = [&]() -> QCoro::Task<> {
        result.emplace(co_await task);
    };
    QCoro::waitFor(wrapper());
    return std::move(*result);
}

QStringList* g_log = nullptr;

void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    if (g_log)
        g_log->append(message);
}

struct ProcessResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs a program to completion on the event loop (no blocking waits).
ProcessResult run(const QString& program, const QStringList& args, const QProcessEnvironment& env = {},
                  int timeoutMs = 30000)
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted(10000))
        return result;
    result.finished = finished.wait(timeoutMs);
    if (!result.finished) {
        process.kill();
        finished.wait(5000);
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray uniqueValue(const char* prefix)
{
    return QByteArray(prefix) + '-' + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
}

/// Files under the test's HOME and XDG directories that contain `needle`.
QStringList filesContaining(const QByteArray& needle)
{
    QStringList roots{QDir::homePath()};
    for (const char* var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = qEnvironmentVariable(var);
        if (!dir.isEmpty())
            roots.append(dir);
    }
    QStringList hits;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.size() > 50 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            if (file.readAll().contains(needle))
                hits.append(path);
        }
    }
    return hits;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            return;
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (streamvibe_add_test KEYRING)");
    }

    void keyFormatAndEscaping()
    {
        QCOMPARE((SecretKey{QStringLiteral("default"), QStringLiteral("supabase"),
                            QStringLiteral("refresh_token")})
                     .toString(),
                 QStringLiteral("default/supabase/refresh_token"));
        const SecretKey a{QStringLiteral("a/b"), QStringLiteral("c"), QStringLiteral("d")};
        const SecretKey b{QStringLiteral("a"), QStringLiteral("b/c"), QStringLiteral("d")};
        QVERIFY(a.toString() != b.toString());
        QCOMPARE(a.toString(), QStringLiteral("a%2Fb/c/d"));
        QCOMPARE((SecretKey{QStringLiteral("a%2Fb"), QStringLiteral("c"), QStringLiteral("d")}).toString(),
                 QStringLiteral("a%252Fb/c/d"));
        QVERIFY(!(SecretKey{QString(), QStringLiteral("c"), QStringLiteral("d")}).isValid());
    }

    /// Issue 13, defect 9: the keyring's technical texts for a locked keyring map to Locked, whose message
    /// is the translated sentence (never the text itself).
    void lockedKeyringTextsMapToLocked()
    {
        const QString unopened = QStringLiteral(
            "Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d");
        QVERIFY(SecretError::isLockedText(unopened));
        QVERIFY(SecretError::isLockedText(QStringLiteral("Cannot create an item in a locked collection")));
        QVERIFY(!SecretError::isLockedText(QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")));
        QVERIFY(!SecretError::isLockedText(QStringLiteral("Unknown error")));
        QVERIFY(!SecretError::isLockedText(QStringLiteral("Entry not found")));
        const SecretError e{SecretError::Kind::Locked, unopened};
        QVERIFY(e.message().contains(QStringLiteral("The keyring is locked")));
        QVERIFY(!e.message().contains(QStringLiteral("Object does not exist")));
        QVERIFY(!e.message().contains(QStringLiteral("/org/freedesktop")));
    }

    /// Issue 13, defect 5: an entry kept under a profile's former name (legacy key) is moved to the new key
    /// on first read, a write removes a legacy entry left behind, and a removal removes both.
    void legacyEntriesAreMovedOnFirstUse()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("parent-only test");
        SecretStore earlier;
        const SecretKey old{QStringLiteral("pA"), QStringLiteral("supabase"), QStringLiteral("session")};
        const QByteArray value = uniqueValue("legacy");
        QVERIFY(awaitTask(earlier.write(old, value)).hasValue());

        SecretStore store;
        const sv::SecretScope scope(QStringLiteral("6f1f4a2e-0000-4000-8000-000000000001"),
                                    QStringLiteral("pA"));
        const SecretKey key = scope.key(QStringLiteral("supabase"), QStringLiteral("session"));
        QCOMPARE(key.legacyKey(), old);
        QCOMPARE(awaitTask(store.read(key)).value(), value);
        QCOMPARE(awaitTask(earlier.read(old)).error().kind, SecretError::Kind::NotFound); // moved, not copied
        QCOMPARE(awaitTask(earlier.read(SecretKey{key.profile, key.account, key.kind})).value(), value);
        // Another profile of the same former name finds nothing (the entry had one owner: the first to use
        // it).
        const sv::SecretScope other(QStringLiteral("6f1f4a2e-0000-4000-8000-000000000002"),
                                    QStringLiteral("pA"));
        QCOMPARE(
            awaitTask(SecretStore().read(other.key(QStringLiteral("supabase"), QStringLiteral("session"))))
                .error()
                .kind,
            SecretError::Kind::NotFound);

        // A legacy entry written back by an earlier version meanwhile is dropped by the next write ...
        QVERIFY(awaitTask(earlier.write(old, "stale")).hasValue());
        SecretStore later;
        QVERIFY(awaitTask(later.write(key, "current")).hasValue());
        QCOMPARE(awaitTask(earlier.read(old)).error().kind, SecretError::Kind::NotFound);
        // ... and by a removal, which must never leave a token that a read would bring back.
        QVERIFY(awaitTask(earlier.write(old, "stale")).hasValue());
        QVERIFY(awaitTask(SecretStore().remove(key)).hasValue());
        QCOMPARE(awaitTask(earlier.read(old)).error().kind, SecretError::Kind::NotFound);
        QCOMPARE(awaitTask(SecretStore().read(key)).error().kind, SecretError::Kind::NotFound);
    }

    void invalidKeyIsRefused()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("parent-only test");
        SecretStore store;
        const auto result =
            awaitTask(store.write(SecretKey{QStringLiteral("p"), QString(), QStringLiteral("k")}, "v"));
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().kind, SecretError::Kind::Other);
    }

    void writeReadRemoveRoundTrip()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("parent-only test");
        SecretStore store;
        const SecretKey key{QStringLiteral("default"), QStringLiteral("supabase"),
                            QStringLiteral("refresh_token")};
        const QByteArray value = uniqueValue("refresh");
        QVERIFY(awaitTask(store.write(key, value)).hasValue());
        const auto read = awaitTask(store.read(key));
        QVERIFY2(read.hasValue(), read.hasValue() ? "" : qPrintable(read.error().message()));
        QCOMPARE(read.value(), value);

        QVERIFY(awaitTask(store.remove(key)).hasValue());
        const auto gone = awaitTask(store.read(key));
        QVERIFY(!gone.hasValue());
        QCOMPARE(gone.error().kind, SecretError::Kind::NotFound);
        QVERIFY(!gone.error().message().isEmpty());
        // Removing what is not there is not an error (sign-out twice).
        QVERIFY(awaitTask(store.remove(key)).hasValue());
    }

    // Quitting while the keychain has not answered yet (a session restore at start-up): the store is
    // destroyed with its operations in flight. Each still ends with the keychain's answer, and nothing
    // touches the destroyed store (it did: a crash at exit, or AddressSanitizer's heap-use-after-free).
    void operationsOutliveTheirStore()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("parent-only test");
        const SecretKey key{QStringLiteral("default"), QStringLiteral("supabase"), QStringLiteral("session")};
        const SecretKey missing{QStringLiteral("default"), QStringLiteral("supabase"),
                                QStringLiteral("never-written")};
        const QByteArray value = uniqueValue("session");
        QVERIFY(awaitTask(SecretStore().write(key, value)).hasValue());

        auto store = std::make_unique<SecretStore>();
        auto found = store->read(key);
        auto notFound = store->read(missing); // "not found" probes for a locked keyring: more steps
        auto written = store->write(key, value + "-2");
        QVERIFY(!found.isReady() && !notFound.isReady() && !written.isReady());
        store.reset();

        const auto read = awaitTask(std::move(found));
        QVERIFY2(read.hasValue(), read.hasValue() ? "" : qPrintable(read.error().message()));
        QCOMPARE(read.value(), value);
        const auto absent = awaitTask(std::move(notFound));
        QVERIFY(!absent.hasValue());
        QCOMPARE(absent.error().kind, SecretError::Kind::NotFound);
        QVERIFY(awaitTask(std::move(written)).hasValue());
        const auto again = awaitTask(SecretStore().read(key));
        QVERIFY(again.hasValue());
        QCOMPARE(again.value(), value + "-2");
        QVERIFY(awaitTask(SecretStore().remove(key)).hasValue());
    }

    void overwriteKeepsOneEntry()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("parent-only test");
        SecretStore store;
        const SecretKey key{QStringLiteral("default"), QStringLiteral("youtube:UC1"),
                            QStringLiteral("token")};
        QVERIFY(awaitTask(store.write(key, "first")).hasValue());
        QVERIFY(awaitTask(store.write(key, "second")).hasValue());
        QCOMPARE(awaitTask(store.read(key)).value(), QByteArray("second"));
        const ProcessResult search =
            run(QStringLiteral("secret-tool"),
                {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key.toString(),
                 QStringLiteral("server"), QStringLiteral("StreamVibe")});
        QVERIFY(search.finished);
        QCOMPARE(QString::fromUtf8(search.out + search.err).count(QStringLiteral("attribute.user = ")), 1);
        QVERIFY(awaitTask(store.remove(key)).hasValue());
    }

    void binaryValuesSurvive()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("parent-only test");
        SecretStore store;
        QByteArray value;
        for (int i = 0; i < 256; ++i)
            value.append(char(i));
        value += value; // NUL bytes, high bytes, newlines
        const SecretKey key{QStringLiteral("default"), QStringLiteral("tiktok:42"), QStringLiteral("blob")};
        QVERIFY(awaitTask(store.write(key, value)).hasValue());
        QCOMPARE(awaitTask(store.read(key)).value(), value);
        QVERIFY(awaitTask(store.remove(key)).hasValue());
    }

    void profilesAreNamespaced()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("parent-only test");
        SecretStore store;
        const SecretKey home{QStringLiteral("home"), QStringLiteral("supabase"),
                             QStringLiteral("refresh_token")};
        const SecretKey work{QStringLiteral("work"), QStringLiteral("supabase"),
                             QStringLiteral("refresh_token")};
        QVERIFY(awaitTask(store.write(home, "home-token")).hasValue());
        QCOMPARE(awaitTask(store.read(work)).error().kind, SecretError::Kind::NotFound);
        QVERIFY(awaitTask(store.write(work, "work-token")).hasValue());
        QCOMPARE(awaitTask(store.read(home)).value(), QByteArray("home-token"));
        QCOMPARE(awaitTask(store.read(work)).value(), QByteArray("work-token"));
        QVERIFY(awaitTask(store.remove(home)).hasValue());
        QCOMPARE(awaitTask(store.read(home)).error().kind, SecretError::Kind::NotFound);
        QCOMPARE(awaitTask(store.read(work)).value(), QByteArray("work-token"));
        QVERIFY(awaitTask(store.remove(work)).hasValue());

        // Another service name is another namespace too.
        SecretStore other(QStringLiteral("StreamVibe-Other"));
        QVERIFY(awaitTask(store.write(home, "a")).hasValue());
        QCOMPARE(awaitTask(other.read(home)).error().kind, SecretError::Kind::NotFound);
        QVERIFY(awaitTask(store.remove(home)).hasValue());
    }

    void entriesAreVisibleToSecretTool()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("parent-only test");
        SecretStore store;
        const SecretKey key{QStringLiteral("default"), QStringLiteral("instagram:17841"),
                            QStringLiteral("token")};
        const QByteArray value = uniqueValue("ig");
        QVERIFY(awaitTask(store.write(key, value)).hasValue());
        const ProcessResult search =
            run(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                QStringLiteral("server"), QStringLiteral("StreamVibe")});
        QVERIFY(search.finished);
        QCOMPARE(search.exitCode, 0);
        const QString listing = QString::fromUtf8(search.out + search.err);
        QVERIFY2(listing.contains(QStringLiteral("attribute.user = ") + key.toString()), qPrintable(listing));
        QVERIFY2(listing.contains(QStringLiteral("attribute.server = StreamVibe")), qPrintable(listing));
        QVERIFY2(listing.contains(QStringLiteral("schema = org.qt.keychain")), qPrintable(listing));
        QVERIFY2(listing.contains(QStringLiteral("attribute.type = base64")), qPrintable(listing));
        // secret-tool shows the stored (base64) form: the entry really holds our value.
        QVERIFY(listing.contains(QString::fromLatin1(value.toBase64())));
        // The lock probe leaves nothing behind.
        QVERIFY(!listing.contains(SecretStore::probeKeyName()));
        QVERIFY(awaitTask(store.remove(key)).hasValue());
    }

    void noSecretServiceFailsFast()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("parent-only test");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildSwitch), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/streamvibe/bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const ProcessResult child = run(QCoreApplication::applicationFilePath(),
                                        {QStringLiteral("noSecretServiceChild")}, env, 60000);
        QVERIFY2(child.finished, "the child hung");
        QVERIFY2(child.exitCode == 0, child.out.constData());
        QVERIFY2(child.out.contains("PASS   : TestSecretStore::noSecretServiceChild()"),
                 child.out.constData());
    }

    /// Runs only in the child started by noSecretServiceFailsFast(): a session bus address that leads
    /// nowhere.
    void noSecretServiceChild()
    {
        if (!qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("runs as a child of noSecretServiceFailsFast");
        SecretStore store;
        // Long enough that a hang would show up as Timeout instead of NoService.
        store.setJobTimeout(20s);
        store.setRetryDelay(50ms);
        const SecretKey key{QStringLiteral("default"), QStringLiteral("supabase"),
                            QStringLiteral("refresh_token")};
        QStringList log;
        g_log = &log;
        QLoggingCategory::setFilterRules(QStringLiteral("streamvibe.secrets.info=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        const auto read = awaitTask(store.read(key));
        const auto secondRead = awaitTask(store.read(key));
        qInstallMessageHandler(previous);
        g_log = nullptr;
        QVERIFY(!read.hasValue());
        QVERIFY2(read.error().kind == SecretError::Kind::NoService, qPrintable(read.error().detail));
        QCOMPARE(secondRead.error().kind, SecretError::Kind::NoService);
        // The first failing read is retried once (the service may still be starting); later ones are not.
        QCOMPARE(log.filter(QStringLiteral("retrying once")).size(), 1);
        QVERIFY(read.error().message().contains(QStringLiteral("No keyring service is available")));
        const auto write = awaitTask(store.write(key, "never-stored-anywhere"));
        QVERIFY(!write.hasValue());
        QCOMPARE(write.error().kind, SecretError::Kind::NoService);
        QVERIFY(filesContaining("never-stored-anywhere").isEmpty());
    }

    /// Issue 13, defect 9: a Secret Service whose login keyring was never unlocked in this session (and
    /// that cannot show an unlock prompt) answers "Object does not exist at path …/collection/login". That
    /// is a locked keyring: the user reads the translated "keyring is locked" message, never that text.
    void unopenedLoginKeyringIsReportedAsLocked()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("parent-only test");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildSwitch), QStringLiteral("1"));
        const auto command =
            sv::test::underUnopenedKeyring(home, QCoreApplication::applicationFilePath(),
                                           {QStringLiteral("unopenedLoginKeyringChild")}, env);
        const ProcessResult child = run(command.program, command.arguments, command.environment, 90000);
        QVERIFY2(child.finished, "the child hung");
        QVERIFY2(child.exitCode == 0, child.out.constData());
        QVERIFY2(child.out.contains("PASS   : TestSecretStore::unopenedLoginKeyringChild()"),
                 child.out.constData());
    }

    /// Runs only in the child started by unopenedLoginKeyringIsReportedAsLocked().
    void unopenedLoginKeyringChild()
    {
        if (!qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("runs as a child of unopenedLoginKeyringIsReportedAsLocked");
        SecretStore store;
        store.setJobTimeout(20s);
        store.setRetryDelay(50ms);
        const SecretKey key{QStringLiteral("default"), QStringLiteral("supabase"), QStringLiteral("session")};
        const auto write = awaitTask(store.write(key, "never-stored-anywhere"));
        QVERIFY(!write.hasValue());
        QVERIFY2(write.error().kind == SecretError::Kind::Locked,
                 qPrintable(write.error().kindName() + QLatin1Char(' ') + write.error().detail));
        const QString message = write.error().message();
        QVERIFY2(message.contains(QStringLiteral("The keyring is locked")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Object does not exist")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("/org/freedesktop")), qPrintable(message));
        const auto read = awaitTask(store.read(key));
        QVERIFY(!read.hasValue());
        QVERIFY2(read.error().kind == SecretError::Kind::Locked, qPrintable(read.error().kindName()));
        const auto remove = awaitTask(store.remove(key));
        QVERIFY(!remove.hasValue());
        QVERIFY2(remove.error().kind == SecretError::Kind::Locked, qPrintable(remove.error().kindName()));
        QVERIFY(filesContaining("never-stored-anywhere").isEmpty());
    }

    /// A keyring that never answers (its daemon is stopped, as when an unlock prompt waits for the user)
    /// yields Timeout instead of hanging; the jobs left behind finish harmlessly later.
    void unansweredJobTimesOut()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("parent-only test");
        const ProcessResult owner =
            run(QStringLiteral("gdbus"),
                {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                 QStringLiteral("org.freedesktop.DBus"), QStringLiteral("--object-path"),
                 QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("--method"),
                 QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                 QStringLiteral("org.freedesktop.secrets")});
        QVERIFY2(owner.finished && owner.exitCode == 0, owner.err.constData());
        // "(uint32 1234,)"
        const QByteArray reply = owner.out.trimmed();
        const qsizetype space = reply.indexOf(' ');
        bool ok = false;
        const pid_t daemon = pid_t(reply.mid(space + 1, reply.indexOf(',') - space - 1).toInt(&ok));
        QVERIFY2(ok && daemon > 1, reply.constData());

        QVERIFY(::kill(daemon, SIGSTOP) == 0);
        auto resume = qScopeGuard([daemon] { ::kill(daemon, SIGCONT); });
        SecretStore store;
        store.setJobTimeout(300ms);
        const SecretKey key{QStringLiteral("default"), QStringLiteral("supabase"),
                            QStringLiteral("refresh_token")};
        const auto read = awaitTask(store.read(key));
        QVERIFY(!read.hasValue());
        QCOMPARE(read.error().kind, SecretError::Kind::Timeout);
        QVERIFY(read.error().message().contains(QStringLiteral("did not answer in time")));
        const auto write = awaitTask(store.write(key, "late"));
        QVERIFY(!write.hasValue());
        QCOMPARE(write.error().kind, SecretError::Kind::Timeout);

        resume.dismiss();
        ::kill(daemon, SIGCONT);
        // Once the keyring answers again, the store works (the abandoned jobs complete and delete
        // themselves).
        SecretStore later;
        const QByteArray value = uniqueValue("after-timeout");
        QVERIFY(awaitTask(later.write(key, value)).hasValue());
        QCOMPARE(awaitTask(later.read(key)).value(), value);
        QVERIFY(awaitTask(later.remove(key)).hasValue());
    }

    /// Last: locks the collection, which cannot be unlocked again without a prompt.
    void lockedKeyringIsReportedAsLocked()
    {
        if (qEnvironmentVariableIsSet(kChildSwitch))
            QSKIP("parent-only test");
        SecretStore store;
        store.setJobTimeout(15s);
        const SecretKey key{QStringLiteral("default"), QStringLiteral("supabase"),
                            QStringLiteral("refresh_token")};
        const QByteArray stored = uniqueValue("stored-before-lock");
        QVERIFY(awaitTask(store.write(key, stored)).hasValue());

        const ProcessResult lock =
            run(QStringLiteral("gdbus"),
                {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                 QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                 QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                 QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                 QStringLiteral("['/org/freedesktop/secrets/aliases/default']")});
        QVERIFY2(lock.finished && lock.exitCode == 0, lock.err.constData());
        const ProcessResult locked =
            run(QStringLiteral("gdbus"),
                {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                 QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                 QStringLiteral("/org/freedesktop/secrets/aliases/default"), QStringLiteral("--method"),
                 QStringLiteral("org.freedesktop.DBus.Properties.Get"),
                 QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
        QVERIFY2(locked.out.contains("true"), locked.out.constData());

        // A read must not pass for "signed out".
        const auto read = awaitTask(store.read(key));
        QVERIFY(!read.hasValue());
        QCOMPARE(read.error().kind, SecretError::Kind::Locked);
        QVERIFY(read.error().message().contains(QStringLiteral("The keyring is locked")));
        QVERIFY(read.error().message().contains(QStringLiteral("keeps working offline")));

        const QByteArray fresh = uniqueValue("written-while-locked");
        const auto write = awaitTask(store.write(key, fresh));
        QVERIFY(!write.hasValue());
        QCOMPARE(write.error().kind, SecretError::Kind::Locked);

        // A sign-out must not silently leave the token in the locked keyring.
        const auto remove = awaitTask(store.remove(key));
        QVERIFY(!remove.hasValue());
        QCOMPARE(remove.error().kind, SecretError::Kind::Locked);

        // Nothing went anywhere else: no plaintext file, no QSettings fallback.
        QVERIFY2(filesContaining(fresh).isEmpty(), qPrintable(filesContaining(fresh).join(QLatin1Char(','))));
        QVERIFY(filesContaining(fresh.toBase64()).isEmpty());
        QVERIFY(filesContaining(stored).isEmpty());
        QVERIFY(filesContaining(stored.toBase64()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
