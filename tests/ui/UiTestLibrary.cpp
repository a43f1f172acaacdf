#include "UiTestLibrary.h"

#include "library/LibraryDatabase.h"

#include <QTest>

namespace sv::test {

namespace {
ContentItem make(Platform platform, const QString& externalId, const QString& title, const QString& kind,
                 const QDateTime& published, qint64 views, const QString& description = {})
{
    ContentItem item;
    item.platform = platform;
    item.account = QStringLiteral("acct-") + platformId(platform);
    item.externalId = externalId;
    item.title = title;
    item.description = description;
    item.kind = kind;
    item.publishedAt = published;
    item.durationS = kind == QLatin1String("image") ? 0 : 37 + views % 900;
    item.views = views;
    item.likes = views / 12;
    item.comments = views / 95;
    switch (platform) {
    case Platform::YouTube:
        item.url = QStringLiteral("https://www.youtube.com/watch?v=") + externalId;
        break;
    case Platform::Instagram:
        item.url = QStringLiteral("https://www.instagram.com/reel/") + externalId;
        break;
    case Platform::TikTok:
        item.url = QStringLiteral("https://www.tiktok.com/@creator/video/") + externalId;
        break;
    }
    return item;
}
} // namespace

QList<ContentItem> sampleItems(const QDateTime& now)
{
    using P = Platform;
    return {
        make(P::YouTube, QStringLiteral("yt01"),
             QStringLiteral("Sourdough bread at home: the complete guide"), QStringLiteral("video"),
             now.addDays(-3), 184230,
             QStringLiteral("Everything about starter, hydration and baking a crusty sourdough loaf.")),
        make(P::YouTube, QStringLiteral("yt02"), QStringLiteral("Bread scoring in 60 seconds"),
             QStringLiteral("short"), now.addDays(-12), 90412),
        make(P::YouTube, QStringLiteral("yt03"), QStringLiteral("Travel diary: three days in Lisbon"),
             QStringLiteral("video"), now.addDays(-45), 30110,
             QStringLiteral("Pastéis de nata, tram 28 and the best viewpoints.")),
        make(P::YouTube, QStringLiteral("yt04"), QStringLiteral("Studio tour 2026"), QStringLiteral("video"),
             now.addDays(-200), 12004),
        make(P::Instagram, QStringLiteral("ig01"), QStringLiteral("Latte art in 15 seconds"),
             QStringLiteral("reel"), now.addDays(-1), 250300),
        make(P::Instagram, QStringLiteral("ig02"), QStringLiteral("Banana bread, no mixer needed"),
             QStringLiteral("reel"), now.addDays(-20), 47820),
        make(P::Instagram, QStringLiteral("ig03"), QStringLiteral("Golden hour over the harbour"),
             QStringLiteral("image"), now.addDays(-70), 8801),
        make(P::Instagram, QStringLiteral("ig04"), QStringLiteral("Ten kitchen tools I use every day"),
             QStringLiteral("carousel"), now.addDays(-400), 15500),
        make(P::TikTok, QStringLiteral("tt01"), QStringLiteral("Cat versus cucumber, round two"),
             QStringLiteral("video"), now.addDays(-2), 1203344),
        make(P::TikTok, QStringLiteral("tt02"), QStringLiteral("Quick flatbread with three ingredients"),
             QStringLiteral("video"), now.addDays(-9), 356000),
        make(P::TikTok, QStringLiteral("tt03"), QStringLiteral("Desk setup for night owls"),
             QStringLiteral("video"), now.addDays(-33), 1),
        make(P::TikTok, QStringLiteral("tt04"), QStringLiteral("Behind the scenes: editing a vlog"),
             QStringLiteral("video"), now.addDays(-500), 64000),
    };
}

QList<ContentItem> numberedItems(int count, const QDateTime& now)
{
    QList<ContentItem> items;
    for (int i = 1; i <= count; ++i)
        items << make(Platform::YouTube, QStringLiteral("ep%1").arg(i), QStringLiteral("Episode %1").arg(i),
                      QStringLiteral("video"), now.addDays(-i), 1000 + i);
    return items;
}

bool writeLibrary(const QString& filePath, const QList<ContentItem>& items)
{
    LibraryDatabase db;
    if (const auto opened = db.open(filePath); !opened) {
        qWarning() << "cannot open" << filePath << opened.error().message;
        return false;
    }
    if (items.isEmpty())
        return true;
    const auto written = db.upsert(items);
    if (!written) {
        qWarning() << "cannot write" << written.error().message;
        return false;
    }
    return written.value() == items.size();
}

} // namespace sv::test
