#include "UiChecks.h"

#include "Theme.h"

#include "TestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>

namespace sv::test {

QString screenshotDir()
{
    const QString configured = qEnvironmentVariable("STREAMVIBE_SCREENSHOT_DIR");
    return configured.isEmpty() ? buildPath(QStringLiteral("screenshots")) : configured;
}

QString saveImage(const QImage& image, const QString& fileName)
{
    const QString path = QDir(screenshotDir()).filePath(fileName);
    QFile::remove(path); // a file left by an earlier run must not pass for this one
    if (!QDir().mkpath(screenshotDir()) || !image.save(path))
        return QStringLiteral("could not write %1").arg(path);
    const QImage written(path);
    if (written.isNull())
        return QStringLiteral("%1 was not written as a readable image").arg(path);
    const QRgb first = written.pixel(0, 0);
    for (int y = 0; y < written.height(); ++y) {
        for (int x = 0; x < written.width(); ++x) {
            if (written.pixel(x, y) != first)
                return {};
        }
    }
    return QStringLiteral("%1 is blank (one colour, %2)")
        .arg(path, QColor::fromRgba(first).name(QColor::HexArgb));
}

QPixmap saveScreenshot(QWidget* widget, const QString& fileName)
{
    const QPixmap shot = widget->grab();
    if (const QString problem = saveImage(shot.toImage(), fileName); !problem.isEmpty()) {
        qWarning("screenshot: %s", qPrintable(problem));
        return {};
    }
    return shot;
}

double textContrast(const QImage& image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    double best = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = std::max(best, Theme::contrast(QColor::fromRgb(it.key()), QColor::fromRgb(background)));
    return best;
}

QStringList unreadableTexts(QWidget* window, QWidget* root, const QImage& shot, double minimum)
{
    QStringList out;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w))
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            text = button->text();
        // Unavailable controls are exempt (WCAG 1.4.3); the high-contrast palette's disabled text is checked
        // on its own (TestSettingsDialog).
        if (text.trimmed().isEmpty() || !w->isVisible() || !w->isEnabled() || w->width() < 8 ||
            w->height() < 8)
            continue;
        // Inside a button's frame: the frame itself is not the text.
        const int inset = qobject_cast<QAbstractButton*>(w) && w->height() > 16 ? 3 : 0;
        const QRect inner = w->rect().adjusted(inset, inset, -inset, -inset);
        const QRect rect(w->mapTo(window, inner.topLeft()) * shot.devicePixelRatio(),
                         inner.size() * shot.devicePixelRatio());
        const QRect visible = rect.intersected(shot.rect());
        if (visible.width() < 8 || visible.height() < 8)
            continue;
        const double contrast = textContrast(shot.copy(visible));
        if (contrast < minimum)
            out << QStringLiteral("%1 \"%2\": %3")
                       .arg(w->objectName(), text.left(60))
                       .arg(contrast, 0, 'f', 2);
    }
    return out;
}

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(QWidget* widget)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             accessibleName(widget));
}

namespace {

/// Parts of a composite control (a combo box's field, a spin box's, a tab bar's scroll buttons, the
/// scroll bars and viewports of lists): the composite is the control.
bool isPartOfControl(QWidget* widget, QWidget* root)
{
    for (QWidget* w = widget->parentWidget(); w && w != root->parentWidget(); w = w->parentWidget()) {
        if (qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QTabBar*>(w) ||
            qobject_cast<QAbstractItemView*>(w) || qobject_cast<QScrollBar*>(w) ||
            qobject_cast<QLineEdit*>(w))
            return true; // (a field's clear button: Escape or Ctrl+Backspace do the same by keyboard)
    }
    return qobject_cast<QScrollBar*>(widget) != nullptr;
}

bool hasLinks(QWidget* widget)
{
    auto* label = qobject_cast<QLabel*>(widget);
    return label && label->text().contains(QLatin1String("<a "), Qt::CaseInsensitive) &&
           (label->textInteractionFlags() & Qt::LinksAccessibleByMouse);
}

bool isControl(QWidget* widget)
{
    return qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
           qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractItemView*>(widget) ||
           qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QTabBar*>(widget) || hasLinks(widget) ||
           (widget->focusPolicy() & Qt::TabFocus);
}

bool takesTabFocus(QWidget* widget)
{
    return widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

/// `widget`'s rectangle in `ancestor`'s coordinates.
QRect rectIn(QWidget* widget, QWidget* ancestor)
{
    return QRect(widget->mapTo(ancestor, QPoint(0, 0)), widget->size());
}

/// Whether `b`, reached by Tab right after `a`, comes before it in reading order: the two parts of their
/// closest common container that hold them are compared (a card after another card, a column after
/// another column), so a part is read whole before the next.
bool readsBefore(QWidget* b, QWidget* a)
{
    QWidget* common = a->parentWidget();
    while (common && !common->isAncestorOf(b))
        common = common->parentWidget();
    if (!common || a->isAncestorOf(b) || b->isAncestorOf(a))
        return false;
    const auto partOf = [common](QWidget* w) {
        while (w->parentWidget() != common)
            w = w->parentWidget();
        return w;
    };
    const QRect ra = rectIn(partOf(a), common);
    const QRect rb = rectIn(partOf(b), common);
    if (rb.bottom() < ra.top() + 2)
        return true; // above
    const bool sameRow = rb.top() < ra.bottom() && ra.top() < rb.bottom();
    return sameRow && rb.right() < ra.left() + 2; // left of it in the same row
}

} // namespace

QList<QWidget*> visibleControls(QWidget* root)
{
    QList<QWidget*> out;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisible() || w->isWindow() || w->window() != root->window() || w->focusProxy() ||
            isPartOfControl(w, root) || !isControl(w))
            continue;
        // Hidden behind a scroll area's edge is still shown (Tab scrolls to it); of size zero is not.
        if (w->width() <= 0 || w->height() <= 0)
            continue;
        out << w;
    }
    return out;
}

QStringList layoutProblems(QWidget* root)
{
    QStringList out;
    const auto insideScrolledContents = [](QWidget* w) {
        QWidget* parent = w->parentWidget();
        auto* area = parent ? qobject_cast<QAbstractScrollArea*>(parent->parentWidget()) : nullptr;
        return area && area->viewport() == parent;
    };
    const auto widgets = root->findChildren<QWidget*>();
    QList<QWidget*> leaves;
    for (QWidget* w : widgets) {
        if (!w->isVisible() || w->isWindow() || w->window() != root->window() || isPartOfControl(w, root))
            continue;
        QWidget* parent = w->parentWidget();
        if (!insideScrolledContents(w) && !parent->rect().adjusted(-1, -1, 1, 1).contains(w->geometry()))
            out << QStringLiteral("outside its parent %1: %2").arg(describe(parent), describe(w));
        QSize needed;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().trimmed().isEmpty())
                continue;
            if (label->wordWrap())
                needed = QSize(0, label->heightForWidth(label->width()));
            else
                needed = label->minimumSizeHint();
        } else if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                   qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w)) {
            needed = w->minimumSizeHint();
        } else {
            continue;
        }
        leaves << w;
        if (needed.width() > w->width() + 1 || needed.height() > w->height() + 1)
            out << QStringLiteral("clipped: %1 is %2x%3, needs %4x%5")
                       .arg(describe(w))
                       .arg(w->width())
                       .arg(w->height())
                       .arg(needed.width())
                       .arg(needed.height());
    }
    for (int i = 0; i < leaves.size(); ++i) {
        for (int j = i + 1; j < leaves.size(); ++j) {
            QWidget* a = leaves.at(i);
            QWidget* b = leaves.at(j);
            if (a->parentWidget() != b->parentWidget())
                continue;
            const QRect overlap = a->geometry().intersected(b->geometry());
            if (overlap.width() > 1 && overlap.height() > 1)
                out << QStringLiteral("overlapping: %1 and %2").arg(describe(a), describe(b));
        }
    }
    return out;
}

QStringList unnamedControls(QWidget* root)
{
    QStringList out;
    for (QWidget* w : visibleControls(root)) {
        if (accessibleName(w).isEmpty())
            out << QStringLiteral("no accessible name: %1").arg(describe(w));
        // A box's name on Linux is its value (what it shows): what it is for comes from its own name or the
        // label it is the buddy of (the "labelled by" relation screen readers read).
        if ((qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w) ||
             qobject_cast<QAbstractSpinBox*>(w)) &&
            w->accessibleName().trimmed().isEmpty()) {
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->relations(QAccessible::Label).isEmpty())
                out << QStringLiteral("a field without a label: %1").arg(describe(w));
        }
        auto* button = qobject_cast<QAbstractButton*>(w);
        if (button && button->text().trimmed().isEmpty() && !button->icon().isNull() &&
            button->toolTip().trimmed().isEmpty())
            out << QStringLiteral("icon-only button without a tooltip: %1").arg(describe(w));
    }
    return out;
}

QStringList unnamedMenuEntries(QMenu* menu)
{
    QStringList out;
    const auto actions = menu->actions();
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (action->text().trimmed().isEmpty())
            out << QStringLiteral("menu \"%1\": an entry without a text (%2)")
                       .arg(menu->title(), action->objectName());
        if (action->menu())
            out << unnamedMenuEntries(action->menu());
    }
    return out;
}

QStringList tabOrderProblems(QWidget* root, QList<QWidget*>* order)
{
    QStringList out;
    const QList<QWidget*> controls = visibleControls(root);
    QList<QWidget*> reachable;
    for (QWidget* w : controls) {
        if (takesTabFocus(w))
            reachable << w;
    }
    if (reachable.isEmpty())
        return out;
    // The first by position: the one no other reads before.
    QWidget* first = reachable.first();
    for (QWidget* w : reachable) {
        if (readsBefore(w, first))
            first = w;
    }
    QWidget* window = root->window();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return {QStringLiteral("the window did not become active")};
    first->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != first)
        return {QStringLiteral("the first control takes no focus: %1").arg(describe(first))};

    // The control holding focus (a combo box's field counts as the combo box).
    const auto controlOf = [&controls](QWidget* focused) -> QWidget* {
        for (QWidget* w = focused; w; w = w->parentWidget()) {
            if (controls.contains(w))
                return w;
        }
        return nullptr;
    };
    QList<QWidget*> seen{first};
    QWidget* previous = first;
    const int limit = 4 * int(reachable.size()) + 200; // the rest of the window is tabbed through too
    // Tab may stay on a control a while (a text's links one by one), not for ever.
    constexpr int MaxStays = 200;
    int stays = 0;
    bool returned = false;
    bool trapped = false;
    for (int step = 0; step < limit && !returned && !trapped;) {
        QWidget* before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (now == before) {
            if (++stays < MaxStays)
                continue;
            out << QStringLiteral("Tab stays on %1").arg(describe(before));
            trapped = true;
            continue;
        }
        stays = 0;
        ++step;
        if (qEnvironmentVariableIsSet("STREAMVIBE_TEST_VERBOSE"))
            qInfo("  Tab -> %s", now ? qPrintable(describe(now)) : "nothing");
        QWidget* control = now && root->isAncestorOf(now) ? controlOf(now) : nullptr;
        if (!control)
            continue;
        if (control == first) {
            returned = true;
            continue;
        }
        if (seen.contains(control))
            out << QStringLiteral("reached twice in one round: %1").arg(describe(control));
        else if (readsBefore(control, previous))
            out << QStringLiteral("out of reading order: %1 after %2")
                       .arg(describe(control), describe(previous));
        seen << control;
        previous = control;
    }
    if (!returned && !trapped)
        out << QStringLiteral("Tab never comes back to %1").arg(describe(first));
    // Of a group of radio buttons, Tab reaches the checked one; the arrow keys choose among them.
    const auto inReachedGroup = [&seen](QWidget* w) {
        auto* button = qobject_cast<QAbstractButton*>(w);
        if (!button || !button->autoExclusive() || button->isChecked())
            return false;
        const auto siblings = w->parentWidget()->findChildren<QAbstractButton*>(Qt::FindDirectChildrenOnly);
        return std::any_of(siblings.cbegin(), siblings.cend(), [&seen](QAbstractButton* other) {
            return other->autoExclusive() && other->isChecked() && seen.contains(other);
        });
    };
    for (QWidget* w : reachable) {
        if (!seen.contains(w) && !inReachedGroup(w))
            out << QStringLiteral("not reached by Tab: %1").arg(describe(w));
    }
    for (QWidget* w : controls) {
        if (w->isEnabled() && !takesTabFocus(w) && !inReachedGroup(w))
            out << QStringLiteral("takes no keyboard focus: %1").arg(describe(w));
    }
    if (order)
        *order = seen;
    return out;
}

} // namespace sv::test
