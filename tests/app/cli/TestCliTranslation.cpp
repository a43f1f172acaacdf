// streamvibe-cli speaks the user's language: the system locale (LC_ALL, LC_MESSAGES, LANG) picks the
// embedded catalogues, the CLI's own and the core one shared with the desktop app (German, Spanish, French,
// Brazilian Portuguese), English otherwise. Runs the built binary like a user would.
#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliTranslation : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    QTemporaryDir m_tmp;

    /// Runs streamvibe-cli ARGS with only the given locale variables set (all others removed).
    Run cli(const QStringList& args, const QHash<QString, QString>& locale) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "STREAMVIBE_PROFILE",
                                 "STREAMVIBE_CONFIG", "QT_LOGGING_RULES"})
            e.remove(QString::fromLatin1(name));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("xdg-home")));
        e.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_tmp.filePath(QStringLiteral("xdg-system")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("xdg-data")));
        for (auto it = locale.cbegin(); it != locale.cend(); ++it)
            e.insert(it.key(), it.value());
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(m_binary, args);
        Run r;
        if (!p.waitForStarted(30000) || !p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("did not run: ") + p.errorString();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QHash<QString, QString> lang(const QString& value) { return {{QStringLiteral("LANG"), value}}; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_binary = sv::test::buildPath(QStringLiteral("app/cli/streamvibe-cli"));
        QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QStringLiteral(" was not built")));
    }

    void helpIsGermanUnderAGermanLocale()
    {
        const Run r = cli({QStringLiteral("--help")}, lang(QStringLiteral("de_DE.UTF-8")));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Befehle:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Globale Optionen:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Diese Hilfe anzeigen.")), qPrintable(r.out));
        // UTF-8 survives the round trip (umlauts of "Rückgabewert").
        QVERIFY2(r.out.contains(QStringLiteral("R\u00fcckgabewert")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("Commands:")), qPrintable(r.out));
        // Command names and option names stay as they must be typed.
        QVERIFY2(r.out.contains(QLatin1String("--profile")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("search")), qPrintable(r.out));
    }

    void helpFollowsEveryShippedLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("commands");
        QTest::addColumn<QString>("showHelp");
        QTest::newRow("es") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("Comandos:")
                            << QStringLiteral("Mostrar esta ayuda.");
        QTest::newRow("es_MX") << QStringLiteral("es_MX.UTF-8") << QStringLiteral("Comandos:")
                               << QStringLiteral("Mostrar esta ayuda.");
        QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("Commandes\u00a0:")
                            << QStringLiteral("Afficher cette aide.");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR.UTF-8") << QStringLiteral("Comandos:")
                               << QStringLiteral("Mostrar esta ajuda.");
    }

    void helpFollowsEveryShippedLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, commands);
        QFETCH(QString, showHelp);
        const Run r = cli({QStringLiteral("--help")}, lang(locale));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(commands), qPrintable(r.out));
        QVERIFY2(r.out.contains(showHelp), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("Commands:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("--profile")), qPrintable(r.out));
    }

    void pluralsAndErrorsInEveryShippedLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("imported");
        QTest::addColumn<QString>("unknownCommand");
        QTest::newRow("es") << QStringLiteral("es_ES.UTF-8")
                            << QStringLiteral("Se importaron 8 elementos de ")
                            << QStringLiteral("comando desconocido \u00abfrobnicate\u00bb");
        QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8")
                            << QStringLiteral("8 \u00e9l\u00e9ments import\u00e9s depuis ")
                            << QStringLiteral("commande inconnue \u00ab\u00a0frobnicate\u00a0\u00bb");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR.UTF-8") << QStringLiteral("8 itens importados de ")
                               << QStringLiteral("comando desconhecido \u201cfrobnicate\u201d");
    }

    void pluralsAndErrorsInEveryShippedLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, imported);
        QFETCH(QString, unknownCommand);
        const QString profile = m_tmp.filePath(QStringLiteral("profile-") + locale);
        const Run r = cli({QStringLiteral("--profile"), profile, QStringLiteral("library"),
                           QStringLiteral("import"), sv::test::dataPath(QStringLiteral("cli/library.json"))},
                          lang(locale));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(imported), qPrintable(r.out + r.err));
        const Run wrong = cli({QStringLiteral("frobnicate")}, lang(locale));
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(unknownCommand), qPrintable(wrong.err));
    }

    void helpIsEnglishUnderAnEnglishOrCLocale()
    {
        for (const QString& value : {QStringLiteral("C"), QStringLiteral("en_US.UTF-8")}) {
            const Run r = cli({QStringLiteral("--help")}, lang(value));
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QLatin1String("Commands:")),
                     qPrintable(value + QLatin1Char('\n') + r.out));
            QVERIFY2(!r.out.contains(QLatin1String("Befehle:")),
                     qPrintable(value + QLatin1Char('\n') + r.out));
        }
    }

    void lcAllWinsOverLang()
    {
        const Run r =
            cli({QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")},
                                             {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Befehle:")), qPrintable(r.out));
    }

    void commandHelpAndErrorsAreGerman()
    {
        const Run help =
            cli({QStringLiteral("help"), QStringLiteral("search")}, lang(QStringLiteral("de_DE.UTF-8")));
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(QLatin1String("SUCHBEGRIFF")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QLatin1String("Optionen:")), qPrintable(help.out));

        const Run wrong = cli({QStringLiteral("frobnicate")}, lang(QStringLiteral("de_AT.UTF-8")));
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("unbekannter Befehl \u201efrobnicate\u201c")),
                 qPrintable(wrong.err));
    }

    void coreMessagesAreGermanToo()
    {
        // "Eintrag 2: das JSON ist ... fehlerhaft" comes from core/library (LibraryFileFormat), not app/cli.
        const QString profile = m_tmp.filePath(QStringLiteral("profile"));
        const Run r =
            cli({QStringLiteral("--profile"), profile, QStringLiteral("library"), QStringLiteral("import"),
                 sv::test::dataPath(QStringLiteral("cli/truncated.json"))},
                lang(QStringLiteral("de_DE.UTF-8")));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("Eintrag 2: das JSON ist in Zeile 4, Spalte 1 fehlerhaft")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("es wurde nichts importiert")), qPrintable(r.err));
    }

    void coreMessagesFollowEveryShippedLanguage_data()
    {
        // The core message (core/library) inside the CLI's own one (app/cli): both catalogues are loaded.
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("coreMessage");
        QTest::addColumn<QString>("cliMessage");
        QTest::newRow("es") << QStringLiteral("es_ES.UTF-8")
                            << QStringLiteral(
                                   "Elemento 2: el JSON est\u00e1 mal formado en la l\u00ednea 4, columna 1")
                            << QStringLiteral("no se import\u00f3 nada");
        QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8")
                            << QStringLiteral(
                                   "\u00c9l\u00e9ment 2\u00a0: le JSON est mal form\u00e9 \u00e0 la "
                                   "ligne 4, colonne 1")
                            << QStringLiteral("rien n\u2019a \u00e9t\u00e9 import\u00e9");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR.UTF-8")
                               << QStringLiteral("Item 2: o JSON est\u00e1 malformado na linha 4, coluna 1")
                               << QStringLiteral("nada foi importado");
    }

    void coreMessagesFollowEveryShippedLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, coreMessage);
        QFETCH(QString, cliMessage);
        const QString profile = m_tmp.filePath(QStringLiteral("core-profile-") + locale);
        const Run r =
            cli({QStringLiteral("--profile"), profile, QStringLiteral("library"), QStringLiteral("import"),
                 sv::test::dataPath(QStringLiteral("cli/truncated.json"))},
                lang(locale));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(coreMessage), qPrintable(r.err));
        QVERIFY2(r.err.contains(cliMessage), qPrintable(r.err));
    }

    void pluralsFollowTheCount()
    {
        const QString profile = m_tmp.filePath(QStringLiteral("plural-profile"));
        const Run r = cli({QStringLiteral("--profile"), profile, QStringLiteral("library"),
                           QStringLiteral("import"), sv::test::dataPath(QStringLiteral("cli/library.json"))},
                          lang(QStringLiteral("de_DE.UTF-8")));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("8 Eintr\u00e4ge aus ")), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String(" importiert.")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliTranslation)
#include "TestCliTranslation.moc"
