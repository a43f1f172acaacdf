#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;

namespace sv {

/// StreamVibe's look: the Fusion style with a palette in the brand colour, light or dark, and a small
/// style sheet for the sidebar, the search field and the primary buttons.
///
/// The user chooses light, dark or the system's choice (Settings → Appearance); the choice is kept in
/// QSettings (SettingsKey) and apply(app) uses it. apply(app, mode) switches live: every widget is
/// repainted with the new palette and style sheet, charts included (ChartWidget paints from the palette).
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    /// The QSettings key of the choice ("system", "light", "dark").
    static constexpr const char* SettingsKey = "appearance/theme";

    /// Applies the choice kept in the settings (the system's when there is none).
    static void apply(QApplication& app);
    /// Applies `mode` at once; does not store it (saveMode()).
    static void apply(QApplication& app, Mode mode);

    static Mode savedMode();
    static void saveMode(Mode mode);
    /// The mode last applied (System until apply() runs).
    static Mode currentMode();
    /// Whether the palette applied now is the dark one.
    static bool isDark();
    /// Whether the desktop asks for dark colours (what Mode::System follows).
    static bool systemPrefersDark();

    /// The application palette of the light or the dark look.
    static QPalette palette(bool dark);

    static QString modeName(Mode mode);
    static Mode modeFromName(const QString& name);

    /// The WCAG contrast ratio of two colours (1 to 21); readable text needs at least 4.5.
    static double contrast(const QColor& a, const QColor& b);
};

} // namespace sv
