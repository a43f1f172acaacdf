#include "ConfigFileWatcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace sv {

ConfigFileWatcher::ConfigFileWatcher(QObject* parent)
    : QObject(parent)
{
    // An editor saves in steps (truncate, write; or write a new file, rename it): read once they are done.
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &ConfigFileWatcher::settle);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        rewatch();
        m_settle.start();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        rewatch();
        m_settle.start();
    });
}

void ConfigFileWatcher::watch(const QStringList& files)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_files.clear();
    m_stamps.clear();
    for (const QString& file : files) {
        if (file.isEmpty())
            continue;
        const QString absolute = QFileInfo(file).absoluteFilePath();
        if (m_files.contains(absolute))
            continue;
        m_files << absolute;
        m_stamps.insert(absolute, stampOf(absolute));
    }
    rewatch();
}

ConfigFileWatcher::Stamp ConfigFileWatcher::stampOf(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return {true, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1)};
}

void ConfigFileWatcher::rewatch()
{
    const QStringList watchedFiles = m_watcher.files();
    const QStringList watchedDirectories = m_watcher.directories();
    for (const QString& file : std::as_const(m_files)) {
        // A replaced file is a new inode: watch it again (the watch on the old one has ended).
        if (QFileInfo::exists(file) && !watchedFiles.contains(file))
            m_watcher.addPath(file);
        const QString directory = QFileInfo(file).absolutePath();
        if (QFileInfo::exists(directory) && !watchedDirectories.contains(directory))
            m_watcher.addPath(directory);
    }
}

void ConfigFileWatcher::settle()
{
    rewatch();
    bool changedFile = false;
    for (const QString& file : std::as_const(m_files)) {
        const Stamp now = stampOf(file);
        if (!(now == m_stamps.value(file))) {
            m_stamps.insert(file, now);
            changedFile = true;
        }
    }
    if (changedFile)
        Q_EMIT changed();
}

} // namespace sv
