#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;

namespace sv {

/// A centred placeholder for a view that has nothing to show yet: an illustration, a heading and
/// an explanation of what will appear here, and the action that fills it (a button; optionally a second one
/// beside it).
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);

    void setIcon(const QIcon& icon);
    void setHeading(const QString& heading);
    void setText(const QString& text);
    /// A sentence under the text about the moment (e.g. why its action is not the usual one); empty hides it.
    void setNote(const QString& note);
    /// Shows a button under the text; an empty label hides it.
    void setActionText(const QString& label);
    /// A second button beside the first (e.g. "Import…" beside "Connect accounts"); empty hides it.
    void setSecondaryActionText(const QString& label);

    QString heading() const;
    QString text() const;
    QString note() const;
    QPushButton* actionButton() const { return m_action; }
    QPushButton* secondaryActionButton() const { return m_secondaryAction; }

signals:
    void actionTriggered();
    void secondaryActionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updatePixmap();

    QIcon m_icon;
    QLabel* m_iconLabel = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_action = nullptr;
    QPushButton* m_secondaryAction = nullptr;
};

} // namespace sv
