#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QTreeWidget;

namespace sv {

/// One keyboard shortcut of the window: what it does and its keys.
struct ShortcutEntry
{
    QString description;
    QKeySequence keys;
};

/// The keyboard shortcuts that exist, read from the widgets themselves rather than kept in a list by hand:
/// every QAction with a shortcut (described by its text, e.g. the menus' entries) and every QShortcut
/// (described by its whatsThis()) under a window. A shortcut without a description is listed under its
/// keys alone, so a new one cannot be missing; give new QShortcuts a whatsThis().
class KeyboardShortcuts
{
public:
    /// In the order the window's objects were made; the same keys with the same description once.
    static QList<ShortcutEntry> collect(const QWidget* root);
};

/// Help → Keyboard Shortcuts: the table of KeyboardShortcuts::collect() for a window.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyboardShortcutsDialog(const QWidget* window, QWidget* parent = nullptr);

    /// Reads the window's shortcuts again (the language or the actions changed).
    void reload();
    QTreeWidget* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const QWidget* m_window;
    QTreeWidget* m_table = nullptr;
};

} // namespace sv
