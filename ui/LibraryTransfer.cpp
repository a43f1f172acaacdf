#include "LibraryTransfer.h"

#include "library/LibraryFileFormat.h"
#include "library/LibraryService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>

#include <atomic>

namespace sv {

struct LibraryTransfer::State
{
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{-1};
};

namespace {

/// The export's file: stops at the next write once the export is cancelled, and counts the bytes.
class ExportFile : public QSaveFile
{
public:
    ExportFile(const QString& path, LibraryTransfer::State* state, bool countBytes)
        : QSaveFile(path)
        , m_state(state)
        , m_countBytes(countBytes)
    {
    }

protected:
    qint64 writeData(const char* data, qint64 length) override
    {
        if (m_state->cancelled) {
            setErrorString(QCoreApplication::translate("sv::LibraryTransfer", "The export was cancelled."));
            return -1;
        }
        const qint64 written = QSaveFile::writeData(data, length);
        if (m_countBytes && written > 0)
            m_state->done += written;
        return written;
    }

private:
    LibraryTransfer::State* m_state;
    bool m_countBytes;
};

LibraryError transferError(const QString& message)
{
    return LibraryError{message};
}

/// Pages read at once when exporting results.
constexpr int ExportPageSize = 2000;

/// Runs on the library's worker thread.
Result<qint64, LibraryError> exportOnWorker(LibraryDatabase& db, const QString& path, ExportFormat format,
                                            const std::optional<SearchQuery>& query,
                                            const std::shared_ptr<LibraryTransfer::State>& state)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!db.isOpen())
        return transferError(QCoreApplication::translate("sv::LibraryTransfer", "The library is not open."));
    ExportFile file(path, state.get(), !query.has_value());
    // Unbuffered: each write reaches writeData(), which counts it and sees a cancel at once.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return transferError(QCoreApplication::translate("sv::LibraryTransfer", "Cannot write %1: %2")
                                 .arg(shownPath, file.errorString()));
    qint64 written = 0;
    if (!query) {
        // The library's own export: the one the command line runs.
        const auto stats = db.stats();
        if (const auto exported = db.exportTo(file, format); !exported) {
            file.cancelWriting();
            return state->cancelled ? transferError(file.errorString()) : exported.error();
        }
        written = stats ? stats.value().items : -1;
    } else {
        SearchQuery page = *query;
        page.limit = ExportPageSize;
        page.offset = 0;
        LibraryFileFormat::Writer writer(file, format);
        bool ok = writer.begin();
        while (ok) {
            const auto result = db.search(page);
            if (!result) {
                file.cancelWriting();
                return result.error();
            }
            state->total = result.value().total;
            for (const ContentItem& item : result.value().items) {
                ok = writer.write(item);
                if (!ok)
                    break;
                state->done = ++written;
            }
            if (result.value().items.size() < page.limit)
                break;
            page.offset += page.limit;
        }
        if (!ok || !writer.finish()) {
            const QString reason = writer.errorString();
            file.cancelWriting();
            return transferError(reason);
        }
    }
    if (!file.commit())
        return transferError(QCoreApplication::translate("sv::LibraryTransfer", "Cannot write %1: %2")
                                 .arg(shownPath, file.errorString()));
    return written;
}

} // namespace

LibraryTransfer::LibraryTransfer(LibraryService* library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
    m_progressTimer.setInterval(150);
    connect(&m_progressTimer, &QTimer::timeout, this, &LibraryTransfer::reportProgress);
}

LibraryTransfer::~LibraryTransfer()
{
    if (m_state)
        m_state->cancelled = true;
}

std::optional<ExportFormat> LibraryTransfer::formatForFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return ExportFormat::Json;
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QCoro::Task<Result<qint64, LibraryError>> LibraryTransfer::exportTo(QString path, ExportFormat format,
                                                                    std::optional<SearchQuery> query)
{
    if (m_running)
        co_return transferError(tr("Another import or export is running."));
    QPointer<LibraryTransfer> self(this);
    m_running = true;
    auto state = std::make_shared<State>();
    m_state = state;
    m_progressTimer.start();
    auto result = co_await m_library->call(&exportOnWorker, path, format, query, state);
    if (!self)
        co_return result;
    m_progressTimer.stop();
    reportProgress();
    m_running = false;
    m_state.reset();
    co_return result;
}

QCoro::Task<Result<int, LibraryError>> LibraryTransfer::importFrom(QString path, ExportFormat format)
{
    if (m_running)
        co_return transferError(tr("Another import or export is running."));
    QPointer<LibraryTransfer> self(this);
    m_running = true;
    auto result = co_await m_library->importFrom(path, format);
    if (self)
        m_running = false;
    co_return result;
}

void LibraryTransfer::cancel()
{
    if (m_state)
        m_state->cancelled = true;
}

void LibraryTransfer::reportProgress()
{
    if (m_state)
        emit progress(m_state->done, m_state->total);
}

} // namespace sv
