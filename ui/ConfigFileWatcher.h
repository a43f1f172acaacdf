#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace sv {

/// Watches the configuration files and says when one of them changed: written in place, created, removed,
/// or replaced (an editor writes a new file and renames it over the old one, which ends a watch on the
/// file itself: the folder's watch finds the new file and watches it). The changes of a moment (an editor's
/// several writes) are one changed(); a folder's change that leaves the files as they were is none.
class ConfigFileWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ConfigFileWatcher(QObject* parent = nullptr);

    /// Watches `files` (those that do not exist yet through their folder), instead of the previous ones.
    void watch(const QStringList& files);
    QStringList files() const { return m_files; }

Q_SIGNALS:
    void changed();

private:
    struct Stamp
    {
        bool exists = false;
        QByteArray digest; ///< of the contents (the files are small; times can be too coarse)
        bool operator==(const Stamp& other) const { return exists == other.exists && digest == other.digest; }
    };
    static Stamp stampOf(const QString& file);
    void rewatch();
    void settle();

    QFileSystemWatcher m_watcher;
    QStringList m_files;
    QHash<QString, Stamp> m_stamps;
    QTimer m_settle;
};

} // namespace sv
