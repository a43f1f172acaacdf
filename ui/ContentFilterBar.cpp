#include "ContentFilterBar.h"

#include "Format.h"
#include "Icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

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

    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("accountFilter"));
    m_account->setAccessibleName(QCoreApplication::translate("sv::ContentView", "Account"));
    m_account->addItem(QCoreApplication::translate("sv::ContentView", "All accounts"), QString());

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

    m_crossPosted = new QCheckBox(QCoreApplication::translate("sv::ContentView", "Cross-posted only"), this);
    m_crossPosted->setObjectName(QStringLiteral("crossPostedFilter"));
    m_crossPosted->setToolTip(QCoreApplication::translate(
        "sv::ContentView", "Show only the clips you posted on more than one platform (seen as one group)."));

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->setAccessibleName(QCoreApplication::translate("sv::ContentView", "Sort by"));
    m_sort->addItem(QCoreApplication::translate("sv::ContentView", "Best match"), int(SearchSort::Relevance));
    m_sort->addItem(QCoreApplication::translate("sv::ContentView", "Newest first"), int(SearchSort::Newest));
    m_sort->addItem(QCoreApplication::translate("sv::ContentView", "Most viewed"),
                    int(SearchSort::MostViewed));
    m_sort->addItem(QCoreApplication::translate("sv::ContentView", "Most liked"), int(SearchSort::MostLiked));
    m_sort->addItem(QCoreApplication::translate("sv::ContentView", "Most commented"),
                    int(SearchSort::MostCommented));
    m_sort->addItem(QCoreApplication::translate("sv::ContentView", "Highest engagement"),
                    int(SearchSort::Engagement));
    m_sort->addItem(QCoreApplication::translate("sv::ContentView", "Most views gained"),
                    int(SearchSort::ViewsGained));

    m_gainedPeriod = new QComboBox(this);
    m_gainedPeriod->setObjectName(QStringLiteral("gainedPeriod"));
    m_gainedPeriod->setAccessibleName(QCoreApplication::translate("sv::ContentView", "Views gained in"));
    for (const int days : {7, 28, 90, 365})
        m_gainedPeriod->addItem(
            QCoreApplication::translate("sv::ContentView", "last %n day(s)", nullptr, days), days);
    m_gainedPeriod->setCurrentIndex(1);
    m_gainedPeriod->setVisible(false);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* sortLabel = new QLabel(QCoreApplication::translate("sv::ContentView", "Sort by"), this);
    sortLabel->setBuddy(m_sort);
    sortLabel->setForegroundRole(QPalette::PlaceholderText);

    m_postingTime = new QToolButton(this);
    m_postingTime->setObjectName(QStringLiteral("postingTimeFilter"));
    m_postingTime->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_postingTime->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_postingTime->setAutoRaise(false);
    m_postingTime->setMinimumHeight(28);
    m_postingTime->setToolTip(QCoreApplication::translate(
        "sv::ContentView", "Only the items published then, in UTC as the Overview's best posting times count "
                           "them. Click to show every publishing time again."));
    m_postingTime->setVisible(false);

    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    rows->addLayout(layout);
    auto* secondRow = new QHBoxLayout;
    secondRow->setContentsMargins(0, 0, 0, 0);
    secondRow->addWidget(m_postingTime);
    secondRow->addStretch(1);
    rows->addLayout(secondRow);
    layout->addWidget(m_platform);
    layout->addWidget(m_account);
    layout->addWidget(m_kind);
    layout->addWidget(m_date);
    layout->addWidget(m_from);
    layout->addWidget(m_dateDash);
    layout->addWidget(m_to);
    layout->addWidget(m_crossPosted);
    layout->addStretch(1);
    layout->addWidget(m_count);
    layout->addSpacing(16);
    layout->addWidget(sortLabel);
    layout->addWidget(m_sort);
    layout->addWidget(m_gainedPeriod);

    for (QComboBox* combo : {m_platform, m_account, m_kind, m_date, m_sort, m_gainedPeriod}) {
        combo->setMinimumHeight(30);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    m_from->setMinimumHeight(30);
    m_to->setMinimumHeight(30);
    for (QComboBox* combo : {m_platform, m_account, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &ContentFilterBar::changed);
    connect(m_gainedPeriod, &QComboBox::currentIndexChanged, this, [this] {
        if (m_gainedPeriod->currentData().toInt() != 0)
            setGainedDay({}); // a period ending today was chosen: the one-day entry goes
        Q_EMIT changed();
    });
    connect(m_postingTime, &QToolButton::clicked, this, [this] {
        m_weekday.reset();
        m_hour.reset();
        showPostingTime();
        Q_EMIT changed();
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_gainedPeriod->setVisible(m_sort->currentData().toInt() == int(SearchSort::ViewsGained));
        Q_EMIT changed();
    });
    connect(m_date, &QComboBox::currentIndexChanged, this, [this] {
        m_rangeUtc = false;
        setCustomRangeVisible(m_date->currentData().toInt() == CustomRange);
        Q_EMIT changed();
    });
    connect(m_crossPosted, &QCheckBox::toggled, this, &ContentFilterBar::changed);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_rangeUtc = false; // the user's own days
            Q_EMIT changed();
        });
    }
}

ContentFilterBar::~ContentFilterBar() = default;

void ContentFilterBar::applyTo(SearchQuery& query, const QDateTime& now) const
{
    if (const auto platform = platformFromId(m_platform->currentData().toString()))
        query.platforms = {*platform};
    if (const QStringList account = m_account->currentData().toStringList(); account.size() == 2) {
        query.account = account.at(1);
        if (query.platforms.isEmpty()) // the same id on two platforms is two accounts
            if (const auto platform = platformFromId(account.at(0)))
                query.platforms = {*platform};
    }
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
        if (m_rangeUtc) {
            query.publishedFrom = m_from->date().startOfDay(Qt::UTC);
            query.publishedTo = m_to->date().endOfDay(Qt::UTC);
        } else {
            query.publishedFrom = m_from->date().startOfDay();
            query.publishedTo = m_to->date().endOfDay();
        }
        break;
    }
    query.publishedWeekday = m_weekday;
    query.publishedHour = m_hour;
    query.crossPostedOnly = m_crossPosted->isChecked();
    query.sort = static_cast<SearchSort>(m_sort->currentData().toInt());
    if (const int days = m_gainedPeriod->currentData().toInt(); days > 0) {
        query.gainedDays = days;
    } else { // the one day chosen from the Overview's daily chart
        query.gainedDays = 1;
        query.gainedTo = m_gainedDay;
    }
}

bool ContentFilterBar::filtersActive() const
{
    return m_platform->currentIndex() > 0 || m_account->currentIndex() > 0 || m_kind->currentIndex() > 0 ||
           m_date->currentIndex() > 0 || m_crossPosted->isChecked() || m_weekday || m_hour;
}

void ContentFilterBar::clearFilters()
{
    const QSignalBlocker blockPlatform(m_platform);
    const QSignalBlocker blockAccount(m_account);
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockDate(m_date);
    const QSignalBlocker blockCrossPosted(m_crossPosted);
    m_platform->setCurrentIndex(0);
    m_account->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_date->setCurrentIndex(0);
    m_crossPosted->setChecked(false);
    m_weekday.reset();
    m_hour.reset();
    m_pendingAccount.clear();
    m_rangeUtc = false;
    setCustomRangeVisible(false);
    showPostingTime();
}

void ContentFilterBar::setAccounts(const QList<LibraryAccountSummary>& accounts)
{
    const QSignalBlocker block(m_account);
    const QVariant chosen = m_account->currentData();
    while (m_account->count() > 1)
        m_account->removeItem(1);
    for (const LibraryAccountSummary& a : accounts) {
        const QString name = a.name.isEmpty() ? a.accountId : a.name;
        m_account->addItem(Icons::platform(a.platform), name,
                           QStringList{platformId(a.platform), a.accountId});
        m_account->setItemData(m_account->count() - 1,
                               QStringLiteral("%1 · %2").arg(platformDisplayName(a.platform), a.accountId),
                               Qt::ToolTipRole);
    }
    if (!m_pendingAccount.isEmpty()) {
        const int pending = m_account->findData(m_pendingAccount);
        m_pendingAccount.clear();
        if (pending >= 0) {
            m_account->setCurrentIndex(pending);
            Q_EMIT changed();
            return;
        }
    }
    const int index = m_account->findData(chosen);
    m_account->setCurrentIndex(qMax(0, index));
    if (index < 0 && chosen.toStringList().size() == 2)
        Q_EMIT changed(); // the chosen account left the library
}

void ContentFilterBar::choose(const Choice& choice)
{
    clearFilters();
    {
        const QSignalBlocker blockPlatform(m_platform);
        const QSignalBlocker blockAccount(m_account);
        const QSignalBlocker blockDate(m_date);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        const QSignalBlocker blockSort(m_sort);
        const QSignalBlocker blockPeriod(m_gainedPeriod);
        m_platform->setCurrentIndex(
            qMax(0, m_platform->findData(choice.platform ? platformId(*choice.platform) : QString())));
        if (choice.account.size() == 2) {
            const int account = m_account->findData(choice.account);
            if (account >= 0)
                m_account->setCurrentIndex(account);
            else // the library's accounts are not listed yet: chosen when they are
                m_pendingAccount = choice.account;
        }
        if (choice.publishedFrom.isValid() && choice.publishedTo.isValid()) {
            m_date->setCurrentIndex(qMax(0, m_date->findData(CustomRange)));
            m_from->setDate(choice.publishedFrom);
            m_to->setDate(choice.publishedTo);
            m_rangeUtc = true;
            setCustomRangeVisible(true);
        }
        m_weekday = choice.publishedWeekday;
        m_hour = choice.publishedHour;
        showPostingTime();
        m_sort->setCurrentIndex(qMax(0, m_sort->findData(int(choice.sort))));
        setGainedDay(choice.gainedTo);
        const int period = m_gainedPeriod->findData(choice.gainedTo.isValid() ? 0 : choice.gainedDays);
        if (period >= 0)
            m_gainedPeriod->setCurrentIndex(period);
        m_gainedPeriod->setVisible(choice.sort == SearchSort::ViewsGained);
    }
    Q_EMIT changed();
}

void ContentFilterBar::setGainedDay(const QDate& day)
{
    const QSignalBlocker block(m_gainedPeriod);
    if (const int entry = m_gainedPeriod->findData(0); entry >= 0) {
        if (m_gainedPeriod->currentIndex() == entry)
            m_gainedPeriod->setCurrentIndex(qMax(0, m_gainedPeriod->findData(28)));
        m_gainedPeriod->removeItem(entry);
    }
    m_gainedDay = day;
    if (day.isValid())
        m_gainedPeriod->addItem(QCoreApplication::translate("sv::ContentView", "on %1")
                                    .arg(QLocale().toString(day, QLocale::ShortFormat)),
                                0);
}

void ContentFilterBar::showPostingTime()
{
    QStringList parts;
    if (m_weekday)
        parts << QLocale().dayName(*m_weekday, QLocale::LongFormat);
    if (m_hour) {
        const QLocale locale;
        parts << QStringLiteral("%1–%2").arg(
            locale.toString(QTime(*m_hour, 0), QLocale::ShortFormat),
            locale.toString(QTime((*m_hour + 1) % 24, 0), QLocale::ShortFormat));
    }
    m_postingTime->setVisible(!parts.isEmpty());
    m_postingTime->setText(parts.isEmpty()
                               ? QString()
                               : QCoreApplication::translate("sv::ContentView", "Posted: %1 (UTC)")
                                     .arg(parts.join(QLatin1String(", "))));
    m_postingTime->setAccessibleName(
        parts.isEmpty() ? QString()
                        : QCoreApplication::translate("sv::ContentView", "Clear the posting time filter: %1")
                              .arg(m_postingTime->text()));
}

void ContentFilterBar::setCustomRangeVisible(bool visible)
{
    m_from->setVisible(visible);
    m_dateDash->setVisible(visible);
    m_to->setVisible(visible);
}

} // namespace sv
