#include "EmptyStateWidget.h"

#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sv {

namespace {
constexpr int IllustrationSize = 96;
constexpr int MaximumTextWidth = 460;
} // namespace

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent)
    , m_iconLabel(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    m_iconLabel->setAlignment(Qt::AlignCenter);
    m_iconLabel->setFixedSize(IllustrationSize, IllustrationSize);

    m_heading->setObjectName(QStringLiteral("emptyStateHeading"));
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    Theme::setHeadingFont(m_heading);

    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.05);
    m_text->setFont(textFont);

    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &EmptyStateWidget::actionTriggered);

    // The column is at most MaximumTextWidth wide and centred; the labels fill it so that
    // word wrapping is measured against the real width.
    auto* column = new QWidget(this);
    column->setMaximumWidth(MaximumTextWidth);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);
    columnLayout->addWidget(m_iconLabel, 0, Qt::AlignHCenter);
    columnLayout->addSpacing(20);
    columnLayout->addWidget(m_heading);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_text);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("emptyStateNote"));
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setContentsMargins(0, 8, 0, 0);
    m_note->setVisible(false);
    columnLayout->addWidget(m_note);
    columnLayout->addSpacing(20);
    m_secondaryAction = new QPushButton(this);
    m_secondaryAction->setObjectName(QStringLiteral("emptyStateSecondaryAction"));
    m_secondaryAction->setVisible(false);
    connect(m_secondaryAction, &QPushButton::clicked, this, &EmptyStateWidget::secondaryActionTriggered);
    auto* actions = new QHBoxLayout;
    actions->setSpacing(12);
    actions->addStretch(1);
    actions->addWidget(m_action);
    actions->addWidget(m_secondaryAction);
    actions->addStretch(1);
    columnLayout->addLayout(actions);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 20);
    row->addStretch(1);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
}

void EmptyStateWidget::setIcon(const QIcon& icon)
{
    m_icon = icon;
    updatePixmap();
}

void EmptyStateWidget::setHeading(const QString& heading)
{
    m_heading->setText(heading);
}

void EmptyStateWidget::setText(const QString& text)
{
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
}

void EmptyStateWidget::setActionText(const QString& label)
{
    m_action->setText(label);
    m_action->setVisible(!label.isEmpty());
}

void EmptyStateWidget::setSecondaryActionText(const QString& label)
{
    m_secondaryAction->setText(label);
    m_secondaryAction->setVisible(!label.isEmpty());
}

void EmptyStateWidget::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString EmptyStateWidget::note() const
{
    return m_note->text();
}

QString EmptyStateWidget::heading() const
{
    return m_heading->text();
}

QString EmptyStateWidget::text() const
{
    return m_text->text();
}

void EmptyStateWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updatePixmap();
    QWidget::changeEvent(event);
}

void EmptyStateWidget::updatePixmap()
{
    if (m_icon.isNull()) {
        m_iconLabel->clear();
        m_iconLabel->setVisible(false);
        return;
    }
    m_iconLabel->setPixmap(m_icon.pixmap(QSize(IllustrationSize, IllustrationSize), devicePixelRatioF()));
    m_iconLabel->setVisible(true);
}

} // namespace sv
