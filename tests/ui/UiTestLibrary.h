#pragma once

#include "library/ContentItem.h"

#include <QList>
#include <QString>

namespace sv::test {

/// The fixture library the UI tests search: a dozen items across the three platforms, published
/// relative to `now` (so date ranges are predictable), with distinct view counts.
QList<ContentItem> sampleItems(const QDateTime& now);
/// `count` plain items ("Episode 1" ... ) for paging tests.
QList<ContentItem> numberedItems(int count, const QDateTime& now);
/// Writes `items` into a library file on disk through LibraryDatabase; fails the test on error.
bool writeLibrary(const QString& filePath, const QList<ContentItem>& items);

} // namespace sv::test
