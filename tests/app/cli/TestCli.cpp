// Runs the built streamvibe-cli binary as a user or a script would, against real profiles on disk.
#include "TestSupport.h"
#include "config/AppConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QJsonObject parseObject(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), qPrintable(text.left(500)));
    return doc.object();
}

QJsonArray parseArray(const QByteArray& data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("not a JSON array (%s): %s", qPrintable(error.errorString()), data.left(500).constData());
    return doc.array();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// The items of an export, keyed by external_id, without the local row id.
QHash<QString, QJsonObject> byExternalId(const QJsonArray& items)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue& v : items) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("id"));
        result.insert(o.value(QStringLiteral("external_id")).toString(), o);
    }
    return result;
}

QStringList externalIds(const QJsonArray& items)
{
    QStringList ids;
    for (const QJsonValue& v : items)
        ids.append(v.toObject().value(QStringLiteral("external_id")).toString());
    return ids;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_profile;

    QString fixture(const QString& name) const { return sv::test::dataPath(QStringLiteral("cli/") + name); }
    QString tmpPath(const QString& name) const { return m_tmp->filePath(name); }

    Run cli(const QStringList& args, const QHash<QString, QString>& env = {},
            const QByteArray& input = {}) const
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        e.remove(QStringLiteral("STREAMVIBE_PROFILE"));
        e.remove(QStringLiteral("STREAMVIBE_CONFIG"));
        // The CLI's own defaults must keep diagnostics out of stderr, not ctest's logging rules.
        e.remove(QStringLiteral("QT_LOGGING_RULES"));
        // The configuration lookup sees only this test's directories.
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), tmpPath(QStringLiteral("xdg-home")));
        e.insert(QStringLiteral("XDG_CONFIG_DIRS"), tmpPath(QStringLiteral("xdg-system")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), tmpPath(QStringLiteral("xdg-data")));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(m_binary, args);
        Run r;
        if (!p.waitForStarted(30000)) {
            r.err = p.errorString();
            return r;
        }
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// streamvibe-cli --profile m_profile ARGS
    Run inProfile(const QStringList& args, const QString& profile = {}) const
    {
        return cli(QStringList{QStringLiteral("--profile"), profile.isEmpty() ? m_profile : profile} + args);
    }

    void importFixture(const QString& profile = {})
    {
        const Run r = inProfile(
            {QStringLiteral("library"), QStringLiteral("import"), fixture(QStringLiteral("library.json"))},
            profile);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Imported 8 items")), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    struct CacheRow
    {
        QString key;
        QByteArray value;
        qint64 expiresAt;
        QString scope;
    };

    /// Writes rows straight into cache_store of the profile's library, as the app's cache would.
    static bool insertCacheRows(const QString& libraryPath, const QList<CacheRow>& rows)
    {
        const QString name = QStringLiteral("test-cache-rows");
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(libraryPath);
            ok = db.open();
            for (const CacheRow& row : rows) {
                if (!ok)
                    break;
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO cache_store (key, value, stored_at, expires_at, scope)"
                                         " VALUES (?, ?, ?, ?, COALESCE(?, ''))"));
                q.addBindValue(row.key);
                q.addBindValue(row.value);
                q.addBindValue(QDateTime::currentMSecsSinceEpoch());
                q.addBindValue(row.expiresAt);
                q.addBindValue(row.scope);
                ok = q.exec();
                if (!ok)
                    qWarning("insert into cache_store: %s", qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    /// `cache stats --json` of m_profile.
    QJsonObject cacheStats() const
    {
        const Run r = inProfile({QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--json")});
        if (r.code != 0 || !r.err.isEmpty())
            qWarning("cache stats: exit %d: %s", r.code, qPrintable(r.err));
        return parseObject(r.out);
    }

    static void verifyOneLineError(const Run& r)
    {
        QVERIFY2(r.code == 2, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.endsWith(QLatin1Char('\n')), qPrintable(r.err));
        QVERIFY2(r.err.count(QLatin1Char('\n')) == 1, qPrintable(r.err));
        QVERIFY2(r.err.startsWith(QLatin1String("streamvibe-cli: error: ")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("Usage:")));
    }

private slots:
    void initTestCase()
    {
        m_binary = sv::test::buildPath(QStringLiteral("app/cli/streamvibe-cli"));
        QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QStringLiteral(" was not built")));
        QVERIFY(QFileInfo::exists(fixture(QStringLiteral("library.json"))));
    }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_profile = tmpPath(QStringLiteral("profile"));
    }

    void cleanup() { m_tmp.reset(); }

    // ---- --version, --help ---------------------------------------------------------------------

    void version()
    {
        for (const QString& flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
            const Run r = cli({flag});
            QCOMPARE(r.code, 0);
            QCOMPARE(r.out, QStringLiteral("streamvibe-cli ") + QStringLiteral(STREAMVIBE_VERSION) +
                                QLatin1Char('\n'));
            QVERIFY(r.err.isEmpty());
        }
    }

    void globalHelpListsTheCommands()
    {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        for (const char* expected :
             {"Usage: streamvibe-cli", "search", "library import", "library export", "library stats",
              "config show", "cache stats", "cache clear", "help", "--profile", "--config", "--version"})
            QVERIFY2(r.out.contains(QLatin1String(expected)), expected);
        // "help" alone and -h print the same.
        QCOMPARE(cli({QStringLiteral("help")}).out, r.out);
        QCOMPARE(cli({QStringLiteral("-h")}).out, r.out);
    }

    void commandHelp_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected");
        const QStringList search{QStringLiteral("search [options] QUERY"), QStringLiteral("--platform"),
                                 QStringLiteral("--limit"), QStringLiteral("--json"),
                                 QStringLiteral("--profile")};
        QTest::newRow("help search") << QStringList{QStringLiteral("help"), QStringLiteral("search")}
                                     << search;
        QTest::newRow("search --help")
            << QStringList{QStringLiteral("search"), QStringLiteral("--help")} << search;
        QTest::newRow("search -h with args")
            << QStringList{QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("-h")} << search;
        const QStringList import{QStringLiteral("library import [options] FILE"), QStringLiteral("--format")};
        QTest::newRow("help library import")
            << QStringList{QStringLiteral("help"), QStringLiteral("library"), QStringLiteral("import")}
            << import;
        QTest::newRow("library import --help")
            << QStringList{QStringLiteral("library"), QStringLiteral("import"), QStringLiteral("--help")}
            << import;
        const QStringList group{QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("stats"),
                                QStringLiteral("Actions:")};
        QTest::newRow("help library")
            << QStringList{QStringLiteral("help"), QStringLiteral("library")} << group;
        QTest::newRow("library --help")
            << QStringList{QStringLiteral("library"), QStringLiteral("--help")} << group;
        QTest::newRow("help cache stats")
            << QStringList{QStringLiteral("help"), QStringLiteral("cache"), QStringLiteral("stats")}
            << QStringList{QStringLiteral("cache stats"), QStringLiteral("--json"),
                           QStringLiteral("expired")};
        QTest::newRow("help config show")
            << QStringList{QStringLiteral("help"), QStringLiteral("config"), QStringLiteral("show")}
            << QStringList{QStringLiteral("config show"), QStringLiteral("--json"),
                           QStringLiteral("XDG_CONFIG_DIRS")};
    }

    void commandHelp()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        const Run r = cli(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        for (const QString& e : expected)
            QVERIFY2(r.out.contains(e), qPrintable(e + QStringLiteral(" missing from:\n") + r.out));
    }

    // ---- exit code 1: usage errors ----------------------------------------------------------------

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected"); // part of the first stderr line

        const auto row = [](const char* name, QStringList args, const char* expected) {
            QTest::newRow(name) << args << QString::fromUtf8(expected);
        };
        const QString s = QStringLiteral("search");
        const QString lib = QStringLiteral("library");
        row("no command", {}, "no command");
        row("unknown command", {QStringLiteral("frobnicate")}, "unknown command 'frobnicate'");
        row("unknown global option", {QStringLiteral("--bogus")}, "bogus");
        row("global option without value", {QStringLiteral("--profile")}, "profile");
        row("unknown command option", {s, QStringLiteral("--bogus"), QStringLiteral("x")}, "bogus");
        row("search without query", {s}, "QUERY");
        row("bad platform", {s, QStringLiteral("x"), QStringLiteral("--platform"), QStringLiteral("myspace")},
            "unknown platform 'myspace'");
        row("bad platform in list",
            {s, QStringLiteral("x"), QStringLiteral("--platform"), QStringLiteral("youtube,vine")},
            "unknown platform 'vine'");
        row("non-numeric limit", {s, QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("ten")},
            "--limit");
        row("zero limit", {s, QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")},
            "--limit");
        row("negative limit", {s, QStringLiteral("x"), QStringLiteral("--limit=-3")}, "--limit");
        row("limit without value", {s, QStringLiteral("x"), QStringLiteral("--limit")}, "limit");
        row("bad offset", {s, QStringLiteral("x"), QStringLiteral("--offset"), QStringLiteral("1.5")},
            "--offset");
        row("bad sort", {s, QStringLiteral("x"), QStringLiteral("--sort"), QStringLiteral("random")},
            "unknown order 'random'");
        row("library without action", {lib}, "needs an action");
        row("library unknown action", {lib, QStringLiteral("shred")}, "no action 'shred'");
        row("library option before action", {lib, QStringLiteral("--json")}, "needs an action");
        row("import without file", {lib, QStringLiteral("import")}, "FILE");
        row("import two files",
            {lib, QStringLiteral("import"), QStringLiteral("a.json"), QStringLiteral("b.json")}, "one FILE");
        row("import unknown extension", {lib, QStringLiteral("import"), QStringLiteral("items.txt")},
            "--format");
        row("import bad format",
            {lib, QStringLiteral("import"), QStringLiteral("a.json"), QStringLiteral("--format"),
             QStringLiteral("xml")},
            "unknown format 'xml'");
        row("export bad format",
            {lib, QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("yaml")},
            "unknown format 'yaml'");
        row("export two files",
            {lib, QStringLiteral("export"), QStringLiteral("a.json"), QStringLiteral("b.json")},
            "at most one FILE");
        row("stats with argument", {lib, QStringLiteral("stats"), QStringLiteral("now")}, "no arguments");
        row("help unknown command", {QStringLiteral("help"), QStringLiteral("nope")},
            "unknown command 'nope'");
        row("help unknown action", {QStringLiteral("help"), lib, QStringLiteral("nope")}, "no action 'nope'");
        row("stats bad period", {QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("5d")},
            "unknown period '5d'");
        row("stats bad platform",
            {QStringLiteral("stats"), QStringLiteral("--platform"), QStringLiteral("vine")},
            "unknown platform 'vine'");
        row("history without item", {QStringLiteral("history")}, "one ITEM");
        row("history of a word", {QStringLiteral("history"), QStringLiteral("abc")}, "'abc'");
        row("groups unknown action", {QStringLiteral("groups"), QStringLiteral("join")}, "'join'");
        row("groups merge one item", {QStringLiteral("groups"), QStringLiteral("merge"), QStringLiteral("1")},
            "two ITEMs");
        row("groups split a word", {QStringLiteral("groups"), QStringLiteral("split"), QStringLiteral("x")},
            "'x'");
        row("config without action", {QStringLiteral("config")}, "needs an action");
        row("config show argument", {QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("x")},
            "no arguments");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = inProfile(args);
        QVERIFY2(r.code == 1, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        const QString firstLine = r.err.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(firstLine.startsWith(QLatin1String("streamvibe-cli: ")), qPrintable(r.err));
        QVERIFY2(firstLine.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Usage: streamvibe-cli")), qPrintable(r.err));
        // A usage error never touches the library.
        QVERIFY(!QFileInfo::exists(m_profile + QStringLiteral("/library.sqlite")));
    }

    // ---- exit code 2: runtime errors ----------------------------------------------------------------

    void importOfMissingFileFails()
    {
        const QString missing = tmpPath(QStringLiteral("does-not-exist.json"));
        const Run r = inProfile({QStringLiteral("library"), QStringLiteral("import"), missing});
        verifyOneLineError(r);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void importOfMalformedItemNamesItemAndField()
    {
        importFixture();
        const Run r = inProfile({QStringLiteral("library"), QStringLiteral("import"),
                                 fixture(QStringLiteral("malformed-views.json"))});
        verifyOneLineError(r);
        QVERIFY2(r.err.contains(QLatin1String("malformed-views.json")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Item 2")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("views")), qPrintable(r.err));
        // All or nothing: item 1 was valid but is not there, the library is as it was.
        const QJsonObject stats = parseObject(
            inProfile({QStringLiteral("library"), QStringLiteral("stats"), QStringLiteral("--json")}).out);
        QCOMPARE(stats.value(QStringLiteral("items")).toInteger(), 8);
        const Run search =
            inProfile({QStringLiteral("search"), QStringLiteral("valid"), QStringLiteral("--json")});
        QCOMPARE(parseObject(search.out).value(QStringLiteral("total")).toInteger(), 0);
    }

    void importOfTruncatedJsonFails()
    {
        const Run r = inProfile(
            {QStringLiteral("library"), QStringLiteral("import"), fixture(QStringLiteral("truncated.json"))});
        verifyOneLineError(r);
        QVERIFY2(r.err.contains(QLatin1String("truncated.json")), qPrintable(r.err));
    }

    void importOfBadCsvRecordNamesItemAndField()
    {
        const Run r = inProfile({QStringLiteral("library"), QStringLiteral("import"),
                                 fixture(QStringLiteral("bad-platform.csv"))});
        verifyOneLineError(r);
        QVERIFY2(r.err.contains(QLatin1String("Item 2")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("platform")), qPrintable(r.err));
    }

    void importWithExplicitFormat()
    {
        // A CSV file without a telling extension, imported with --format csv.
        const QString path = tmpPath(QStringLiteral("items.data"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("platform,account,external_id,title,views\nyoutube,UCx,csv-1,Imported from data,42\n");
        f.close();
        const Run r = inProfile({QStringLiteral("library"), QStringLiteral("import"),
                                 QStringLiteral("--format"), QStringLiteral("csv"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Imported 1 item from ")), qPrintable(r.out));
        const QJsonObject found = parseObject(
            inProfile({QStringLiteral("search"), QStringLiteral("imported"), QStringLiteral("--json")}).out);
        QCOMPARE(found.value(QStringLiteral("total")).toInteger(), 1);
        QCOMPARE(found.value(QStringLiteral("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("views"))
                     .toInteger(),
                 42);
    }

    void importFromStandardInput()
    {
        const QByteArray csv = "platform,account,external_id,title,views\r\n"
                               "instagram,acct,stdin-1,\"Piped in, with a comma\",7\r\n";
        const Run r =
            cli({QStringLiteral("--profile"), m_profile, QStringLiteral("library"), QStringLiteral("import"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-")},
                {}, csv);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Imported 1 item from standard input")), qPrintable(r.out));
        const QJsonObject found = parseObject(
            inProfile({QStringLiteral("search"), QStringLiteral("piped"), QStringLiteral("--json")}).out);
        QCOMPARE(found.value(QStringLiteral("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("Piped in, with a comma"));

        // Without --format the format of "-" cannot be told: a usage error.
        const Run noFormat =
            inProfile({QStringLiteral("library"), QStringLiteral("import"), QStringLiteral("-")});
        QCOMPARE(noFormat.code, 1);
    }

    void corruptLibraryIsReported()
    {
        QVERIFY(QDir().mkpath(m_profile));
        QFile f(m_profile + QStringLiteral("/library.sqlite"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        for (const QStringList& args : {QStringList{QStringLiteral("search"), QStringLiteral("pasta")},
                                        QStringList{QStringLiteral("library"), QStringLiteral("stats")},
                                        QStringList{QStringLiteral("cache"), QStringLiteral("stats")},
                                        QStringList{QStringLiteral("cache"), QStringLiteral("clear")}}) {
            const Run r = inProfile(args);
            verifyOneLineError(r);
            QVERIFY2(r.err.contains(QLatin1String("library.sqlite")), qPrintable(r.err));
        }
        // Reported, never overwritten.
        QCOMPARE(readFile(m_profile + QStringLiteral("/library.sqlite")), QByteArray(8192, 'x'));
    }

    /// Issue 13, defect 6: a library that fails its check takes no import; the message says how to recover.
    void importIntoDamagedLibraryIsRefused()
    {
        QByteArray json = "[";
        for (int i = 0; i < 3000; ++i)
            json += QStringLiteral(
                        R"(%1{"platform":"youtube","account":"a","external_id":"v%2","title":"Item %2",)"
                        R"("description":"%3"})")
                        .arg(i ? QStringLiteral(",\n") : QString())
                        .arg(i)
                        .arg(QStringLiteral("words of the description ").repeated(6))
                        .toUtf8();
        json += "]";
        const QString items = tmpPath(QStringLiteral("items.json"));
        {
            QFile f(items);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        }
        const Run built = inProfile({QStringLiteral("library"), QStringLiteral("import"), items});
        QVERIFY2(built.code == 0, qPrintable(built.err));
        const QString library = m_profile + QStringLiteral("/library.sqlite");
        QByteArray data = readFile(library);
        QVERIFY(data.size() > 256 * 1024);
        const qsizetype middle = (data.size() / 2) & ~qsizetype(4095);
        for (qsizetype i = 0; i < 16 * 1024; ++i)
            data[middle + i] = char((i * 131 + 7) & 0xFF);
        {
            QFile f(library);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(data), data.size());
        }

        const QString one = tmpPath(QStringLiteral("one.json"));
        {
            QFile f(one);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"([{"platform":"tiktok","account":"t","external_id":"new","title":"Into the damage"}])");
        }
        const Run r = inProfile({QStringLiteral("library"), QStringLiteral("import"), one});
        verifyOneLineError(r);
        QVERIFY2(r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("backup")), qPrintable(r.err));
        QCOMPARE(readFile(library), data);
    }

    /// Issue 13, defect 9: a 50 MB title is refused naming the item and the field; so is a count above
    /// 2^53 that a JSON double would round.
    void importRefusesValuesBeyondTheLimits()
    {
        importFixture();
        const QString library = m_profile + QStringLiteral("/library.sqlite");
        const QString file = tmpPath(QStringLiteral("huge.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"([{"platform":"tiktok","account":"t","external_id":"ok","title":"fine"},)"
                    "\n"
                    R"({"platform":"tiktok","account":"t","external_id":"huge","title":")");
            f.write(QByteArray(50 * 1024 * 1024, 'x'));
            f.write(R"("}])");
        }
        const Run huge = inProfile({QStringLiteral("library"), QStringLiteral("import"), file});
        verifyOneLineError(huge);
        QVERIFY2(huge.err.size() < 1000, "the error line quotes the whole value");
        QVERIFY2(huge.err.contains(QLatin1String("Item 2, field \"title\"")), qPrintable(huge.err));
        QVERIFY2(huge.err.contains(QLatin1String("nothing was imported")), qPrintable(huge.err));

        const QString big = tmpPath(QStringLiteral("big.json"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"([{"platform":"tiktok","account":"t","external_id":"big","views":9007199254740993}])");
        }
        const Run views = inProfile({QStringLiteral("library"), QStringLiteral("import"), big});
        verifyOneLineError(views);
        QVERIFY2(views.err.contains(QLatin1String("Item 1, field \"views\": is too large")),
                 qPrintable(views.err));
        const Run search = inProfile({QStringLiteral("search"), QString(), QStringLiteral("--json"),
                                      QStringLiteral("--limit"), QStringLiteral("100")});
        QVERIFY2(search.code == 0, qPrintable(search.err));
        QVERIFY2(!search.out.contains(QLatin1String("huge")) &&
                     !search.out.contains(QLatin1String("\"big\"")),
                 qPrintable(search.out.left(2000)));
        QVERIFY(QFileInfo(library).size() < 10 * 1024 * 1024);
    }

    void uncreatableProfileIsReported()
    {
        const QString blocker = tmpPath(QStringLiteral("a-file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r = cli({QStringLiteral("--profile"), blocker + QStringLiteral("/profile"),
                           QStringLiteral("search"), QStringLiteral("x")});
        verifyOneLineError(r);
        QVERIFY2(r.err.contains(blocker), qPrintable(r.err));
    }

    void exportToUnwritablePathFails()
    {
        importFixture();
        const QString target = tmpPath(QStringLiteral("a-file"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r = inProfile(
            {QStringLiteral("library"), QStringLiteral("export"), target + QStringLiteral("/out.json")});
        verifyOneLineError(r);
        QVERIFY2(r.err.contains(QLatin1String("out.json")), qPrintable(r.err));
    }

    // ---- search -------------------------------------------------------------------------------

    void searchPrintsAlignedTable()
    {
        importFixture();
        const Run r = inProfile({QStringLiteral("search"), QStringLiteral("pasta")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        // Header, three items, a blank line, the count.
        QVERIFY2(lines.size() >= 6, qPrintable(r.out));
        const QString header = lines.at(0);
        QVERIFY2(header.startsWith(QLatin1String("PLATFORM")), qPrintable(header));
        const qsizetype titleColumn = header.indexOf(QLatin1String("TITLE"));
        const qsizetype dateColumn = header.indexOf(QLatin1String("DATE"));
        const qsizetype viewsEnd = header.indexOf(QLatin1String("VIEWS")) + 5;
        QVERIFY(titleColumn > 0 && dateColumn > 0);
        const QStringList titles{QStringLiteral("Pasta carbonara in ten minutes"),
                                 QStringLiteral("Pasta night with friends"),
                                 QStringLiteral("Pasta hack you need to try")};
        QSet<QString> seen;
        for (int i = 1; i <= 3; ++i) {
            const QString line = lines.at(i);
            // Every column starts where its header does; views are right-aligned under VIEWS.
            const QString title = line.mid(titleColumn);
            QVERIFY2(titles.contains(title), qPrintable(line));
            seen.insert(title);
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))
                         .match(line.mid(dateColumn, 10))
                         .hasMatch(),
                     qPrintable(line));
            // Instagram gave no views for its post (its insights were never read): a dash, never a figure.
            const bool instagram = line.startsWith(QLatin1String("Instagram"));
            QVERIFY2((instagram ? line.at(viewsEnd - 1) == QChar(0x2014) : line.at(viewsEnd - 1).isDigit()) &&
                         line.at(viewsEnd) == QLatin1Char(' '),
                     qPrintable(line));
            QVERIFY2(instagram || !line.contains(QChar(0x2014)), qPrintable(line));
        }
        QCOMPARE(seen.size(), 3);
        // Counts grouped for the locale, as in every table (stats, groups): never "870000".
        QVERIFY2(r.out.contains(QLatin1String(" 870,000  Pasta hack")) &&
                     r.out.contains(QLatin1String(" 15,000  Pasta carbonara")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("2024-03-01")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("YouTube")) && r.out.contains(QLatin1String("Instagram")) &&
                     r.out.contains(QLatin1String("TikTok")),
                 qPrintable(r.out));
        QVERIFY2(r.out.trimmed().endsWith(QLatin1String("3 items.")), qPrintable(r.out));
    }

    void tableColumnsStayAlignedAfterEmojiNames()
    {
        // A terminal shows a ZWJ family and a thumbs-up with a skin tone as two columns each (eight UTF-16
        // units and four code points): the next column starts right after their four columns.
        QCOMPARE(inProfile({QStringLiteral("accounts")}).code, 0); // creates the library
        const QString emojiName =
            QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\U0001F44D\U0001F3FD");
        const QString name = QStringLiteral("test-accounts");
        bool inserted = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_profile + QStringLiteral("/library.sqlite"));
            inserted = db.open();
            for (const QString& displayName : {QStringLiteral("Plain"), emojiName}) {
                QSqlQuery q(db);
                q.prepare(
                    QStringLiteral("INSERT INTO accounts (platform, account_id, display_name, connected_at)"
                                   " VALUES ('youtube', ?, ?, 0)"));
                q.addBindValue(QString(QStringLiteral("id-") + QString::number(displayName.size())));
                q.addBindValue(displayName);
                inserted = inserted && q.exec();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY(inserted);

        const Run r = inProfile({QStringLiteral("accounts")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 3, qPrintable(r.out));
        // PLATFORM is 8 columns wide, ACCOUNT 7 (its header is the widest cell), then two spaces.
        const QStringList prefixes{QStringLiteral("PLATFORM  ACCOUNT  "),
                                   QStringLiteral("youtube   Plain    "),
                                   QStringLiteral("youtube   ") + emojiName + QStringLiteral("     ")};
        for (const QString& prefix : prefixes) {
            const auto line = std::find_if(lines.cbegin(), lines.cend(),
                                           [&](const QString& l) { return l.startsWith(prefix); });
            QVERIFY2(line != lines.cend(), qPrintable(prefix + QStringLiteral(" | in:\n") + r.out));
            QVERIFY2(line->at(prefix.size()) != QLatin1Char(' '), qPrintable(*line));
        }
    }

    void searchJsonHasTheImportFields()
    {
        importFixture();
        const Run r =
            inProfile({QStringLiteral("search"), QStringLiteral("pasta"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject doc = parseObject(r.out);
        QCOMPARE(doc.value(QStringLiteral("query")).toString(), QStringLiteral("pasta"));
        QCOMPARE(doc.value(QStringLiteral("total")).toInteger(), 3);
        const QJsonArray items = doc.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        const QStringList ids = externalIds(items);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()),
                 (QSet<QString>{QStringLiteral("yt-carbonara"), QStringLiteral("ig-pasta-night"),
                                QStringLiteral("tt-pasta-hack")}));

        // Each item carries exactly the fields of the import file (plus the local id), same values.
        const auto fixtureItems = byExternalId(parseArray(readFile(fixture(QStringLiteral("library.json")))));
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            QVERIFY(item.value(QStringLiteral("id")).toInteger() > 0);
            QJsonObject withoutId = item;
            withoutId.remove(QStringLiteral("id"));
            const QString id = item.value(QStringLiteral("external_id")).toString();
            QCOMPARE(withoutId, fixtureItems.value(id));
        }
        QVERIFY(byExternalId(items)
                    .value(QStringLiteral("ig-pasta-night"))
                    .value(QStringLiteral("views"))
                    .isNull());
        // Shares where the platform gives them (TikTok), null where it does not.
        QCOMPARE(byExternalId(items).value(QStringLiteral("tt-pasta-hack")).value(QStringLiteral("shares")),
                 fixtureItems.value(QStringLiteral("tt-pasta-hack")).value(QStringLiteral("shares")));
        QVERIFY(byExternalId(items)
                    .value(QStringLiteral("tt-pasta-hack"))
                    .value(QStringLiteral("shares"))
                    .isDouble());
        QVERIFY(byExternalId(items)
                    .value(QStringLiteral("yt-carbonara"))
                    .value(QStringLiteral("shares"))
                    .isNull());

        // Instagram's insights gave the post its views: an export and an import into another profile keep
        // them known, in both formats; the post without insights stays unknown.
        QVERIFY(execOnLibrary({QStringLiteral(
            "UPDATE content SET views = 4200, views_known = 1 WHERE external_id = 'ig-pasta-night'")}));
        const auto searchAll = [this](const QString& profile) {
            const Run found =
                inProfile({QStringLiteral("search"), QStringLiteral(""), QStringLiteral("--json"),
                           QStringLiteral("--limit"), QStringLiteral("100")},
                          profile);
            return byExternalId(parseObject(found.out).value(QStringLiteral("items")).toArray());
        };
        const auto before = searchAll(m_profile);
        QCOMPARE(before.size(), 8);
        QCOMPARE(before.value(QStringLiteral("ig-pasta-night")).value(QStringLiteral("views")).toInteger(),
                 4200);
        QVERIFY(before.value(QStringLiteral("ig-pasta-night")).value(QStringLiteral("views_known")).toBool());
        QVERIFY(before.value(QStringLiteral("ig-coffee")).value(QStringLiteral("views")).isNull());
        // Instagram gives no duration: unknown (null), never 0.
        QVERIFY(before.value(QStringLiteral("ig-coffee")).value(QStringLiteral("duration_s")).isNull());
        for (const QString& format : {QStringLiteral("json"), QStringLiteral("csv")}) {
            const QString file = tmpPath(QStringLiteral("round-trip.") + format);
            const Run exported = inProfile({QStringLiteral("library"), QStringLiteral("export"), file});
            QVERIFY2(exported.code == 0, qPrintable(exported.err));
            const QString other = tmpPath(QStringLiteral("round-trip-") + format);
            const Run imported =
                inProfile({QStringLiteral("library"), QStringLiteral("import"), file}, other);
            QVERIFY2(imported.code == 0, qPrintable(imported.err));
            QCOMPARE(searchAll(other), before);
            const Run table = inProfile({QStringLiteral("search"), QStringLiteral("pasta night")}, other);
            QVERIFY2(table.out.contains(QLatin1String(" 4,200  Pasta night with friends")),
                     qPrintable(table.out));
        }
    }

    void importWithoutViewsKnownKeepsInstagramViewsUnknown()
    {
        // A file written before views_known (the documented sample): Instagram's views are unknown, as
        // before; the others' are known. A views order lists the unknown views with the items of none.
        const Run r = inProfile({QStringLiteral("library"), QStringLiteral("import"),
                                 sv::test::dataPath(QStringLiteral("library/sample.json"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run search = inProfile({QStringLiteral("search"), QStringLiteral(""), QStringLiteral("--json"),
                                      QStringLiteral("--sort"), QStringLiteral("views")});
        const QJsonArray items = parseObject(search.out).value(QStringLiteral("items")).toArray();
        QCOMPARE(externalIds(items),
                 (QStringList{QStringLiteral("7340000000000000001"), QStringLiteral("dQw4w9WgXcQ"),
                              QStringLiteral("C4aBcDeFgHi")}));
        const QJsonObject instagram = items.at(2).toObject();
        QVERIFY(instagram.value(QStringLiteral("views")).isNull());
        QCOMPARE(instagram.value(QStringLiteral("views_known")).toBool(true), false);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("views")).toInteger(), 990001);
        QVERIFY(items.at(0).toObject().value(QStringLiteral("views_known")).toBool());
        const Run table = inProfile({QStringLiteral("search"), QStringLiteral("creme")});
        QVERIFY2(table.out.contains(QStringLiteral("—  Crème brûlée")), qPrintable(table.out));
        QVERIFY2(!table.out.contains(QLatin1String("40210")), qPrintable(table.out));
    }

    void searchWithoutMatches()
    {
        importFixture();
        const Run r = inProfile({QStringLiteral("search"), QStringLiteral("zeppelin")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("No items match")), qPrintable(r.out));
        const QJsonObject doc = parseObject(
            inProfile({QStringLiteral("search"), QStringLiteral("zeppelin"), QStringLiteral("--json")}).out);
        QCOMPARE(doc.value(QStringLiteral("total")).toInteger(), 0);
        QVERIFY(doc.value(QStringLiteral("items")).isArray());
        QVERIFY(doc.value(QStringLiteral("items")).toArray().isEmpty());
    }

    void searchFiltersByPlatform_data()
    {
        QTest::addColumn<QStringList>("platformArgs");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("tiktok") << QStringList{QStringLiteral("--platform"), QStringLiteral("tiktok")}
                                << QStringList{QStringLiteral("tt-pasta-hack")};
        QTest::newRow("case-insensitive")
            << QStringList{QStringLiteral("--platform"), QStringLiteral("TikTok")}
            << QStringList{QStringLiteral("tt-pasta-hack")};
        QTest::newRow("comma list") << QStringList{QStringLiteral("--platform"),
                                                   QStringLiteral("youtube,instagram")}
                                    << QStringList{QStringLiteral("ig-pasta-night"),
                                                   QStringLiteral("yt-carbonara")};
        QTest::newRow("repeated") << QStringList{QStringLiteral("--platform"), QStringLiteral("youtube"),
                                                 QStringLiteral("--platform=tiktok")}
                                  << QStringList{QStringLiteral("tt-pasta-hack"),
                                                 QStringLiteral("yt-carbonara")};
    }

    void searchFiltersByPlatform()
    {
        QFETCH(QStringList, platformArgs);
        QFETCH(QStringList, expected);
        importFixture();
        const Run r = inProfile(
            QStringList{QStringLiteral("search"), QStringLiteral("pasta"), QStringLiteral("--json")} +
            platformArgs);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject doc = parseObject(r.out);
        QStringList ids = externalIds(doc.value(QStringLiteral("items")).toArray());
        ids.sort();
        QCOMPARE(ids, expected);
        QCOMPARE(doc.value(QStringLiteral("total")).toInteger(), expected.size());
    }

    void searchLimitAndOffset()
    {
        importFixture();
        const Run r = inProfile({QStringLiteral("search"), QStringLiteral("pasta"), QStringLiteral("--limit"),
                                 QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject first = parseObject(r.out);
        QCOMPARE(first.value(QStringLiteral("total")).toInteger(), 3);
        const QJsonArray firstItems = first.value(QStringLiteral("items")).toArray();
        QCOMPARE(firstItems.size(), 2);

        const QJsonObject second =
            parseObject(inProfile({QStringLiteral("search"), QStringLiteral("pasta"),
                                   QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--offset"),
                                   QStringLiteral("2"), QStringLiteral("--json")})
                            .out);
        const QJsonArray secondItems = second.value(QStringLiteral("items")).toArray();
        QCOMPARE(secondItems.size(), 1);
        QStringList all = externalIds(firstItems) + externalIds(secondItems);
        all.sort();
        QCOMPARE(all, (QStringList{QStringLiteral("ig-pasta-night"), QStringLiteral("tt-pasta-hack"),
                                   QStringLiteral("yt-carbonara")}));

        const Run human = inProfile({QStringLiteral("search"), QStringLiteral("pasta"),
                                     QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY2(human.out.trimmed().endsWith(QLatin1String("Items 1-2 of 3.")), qPrintable(human.out));
    }

    void searchSortsAndListsEverything()
    {
        importFixture();
        const Run r = inProfile({QStringLiteral("search"), QString(), QStringLiteral("--sort"),
                                 QStringLiteral("views"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject doc = parseObject(r.out);
        QCOMPARE(doc.value(QStringLiteral("total")).toInteger(), 8);
        const QJsonArray items = doc.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 8);
        for (qsizetype i = 1; i < items.size(); ++i)
            QVERIFY(items.at(i - 1).toObject().value(QStringLiteral("views")).toInteger() >=
                    items.at(i).toObject().value(QStringLiteral("views")).toInteger());
        QCOMPARE(items.first().toObject().value(QStringLiteral("external_id")).toString(),
                 QStringLiteral("tt-pasta-hack"));

        const QJsonObject newest =
            parseObject(inProfile({QStringLiteral("search"), QString(), QStringLiteral("--sort"),
                                   QStringLiteral("newest"), QStringLiteral("--limit"), QStringLiteral("1"),
                                   QStringLiteral("--json")})
                            .out);
        QCOMPARE(newest.value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("external_id"))
                     .toString(),
                 QStringLiteral("yt-studio"));
    }

    // ---- export / import round trip --------------------------------------------------------------

    void exportRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void exportRoundTrip()
    {
        QFETCH(QString, format);
        importFixture();
        const QString exported = tmpPath(QStringLiteral("export.") + format);
        const Run r = inProfile({QStringLiteral("library"), QStringLiteral("export"),
                                 QStringLiteral("--format"), format, exported});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Exported 8 items")), qPrintable(r.out));
        QVERIFY(QFileInfo(exported).size() > 0);

        // Into a second, fresh profile, then compare both libraries item by item.
        const QString second = tmpPath(QStringLiteral("second-profile"));
        const Run imported =
            inProfile({QStringLiteral("library"), QStringLiteral("import"), exported}, second);
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QLatin1String("Imported 8 items")), qPrintable(imported.out));

        const Run a = inProfile({QStringLiteral("library"), QStringLiteral("export"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        const Run b = inProfile({QStringLiteral("library"), QStringLiteral("export"),
                                 QStringLiteral("--format"), QStringLiteral("json")},
                                second);
        QCOMPARE(a.code, 0);
        QCOMPARE(b.code, 0);
        const auto itemsA = byExternalId(parseArray(a.out.toUtf8()));
        const auto itemsB = byExternalId(parseArray(b.out.toUtf8()));
        QCOMPARE(itemsA.size(), 8);
        QCOMPARE(itemsB, itemsA);
        // And both equal what was imported in the first place (unicode, quotes, line breaks, null date).
        QCOMPARE(itemsA, byExternalId(parseArray(readFile(fixture(QStringLiteral("library.json"))))));
    }

    void exportFormatFromFileName()
    {
        importFixture();
        const QString path = tmpPath(QStringLiteral("library.csv"));
        const Run r = inProfile({QStringLiteral("library"), QStringLiteral("export"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readFile(path).startsWith("platform,account,external_id,"));
    }

    void exportToStdout()
    {
        importFixture();
        const Run csv = inProfile({QStringLiteral("library"), QStringLiteral("export"),
                                   QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.err.isEmpty());
        QVERIFY2(csv.out.startsWith(QLatin1String("platform,account,external_id,")),
                 qPrintable(csv.out.left(200)));
        QVERIFY(csv.out.contains(QLatin1String("\"He said \"\"wow\"\", then left\"")));

        // Without --format or a file name: JSON.
        const Run json = inProfile({QStringLiteral("library"), QStringLiteral("export")});
        QCOMPARE(json.code, 0);
        QCOMPARE(parseArray(json.out.toUtf8()).size(), 8);
    }

    void exportOfEmptyLibrary()
    {
        const Run r = inProfile({QStringLiteral("library"), QStringLiteral("export"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QVERIFY(parseArray(r.out.toUtf8()).isEmpty());
        QVERIFY(r.out.trimmed().startsWith(QLatin1Char('[')));
    }

    // ---- stats --------------------------------------------------------------------------------------

    void stats()
    {
        importFixture();
        const Run json =
            inProfile({QStringLiteral("library"), QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject doc = parseObject(json.out);
        QCOMPARE(doc.value(QStringLiteral("items")).toInteger(), 8);
        const QJsonObject platforms = doc.value(QStringLiteral("platforms")).toObject();
        QCOMPARE(platforms.value(QStringLiteral("youtube")).toInteger(), 3);
        QCOMPARE(platforms.value(QStringLiteral("instagram")).toInteger(), 2);
        QCOMPARE(platforms.value(QStringLiteral("tiktok")).toInteger(), 3);
        QCOMPARE(doc.value(QStringLiteral("profile")).toString(), m_profile);
        QCOMPARE(doc.value(QStringLiteral("newest_published_at")).toString(),
                 QStringLiteral("2024-05-20T12:00:00Z"));
        QVERIFY(doc.value(QStringLiteral("file_bytes")).toInteger() > 0);

        const Run human = inProfile({QStringLiteral("library"), QStringLiteral("stats")});
        QCOMPARE(human.code, 0);
        const auto countLine = [&human](const QString& label) {
            for (const QString& line : human.out.split(QLatin1Char('\n'))) {
                if (line.startsWith(label + QLatin1Char(' ')))
                    return line.simplified();
            }
            return QString();
        };
        QCOMPARE(countLine(QStringLiteral("YouTube")), QStringLiteral("YouTube 3"));
        QCOMPARE(countLine(QStringLiteral("Instagram")), QStringLiteral("Instagram 2"));
        QCOMPARE(countLine(QStringLiteral("TikTok")), QStringLiteral("TikTok 3"));
        QCOMPARE(countLine(QStringLiteral("Total")), QStringLiteral("Total 8"));
    }

    void statsOfNewProfileIsEmpty()
    {
        const QJsonObject doc = parseObject(
            inProfile({QStringLiteral("library"), QStringLiteral("stats"), QStringLiteral("--json")}).out);
        QCOMPARE(doc.value(QStringLiteral("items")).toInteger(), 0);
        QVERIFY(doc.value(QStringLiteral("newest_published_at")).isNull());
        QVERIFY(doc.value(QStringLiteral("last_synced_at")).isNull());
    }

    // ---- performance over time ------------------------------------------------------------------

    /// Runs SQL statements on m_profile's library, as a sync's writes (and days passing) would.
    bool execOnLibrary(const QStringList& statements) const
    {
        const QString name = QStringLiteral("test-history-rows");
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_profile + QStringLiteral("/library.sqlite"));
            ok = db.open();
            for (const QString& sql : statements) {
                QSqlQuery q(db);
                if (!ok || !(ok = q.exec(sql)))
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    /// The fixture's counters recorded ten days ago, then carbonara +500 views and the Instagram post +40
    /// likes today; a channel's followers 1,000 twenty days ago and 1,250 five days ago.
    void historyFixture()
    {
        importFixture();
        QVERIFY(execOnLibrary(
            {QStringLiteral("UPDATE content_history SET day = day - 10, recorded_at = recorded_at - 864000"),
             QStringLiteral("UPDATE content SET views = views + 500 WHERE external_id = 'yt-carbonara'"),
             QStringLiteral("UPDATE content SET likes = likes + 40 WHERE external_id = 'ig-pasta-night'"),
             QStringLiteral("INSERT INTO account_history VALUES ('youtube', 'UC1', unixepoch() / 86400 - 20, "
                            "unixepoch() - 20 * 86400, 1000), ('youtube', 'UC1', unixepoch() / 86400 - 5, "
                            "unixepoch() - 5 * 86400, 1250)")}));
    }

    qint64 idOf(const QString& externalId) const
    {
        const Run r = inProfile({QStringLiteral("search"), QStringLiteral(""), QStringLiteral("--json"),
                                 QStringLiteral("--limit"), QStringLiteral("100")});
        for (const QJsonValue& v : parseObject(r.out).value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("external_id")).toString() == externalId)
                return v.toObject().value(QStringLiteral("id")).toInteger();
        }
        return -1;
    }

    void historyShowsEachDayAndNoInventedZero()
    {
        historyFixture();
        const Run yt =
            inProfile({QStringLiteral("history"), QString::number(idOf(QStringLiteral("yt-carbonara"))),
                       QStringLiteral("--json")});
        QVERIFY2(yt.code == 0, qPrintable(yt.err));
        const QJsonArray points = parseObject(yt.out).value(QStringLiteral("history")).toArray();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0).toObject().value(QStringLiteral("views")).toInteger(), 15000);
        QCOMPARE(points.at(1).toObject().value(QStringLiteral("views")).toInteger(), 15500);
        QCOMPARE(points.at(1).toObject().value(QStringLiteral("day")).toString(),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        QVERIFY(points.at(1).toObject().value(QStringLiteral("shares")).isNull());

        const QString ig = QString::number(idOf(QStringLiteral("ig-pasta-night")));
        const Run igJson = inProfile({QStringLiteral("history"), ig, QStringLiteral("--json")});
        const QJsonArray igPoints = parseObject(igJson.out).value(QStringLiteral("history")).toArray();
        QCOMPARE(igPoints.size(), 2);
        QVERIFY(igPoints.at(1).toObject().value(QStringLiteral("views")).isNull()); // not 0
        const Run igText = inProfile({QStringLiteral("history"), ig});
        QVERIFY2(igText.code == 0, qPrintable(igText.err));
        QVERIFY2(igText.out.contains(QStringLiteral("—")), qPrintable(igText.out));
        QVERIFY2(igText.out.contains(
                     QLatin1String("only through their insights, and none were read for this item")),
                 qPrintable(igText.out));

        // A sync reads the post's insights today: its views are known from today on, and the text says so.
        QVERIFY(execOnLibrary({QStringLiteral(
            "UPDATE content SET views = 4300, views_known = 1 WHERE external_id = 'ig-pasta-night'")}));
        const Run igKnown = inProfile({QStringLiteral("history"), ig});
        QVERIFY2(igKnown.code == 0, qPrintable(igKnown.err));
        QVERIFY2(igKnown.out.contains(
                     QStringLiteral("Views from Instagram's insights since %1; the days before have none.")
                         .arg(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate))),
                 qPrintable(igKnown.out));
        QVERIFY2(!igKnown.out.contains(QLatin1String("none were read")), qPrintable(igKnown.out));
        const Run ytText =
            inProfile({QStringLiteral("history"), QString::number(idOf(QStringLiteral("yt-carbonara")))});
        QVERIFY2(!ytText.out.contains(QLatin1String("Instagram")), qPrintable(ytText.out));

        const Run missing = inProfile({QStringLiteral("history"), QStringLiteral("999999")});
        verifyOneLineError(missing);
    }

    void statsSumsThePeriod()
    {
        historyFixture();
        const Run week = inProfile({QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("7d"),
                                    QStringLiteral("--json")});
        QVERIFY2(week.code == 0, qPrintable(week.err));
        const QJsonObject doc = parseObject(week.out);
        QCOMPARE(doc.value(QStringLiteral("views_gained")).toInteger(), 500);
        QCOMPARE(doc.value(QStringLiteral("items_with_views")).toInteger(), 6); // not the 2 Instagram posts
        QCOMPARE(doc.value(QStringLiteral("instagram_items_without_views")).toInteger(), 2);
        const QJsonArray movers = doc.value(QStringLiteral("top_movers")).toArray();
        QCOMPARE(movers.size(), 1);
        QCOMPARE(movers.at(0).toObject().value(QStringLiteral("external_id")).toString(),
                 QStringLiteral("yt-carbonara"));
        QCOMPARE(movers.at(0).toObject().value(QStringLiteral("views_gained")).toInteger(), 500);
        const QJsonArray followers = doc.value(QStringLiteral("followers")).toArray();
        QCOMPARE(followers.size(), 1);
        const QJsonArray trend = followers.at(0).toObject().value(QStringLiteral("points")).toArray();
        QCOMPARE(trend.size(), 2); // the count before the week (its start), then five days ago
        QCOMPARE(trend.at(0).toObject().value(QStringLiteral("followers")).toInteger(), 1000);
        QCOMPARE(trend.at(1).toObject().value(QStringLiteral("followers")).toInteger(), 1250);
        QCOMPARE(doc.value(QStringLiteral("average_views_by_hour_utc")).toArray().size(), 24);

        // The four weeks start from the count before them; a platform alone.
        const Run month = inProfile({QStringLiteral("stats"), QStringLiteral("--platform"),
                                     QStringLiteral("tiktok"), QStringLiteral("--json")});
        const QJsonObject tiktok = parseObject(month.out);
        QCOMPARE(tiktok.value(QStringLiteral("views_gained")).toInteger(), 0);
        QCOMPARE(tiktok.value(QStringLiteral("items_with_views")).toInteger(), 3);
        QVERIFY(tiktok.value(QStringLiteral("followers")).toArray().isEmpty());
        const Run all = inProfile({QStringLiteral("stats")});
        QVERIFY2(all.code == 0, qPrintable(all.err));
        QVERIFY2(all.out.contains(QLatin1String("Views gained: 500")), qPrintable(all.out));
        QVERIFY2(all.out.contains(QLatin1String("+250")), qPrintable(all.out));
        QVERIFY2(all.out.contains(QLatin1String(
                     "2 Instagram items without views from insights by the period's end are not counted.")),
                 qPrintable(all.out));
        const Run tiktokText =
            inProfile({QStringLiteral("stats"), QStringLiteral("--platform"), QStringLiteral("tiktok")});
        QVERIFY2(!tiktokText.out.contains(QLatin1String("Instagram")), qPrintable(tiktokText.out));

        // Insights read today for one post: it counts (from its first views), the other still does not.
        QVERIFY(execOnLibrary({QStringLiteral(
            "UPDATE content SET views = 4300, views_known = 1 WHERE external_id = 'ig-pasta-night'")}));
        const QJsonObject known =
            parseObject(inProfile({QStringLiteral("stats"), QStringLiteral("--json")}).out);
        QCOMPARE(known.value(QStringLiteral("items_with_views")).toInteger(), 7);
        QCOMPARE(known.value(QStringLiteral("instagram_items_without_views")).toInteger(), 1);
        const Run one =
            inProfile({QStringLiteral("stats"), QStringLiteral("--platform"), QStringLiteral("instagram")});
        QVERIFY2(one.out.contains(QLatin1String(
                     "1 Instagram item without views from insights by the period's end is not counted.")),
                 qPrintable(one.out));
    }

    /// The best posting times count the items published in the period: a time whose items' views are unknown
    /// (Instagram's without insights) is null in JSON and left out of the text, never 0; too few items say
    /// so.
    void statsPostingTimesHaveNoInventedZero()
    {
        historyFixture();
        // The two Instagram posts (no insights) published two days ago: in the week, views unknown.
        QVERIFY(
            execOnLibrary({QStringLiteral("UPDATE content SET published_at = unixepoch() - 2 * 86400 WHERE "
                                          "platform = 'instagram'")}));
        const Run instagram = inProfile({QStringLiteral("stats"), QStringLiteral("--platform"),
                                         QStringLiteral("instagram"), QStringLiteral("--json")});
        QVERIFY2(instagram.code == 0, qPrintable(instagram.err));
        const QJsonObject doc = parseObject(instagram.out);
        const QJsonObject byWeekday = doc.value(QStringLiteral("average_views_by_weekday_utc")).toObject();
        QCOMPARE(byWeekday.size(), 7);
        for (auto it = byWeekday.constBegin(); it != byWeekday.constEnd(); ++it)
            QVERIFY2(it.value().isNull(), qPrintable(it.key()));
        for (const QJsonValue& v : doc.value(QStringLiteral("average_views_by_hour_utc")).toArray())
            QVERIFY(v.isNull());
        QCOMPARE(doc.value(QStringLiteral("posts_with_views_in_period")).toInteger(), 0);
        const Run text =
            inProfile({QStringLiteral("stats"), QStringLiteral("--platform"), QStringLiteral("instagram")});
        QVERIFY2(
            text.out.contains(QLatin1String("Too few items with known views were published in this period "
                                            "to compare (0 of at least 5)")),
            qPrintable(text.out));
        QVERIFY2(!text.out.contains(QLatin1String("Days:")), qPrintable(text.out));
    }

    void searchSortsByTheNewKeysAndFiltersByAccount()
    {
        historyFixture();
        const auto order = [this](const QStringList& extra) {
            const Run r = inProfile(
                QStringList{QStringLiteral("search"), QStringLiteral(""), QStringLiteral("--json")} + extra);
            if (r.code != 0)
                qWarning("%s", qPrintable(r.err));
            return externalIds(parseObject(r.out).value(QStringLiteral("items")).toArray());
        };
        QCOMPARE(order({QStringLiteral("--sort"), QStringLiteral("likes")}).first(),
                 QStringLiteral("tt-pasta-hack"));
        QCOMPARE(order({QStringLiteral("--sort"), QStringLiteral("comments"), QStringLiteral("--account"),
                        QStringLiteral("UCcreator")}),
                 (QStringList{QStringLiteral("yt-sourdough"), QStringLiteral("yt-carbonara"),
                              QStringLiteral("yt-studio")}));
        // Instagram media give no views: no engagement rate, listed last.
        const QStringList engagement = order({QStringLiteral("--sort"), QStringLiteral("engagement")});
        QCOMPARE(engagement.size(), 8);
        QVERIFY2(engagement.at(6).startsWith(QLatin1String("ig-")) &&
                     engagement.at(7).startsWith(QLatin1String("ig-")),
                 qPrintable(engagement.join(QLatin1Char(','))));
        QCOMPARE(order({QStringLiteral("--sort"), QStringLiteral("gained"), QStringLiteral("--period"),
                        QStringLiteral("7d")})
                     .first(),
                 QStringLiteral("yt-carbonara"));
    }

    void statsAndSearchNameTheAccounts()
    {
        historyFixture();
        QVERIFY(execOnLibrary({QStringLiteral(
            "INSERT INTO accounts (platform, account_id, display_name, handle, connected_at) VALUES "
            "('youtube', 'UC1', 'Cooking Corner', '@cookingcorner', 0), "
            "('youtube', 'UCcreator', 'Creator Kitchen', '@creatorkitchen', 0)")}));
        // Followers by the account's name and handle, as `accounts` lists it; the JSON keeps the id.
        const Run text =
            inProfile({QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("7d")});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QLatin1String("Cooking Corner (@cookingcorner)")) &&
                     !text.out.contains(QLatin1String("UC1")),
                 qPrintable(text.out));
        const Run json = inProfile({QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("7d"),
                                    QStringLiteral("--json")});
        const QJsonObject follower =
            parseObject(json.out).value(QStringLiteral("followers")).toArray().at(0).toObject();
        QCOMPARE(follower.value(QStringLiteral("account")).toString(), QStringLiteral("UC1"));
        QCOMPARE(follower.value(QStringLiteral("account_name")).toString(), QStringLiteral("Cooking Corner"));

        // --account takes the id, the handle (with or without "@") or the name.
        const QStringList youtube{QStringLiteral("yt-carbonara"), QStringLiteral("yt-sourdough"),
                                  QStringLiteral("yt-studio")};
        for (const QString& account : {QStringLiteral("UCcreator"), QStringLiteral("@creatorkitchen"),
                                       QStringLiteral("CreatorKitchen"), QStringLiteral("creator kitchen")}) {
            const Run r = inProfile({QStringLiteral("search"), QString(), QStringLiteral("--json"),
                                     QStringLiteral("--account"), account});
            QVERIFY2(r.code == 0, qPrintable(account + r.err));
            QStringList ids = externalIds(parseObject(r.out).value(QStringLiteral("items")).toArray());
            ids.sort();
            QCOMPARE(ids, youtube);
        }
        // An account the library does not know is an error, not an empty result.
        const Run unknown = inProfile(
            {QStringLiteral("search"), QString(), QStringLiteral("--account"), QStringLiteral("@nobody")});
        QCOMPARE(unknown.code, 2); // ExitRuntime
        QVERIFY2(unknown.err.contains(QLatin1String("no account '@nobody' in the library")),
                 qPrintable(unknown.err));
    }

    // ---- cross-posted clips -----------------------------------------------------------------------

    /// The groups of the imported cross-posts: the pasta clip on three platforms, the ramen clip on two; the
    /// vlog's durations are 2 s apart: no group.
    QList<QStringList> groupsOfProfile() const
    {
        const Run r = inProfile({QStringLiteral("groups"), QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("groups: %s", qPrintable(r.err));
        QList<QStringList> all;
        for (const QJsonValue& g : parseObject(r.out).value(QStringLiteral("groups")).toArray())
            all.append(externalIds(g.toObject().value(QStringLiteral("members")).toArray()));
        std::sort(all.begin(), all.end());
        return all;
    }

    /// `search --cross-posted`: the items of the groups only (the pasta clip on three platforms, the ramen
    /// clip on two), with other filters too.
    void searchCrossPostedListsTheGroupedItems()
    {
        const Run imported = inProfile({QStringLiteral("library"), QStringLiteral("import"),
                                        fixture(QStringLiteral("crossposts.json"))});
        QVERIFY2(imported.code == 0 && imported.err.isEmpty(), qPrintable(imported.err));
        const auto found = [this](const QStringList& extra) {
            const Run r = inProfile(QStringList{QStringLiteral("search"), QStringLiteral(""),
                                                QStringLiteral("--cross-posted"), QStringLiteral("--json")} +
                                    extra);
            if (r.code != 0)
                qWarning("%s", qPrintable(r.err));
            QStringList ids = externalIds(parseObject(r.out).value(QStringLiteral("items")).toArray());
            ids.sort();
            return ids;
        };
        const QStringList all = found({});
        QCOMPARE(all.size(), 5);
        QVERIFY2(all.contains(QStringLiteral("yt-pasta-short")) &&
                     all.contains(QStringLiteral("tt-pasta-clip")) &&
                     all.contains(QStringLiteral("ig-pasta-reel")),
                 qPrintable(all.join(QLatin1Char(','))));
        QCOMPARE(found({QStringLiteral("--platform"), QStringLiteral("instagram")}),
                 QStringList{QStringLiteral("ig-pasta-reel")});
        const Run everything =
            inProfile({QStringLiteral("search"), QStringLiteral(""), QStringLiteral("--json")});
        QVERIFY(parseObject(everything.out).value(QStringLiteral("total")).toInt() > 5);
    }

    void groupsShowCrossPostsWithTheirSums()
    {
        const Run imported = inProfile({QStringLiteral("library"), QStringLiteral("import"),
                                        fixture(QStringLiteral("crossposts.json"))});
        QVERIFY2(imported.code == 0 && imported.err.isEmpty(), qPrintable(imported.err));
        const Run r = inProfile({QStringLiteral("groups"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray groups = parseObject(r.out).value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        QJsonObject pasta = groups.at(0).toObject();
        if (pasta.value(QStringLiteral("members")).toArray().size() != 3)
            pasta = groups.at(1).toObject();
        QCOMPARE(externalIds(pasta.value(QStringLiteral("members")).toArray()),
                 (QStringList{QStringLiteral("yt-pasta-short"), QStringLiteral("tt-pasta-clip"),
                              QStringLiteral("ig-pasta-reel")}));
        // Instagram has no views: null for the member, left out of the sum and named.
        QVERIFY(pasta.value(QStringLiteral("members"))
                    .toArray()
                    .at(2)
                    .toObject()
                    .value(QStringLiteral("views"))
                    .isNull());
        const QJsonObject views =
            pasta.value(QStringLiteral("sum")).toObject().value(QStringLiteral("views")).toObject();
        QCOMPARE(views.value(QStringLiteral("sum")).toInteger(), 170000);
        QCOMPARE(views.value(QStringLiteral("missing_on")).toArray(),
                 QJsonArray{QStringLiteral("instagram")});
        QCOMPARE(pasta.value(QStringLiteral("sum"))
                     .toObject()
                     .value(QStringLiteral("likes"))
                     .toObject()
                     .value(QStringLiteral("sum"))
                     .toInteger(),
                 14000);
        const QJsonArray pairs = pasta.value(QStringLiteral("pairs")).toArray();
        QCOMPARE(pairs.size(), 3);
        for (const QJsonValue& p : pairs) {
            QCOMPARE(p.toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("match"));
            QVERIFY(!p.toObject().value(QStringLiteral("explanation")).toString().isEmpty());
        }

        const Run text = inProfile({QStringLiteral("groups")});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QLatin1String("2 groups of cross-posted clips")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("170,000")), qPrintable(text.out));
        // Each sum says which platforms it covers (the app's pane says the same).
        QVERIFY2(text.out.contains(
                     QLatin1String("The sum of views covers YouTube, TikTok only: no figure on Instagram.")),
                 qPrintable(text.out));
        QVERIFY2(
            text.out.contains(QLatin1String("No sum of shares: no figure on YouTube, TikTok, Instagram.")),
            qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("YouTube and TikTok: similar titles")),
                 qPrintable(text.out));
    }

    void groupsDecisionsAreKeptAcrossImports()
    {
        const QString file = fixture(QStringLiteral("crossposts.json"));
        importFixture(); // unrelated items first: row ids differ from the fixture's order
        QVERIFY(inProfile({QStringLiteral("library"), QStringLiteral("import"), file}).code == 0);
        const QString ig = QString::number(idOf(QStringLiteral("ig-pasta-reel")));
        const QString ytVlog = QString::number(idOf(QStringLiteral("yt-vlog")));
        const QString ttVlog = QString::number(idOf(QStringLiteral("tt-vlog")));
        const Run split = inProfile({QStringLiteral("groups"), QStringLiteral("split"), ig});
        QVERIFY2(split.code == 0, qPrintable(split.err));
        const Run merged = inProfile({QStringLiteral("groups"), QStringLiteral("merge"), ytVlog, ttVlog});
        QVERIFY2(merged.code == 0, qPrintable(merged.err));
        QVERIFY2(merged.out.contains(QLatin1String("kept by you")), qPrintable(merged.out));
        const Run refused = inProfile({QStringLiteral("groups"), QStringLiteral("merge"),
                                       QString::number(idOf(QStringLiteral("tt-ramen"))), ttVlog});
        verifyOneLineError(refused);
        const QList<QStringList> expected{{QStringLiteral("yt-pasta-short"), QStringLiteral("tt-pasta-clip")},
                                          {QStringLiteral("yt-ramen"), QStringLiteral("tt-ramen")},
                                          {QStringLiteral("yt-vlog"), QStringLiteral("tt-vlog")}};
        QCOMPARE(groupsOfProfile(), expected);
        // The same items again (a re-sync's counters), a later run of the CLI: the decisions stay.
        QVERIFY(execOnLibrary({QStringLiteral("UPDATE content SET views = views + 1")}));
        QVERIFY(inProfile({QStringLiteral("library"), QStringLiteral("import"), file}).code == 0);
        QCOMPARE(groupsOfProfile(), expected);
        const Run confirmed =
            inProfile({QStringLiteral("groups"), QStringLiteral("confirm"),
                       QString::number(idOf(QStringLiteral("yt-ramen"))), QStringLiteral("--json")});
        QVERIFY2(confirmed.code == 0, qPrintable(confirmed.err));
        QVERIFY(parseObject(confirmed.out)
                    .value(QStringLiteral("group"))
                    .toObject()
                    .value(QStringLiteral("manual"))
                    .toBool());
    }

    // ---- profiles -------------------------------------------------------------------------------

    void profileFromEnvironmentAndOptionPlacement()
    {
        const QString dir = tmpPath(QStringLiteral("env-profile"));
        const Run imported = cli(
            {QStringLiteral("library"), QStringLiteral("import"), fixture(QStringLiteral("library.json"))},
            {{QStringLiteral("STREAMVIBE_PROFILE"), dir}});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/library.sqlite")));
        QCOMPARE(QFileInfo(dir).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // --profile after the command works too, and beats the environment.
        const Run found = cli({QStringLiteral("search"), QStringLiteral("pasta"), QStringLiteral("--json"),
                               QStringLiteral("--profile"), dir},
                              {{QStringLiteral("STREAMVIBE_PROFILE"), tmpPath(QStringLiteral("other"))}});
        QCOMPARE(found.code, 0);
        QCOMPARE(parseObject(found.out).value(QStringLiteral("total")).toInteger(), 3);
    }

    void defaultProfileIsUnderXdgDataHome()
    {
        const Run r = cli({QStringLiteral("library"), QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(parseObject(r.out).value(QStringLiteral("profile")).toString(),
                 tmpPath(QStringLiteral("xdg-data/StreamVibe/profiles/default")));
    }

    // ---- config show --------------------------------------------------------------------------

    void configShowReportsSources()
    {
        const QString userFile = tmpPath(QStringLiteral("xdg-home/StreamVibe/streamvibe.conf"));
        QVERIFY(QDir().mkpath(QFileInfo(userFile).absolutePath()));
        QFile f(userFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[youtube]\nclient_id=yt-from-user\n");
        f.close();

        const Run r = cli({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject doc = parseObject(r.out);
        const QJsonObject values = doc.value(QStringLiteral("values")).toObject();
        const QJsonObject clientId = values.value(QStringLiteral("youtube/client_id")).toObject();
        QCOMPARE(clientId.value(QStringLiteral("value")).toString(), QStringLiteral("yt-from-user"));
        QCOMPARE(clientId.value(QStringLiteral("source")).toString(), QStringLiteral("user"));
        QCOMPARE(clientId.value(QStringLiteral("file")).toString(), userFile);
        const QJsonObject authUrl = values.value(QStringLiteral("youtube/auth_url")).toObject();
        QCOMPARE(authUrl.value(QStringLiteral("value")).toString(),
                 QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
        QCOMPARE(authUrl.value(QStringLiteral("source")).toString(), QStringLiteral("default"));
        QVERIFY(authUrl.value(QStringLiteral("file")).isNull());
        QCOMPARE(doc.value(QStringLiteral("backend_configured")).toBool(), false);
        QCOMPARE(doc.value(QStringLiteral("sandbox")).toBool(), false);
        QCOMPARE(values.size(), sv::AppConfig::keys().size()); // every key, none left out

        const Run human = cli({QStringLiteral("config"), QStringLiteral("show")});
        QCOMPARE(human.code, 0);
        QVERIFY2(human.out.contains(QLatin1String("not configured")), qPrintable(human.out));
        QVERIFY2(human.out.contains(userFile), qPrintable(human.out));
        QVERIFY(human.out.contains(QLatin1String("yt-from-user")));
    }

    void configShowWithExplicitFile()
    {
        const QString file = tmpPath(QStringLiteral("sandbox.conf"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[backend]\nurl=http://127.0.0.1:54321\nanon_key=public-anon\n");
        f.close();
        const Run r = cli({QStringLiteral("--config"), file, QStringLiteral("config"), QStringLiteral("show"),
                           QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject url = parseObject(r.out)
                                    .value(QStringLiteral("values"))
                                    .toObject()
                                    .value(QStringLiteral("backend/url"))
                                    .toObject();
        QCOMPARE(url.value(QStringLiteral("value")).toString(), QStringLiteral("http://127.0.0.1:54321"));
        QCOMPARE(url.value(QStringLiteral("source")).toString(), QStringLiteral("option"));
        QCOMPARE(parseObject(r.out).value(QStringLiteral("backend_configured")).toBool(), true);

        // The same through $STREAMVIBE_CONFIG.
        const Run env = cli({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")},
                            {{QStringLiteral("STREAMVIBE_CONFIG"), file}});
        QCOMPARE(env.code, 0);
        QCOMPARE(parseObject(env.out)
                     .value(QStringLiteral("values"))
                     .toObject()
                     .value(QStringLiteral("backend/url"))
                     .toObject()
                     .value(QStringLiteral("source"))
                     .toString(),
                 QStringLiteral("environment"));
    }

    void configErrorsAreRuntimeErrors()
    {
        const Run missing = cli({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--config"),
                                 tmpPath(QStringLiteral("missing.conf"))});
        verifyOneLineError(missing);
        QVERIFY2(missing.err.contains(QLatin1String("missing.conf")), qPrintable(missing.err));

        const QString bad = tmpPath(QStringLiteral("bad.conf"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[backend]\nurl=http://backend.example.com\n[youtube]\nclient_secret=GOCSPX-x\n");
        f.close();
        const Run invalid =
            cli({QStringLiteral("--config"), bad, QStringLiteral("config"), QStringLiteral("show")});
        verifyOneLineError(invalid);
        QVERIFY2(invalid.err.contains(QLatin1String("client_secret")), qPrintable(invalid.err));
        QVERIFY(!invalid.err.contains(QLatin1String("GOCSPX")));
    }

    // ---- cache --------------------------------------------------------------------------------

    void cacheStatsCountsStoredEntries()
    {
        // A new profile: the library (and its cache_store) is created, and the cache is empty.
        const QJsonObject empty = cacheStats();
        const QJsonObject emptySqlite = empty.value(QStringLiteral("sqlite")).toObject();
        QCOMPARE(emptySqlite.value(QStringLiteral("entries")).toInteger(-1), 0);
        QCOMPARE(emptySqlite.value(QStringLiteral("expired")).toInteger(-1), 0);
        QCOMPARE(emptySqlite.value(QStringLiteral("bytes")).toInteger(-1), 0);

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 dayMs = 24LL * 3600 * 1000;
        QVERIFY(insertCacheRows(
            m_profile + QStringLiteral("/library.sqlite"),
            {{QStringLiteral("plans::all"), QByteArray(100, 'p'), now + dayMs, QString()},
             {QStringLiteral("profile:u1:me"), QByteArray(20, 'm'), now + dayMs, QStringLiteral("u1")},
             {QStringLiteral("usage:u1:month"), QByteArray(7, 'u'), now - dayMs, QStringLiteral("u1")}}));

        const QJsonObject doc = cacheStats();
        const QJsonObject sqlite = doc.value(QStringLiteral("sqlite")).toObject();
        QCOMPARE(sqlite.value(QStringLiteral("entries")).toInteger(-1), 3);
        QCOMPARE(sqlite.value(QStringLiteral("expired")).toInteger(-1), 1);
        QCOMPARE(sqlite.value(QStringLiteral("bytes")).toInteger(-1), 127);
        // A new process has asked nothing yet: its counters are zero, its memory layer empty.
        QCOMPARE(doc.value(QStringLiteral("lookups")).toInteger(-1), 0);
        QCOMPARE(sqlite.value(QStringLiteral("hits")).toInteger(-1), 0);
        const QJsonObject memory = doc.value(QStringLiteral("memory")).toObject();
        QCOMPARE(memory.value(QStringLiteral("entries")).toInteger(-1), 0);
        QCOMPARE(memory.value(QStringLiteral("hits")).toInteger(-1), 0);
        QVERIFY(doc.contains(QStringLiteral("backend")));

        const Run human = inProfile({QStringLiteral("cache"), QStringLiteral("stats")});
        QCOMPARE(human.code, 0);
        QVERIFY2(human.err.isEmpty(), qPrintable(human.err));
        QVERIFY2(human.out.contains(QLatin1String("3 entries, 1 expired, 127 bytes")), qPrintable(human.out));
        bool sqliteRow = false;
        for (const QString& line : human.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("sqlite ")))
                sqliteRow = line.simplified() == QLatin1String("sqlite 0 0 3");
        }
        QVERIFY2(sqliteRow, qPrintable(human.out));
    }

    void cacheClearRemovesEveryEntryButNoContent()
    {
        importFixture();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(insertCacheRows(
            m_profile + QStringLiteral("/library.sqlite"),
            {{QStringLiteral("plans::all"), QByteArray("[]"), now + 60000, QString()},
             {QStringLiteral("profile:u1:me"), QByteArray("{}"), now - 60000, QStringLiteral("u1")}}));

        const Run cleared = inProfile({QStringLiteral("cache"), QStringLiteral("clear")});
        QVERIFY2(cleared.code == 0, qPrintable(cleared.err));
        QCOMPARE(cleared.out, QStringLiteral("Removed 2 cached answers.\n"));
        QCOMPARE(cacheStats()
                     .value(QStringLiteral("sqlite"))
                     .toObject()
                     .value(QStringLiteral("entries"))
                     .toInteger(-1),
                 0);
        // The content library is not the cache.
        const Run library =
            inProfile({QStringLiteral("library"), QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(parseObject(library.out).value(QStringLiteral("items")).toInteger(), 8);

        const Run again = inProfile({QStringLiteral("cache"), QStringLiteral("clear")});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.out, QStringLiteral("Removed 0 cached answers.\n"));
    }

    void cacheUsageErrors()
    {
        const Run extra =
            inProfile({QStringLiteral("cache"), QStringLiteral("clear"), QStringLiteral("now")});
        QCOMPARE(extra.code, 1);
        QVERIFY2(extra.err.contains(QLatin1String("takes no arguments")), qPrintable(extra.err));
        const Run unknown = inProfile({QStringLiteral("cache"), QStringLiteral("flush")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("flush")), qPrintable(unknown.err));
        // Nothing was created or removed by a refused command.
        QVERIFY(!QFileInfo::exists(m_profile + QStringLiteral("/library.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
