#include "ContentView.h"

#include "ContentDetailsPane.h"
#include "ContentFilterBar.h"
#include "ContentItemDelegate.h"
#include "ContentListModel.h"
#include "EmptyStateWidget.h"
#include "Format.h"
#include "Icons.h"
#include "ThumbnailLoader.h"
#include "VisibleThumbnails.h"
#include "library/LibraryService.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <limits>

namespace sv {

namespace {
enum Page { ResultsPage, EmptyLibraryPage, NoMatchPage, ErrorPage };
} // namespace

ContentView::ContentView(LibraryService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new ContentListModel(service, this))
    , m_now([] { return QDateTime::currentDateTime(); })
{
    setObjectName(QStringLiteral("contentView"));
    Icons::initResources();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(SearchDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ContentView::runSearch);
    m_changeCoalesce.setSingleShot(true);
    m_changeCoalesce.setInterval(LibraryChangeCoalesceMs);
    connect(&m_changeCoalesce, &QTimer::timeout, this, [this] {
        if (!m_changePending)
            return;
        m_changePending = false;
        applyLibraryChange();
        m_changeCoalesce.start(); // keep folding while changes keep coming
    });

    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("contentHeader"));
    auto* headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(20, 16, 20, 12);
    headerLayout->setSpacing(10);
    headerLayout->addWidget(buildSearchBar());
    m_filters = new ContentFilterBar(header);
    connect(m_filters, &ContentFilterBar::changed, this, &ContentView::runSearch);
    headerLayout->addWidget(m_filters);

    // Results: the list and the details pane side by side.
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("contentList"));
    m_list->setModel(m_model);
    m_delegate = new ContentItemDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->setAttribute(Qt::WA_MacShowFocusRect, false);
    m_list->setAccessibleName(tr("Search results"));
    m_list->viewport()->installEventFilter(this);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection& selected) {
                // The user selects the current row again (its highlight was taken off while a refresh looks
                // for the item that was selected): that row's item is the choice now.
                if (m_refreshReselectId != 0 && !m_reselecting && !m_model->isRemovingRows() &&
                    selected.contains(m_list->currentIndex()))
                    onCurrentChanged(m_list->currentIndex());
            });
    connect(m_list, &QListView::activated, this, &ContentView::onActivated);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &ContentView::fetchAhead);
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ContentView::fetchAhead);

    m_details = new ContentDetailsPane(this);
    m_details->setLibrary(m_service);
    connect(m_details, &ContentDetailsPane::memberActivated, this, &ContentView::showGroupMember);
    connect(m_model, &ContentListModel::groupsLoaded, m_details, &ContentDetailsPane::reloadGroup);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("contentSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({600, 380});

    m_emptyLibrary = new EmptyStateWidget(this);
    m_emptyLibrary->setObjectName(QStringLiteral("emptyLibraryState"));
    m_emptyLibrary->setIcon(Icons::named(QStringLiteral("state-library-empty")));
    m_emptyLibrary->setHeading(tr("Your library is empty"));
    m_emptyLibrary->setText(tr("Connect a platform or import a backup. Everything you have published on "
                               "YouTube, Instagram and TikTok then becomes searchable here, even offline."));
    m_emptyLibrary->setActionText(tr("Connect accounts"));
    m_emptyLibrary->setSecondaryActionText(tr("Import…"));
    connect(m_emptyLibrary, &EmptyStateWidget::actionTriggered, this, &ContentView::connectAccountsRequested);
    connect(m_emptyLibrary, &EmptyStateWidget::secondaryActionTriggered, this, &ContentView::importRequested);

    m_noMatch = new EmptyStateWidget(this);
    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    m_noMatch->setIcon(Icons::named(QStringLiteral("state-no-match")));
    m_noMatch->setActionText(tr("Clear search and filters"));
    connect(m_noMatch, &EmptyStateWidget::actionTriggered, this, &ContentView::clearSearchAndFilters);

    m_error = new EmptyStateWidget(this);
    m_error->setObjectName(QStringLiteral("libraryErrorState"));
    m_error->setIcon(Icons::named(QStringLiteral("state-error")));
    // A library that cannot be opened: what helps is trying again once the folder is fixed, and the folder.
    connect(m_error, &EmptyStateWidget::actionTriggered, this, &ContentView::retryRequested);
    connect(m_error, &EmptyStateWidget::secondaryActionTriggered, this, [this] {
        if (!m_libraryFolder.isEmpty() && m_folderOpener)
            m_folderOpener(m_libraryFolder);
    });
    m_folderOpener = openFolderOnDesktop;

    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(ResultsPage, m_splitter);
    m_pages->insertWidget(EmptyLibraryPage, m_emptyLibrary);
    m_pages->insertWidget(NoMatchPage, m_noMatch);
    m_pages->insertWidget(ErrorPage, m_error);
    for (QWidget* page : {static_cast<QWidget*>(m_emptyLibrary), static_cast<QWidget*>(m_noMatch),
                          static_cast<QWidget*>(m_error)})
        page->installEventFilter(this);

    auto* separator = new QFrame(this);
    separator->setObjectName(QStringLiteral("contentSeparator"));
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Plain);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);

    // Keyboard: Ctrl+F / Ctrl+K focus the search, Escape clears it.
    for (const QKeySequence& keys : {QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_K)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        shortcut->setWhatsThis(tr("Search the library"));
        connect(shortcut, &QShortcut::activated, this, &ContentView::focusSearch);
    }
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    escape->setWhatsThis(tr("Clear the search"));
    connect(escape, &QShortcut::activated, this, [this] {
        m_search->clear();
        focusSearch();
    });

    connect(m_model, &ContentListModel::resultsReady, this, &ContentView::onResultsReady);
    connect(m_model, &ContentListModel::searchFailed, this, &ContentView::onSearchFailed);
    // New results keep the item the user is looking at selected when it is still among them.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        m_reselectId = m_refreshReselectId != 0 ? m_refreshReselectId
                       : current.isValid()      ? m_model->itemAt(current.row()).id
                                                : 0;
        cancelReselection();
    });
    connect(m_model, &ContentListModel::rowsLoaded, this, &ContentView::onRowsLoaded);
    connect(m_model, &ContentListModel::regrouped, this, &ContentView::refreshKeepingSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A new search starts at the top (the list may have as many rows as before, whose place means
        // nothing now).
        m_list->scrollToTop();
        if (m_revealId != 0) {
            continueReveal(0, m_model->rowCount() - 1);
            return;
        }
        if (const int row = loadedRowOf(m_reselectId, 0, m_model->rowCount() - 1); row >= 0) {
            m_list->setCurrentIndex(m_model->index(row));
            return;
        }
        m_details->clear();
    });
    connect(m_service, &LibraryService::contentChanged, this, &ContentView::onLibraryChanged,
            Qt::QueuedConnection);

    setState(State::Opening);
    updateCountLabel();
}

ContentView::~ContentView() = default;

QWidget* ContentView::buildSearchBar()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("contentSearch"));
    m_search->setPlaceholderText(tr("Search titles and descriptions (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::named(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumHeight(38);
    QFont font = m_search->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_search->setFont(font);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Programmatic changes (clear button, Escape) search at once; typing waits for a pause.
        if (!m_search->isModified() || text.isEmpty())
            runSearch();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &ContentView::runSearch);
    return m_search;
}

void ContentView::showLibrary(QCoro::Task<Result<void, LibraryError>> opened, const QString& filePath)
{
    showLibraryTask(std::move(opened), filePath);
}

QCoro::Task<> ContentView::showLibraryTask(QCoro::Task<Result<void, LibraryError>> opened, QString filePath)
{
    QPointer<ContentView> self(this);
    m_open = false;
    setState(State::Opening);
    updateCountLabel();
    // Opening a file announces contentChanged once, and the first search below covers it: that announcement
    // is swallowed. The root may have started the open before this call, even finished it (the announcement
    // then already waits in the event queue), so the view cannot tell from the service's file whether one
    // is coming; it swallows what arrives until the marker posted with the first search (endOpenChange()).
    m_swallowOpenChange = true;
    const Result<void, LibraryError> result = co_await std::move(opened);
    if (!self)
        co_return;
    if (!result) {
        m_swallowOpenChange = false;
        showError(tr("The library could not be opened"),
                  tr("%1\n\nFile: %2").arg(result.error().message, QDir::toNativeSeparators(filePath)));
        m_error->setActionText(tr("Retry"));
        m_error->actionButton()->setToolTip(tr("Open the library again"));
        // The folder, where the file can be moved away or its rights mended (when there is one to open).
        const QFileInfo folder(QFileInfo(filePath).absolutePath());
        m_libraryFolder = folder.isDir() ? folder.absoluteFilePath() : QString();
        m_error->setSecondaryActionText(m_libraryFolder.isEmpty() ? QString()
                                                                  : tr("Open the profile folder"));
        emit libraryFailed(result.error().message);
        co_return;
    }
    m_open = true;
    endOpenChange();
    // Results first: the search is queued on the library's thread before the statistics (a full scan of
    // a large library), so the first page does not wait for the item count.
    runSearch();
    emit libraryOpened();
    co_await refreshStats();
    if (self)
        co_await self->refreshAccounts();
}

QCoro::Task<> ContentView::refreshAccounts()
{
    QPointer<ContentView> self(this);
    const auto accounts = co_await m_service->accounts();
    if (self && accounts)
        m_filters->setAccounts(accounts.value());
}

void ContentView::showChoice(const ContentFilterBar::Choice& choice)
{
    {
        const QSignalBlocker blockSearch(m_search);
        m_search->clear();
    }
    m_filters->choose(choice); // searches (once the library is open)
}

void ContentView::revealItem(const ContentItem& item, ContentFilterBar::Choice choice)
{
    m_revealId = item.id;
    if (!choice.platform)
        choice.platform = item.platform;
    showChoice(choice);
}

void ContentView::fetchAhead()
{
    // The model has a row for every result; the rows on screen, a viewport above them and FetchAheadViewports
    // below are loaded, so that a user scrolling down finds them there. Rows are of one height.
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int rowHeight = m_list->visualRect(m_model->index(0)).height();
    if (rowHeight <= 0)
        return; // not laid out yet: the scroll range's change once it is asks again
    const int top = m_list->verticalScrollBar()->value() / rowHeight;
    const int shown = m_list->viewport()->height() / rowHeight + 1;
    m_model->loadRows(top - shown, top + shown + FetchAheadViewports * shown);
}

int ContentView::loadedRowOf(qint64 id, int first, int last, int* listing) const
{
    if (listing)
        *listing = -1;
    for (int row = std::max(0, first); id != 0 && row <= last && row < m_model->rowCount(); ++row) {
        if (!m_model->isLoaded(row))
            continue;
        const ContentItem& item = m_model->itemAt(row);
        if (item.id == id)
            return row;
        if (listing && *listing < 0 && item.groupedWith.contains(id))
            *listing = row;
    }
    return -1;
}

void ContentView::onRowsLoaded(int first, int last)
{
    if (m_revealId != 0)
        continueReveal(first, last);
    const QModelIndex current = m_list->currentIndex();
    if (m_refreshReselectId != 0) {
        // A refresh reads the rows again while the library says where the selected item is now: its old row
        // may hold another item, which is not shown selected meanwhile; the details keep showing the item.
        if (current.isValid() && current.row() >= first && current.row() <= last &&
            m_model->itemAt(current.row()).id != m_refreshReselectId &&
            !m_model->itemAt(current.row()).groupedWith.contains(m_refreshReselectId))
            m_list->selectionModel()->clearSelection(); // the current row stays: no currentChanged
        placeReselection();
        return;
    }
    // The selected row's item arrived (it was a placeholder, e.g. after End) or was read again; a group mate
    // the details show through that row stays shown.
    if (current.isValid() && current.row() >= first && current.row() <= last) {
        const ContentItem& item = m_model->itemAt(current.row());
        if (!(item == m_details->item()) && !item.groupedWith.contains(m_details->item().id))
            m_details->setItem(item);
    }
}

void ContentView::startReselection(qint64 id)
{
    m_refreshReselectId = id;
    m_reselectRow = -1;
    m_reselectGeneration = m_model->generation();
    if (id != 0)
        lookUpReselection(id, m_reselectGeneration, ++m_reselectLookup);
}

void ContentView::cancelReselection()
{
    m_refreshReselectId = 0;
    m_reselectRow = -1;
    ++m_reselectLookup;
}

QCoro::Task<> ContentView::lookUpReselection(qint64 id, quint64 generation, quint64 lookup)
{
    QPointer<ContentView> self(this);
    // The same query, filters and sort as the refresh's pages, asked after its first page on the library's
    // thread.
    const SearchQuery query = m_model->query();
    const auto position = co_await m_service->call(&LibraryDatabase::positionOf, query, id);
    if (!self || lookup != m_reselectLookup || m_refreshReselectId != id ||
        m_model->generation() != generation)
        co_return; // a later refresh looks again, the user chose another item, or another search runs
    if (!position || *position < 0) {
        // Gone from the results (or the library could not say): nothing stays selected in its place.
        cancelReselection();
        m_list->selectionModel()->clear();
        m_details->clear();
        co_return;
    }
    m_reselectRow = int(std::min<qint64>(*position, std::numeric_limits<int>::max()));
    placeReselection();
}

void ContentView::placeReselection()
{
    if (m_refreshReselectId == 0 || m_reselectRow < 0 || m_model->isSearching() ||
        m_model->generation() != m_reselectGeneration)
        return; // its row is still to be known, or the refresh's first page (the rows' count) to come
    const int row = m_reselectRow;
    if (row >= m_model->rowCount())
        return; // the library changed since the rows were counted: the refresh that follows looks again
    if (!m_model->isLoaded(row)) {
        m_model->loadRow(row); // its page, wherever the view is: placed once it arrives (onRowsLoaded())
        return;
    }
    const ContentItem& found = m_model->itemAt(row);
    const bool listedThrough = found.groupedWith.contains(m_refreshReselectId);
    if (found.id != m_refreshReselectId && !listedThrough)
        return; // the library changed since the lookup: the refresh that follows looks again
    cancelReselection();
    // Selected where it is now, without scrolling to it: the list stays where the user left it.
    const bool autoScroll = m_list->hasAutoScroll();
    m_list->setAutoScroll(false);
    m_reselecting = true;
    m_list->setCurrentIndex(m_model->index(row));
    m_reselecting = false;
    m_list->setAutoScroll(autoScroll);
    const ContentItem& item = m_model->itemAt(row);
    if (!listedThrough && !(item == m_details->item()))
        m_details->setItem(item); // as read again; a group mate shown through the row stays shown
}

void ContentView::continueReveal(int first, int last)
{
    if (m_model->isSearching())
        return; // the first page of the reveal's search is still to come
    if (const int row = loadedRowOf(m_revealId, first, last); row >= 0) {
        const qint64 id = std::exchange(m_revealId, 0);
        m_list->setCurrentIndex(m_model->index(row));
        m_list->scrollTo(m_model->index(row), QAbstractItemView::PositionAtCenter);
        m_list->setFocus(Qt::OtherFocusReason);
        emit itemRevealed(id, true);
        return;
    }
    if (m_model->canLoadNextPage()) {
        m_model->loadNextPage();
        return;
    }
    emit itemRevealed(std::exchange(m_revealId, 0), false);
}

QCoro::Task<> ContentView::refreshStats()
{
    QPointer<ContentView> self(this);
    const auto stats = co_await m_service->stats();
    if (!self || !stats)
        co_return;
    if (m_libraryItems != stats->items) {
        m_libraryItems = stats->items;
        emit libraryItemCountChanged(m_libraryItems);
    }
}

void ContentView::endOpenChange()
{
    // The open's announcement reaches onLibraryChanged() in two queued hops (the service posts
    // contentChanged to itself, whose queued connection posts onLibraryChanged): the marker takes two hops
    // as well, so it ends the swallowing only after an announcement posted before it. Changes written after
    // the first search was queued are posted after the marker and refresh the view.
    QPointer<ContentView> self(this);
    QMetaObject::invokeMethod(
        this,
        [self] {
            if (self)
                QMetaObject::invokeMethod(
                    self.data(),
                    [self] {
                        if (self)
                            self->m_swallowOpenChange = false;
                    },
                    Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ContentView::onLibraryChanged()
{
    if (m_swallowOpenChange)
        return;
    if (!m_open)
        return;
    // The first change refreshes at once; changes arriving while a refresh is pending (a sync writes a
    // page every few milliseconds) are folded into one refresh at the end of the interval.
    if (m_changeCoalesce.isActive()) {
        m_changePending = true;
        return;
    }
    applyLibraryChange();
    m_changeCoalesce.start();
}

void ContentView::applyLibraryChange()
{
    if (!m_open)
        return;
    refreshStats();
    refreshAccounts();
    refreshKeepingSelection();
}

void ContentView::refreshKeepingSelection()
{
    // The rows stay on screen while they are read again; the library says where the selected item is now
    // (the one a refresh still looks for, rather than what its old row shows meanwhile): the item the details
    // show when the selected row lists it (a group mate clicked there), else the row's.
    const QModelIndex current = m_list->currentIndex();
    qint64 selected = m_refreshReselectId;
    if (selected == 0 && current.isValid()) {
        const ContentItem& row = m_model->itemAt(current.row());
        selected = row.groupedWith.contains(m_details->item().id) ? m_details->item().id : row.id;
    }
    m_model->refresh();
    startReselection(selected);
}

void ContentView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ContentView::searchNow(const QString& text)
{
    {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    runSearch();
}

void ContentView::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

SearchQuery ContentView::currentQuery() const
{
    SearchQuery query;
    query.text = m_search->text().trimmed();
    m_filters->applyTo(query, m_now());
    query.oneRowPerGroup = true; // a clip posted on several platforms is one entry
    query.limit = PageSize;
    return query;
}

void ContentView::runSearch()
{
    m_debounce.stop();
    if (!m_open)
        return;
    m_model->setQuery(currentQuery());
}

void ContentView::onResultsReady(quint64 generation)
{
    const SearchQuery query = m_model->query();
    if (m_model->total() > 0) {
        setState(State::Results);
    } else if (m_libraryItems == 0 || (query.text.isEmpty() && !m_filters->filtersActive())) {
        setState(State::EmptyLibrary);
    } else {
        if (query.text.isEmpty()) {
            m_noMatch->setHeading(tr("No items match the filters"));
            m_noMatch->setText(tr("Try another platform, kind or date range."));
        } else {
            //: %1 is what the user typed
            m_noMatch->setHeading(tr("No results for “%1”").arg(query.text));
            m_noMatch->setText(m_filters->filtersActive()
                                   ? tr("Check the spelling, try fewer words or clear the filters.")
                                   : tr("Check the spelling or try fewer words."));
        }
        setState(State::NoMatch);
    }
    updateCountLabel();
    fetchAhead();       // the rows on screen, where the list's scroll range did not change
    placeReselection(); // a refresh's selected item whose row the library said before the rows arrived
    m_pendingShown = generation;
    m_pages->currentWidget()->update();
    m_list->viewport()->update();
}

void ContentView::onSearchFailed(const QString& message)
{
    showError(tr("The search failed"), message);
}

void ContentView::setFolderOpener(FolderOpener opener)
{
    m_folderOpener = std::move(opener);
}

void ContentView::showError(const QString& heading, const QString& message)
{
    m_error->setHeading(heading);
    m_error->setText(message);
    m_error->setActionText({}); // the actions that help are the caller's to add
    m_error->setSecondaryActionText({});
    m_libraryFolder.clear();
    setState(State::Error);
    updateCountLabel();
}

void ContentView::setThumbnails(ThumbnailLoader* loader)
{
    delete m_visibleThumbnails;
    m_visibleThumbnails = nullptr;
    m_delegate->setThumbnails(loader);
    m_details->setThumbnails(loader);
    if (loader) {
        m_visibleThumbnails = new VisibleThumbnails(m_list, loader, ContentListModel::ThumbnailUrlRole,
                                                    ContentItemDelegate::ThumbnailSize, this);
    }
    // The rows' height depends on whether they show thumbnails.
    m_list->reset();
    m_list->viewport()->update();
}

void ContentView::onCurrentChanged(const QModelIndex& current)
{
    if (m_reselecting)
        return; // placeReselection() shows the item
    if (m_model->isRemovingRows() && m_refreshReselectId != 0) {
        // A refresh shortened the list past the selected row and Qt moved the current row to the row above,
        // which holds another item: the selected item is still looked for, and its details stay.
        return;
    }
    // The user's choice stands. A row still showing what it showed before a refresh holds an item that may
    // move too: it is looked for in the new order like the one selected when the refresh began.
    cancelReselection();
    if (current.isValid() && m_model->isShownAsBefore(current.row()))
        startReselection(m_model->itemAt(current.row()).id);
    if (current.isValid() && m_model->index(current.row()).data(ContentListModel::PlaceholderRole).toBool())
        m_details->clear(); // shown once its page arrives (onRowsLoaded())
    else if (current.isValid())
        m_details->setItem(m_model->itemAt(current.row()));
    else
        m_details->clear();
}

void ContentView::showGroupMember(const ContentItem& item)
{
    int listing = -1;
    if (const int row = loadedRowOf(item.id, 0, m_model->rowCount() - 1, &listing); row >= 0) {
        m_list->setCurrentIndex(m_model->index(row));
        m_list->scrollTo(m_model->index(row));
        if (!(m_details->item() == m_model->itemAt(row)))
            m_details->setItem(m_model->itemAt(row)); // its row was already selected, showing a group mate
        emit itemRevealed(item.id, true);
        return;
    }
    if (listing >= 0) {
        // Listed through its group's row: that row selected, the member shown.
        m_list->setCurrentIndex(m_model->index(listing));
        m_list->scrollTo(m_model->index(listing));
        m_details->setItem(item);
        emit itemRevealed(item.id, true);
        return;
    }
    // Not among the current results: clear the search and filters (but for its platform) to show it.
    const SearchQuery shown = m_model->query();
    ContentFilterBar::Choice choice;
    choice.sort = currentQuery().sort;
    choice.gainedDays = shown.gainedDays;
    choice.gainedTo = shown.gainedTo;
    revealItem(item, choice);
}

void ContentView::onActivated(const QModelIndex& index)
{
    if (!index.isValid() || index.data(ContentListModel::PlaceholderRole).toBool())
        return;
    m_details->setItem(m_model->itemAt(index.row()));
    m_details->focusPane();
}

void ContentView::clearSearchAndFilters()
{
    m_filters->clearFilters();
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    runSearch();
    focusSearch();
}

void ContentView::setState(State state)
{
    switch (state) {
    case State::Opening:
    case State::Results:
        m_pages->setCurrentIndex(ResultsPage);
        break;
    case State::EmptyLibrary:
        m_pages->setCurrentIndex(EmptyLibraryPage);
        break;
    case State::NoMatch:
        m_pages->setCurrentIndex(NoMatchPage);
        break;
    case State::Error:
        m_pages->setCurrentIndex(ErrorPage);
        break;
    }
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

EmptyStateWidget* ContentView::currentEmptyState() const
{
    return qobject_cast<EmptyStateWidget*>(m_pages->currentWidget());
}

void ContentView::updateCountLabel()
{
    switch (m_state) {
    case State::Opening:
        resultCountLabel()->setText(tr("Opening the library…"));
        break;
    case State::Error:
        resultCountLabel()->clear();
        break;
    default:
        resultCountLabel()->setText(m_model->total() >= 0 ? Format::results(m_model->total(), locale())
                                                          : QString());
        break;
    }
}

bool ContentView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_model->index(0));
            return true;
        }
    }
    if (event->type() == QEvent::Paint && m_pendingShown != 0) {
        const bool onScreen =
            watched == m_list->viewport() ? m_state == State::Results : watched == m_pages->currentWidget();
        if (onScreen) {
            const quint64 generation = m_pendingShown;
            m_pendingShown = 0;
            // Report once this paint has completed.
            QMetaObject::invokeMethod(
                this, [this, generation] { emit resultsShown(generation); }, Qt::QueuedConnection);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sv
