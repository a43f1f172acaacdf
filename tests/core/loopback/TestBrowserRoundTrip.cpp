#include "HttpBrowserLauncher.h"
#include "fixtures/AwaitTask.h"
#include "loopback/BrowserRoundTrip.h"

#include <QCoro/QCoroTask>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <optional>

using namespace std::chrono_literals;
using sv::AuthFlowError;
using sv::BrowserRoundTrip;
using sv::test::awaitTask;
using sv::test::HttpBrowserLauncher;

namespace {

/// The URL a provider would redirect the browser to: the redirect URI with `query` (as text: %-escapes
/// stay as they are).
QUrl callbackUrl(const BrowserRoundTrip& trip, const QString& query)
{
    return QUrl(trip.redirectUri().toString(QUrl::FullyEncoded) + QLatin1Char('?') + query, QUrl::StrictMode);
}

bool connectionRefused(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    return !socket.waitForConnected(2000);
}

/// A round trip whose URL comes straight back to it with `query` (as a provider's redirect would), opened
/// by an HTTP client standing in for the browser; records what run()'s hooks saw.
struct Trip
{
    explicit Trip(std::function<QString(BrowserRoundTrip&)> query = {})
    {
        options.buildUrl = [this, query = std::move(query)](BrowserRoundTrip& listening) {
            ++built;
            return callbackUrl(listening, query ? query(listening) : QString());
        };
        options.urlReady = [this](const QUrl& url) {
            ready.append(url);
        };
        options.browserOpened = [this](const QUrl& url, bool wasOpened) {
            opened.append({url, wasOpened});
        };
    }
    Trip(const Trip&) = delete;
    Trip& operator=(const Trip&) = delete;

    BrowserRoundTrip::Outcome run(sv::BrowserLauncher* launcher)
    {
        return awaitTask(roundTrip.run(launcher, options));
    }
    BrowserRoundTrip::Outcome run() { return run(&browser); }

    HttpBrowserLauncher browser;
    BrowserRoundTrip roundTrip;
    BrowserRoundTrip::Options options;
    QList<QUrl> ready;
    QList<QPair<QUrl, bool>> opened;
    int built = 0;
};

/// A query `pattern` whose %1 is the listening round trip's state.
std::function<QString(BrowserRoundTrip&)> withState(const char* pattern)
{
    return [pattern](BrowserRoundTrip& listening) {
        return QString::fromLatin1(pattern).arg(QString::fromLatin1(listening.state()));
    };
}

/// While alive, no file descriptor can be opened (the soft limit sits at the lowest free one).
class NoFreeDescriptors
{
public:
    NoFreeDescriptors()
    {
        getrlimit(RLIMIT_NOFILE, &m_saved);
        const int lowestFree = dup(0);
        close(lowestFree);
        rlimit tight = m_saved;
        tight.rlim_cur = rlim_t(lowestFree);
        m_active = lowestFree >= 0 && setrlimit(RLIMIT_NOFILE, &tight) == 0;
    }
    ~NoFreeDescriptors() { setrlimit(RLIMIT_NOFILE, &m_saved); }
    bool isActive() const { return m_active; }

private:
    rlimit m_saved{};
    bool m_active = false;
};

} // namespace

class TestBrowserRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successOverRealHttp()
    {
        Trip t(withState("code=4%2F0Ab&state=%1&scope=a+b"));
        t.options.pageTexts.successHeading = QStringLiteral("Payment received");
        t.options.pageTexts.successText = QStringLiteral("Back to the app.");

        const auto outcome = t.run();
        QVERIFY(outcome.hasValue());
        QCOMPARE(outcome.value().code, QStringLiteral("4/0Ab"));
        QCOMPARE(outcome.value().state, QString::fromLatin1(t.roundTrip.state()));
        QCOMPARE(outcome.value().parameter(QStringLiteral("scope")), QStringLiteral("a b"));

        // Built once, announced, then opened: the browser got the URL built from the redirect URI.
        QCOMPARE(t.built, 1);
        QCOMPARE(t.ready.size(), 1);
        QCOMPARE(t.opened.size(), 1);
        QCOMPARE(t.opened.first().first, t.ready.first());
        QVERIFY(t.opened.first().second);
        QCOMPARE(t.browser.openedUrls(), QList<QUrl>{t.ready.first()});
        QCOMPARE(t.roundTrip.redirectUri().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(t.ready.first().toString().startsWith(t.roundTrip.redirectUri().toString()));

        // The browser saw the success page with the caller's texts.
        QVERIFY(t.browser.waitUntilIdle());
        QCOMPARE(t.browser.lastStatus(), 200);
        QVERIFY(t.browser.lastBody().contains("Payment received"));
        QVERIFY(t.browser.lastBody().contains("Back to the app."));
        QVERIFY(!t.roundTrip.isCancelled());
        QVERIFY(!t.roundTrip.isPending());

        const quint16 port = t.roundTrip.port();
        QVERIFY(port != 0);
        t.roundTrip.close();
        QVERIFY(connectionRefused(port));
    }

    void stateReplacedWhileBuildingTheUrl()
    {
        // The Instagram relay's case: the state is chosen from the redirect URI, then expected back.
        Trip t([](BrowserRoundTrip& listening) {
            listening.setExpectedState("relay-state.abc");
            return QStringLiteral("code=c&state=relay-state.abc");
        });
        const auto outcome = t.run();
        QVERIFY(outcome.hasValue());
        QCOMPARE(outcome.value().state, QStringLiteral("relay-state.abc"));
    }

    void redirectUriWithStateCarriesTheState()
    {
        // The Supabase and Stripe case: the state rides in the redirect URI, the provider appends the code.
        Trip t;
        t.options.buildUrl = [](BrowserRoundTrip& listening) {
            return QUrl(listening.redirectUriWithState() + QStringLiteral("&code=portal"));
        };
        const auto outcome = t.run();
        QVERIFY(outcome.hasValue());
        QCOMPARE(outcome.value().code, QStringLiteral("portal"));
    }

    void stateMismatchIsRejected()
    {
        Trip t(withState("code=c&state=%1x"));
        const auto outcome = t.run();
        QVERIFY(!outcome.hasValue());
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::StateMismatch);
        QVERIFY(t.browser.waitUntilIdle());
        QCOMPARE(t.browser.lastStatus(), 400);
        QVERIFY(t.browser.lastBody().contains("Sign-in failed"));
    }

    void providerErrorEndsWithItsPage()
    {
        Trip t(withState("error=checkout_cancelled&state=%1"));
        t.options.pageTexts.failureHeading = QStringLiteral("Checkout not completed");
        t.options.pageTexts.providerErrorText = QStringLiteral("Your plan is unchanged.");
        const auto outcome = t.run();
        QVERIFY(!outcome.hasValue());
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::ProviderError);
        QCOMPARE(outcome.error().providerError, QStringLiteral("checkout_cancelled"));
        QVERIFY(t.browser.waitUntilIdle());
        QCOMPARE(t.browser.lastStatus(), 200);
        QVERIFY(t.browser.lastBody().contains("Checkout not completed"));
        QVERIFY(t.browser.lastBody().contains("Your plan is unchanged."));
    }

    void timeoutWithoutCallback()
    {
        Trip t;
        t.browser.setNavigate(false); // a user who never finishes
        t.browser.setOpenResult(false);
        t.options.timeout = 150ms;
        const auto outcome = t.run();
        QVERIFY(!outcome.hasValue());
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::Timeout);
        QCOMPARE(t.opened.size(), 1);
        QVERIFY(!t.opened.first().second); // no browser could be started: the caller shows the link
        QVERIFY(!t.roundTrip.isPending());
        QVERIFY(connectionRefused(t.roundTrip.port()));
    }

    void noLauncherStillWaits()
    {
        Trip t;
        t.options.timeout = 100ms;
        const auto outcome = t.run(nullptr);
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::Timeout);
        QCOMPARE(t.opened.size(), 1);
        QVERIFY(!t.opened.first().second);
    }

    void cancelWhileWaiting()
    {
        Trip t;
        t.browser.setNavigate(false);
        auto task = t.roundTrip.run(&t.browser, t.options);
        QVERIFY(t.roundTrip.isPending());
        const quint16 port = t.roundTrip.port();
        BrowserRoundTrip owner = t.roundTrip; // a copy cancels the same round trip
        QTimer::singleShot(0, [&owner] { owner.cancel(); });
        const auto outcome = awaitTask(std::move(task));
        QVERIFY(!outcome.hasValue());
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::Cancelled);
        QVERIFY(t.roundTrip.isCancelled());
        QVERIFY(connectionRefused(port));
    }

    void cancelBeforeTheBrowserOpens()
    {
        Trip t;
        t.options.urlReady = [&t](const QUrl&) {
            t.roundTrip.cancel();
        };
        const auto outcome = t.run();
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::Cancelled);
        QVERIFY(t.browser.openedUrls().isEmpty());
        QVERIFY(t.opened.isEmpty());
    }

    void cancelledBeforeListeningNeverListens()
    {
        Trip t;
        t.roundTrip.cancel();
        const auto outcome = t.run();
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::Cancelled);
        QCOMPARE(t.built, 0);
        QCOMPARE(t.roundTrip.port(), quint16(0));
    }

    void closeEndsAPendingWaitUncancelled()
    {
        BrowserRoundTrip trip;
        QVERIFY(trip.listen(BrowserRoundTrip::Options{}));
        const quint16 port = trip.port();
        auto task = trip.waitForCallback();
        QTimer::singleShot(0, [&trip] { trip.close(); });
        const auto outcome = awaitTask(std::move(task));
        QCOMPARE(outcome.error().kind, AuthFlowError::Kind::Cancelled);
        QVERIFY(!trip.isCancelled());
        QVERIFY(connectionRefused(port));
        // Nothing listens any more: a new wait fails at once.
        QCOMPARE(awaitTask(trip.waitForCallback()).error().kind, AuthFlowError::Kind::Cancelled);
    }

    void listenerFailure()
    {
        Trip t;
        std::optional<BrowserRoundTrip::Outcome> outcome;
        {
            NoFreeDescriptors limit;
            if (!limit.isActive())
                QSKIP("cannot lower the descriptor limit");
            outcome = t.run();
        }
        QVERIFY(!outcome->hasValue());
        QCOMPARE(outcome->error().kind, AuthFlowError::Kind::ListenFailed);
        QVERIFY(!outcome->error().detail.isEmpty());
        QVERIFY(outcome->error().message().contains(outcome->error().detail));
        QCOMPARE(t.built, 0);
        QVERIFY(t.browser.openedUrls().isEmpty());
        QVERIFY(!t.roundTrip.isPending());
    }
};

QTEST_GUILESS_MAIN(TestBrowserRoundTrip)
#include "TestBrowserRoundTrip.moc"
