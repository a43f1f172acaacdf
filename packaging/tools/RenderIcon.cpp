// Build-time tool: renders the application's scalable icon to the PNG sizes of the hicolor theme.
// Usage: streamvibe-render-icon SOURCE.svg SIZE OUTPUT.png
// ImageMagick on Debian 12 has no SVG reader unless librsvg's delegate is installed; Qt Svg is already a
// build dependency, so the PNGs come from the same renderer the application uses for its own artwork.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: streamvibe-render-icon SOURCE.svg SIZE OUTPUT.png\n";
        return 1;
    }
    bool ok = false;
    const int size = args.at(2).toInt(&ok);
    if (!ok || size < 8 || size > 4096) {
        err << "streamvibe-render-icon: invalid size " << args.at(2) << '\n';
        return 1;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "streamvibe-render-icon: cannot read the SVG file " << args.at(1) << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    const QString output = args.at(3);
    if (!QDir().mkpath(QFileInfo(output).absolutePath()) || !image.save(output, "PNG")) {
        err << "streamvibe-render-icon: cannot write " << output << '\n';
        return 1;
    }
    return 0;
}
