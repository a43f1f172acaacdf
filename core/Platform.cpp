#include "Platform.h"

#include <QCoreApplication>

namespace sv {

QString platformId(Platform p)
{
    switch (p) {
    case Platform::YouTube:
        return QStringLiteral("youtube");
    case Platform::Instagram:
        return QStringLiteral("instagram");
    case Platform::TikTok:
        return QStringLiteral("tiktok");
    }
    Q_UNREACHABLE();
    return {};
}

QString platformDisplayName(Platform p)
{
    switch (p) {
    case Platform::YouTube:
        return QCoreApplication::translate("sv::Platform", "YouTube");
    case Platform::Instagram:
        return QCoreApplication::translate("sv::Platform", "Instagram");
    case Platform::TikTok:
        return QCoreApplication::translate("sv::Platform", "TikTok");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Platform> platformFromId(QStringView id)
{
    for (const Platform p : allPlatforms()) {
        if (id == platformId(p))
            return p;
    }
    return std::nullopt;
}

QList<Platform> allPlatforms()
{
    return {Platform::YouTube, Platform::Instagram, Platform::TikTok};
}

} // namespace sv
