// The platforms' pictures: real JPEG bytes, one deterministic image per URL, at the platforms' usual sizes.
#include "SandboxImages.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageWriter>
#include <QRegularExpression>

namespace sv::sandbox {

std::optional<QSize> platformImageSize(const QString& path)
{
    static const QRegularExpression youtube(
        SVL("^/youtube/img/(vi/[^/]+|channel)/(default|mqdefault|hqdefault)\\.jpg$"));
    static const QRegularExpression instagram(SVL("^/instagram/img/(profile|media/[^/]+?(_thumb)?)\\.jpg$"));
    static const QRegularExpression tiktok(
        SVL("^/tiktok/img/(avatar|avatar_100|avatar_large|cover/[^/]+)\\.jpeg$"));
    if (const auto m = youtube.match(path); m.hasMatch()) {
        const bool channel = m.captured(1) == QLatin1String("channel");
        const QString size = m.captured(2);
        if (channel) { // channel avatars are square: 88, 240, 800
            const int side = size == QLatin1String("default")     ? 88
                             : size == QLatin1String("mqdefault") ? 240
                                                                  : 800;
            return QSize(side, side);
        }
        return size == QLatin1String("default")     ? QSize(120, 90)
               : size == QLatin1String("mqdefault") ? QSize(320, 180)
                                                    : QSize(480, 360);
    }
    if (const auto m = instagram.match(path); m.hasMatch()) {
        if (m.captured(1) == QLatin1String("profile")) {
            return QSize(150, 150);
        }
        // A reel's cover (9:16) or an image post (square), both scaled down from 1080 px wide.
        return m.captured(2).isEmpty() ? QSize(640, 640) : QSize(360, 640);
    }
    if (const auto m = tiktok.match(path); m.hasMatch()) {
        const QString name = m.captured(1);
        if (name.startsWith(QLatin1String("cover/"))) {
            return QSize(360, 640); // the 720x1280 cover, scaled by half
        }
        return name == QLatin1String("avatar_100") ? QSize(100, 100)
               : name == QLatin1String("avatar")   ? QSize(168, 168)
                                                   : QSize(720, 720);
    }
    return std::nullopt;
}

std::optional<HttpResponse> platformImage(const HttpRequest& request)
{
    const auto size = platformImageSize(request.path);
    if (!size || (request.method != "GET" && request.method != "HEAD")) {
        return std::nullopt;
    }
    // Two colours and a stripe position from the path: a diagonal gradient with a band, so each picture
    // differs and decodes to something visible.
    const QByteArray digest = QCryptographicHash::hash(request.path.toUtf8(), QCryptographicHash::Sha1);
    const auto byte = [&digest](int i) {
        return static_cast<int>(static_cast<quint8>(digest.at(i)));
    };
    const int w = size->width();
    const int h = size->height();
    QImage image(w, h, QImage::Format_RGB32);
    const int band = byte(6) % qMax(1, w);
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int t = (x * 255 / qMax(1, w - 1) + y * 255 / qMax(1, h - 1)) / 2;
            if (qAbs(x - band) < w / 16) {
                line[x] = qRgb(255 - byte(7) / 4, 255 - byte(8) / 4, 255 - byte(9) / 4);
                continue;
            }
            line[x] =
                qRgb((byte(0) * (255 - t) + byte(3) * t) / 255, (byte(1) * (255 - t) + byte(4) * t) / 255,
                     (byte(2) * (255 - t) + byte(5) * t) / 255);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(80);
    if (!writer.write(image)) {
        return HttpResponse::json(500, QJsonObject{{SVL("message"), writer.errorString()}});
    }
    HttpResponse response;
    response.status = 200;
    response.headers = {{"Content-Type", "image/jpeg"},
                        {"Cache-Control", "public, max-age=86400"},
                        {"ETag", '"' + digest.toHex().left(16) + '"'}};
    response.body = request.method == "HEAD" ? QByteArray() : bytes;
    return response;
}

} // namespace sv::sandbox
