#include "KeyboardShortcuts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QRegularExpression>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sv {

namespace {

/// "&Export Library…" → "Export Library".
QString plainActionText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QLatin1String("&&"), QLatin1String("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

} // namespace

QList<ShortcutEntry> KeyboardShortcuts::collect(const QWidget* root)
{
    QList<ShortcutEntry> entries;
    const auto add = [&entries](const QString& description, const QKeySequence& keys) {
        if (keys.isEmpty())
            return;
        for (const ShortcutEntry& entry : std::as_const(entries)) {
            if (entry.keys == keys && entry.description == description)
                return;
        }
        entries.append({description, keys});
    };
    const auto objects = root->findChildren<QObject*>();
    for (const QObject* object : objects) {
        if (const auto* action = qobject_cast<const QAction*>(object)) {
            for (const QKeySequence& keys : action->shortcuts())
                add(plainActionText(action->text()), keys);
        } else if (const auto* shortcut = qobject_cast<const QShortcut*>(object)) {
            for (const QKeySequence& keys : shortcut->keys())
                add(shortcut->whatsThis(), keys);
        }
    }
    return entries;
}

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_window(window)
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setColumnCount(2);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(520, 480);
    retranslate();
}

void KeyboardShortcutsDialog::reload()
{
    m_table->clear();
    const QList<ShortcutEntry> entries = KeyboardShortcuts::collect(m_window);
    for (const ShortcutEntry& entry : entries) {
        auto* row = new QTreeWidgetItem(m_table);
        row->setText(0, entry.description.isEmpty() ? tr("(no description)") : entry.description);
        row->setText(1, entry.keys.toString(QKeySequence::NativeText));
        row->setData(1, Qt::UserRole, entry.keys.toString(QKeySequence::PortableText));
    }
}

void KeyboardShortcutsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void KeyboardShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    reload();
}

} // namespace sv
