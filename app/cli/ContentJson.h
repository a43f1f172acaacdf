#pragma once

#include "library/ContentItem.h"

#include <QJsonObject>

namespace sv::cli {

/// One item as a JSON object with the fields of the library's import/export format
/// (LibraryFileFormat::fieldNames(): platform, account, external_id, title, ..., comments), plus the
/// local row "id". published_at is ISO 8601 UTC, or null when unknown.
QJsonObject contentItemToJson(const ContentItem& item);

} // namespace sv::cli
