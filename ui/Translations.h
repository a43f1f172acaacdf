#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace sv {

/// Loads StreamVibe's own translation (compiled into the binary) and Qt's translation for a locale.
class Translations
{
public:
    /// Installs the translators for `locale` into the application (they are owned by `app`).
    /// Returns true when a StreamVibe translation was found (English has one too: its plural forms).
    static bool install(QCoreApplication& app, const QLocale& locale);
    /// The languages StreamVibe ships a translation for, as ISO codes ("de"), plus "en".
    static QStringList availableLanguages();
};

} // namespace sv
