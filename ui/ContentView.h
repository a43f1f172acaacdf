#pragma once

#include "ContentFilterBar.h"
#include "FolderOpener.h"

#include "Result.h"
#include "library/LibraryDatabase.h"
#include "library/SearchQuery.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <QCoro/QCoroTask>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;

namespace sv {

class ContentDetailsPane;
class ContentItemDelegate;
class ContentListModel;
class EmptyStateWidget;
class LibraryService;
class ThumbnailLoader;
class VisibleThumbnails;

/// Offline search over the creator's library: search-as-you-type, filters and sort (ContentFilterBar),
/// paged results and a details pane. Every query runs on the LibraryService's worker thread.
class ContentView : public QWidget
{
    Q_OBJECT
public:
    enum class State {
        Opening,      ///< The library is being opened.
        Results,      ///< The result list (possibly still loading the first page).
        EmptyLibrary, ///< The library holds no items at all.
        NoMatch,      ///< Items exist, but none matches the search and filters.
        Error,        ///< The library could not be opened or searched.
    };
    Q_ENUM(State)

    using DateRange = ContentFilterBar::DateRange;
    static constexpr DateRange AnyTime = ContentFilterBar::AnyTime;
    static constexpr DateRange Last7Days = ContentFilterBar::Last7Days;
    static constexpr DateRange Last30Days = ContentFilterBar::Last30Days;
    static constexpr DateRange Last12Months = ContentFilterBar::Last12Months;
    static constexpr DateRange CustomRange = ContentFilterBar::CustomRange;

    static constexpr int SearchDebounceMs = 150;
    /// Library changes (a running sync) refresh the list at most once per this interval.
    static constexpr int LibraryChangeCoalesceMs = 400;
    static constexpr int PageSize = 50;
    /// The rows this many viewports below the view's bottom are loaded as well, so that they are there before
    /// a user scrolling down reaches them (a fling moves about a viewport per frame; loading ahead costs the
    /// UI thread nothing, the rows are in the model already).
    static constexpr int FetchAheadViewports = 10;

    explicit ContentView(LibraryService* service, QWidget* parent = nullptr);
    ~ContentView() override;

    /// Shows everything in the library once the composition root has opened it: `opened` completes with
    /// the outcome of opening `filePath` (ProfileServices::libraryReady()); the view opens no file itself.
    /// libraryOpened() or libraryFailed() follow; when `opened` completes at once they are emitted before
    /// this returns.
    void showLibrary(QCoro::Task<Result<void, LibraryError>> opened, const QString& filePath);
    /// Puts the keyboard focus into the search field and selects its text.
    void focusSearch();
    /// Shows an error in place of the results (e.g. the profile itself is unusable).
    void showError(const QString& heading, const QString& message);
    /// How "Open the profile folder" opens a folder (default: the desktop's file manager, QDesktopServices).
    void setFolderOpener(FolderOpener opener);
    /// Sets the search text and searches at once, without waiting for the typing pause.
    void searchNow(const QString& text);
    /// Shows the items `choice` chooses (the search cleared, the filters as it says), from the first.
    void showChoice(const ContentFilterBar::Choice& choice);
    /// Shows `item` selected in the list: the search and filters cleared but for the item's platform, sorted
    /// and filtered as `choice` says, further pages loaded until it is there. itemRevealed() follows.
    void revealItem(const ContentItem& item, ContentFilterBar::Choice choice);

    State state() const { return m_state; }
    /// The query the current filters and text describe.
    SearchQuery currentQuery() const;
    qint64 libraryItemCount() const { return m_libraryItems; }
    /// The clock relative date ranges are measured from (tests).
    void setClock(std::function<QDateTime()> now);
    /// Shows the items' thumbnails from `loader` (not owned; null: the platform icons): the visible rows'
    /// in the list, a larger one in the details pane.
    void setThumbnails(ThumbnailLoader* loader);
    /// What keeps the loader's requests to the visible rows; null without thumbnails.
    VisibleThumbnails* visibleThumbnails() const { return m_visibleThumbnails; }

    // The parts a user interacts with; for tests and for the main window's shortcuts.
    QLineEdit* searchField() const { return m_search; }
    QListView* resultList() const { return m_list; }
    ContentListModel* model() const { return m_model; }
    ContentDetailsPane* detailsPane() const { return m_details; }
    ContentFilterBar* filterBar() const { return m_filters; }
    QComboBox* platformFilter() const { return m_filters->platformFilter(); }
    QComboBox* kindFilter() const { return m_filters->kindFilter(); }
    QComboBox* dateFilter() const { return m_filters->dateFilter(); }
    QDateEdit* dateFromEdit() const { return m_filters->dateFromEdit(); }
    QDateEdit* dateToEdit() const { return m_filters->dateToEdit(); }
    QComboBox* sortOrder() const { return m_filters->sortOrder(); }
    QComboBox* accountFilter() const { return m_filters->accountFilter(); }
    QLabel* resultCountLabel() const { return m_filters->resultCountLabel(); }
    /// The empty state on screen for EmptyLibrary, NoMatch and Error; null otherwise.
    EmptyStateWidget* currentEmptyState() const;

signals:
    void libraryOpened();
    void libraryFailed(const QString& message);
    void libraryItemCountChanged(qint64 items);
    void stateChanged(sv::ContentView::State state);
    /// The empty library's actions: "Connect accounts" and "Import…".
    void connectAccountsRequested();
    void importRequested();
    /// The library could not be opened and the user chose Retry (the folder was made usable again).
    void retryRequested();
    /// The first page of search `generation` (results or an empty state) has been painted.
    void resultsShown(quint64 generation);
    /// revealItem()'s item is selected (`found`), or it is not in the library.
    void itemRevealed(qint64 id, bool found);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildSearchBar();
    void runSearch();
    void onResultsReady(quint64 generation);
    void onSearchFailed(const QString& message);
    void onCurrentChanged(const QModelIndex& current);
    void onActivated(const QModelIndex& index);
    /// Selects a member of the details pane's cross-posted group: in the results, or revealed.
    void showGroupMember(const ContentItem& item);
    void clearSearchAndFilters();
    void setState(State state);
    void updateCountLabel();
    QCoro::Task<> showLibraryTask(QCoro::Task<Result<void, LibraryError>> opened, QString filePath);
    QCoro::Task<> refreshStats();
    QCoro::Task<> refreshAccounts();
    /// Selects the item revealItem() asked for when it is among rows `first` to `last` (just loaded); asks
    /// for the next page otherwise.
    void continueReveal(int first, int last);
    /// Reads the rows again (the library or the groups changed), the selected item kept selected where it is
    /// now.
    void refreshKeepingSelection();
    /// The row among the loaded rows `first` to `last` that holds item `id`; -1 when none does. With
    /// `listing`, also the first of them that lists it through a group mate's row (-1: none), in the same
    /// pass.
    int loadedRowOf(qint64 id, int first, int last, int* listing = nullptr) const;
    void fetchAhead();
    void onRowsLoaded(int first, int last);
    /// Asks the library where item `id` is in the results of the refresh `generation`, to select it there
    /// (placeReselection()); `lookup` is the newest lookup's number when it starts (a later one wins).
    QCoro::Task<> lookUpReselection(qint64 id, quint64 generation, quint64 lookup);
    /// Keeps m_refreshReselectId selected through the refresh under way: looks up its row in the new order.
    void startReselection(qint64 id);
    /// Selects the item being kept once its row is known and loaded (loads it otherwise), without scrolling.
    void placeReselection();
    /// Stops keeping an item selected through a refresh (a newer choice, or a new search).
    void cancelReselection();
    void onLibraryChanged();
    void endOpenChange();
    void applyLibraryChange();

    LibraryService* m_service;
    ContentListModel* m_model;
    std::function<QDateTime()> m_now;
    QTimer m_debounce;
    QTimer m_changeCoalesce; ///< A sync announces a change per page: refresh at most this often.
    State m_state = State::Opening;
    bool m_open = false;
    bool m_swallowOpenChange = false;
    bool m_changePending = false;
    qint64 m_libraryItems = -1;
    qint64 m_reselectId = 0; ///< The selected item's id across a model reset.
    /// The selected item's id while a refresh reads the rows again, until it is selected where it now is
    /// (or it is gone); the rows read meanwhile may show another item on the current row.
    qint64 m_refreshReselectId = 0;
    quint64 m_reselectGeneration = 0; ///< The model's generation the lookup of its row was asked for.
    quint64 m_reselectLookup = 0;     ///< The newest lookup; an older one's answer is dropped.
    int m_reselectRow = -1;           ///< Its row in the new order, once the library said.
    bool m_reselecting = false;       ///< While the view itself moves the current row.
    qint64 m_revealId = 0;            ///< The item revealItem() is looking for.
    quint64 m_pendingShown = 0;       ///< A generation whose first paint is awaited.

    QLineEdit* m_search = nullptr;
    ContentFilterBar* m_filters = nullptr;
    QStackedWidget* m_pages = nullptr;
    QSplitter* m_splitter = nullptr;
    QListView* m_list = nullptr;
    ContentItemDelegate* m_delegate = nullptr;
    VisibleThumbnails* m_visibleThumbnails = nullptr;
    ContentDetailsPane* m_details = nullptr;
    EmptyStateWidget* m_emptyLibrary = nullptr;
    EmptyStateWidget* m_noMatch = nullptr;
    EmptyStateWidget* m_error = nullptr;
    /// The folder "Open the profile folder" opens (the library's), and how.
    QString m_libraryFolder;
    FolderOpener m_folderOpener;
};

} // namespace sv
