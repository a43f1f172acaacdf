#pragma once

#include "Result.h"
#include "library/LibraryDatabase.h"
#include "library/SearchQuery.h"

#include <QObject>
#include <QTimer>

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

namespace sv {

class LibraryService;

/// Import and export of the library for the desktop app: the library's own file formats and code
/// (LibraryDatabase::importFrom / exportTo and LibraryFileFormat, what `streamvibe-cli library import` and
/// `export` use), run on the library's worker thread: the UI thread never waits.
///
/// An export writes through a QSaveFile: the file appears (or an existing one is replaced) only when the
/// export succeeded; cancel() stops it at its next write and leaves no file. progress() reports, a few times
/// a second while it runs, the items written (the current results) or the bytes written (the whole library).
/// An import is all or nothing, as in the CLI; it cannot be cancelled half way.
class LibraryTransfer : public QObject
{
    Q_OBJECT
public:
    explicit LibraryTransfer(LibraryService* library, QObject* parent = nullptr);
    ~LibraryTransfer() override;

    /// JSON or CSV from the file's extension (".json", ".csv"); nullopt for any other.
    static std::optional<ExportFormat> formatForFile(const QString& path);

    /// Writes the whole library (`query` empty) or every result of `query` (all its pages, in its order) to
    /// `path`. Resolves to the number of items written.
    QCoro::Task<Result<qint64, LibraryError>> exportTo(QString path, ExportFormat format,
                                                       std::optional<SearchQuery> query = std::nullopt);
    /// Adds (or updates) the items of `path`; resolves to their number.
    QCoro::Task<Result<int, LibraryError>> importFrom(QString path, ExportFormat format);

    bool isRunning() const { return m_running; }
    /// Stops a running export: it resolves to an error saying so and leaves no file.
    void cancel();

    /// The state shared with the worker thread (internal).
    struct State;

Q_SIGNALS:
    /// `done` of `total` items (`total` -1: unknown, `done` then counts bytes written).
    void progress(qint64 done, qint64 total);

private:
    void reportProgress();

    LibraryService* m_library;
    std::shared_ptr<State> m_state;
    QTimer m_progressTimer;
    bool m_running = false;
};

} // namespace sv
