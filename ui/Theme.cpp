#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QStyleHints>
#include <QWidget>

#include <cmath>
#include <optional>

namespace sv {

namespace {

Theme::Mode s_mode = Theme::Mode::System;
bool s_dark = false;
bool s_highContrast = false;
bool s_systemDarkKnown = false;
bool s_systemDark = false;
std::optional<QPalette> s_systemPalette; ///< the platform's, before any of ours

/// The colours of the style sheet, light then dark.
struct SheetColours
{
    const char* sidebar;
    const char* sidebarBorder;
    const char* title;
    const char* navItem;
    const char* navHover;
    const char* navSelected;
    const char* navSelectedText;
    const char* surface;
    const char* line;
    const char* page;
    const char* searchBorder;
    const char* search;
    const char* primary;
    const char* primaryHover;
    const char* focus;
    const char* primaryDisabled;
    const char* primaryDisabledText;
    const char* statusText;
};

constexpr SheetColours LightSheet{"#ecebf7", "#dedcef", "#1d1e26", "#2a2b36", "rgba(91, 75, 255, 0.08)",
                                  "#ffffff", "#3d2fd6", "#ffffff", "#e7e7ef", "#f5f5f8",
                                  "#d6d7e2", "#f8f8fb", "#5b4bff", "#4a3be6", "#1d1e26",
                                  "#c9c5f3", "#ffffff", "#4a4c5a"};
constexpr SheetColours DarkSheet{"#1c1c26", "#2e2e3c", "#ececf3", "#d6d6e2", "rgba(167, 159, 255, 0.14)",
                                 "#2f2c4d", "#d2ccff", "#20202a", "#34343f", "#17171e",
                                 "#44445a", "#272732", "#6a5cff", "#7d71ff", "#ececf3",
                                 "#3d3870", "#a9a5c9", "#c2c3d0"};

/// High contrast: white and yellow on black (its own rules follow: highContrastStyleSheet()).
constexpr SheetColours HighContrastSheet{"#000000", "#ffffff", "#ffffff", "#ffffff", "#3a3a00", "#ffff00",
                                         "#000000", "#000000", "#ffffff", "#000000", "#ffffff", "#000000",
                                         "#000000", "#3a3a00", "#ffff00", "#000000", "#c8c8c8", "#ffffff"};

QString styleSheet(const SheetColours& c)
{
    QString sheet = QStringLiteral(R"(
#sidebar { background: @sidebar; border-right: 1px solid @sidebarBorder; }
#sidebarTitle { font-weight: 600; color: @title; }
#navigation { background: transparent; border: none; outline: none; }
#navigation::item { padding: 8px 10px; margin: 2px 0px; border-radius: 8px; color: @navItem; }
#navigation::item:hover { background: @navHover; }
#navigation::item:selected { background: @navSelected; color: @navSelectedText; }
#contentHeader, #contentList, #contentDetailsPane { background: @surface; }
QScrollArea#detailsScroll, QWidget#detailsPage { background: @surface; }
#contentDetailsPane { border-left: 1px solid @line; }
#contentSeparator { color: @line; }
#contentSplitter::handle { background: @line; }
#overviewHeader, #overviewScroll, #overviewDashboard { background: @page; }
QFrame#overviewCard { background: @surface; border: 1px solid @line; border-radius: 10px; }
QLineEdit#contentSearch { border: 1px solid @searchBorder; border-radius: 9px; padding: 2px 6px; background: @search; }
QLineEdit#contentSearch:focus { border: 1px solid @primary; background: @surface; }
QPushButton#openOnPlatformButton, QPushButton#emptyStateAction {
  background: @primary; color: #ffffff; border: none; border-radius: 8px; padding: 8px 18px; font-weight: 600; }
QPushButton#openOnPlatformButton:hover, QPushButton#emptyStateAction:hover { background: @primaryHover; }
QPushButton#openOnPlatformButton:focus, QPushButton#emptyStateAction:focus { outline: none; border: 2px solid @focus; }
QPushButton#openOnPlatformButton:disabled { background: @primaryDisabled; color: @primaryDisabledText; }
QStatusBar { background: @page; border-top: 1px solid @sidebarBorder; color: @statusText; }
QStatusBar QLabel { padding: 0px 8px; }
)");
    const std::pair<const char*, const char*> tokens[] = {
        // Longer names first: "@sidebarBorder" before "@sidebar".
        {"@sidebarBorder", c.sidebarBorder},
        {"@sidebar", c.sidebar},
        {"@title", c.title},
        {"@navItem", c.navItem},
        {"@navHover", c.navHover},
        {"@navSelectedText", c.navSelectedText},
        {"@navSelected", c.navSelected},
        {"@surface", c.surface},
        {"@line", c.line},
        {"@page", c.page},
        {"@searchBorder", c.searchBorder},
        {"@search", c.search},
        {"@primaryHover", c.primaryHover},
        {"@primaryDisabledText", c.primaryDisabledText},
        {"@primaryDisabled", c.primaryDisabled},
        {"@primary", c.primary},
        {"@focus", c.focus},
        {"@statusText", c.statusText},
    };
    for (const auto& [token, colour] : tokens)
        sheet.replace(QLatin1String(token), QLatin1String(colour));
    return sheet;
}

double luminance(const QColor& colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

} // namespace

void Theme::setHeadingFont(QWidget* widget, double scale)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(QFont::DemiBold);
    widget->setFont(font);
}

void Theme::apply(QApplication& app)
{
    apply(app, savedMode());
}

void Theme::apply(QApplication& app, Mode mode)
{
    if (!s_systemDarkKnown) {
        // Before the first palette of ours: what the platform's theme gave the application.
        s_systemDarkKnown = true;
        s_systemPalette = app.palette();
        s_systemDark = s_systemPalette->color(QPalette::Window).lightness() < 128;
        if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            app.setStyle(fusion);
    }
    s_mode = mode;
    s_highContrast = mode == Mode::HighContrast || (mode == Mode::System && systemPrefersHighContrast());
    // High contrast is light on black: what asks isDark() (charts, pictures' placeholders) gets the dark.
    s_dark = s_highContrast || mode == Mode::Dark || (mode == Mode::System && systemPrefersDark());
    if (s_highContrast) {
        app.setPalette(highContrastPalette());
        app.setStyleSheet(highContrastStyleSheet());
        return;
    }
    const QPalette chosen = palette(s_dark);
    app.setPalette(chosen);
    app.setStyleSheet(styleSheet(s_dark ? DarkSheet : LightSheet));
}

Theme::Mode Theme::savedMode()
{
    return modeFromName(QSettings().value(QLatin1String(SettingsKey)).toString());
}

void Theme::saveMode(Mode mode)
{
    QSettings().setValue(QLatin1String(SettingsKey), modeName(mode));
}

Theme::Mode Theme::currentMode()
{
    return s_mode;
}

bool Theme::isDark()
{
    return s_dark;
}

bool Theme::systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (QGuiApplication::styleHints()->colorScheme() != Qt::ColorScheme::Unknown)
        return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
#endif
    return s_systemDark;
}

bool Theme::isHighContrast()
{
    return s_highContrast;
}

bool Theme::systemPrefersHighContrast()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    return QGuiApplication::styleHints()->accessibility()->contrastPreference() ==
           Qt::ContrastPreference::HighContrast;
#else
    return false;
#endif
}

QPalette Theme::highContrastPalette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    const QColor grey(0xc8, 0xc8, 0xc8); // 12.6:1 on black
    QPalette palette(white, black);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                            QPalette::ToolTipBase, QPalette::Shadow})
        palette.setColor(role, black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                            QPalette::BrightText, QPalette::Light, QPalette::Dark})
        palette.setColor(role, white);
    palette.setColor(QPalette::Midlight, grey);
    palette.setColor(QPalette::Mid, grey);
    palette.setColor(QPalette::Highlight, yellow);
    palette.setColor(QPalette::HighlightedText, black);
    palette.setColor(QPalette::PlaceholderText, grey);
    palette.setColor(QPalette::Link, yellow);
    palette.setColor(QPalette::LinkVisited, QColor(0xff, 0xa8, 0xff));
    // Unavailable controls stay readable (WCAG does not ask it of them; this look does).
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0xa6, 0xa6, 0xa6));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, grey);
    palette.setColor(QPalette::Inactive, QPalette::Highlight, yellow);
    palette.setColor(QPalette::Inactive, QPalette::HighlightedText, black);
    return palette;
}

QString Theme::highContrastStyleSheet()
{
    // Buttons, fields, boxes and tick boxes framed in white (Fusion draws their frames a shade darker than
    // the window: black on black); the control with the keyboard focus in a thick yellow frame.
    return styleSheet(HighContrastSheet) + QStringLiteral(R"(
QPushButton, QToolButton { background: #000000; color: #ffffff; border: 1px solid #ffffff; border-radius: 4px;
  padding: 4px 10px; }
QPushButton:hover, QToolButton:hover { background: #3a3a00; }
QPushButton:pressed, QToolButton:pressed, QPushButton:checked, QToolButton:checked {
  background: #ffff00; color: #000000; }
QPushButton:disabled, QToolButton:disabled { color: #a6a6a6; border: 1px dashed #a6a6a6; }
QPushButton#openOnPlatformButton, QPushButton#emptyStateAction { border: 2px solid #ffffff; }
QPushButton:focus, QToolButton:focus, QPushButton#openOnPlatformButton:focus, QPushButton#emptyStateAction:focus {
  border: 3px solid #ffff00; }
QLineEdit, QAbstractSpinBox { border: 1px solid #ffffff; }
QComboBox { border: 1px solid #ffffff; padding: 2px 4px 2px 6px; }
QLineEdit:focus, QLineEdit#contentSearch:focus, QComboBox:focus, QAbstractSpinBox:focus,
QAbstractItemView:focus { border: 3px solid #ffff00; }
QCheckBox::indicator, QRadioButton::indicator { width: 12px; height: 12px; border: 2px solid #ffffff;
  background: #000000; }
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #a6a6a6; }
QCheckBox:focus, QRadioButton:focus { border: 2px solid #ffff00; }
QToolTip { background: #000000; color: #ffffff; border: 1px solid #ffffff; }
)");
}

QPalette Theme::palette(bool dark)
{
    if (!dark) {
        const QColor accent(0x5b, 0x4b, 0xff);
        const QColor text(0x1d, 0x1e, 0x26);
        const QColor secondary(0x6b, 0x6f, 0x80);
        // The platform's light palette, as before there was a choice; derived from the brand's greys when
        // the platform's is dark.
        QPalette palette = s_systemPalette && !s_systemDark
                               ? *s_systemPalette
                               : QPalette(QColor(0xfb, 0xfb, 0xfd), QColor(0xf5, 0xf5, 0xf8));
        palette.setColor(QPalette::Window, QColor(0xf5, 0xf5, 0xf8));
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf3, 0xf8));
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, QColor(0xfb, 0xfb, 0xfd));
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::Highlight, accent);
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::PlaceholderText, secondary);
        palette.setColor(QPalette::ToolTipBase, text);
        palette.setColor(QPalette::ToolTipText, Qt::white);
        palette.setColor(QPalette::Link, accent);
        palette.setColor(QPalette::BrightText, Qt::white);
        for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
            palette.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa2, 0xae));
        return palette;
    }
    const QColor text(0xe6, 0xe6, 0xee);
    const QColor window(0x17, 0x17, 0x1e);
    QPalette palette(QColor(0x2a, 0x2a, 0x36), window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x20, 0x20, 0x2a));
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x32));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x2a, 0x2a, 0x36));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Light, QColor(0x3c, 0x3c, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x33, 0x33, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x4a, 0x4a, 0x5a));
    palette.setColor(QPalette::Dark, QColor(0x10, 0x10, 0x16));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x6a, 0x5c, 0xff));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa3, 0xa5, 0xb6));
    palette.setColor(QPalette::ToolTipBase, text);
    palette.setColor(QPalette::ToolTipText, window);
    palette.setColor(QPalette::Link, QColor(0xb0, 0xa8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xd0, 0xa8, 0xff));
    palette.setColor(QPalette::BrightText, Qt::white);
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x70, 0x72, 0x82));
    return palette;
}

QString Theme::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::HighContrast:
        return QStringLiteral("high-contrast");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::modeFromName(const QString& name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    if (name == QLatin1String("high-contrast"))
        return Mode::HighContrast;
    return Mode::System;
}

double Theme::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace sv
