#include "Icons.h"

#include <QHash>

static void initStreamVibeResources()
{
    Q_INIT_RESOURCE(streamvibe);
}

namespace sv {

void Icons::initResources()
{
    static const bool done = [] {
        initStreamVibeResources();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon Icons::named(const QString& baseName)
{
    initResources();
    static QHash<QString, QIcon> cache;
    auto it = cache.find(baseName);
    if (it == cache.end())
        it = cache.insert(baseName,
                          QIcon(QStringLiteral(":/streamvibe/icons/") + baseName + QStringLiteral(".svg")));
    return *it;
}

QIcon Icons::application()
{
    return named(QStringLiteral("io.streamvibe.StreamVibe"));
}

QIcon Icons::platform(Platform platform)
{
    switch (platform) {
    case Platform::YouTube:
        return named(QStringLiteral("platform-youtube"));
    case Platform::Instagram:
        return named(QStringLiteral("platform-instagram"));
    case Platform::TikTok:
        return named(QStringLiteral("platform-tiktok"));
    }
    return {};
}

} // namespace sv
