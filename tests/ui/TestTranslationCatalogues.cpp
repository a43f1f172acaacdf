// The shipped translation catalogues (translations/streamvibe-core_<lang>.ts for core, loaded by both
// executables, translations/streamvibe_<lang>.ts for the desktop app's own strings and
// app/cli/i18n/streamvibe-cli_<lang>.ts for the CLI's) must say what their English source says: a missing
// "%1" silently drops a file name from an error, a lost "<b>" breaks a page, a wrong number of plural forms
// shows "2 item" to half the users. TranslationsComplete* check that nothing is unfinished; this test checks
// that what is there fits its source, and that no message stands in two of them (the executable's own
// catalogue would hide the core one). The checker itself is tested on broken samples first.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations;
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue parse(const QByteArray& xml)
{
    Catalogue catalogue;
    QXmlStreamReader reader(xml);
    QString context;
    Message current;
    bool inMessage = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == QLatin1String("TS")) {
                catalogue.language = reader.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = reader.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message{};
                current.context = context;
                current.numerus = reader.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = reader.readElementText();
            } else if (name == QLatin1String("comment") && inMessage) {
                current.comment = reader.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                current.type = reader.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << reader.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == QLatin1String("numerusform") && inMessage) {
                current.translations << reader.readElementText();
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("message")) {
            catalogue.messages << current;
            inMessage = false;
        }
    }
    if (reader.hasError())
        catalogue.error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return catalogue;
}

/// The sorted placeholders of a text: "%1", "%L2", "%n".
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

/// The HTML tags of a text, in order ("b", "/b", "a", "/a"); "<directory>" in a help text is no tag.
QStringList htmlTags(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("<(/?)(a|b|i|u|p|br|h[1-6]|em|strong|code|kbd|span|div|ul|ol|li|html|head|body|"
                       "title|meta|style|small|tt|pre|table|tr|td|th)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found << m.captured(1) + m.captured(2).toLower();
    }
    return found;
}

/// Keyboard accelerators: "&File" (but not "&&" nor "& ").
int accelerators(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?=[^&\\s])"));
    int count = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

/// At least three words of three or more letters: a text that a real translation changes.
bool isProse(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("\\b[A-Za-z]{3,}\\b"));
    int words = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++words;
    return words >= 3;
}

QString where(const Message& m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

/// Every problem of `catalogue`, one line each; `pluralForms` is the language's number of forms.
QStringList problems(const Catalogue& catalogue, const QString& language, int pluralForms)
{
    QStringList out;
    if (!catalogue.error.isEmpty())
        return {QStringLiteral("not a valid TS file: ") + catalogue.error};
    if (catalogue.messages.isEmpty())
        return {QStringLiteral("no messages")};
    if (!catalogue.language.startsWith(language))
        out << QStringLiteral("the TS file says language=\"%1\", expected %2")
                   .arg(catalogue.language, language);

    int prose = 0;
    int copied = 0;
    QStringList copiedExamples;
    for (const Message& m : catalogue.messages) {
        if (!m.type.isEmpty()) {
            out << QStringLiteral("%1: %2").arg(m.type, where(m));
            continue;
        }
        if (m.numerus && m.translations.size() != pluralForms)
            out << QStringLiteral("%1 plural forms instead of %2: %3")
                       .arg(m.translations.size())
                       .arg(pluralForms)
                       .arg(where(m));
        if (m.translations.isEmpty())
            out << QStringLiteral("no translation: ") + where(m);
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty()) {
                out << QStringLiteral("empty translation: ") + where(m);
                continue;
            }
            if (placeholders(t) != placeholders(m.source))
                out << QStringLiteral("placeholders %1 instead of %2 in \"%3\": %4")
                           .arg(placeholders(t).join(QLatin1Char(' ')),
                                placeholders(m.source).join(QLatin1Char(' ')), t, where(m));
            if (htmlTags(t) != htmlTags(m.source))
                out << QStringLiteral("HTML tags %1 instead of %2 in \"%3\": %4")
                           .arg(htmlTags(t).join(QLatin1Char(' ')), htmlTags(m.source).join(QLatin1Char(' ')),
                                t, where(m));
            if (accelerators(t) != accelerators(m.source))
                out << QStringLiteral("%1 keyboard accelerators (&) instead of %2 in \"%3\": %4")
                           .arg(accelerators(t))
                           .arg(accelerators(m.source))
                           .arg(t, where(m));
            if (m.source.endsWith(QLatin1Char('\n')) != t.endsWith(QLatin1Char('\n')) ||
                m.source.startsWith(QLatin1Char(' ')) != t.startsWith(QLatin1Char(' ')) ||
                m.source.endsWith(QLatin1Char(' ')) != t.endsWith(QLatin1Char(' ')))
                out << QStringLiteral("leading or trailing white space differs in \"%1\": %2")
                           .arg(t, where(m));
            // Quotes around a value are the language's own, never straight ASCII ones.
            // (An HTML attribute, href="%1", keeps its straight quotes.)
            static const QRegularExpression asciiQuoted(QStringLiteral("(?<!=)(['\"])%(?:L?[0-9]+|n)\\1"));
            if (t.contains(asciiQuoted))
                out << QStringLiteral("straight quotes around a placeholder in \"%1\": %2").arg(t, where(m));
            if (language == QLatin1String("fr")) {
                // French typography: a non-breaking space inside « » and before : ; ! ? (never a plain one,
                // which lets the line break before the sign).
                static const QRegularExpression plainSpace(
                    QStringLiteral("\u00ab | \u00bb| [:;!?](?=\\s|$)"));
                if (t.contains(plainSpace))
                    out << QStringLiteral("French typography: use a non-breaking space in \"%1\": %2")
                               .arg(t, where(m));
            }
        }
        if (isProse(m.source)) {
            ++prose;
            if (m.translations.contains(m.source)) {
                ++copied;
                if (copiedExamples.size() < 10)
                    copiedExamples << where(m);
            }
        }
    }
    // A few texts legitimately read the same ("cache clear [options]" in French); many do not.
    if (prose > 0 && copied * 20 > prose)
        out << QStringLiteral("%1 of %2 sentences are the English source text, not a translation:\n  %3")
                   .arg(copied)
                   .arg(prose)
                   .arg(copiedExamples.join(QStringLiteral("\n  ")));
    return out;
}

QByteArray sample(const QString& language, const QString& messages)
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" "
                           "language=\"%1\">\n<context>\n<name>Ctx</name>\n")
                .arg(language) +
            messages + QStringLiteral("</context>\n</TS>\n"))
        .toUtf8();
}

QString message(const QString& source, const QString& translation)
{
    return QStringLiteral("<message><source>%1</source><translation>%2</translation></message>\n")
        .arg(source, translation);
}

/// The three catalogues of a language: core (both executables), the desktop app's own, the CLI's own.
const QStringList kCatalogues{QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("cli")};

QString catalogueFile(const QString& kind, const QString& language)
{
    const QDir source(qEnvironmentVariable("STREAMVIBE_SOURCE_DIR"));
    if (kind == QLatin1String("core"))
        return source.filePath(QStringLiteral("translations/streamvibe-core_%1.ts").arg(language));
    if (kind == QLatin1String("app"))
        return source.filePath(QStringLiteral("translations/streamvibe_%1.ts").arg(language));
    return source.filePath(QStringLiteral("app/cli/i18n/streamvibe-cli_%1.ts").arg(language));
}

/// The messages of `catalogue` that `other` has too (same context, source text, comment and plural kind).
QStringList sharedMessages(const Catalogue& catalogue, const Catalogue& other)
{
    QSet<QString> keys;
    const auto key = [](const Message& m) {
        return QStringList{m.context, m.source, m.comment, m.numerus ? QStringLiteral("n") : QString()}.join(
            QChar(0));
    };
    for (const Message& m : other.messages)
        keys.insert(key(m));
    QStringList shared;
    for (const Message& m : catalogue.messages) {
        if (keys.contains(key(m)))
            shared << where(m);
    }
    return shared;
}

/// The shipped catalogues: language code, number of plural forms Qt uses for it.
const QList<QPair<QString, int>> kLanguages{{QStringLiteral("de"), 2},
                                            {QStringLiteral("es"), 2},
                                            {QStringLiteral("fr"), 2},
                                            {QStringLiteral("pt_BR"), 2}};

} // namespace

class TestTranslationCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void checkerFindsEachKindOfMistake_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");

        const QString fine =
            message(QStringLiteral("Cannot read %1: %2"), QStringLiteral("%1 kann nicht gelesen werden: %2"));
        QTest::newRow("unfinished") << QStringLiteral("de")
                                    << sample(QStringLiteral("de_DE"),
                                              fine + QStringLiteral(
                                                         "<message><source>Quit</source><translation "
                                                         "type=\"unfinished\"></translation></message>\n"))
                                    << QStringLiteral("unfinished: [Ctx] \"Quit\"");
        QTest::newRow("vanished") << QStringLiteral("es")
                                  << sample(QStringLiteral("es_ES"),
                                            fine + QStringLiteral(
                                                       "<message><source>Quit</source><translation "
                                                       "type=\"vanished\">Salir</translation></message>\n"))
                                  << QStringLiteral("vanished: [Ctx] \"Quit\"");
        QTest::newRow("empty") << QStringLiteral("de")
                               << sample(QStringLiteral("de_DE"), fine + message(QStringLiteral("Quit"), {}))
                               << QStringLiteral("empty translation");
        QTest::newRow("lost placeholder")
            << QStringLiteral("fr")
            << sample(QStringLiteral("fr_FR"),
                      message(QStringLiteral("Profile: %1"), QStringLiteral("Profil\u00a0: aucun")))
            << QStringLiteral("placeholders  instead of %1");
        QTest::newRow("wrong placeholder")
            << QStringLiteral("pt_BR")
            << sample(QStringLiteral("pt_BR"),
                      message(QStringLiteral("Item %1: %2"), QStringLiteral("Item %1: %3")))
            << QStringLiteral("placeholders %1 %3 instead of %1 %2");
        QTest::newRow("lost tag") << QStringLiteral("es")
                                  << sample(QStringLiteral("es_ES"),
                                            message(QStringLiteral("&lt;b&gt;Signed in&lt;/b&gt;"),
                                                    QStringLiteral("Sesión iniciada")))
                                  << QStringLiteral("HTML tags  instead of b /b");
        QTest::newRow("lost accelerator")
            << QStringLiteral("de")
            << sample(QStringLiteral("de_DE"),
                      message(QStringLiteral("&amp;Quit"), QStringLiteral("Beenden")))
            << QStringLiteral("0 keyboard accelerators");
        QTest::newRow("plural forms")
            << QStringLiteral("fr")
            << sample(QStringLiteral("fr_FR"),
                      QStringLiteral("<message numerus=\"yes\"><source>%n item(s)</source><translation>"
                                     "<numerusform>%n élément</numerusform></translation></message>\n"))
            << QStringLiteral("1 plural forms instead of 2");
        QTest::newRow("empty plural form")
            << QStringLiteral("es")
            << sample(QStringLiteral("es_ES"),
                      QStringLiteral("<message numerus=\"yes\"><source>%n item(s)</source><translation>"
                                     "<numerusform>%n elemento</numerusform><numerusform></numerusform>"
                                     "</translation></message>\n"))
            << QStringLiteral("empty translation");
        QTest::newRow("straight quotes")
            << QStringLiteral("es")
            << sample(QStringLiteral("es_ES"), message(QStringLiteral("unknown command '%1'"),
                                                       QStringLiteral("comando desconocido '%1'")))
            << QStringLiteral("straight quotes around a placeholder");
        QTest::newRow("French spaces")
            << QStringLiteral("fr")
            << sample(QStringLiteral("fr_FR"),
                      message(QStringLiteral("error: %1"), QStringLiteral("erreur : %1")))
            << QStringLiteral("French typography");
        QTest::newRow("copied English")
            << QStringLiteral("pt_BR")
            << sample(QStringLiteral("pt_BR"),
                      message(QStringLiteral("The search failed"), QStringLiteral("The search failed")))
            << QStringLiteral("1 of 1 sentences are the English source text");
        QTest::newRow("wrong language") << QStringLiteral("fr") << sample(QStringLiteral("de_DE"), fine)
                                        << QStringLiteral("language=\"de_DE\", expected fr");
    }

    void checkerFindsEachKindOfMistake()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        const QStringList found = problems(parse(xml), language, 2);
        QVERIFY2(
            std::any_of(found.cbegin(), found.cend(), [&](const QString& p) { return p.contains(expected); }),
            qPrintable(QStringLiteral("expected \"%1\", found:\n%2").arg(expected, found.join(u'\n'))));
    }

    void checkerAcceptsAGoodCatalogue()
    {
        const QByteArray xml = sample(
            QStringLiteral("fr_FR"),
            message(QStringLiteral("unknown command '%1'"),
                    QStringLiteral("commande inconnue «\u00a0%1\u00a0»")) +
                message(QStringLiteral("&lt;h1&gt;Not found&lt;/h1&gt;"),
                        QStringLiteral("&lt;h1&gt;Introuvable&lt;/h1&gt;")) +
                message(QStringLiteral("&amp;Quit"), QStringLiteral("&amp;Quitter")) +
                message(QStringLiteral("Use &lt;a href=\"%1\"&gt;this link&lt;/a&gt;."),
                        QStringLiteral("Utilisez &lt;a href=\"%1\"&gt;ce lien&lt;/a&gt;.")) +
                QStringLiteral("<message numerus=\"yes\"><source>%n item(s)</source><translation>"
                               "<numerusform>%n élément</numerusform><numerusform>%n éléments</numerusform>"
                               "</translation></message>\n"));
        const QStringList found = problems(parse(xml), QStringLiteral("fr"), 2);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void shippedCataloguesAreConsistent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        for (const auto& [language, forms] : kLanguages) {
            for (const QString& kind : kCatalogues)
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(kind, language)))
                    << catalogueFile(kind, language) << language << forms;
        }
    }

    void shippedCataloguesAreConsistent()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QFile ts(file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file + QStringLiteral(": ") + ts.errorString()));
        const Catalogue catalogue = parse(ts.readAll());
        const QStringList found = problems(catalogue, language, pluralForms);
        QVERIFY2(
            found.isEmpty(),
            qPrintable(
                QStringLiteral("%1: %2 problem(s):\n%3").arg(file).arg(found.size()).arg(found.join(u'\n'))));
        // The app's plurals exist in every language: a catalogue without them would be a stale copy.
        QVERIFY(std::any_of(catalogue.messages.cbegin(), catalogue.messages.cend(),
                            [](const Message& m) { return m.numerus; }));
    }

    void sharesAreOneTermPerLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("term");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Shares"); // as "Likes"
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("compartidos");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("partages");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("compartilhamentos");
    }

    // The metric "shares" has one name per language in every catalogue (the app's column, its tooltips, the
    // CLI's column and help, core's sums): a user never reads two words for it.
    void sharesAreOneTermPerLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, term);
        const QRegularExpression metric(QStringLiteral("(?<![/\\w])shares?\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
        QStringList other;
        int checked = 0;
        for (const QString& kind : kCatalogues) {
            QFile ts(catalogueFile(kind, language));
            QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
            for (const Message& m : parse(ts.readAll()).messages) {
                if (!m.source.contains(metric))
                    continue;
                ++checked;
                for (const QString& translation : m.translations) {
                    if (!translation.contains(term, Qt::CaseInsensitive))
                        other << QStringLiteral("%1 %2: %3").arg(kind, where(m), translation);
                }
            }
        }
        QVERIFY(checked >= 10);
        QVERIFY2(other.isEmpty(), qPrintable(QStringLiteral("not \"%1\":\n").arg(term) + other.join(u'\n')));
    }

    void checkerFindsAMessageInTwoCatalogues()
    {
        const QString fine = message(QStringLiteral("Quit"), QStringLiteral("Beenden"));
        const Catalogue core = parse(sample(QStringLiteral("de_DE"), fine));
        const Catalogue own = parse(sample(
            QStringLiteral("de_DE"), message(QStringLiteral("Open"), QStringLiteral("\u00d6ffnen")) + fine));
        QCOMPARE(sharedMessages(own, core), QStringList{QStringLiteral("[Ctx] \"Quit\"")});
        // Another context or comment is another message.
        const Catalogue other = parse(sample(
            QStringLiteral("de_DE"), QStringLiteral("<message><source>Quit</source><comment>menu</comment>"
                                                    "<translation>Beenden</translation></message>\n")));
        QVERIFY(sharedMessages(other, core).isEmpty());
    }

    void everyMessageStandsInOneCatalogue_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        for (const auto& entry : kLanguages)
            QTest::newRow(qPrintable(entry.first)) << entry.first;
    }

    void everyMessageStandsInOneCatalogue()
    {
        QFETCH(QString, language);
        QList<Catalogue> catalogues;
        for (const QString& kind : kCatalogues) {
            QFile ts(catalogueFile(kind, language));
            QVERIFY2(ts.open(QIODevice::ReadOnly),
                     qPrintable(ts.fileName() + QStringLiteral(": ") + ts.errorString()));
            catalogues << parse(ts.readAll());
            QVERIFY2(catalogues.last().error.isEmpty(), qPrintable(ts.fileName() + catalogues.last().error));
            QVERIFY2(!catalogues.last().messages.isEmpty(), qPrintable(ts.fileName()));
        }
        for (qsizetype i = 0; i < catalogues.size(); ++i) {
            for (qsizetype j = i + 1; j < catalogues.size(); ++j) {
                const QStringList shared = sharedMessages(catalogues[i], catalogues[j]);
                QVERIFY2(shared.isEmpty(), qPrintable(QStringLiteral("%1 and %2 both have:\n  %3")
                                                          .arg(kCatalogues[i], kCatalogues[j],
                                                               shared.join(QStringLiteral("\n  ")))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogues)
#include "TestTranslationCatalogues.moc"
