#include "ContentDetailsPane.h"

#include "ThumbnailLoader.h"
#include "TrendChart.h"
#include "library/ClipSums.h"
#include "library/KnownFigures.h"
#include "library/LibraryService.h"

#include "Format.h"
#include "Icons.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace sv {

namespace {
QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QLabel* captionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel* smallNote(QWidget* parent)
{
    auto* label = valueLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ContentDetailsPane::ContentDetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("contentDetailsPane"));
    setMinimumWidth(280);

    // Page 0: nothing selected.
    auto* placeholder = new QLabel(tr("Select an item to see its details."), m_pages);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    placeholder->setMargin(24);
    m_pages->addWidget(placeholder);

    // Page 1: the item.
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("detailsPage"));
    m_picture = new QLabel(page);
    m_picture->setObjectName(QStringLiteral("detailsPicture"));
    m_picture->setAccessibleName(tr("Thumbnail"));
    m_picture->setFixedSize(PictureSize);
    m_picture->hide();

    m_title = valueLabel(page);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_platformIcon = new QLabel(page);
    m_platformIcon->setFixedSize(20, 20);
    m_platform = valueLabel(page);
    m_platform->setWordWrap(false);
    auto* platformRow = new QHBoxLayout;
    platformRow->setSpacing(8);
    platformRow->addWidget(m_platformIcon);
    platformRow->addWidget(m_platform, 1);

    m_kind = valueLabel(page);
    m_published = valueLabel(page);
    m_duration = valueLabel(page);
    m_views = valueLabel(page);
    m_likes = valueLabel(page);
    m_comments = valueLabel(page);
    m_shares = valueLabel(page);
    m_engagement = valueLabel(page);
    m_views->setObjectName(QStringLiteral("detailsViews"));
    m_likes->setObjectName(QStringLiteral("detailsLikes"));
    m_comments->setObjectName(QStringLiteral("detailsComments"));
    m_shares->setObjectName(QStringLiteral("detailsShares"));
    m_engagement->setObjectName(QStringLiteral("detailsEngagement"));
    m_engagement->setAccessibleName(tr("Engagement rate"));

    auto* facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignLeft);
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->setHorizontalSpacing(16);
    facts->setVerticalSpacing(6);
    facts->addRow(captionLabel(tr("Kind"), page), m_kind);
    facts->addRow(captionLabel(tr("Published"), page), m_published);
    facts->addRow(captionLabel(tr("Duration"), page), m_duration);
    facts->addRow(captionLabel(tr("Views"), page), m_views);
    facts->addRow(captionLabel(tr("Likes"), page), m_likes);
    facts->addRow(captionLabel(tr("Comments"), page), m_comments);
    facts->addRow(captionLabel(tr("Shares"), page), m_shares);
    auto* engagementCaption = captionLabel(tr("Engagement"), page);
    engagementCaption->setToolTip(
        tr("(likes + comments + shares) / views; shares where the platform gives them"));
    facts->addRow(engagementCaption, m_engagement);

    auto* historyCaption = captionLabel(tr("Views over time"), page);
    m_chart = new TrendChart(page);
    m_chart->setObjectName(QStringLiteral("detailsHistoryChart"));
    m_chart->setAccessibleName(tr("Views over time"));
    m_chart->setValueText([](qint64 views) { return Format::views(views); });
    m_chart->setMinimumHeight(200);
    m_chart->hide();
    m_historyNote = new QLabel(page);
    m_historyNote->setObjectName(QStringLiteral("detailsHistoryNote"));
    m_historyNote->setWordWrap(true);
    m_historyNote->setForegroundRole(QPalette::PlaceholderText);

    auto* descriptionCaption = captionLabel(tr("Description"), page);
    m_description = new QTextBrowser(page);
    m_description->setObjectName(QStringLiteral("detailsDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setOpenLinks(false);
    m_description->setFrameShape(QFrame::NoFrame);
    m_description->viewport()->setAutoFillBackground(false);
    m_description->document()->setDocumentMargin(0);

    m_open = new QPushButton(tr("Open on platform"), page);
    m_open->setObjectName(QStringLiteral("openOnPlatformButton"));
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, &ContentDetailsPane::openOnPlatform);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(10);
    layout->addWidget(m_picture);
    layout->addWidget(m_title);
    layout->addLayout(platformRow);
    // Above the figures and the chart: reachable without scrolling.
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    layout->addSpacing(6);
    layout->addLayout(facts);
    layout->addSpacing(6);
    layout->addWidget(historyCaption);
    layout->addWidget(m_chart);
    layout->addWidget(m_historyNote);
    layout->addSpacing(6);
    layout->addWidget(buildGroupSection(page));
    layout->addSpacing(6);
    layout->addWidget(descriptionCaption);
    layout->addWidget(m_description, 1);
    m_description->setMinimumHeight(80);
    // The pane scrolls when the window is too low for the chart and the description.
    auto* scroll = new QScrollArea(m_pages);
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setAccessibleName(tr("Item details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    m_pages->addWidget(scroll);
    // Tab follows the pane top to bottom: "Open on platform" (above the figures), the chart, the group's
    // members (groupLoaded() puts them here) and buttons, the description.
    QWidget* const chain[] = {m_open, m_chart, m_confirmGroup, m_splitGroup, m_merge, m_description};
    for (std::size_t i = 1; i < std::size(chain); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    clear();
}

void ContentDetailsPane::setItem(const ContentItem& item)
{
    m_item = item;
    const QLocale locale;
    m_title->setText(item.title.isEmpty() ? tr("(untitled)") : item.title);
    m_platform->setText(platformDisplayName(item.platform));
    m_platformIcon->setPixmap(Icons::platform(item.platform).pixmap(QSize(20, 20), devicePixelRatioF()));
    m_kind->setText(item.kind.isEmpty() ? tr("Unknown") : Format::kind(item.kind));
    m_published->setText(item.publishedAt.isValid() ? Format::longDateTime(item.publishedAt, locale)
                                                    : tr("Unknown"));
    if (const auto duration = knownDuration(item)) {
        m_duration->setText(Format::duration(*duration));
        m_duration->setToolTip(QString());
    } else if (item.kind == QLatin1String("image") || item.kind == QLatin1String("carousel")) {
        m_duration->setText(tr("Not applicable"));
        m_duration->setToolTip(QString());
    } else {
        m_duration->setText(Format::missing());
        m_duration->setToolTip(item.platform == Platform::Instagram
                                   ? tr("Instagram gives no duration for its media.")
                                   : tr("The platform gave no duration for this item."));
    }
    m_duration->setAccessibleDescription(m_duration->toolTip());
    showCount(m_views, Format::Metric::Views, item.views);
    showCount(m_likes, Format::Metric::Likes, item.likes);
    showCount(m_comments, Format::Metric::Comments, item.comments);
    showCount(m_shares, Format::Metric::Shares, item.shares.value_or(0));
    if (const auto rate = Format::engagementRate(item)) {
        m_engagement->setText(Format::percent(*rate, locale));
        // The formula with the figures the platform gives: a share count it does not give is named as
        // unavailable, never counted as 0.
        if (item.shares)
            m_engagement->setToolTip(tr("(%1 likes + %2 comments + %3 shares) / %4 views")
                                         .arg(locale.toString(item.likes), locale.toString(item.comments),
                                              locale.toString(*item.shares), locale.toString(item.views)));
        else
            //: %4 is why the platform gives no share count
            m_engagement->setToolTip(tr("(%1 likes + %2 comments) / %3 views; shares unavailable: %4")
                                         .arg(locale.toString(item.likes), locale.toString(item.comments),
                                              locale.toString(item.views),
                                              Format::missingReason(item, Format::Metric::Shares)));
    } else {
        m_engagement->setText(Format::missing());
        m_engagement->setToolTip(Format::hasMetric(item, Format::Metric::Views)
                                     ? tr("No views yet: the rate needs at least one view.")
                                     : Format::missingReason(item, Format::Metric::Views));
    }
    m_chart->hide();
    m_chart->clear();
    m_historyNote->setText(tr("Reading the history…"));
    m_historyNote->show();
    const quint64 generation = ++m_historyGeneration;
    if (m_service && item.id != 0)
        loadHistory(item.id, generation);
    else
        showHistory({});
    if (item.description.isEmpty())
        m_description->setPlainText(tr("No description."));
    else
        m_description->setPlainText(item.description);
    const QUrl url(item.url);
    m_open->setEnabled(isOpenableUrl(url));
    m_open->setToolTip(m_open->isEnabled() ? url.toDisplayString() : tr("This item has no web address."));
    // The same item again (the list's results were refreshed, e.g. by a sync): its group stays on screen
    // until the list has read the groups again (reloadGroup()), not read for every refresh.
    if (item.id == 0 || item.id != m_groupItemId) {
        m_groupError->hide();
        m_group.reset();
        m_groupSection->setVisible(m_service && item.id != 0);
        m_groupHeading->setText(tr("Reading the other posts of this clip…"));
        m_groupTableWidget->hide();
        m_groupSumNote->hide();
        m_groupReason->hide();
        for (QPushButton* button : {m_confirmGroup, m_splitGroup, m_merge})
            button->hide();
        reloadGroup();
    }
    releasePicture();
    if (m_thumbnails && !item.thumbnailUrl.isEmpty()) {
        m_pictureUrl = QUrl(item.thumbnailUrl);
        m_thumbnails->request(m_pictureUrl, PictureSize);
    }
    showPicture();
    m_pages->setCurrentIndex(1);
}

void ContentDetailsPane::showCount(QLabel* label, Format::Metric metric, qint64 value)
{
    if (Format::hasMetric(m_item, metric)) {
        label->setText(QLocale().toString(value));
        label->setToolTip(QString());
    } else {
        label->setText(Format::missing());
        label->setToolTip(Format::missingReason(m_item, metric));
    }
    label->setAccessibleDescription(label->toolTip());
}

void ContentDetailsPane::setLibrary(LibraryService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_groupItemId = 0; // read the group from this library
    if (service) {
        connect(service, &LibraryService::clipGroupsChanged, this, &ContentDetailsPane::reloadGroup,
                Qt::QueuedConnection);
    }
    if (hasItem())
        setItem(m_item);
}

QCoro::Task<> ContentDetailsPane::loadHistory(qint64 contentId, quint64 generation)
{
    QPointer<ContentDetailsPane> self(this);
    const auto points = co_await m_service->history(contentId);
    if (!self || generation != m_historyGeneration)
        co_return;
    showHistory(points ? points.value() : QList<HistoryPoint>());
    if (!points)
        m_historyNote->setText(points.error().message);
}

void ContentDetailsPane::showHistory(const QList<HistoryPoint>& points)
{
    // One point per day, whichever source recorded it (a sync or the platform's own history).
    TrendChart::Series views;
    for (const HistoryPoint& p : points) {
        if (p.views)
            views.points.append({p.day, *p.views});
    }
    if (views.points.isEmpty()) {
        m_chart->hide();
        m_historyNote->setText(Format::hasMetric(m_item, Format::Metric::Views)
                                   ? tr("No history recorded yet: each sync records the item's counters.")
                                   : Format::missingReason(m_item, Format::Metric::Views));
        m_historyNote->show();
    } else {
        m_chart->setSeries({views});
        m_chart->show();
        m_historyNote->hide();
    }
    emit historyShown(m_item.id);
}

void ContentDetailsPane::setThumbnails(ThumbnailLoader* loader)
{
    releasePicture();
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = loader;
    if (loader) {
        const auto repaint = [this](const QUrl& url) {
            if (url == QUrl(m_item.thumbnailUrl))
                showPicture();
        };
        connect(loader, &ThumbnailLoader::imageReady, this, repaint);
        connect(loader, &ThumbnailLoader::imageFailed, this, repaint);
    }
    if (hasItem())
        setItem(m_item);
}

void ContentDetailsPane::releasePicture()
{
    if (m_thumbnails && !m_pictureUrl.isEmpty())
        m_thumbnails->release(m_pictureUrl, PictureSize);
    m_pictureUrl.clear();
}

void ContentDetailsPane::showPicture()
{
    m_picture->setVisible(m_thumbnails != nullptr);
    if (!m_thumbnails)
        return;
    const QImage image = m_thumbnails->image(QUrl(m_item.thumbnailUrl), PictureSize);
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(PictureSize * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintThumbnail(&painter, QRect(QPoint(0, 0), PictureSize), image, palette(),
                   Icons::platform(m_item.platform));
    painter.end();
    m_picture->setPixmap(pixmap);
}

void ContentDetailsPane::clear()
{
    releasePicture();
    ++m_historyGeneration;
    ++m_groupGeneration;
    m_groupItemId = 0;
    m_group.reset();
    m_item = {};
    m_open->setEnabled(false);
    m_pages->setCurrentIndex(0);
}

bool ContentDetailsPane::isOpenableUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

void ContentDetailsPane::setUrlOpener(std::function<bool(const QUrl&)> opener)
{
    m_opener = std::move(opener);
}

QString ContentDetailsPane::titleText() const
{
    return m_pages->currentIndex() == 1 ? m_title->text() : QString();
}

void ContentDetailsPane::focusPane()
{
    if (m_open->isEnabled())
        m_open->setFocus(Qt::OtherFocusReason);
    else
        m_description->setFocus(Qt::OtherFocusReason);
}

void ContentDetailsPane::openOnPlatform()
{
    const QUrl url(m_item.url);
    if (!isOpenableUrl(url))
        return;
    if (m_opener(url))
        emit urlOpened(url);
}

// --- The cross-posted clip --------------------------------------------------------------------------------

QWidget* ContentDetailsPane::buildGroupSection(QWidget* parent)
{
    m_groupSection = new QWidget(parent);
    m_groupSection->setObjectName(QStringLiteral("detailsGroup"));
    m_groupSection->setAccessibleName(tr("Cross-posted clip"));
    m_groupHeading = new QLabel(m_groupSection);
    m_groupHeading->setObjectName(QStringLiteral("detailsGroupHeading"));
    m_groupHeading->setWordWrap(true);
    QFont headingFont = m_groupHeading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_groupHeading->setFont(headingFont);

    m_groupTableWidget = new QWidget(m_groupSection);
    m_groupTableWidget->setObjectName(QStringLiteral("detailsGroupTable"));
    m_groupGrid = new QGridLayout(m_groupTableWidget);
    m_groupGrid->setContentsMargins(0, 0, 0, 0);
    m_groupGrid->setHorizontalSpacing(14);
    m_groupGrid->setVerticalSpacing(4);
    m_groupGrid->setColumnStretch(0, 1);

    m_groupSumNote = smallNote(m_groupSection);
    m_groupSumNote->setObjectName(QStringLiteral("detailsGroupSumNote"));
    m_groupReason = smallNote(m_groupSection);
    m_groupReason->setObjectName(QStringLiteral("detailsGroupReason"));
    m_groupReason->setAccessibleName(tr("Why these posts are one clip"));
    m_groupError = valueLabel(m_groupSection);
    m_groupError->setObjectName(QStringLiteral("detailsGroupError"));
    m_groupError->setAccessibleName(tr("Error"));
    QPalette errorPalette = m_groupError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_groupError->setPalette(errorPalette);
    m_groupError->hide();

    m_confirmGroup = new QPushButton(tr("Confirm"), m_groupSection);
    m_confirmGroup->setObjectName(QStringLiteral("confirmGroupButton"));
    m_confirmGroup->setAccessibleName(tr("Confirm this group"));
    m_confirmGroup->setToolTip(tr("Keep these posts together as one clip, whatever later syncs find."));
    m_splitGroup = new QPushButton(tr("Split from group"), m_groupSection);
    m_splitGroup->setObjectName(QStringLiteral("splitGroupButton"));
    m_splitGroup->setAccessibleName(tr("Split this item from its group"));
    m_splitGroup->setToolTip(tr("This post is another clip: never group it automatically again."));
    m_merge = new QPushButton(tr("Merge with…"), m_groupSection);
    m_merge->setObjectName(QStringLiteral("mergeGroupButton"));
    m_merge->setAccessibleName(tr("Merge with another item"));
    m_merge->setToolTip(
        tr("Choose a post on another platform, published within %n day(s), that is the same clip.", nullptr,
           MergeWindowDays));
    m_mergeMenu = new QMenu(m_merge);
    m_mergeMenu->setObjectName(QStringLiteral("mergeMenu"));
    m_mergeMenu->setAccessibleName(tr("Items to merge with"));
    connect(m_confirmGroup, &QPushButton::clicked, this, [this] { decide(GroupDecision::Confirm); });
    connect(m_splitGroup, &QPushButton::clicked, this, [this] { decide(GroupDecision::Split); });
    connect(m_merge, &QPushButton::clicked, this, [this] { showMergeCandidates(); });

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_confirmGroup);
    buttons->addWidget(m_splitGroup);
    buttons->addWidget(m_merge);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(m_groupSection);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_groupHeading);
    layout->addWidget(m_groupTableWidget);
    layout->addWidget(m_groupSumNote);
    layout->addWidget(m_groupReason);
    layout->addLayout(buttons);
    layout->addWidget(m_groupError);
    m_groupSection->hide();
    return m_groupSection;
}

void ContentDetailsPane::reloadGroup()
{
    const quint64 generation = ++m_groupGeneration;
    m_groupItemId = m_item.id;
    if (m_service && hasItem())
        loadGroup(m_item, generation);
}

QCoro::Task<> ContentDetailsPane::loadGroup(ContentItem item, quint64 generation)
{
    QPointer<ContentDetailsPane> self(this);
    const ClipKey key = ClipKey::of(item);
    const auto group = co_await m_service->clipGroupOf(key);
    if (!self || generation != m_groupGeneration)
        co_return;
    if (!group) {
        m_groupHeading->setText(group.error().message);
        emit groupShown(item.id);
        co_return;
    }
    showGroup(group.value());
    emit groupShown(item.id);
}

void ContentDetailsPane::showGroup(const std::optional<ClipGroup>& group)
{
    m_group = group;
    const bool grouped = group && group->members.size() >= 2;
    m_groupSection->show();
    m_groupTableWidget->setVisible(grouped);
    m_groupSumNote->setVisible(grouped);
    m_groupReason->setVisible(grouped);
    m_confirmGroup->setVisible(grouped && !group->manual);
    m_splitGroup->setVisible(grouped);
    m_merge->show();
    m_merge->setEnabled(m_item.publishedAt.isValid());
    while (QLayoutItem* cell = m_groupGrid->takeAt(0)) {
        if (QWidget* widget = cell->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete cell;
    }
    if (!grouped) {
        m_groupHeading->setText(tr("Not grouped with posts on other platforms."));
        m_groupSection->setAccessibleDescription(m_groupHeading->text());
        return;
    }
    m_groupHeading->setText(tr("Posted on %n platform(s)", nullptr, int(group->members.size())));
    m_groupSection->setAccessibleDescription(m_groupHeading->text());

    const QLocale locale;
    QWidget* table = m_groupTableWidget;
    struct Column
    {
        Format::Metric metric;
        QString name;
        QString sumName;
        ClipMetric summed;
    };
    const QList<Column> metrics{
        {Format::Metric::Views, tr("Views"), tr("Sum of views"), ClipMetric::Views},
        {Format::Metric::Likes, tr("Likes"), tr("Sum of likes"), ClipMetric::Likes},
        {Format::Metric::Comments, tr("Comments"), tr("Sum of comments"), ClipMetric::Comments},
        {Format::Metric::Shares, tr("Shares"), tr("Sum of shares"), ClipMetric::Shares},
    };
    for (int column = 0; column < metrics.size(); ++column) {
        auto* caption = captionLabel(metrics.at(column).name, table);
        caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_groupGrid->addWidget(caption, 0, column + 1);
    }
    int row = 1;
    for (const ContentItem& member : group->members) {
        const QString title = member.title.isEmpty() ? tr("(untitled)") : member.title;
        const bool self = member.id == m_item.id;
        //: A member of a cross-posted clip: %1 platform, %2 title
        const QString name = tr("%1: %2").arg(platformDisplayName(member.platform), title);
        // Elided, so the figures keep their columns in a narrow pane; the tooltip has the whole title.
        auto* link = new QPushButton(Icons::platform(member.platform),
                                     fontMetrics().elidedText(name, Qt::ElideRight, MemberNameWidth), table);
        link->setObjectName(QStringLiteral("groupMember"));
        link->setFlat(true);
        link->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 4px;"));
        link->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        link->setMinimumWidth(60);
        link->setEnabled(!self);
        link->setToolTip(name + QLatin1Char('\n') +
                         (self ? tr("This item") : tr("Show this post in the list")));
        link->setAccessibleName(
            self ? tr("%1 on %2 (this item)").arg(title, platformDisplayName(member.platform))
                 : tr("Show %1 on %2").arg(title, platformDisplayName(member.platform)));
        connect(link, &QPushButton::clicked, this, [this, member] { emit memberActivated(member); });
        m_groupGrid->addWidget(link, row, 0);
        const qint64 values[] = {member.views, member.likes, member.comments, member.shares.value_or(0)};
        for (int column = 0; column < metrics.size(); ++column) {
            auto* cell = valueLabel(table);
            cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setWordWrap(false);
            const Format::Metric metric = metrics.at(column).metric;
            if (Format::hasMetric(member, metric)) {
                cell->setText(locale.toString(values[column]));
            } else {
                cell->setText(Format::missing());
                cell->setToolTip(Format::missingReason(member, metric));
            }
            cell->setAccessibleName(metrics.at(column).name);
            cell->setAccessibleDescription(cell->toolTip());
            m_groupGrid->addWidget(cell, row, column + 1);
        }
        ++row;
    }
    // The members' links between the chart and the group's buttons in the tab order, as shown.
    QWidget* previous = m_chart;
    for (int r = 1; r < row; ++r) {
        QWidget* link = m_groupGrid->itemAtPosition(r, 0)->widget();
        QWidget::setTabOrder(previous, link);
        previous = link;
    }
    auto* sumCaption = captionLabel(tr("Sum"), table);
    QFont bold = sumCaption->font();
    bold.setWeight(QFont::DemiBold);
    m_groupGrid->addWidget(sumCaption, row, 0);
    QStringList notes;
    for (int column = 0; column < metrics.size(); ++column) {
        const ClipMetric summed = metrics.at(column).summed;
        const ClipMetricSum& sum = clipSum(*group, summed);
        auto* cell = valueLabel(table);
        cell->setObjectName(QStringLiteral("groupSum"));
        cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        cell->setWordWrap(false);
        cell->setFont(bold);
        cell->setText(sum.sum ? locale.toString(*sum.sum) : Format::missing());
        // Which platforms the sum covers: the same note as the CLI's.
        if (const QString note = clipSumNote(*group, summed); !note.isEmpty()) {
            cell->setToolTip(note);
            notes << note;
        }
        cell->setAccessibleName(metrics.at(column).sumName);
        cell->setAccessibleDescription(cell->toolTip());
        m_groupGrid->addWidget(cell, row, column + 1);
    }
    m_groupSumNote->setText(notes.join(QLatin1Char('\n')));
    m_groupSumNote->setVisible(!notes.isEmpty());

    QStringList reasons;
    reasons << (group->manual
                    ? tr("Confirmed by you: kept as one clip across syncs.")
                    : tr("Grouped automatically (score %1).").arg(locale.toString(group->score, 'f', 2)));
    for (const ClipPair& pair : group->pairs) {
        //: Why two posts are one clip: %1 and %2 are platforms, %3 the rule's reason
        reasons << tr("%1 and %2: %3")
                       .arg(platformDisplayName(group->members.at(pair.first).platform),
                            platformDisplayName(group->members.at(pair.second).platform),
                            pair.match.explanation());
    }
    m_groupReason->setText(reasons.join(QLatin1Char('\n')));
    m_groupReason->setToolTip(m_groupReason->text());
    m_groupReason->setAccessibleDescription(m_groupReason->text());
}

void ContentDetailsPane::showGroupError(const QString& message)
{
    m_groupError->setText(message);
    m_groupError->show();
    emit groupActionFailed(message);
}

QCoro::Task<> ContentDetailsPane::decide(GroupDecision decision, ContentItem other)
{
    if (!m_service || !hasItem())
        co_return;
    QPointer<ContentDetailsPane> self(this);
    m_groupError->hide();
    const ClipKey key = ClipKey::of(m_item);
    const ClipKey otherKey = ClipKey::of(other);
    // The view follows clipGroupsChanged(); only a refusal is shown here.
    std::optional<LibraryError> error;
    if (decision == GroupDecision::Confirm) {
        const auto confirmed = co_await m_service->confirmClipGroup(key);
        if (!confirmed)
            error = confirmed.error();
    } else if (decision == GroupDecision::Split) {
        const auto split = co_await m_service->splitClip(key);
        if (!split)
            error = split.error();
    } else {
        const auto merged = co_await m_service->mergeClips(key, otherKey);
        if (!merged)
            error = merged.error();
    }
    if (self && error)
        showGroupError(error->message);
}

QCoro::Task<> ContentDetailsPane::showMergeCandidates()
{
    if (!m_service || !hasItem() || !m_item.publishedAt.isValid())
        co_return;
    QPointer<ContentDetailsPane> self(this);
    const ContentItem item = m_item;
    m_groupError->hide();
    // Items on the other platforms published around the same time; read through call(), not search(), so
    // the list's own search is not superseded.
    SearchQuery query;
    query.publishedFrom = item.publishedAt.addDays(-MergeWindowDays);
    query.publishedTo = item.publishedAt.addDays(MergeWindowDays);
    query.sort = SearchSort::Newest;
    query.limit = 40;
    const auto found = co_await m_service->call(&LibraryDatabase::search, query);
    if (!self || m_item.id != item.id)
        co_return;
    if (!found) {
        showGroupError(found.error().message);
        co_return;
    }
    m_mergeMenu->clear();
    for (const ContentItem& candidate : found.value().items) {
        if (candidate.platform == item.platform)
            continue;
        bool inGroup = false;
        if (m_group) {
            for (const ContentItem& member : m_group->members)
                inGroup = inGroup || member.id == candidate.id;
        }
        if (inGroup)
            continue;
        //: A merge candidate: %1 platform, %2 title, %3 publishing date
        QAction* action =
            m_mergeMenu->addAction(Icons::platform(candidate.platform),
                                   tr("%1: %2 (%3)")
                                       .arg(platformDisplayName(candidate.platform),
                                            candidate.title.isEmpty() ? tr("(untitled)") : candidate.title,
                                            Format::shortDate(candidate.publishedAt)));
        action->setData(candidate.id);
        connect(action, &QAction::triggered, this,
                [this, candidate] { decide(GroupDecision::Merge, candidate); });
    }
    if (m_mergeMenu->isEmpty()) {
        m_mergeMenu->addAction(tr("No posts on other platforms within %n day(s)", nullptr, MergeWindowDays))
            ->setEnabled(false);
    }
    m_mergeMenu->popup(m_merge->mapToGlobal(QPoint(0, m_merge->height())));
    emit mergeCandidatesShown();
}

} // namespace sv
