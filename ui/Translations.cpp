#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace sv {

namespace {

/// Installs the catalogue `name` (e.g. "streamvibe") of `directory` for `locale`, with the app's fallbacks.
/// Returns true when a catalogue of the locale's language was found.
bool installCatalogue(QCoreApplication& app, const QLocale& locale, const QString& name,
                      const QString& directory)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(QStringLiteral("streamvibeTranslator"));
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    // A region we have no catalogue of, in a language we have (pt_PT -> pt_BR).
    const QString language = Translations::languageFor(locale);
    if (!language.isEmpty() && translator->load(name + QLatin1Char('_') + language, directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    // No catalogue for this locale (e.g. "C" or a language we do not ship): fall back to the English
    // catalogue, which carries the English plural forms ("1 view" / "2 views").
    if (translator->load(name + QStringLiteral("_en"), directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    return false;
}

} // namespace

bool Translations::install(QCoreApplication& app, const QLocale& locale)
{
    auto* qt = new QTranslator(&app);
    qt->setObjectName(QStringLiteral("streamvibeTranslator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // core's messages (errors, status texts, the browser's sign-in pages) have their own catalogue, shared
    // with the CLI; the desktop app's own strings are in "streamvibe".
    const bool core =
        installCatalogue(app, locale, QStringLiteral("streamvibe-core"), QStringLiteral(":/i18n/core"));
    const bool own = installCatalogue(app, locale, QStringLiteral("streamvibe"), QStringLiteral(":/i18n"));
    return core && own;
}

QStringList Translations::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QDir dir(QStringLiteral(":/i18n"));
    for (const QString& file : dir.entryList({QStringLiteral("streamvibe_*.qm")}, QDir::Files, QDir::Name)) {
        const QString code =
            file.mid(int(qstrlen("streamvibe_")), file.size() - int(qstrlen("streamvibe_.qm")));
        if (!languages.contains(code))
            languages << code;
    }
    return languages;
}

QString Translations::languageFor(const QLocale& locale)
{
    if (locale.language() == QLocale::C)
        return {};
    const QStringList available = availableLanguages();
    if (available.contains(locale.name()))
        return locale.name();
    const QString language = QLocale::languageToCode(locale.language());
    for (const QString& code : available) {
        if (code == language || code.startsWith(language + QLatin1Char('_')))
            return code;
    }
    return {};
}

QString Translations::savedLanguage()
{
    const QString code = QSettings().value(QLatin1String(SettingsKey)).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void Translations::saveLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(SettingsKey));
    else
        settings.setValue(QLatin1String(SettingsKey), code);
}

bool Translations::switchTo(QCoreApplication& app, const QLocale& locale)
{
    const auto translators = app.findChildren<QTranslator*>(QStringLiteral("streamvibeTranslator"));
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(locale);
    return install(app, locale);
}

} // namespace sv
