#include "loopback/EnvBrowserLauncher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sv::EnvBrowserLauncher;

namespace {

QProcessEnvironment environmentWithBrowser(const QString& browser)
{
    QProcessEnvironment env;
    if (!browser.isNull())
        env.insert(QStringLiteral("BROWSER"), browser);
    return env;
}

const QUrl kUrl(QStringLiteral("https://auth.example/authorize?client_id=a b&state=x%2By"));

} // namespace

class TestEnvBrowserLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutBrowserVariableUsesXdgOpen()
    {
        QList<QStringList> started;
        EnvBrowserLauncher launcher(environmentWithBrowser({}), [&](const QString& p, const QStringList& a) {
            started.append(QStringList{p} + a);
            return true;
        });
        QVERIFY(launcher.open(kUrl));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first(),
                 (QStringList{QStringLiteral("xdg-open"), kUrl.toString(QUrl::FullyEncoded)}));
    }

    void browserListIsTriedInOrderWithSubstitution()
    {
        const QString url = kUrl.toString(QUrl::FullyEncoded);
        EnvBrowserLauncher launcher(environmentWithBrowser(QStringLiteral(
                                        "missing-browser:\"/opt/My Browser/run\" --new-window %s:w3m "
                                        "--url=%s --pct=100%%")),
                                    [](const QString&, const QStringList&) { return false; });
        const QList<QStringList> candidates = launcher.candidates(kUrl);
        QCOMPARE(candidates.size(), 4);
        QCOMPARE(candidates.at(0), (QStringList{QStringLiteral("missing-browser"), url}));
        QCOMPARE(candidates.at(1),
                 (QStringList{QStringLiteral("/opt/My Browser/run"), QStringLiteral("--new-window"), url}));
        QCOMPARE(candidates.at(2), (QStringList{QStringLiteral("w3m"), QStringLiteral("--url=") + url,
                                                QStringLiteral("--pct=100%")}));
        QCOMPARE(candidates.at(3), (QStringList{QStringLiteral("xdg-open"), url}));
    }

    void firstStartableCommandWins()
    {
        QStringList tried;
        EnvBrowserLauncher launcher(environmentWithBrowser(QStringLiteral("nope:firefox:chromium")),
                                    [&](const QString& program, const QStringList&) {
                                        tried.append(program);
                                        return program == QLatin1String("firefox");
                                    });
        QVERIFY(launcher.open(kUrl));
        QCOMPARE(tried, (QStringList{QStringLiteral("nope"), QStringLiteral("firefox")}));
    }

    void returnsFalseWhenNothingStarts()
    {
        QStringList tried;
        EnvBrowserLauncher launcher(environmentWithBrowser(QStringLiteral("a::b")),
                                    [&](const QString& program, const QStringList&) {
                                        tried.append(program);
                                        return false;
                                    });
        QVERIFY(!launcher.open(kUrl));
        QCOMPARE(tried, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("xdg-open")}));
    }

    void startsARealProcessWithTheUrlAsOneArgument()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(QStringLiteral("fake-browser"));
        const QString out = dir.filePath(QStringLiteral("opened.txt"));
        {
            QFile file(script);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("#!/bin/sh\nprintf '%s|%s' \"$#\" \"$1\" > \"$0.tmp\" && mv \"$0.tmp\" \"" +
                       out.toUtf8() + "\"\n");
        }
        QVERIFY(QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner));
        EnvBrowserLauncher launcher(environmentWithBrowser(QStringLiteral("/nonexistent/browser:") + script),
                                    [](const QString& program, const QStringList& args) {
                                        return QProcess::startDetached(program, args);
                                    });
        const QUrl url(QStringLiteral("http://127.0.0.1:1234/cb?a=1&b=$(touch /tmp/pwned);c"));
        QVERIFY(launcher.open(url));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 10000);
        QFile result(out);
        QVERIFY(result.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(result.readAll()),
                 QStringLiteral("1|") + url.toString(QUrl::FullyEncoded));
    }
};

QTEST_GUILESS_MAIN(TestEnvBrowserLauncher)
#include "TestEnvBrowserLauncher.moc"
