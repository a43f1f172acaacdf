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

} // namespace sv::test
