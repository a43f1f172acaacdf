#pragma once

#include "SandboxHttp.h"

#include <QSize>

#include <optional>

namespace sv::sandbox {

/// The pictures the platform stand-ins hand out (thumbnails, covers, avatars): for a path under
/// `/youtube/img/`, `/instagram/img/` or `/tiktok/img/`, the size the platform uses for it; nullopt for any
/// other path (or a video, such as Instagram's `.mp4` media).
std::optional<QSize> platformImageSize(const QString& path);

/// A deterministic JPEG of `size` drawn from the path (the same bytes for the same path on every run);
/// nullopt for a path that is not a platform picture.
std::optional<HttpResponse> platformImage(const HttpRequest& request);

} // namespace sv::sandbox
