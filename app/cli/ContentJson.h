#pragma once

#include "library/ContentItem.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace sv::cli {

class CliContext;

/// One item as a JSON object with the fields of the library's import/export format
/// (LibraryFileFormat::fieldNames(): platform, account, external_id, title, ..., comments, views_known),
/// plus the local row "id". published_at is ISO 8601 UTC, or null when unknown; views null when unknown.
QJsonObject contentItemToJson(const ContentItem& item);

/// The item's views, empty when its platform gave none (Instagram media whose insights were never read).
std::optional<qint64> viewsOf(const ContentItem& item);

/// A count for people, as every CLI table shows counts: the number grouped for the user's locale
/// ("1,164,625", "1.164.625"), or "—" for a metric the platform does not give (never 0). JSON keeps raw
/// numbers.
QString countText(const std::optional<qint64>& value);

/// A count a platform may not give: null when it does not (never 0).
QJsonValue optionalCountToJson(const std::optional<qint64>& value);

/// Prints `doc` indented on the context's standard output (the --json output of the commands).
void printJson(CliContext& context, const QJsonObject& doc);

} // namespace sv::cli
