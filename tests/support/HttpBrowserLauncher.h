#pragma once

#include "loopback/BrowserLauncher.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace sv::test {

/// A BrowserLauncher for automated OAuth tests: instead of starting a browser it fetches the URL like
/// one would — GET, following every redirect (3xx Location, relative or absolute, across hosts and
/// ports, dropping the #fragment) — so with the sandbox's --auto-consent the platform redirects to the
/// app's loopback listener and the connector under test receives the callback. When a consent page
/// (an HTML form with hidden fields and a `decision` button) is shown instead, it submits it with the
/// configured decision, as a user clicking Allow or Deny would.
class HttpBrowserLauncher : public QObject, public BrowserLauncher
{
    Q_OBJECT
public:
    enum class Decision { Allow, Deny };

    explicit HttpBrowserLauncher(QObject* parent = nullptr);

    /// The button pressed on a consent page (default Allow).
    void setDecision(Decision decision) { m_decision = decision; }
    /// Rewrites the URL before it is fetched (e.g. to tamper with `state`).
    void setUrlRewriter(std::function<QUrl(const QUrl&)> rewriter) { m_rewriter = std::move(rewriter); }
    /// false: open() only records the URL and returns `openResult` (a user who never finishes).
    void setNavigate(bool navigate) { m_navigate = navigate; }
    /// What open() returns (false = "no browser could be started").
    void setOpenResult(bool result) { m_openResult = result; }

    bool open(const QUrl& url) override;

    /// Every URL open() was given, in order.
    QList<QUrl> openedUrls() const { return m_opened; }
    /// Every URL requested while navigating (redirects included), in order.
    QList<QUrl> visitedUrls() const { return m_visited; }
    /// The last page reached (status 0 on a network error).
    int lastStatus() const { return m_lastStatus; }
    QUrl lastUrl() const { return m_lastUrl; }
    QByteArray lastBody() const { return m_lastBody; }
    /// Completes once every navigation open() started has reached its last page (the app may have what it
    /// wanted, e.g. the callback, before the browser has received the page that answers it). False on
    /// timeout.
    bool waitUntilIdle(int timeoutMs = 10000);

Q_SIGNALS:
    /// Navigation ended on a page that is neither a redirect nor a consent form.
    void finished(int status, const QUrl& url);

private:
    void request(const QByteArray& method, QUrl url, const QByteArray& body, int hops);
    void handle(QNetworkReply* reply, int hops);
    bool submitConsent(const QUrl& pageUrl, const QByteArray& html, int hops);
    void finish(int status, const QUrl& url, const QByteArray& body);

    QNetworkAccessManager m_nam;
    Decision m_decision = Decision::Allow;
    std::function<QUrl(const QUrl&)> m_rewriter;
    bool m_navigate = true;
    bool m_openResult = true;
    QList<QUrl> m_opened;
    QList<QUrl> m_visited;
    int m_lastStatus = 0;
    QUrl m_lastUrl;
    QByteArray m_lastBody;
    int m_navigating = 0; ///< navigations started by open() that have not reached their last page
};

} // namespace sv::test
