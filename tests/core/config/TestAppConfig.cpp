#include "config/AppConfig.h"
#include "sync/SyncOutcome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sv;

namespace {

void writeText(const QString& path, const QByteArray& text)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(f.write(text), text.size());
}

QByteArray jwt(const QJsonObject& payload)
{
    const auto enc = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(enc);
    return header + '.' + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(enc) +
           ".c2lnbmF0dXJl";
}

} // namespace

class TestAppConfig : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_systemA; ///< First in $XDG_CONFIG_DIRS: the more important system directory.
    QString m_systemB;
    QString m_userHome;

    QString systemFileA() const { return m_systemA + QStringLiteral("/StreamVibe/streamvibe.conf"); }
    QString systemFileB() const { return m_systemB + QStringLiteral("/StreamVibe/streamvibe.conf"); }
    QString userFile() const { return m_userHome + QStringLiteral("/StreamVibe/streamvibe.conf"); }
    QString tmpPath(const QString& name) const { return m_tmp->filePath(name); }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_systemA = tmpPath(QStringLiteral("etc-a"));
        m_systemB = tmpPath(QStringLiteral("etc-b"));
        m_userHome = tmpPath(QStringLiteral("home/.config"));
        qputenv("XDG_CONFIG_DIRS", (m_systemA + QLatin1Char(':') + m_systemB).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_userHome.toLocal8Bit());
        qunsetenv(AppConfig::EnvironmentVariable);
    }

    void cleanup()
    {
        qunsetenv("XDG_CONFIG_DIRS");
        qunsetenv(AppConfig::EnvironmentVariable);
        m_tmp.reset();
    }

    void defaultsAreProductionEndpoints()
    {
        const AppConfig c;
        QCOMPARE(c.youtube.authUrl, QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth")));
        QCOMPARE(c.youtube.tokenUrl, QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
        QCOMPARE(c.youtube.revokeUrl, QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke")));
        QCOMPARE(c.youtube.apiBase, QUrl(QStringLiteral("https://www.googleapis.com/youtube/v3")));
        QCOMPARE(c.instagram.authUrl, QUrl(QStringLiteral("https://www.instagram.com/oauth/authorize")));
        QCOMPARE(c.instagram.tokenUrl, QUrl(QStringLiteral("https://api.instagram.com/oauth/access_token")));
        QCOMPARE(c.instagram.graphBase, QUrl(QStringLiteral("https://graph.instagram.com")));
        QCOMPARE(c.tiktok.authUrl, QUrl(QStringLiteral("https://www.tiktok.com/v2/auth/authorize/")));
        QCOMPARE(c.tiktok.tokenUrl, QUrl(QStringLiteral("https://open.tiktokapis.com/v2/oauth/token/")));
        QCOMPARE(c.tiktok.apiBase, QUrl(QStringLiteral("https://open.tiktokapis.com")));
        QVERIFY(c.backend.url.isEmpty());
        QVERIFY(!c.isBackendConfigured());
        QVERIFY(c.backend.anonKey.isEmpty());
        QVERIFY(c.youtube.clientId.isEmpty());
        QVERIFY(!c.isSandbox());
        QVERIFY(c.validate().hasValue());
        QCOMPARE(c.origin(QStringLiteral("youtube/auth_url")).source, ConfigSource::Default);
    }

    void keysCoverEveryGroup()
    {
        const QStringList expected = {QStringLiteral("backend/url"),
                                      QStringLiteral("backend/anon_key"),
                                      QStringLiteral("backend/oauth_relay_url"),
                                      QStringLiteral("youtube/client_id"),
                                      QStringLiteral("youtube/auth_url"),
                                      QStringLiteral("youtube/token_url"),
                                      QStringLiteral("youtube/revoke_url"),
                                      QStringLiteral("youtube/api_base"),
                                      QStringLiteral("youtube/analytics_base"),
                                      QStringLiteral("instagram/client_id"),
                                      QStringLiteral("instagram/auth_url"),
                                      QStringLiteral("instagram/token_url"),
                                      QStringLiteral("instagram/graph_base"),
                                      QStringLiteral("instagram/redirect_uri"),
                                      QStringLiteral("tiktok/client_key"),
                                      QStringLiteral("tiktok/auth_url"),
                                      QStringLiteral("tiktok/token_url"),
                                      QStringLiteral("tiktok/api_base"),
                                      QStringLiteral("sync/request_timeout"),
                                      QStringLiteral("sync/page_timeout"),
                                      QStringLiteral("sync/job_timeout"),
                                      QStringLiteral("profile/location")};
        QCOMPARE(AppConfig::keys(), expected);
        AppConfig c;
        QVERIFY(!c.setValue(QStringLiteral("youtube/nope"), QStringLiteral("x")));
        QVERIFY(c.setValue(QStringLiteral("tiktok/client_key"), QStringLiteral("  abc  ")));
        QCOMPARE(c.tiktok.clientKey, QStringLiteral("abc"));
        QCOMPARE(c.value(QStringLiteral("tiktok/client_key")), QStringLiteral("abc"));
        QVERIFY(AppConfig::isUrlKey(QStringLiteral("backend/url")));
        QVERIFY(!AppConfig::isUrlKey(QStringLiteral("backend/anon_key")));
    }

    void loadWithoutAnyFileGivesDefaults()
    {
        const auto r = AppConfig::load();
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().message));
        const AppConfig defaults;
        for (const QString& key : AppConfig::keys()) {
            QCOMPARE(r->value(key), defaults.value(key));
            QCOMPARE(r->origin(key).source, ConfigSource::Default);
        }
        QVERIFY(r->loadedFiles().isEmpty());
        QVERIFY(r->warnings().isEmpty());
    }

    void layersFollowXdgOrder()
    {
        const QList<ConfigLayer> layers = AppConfig::layers();
        QCOMPARE(layers.size(), 3);
        // Lowest priority first: the last $XDG_CONFIG_DIRS entry, then the first, then the user's.
        QCOMPARE(layers[0].path, systemFileB());
        QCOMPARE(layers[0].source, ConfigSource::System);
        QCOMPARE(layers[1].path, systemFileA());
        QCOMPARE(layers[1].source, ConfigSource::System);
        QCOMPARE(layers[2].path, userFile());
        QCOMPARE(layers[2].source, ConfigSource::User);
        for (const ConfigLayer& l : layers)
            QVERIFY(!l.required);
    }

    void xdgFallbacksWhenUnsetOrRelative()
    {
        qunsetenv("XDG_CONFIG_DIRS");
        qputenv("XDG_CONFIG_HOME", "relative/dir");
        const QList<ConfigLayer> layers = AppConfig::layers();
        QCOMPARE(layers.size(), 2);
        QCOMPARE(layers[0].path, QStringLiteral("/etc/xdg/StreamVibe/streamvibe.conf"));
        QCOMPARE(layers[1].path, QDir::homePath() + QStringLiteral("/.config/StreamVibe/streamvibe.conf"));

        qputenv("XDG_CONFIG_DIRS", "relative:" + m_systemA.toLocal8Bit());
        const QList<ConfigLayer> second = AppConfig::layers();
        QCOMPARE(second.size(), 2);
        QCOMPARE(second[0].path, systemFileA());
    }

    void userOverridesSystemKeyByKey()
    {
        writeText(systemFileB(), "[backend]\nurl=https://b.example.com\nanon_key=anon-b\n"
                                 "[youtube]\nclient_id=yt-b\n");
        writeText(systemFileA(), "[backend]\nurl=https://a.example.com\n[tiktok]\nclient_key=tk-a\n");
        writeText(userFile(), "[backend]\nurl=https://user.example.com/\n");

        const auto r = AppConfig::load();
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->backend.url, QUrl(QStringLiteral("https://user.example.com/")));
        QCOMPARE(r->origin(QStringLiteral("backend/url")).source, ConfigSource::User);
        QCOMPARE(r->origin(QStringLiteral("backend/url")).file, userFile());
        QCOMPARE(r->backend.anonKey, QStringLiteral("anon-b"));
        QCOMPARE(r->origin(QStringLiteral("backend/anon_key")).source, ConfigSource::System);
        QCOMPARE(r->origin(QStringLiteral("backend/anon_key")).file, systemFileB());
        QCOMPARE(r->youtube.clientId, QStringLiteral("yt-b"));
        QCOMPARE(r->tiktok.clientKey, QStringLiteral("tk-a"));
        QCOMPARE(r->origin(QStringLiteral("tiktok/client_key")).file, systemFileA());
        QCOMPARE(r->youtube.authUrl, AppConfig().youtube.authUrl);
        QCOMPARE(r->origin(QStringLiteral("youtube/auth_url")).source, ConfigSource::Default);
        QVERIFY(r->isBackendConfigured());
        QCOMPARE(r->loadedFiles(), (QStringList{systemFileB(), systemFileA(), userFile()}));
    }

    void firstSystemDirectoryWins()
    {
        writeText(systemFileB(), "[youtube]\nclient_id=from-b\n");
        writeText(systemFileA(), "[youtube]\nclient_id=from-a\n");
        const auto r = AppConfig::load();
        QVERIFY(r.hasValue());
        QCOMPARE(r->youtube.clientId, QStringLiteral("from-a"));
    }

    void explicitFileReplacesXdgFiles()
    {
        writeText(systemFileA(), "[youtube]\nclient_id=system\n");
        writeText(userFile(), "[backend]\nurl=https://user.example.com\n");
        const QString explicitFile = tmpPath(QStringLiteral("explicit.conf"));
        writeText(explicitFile, "[tiktok]\nclient_key=explicit\n");

        const auto r = AppConfig::load(explicitFile);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->tiktok.clientKey, QStringLiteral("explicit"));
        QCOMPARE(r->origin(QStringLiteral("tiktok/client_key")).source, ConfigSource::Option);
        // Nothing from the system or user files: the explicit file replaces the lookup entirely.
        QVERIFY(r->youtube.clientId.isEmpty());
        QVERIFY(!r->isBackendConfigured());
        QCOMPARE(r->loadedFiles(), QStringList{explicitFile});
    }

    void syncTimeoutsAreWholeSecondsAboveZero()
    {
        using namespace std::chrono_literals;
        const SyncOptions builtIn = SyncOptions::fromConfig(AppConfig());
        QCOMPARE(builtIn.requestTimeout, std::chrono::milliseconds(30s));
        QCOMPARE(builtIn.pageTimeout, std::chrono::milliseconds(60s));
        QCOMPARE(builtIn.jobTimeout, std::chrono::milliseconds(2h));

        const QString file = tmpPath(QStringLiteral("sync.conf"));
        writeText(file, "[sync]\nrequest_timeout=2\npage_timeout=5\njob_timeout=90\n");
        const auto r = AppConfig::load(file);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().message));
        QVERIFY(r->warnings().isEmpty());
        const SyncOptions options = SyncOptions::fromConfig(*r);
        QCOMPARE(options.requestTimeout, std::chrono::milliseconds(2s));
        QCOMPARE(options.pageTimeout, std::chrono::milliseconds(5s));
        QCOMPARE(options.jobTimeout, std::chrono::milliseconds(90s));

        for (const char* bad : {"0", "-3", "1.5", "soon", ""}) {
            writeText(file, QByteArray("[sync]\npage_timeout=") + bad + "\n");
            const auto refused = AppConfig::load(file);
            QVERIFY2(!refused.hasValue(), bad);
            QVERIFY2(refused.error().message.contains(QLatin1String("[sync] page_timeout")),
                     qPrintable(refused.error().message));
        }
    }

    void environmentFileReplacesXdgFiles()
    {
        writeText(userFile(), "[youtube]\nclient_id=user\n");
        const QString envFile = tmpPath(QStringLiteral("env.conf"));
        writeText(envFile, "[instagram]\nclient_id=env\n");
        qputenv(AppConfig::EnvironmentVariable, envFile.toLocal8Bit());

        const auto r = AppConfig::load();
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->instagram.clientId, QStringLiteral("env"));
        QCOMPARE(r->origin(QStringLiteral("instagram/client_id")).source, ConfigSource::Environment);
        QVERIFY(r->youtube.clientId.isEmpty());

        // --config beats the environment.
        const QString explicitFile = tmpPath(QStringLiteral("explicit.conf"));
        writeText(explicitFile, "[instagram]\nclient_id=option\n");
        const auto r2 = AppConfig::load(explicitFile);
        QVERIFY(r2.hasValue());
        QCOMPARE(r2->instagram.clientId, QStringLiteral("option"));
        QCOMPARE(r2->origin(QStringLiteral("instagram/client_id")).source, ConfigSource::Option);
    }

    void missingExplicitFileIsAnError()
    {
        const QString missing = tmpPath(QStringLiteral("nope.conf"));
        const auto r = AppConfig::load(missing);
        QVERIFY(!r.hasValue());
        QVERIFY2(r.error().message.contains(missing), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("not found")));

        qputenv(AppConfig::EnvironmentVariable, missing.toLocal8Bit());
        const auto r2 = AppConfig::load();
        QVERIFY(!r2.hasValue());
        QVERIFY(r2.error().message.contains(missing));
    }

    void directoryInsteadOfFileIsAnError()
    {
        QVERIFY(QDir().mkpath(userFile()));
        const auto r = AppConfig::load();
        QVERIFY(!r.hasValue());
        QVERIFY2(r.error().message.contains(userFile()), qPrintable(r.error().message));
    }

    void urlValidation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expectedProblem"); // empty: accepted

        QTest::newRow("https") << "https://api.example.com/v1"
                               << "";
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:54321/auth"
                                        << "";
        QTest::newRow("http 127/8") << "http://127.8.9.10/auth"
                                    << "";
        QTest::newRow("http ::1") << "http://[::1]:8080/auth"
                                  << "";
        QTest::newRow("http localhost") << "http://localhost:3000/auth"
                                        << "";
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST/auth"
                                        << "";
        QTest::newRow("http public host") << "http://example.com/auth"
                                          << "http://";
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/auth"
                                        << "http://";
        QTest::newRow("http lookalike") << "http://127.0.0.1.example.com/auth"
                                        << "http://";
        QTest::newRow("http localhost lookalike") << "http://localhost.example.com/"
                                                  << "http://";
        QTest::newRow("ftp") << "ftp://example.com/auth"
                             << "https://";
        QTest::newRow("relative") << "www.example.com/auth"
                                  << "https://";
        QTest::newRow("no host") << "https://"
                                 << "host";
        QTest::newRow("credentials") << "https://user:pw@example.com/auth"
                                     << "user name or password";
        QTest::newRow("malformed") << "https://exa mple.com/auth"
                                   << "not a valid URL";
        QTest::newRow("empty") << ""
                               << "must not be empty";
    }

    void urlValidation()
    {
        QFETCH(QString, url);
        QFETCH(QString, expectedProblem);
        writeText(userFile(), "[youtube]\nauth_url=" + url.toUtf8() + "\n");
        const auto r = AppConfig::load();
        if (expectedProblem.isEmpty()) {
            QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().message));
            QCOMPARE(r->youtube.authUrl, QUrl(url));
            return;
        }
        QVERIFY(!r.hasValue());
        const QString message = r.error().message;
        QVERIFY2(message.contains(expectedProblem), qPrintable(message));
        // The admin is told which file and which key.
        QVERIFY2(message.contains(userFile()), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("[youtube] auth_url")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
        // ... and which line: "file:2: [youtube] auth_url: ...".
        QCOMPARE(r.error().file, userFile());
        QCOMPARE(r.error().line, 2);
        QVERIFY2(message.startsWith(userFile() + QStringLiteral(":2: ")), qPrintable(message));
    }

    /// The line of the key that is wrong, the last one when set twice (QSettings keeps the last), in its
    /// group; a line QSettings cannot read at all is named too.
    void errorsNameTheLine()
    {
        writeText(userFile(),
                  "; StreamVibe\n[youtube]\nclient_id = a\n\n[tiktok]\nauth_url = https://a.example/\n"
                  "[youtube]\nauth_url = ftp://example.com/auth\n");
        auto r = AppConfig::load();
        QVERIFY(!r);
        QCOMPARE(r.error().line, 8);
        QVERIFY2(r.error().message.startsWith(userFile() + QStringLiteral(":8: [youtube] auth_url")),
                 qPrintable(r.error().message));

        writeText(userFile(), "[backend]\nurl = https://example.com/\n[youtube\nclient_id = a\n");
        r = AppConfig::load();
        if (!r) { // Qt reads an unterminated group header as an error
            QCOMPARE(r.error().file, userFile());
            QCOMPARE(r.error().line, 3);
            QVERIFY2(r.error().message.contains(userFile() + QStringLiteral(":3:")),
                     qPrintable(r.error().message));
        }
    }

    void validateReportsEveryProblem()
    {
        AppConfig c;
        c.setValue(QStringLiteral("youtube/api_base"), QStringLiteral("http://example.com"));
        c.setValue(QStringLiteral("tiktok/auth_url"), QStringLiteral("ftp://example.com"));
        const auto valid = c.validate();
        QVERIFY(!valid.hasValue());
        const AppConfigError& error = valid.error();
        QVERIFY2(error.message.contains(QLatin1String("[youtube] api_base")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("[tiktok] auth_url")), qPrintable(error.message));
    }

    void secretsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("key");

        QTest::newRow("client_secret")
            << QByteArray("[youtube]\nclient_secret=GOCSPX-abc\n") << "[youtube] client_secret";
        QTest::newRow("service_role key name")
            << QByteArray("[backend]\nservice_role_key=abc\n") << "[backend] service_role_key";
        QTest::newRow("password") << QByteArray("[backend]\npassword=hunter2\n") << "[backend] password";
        QTest::newRow("unknown group") << QByteArray("[stripe]\nsecret_key=abc\n") << "[stripe] secret_key";
        QTest::newRow("stripe key as value")
            << QByteArray("[backend]\nanon_key=sk_live_123456\n") << "[backend] anon_key";
        QTest::newRow("supabase secret key")
            << QByteArray("[tiktok]\nclient_key=sb_secret_abcdef\n") << "[tiktok] client_key";
        QTest::newRow("service_role jwt")
            << QByteArray("[backend]\nanon_key=" +
                          jwt({{QStringLiteral("role"), QStringLiteral("service_role")},
                               {QStringLiteral("iss"), QStringLiteral("supabase")}}) +
                          "\n")
            << "[backend] anon_key";
    }

    void secretsAreRefused()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, key);
        writeText(systemFileA(), ini);
        const auto r = AppConfig::load();
        QVERIFY(!r.hasValue());
        const QString message = r.error().message;
        QVERIFY2(message.contains(key), qPrintable(message));
        QVERIFY2(message.contains(systemFileA()), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("secrets never go in this file")), qPrintable(message));
    }

    void anonJwtIsAccepted()
    {
        const QByteArray anon = jwt({{QStringLiteral("role"), QStringLiteral("anon")},
                                     {QStringLiteral("iss"), QStringLiteral("supabase")}});
        writeText(userFile(), "[backend]\nurl=https://abc.supabase.co\nanon_key=" + anon + "\n");
        const auto r = AppConfig::load();
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->backend.anonKey, QString::fromLatin1(anon));
    }

    void unknownKeysAreWarningsNotErrors()
    {
        writeText(userFile(), "stray=1\n[youtube]\nclientid=typo\nclient_id=good\n[twitch]\nclient_id=x\n");
        const auto r = AppConfig::load();
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->youtube.clientId, QStringLiteral("good"));
        const QString warnings = r->warnings().join(QLatin1Char('\n'));
        QCOMPARE(r->warnings().size(), 3);
        QVERIFY2(warnings.contains(QLatin1String("[youtube] clientid")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("[twitch]")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("stray")), qPrintable(warnings));
    }

    void valueWithCommaSurvives()
    {
        writeText(userFile(), "[youtube]\napi_base=https://api.example.com/v3?a=1,2\n");
        const auto r = AppConfig::load();
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->youtube.apiBase.query(), QStringLiteral("a=1,2"));
    }

    void loopbackHosts()
    {
        QVERIFY(AppConfig::isLoopbackHost(QStringLiteral("127.0.0.1")));
        QVERIFY(AppConfig::isLoopbackHost(QStringLiteral("127.255.255.254")));
        QVERIFY(AppConfig::isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(AppConfig::isLoopbackHost(QStringLiteral("[::1]")));
        QVERIFY(AppConfig::isLoopbackHost(QStringLiteral("localhost")));
        QVERIFY(!AppConfig::isLoopbackHost(QStringLiteral("0.0.0.0")));
        QVERIFY(!AppConfig::isLoopbackHost(QStringLiteral("10.0.0.1")));
        QVERIFY(!AppConfig::isLoopbackHost(QStringLiteral("::")));
        QVERIFY(!AppConfig::isLoopbackHost(QStringLiteral("localhost.evil.com")));
        QVERIFY(!AppConfig::isLoopbackHost(QString()));
    }

    void isSandboxNeedsEveryUrlOnLoopback()
    {
        AppConfig c;
        for (const QString& key : AppConfig::keys()) {
            if (AppConfig::isUrlKey(key))
                QVERIFY(c.setValue(key, QStringLiteral("http://127.0.0.1:4000/") + key));
        }
        QVERIFY(c.isSandbox());
        QVERIFY(c.validate().hasValue());

        AppConfig oneOff = c;
        oneOff.youtube.revokeUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke"));
        QVERIFY(!oneOff.isSandbox());

        AppConfig noBackend = c;
        noBackend.backend.url = QUrl();
        QVERIFY(!noBackend.isSandbox());
    }

    void writeThenLoadRoundTrips()
    {
        AppConfig c;
        c.backend.url = QUrl(QStringLiteral("http://127.0.0.1:54321"));
        c.backend.anonKey = QStringLiteral("anon-key, with comma; and semicolon");
        c.youtube.clientId = QStringLiteral("123.apps.googleusercontent.com");
        c.youtube.authUrl = QUrl(QStringLiteral("http://127.0.0.1:54322/o/oauth2/v2/auth"));
        c.youtube.tokenUrl = QUrl(QStringLiteral("http://localhost:54322/token"));
        c.youtube.revokeUrl = QUrl(QStringLiteral("http://[::1]:54322/revoke"));
        c.youtube.apiBase = QUrl(QStringLiteral("http://127.0.0.1:54322/youtube/v3"));
        c.youtube.analyticsBase = QUrl(QStringLiteral("http://127.0.0.1:54322/youtube/analytics/v2"));
        c.instagram.clientId = QStringLiteral("ig-client");
        c.instagram.authUrl = QUrl(QStringLiteral("http://127.0.0.1:54323/oauth/authorize"));
        c.instagram.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:54323/oauth/access_token"));
        c.instagram.graphBase = QUrl(QStringLiteral("http://127.0.0.1:54323"));
        c.tiktok.clientKey = QStringLiteral("tk-client");
        c.tiktok.authUrl = QUrl(QStringLiteral("http://127.0.0.1:54324/v2/auth/authorize/"));
        c.tiktok.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:54324/v2/oauth/token/"));
        c.tiktok.apiBase = QUrl(QStringLiteral("http://127.0.0.1:54324?x=1&y=%20z"));
        QVERIFY(c.isSandbox());

        const QString path = tmpPath(QStringLiteral("sandbox/conf/streamvibe.conf"));
        const auto written = c.write(path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));

        const auto r = AppConfig::load(path);
        QVERIFY2(r.hasValue(), r ? "" : qPrintable(r.error().message));
        for (const QString& key : AppConfig::keys()) {
            QCOMPARE(r->value(key), c.value(key));
            QCOMPARE(r->origin(key).source, ConfigSource::Option);
        }
        QCOMPARE(r->backend.url, c.backend.url);
        QCOMPARE(r->tiktok.apiBase, c.tiktok.apiBase);
        QVERIFY(r->isSandbox());
        QVERIFY(r->warnings().isEmpty());

        // Writing again replaces the file rather than merging into it.
        AppConfig plain;
        QVERIFY(plain.write(path));
        const auto r2 = AppConfig::load(path);
        QVERIFY(r2.hasValue());
        QVERIFY(r2->youtube.clientId.isEmpty());
        QVERIFY(!r2->isBackendConfigured());
    }

    void writeRefusesAnInvalidConfig()
    {
        AppConfig c;
        c.backend.url = QUrl(QStringLiteral("http://backend.example.com"));
        const QString path = tmpPath(QStringLiteral("bad.conf"));
        const auto written = c.write(path);
        QVERIFY(!written.hasValue());
        QVERIFY2(written.error().message.contains(QLatin1String("[backend] url")),
                 qPrintable(written.error().message));
        QVERIFY(!QFileInfo::exists(path));

        AppConfig secret;
        secret.backend.anonKey = QStringLiteral("sk_live_abcdef");
        QVERIFY(!secret.write(path).hasValue());
        QVERIFY(!QFileInfo::exists(path));
    }

    void sourceIdsAreStable()
    {
        QCOMPARE(configSourceId(ConfigSource::Default), QStringLiteral("default"));
        QCOMPARE(configSourceId(ConfigSource::System), QStringLiteral("system"));
        QCOMPARE(configSourceId(ConfigSource::User), QStringLiteral("user"));
        QCOMPARE(configSourceId(ConfigSource::Option), QStringLiteral("option"));
        QCOMPARE(configSourceId(ConfigSource::Environment), QStringLiteral("environment"));
    }
};

QTEST_GUILESS_MAIN(TestAppConfig)
#include "TestAppConfig.moc"
