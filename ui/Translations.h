#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace sv {

/// Loads StreamVibe's translations for a locale (compiled into the binary: the core catalogue shared with the
/// CLI and the desktop app's own) and Qt's translation.
class Translations
{
public:
    /// Installs the translators for `locale` into the application (they are owned by `app`).
    /// Returns true when StreamVibe's translations were found (English has them too: its plural forms).
    static bool install(QCoreApplication& app, const QLocale& locale);
    /// The languages StreamVibe ships a translation for, as the codes of their catalogues ("de", "es",
    /// "fr", "pt_BR"), plus "en".
    static QStringList availableLanguages();
    /// The shipped language that serves `locale`: its exact catalogue ("pt_BR" for pt_BR), else the one
    /// of its language ("de" for de_AT, "pt_BR" for pt_PT, "en" for en_GB); empty when there is none
    /// (the app then speaks English).
    static QString languageFor(const QLocale& locale);

    /// The QSettings key of the language chosen in the settings (a code of availableLanguages(); none: the
    /// system's).
    static constexpr const char* SettingsKey = "ui/language";
    /// The language chosen in the settings when it is still shipped, else empty (the system's).
    static QString savedLanguage();
    /// Stores the choice; empty forgets it (the system's language).
    static void saveLanguage(const QString& code);
    /// Replaces the translators install() put in place by those of `locale` and makes it the default
    /// locale: windows receive QEvent::LanguageChange, and what they say anew is in that language.
    static bool switchTo(QCoreApplication& app, const QLocale& locale);
};

} // namespace sv
