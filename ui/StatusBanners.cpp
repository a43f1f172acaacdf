#include "StatusBanners.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sv {

namespace {

struct Look
{
    const char* name; ///< the label's object name; the row is name + "Row"
    const char* background;
    const char* text;
    bool bold;
};

// The names are those the window's banners had before they shared this area (tests and styles use them).
constexpr Look looks[StatusBanners::CauseCount] = {
    {"profileStorageBanner", "#fecaca", "#450a0a", false}, {"configErrorBanner", "#fecaca", "#450a0a", false},
    {"offlineBanner", "#fed7aa", "#431407", false},        {"sessionBanner", "#e0e7ff", "#1e1b4b", false},
    {"sandboxBanner", "#fde68a", "#422006", true},
};

} // namespace

StatusBanners::StatusBanners(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statusBanners"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (int i = 0; i < CauseCount; ++i) {
        const Look& look = looks[i];
        Banner& banner = m_banners[std::size_t(i)];
        const QString name = QLatin1String(look.name);
        const QString background = QLatin1String(look.background);
        const QString foreground = QLatin1String(look.text);
        banner.row = new QWidget(this);
        banner.row->setObjectName(name + QLatin1String("Row"));
        banner.row->setAttribute(Qt::WA_StyledBackground, true);
        banner.row->setStyleSheet(QStringLiteral("QWidget#%1Row { background: %2; }").arg(name, background));
        banner.label = new QLabel(banner.row);
        banner.label->setObjectName(name);
        banner.label->setWordWrap(true);
        banner.label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        banner.label->setContentsMargins(12, 6, 12, 6);
        banner.label->setStyleSheet(QStringLiteral("QLabel#%1 { background: %2; color: %3;%4 }")
                                        .arg(name, background, foreground,
                                             look.bold ? QStringLiteral(" font-weight: 600;") : QString()));
        auto* row = new QHBoxLayout(banner.row);
        row->setContentsMargins(0, 0, 12, 0);
        row->addWidget(banner.label, 1);
        banner.row->hide();
        banner.label->hide();
        layout->addWidget(banner.row);
    }
}

StatusBanners::~StatusBanners() = default;

void StatusBanners::setText(Cause cause, const QString& text)
{
    Banner& banner = at(cause);
    if (banner.label->text() == text && banner.label->isVisibleTo(this) == !text.isEmpty())
        return;
    banner.label->setText(text);
    updateVisibility();
}

QString StatusBanners::text(Cause cause) const
{
    return at(cause).label->text();
}

bool StatusBanners::isReported(Cause cause) const
{
    return !at(cause).label->text().isEmpty();
}

bool StatusBanners::isShown(Cause cause) const
{
    if (!isReported(cause))
        return false;
    // Offline says more than "Connected to the local stack", which it contradicts.
    return !(cause == Cause::Sandbox && isReported(Cause::Offline));
}

QList<StatusBanners::Cause> StatusBanners::shownCauses() const
{
    QList<Cause> shown;
    for (int i = 0; i < CauseCount; ++i) {
        if (isShown(Cause(i)))
            shown << Cause(i);
    }
    return shown;
}

void StatusBanners::setAction(Cause cause, const QString& text, const QString& accessibleName,
                              std::function<void()> run)
{
    Banner& banner = at(cause);
    if (!banner.button) {
        banner.button = new QPushButton(banner.row);
        banner.row->layout()->addWidget(banner.button);
        connect(banner.button, &QPushButton::clicked, this, [this, cause] {
            if (const auto& action = at(cause).run)
                action();
        });
    }
    banner.button->setText(text);
    banner.button->setAccessibleName(accessibleName);
    banner.run = std::move(run);
}

QLabel* StatusBanners::label(Cause cause) const
{
    return at(cause).label;
}

QWidget* StatusBanners::row(Cause cause) const
{
    return at(cause).row;
}

QPushButton* StatusBanners::actionButton(Cause cause) const
{
    return at(cause).button;
}

void StatusBanners::updateVisibility()
{
    for (int i = 0; i < CauseCount; ++i) {
        Banner& banner = m_banners[std::size_t(i)];
        const bool shown = isShown(Cause(i));
        banner.label->setVisible(shown);
        banner.row->setVisible(shown);
    }
    Q_EMIT changed();
}

} // namespace sv
