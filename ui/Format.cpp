#include "Format.h"

#include "Plural.h"
#include "text/Graphemes.h"

namespace sv {

QString Format::views(qint64 count, const QLocale& locale)
{
    return tr("%1 view(s)", nullptr, pluralCount(count)).arg(locale.toString(count));
}

QString Format::likes(qint64 count, const QLocale& locale)
{
    return tr("%1 like(s)", nullptr, pluralCount(count)).arg(locale.toString(count));
}

QString Format::comments(qint64 count, const QLocale& locale)
{
    return tr("%1 comment(s)", nullptr, pluralCount(count)).arg(locale.toString(count));
}

QString Format::results(qint64 count, const QLocale& locale)
{
    return tr("%1 result(s)", nullptr, pluralCount(count)).arg(locale.toString(count));
}

QString Format::libraryItems(qint64 count, const QLocale& locale)
{
    return tr("%1 item(s) in the library", nullptr, pluralCount(count)).arg(locale.toString(count));
}

QString Format::duration(qint64 seconds)
{
    if (seconds <= 0)
        return {};
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    const QChar zero(u'0');
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, zero);
}

QString Format::initial(const QString& name)
{
    const QString first = Graphemes::left(name.trimmed(), 1);
    return first.isEmpty() ? QStringLiteral("?") : first.toUpper();
}

QString Format::shortDate(const QDateTime& when, const QLocale& locale)
{
    if (!when.isValid())
        return {};
    // The locale's short date, but with a four-digit year ("11/24/2026", "24.11.2026").
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(when.toLocalTime().date(), format);
}

QString Format::longDateTime(const QDateTime& when, const QLocale& locale)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    //: A date and a time, e.g. "Tuesday, 3 March 2026 at 14:05"
    return tr("%1 at %2")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), QLocale::ShortFormat));
}

QString Format::kind(const QString& kind)
{
    if (kind == QLatin1String("video"))
        return tr("Video");
    if (kind == QLatin1String("short"))
        return tr("Short");
    if (kind == QLatin1String("reel"))
        return tr("Reel");
    if (kind == QLatin1String("image"))
        return tr("Image");
    if (kind == QLatin1String("carousel"))
        return tr("Carousel");
    if (kind == QLatin1String("story"))
        return tr("Story");
    if (kind == QLatin1String("live"))
        return tr("Live stream");
    return kind;
}

QStringList Format::knownKinds()
{
    return {QStringLiteral("video"), QStringLiteral("short"),    QStringLiteral("reel"),
            QStringLiteral("image"), QStringLiteral("carousel"), QStringLiteral("story"),
            QStringLiteral("live")};
}

bool Format::hasMetric(const ContentItem& item, Metric metric)
{
    switch (metric) {
    case Metric::Views:
        return item.viewsKnown;
    case Metric::Likes:
    case Metric::Comments:
        return true;
    case Metric::Shares:
        return item.shares.has_value();
    }
    return true;
}

QString Format::viewsOf(const ContentItem& item, const QLocale& locale)
{
    return hasMetric(item, Metric::Views) ? views(item.views, locale) : unknownViews();
}

QString Format::unknownViews()
{
    //: An item whose platform gives no view count (Instagram media)
    return tr("— views");
}

QString Format::missingReason(const ContentItem& item, Metric metric)
{
    if (hasMetric(item, metric))
        return {};
    if (metric == Metric::Views)
        return tr(
            "Instagram gives the views of its media only through their insights, and none were read for "
            "this one yet: each sync reads those of some media, the ones never read first, when the "
            "account allowed insights at connect.");
    switch (item.platform) {
    case Platform::YouTube:
        return tr("YouTube gives no share count for videos.");
    case Platform::Instagram:
        return tr("Instagram gives no share count for media in its basic fields.");
    case Platform::TikTok:
        break;
    }
    return tr("Not recorded yet: the next sync records it.");
}

std::optional<double> Format::engagementRate(const ContentItem& item)
{
    if (!hasMetric(item, Metric::Views) || item.views <= 0)
        return std::nullopt;
    return double(item.likes + item.comments + item.shares.value_or(0)) / double(item.views);
}

QString Format::percent(double rate, const QLocale& locale)
{
    //: A percentage; %1 is the number ("4.2%", "4,2 %")
    return tr("%1%").arg(locale.toString(rate * 100.0, 'f', 1));
}

QString Format::signedCount(qint64 change, const QLocale& locale)
{
    if (change > 0)
        return QLatin1Char('+') + locale.toString(change);
    if (change < 0)
        return QChar(0x2212) + locale.toString(-change);
    return locale.toString(change);
}

} // namespace sv
