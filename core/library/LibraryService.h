#pragma once

#include "library/ClipGroups.h"
#include "library/ContentHistory.h"
#include "library/LibraryDatabase.h"

#include <QAtomicInteger>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QString>

#include <QCoro/QCoroSignal>
#include <QCoro/QCoroTask>

#include <functional>
#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>

class QThread;

namespace sv {

/// What LibraryService::call(fn, args...) resolves to: what fn(LibraryDatabase&, args...) returns.
template <typename F, typename... Args>
using LibraryCallResult = std::invoke_result_t<std::decay_t<F>&, LibraryDatabase&, std::decay_t<Args>&...>;

/// What LibraryService::search() resolves to.
struct LibrarySearchOutcome
{
    enum class Status {
        Ok,         ///< `result` holds the page.
        Superseded, ///< A newer search was issued before this one started: ignore it.
        Failed      ///< `error` says why.
    };
    Status status = Status::Ok;
    SearchResult result;
    LibraryError error;

    bool isOk() const { return status == Status::Ok; }
    bool isSuperseded() const { return status == Status::Superseded; }
};

/// The asynchronous front of the local library, for the UI and the jobs.
///
/// A LibraryService owns one worker QThread which owns one LibraryDatabase (one SQLite connection).
/// Every call is queued to that thread in order and returns a QCoro::Task that completes on the
/// calling thread's event loop; the calling thread never waits on SQL. Usage from a QObject:
///
/// \code
///   const auto opened = co_await service.open(profile.libraryPath());
///   if (!opened) { showError(opened.error().message); co_return; }
///   const auto outcome = co_await service.search(query);
///   if (outcome.isSuperseded()) co_return;        // the user has typed more: a newer search runs
///   if (!outcome.isOk()) { showError(outcome.error.message); co_return; }
///   model.setItems(outcome.result.items, outcome.result.total);
/// \endcode
///
/// Superseding: each search() takes a new generation number. A queued search whose generation is no
/// longer the newest when the worker reaches it is skipped and resolves to Status::Superseded. A search
/// already running finishes normally. Other operations are never skipped.
///
/// contentChanged() is emitted (on the service's thread) after every write that changed rows:
/// upsert, importFrom, removeAccount, and open() of a different file.
///
/// Every method may be called before open(): the operation then fails with "The library is not open".
/// The destructor skips queued searches, lets other queued operations finish, closes the database on
/// the worker and joins the thread; tasks still awaited then complete with their results.
class LibraryService : public QObject
{
    Q_OBJECT

public:
    explicit LibraryService(QObject* parent = nullptr);
    ~LibraryService() override;

    /// Opens (creating and migrating if needed) the library file; closes the previous one first.
    QCoro::Task<Result<void, LibraryError>> open(const QString& filePath);
    QCoro::Task<> close();
    /// The file opened by the last successful open(), empty otherwise. Thread of the service only.
    QString filePath() const { return m_filePath; }
    /// How the open file is used: read-only when its folder or the disk takes no write
    /// (LibraryDatabase::open()), or since a write met a full disk, a folder turned read-only or one that
    /// went away during the session (LibraryDatabase::noticeFailure()); ReadWrite when closed. Any thread:
    /// the worker writes it, accessChanged() follows each change.
    LibraryAccess access() const;

    QCoro::Task<LibrarySearchOutcome> search(const SearchQuery& query);
    QCoro::Task<Result<ContentItem, LibraryError>> item(qint64 id);
    QCoro::Task<Result<int, LibraryError>> upsert(const QList<ContentItem>& items);
    QCoro::Task<Result<LibraryStats, LibraryError>> stats();
    /// Reads the file on the worker thread; all or nothing (see LibraryDatabase::importFrom).
    QCoro::Task<Result<int, LibraryError>> importFrom(const QString& filePath, ExportFormat format);
    /// Writes through a QSaveFile: an existing file is replaced only when the export succeeded.
    QCoro::Task<Result<void, LibraryError>> exportTo(const QString& filePath, ExportFormat format);
    QCoro::Task<Result<int, LibraryError>> removeAccount(Platform platform, const QString& account);
    /// Performance over time (ContentHistory), read on the worker thread.
    QCoro::Task<Result<QList<HistoryPoint>, LibraryError>> history(qint64 contentId);
    QCoro::Task<Result<PeriodStats, LibraryError>>
    period(int days, const QDate& to, std::optional<Platform> platform, int topCount = 10);
    QCoro::Task<Result<QList<DayViews>, LibraryError>> dailyViewsGained(const QDate& from, const QDate& to,
                                                                        std::optional<Platform> platform);
    QCoro::Task<Result<QList<LibraryAccountSummary>, LibraryError>> accounts();

    // --- Cross-posted clips seen as one (library/ClipGroups.h) ------------------------------------------
    // Items are named by ClipKey (platform, platform id), never by row id; a ClipGroup carries its members
    // (full ContentItems, YouTube, TikTok, Instagram in that order), the rule's verdict on each pair of them
    // (ClipMatch::explanation() is the "why" to show, verdictId() a stable id) and the sums of views, likes,
    // comments and shares: a ClipMetricSum is the sum of the members that have the metric, with the
    // platforms that do not in missingOn (Instagram has no views): show "—" when sum is empty and say that
    // the sum leaves missingOn out. The groups follow the content: after a sync or an import (and on any
    // read after a write) the automatic ones are recomputed on the worker; re-read them on contentChanged()
    // and clipGroupsChanged(). Manual decisions are kept across syncs and restarts.
    /// Every group, manual (confirmed or merged) first, then newest first.
    QCoro::Task<Result<QList<ClipGroup>, LibraryError>> clipGroups();
    /// The group of one item (a details pane), empty when it has none.
    QCoro::Task<Result<std::optional<ClipGroup>, LibraryError>> clipGroupOf(const ClipKey& key);
    /// The creator confirms the item's group: kept as is from now on. Emits clipGroupsChanged().
    QCoro::Task<Result<ClipGroup, LibraryError>> confirmClipGroup(const ClipKey& key);
    /// The creator takes the item out of its group; it is never grouped automatically again (until merged).
    /// Emits clipGroupsChanged().
    QCoro::Task<Result<void, LibraryError>> splitClip(const ClipKey& key);
    /// The creator merges the groups (or lone items) of `a` and `b` into one manual group; refused (with a
    /// message to show) when it would hold two items of one platform. Emits clipGroupsChanged().
    QCoro::Task<Result<ClipGroup, LibraryError>> mergeClips(const ClipKey& a, const ClipKey& b);
    /// Recomputes the automatic groups if the content changed since (sync jobs call it when they finish).
    QCoro::Task<Result<ClipGroups::RefreshOutcome, LibraryError>> refreshClipGroups();

    /// Runs `fn(db, args...)` on the worker thread with the service's database `db` (open or not: the
    /// function checks isOpen()) and resolves, on the calling thread, to what it returns. `fn` is a function
    /// (&AccountTable::all, &LibraryDatabase::stats) or a function object; `args` are copied. For the
    /// subsystems keeping tables in the file (sync's accounts, ledger and outbox). `fn` must not keep the
    /// reference, and it must not block for long: searches queue behind it. When the worker never runs it
    /// (the service was destroyed first), the task resolves to shutdownError() for results that can hold a
    /// LibraryError, else to a value-initialised result.
    ///
    /// This is the one way from a coroutine onto the worker. It is not a coroutine itself: the function and
    /// its arguments are copied into the job before anything suspends. Pass a function and its arguments
    /// rather than a closure written inside the co_await expression, and name class-type arguments as
    /// locals first: g++ 12 destroys a temporary (a closure, a QString) of a co_await expression twice.
    template <typename F, typename... Args>
    QCoro::Task<LibraryCallResult<F, Args...>> call(F&& fn, Args&&... args)
    {
        return callOr(shutdownError(), std::forward<F>(fn), std::forward<Args>(args)...);
    }
    /// call() resolving to `notRun` (for results that can hold a LibraryError) when the worker never runs it.
    template <typename F, typename... Args>
    QCoro::Task<LibraryCallResult<F, Args...>> callOr(LibraryError notRun, F&& fn, Args&&... args);

    /// Runs `fn` like call() and resolves to T{} if the service is destroyed before `fn` could run.
    template <typename T>
    QCoro::Task<T> run(std::function<T(LibraryDatabase&)> fn)
    {
        return awaitFuture<T>(post<T>(std::move(fn)), T{});
    }

    /// Sets an open hook of the database (LibraryDatabase::setOpenHook()) on the worker thread, in order with
    /// the other operations: how the cache and sync attach their tables to every library the service opens.
    void setOpenHook(const QString& name, LibraryDatabase::OpenHook hook);

    /// Queues `fn` to the worker thread like run(), in order with every other operation, and returns at once:
    /// nothing waits for it (the cache's writes, whose outcome nobody awaits). It runs on the service's
    /// database (open or not: check isOpen()) before the destructor closes it.
    void runDetached(std::function<void(LibraryDatabase&)> fn);

    /// Announces contentChanged() for writes made through run() (a sync's batches, an account removed), so
    /// every view of the library refreshes as items arrive. Thread-safe; the signal is queued.
    void notifyContentChanged();

    /// Test hook: called on the worker thread right before a search that was not superseded runs.
    void setSearchStartedHook(std::function<void(const SearchQuery&)> hook);

Q_SIGNALS:
    void contentChanged();
    /// access() changed (an open, a close, or a write that found the storage unusable): queued.
    void accessChanged();
    /// A manual decision or a recompute after an import changed the groups of cross-posted clips.
    void clipGroupsChanged();

private:
    /// Queues `fn` to the worker thread; the future resolves with its value.
    template <typename T>
    QFuture<T> post(std::function<T(LibraryDatabase&)> fn);
    void postToWorker(std::function<void()> fn);
    template <typename T>
    static QCoro::Task<T> awaitFuture(QFuture<T> future, T fallback);
    static LibraryError notOpenError();
    static LibraryError shutdownError();
    template <typename R>
    static R notRunResult(LibraryError error);
    /// A failed result of an operation: the database learns whether the storage failed under it (it then
    /// turns read-only) and the error becomes the reason in plain words (LibraryDatabase::noticeFailure()).
    template <typename T>
    static void noticeFailure(LibraryDatabase& db, T& value);

    QThread* m_thread = nullptr;
    QObject* m_context = nullptr;          ///< Lives on m_thread; queued calls run in its context.
    std::unique_ptr<LibraryDatabase> m_db; ///< Used on m_thread only.
    std::shared_ptr<QAtomicInteger<quint64>> m_searchGeneration;
    std::shared_ptr<std::function<void(const SearchQuery&)>> m_searchStartedHook;
    QString m_filePath;
    /// access(), written on the worker (LibraryDatabase's access hook), read from any thread.
    struct AccessState;
    std::shared_ptr<AccessState> m_accessState;
};

template <typename T>
void LibraryService::noticeFailure(LibraryDatabase& db, T& value)
{
    if constexpr (std::is_constructible_v<T, LibraryError> && requires { value.error(); }) {
        if (!value && db.isOpen())
            value = T(db.noticeFailure(value.error()));
    }
}

template <typename T>
QFuture<T> LibraryService::post(std::function<T(LibraryDatabase&)> fn)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    LibraryDatabase* db = m_db.get();
    postToWorker([db, promise, fn = std::move(fn)]() mutable {
        T value = fn(*db);
        noticeFailure(*db, value);
        promise->addResult(std::move(value));
        promise->finish();
    });
    return future;
}

template <typename T>
QCoro::Task<T> LibraryService::awaitFuture(QFuture<T> future, T fallback)
{
    QFutureWatcher<T> watcher;
    watcher.setFuture(future);
    if (!future.isFinished())
        co_await qCoro(&watcher, &QFutureWatcherBase::finished);
    if (future.isCanceled() || future.resultCount() == 0)
        co_return fallback;
    co_return future.result();
}

template <typename R>
R LibraryService::notRunResult(LibraryError error)
{
    if constexpr (std::is_constructible_v<R, LibraryError>)
        return R(std::move(error));
    else
        return R{};
}

template <typename F, typename... Args>
QCoro::Task<LibraryCallResult<F, Args...>> LibraryService::callOr(LibraryError notRun, F&& fn, Args&&... args)
{
    using R = LibraryCallResult<F, Args...>;
    std::function<R(LibraryDatabase&)> job =
        [fn = std::forward<F>(fn),
         bound = std::make_tuple(std::forward<Args>(args)...)](LibraryDatabase& db) mutable -> R {
        return std::apply([&](auto&... a) -> R { return std::invoke(fn, db, a...); }, bound);
    };
    return awaitFuture<R>(post<R>(std::move(job)), notRunResult<R>(std::move(notRun)));
}

} // namespace sv
