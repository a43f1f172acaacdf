#include "ContentDetailsPane.h"

#include "ThumbnailLoader.h"
#include "TrendChart.h"
#include "library/LibraryService.h"

#include "Format.h"
#include "Icons.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
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
    layout->addWidget(descriptionCaption);
    layout->addWidget(m_description, 1);
    m_description->setMinimumHeight(80);
    // The pane scrolls when the window is too low for the chart and the description.
    auto* scroll = new QScrollArea(m_pages);
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    m_pages->addWidget(scroll);

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
    const QString duration = Format::duration(item.durationS);
    m_duration->setText(duration.isEmpty() ? tr("Not applicable") : duration);
    showCount(m_views, Format::Metric::Views, item.views);
    showCount(m_likes, Format::Metric::Likes, item.likes);
    showCount(m_comments, Format::Metric::Comments, item.comments);
    showCount(m_shares, Format::Metric::Shares, item.shares.value_or(0));
    if (const auto rate = Format::engagementRate(item)) {
        m_engagement->setText(Format::percent(*rate, locale));
        m_engagement->setToolTip(tr("(%1 likes + %2 comments + %3 shares) / %4 views")
                                     .arg(locale.toString(item.likes), locale.toString(item.comments),
                                          locale.toString(item.shares.value_or(0)),
                                          locale.toString(item.views)));
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
    m_service = service;
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

} // namespace sv
