#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace sv {

void Theme::apply(QApplication& app)
{
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);

    const QColor accent(0x5b, 0x4b, 0xff);
    const QColor text(0x1d, 0x1e, 0x26);
    const QColor secondary(0x6b, 0x6f, 0x80);
    QPalette palette;
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
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa2, 0xae));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa2, 0xae));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa2, 0xae));
    app.setPalette(palette);

    app.setStyleSheet(QStringLiteral(R"(
#sidebar { background: #ecebf7; border-right: 1px solid #dedcef; }
#sidebarTitle { font-weight: 600; color: #1d1e26; }
#navigation { background: transparent; border: none; outline: none; }
#navigation::item { padding: 8px 10px; margin: 2px 0px; border-radius: 8px; color: #2a2b36; }
#navigation::item:hover { background: rgba(91, 75, 255, 0.08); }
#navigation::item:selected { background: #ffffff; color: #3d2fd6; }
#contentHeader, #contentList, #contentDetailsPane { background: #ffffff; }
QScrollArea#detailsScroll, QWidget#detailsPage { background: #ffffff; }
#contentDetailsPane { border-left: 1px solid #e7e7ef; }
#contentSeparator { color: #e7e7ef; }
#contentSplitter::handle { background: #e7e7ef; }
#overviewHeader, #overviewScroll, #overviewDashboard { background: #f5f5f8; }
QFrame#overviewCard { background: #ffffff; border: 1px solid #e7e7ef; border-radius: 10px; }
QLineEdit#contentSearch { border: 1px solid #d6d7e2; border-radius: 9px; padding: 2px 6px; background: #f8f8fb; }
QLineEdit#contentSearch:focus { border: 1px solid #5b4bff; background: #ffffff; }
QPushButton#openOnPlatformButton, QPushButton#emptyStateAction {
  background: #5b4bff; color: #ffffff; border: none; border-radius: 8px; padding: 8px 18px; font-weight: 600; }
QPushButton#openOnPlatformButton:hover, QPushButton#emptyStateAction:hover { background: #4a3be6; }
QPushButton#openOnPlatformButton:focus, QPushButton#emptyStateAction:focus { outline: none; border: 2px solid #1d1e26; }
QPushButton#openOnPlatformButton:disabled { background: #c9c5f3; color: #ffffff; }
QStatusBar { background: #f5f5f8; border-top: 1px solid #e2e2ea; color: #4a4c5a; }
QStatusBar QLabel { padding: 0px 8px; }
)"));
}

} // namespace sv
