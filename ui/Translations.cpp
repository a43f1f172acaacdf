#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace sv {

bool Translations::install(QCoreApplication& app, const QLocale& locale)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("streamvibe"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    // A region we have no catalogue of, in a language we have (pt_PT -> pt_BR).
    const QString language = languageFor(locale);
    if (!language.isEmpty() &&
        own->load(QStringLiteral("streamvibe_") + language, QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    // No catalogue for this locale (e.g. "C" or a language we do not ship): fall back to the English
    // catalogue, which carries the English plural forms ("1 view" / "2 views").
    if (own->load(QStringLiteral("streamvibe_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return false;
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

} // namespace sv
