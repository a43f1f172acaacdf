#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>

namespace sv::test {

QString dataPath(const QString& relative)
{
    return QDir(qEnvironmentVariable("STREAMVIBE_TEST_DATA")).absoluteFilePath(relative);
}

QString buildPath(const QString& relative)
{
    return QDir(qEnvironmentVariable("STREAMVIBE_BUILD_DIR")).absoluteFilePath(relative);
}

int openDescriptors(qint64 pid, const QString& file)
{
    const QString target = QFileInfo(file).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    int n = 0;
    for (const QString& fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        if (!target.isEmpty() && QFile::symLinkTarget(fds.filePath(fd)) == target)
            ++n;
    }
    return n;
}

} // namespace sv::test
