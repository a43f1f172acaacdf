#include "ContentJson.h"

#include "CliContext.h"

#include "Platform.h"
#include "library/KnownFigures.h"
#include "library/LibraryFileFormat.h"

#include <QJsonDocument>
#include <QLocale>

namespace sv::cli {

QJsonObject contentItemToJson(const ContentItem& item)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), item.id);
    o.insert(QStringLiteral("platform"), platformId(item.platform));
    o.insert(QStringLiteral("account"), item.account);
    o.insert(QStringLiteral("external_id"), item.externalId);
    o.insert(QStringLiteral("title"), item.title);
    o.insert(QStringLiteral("description"), item.description);
    o.insert(QStringLiteral("url"), item.url);
    o.insert(QStringLiteral("thumbnail_url"), item.thumbnailUrl);
    o.insert(QStringLiteral("kind"), item.kind);
    o.insert(QStringLiteral("published_at"),
             item.publishedAt.isValid() ? QJsonValue(LibraryFileFormat::formatDateTime(item.publishedAt))
                                        : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("duration_s"), optionalCountToJson(knownDuration(item)));
    o.insert(QStringLiteral("views"), optionalCountToJson(viewsOf(item)));
    o.insert(QStringLiteral("likes"), item.likes);
    o.insert(QStringLiteral("comments"), item.comments);
    o.insert(QStringLiteral("views_known"), item.viewsKnown);
    o.insert(QStringLiteral("shares"), optionalCountToJson(item.shares));
    return o;
}

std::optional<qint64> viewsOf(const ContentItem& item)
{
    if (!item.viewsKnown)
        return std::nullopt;
    return item.views;
}

QString countText(const std::optional<qint64>& value)
{
    return value ? QLocale().toString(*value) : QStringLiteral("—");
}

QJsonValue optionalCountToJson(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

void printJson(CliContext& context, const QJsonObject& doc)
{
    context.out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
}

} // namespace sv::cli
