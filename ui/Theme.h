#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;
class QWidget;

namespace sv {

/// StreamVibe's look: the Fusion style with a palette in the brand colour, light or dark, and a small
/// style sheet for the sidebar, the search field and the primary buttons; or high contrast: white and
/// yellow on black, every text at least 7:1 against its background (WCAG AAA) and a yellow frame around the
/// control that has the keyboard focus.
///
/// The user chooses light, dark, high contrast or the system's choice (Settings → Appearance, View →
/// Theme); the choice is kept in QSettings (SettingsKey) and apply(app) uses it. apply(app, mode) switches
/// live: every widget is repainted with the new palette and style sheet, charts included (ChartWidget paints
/// from the palette).
class Theme
{
public:
    enum class Mode { System, Light, Dark, HighContrast };

    /// The QSettings key of the choice ("system", "light", "dark", "high-contrast").
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
    /// Whether the high-contrast look is applied now (chosen, or the system's choice and the system asks
    /// for it).
    static bool isHighContrast();
    /// Whether the desktop asks for high contrast (Mode::System then follows it). Qt tells from 6.10 on
    /// (QStyleHints::accessibility()); before, as with the Qt 6.4 this app is built with, it cannot, and
    /// this is false: the user chooses "High contrast" themselves.
    static bool systemPrefersHighContrast();

    /// The application palette of the light or the dark look.
    static QPalette palette(bool dark);
    /// The application palette of the high-contrast look.
    static QPalette highContrastPalette();
    /// The style sheet of the high-contrast look.
    static QString highContrastStyleSheet();
    /// The contrast that look guarantees every text against its background (WCAG AAA).
    static constexpr double HighContrastMinimum = 7.0;

    /// A page's or a state's heading, relative to the application font.
    static constexpr double PageHeadingScale = 1.4;
    /// Makes `widget`'s font a heading's: `scale` times its size, semi-bold. One place, so every heading
    /// matches.
    static void setHeadingFont(QWidget* widget, double scale = PageHeadingScale);

    static QString modeName(Mode mode);
    static Mode modeFromName(const QString& name);

    /// The WCAG contrast ratio of two colours (1 to 21); readable text needs at least 4.5 (7 for AAA).
    static double contrast(const QColor& a, const QColor& b);
};

} // namespace sv
