// The desktop app's catalogue (embedded in streamvibe_ui) carries the core messages a user sees: network
// errors, keyring errors, sign-in errors and the HTML page the loopback listener serves to the browser.
#include "Translations.h"
#include "auth/AuthFlowError.h"
#include "auth/LoopbackListener.h"
#include "backend/ApiError.h"
#include "secrets/SecretError.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTranslator>

class TestTranslationsCore : public QObject
{
    Q_OBJECT

private:
    static void useLanguage(const QLocale& locale)
    {
        // Drop the translators of the previous test, then install the ones for `locale`.
        auto* app = QCoreApplication::instance();
        const auto translators = app->findChildren<QTranslator*>();
        for (QTranslator* t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QVERIFY(sv::Translations::install(*app, locale));
    }

    /// Sends `GET <path>` to the listener and returns the whole answer (the listener closes the connection).
    static QByteArray fetch(sv::LoopbackListener& listener, const QByteArray& path)
    {
        QTcpSocket socket;
        QByteArray answer;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
        connect(&socket, &QTcpSocket::connected, &socket,
                [&] { socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); });
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(listener.serverAddress(), listener.port());
        if (!closed.wait(10000))
            qWarning("the listener did not close the connection");
        answer += socket.readAll();
        return answer;
    }

private slots:
    void cleanupTestCase() { useLanguage(QLocale(QLocale::English)); }

    void networkAndKeyringErrorsAreGerman()
    {
        useLanguage(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(sv::ApiError::make(sv::ApiError::Kind::Offline).userMessage(),
                 QStringLiteral("Sie scheinen offline zu sein: Der Server war nicht erreichbar."));
        const QString locked = sv::SecretError{sv::SecretError::Kind::Locked, {}}.message();
        QVERIFY2(locked.startsWith(QStringLiteral("Der Schl\u00fcsselbund ist gesperrt.")),
                 qPrintable(locked));
    }

    void signInErrorsAreGerman()
    {
        useLanguage(QLocale(QLocale::German, QLocale::Germany));
        sv::LoopbackListener listener;
        listener.cancel();
        QVERIFY(listener.outcome().has_value());
        QVERIFY(!listener.outcome()->hasValue());
        QCOMPARE(listener.outcome()->error().message(), QStringLiteral("Die Anmeldung wurde abgebrochen."));
    }

    void browserPageIsGerman()
    {
        useLanguage(QLocale(QLocale::German, QLocale::Germany));
        sv::LoopbackListener listener;
        QVERIFY(listener.listen());
        const QString page = QString::fromUtf8(fetch(listener, "/not-the-callback"));
        QVERIFY2(page.startsWith(QLatin1String("HTTP/1.1 404")), qPrintable(page.left(200)));
        QVERIFY2(page.contains(QLatin1String("<h1>Nicht gefunden</h1>")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Diese Adresse empf\u00e4ngt nur das Ergebnis der Anmeldung")),
                 qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Sie k\u00f6nnen diesen Tab schlie\u00dfen")),
                 qPrintable(page));
    }

    void englishStaysEnglish()
    {
        useLanguage(QLocale(QLocale::English));
        QCOMPARE(sv::ApiError::make(sv::ApiError::Kind::Offline).userMessage(),
                 QStringLiteral("You appear to be offline: the server could not be reached."));
        sv::LoopbackListener listener;
        QVERIFY(listener.listen());
        const QString page = QString::fromUtf8(fetch(listener, "/not-the-callback"));
        QVERIFY2(page.contains(QLatin1String("<h1>Not found</h1>")), qPrintable(page));
    }
};

QTEST_GUILESS_MAIN(TestTranslationsCore)
#include "TestTranslationsCore.moc"
