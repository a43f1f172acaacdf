#include "TestSupport.h"

#include <QDir>

namespace sv::test {

QString dataPath(const QString& relative)
{
    return QDir(qEnvironmentVariable("STREAMVIBE_TEST_DATA")).absoluteFilePath(relative);
}

QString buildPath(const QString& relative)
{
    return QDir(qEnvironmentVariable("STREAMVIBE_BUILD_DIR")).absoluteFilePath(relative);
}

QString brokenCharacter(const QString& text, const QString& cluster)
{
    if (QString::fromUtf8(text.toUtf8()) != text)
        return QStringLiteral("a surrogate pair was cut in: ") + text;
    const QString firstCodePoint = cluster.left(cluster.at(0).isHighSurrogate() ? 2 : 1);
    if (text.contains(firstCodePoint) && !text.contains(cluster))
        return QStringLiteral("a character was cut in: ") + text;
    return {};
}

} // namespace sv::test
