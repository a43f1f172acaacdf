// Runs the real streamvibe-cli binary (usage, plans, invoices, checkout) against the sandbox, signed in with
// `login` inside a private D-Bus session with a fresh gnome-keyring (KEYRING). The checkout's "browser" is a
// $BROWSER script that submits the sandbox checkout page's Pay form with curl and follows the redirect back
// to the CLI's loopback listener.

#include "SandboxProcess.h"
#include "SessionTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using sv::test::ProcessOutcome;
using sv::test::SandboxProcess;

class TestCliBilling : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString cliPath() const { return sv::test::buildPath(QStringLiteral("app/cli/streamvibe-cli")); }

    ProcessOutcome cli(const QStringList& args, const QByteArray& input = {}, const QString& browser = {})
    {
        return cliIn(m_dir->filePath(QStringLiteral("profile")), args, input, browser);
    }

    ProcessOutcome cliIn(const QString& profile, const QStringList& args, const QByteArray& input = {},
                         const QString& browser = {})
    {
        const QStringList global{QStringLiteral("--profile"), profile, QStringLiteral("--config"),
                                 m_sandbox->configFile()};
        return sv::test::runProcess(cliPath(), global + args, sv::test::cliEnvironment(browser), input);
    }

    QJsonDocument json(const QStringList& args)
    {
        const ProcessOutcome r = cli(args);
        if (!r.finished || r.exitCode != 0)
            qWarning("%s: exit %d: %s", qPrintable(args.join(QLatin1Char(' '))), r.exitCode,
                     r.err.constData());
        return QJsonDocument::fromJson(r.out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (streamvibe_add_test KEYRING)");
        QVERIFY(QFileInfo(cliPath()).isExecutable());
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const ProcessOutcome login = cli({QStringLiteral("login"), QStringLiteral("--email"),
                                          SandboxProcess::demoEmail(), QStringLiteral("--password-stdin")},
                                         SandboxProcess::demoPassword().toUtf8() + '\n');
        QVERIFY(login.finished);
        QVERIFY2(login.exitCode == 0, login.err.constData());
    }

    void usagePlansInvoices()
    {
        const QJsonObject usage = json({QStringLiteral("usage"), QStringLiteral("--json")}).object();
        QCOMPARE(usage.value(QLatin1String("plan")).toString(), QStringLiteral("basic"));
        QCOMPARE(usage.value(QLatin1String("plan_name")).toString(), QStringLiteral("Basic"));
        QCOMPARE(usage.value(QLatin1String("quota")).toInteger(), 100000);
        QCOMPARE(usage.value(QLatin1String("remaining")).toInteger(),
                 100000 - usage.value(QLatin1String("used")).toInteger());
        QCOMPARE(usage.value(QLatin1String("overage_units")).toInteger(), 0);
        QCOMPARE(usage.value(QLatin1String("stale")).toBool(), false);

        const ProcessOutcome text = cli({QStringLiteral("usage")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Quota:") && text.out.contains("100,000 units"), text.out.constData());

        const QJsonArray plans = json({QStringLiteral("plans"), QStringLiteral("--json"),
                                       QStringLiteral("--currency"), QStringLiteral("jpy")})
                                     .array();
        QCOMPARE(plans.size(), 3);
        const QJsonObject basic = plans.at(1).toObject();
        QCOMPARE(basic.value(QLatin1String("plan")).toString(), QStringLiteral("basic"));
        QVERIFY(basic.value(QLatin1String("current")).toBool());
        QCOMPARE(
            basic.value(QLatin1String("monthly")).toObject().value(QLatin1String("amount_minor")).toInteger(),
            1500);
        // Zero-decimal yen, formatted for the CLI's locale (C here): no minor units.
        const QString yen =
            basic.value(QLatin1String("monthly")).toObject().value(QLatin1String("formatted")).toString();
        QVERIFY2(yen.contains(QLatin1String("1,500")) && yen.contains(QChar(0x00A5)) &&
                     !yen.contains(QLatin1Char('.')),
                 qPrintable(yen));
        const ProcessOutcome table = cli({QStringLiteral("plans")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("Premium") && table.out.contains("29.99") &&
                     table.out.contains("*  Basic"),
                 table.out.constData());

        const QJsonArray invoices = json({QStringLiteral("invoices"), QStringLiteral("--json")}).array();
        QCOMPARE(invoices.size(), 1); // the demo's Basic plan, bought once at the stack's start
        QVERIFY(invoices.at(0)
                    .toObject()
                    .value(QLatin1String("pdf"))
                    .toString()
                    .startsWith(QLatin1String("http")));

        const ProcessOutcome bad = cli({QStringLiteral("checkout"), QStringLiteral("platinum")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("no such plan"));
    }

    /// Issue 13, defect 4: the server refused the access token while it was still valid locally. `usage`
    /// refreshes the session once and prints the figures (it used to say the session had expired until the
    /// token's local expiry), and later commands use the refreshed session.
    void usageAfterTheServerRefusedTheToken()
    {
        const QString profile = m_dir->filePath(QStringLiteral("refused-token-profile"));
        const ProcessOutcome login = cliIn(profile,
                                           {QStringLiteral("login"), QStringLiteral("--email"),
                                            SandboxProcess::demoEmail(), QStringLiteral("--password-stdin")},
                                           SandboxProcess::demoPassword().toUtf8() + '\n');
        QVERIFY2(login.finished && login.exitCode == 0, login.err.constData());
        QVERIFY(m_sandbox->addFault(QStringLiteral("expire-token,path=/rest/v1,count=1")));

        const ProcessOutcome usage = cliIn(profile, {QStringLiteral("usage")});
        QVERIFY(usage.finished);
        QVERIFY2(usage.exitCode == 0, usage.err.constData());
        QVERIFY2(usage.out.contains("Quota:") && usage.out.contains("units"), usage.out.constData());
        QVERIFY2(!usage.err.contains("expired"), usage.err.constData());

        const ProcessOutcome again = cliIn(profile, {QStringLiteral("usage"), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonObject figures = QJsonDocument::fromJson(again.out).object();
        QVERIFY2(figures.value(QLatin1String("quota")).toInteger() > 0, again.out.constData());
        const ProcessOutcome status = cliIn(profile, {QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0 && status.out.contains("Signed in as"), status.out.constData());
        QVERIFY(m_sandbox->clearFaults());
    }

    void checkoutThroughTheBrowser()
    {
        const QString script = sv::test::writePayingBrowser(m_dir->path());
        QVERIFY(!script.isEmpty());

        const ProcessOutcome checkout =
            cli({QStringLiteral("checkout"), QStringLiteral("premium")}, {}, script);
        QVERIFY(checkout.finished);
        QVERIFY2(checkout.exitCode == 0, checkout.err.constData());
        QVERIFY2(checkout.out.contains("/checkout/cs_test_"),
                 checkout.out.constData()); // the link is printed
        QVERIFY2(checkout.out.contains("Your plan is now Premium (1,000,000 API units per month)."),
                 checkout.out.constData());

        // A new process sees the new plan (the subscription was refreshed in the profile's cache).
        const QJsonObject usage = json({QStringLiteral("usage"), QStringLiteral("--json")}).object();
        QCOMPARE(usage.value(QLatin1String("plan")).toString(), QStringLiteral("premium"));
        QCOMPARE(usage.value(QLatin1String("quota")).toInteger(), 1000000);
        const QJsonArray invoices = json({QStringLiteral("invoices"), QStringLiteral("--json")}).array();
        QCOMPARE(invoices.size(), 2);
        // Newest first: Premium's first month ($29.99), then the demo's Basic.
        QCOMPARE(invoices.at(0)[QLatin1String("amount_paid")].toInteger(), 2999);
        QCOMPARE(invoices.at(1)[QLatin1String("amount_paid")].toInteger(), 999);
        QVERIFY(invoices.at(0)[QLatin1String("created")].toString() >=
                invoices.at(1)[QLatin1String("created")].toString());
    }
};

QTEST_GUILESS_MAIN(TestCliBilling)
#include "TestCliBilling.moc"
