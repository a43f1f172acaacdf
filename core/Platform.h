#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace sv {

/// The platforms a creator can connect. The string ids ("youtube", "instagram", "tiktok") are the
/// stable form used in the database, in import/export files and on the command line.
enum class Platform { YouTube, Instagram, TikTok };

QString platformId(Platform p);
/// Human-readable, translated name ("YouTube", "Instagram", "TikTok").
QString platformDisplayName(Platform p);
std::optional<Platform> platformFromId(QStringView id);
QList<Platform> allPlatforms();

} // namespace sv
