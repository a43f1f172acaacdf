#include "LicenseNotices.h"

#include "Icons.h"

#include <QFile>
#include <QHash>
#include <QStringList>

namespace sv {

namespace {

/// One paragraph: each field's first line and its continuation lines (one leading space removed, a lone
/// "." an empty line).
struct Paragraph
{
    QHash<QString, QString> firstLine;
    QHash<QString, QStringList> more;
};

QList<Paragraph> paragraphs(const QString& file)
{
    QList<Paragraph> out;
    Paragraph current;
    QString field;
    const auto flush = [&] {
        if (!current.firstLine.isEmpty())
            out.append(current);
        current = {};
        field.clear();
    };
    for (const QString& line : file.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            flush();
        } else if (line.front().isSpace()) {
            if (!field.isEmpty()) {
                const QString continued = line.mid(1);
                current.more[field].append(continued == QLatin1String(".") ? QString() : continued);
            }
        } else if (const qsizetype colon = line.indexOf(QLatin1Char(':')); colon > 0) {
            field = line.left(colon);
            current.firstLine.insert(field, line.mid(colon + 1).trimmed());
        }
    }
    flush();
    return out;
}

} // namespace

QList<LicenseNotice> LicenseNotices::parse(const QString& copyrightFile)
{
    const QList<Paragraph> all = paragraphs(copyrightFile);
    QString upstreamName;
    QHash<QString, QString> texts;
    for (const Paragraph& p : all) {
        if (p.firstLine.contains(QStringLiteral("Format")))
            upstreamName = p.firstLine.value(QStringLiteral("Upstream-Name"));
        else if (!p.firstLine.contains(QStringLiteral("Files")) &&
                 p.firstLine.contains(QStringLiteral("License")))
            texts.insert(p.firstLine.value(QStringLiteral("License")),
                         p.more.value(QStringLiteral("License")).join(QLatin1Char('\n')));
    }
    QList<LicenseNotice> notices;
    for (const Paragraph& p : all) {
        if (!p.firstLine.contains(QStringLiteral("Files")))
            continue;
        LicenseNotice n;
        n.name = p.firstLine.value(QStringLiteral("Library"), upstreamName);
        n.copyright = (QStringList{p.firstLine.value(QStringLiteral("Copyright"))} +
                       p.more.value(QStringLiteral("Copyright")))
                          .join(QLatin1Char('\n'));
        n.license = p.firstLine.value(QStringLiteral("License"));
        n.comment = (QStringList{p.firstLine.value(QStringLiteral("Comment"))} +
                     p.more.value(QStringLiteral("Comment")))
                        .join(QLatin1Char(' '))
                        .trimmed();
        const QStringList ownText = p.more.value(QStringLiteral("License"));
        n.text = ownText.isEmpty() ? texts.value(n.license) : ownText.join(QLatin1Char('\n'));
        notices.append(n);
    }
    return notices;
}

QString LicenseNotices::shippedFile()
{
    Icons::initResources();
    QFile file(QStringLiteral(":/streamvibe/copyright"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QList<LicenseNotice> LicenseNotices::shipped()
{
    return parse(shippedFile());
}

} // namespace sv
