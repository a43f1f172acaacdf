#pragma once

#include <QImage>
#include <QPixmap>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace sv::test {

/// Where the UI tests save their screenshots: $STREAMVIBE_SCREENSHOT_DIR, else <build dir>/screenshots.
QString screenshotDir();

/// Saves `image` as `fileName` in screenshotDir() and reads the file back: empty when the file exists and
/// shows more than one colour, else what is wrong (not written, unreadable, blank).
QString saveImage(const QImage& image, const QString& fileName);

/// Grabs `widget` and saves it as `fileName` in screenshotDir() (saveImage()); a null pixmap when it could
/// not be saved or came out blank (the reason is logged as a warning).
QPixmap saveScreenshot(QWidget* widget, const QString& fileName);

/// The colour most of `image` has (what is behind the text) and the contrast of the pixel that differs
/// most from it (the text's core; antialiased edges are in between).
double textContrast(const QImage& image);

/// The visible texts (labels, buttons; of enabled widgets) under `root` whose rendered pixels in `shot` (a
/// grab of `window`) stand out from what is behind them by less than `minimum` (a WCAG contrast ratio), one
/// line each.
QStringList unreadableTexts(QWidget* window, QWidget* root, const QImage& shot, double minimum);

/// The name a screen reader announces for `widget` (its QAccessibleInterface's QAccessible::Name).
QString accessibleName(QWidget* widget);

/// The controls a user works under `root` that are shown now: buttons, fields, boxes, lists, and anything
/// else that takes focus by Tab (charts, scroll areas, labels with links), in no particular order.
QList<QWidget*> visibleControls(QWidget* root);

/// The shown controls under `root` a screen reader would announce without a name, one line each.
QStringList unnamedControls(QWidget* root);

/// The entries of `menu` (and of its submenus) shown without a text, one line each.
QStringList unnamedMenuEntries(QMenu* menu);

/// Tabs through `root`'s window with the keyboard from the first of `root`'s controls (by position) until
/// focus comes back to it, and says what is wrong, one line each: an enabled control Tab never reaches, a
/// control reached twice in one round, focus that stays put (a trap), and two controls reached one after
/// the other against the reading order (top to bottom, left to right within a row, part by part: the parts
/// of the layout containing them are compared). `order`, when given, receives the controls in tab order.
QStringList tabOrderProblems(QWidget* root, QList<QWidget*>* order = nullptr);

/// What is clipped or overlaps under `root`, one line each: a shown label, button or field smaller than it
/// needs for its text (a wrapped label too short for its lines), a widget reaching outside its parent
/// (the contents of scroll areas excepted), two shown controls or labels side by side that overlap.
QStringList layoutProblems(QWidget* root);

/// A line naming `widget` for a test's message: its class, object name and accessible name.
QString describe(QWidget* widget);

} // namespace sv::test
