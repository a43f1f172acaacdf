// End to end: the real streamvibe-cli binary → the sandbox as the gateway → the real backend (PostgreSQL
// with the migrations, the Edge Functions on Deno, the Stripe stand-in), started once for the class by
// SandboxProcess. Each case signs up a fresh user, so the cases do not depend on one
// another's plans or usage. The checkout's $BROWSER is a curl script paying on the stand-in's hosted page.

#include "SandboxProcess.h"
#include "SessionTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using sv::test::ProcessOutcome;
using sv::test::SandboxProcess;

namespace {

const QString kPassword = QStringLiteral("e2e-password-1");
constexpr int kItems = 60; // items per platform account

} // namespace

class TestCliEndToEnd : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_payScript;

    QString cliPath() const { return sv::test::buildPath(QStringLiteral("app/cli/streamvibe-cli")); }

    /// A fresh account on the real auth.users, and a profile directory of its own.
    struct Account
    {
        QString email;
        QString profile;
        SandboxProcess::Session session;
    };

    std::optional<Account> signUp(const QString& name)
    {
        Account account;
        account.email = name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8) +
                        QStringLiteral("@example.test");
        account.profile = m_dir->filePath(name);
        const auto session = m_sandbox->createUser(account.email, kPassword);
        if (!session)
            return std::nullopt;
        account.session = *session;
        if (!login(account))
            return std::nullopt;
        return account;
    }

    /// `login` of the CLI in the account's profile.
    bool login(const Account& account)
    {
        const ProcessOutcome r = cli(account,
                                     {QStringLiteral("login"), QStringLiteral("--email"), account.email,
                                      QStringLiteral("--password-stdin")},
                                     kPassword.toUtf8() + '\n');
        if (!r.finished || r.exitCode != 0)
            qWarning("login: %s", r.err.constData());
        return r.finished && r.exitCode == 0;
    }

    ProcessOutcome cli(const Account& account, const QStringList& args, const QByteArray& input = {},
                       const QString& browser = {})
    {
        const QStringList global{QStringLiteral("--profile"), account.profile, QStringLiteral("--config"),
                                 m_sandbox->configFile()};
        return sv::test::runProcess(cliPath(), global + args, sv::test::cliEnvironment(browser), input);
    }

    QJsonObject usage(const Account& account)
    {
        const ProcessOutcome r = cli(account, {QStringLiteral("usage"), QStringLiteral("--json")});
        if (!r.finished || r.exitCode != 0)
            qWarning("usage: exit %d: %s", r.exitCode, r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

    /// The row of subscription_settings the user reads through /rest/v1 (RLS: their own).
    QJsonObject settings(const Account& account)
    {
        const auto reply = m_sandbox->request(
            "GET", m_sandbox->url(QStringLiteral("/rest/v1/subscription_settings?select=*")),
            {{"apikey", m_sandbox->anonKey().toUtf8()},
             {"Authorization", "Bearer " + account.session.accessToken.toUtf8()}});
        return reply.json().array().at(0).toObject();
    }

    /// The meter events the Stripe stand-in accepted for a customer.
    QJsonArray meterEvents(const QString& customer)
    {
        QUrl url(m_sandbox->backendValue(QStringLiteral("STRIPE_API_BASE")));
        url.setPath(QStringLiteral("/__control/meter_events"));
        url.setQuery(QStringLiteral("customer=") + customer);
        return m_sandbox->request("GET", url).json().object().value(QLatin1String("accepted")).toArray();
    }

    /// What pg_cron does every hour: report-stripe-usage with the service role key, through the gateway.
    int runUsageReport()
    {
        const QByteArray key = m_sandbox->backendValue(QStringLiteral("SERVICE_ROLE_KEY")).toUtf8();
        return m_sandbox
            ->request("POST", m_sandbox->url(QStringLiteral("/functions/v1/report-stripe-usage")),
                      {{"apikey", key}, {"Authorization", "Bearer " + key}}, QByteArrayLiteral("{}"))
            .status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (streamvibe_add_test KEYRING)");
        QVERIFY(QFileInfo(cliPath()).isExecutable());
        SandboxProcess::Options options;
        options.items = kItems;
        m_sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(!m_sandbox->backendValue(QStringLiteral("SERVICE_ROLE_KEY")).isEmpty());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());

        m_payScript = sv::test::writePayingBrowser(m_dir->path());
        QVERIFY(!m_payScript.isEmpty());
    }

    void cleanup()
    {
        QVERIFY(m_sandbox->clearFaults()); // a failed case leaves no fault behind for the next one
    }

    /// The real signup trigger makes the Free plan; `usage` shows it.
    void signUpShowsTheFreePlan()
    {
        const auto account = signUp(QStringLiteral("signup"));
        QVERIFY(account);
        const QJsonObject row = settings(*account);
        QCOMPARE(row.value(QLatin1String("plan")).toString(), QStringLiteral("free"));

        const QJsonObject shown = usage(*account);
        QCOMPARE(shown.value(QLatin1String("plan")).toString(), QStringLiteral("free"));
        QCOMPARE(shown.value(QLatin1String("plan_name")).toString(), QStringLiteral("Free"));
        QCOMPARE(shown.value(QLatin1String("quota")).toInteger(),
                 row.value(QLatin1String("quota")).toInteger());
        QVERIFY(shown.value(QLatin1String("quota")).toInteger() > 0);
        QCOMPARE(shown.value(QLatin1String("used")).toInteger(), 0);
    }

    /// A sync reports its usage through the real increment_usage; the first answer is lost at the gateway
    /// (truncated), the app reports again under the same key, and the database counts it once.
    void syncCountsUsageOnceThroughALostAnswer()
    {
        const auto account = signUp(QStringLiteral("sync"));
        QVERIFY(account);
        // $BROWSER: follows the redirects, as a browser would (the consent page answers at once).
        const QString browser = m_dir->filePath(QStringLiteral("follow.sh"));
        QFile f(browser);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nexec curl -sS -L --max-time 60 -o /dev/null \"$1\"\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        const ProcessOutcome connected =
            cli(*account, {QStringLiteral("connect"), QStringLiteral("youtube")}, {}, browser);
        QVERIFY2(connected.finished && connected.exitCode == 0, connected.err.constData());

        QVERIFY(m_sandbox->addFault(QStringLiteral("truncate,path=/rest/v1/rpc/increment_usage,count=1")));
        const auto syncSummary = [&] {
            const ProcessOutcome sync =
                cli(*account, {QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("youtube")});
            if (!sync.finished || sync.exitCode != 0)
                qWarning("sync: exit %d: %s", sync.exitCode, sync.err.constData());
            return QJsonDocument::fromJson(sync.out)
                .object()
                .value(QLatin1String("syncs"))
                .toArray()
                .at(0)
                .toObject();
        };
        // The items are in the library; the report whose answer was lost stays pending.
        const QJsonObject first = syncSummary();
        QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(first.value(QLatin1String("item_count")).toInteger(), kItems);
        QCOMPARE(first.value(QLatin1String("units_pending")).toInteger(), kItems);
        // The next sync reports it again, under the same key.
        const QJsonObject second = syncSummary();
        QCOMPARE(second.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(second.value(QLatin1String("units_pending")).toInteger(), 0);

        // Counted once on the database, though the gateway answered a report twice.
        QCOMPARE(settings(*account).value(QLatin1String("used")).toInteger(), kItems);
        const auto observed = m_sandbox->request(
            "GET", m_sandbox->url(QStringLiteral("/__control/usage?email=") +
                                  QString::fromLatin1(QUrl::toPercentEncoding(account->email))));
        QCOMPARE(observed.status, 200);
        qint64 units = 0;
        qint64 repeats = 0;
        for (const QJsonValue report : observed.json().object().value(QLatin1String("reports")).toArray()) {
            units += report[QLatin1String("units")].toInteger();
            repeats += report[QLatin1String("repeats")].toInteger();
        }
        QCOMPARE(units, kItems);
        QVERIFY2(repeats >= 1, observed.body.constData()); // the lost answer was reported again
        // `usage` shows it.
        QCOMPARE(usage(*account).value(QLatin1String("used")).toInteger(), kItems);
    }

    /// A 503 in front of the real list-plans: a clear error, nothing on stdout; then the plans once it is
    /// gone.
    void listPlansFaultThenSuccess()
    {
        const auto account = signUp(QStringLiteral("fault"));
        QVERIFY(account);
        QVERIFY(m_sandbox->addFault(QStringLiteral("status=503,path=/functions/v1/list-plans")));
        const ProcessOutcome failed = cli(*account, {QStringLiteral("plans")});
        QVERIFY(failed.finished);
        QVERIFY2(failed.exitCode != 0, failed.out.constData());
        QVERIFY2(!failed.err.trimmed().isEmpty() && !failed.err.contains('{'), failed.err.constData());
        QVERIFY(failed.out.trimmed().isEmpty());
        QVERIFY2(failed.err.contains("temporarily unavailable"), failed.err.constData());

        QVERIFY(m_sandbox->clearFaults());

        const ProcessOutcome plans = cli(*account, {QStringLiteral("plans")});
        QVERIFY2(plans.exitCode == 0, plans.err.constData());
        QVERIFY2(plans.out.contains("Premium") && plans.out.contains("*  Free"), plans.out.constData());
    }

    /// Checkout paid on the stand-in's page; stripe-webhook changes subscription_settings; the CLI says so
    /// and the next process shows the new plan. Then the hourly report sends the overage to Stripe exactly
    /// once.
    void checkoutThenHourlyUsageReport()
    {
        const auto account = signUp(QStringLiteral("checkout"));
        QVERIFY(account);
        const ProcessOutcome checkout =
            cli(*account, {QStringLiteral("checkout"), QStringLiteral("premium")}, {}, m_payScript);
        QVERIFY(checkout.finished);
        QVERIFY2(checkout.exitCode == 0, checkout.err.constData());
        QVERIFY2(checkout.out.contains("/checkout/"), checkout.out.constData());
        QVERIFY2(checkout.out.contains("Your plan is now Premium"), checkout.out.constData());

        const QJsonObject row = settings(*account);
        QCOMPARE(row.value(QLatin1String("plan")).toString(), QStringLiteral("premium"));
        const qint64 quota = row.value(QLatin1String("quota")).toInteger();
        const QString customer = row.value(QLatin1String("stripe_customer_id")).toString();
        QVERIFY2(customer.startsWith(QLatin1String("cus_")), qPrintable(customer));
        const QJsonObject shown = usage(*account);
        QCOMPARE(shown.value(QLatin1String("plan")).toString(), QStringLiteral("premium"));
        QCOMPARE(shown.value(QLatin1String("quota")).toInteger(), quota);

        // Over the quota by 500 units through the real increment_usage.
        const QJsonObject body{{QStringLiteral("p_units"), quota + 500},
                               {QStringLiteral("p_platform"), QStringLiteral("youtube")},
                               {QStringLiteral("p_idempotency_key"), QStringLiteral("e2e-over-quota")}};
        const auto increment =
            m_sandbox->request("POST", m_sandbox->url(QStringLiteral("/rest/v1/rpc/increment_usage")),
                               {{"apikey", m_sandbox->anonKey().toUtf8()},
                                {"Authorization", "Bearer " + account->session.accessToken.toUtf8()}},
                               QJsonDocument(body).toJson(QJsonDocument::Compact));
        QVERIFY2(increment.status == 200, increment.body.constData());
        QCOMPARE(increment.json().object().value(QLatin1String("overage")).toInteger(), 500);
        // The app on another machine (a fresh profile, nothing cached) shows the overage.
        Account elsewhere = *account;
        elsewhere.profile = m_dir->filePath(QStringLiteral("checkout-elsewhere"));
        QVERIFY(login(elsewhere));
        QCOMPARE(usage(elsewhere).value(QLatin1String("overage_units")).toInteger(), 500);

        QCOMPARE(meterEvents(customer).size(), 0);
        QCOMPARE(runUsageReport(), 200);
        const QJsonArray events = meterEvents(customer);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0)
                     .toObject()
                     .value(QLatin1String("payload"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toVariant()
                     .toLongLong(),
                 500);
        // The next hour: nothing new.
        QCOMPARE(runUsageReport(), 200);
        QCOMPARE(meterEvents(customer).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "TestCliEndToEnd.moc"
