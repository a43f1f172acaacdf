// The core catalogue (translations/streamvibe-core_<lang>.ts, shared with the CLI), which sv::Translations
// installs beside the desktop app's own, carries the core messages a user sees: network errors, keyring
// errors, sign-in errors and the HTML page the loopback listener serves to the browser, in every shipped
// language (German, Spanish, French, Brazilian Portuguese), with the app's fallbacks (pt_PT -> pt_BR).
#include "Translations.h"
#include "backend/ApiError.h"
#include "loopback/AuthFlowError.h"
#include "loopback/LoopbackListener.h"
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

    void everyShippedLanguageReachesCoreAndBrowser_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("offline");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("footer");
        QTest::newRow("de") << QStringLiteral("de_DE")
                            << QStringLiteral(
                                   "Sie scheinen offline zu sein: Der Server war nicht erreichbar.")
                            << QStringLiteral("Nicht gefunden")
                            << QStringLiteral("Diese Adresse empf\u00e4ngt nur das Ergebnis der Anmeldung")
                            << QStringLiteral("Sie k\u00f6nnen diesen Tab schlie\u00dfen");
        QTest::newRow("es") << QStringLiteral("es_ES")
                            << QStringLiteral(
                                   "Parece que no tienes conexi\u00f3n: no se pudo contactar con el "
                                   "servidor.")
                            << QStringLiteral("No encontrado")
                            << QStringLiteral(
                                   "Esta direcci\u00f3n solo recibe el resultado del inicio de sesi\u00f3n")
                            << QStringLiteral("Puedes cerrar esta pesta\u00f1a");
        QTest::newRow("fr")
            << QStringLiteral("fr_FR")
            << QStringLiteral("Vous semblez \u00eatre hors ligne\u00a0: le serveur est injoignable.")
            << QStringLiteral("Introuvable")
            << QStringLiteral("Cette adresse ne re\u00e7oit que le r\u00e9sultat de la connexion")
            << QStringLiteral("Vous pouvez fermer cet onglet");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR")
                               << QStringLiteral("Parece que voc\u00ea est\u00e1 off-line: n\u00e3o foi "
                                                 "poss\u00edvel acessar o servidor.")
                               << QStringLiteral("N\u00e3o encontrado")
                               << QStringLiteral("Este endere\u00e7o s\u00f3 recebe o resultado do login")
                               << QStringLiteral("Voc\u00ea pode fechar esta aba");
        // A region without a catalogue of its own gets its language's (as the app's own strings do).
        QTest::newRow("pt_PT") << QStringLiteral("pt_PT")
                               << QStringLiteral("Parece que voc\u00ea est\u00e1 off-line: n\u00e3o foi "
                                                 "poss\u00edvel acessar o servidor.")
                               << QStringLiteral("N\u00e3o encontrado")
                               << QStringLiteral("Este endere\u00e7o s\u00f3 recebe o resultado do login")
                               << QStringLiteral("Voc\u00ea pode fechar esta aba");
    }

    void everyShippedLanguageReachesCoreAndBrowser()
    {
        QFETCH(QString, locale);
        QFETCH(QString, offline);
        QFETCH(QString, heading);
        QFETCH(QString, text);
        QFETCH(QString, footer);
        useLanguage(QLocale(locale));
        QCOMPARE(sv::ApiError::make(sv::ApiError::Kind::Offline).userMessage(), offline);
        sv::LoopbackListener listener;
        QVERIFY(listener.listen());
        const QString page = QString::fromUtf8(fetch(listener, "/not-the-callback"));
        QVERIFY2(page.contains(QStringLiteral("<h1>") + heading + QStringLiteral("</h1>")), qPrintable(page));
        QVERIFY2(page.contains(text), qPrintable(page));
        QVERIFY2(page.contains(footer), qPrintable(page));
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
