#pragma once

// Real storage conditions for tests of a profile folder that takes no write or whose disk is full.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <csignal>
#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sv::test {

/// Raises or drops CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER (what lets root past file modes) in
/// the calling thread's effective capabilities (raised: only as far as its permitted set allows); false if
/// the system refused.
inline bool setModeOverrides(bool raised)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    if (::syscall(SYS_capget, &header, data) != 0)
        return false;
    const quint32 bits = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH) | (1u << CAP_FOWNER);
    if (raised)
        data[0].effective |= bits & data[0].permitted;
    else
        data[0].effective &= ~bits;
    return ::syscall(SYS_capset, &header, data) == 0;
}

/// File modes apply to this thread as to anyone, root included, while it lives: for root it drops those
/// capabilities (setModeOverrides()) from the thread's effective set (threads it starts meanwhile, a
/// library's worker, inherit that), and raises them again when destroyed. For a test that changes a folder's
/// modes during the session. works() is false when root's capabilities could not be dropped.
class ModesApply
{
public:
    ModesApply()
        : m_dropped(::geteuid() == 0 && setModeOverrides(false))
        , m_works(::geteuid() != 0 || m_dropped)
    {
    }
    ~ModesApply()
    {
        if (m_dropped)
            setModeOverrides(true);
    }
    ModesApply(const ModesApply&) = delete;
    ModesApply& operator=(const ModesApply&) = delete;

    bool works() const { return m_works; }

private:
    bool m_dropped;
    bool m_works;
};

/// Makes `folder` and the files in it take no write from this process: modes 0500 on the folder and 0400
/// on its files. File modes do not stop root (tests may run as root in containers), so for root it also
/// drops the capabilities that pass them (setModeOverrides()) from the calling thread's effective set: the
/// kernel then applies the modes to it as to anyone, and threads it starts afterwards (a library's worker)
/// inherit that. It is the same check of the same kernel a read-only folder meets; what it does not give is a
/// read-only mount (EROFS), which needs privileges (TestMainWindow makes one in a private mount namespace).
/// works() says whether a write is really refused now (a file created in the folder fails): tests skip with
/// whyNot() otherwise. The destructor restores the modes and the capabilities (of this thread; threads
/// started meanwhile keep theirs).
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString& folder)
        : m_folder(folder)
    {
        for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
            m_files << file.absoluteFilePath();
            ::chmod(QFile::encodeName(file.absoluteFilePath()).constData(), 0400);
        }
        ::chmod(QFile::encodeName(folder).constData(), 0500);
        if (::geteuid() == 0)
            m_dropped = setModeOverrides(false);
        QFile probe(folder + QStringLiteral("/.write-probe"));
        m_works = !probe.open(QIODevice::WriteOnly);
        if (!m_works) {
            probe.remove();
            m_whyNot = ::geteuid() == 0 && !m_dropped
                           ? QStringLiteral("running as root and the capabilities could not be dropped")
                           : QStringLiteral("a folder of mode 0500 still takes writes here");
        }
    }
    ~ReadOnlyFolder() { restore(); }
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    bool works() const { return m_works; }
    QString whyNot() const { return m_whyNot; }

    /// Writable again (modes and capabilities); the destructor does it too.
    void restore()
    {
        if (m_restored)
            return;
        m_restored = true;
        if (m_dropped)
            setModeOverrides(true);
        ::chmod(QFile::encodeName(m_folder).constData(), 0700);
        for (const QString& file : std::as_const(m_files))
            ::chmod(QFile::encodeName(file).constData(), 0600);
    }

private:
    QString m_folder;
    QStringList m_files;
    bool m_dropped = false;
    bool m_works = false;
    bool m_restored = false;
    QString m_whyNot;
};

/// A full disk for this process: RLIMIT_FSIZE (the size no file may grow beyond) set to `bytes`, with
/// SIGXFSZ ignored, so a write past it fails with EFBIG as a write on a full disk fails with ENOSPC (the
/// same short write, then the error), for root too. Restored by the destructor.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        m_works = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

    bool works() const { return m_works; }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = SIG_DFL;
    bool m_works = false;
};

} // namespace sv::test
