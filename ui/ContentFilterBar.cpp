#include "ContentFilterBar.h"

#include "Format.h"
#include "Icons.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace sv {

// The bar's texts keep the content view's translation context ("sv::ContentView").

ContentFilterBar::ContentFilterBar(QWidget* parent)
    : QWidget(parent)
{
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platformFilter"));
    m_platform->setAccessibleName(QCoreApplication::translate("sv::ContentView", "Platform"));
    m_platform->addItem(QCoreApplication::translate("sv::ContentView", "All platforms"), QString());
    for (const Platform p : allPlatforms())
        m_platform->addItem(Icons::platform(p), platformDisplayName(p), platformId(p));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(QCoreApplication::translate("sv::ContentView", "Kind"));
    m_kind->addItem(QCoreApplication::translate("sv::ContentView", "All kinds"), QString());
    for (const QString& kind : Format::knownKinds())
        m_kind->addItem(Format::kind(kind), kind);

    m_date = new QComboBox(this);
    m_date->setObjectName(QStringLiteral("dateFilter"));
    m_date->setAccessibleName(QCoreApplication::translate("sv::ContentView", "Published"));
    m_date->addItem(QCoreApplication::translate("sv::ContentView", "Any time"), AnyTime);
    m_date->addItem(QCoreApplication::translate("sv::ContentView", "Last 7 days"), Last7Days);
    m_date->addItem(QCoreApplication::translate("sv::ContentView", "Last 30 days"), Last30Days);
    m_date->addItem(QCoreApplication::translate("sv::ContentView", "Last 12 months"), Last12Months);
    m_date->addItem(QCoreApplication::translate("sv::ContentView", "Custom range…"), CustomRange);

    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("dateFrom"));
    m_from->setAccessibleName(QCoreApplication::translate("sv::ContentView", "Published from"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("dateTo"));
    m_to->setAccessibleName(QCoreApplication::translate("sv::ContentView", "Published until"));
    m_to->setCalendarPopup(true);
    m_dateDash = new QLabel(QStringLiteral("–"), this);
    setCustomRangeVisible(false);

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->setAccessibleName(QCoreApplication::translate("sv::ContentView", "Sort by"));
    m_sort->addItem(QCoreApplication::translate("sv::ContentView", "Best match"), int(SearchSort::Relevance));
    m_sort->addItem(QCoreApplication::translate("sv::ContentView", "Newest first"), int(SearchSort::Newest));
    m_sort->addItem(QCoreApplication::translate("sv::ContentView", "Most viewed"),
                    int(SearchSort::MostViewed));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* sortLabel = new QLabel(QCoreApplication::translate("sv::ContentView", "Sort by"), this);
    sortLabel->setBuddy(m_sort);
    sortLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_platform);
    layout->addWidget(m_kind);
    layout->addWidget(m_date);
    layout->addWidget(m_from);
    layout->addWidget(m_dateDash);
    layout->addWidget(m_to);
    layout->addStretch(1);
    layout->addWidget(m_count);
    layout->addSpacing(16);
    layout->addWidget(sortLabel);
    layout->addWidget(m_sort);

    for (QComboBox* combo : {m_platform, m_kind, m_date, m_sort}) {
        combo->setMinimumHeight(30);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    m_from->setMinimumHeight(30);
    m_to->setMinimumHeight(30);
    for (QComboBox* combo : {m_platform, m_kind, m_sort})
        connect(combo, &QComboBox::currentIndexChanged, this, &ContentFilterBar::changed);
    connect(m_date, &QComboBox::currentIndexChanged, this, [this] {
        setCustomRangeVisible(m_date->currentData().toInt() == CustomRange);
        Q_EMIT changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ContentFilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &ContentFilterBar::changed);
}

ContentFilterBar::~ContentFilterBar() = default;

void ContentFilterBar::applyTo(SearchQuery& query, const QDateTime& now) const
{
    if (const auto platform = platformFromId(m_platform->currentData().toString()))
        query.platforms = {*platform};
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        query.kinds = {kind};
    switch (static_cast<DateRange>(m_date->currentData().toInt())) {
    case AnyTime:
        break;
    case Last7Days:
        query.publishedFrom = now.addDays(-7);
        break;
    case Last30Days:
        query.publishedFrom = now.addDays(-30);
        break;
    case Last12Months:
        query.publishedFrom = now.addYears(-1);
        break;
    case CustomRange:
        query.publishedFrom = m_from->date().startOfDay();
        query.publishedTo = m_to->date().endOfDay();
        break;
    }
    query.sort = static_cast<SearchSort>(m_sort->currentData().toInt());
}

bool ContentFilterBar::filtersActive() const
{
    return m_platform->currentIndex() > 0 || m_kind->currentIndex() > 0 || m_date->currentIndex() > 0;
}

void ContentFilterBar::clearFilters()
{
    const QSignalBlocker blockPlatform(m_platform);
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockDate(m_date);
    m_platform->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_date->setCurrentIndex(0);
    setCustomRangeVisible(false);
}

void ContentFilterBar::setCustomRangeVisible(bool visible)
{
    m_from->setVisible(visible);
    m_dateDash->setVisible(visible);
    m_to->setVisible(visible);
}

} // namespace sv
