#pragma once

// Browsers for the browser sign-in tests: a real headless Chromium, and a scripted HTTP client that walks the
// authorize redirect itself (so a test can see the authorization code, or deny on the consent page).

#include "loopback/BrowserLauncher.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>
#include <unistd.h>

namespace sv::test {

inline constexpr const char* kChromium = "/usr/bin/chromium";

inline bool chromiumAvailable()
{
    return QFileInfo(QString::fromLatin1(kChromium)).isExecutable();
}

/// Opens the URL in a real headless Chromium (a separate process, as a desktop browser would be). Chromium
/// follows the sandbox's redirect to the loopback listener and prints the final page's DOM.
class ChromiumLauncher : public BrowserLauncher
{
public:
    bool open(const QUrl& url) override
    {
        opened = url;
        m_process = std::make_unique<QProcess>();
        m_finished = std::make_unique<QSignalSpy>(m_process.get(), &QProcess::finished);
        QStringList args{QStringLiteral("--headless=new"),
                         QStringLiteral("--disable-gpu"),
                         QStringLiteral("--no-first-run"),
                         QStringLiteral("--disable-background-networking"),
                         QStringLiteral("--disable-component-update"),
                         QStringLiteral("--disable-sync"),
                         QStringLiteral("--user-data-dir=") + m_profile.path(),
                         QStringLiteral("--dump-dom"),
                         url.toString(QUrl::FullyEncoded)};
        if (::geteuid() == 0)
            args.prepend(QStringLiteral("--no-sandbox")); // Chromium refuses to run as root otherwise
        m_process->start(QString::fromLatin1(kChromium), args);
        return m_process->waitForStarted(10000);
    }

    /// Waits for Chromium to exit; returns its DOM dump. `errors` gets its stderr.
    QByteArray finish(QString* errors)
    {
        if (!m_process)
            return {};
        if (m_process->state() != QProcess::NotRunning && !m_finished->wait(90000)) {
            m_process->kill();
            m_finished->wait(5000);
        }
        *errors = QString::fromLocal8Bit(m_process->readAllStandardError());
        return m_process->readAllStandardOutput();
    }

    QUrl opened;

private:
    QTemporaryDir m_profile;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QSignalSpy> m_finished;
};

/// Walks the authorize URL with plain HTTP requests: GET /authorize; with auto-consent the 303 goes straight
/// to the loopback redirect (the code is recorded); in Deny mode the consent form is posted with
/// decision=deny. The final GET hits the loopback listener, as the browser would.
class ScriptedBrowser : public BrowserLauncher
{
public:
    enum class Mode { Allow, Deny };
    explicit ScriptedBrowser(Mode mode = Mode::Allow)
        : m_mode(mode)
    {
    }

    bool open(const QUrl& url) override
    {
        opened = url;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (m_mode == Mode::Allow) {
            QNetworkReply* reply = m_nam.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] { onAuthorize(reply); });
        } else {
            // The consent page's form, as the user would submit it with "Cancel".
            const QUrlQuery query(url);
            QUrlQuery form;
            for (const char* key : {"provider", "redirect_to", "code_challenge", "code_challenge_method"})
                form.addQueryItem(QString::fromLatin1(key),
                                  query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded));
            form.addQueryItem(QStringLiteral("email"), QStringLiteral("demo@streamvibe.test"));
            form.addQueryItem(QStringLiteral("decision"), QStringLiteral("deny"));
            QUrl consent = url;
            consent.setPath(QStringLiteral("/auth/v1/authorize/consent"));
            consent.setQuery(QString());
            QNetworkRequest post(consent);
            post.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                              QNetworkRequest::ManualRedirectPolicy);
            post.setHeader(QNetworkRequest::ContentTypeHeader,
                           QStringLiteral("application/x-www-form-urlencoded"));
            QNetworkReply* reply = m_nam.post(post, form.toString(QUrl::FullyEncoded).toUtf8());
            QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] { onAuthorize(reply); });
        }
        return true;
    }

    QUrl opened;
    /// The authorization code the redirect carried (Allow mode).
    QString code;
    /// The page the loopback listener answered.
    QByteArray finalPage;
    int finalStatus = 0;
    bool done = false;

private:
    void onAuthorize(QNetworkReply* reply)
    {
        reply->deleteLater();
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        if (!location.isValid() || location.isEmpty()) {
            done = true;
            return;
        }
        code = QUrlQuery(location).queryItemValue(QStringLiteral("code"));
        QNetworkReply* callback = m_nam.get(QNetworkRequest(location));
        QObject::connect(callback, &QNetworkReply::finished, callback, [this, callback] {
            callback->deleteLater();
            finalStatus = callback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            finalPage = callback->readAll();
            done = true;
        });
    }

    Mode m_mode;
    QNetworkAccessManager m_nam;
};

} // namespace sv::test
