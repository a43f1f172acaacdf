#include "library/LibraryService.h"

#include "ThreadPriority.h"

#include <QCoreApplication>
#include <QFile>
#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QSaveFile>
#include <QThread>

namespace sv {

namespace {

/// Emits clipGroupsChanged() (queued) after a successful change of the groups; returns `result`.
template <typename R>
R announceGroups(const QPointer<LibraryService>& self, R result)
{
    bool changed = bool(result);
    if constexpr (std::is_same_v<R, Result<ClipGroups::RefreshOutcome, LibraryError>>)
        changed = changed && result.value().recomputed;
    if (changed && self)
        QMetaObject::invokeMethod(self.data(), &LibraryService::clipGroupsChanged, Qt::QueuedConnection);
    return result;
}

} // namespace

struct LibraryService::AccessState
{
    mutable QMutex mutex;
    LibraryAccess access;
};

LibraryService::LibraryService(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_context(new QObject)
    , m_db(std::make_unique<LibraryDatabase>())
    , m_searchGeneration(std::make_shared<QAtomicInteger<quint64>>(0))
    , m_searchStartedHook(std::make_shared<std::function<void(const SearchQuery&)>>())
    , m_accessState(std::make_shared<AccessState>())
{
    // Set before the worker starts; the hook runs on the worker.
    m_db->setAccessHook(
        [state = m_accessState, self = QPointer<LibraryService>(this)](const LibraryAccess& a) {
            QMutexLocker lock(&state->mutex);
            const bool changed = a.mode != state->access.mode || a.detail != state->access.detail;
            state->access = a;
            lock.unlock();
            if (changed && self)
                QMetaObject::invokeMethod(self.data(), &LibraryService::accessChanged, Qt::QueuedConnection);
        });
    m_thread->setObjectName(QStringLiteral("sv-library"));
    m_context->moveToThread(m_thread);
    m_thread->start();
    // A step below the GUI thread: when both want the CPU (a page read while the list is painted), the GUI
    // thread's frame comes first; the library still gets most of its share (see ThreadPriority).
    QMetaObject::invokeMethod(
        m_context, [] { lowerCurrentThreadPriority(ThreadPriority::Worker); }, Qt::QueuedConnection);
}

LibraryService::~LibraryService()
{
    // Queued searches are stale now: they resolve as superseded without running.
    m_searchGeneration->fetchAndAddOrdered(1);
    LibraryDatabase* db = m_db.get();
    // FIFO: every operation queued before this one has run (and fulfilled its promise) when it returns.
    QMetaObject::invokeMethod(
        m_context,
        [db] {
            db->setAccessHook({}); // nobody to tell any more
            db->close();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

LibraryAccess LibraryService::access() const
{
    QMutexLocker lock(&m_accessState->mutex);
    return m_accessState->access;
}

void LibraryService::postToWorker(std::function<void()> fn)
{
    QMetaObject::invokeMethod(m_context, std::move(fn), Qt::QueuedConnection);
}

LibraryError LibraryService::notOpenError()
{
    LibraryError e;
    e.message = tr("The library is not open.");
    return e;
}

LibraryError LibraryService::shutdownError()
{
    LibraryError e;
    e.message = tr("The library was closed before the operation could run.");
    return e;
}

void LibraryService::setSearchStartedHook(std::function<void(const SearchQuery&)> hook)
{
    auto holder = m_searchStartedHook;
    postToWorker([holder, hook = std::move(hook)] { *holder = hook; });
}

QCoro::Task<Result<void, LibraryError>> LibraryService::open(const QString& path)
{
    const QString filePath = path; // the reference may not outlive the first suspension
    QPointer<LibraryService> self(this);
    using Opened = std::pair<Result<void, LibraryError>, LibraryAccess>;
    auto future = post<Opened>([filePath, self](LibraryDatabase& db) {
        const QString previous = db.filePath();
        auto opened = db.open(filePath);
        if (opened && previous != filePath && self)
            QMetaObject::invokeMethod(self.data(), &LibraryService::contentChanged, Qt::QueuedConnection);
        return Opened(std::move(opened), db.access());
    });
    Opened opened = co_await awaitFuture<Opened>(future, Opened(shutdownError(), {}));
    if (self)
        self->m_filePath = opened.first ? filePath : QString();
    co_return opened.first;
}

QCoro::Task<> LibraryService::close()
{
    QPointer<LibraryService> self(this);
    auto future = post<bool>([](LibraryDatabase& db) {
        db.close();
        return true;
    });
    co_await awaitFuture<bool>(future, false);
    if (self)
        self->m_filePath.clear();
}

QCoro::Task<LibrarySearchOutcome> LibraryService::search(const SearchQuery& query)
{
    const quint64 generation = m_searchGeneration->fetchAndAddOrdered(1) + 1;
    auto current = m_searchGeneration;
    auto hook = m_searchStartedHook;
    auto future = post<LibrarySearchOutcome>([query, generation, current, hook](LibraryDatabase& db) {
        LibrarySearchOutcome outcome;
        if (current->loadAcquire() != generation) {
            outcome.status = LibrarySearchOutcome::Status::Superseded;
            return outcome;
        }
        if (*hook)
            (*hook)(query);
        if (!db.isOpen()) {
            outcome.status = LibrarySearchOutcome::Status::Failed;
            outcome.error = notOpenError();
            return outcome;
        }
        auto result = db.search(query);
        if (result) {
            outcome.result = std::move(result).value();
        } else {
            outcome.status = LibrarySearchOutcome::Status::Failed;
            outcome.error = result.error();
        }
        return outcome;
    });
    LibrarySearchOutcome superseded;
    superseded.status = LibrarySearchOutcome::Status::Superseded;
    co_return co_await awaitFuture<LibrarySearchOutcome>(future, superseded);
}

QCoro::Task<Result<ContentItem, LibraryError>> LibraryService::item(qint64 id)
{
    return call(
        [](LibraryDatabase& db, qint64 itemId) -> Result<ContentItem, LibraryError> {
            if (!db.isOpen())
                return notOpenError();
            return db.item(itemId);
        },
        id);
}

QCoro::Task<Result<int, LibraryError>> LibraryService::upsert(const QList<ContentItem>& items)
{
    return call(
        [self = QPointer<LibraryService>(this)](
            LibraryDatabase& db, const QList<ContentItem>& written) -> Result<int, LibraryError> {
            if (!db.isOpen())
                return notOpenError();
            auto result = db.upsert(written);
            if (result && result.value() > 0 && self)
                QMetaObject::invokeMethod(self.data(), &LibraryService::contentChanged, Qt::QueuedConnection);
            return result;
        },
        items);
}

QCoro::Task<Result<LibraryStats, LibraryError>> LibraryService::stats()
{
    return call([](LibraryDatabase& db) -> Result<LibraryStats, LibraryError> {
        if (!db.isOpen())
            return notOpenError();
        return db.stats();
    });
}

QCoro::Task<Result<int, LibraryError>> LibraryService::importFrom(const QString& filePath,
                                                                  ExportFormat format)
{
    return call(
        [self = QPointer<LibraryService>(this)](LibraryDatabase& db, const QString& path,
                                                ExportFormat fileFormat) -> Result<int, LibraryError> {
            if (!db.isOpen())
                return notOpenError();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                LibraryError e;
                e.message = tr("Cannot read %1: %2").arg(path, file.errorString());
                return e;
            }
            auto result = db.importFrom(file, fileFormat);
            if (result && result.value() > 0 && self)
                QMetaObject::invokeMethod(self.data(), &LibraryService::contentChanged, Qt::QueuedConnection);
            // The imported items' cross-posts are grouped now, on this worker, not at the next read.
            if (result && result.value() > 0)
                announceGroups(self, ClipGroups::refresh(db));
            return result;
        },
        filePath, format);
}

QCoro::Task<Result<void, LibraryError>> LibraryService::exportTo(const QString& filePath, ExportFormat format)
{
    return call(
        [](LibraryDatabase& db, const QString& path, ExportFormat fileFormat) -> Result<void, LibraryError> {
            if (!db.isOpen())
                return notOpenError();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                LibraryError e;
                e.message = tr("Cannot write %1: %2").arg(path, file.errorString());
                return e;
            }
            if (auto exported = db.exportTo(file, fileFormat); !exported) {
                file.cancelWriting();
                return exported;
            }
            if (!file.commit()) {
                LibraryError e;
                e.message = tr("Cannot write %1: %2").arg(path, file.errorString());
                return e;
            }
            return {};
        },
        filePath, format);
}

QCoro::Task<Result<int, LibraryError>> LibraryService::removeAccount(Platform platform,
                                                                     const QString& account)
{
    return call(
        [self = QPointer<LibraryService>(this)](LibraryDatabase& db, Platform removedPlatform,
                                                const QString& removed) -> Result<int, LibraryError> {
            if (!db.isOpen())
                return notOpenError();
            auto result = db.removeAccount(removedPlatform, removed);
            if (result && result.value() > 0 && self)
                QMetaObject::invokeMethod(self.data(), &LibraryService::contentChanged, Qt::QueuedConnection);
            return result;
        },
        platform, account);
}

QCoro::Task<Result<QList<HistoryPoint>, LibraryError>> LibraryService::history(qint64 contentId)
{
    return call(&ContentHistory::forItem, contentId);
}

QCoro::Task<Result<PeriodStats, LibraryError>>
LibraryService::period(int days, const QDate& to, std::optional<Platform> platform, int topCount)
{
    return call(&ContentHistory::period, days, to, platform, topCount);
}

QCoro::Task<Result<QList<DayViews>, LibraryError>>
LibraryService::dailyViewsGained(const QDate& from, const QDate& to, std::optional<Platform> platform)
{
    return call(&ContentHistory::dailyViewsGained, from, to, platform);
}

QCoro::Task<Result<QList<LibraryAccountSummary>, LibraryError>> LibraryService::accounts()
{
    return call(&ContentHistory::accounts);
}

QCoro::Task<Result<QList<ClipGroup>, LibraryError>> LibraryService::clipGroups()
{
    return call(&ClipGroups::list);
}

QCoro::Task<Result<std::optional<ClipGroup>, LibraryError>> LibraryService::clipGroupOf(const ClipKey& key)
{
    return call(&ClipGroups::groupOf, key);
}

QCoro::Task<Result<ClipGroup, LibraryError>> LibraryService::confirmClipGroup(const ClipKey& key)
{
    return call(
        [self = QPointer<LibraryService>(this)](LibraryDatabase& db, const ClipKey& k) {
            return announceGroups(self, ClipGroups::confirm(db, k));
        },
        key);
}

QCoro::Task<Result<void, LibraryError>> LibraryService::splitClip(const ClipKey& key)
{
    return call(
        [self = QPointer<LibraryService>(this)](LibraryDatabase& db, const ClipKey& k) {
            return announceGroups(self, ClipGroups::split(db, k));
        },
        key);
}

QCoro::Task<Result<ClipGroup, LibraryError>> LibraryService::mergeClips(const ClipKey& a, const ClipKey& b)
{
    return call(
        [self = QPointer<LibraryService>(this)](LibraryDatabase& db, const ClipKey& first,
                                                const ClipKey& second) {
            return announceGroups(self, ClipGroups::merge(db, first, second));
        },
        a, b);
}

QCoro::Task<Result<ClipGroups::RefreshOutcome, LibraryError>> LibraryService::refreshClipGroups()
{
    return call([self = QPointer<LibraryService>(this)](LibraryDatabase& db) {
        return announceGroups(self, ClipGroups::refresh(db));
    });
}

void LibraryService::setOpenHook(const QString& name, LibraryDatabase::OpenHook hook)
{
    LibraryDatabase* db = m_db.get();
    postToWorker([db, name, hook = std::move(hook)] { db->setOpenHook(name, hook); });
}

void LibraryService::runDetached(std::function<void(LibraryDatabase&)> fn)
{
    LibraryDatabase* db = m_db.get();
    postToWorker([db, fn = std::move(fn)] { fn(*db); });
}

void LibraryService::notifyContentChanged()
{
    QMetaObject::invokeMethod(this, &LibraryService::contentChanged, Qt::QueuedConnection);
}

} // namespace sv
