// Thumbnails in the Content page (offscreen): the visible rows' pictures from the sandbox, through the
// profile's disk cache; broken or missing ones stay placeholders.
#include "ContentDetailsPane.h"
#include "ContentItemDelegate.h"
#include "ContentListModel.h"
#include "ContentView.h"
#include "Theme.h"
#include "ThumbnailLoader.h"
#include "Translations.h"
#include "UiTestLibrary.h"
#include "VisibleThumbnails.h"
#include "backend/HttpClient.h"
#include "library/LibraryService.h"
#include "media/ThumbnailStore.h"

#include "SandboxProcess.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sv;
using sv::test::SandboxProcess;

namespace {
QCoro::Task<Result<void, LibraryError>> openFile(LibraryService& service, QString path)
{
    co_return co_await service.open(path);
}

bool anyDialogShown()
{
    const auto widgets = QApplication::topLevelWidgets();
    return std::any_of(widgets.begin(), widgets.end(),
                       [](QWidget* w) { return w->isVisible() && qobject_cast<QDialog*>(w); });
}
} // namespace

class TestThumbnails : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpClient m_http;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(12, 0));

    struct Fixture
    {
        QTemporaryDir dir;
        std::unique_ptr<LibraryService> service;
        std::unique_ptr<ThumbnailStore> store;
        std::unique_ptr<ThumbnailLoader> loader;
        std::unique_ptr<ContentView> view;
    };

    /// `count` items whose pictures are the sandbox's; the ids listed in `broken` get a path the faults
    /// below aim at.
    QList<ContentItem> items(int count) const
    {
        QList<ContentItem> list = test::numberedItems(count, m_now);
        for (ContentItem& item : list)
            item.thumbnailUrl =
                m_sandbox->url(QStringLiteral("/youtube/img/vi/%1/mqdefault.jpg").arg(item.externalId))
                    .toString();
        return list;
    }

    /// `retryDelay`: the loader's first wait before asking again for a picture that failed for now.
    std::unique_ptr<Fixture>
    openView(const QList<ContentItem>& content,
             std::chrono::milliseconds retryDelay = std::chrono::milliseconds(15'000))
    {
        auto f = std::make_unique<Fixture>();
        const QString path = f->dir.filePath(QStringLiteral("library.sqlite"));
        if (!test::writeLibrary(path, content))
            return nullptr;
        f->service = std::make_unique<LibraryService>();
        f->store =
            std::make_unique<ThumbnailStore>(&m_http, f->dir.filePath(QStringLiteral("cache/thumbnails")));
        f->loader = std::make_unique<ThumbnailLoader>(f->store.get());
        f->loader->setRetryDelay(retryDelay);
        f->view = std::make_unique<ContentView>(f->service.get());
        f->view->setClock([this] { return m_now; });
        f->view->setThumbnails(f->loader.get());
        f->view->resize(1100, 680);
        f->view->show();
        QSignalSpy ready(f->view->model(), &ContentListModel::resultsReady);
        f->view->showLibrary(openFile(*f->service, path), path);
        if (ready.isEmpty() && !ready.wait(5000))
            return nullptr;
        return f;
    }

    /// The rows the list shows, first to last.
    static QList<int> visibleRows(QListView* list)
    {
        QList<int> rows;
        const QModelIndex first = list->indexAt(QPoint(1, 1));
        QModelIndex last = list->indexAt(QPoint(1, list->viewport()->height() - 2));
        if (!last.isValid())
            last = list->model()->index(list->model()->rowCount() - 1, 0);
        for (int row = first.row(); first.isValid() && row <= last.row(); ++row)
            rows << row;
        return rows;
    }

    static QUrl urlAt(const ContentView& view, int row)
    {
        return view.model()->index(row).data(ContentListModel::ThumbnailUrlRole).toUrl();
    }

private slots:
    void initTestCase()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(english);
        QVERIFY(Translations::install(*qApp, english));
        Theme::apply(*qApp);
        SandboxProcess::Options options;
        options.items = 10;
        m_sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }
    void cleanup() { QVERIFY(m_sandbox->clearFaults()); }

    void visibleRowsShowTheirPictures()
    {
        auto f = openView(items(120));
        QVERIFY(f);
        ContentView& view = *f->view;
        QListView* list = view.resultList();
        const QList<int> rows = visibleRows(list);
        QVERIFY(rows.size() >= 5);
        for (int row : rows)
            QTRY_VERIFY2(!f->loader->image(urlAt(view, row), ContentItemDelegate::ThumbnailSize).isNull(),
                         qPrintable(QString::number(row)));
        // Only what is on screen was asked for: not the 50 rows of the first page.
        QCOMPARE(f->store->stats().requests, rows.size());
        const QImage shown = f->loader->image(urlAt(view, rows.first()), ContentItemDelegate::ThumbnailSize);
        QCOMPARE(shown.size(), ContentItemDelegate::ThumbnailSize); // 320x180 scaled into the 64x36 box

        // The painted row carries the picture: its middle is the picture's pixel, not the placeholder's.
        const QImage grabbed = list->viewport()->grab().toImage();
        const QRect firstRow = list->visualRect(view.model()->index(rows.first()));
        const QPoint middle(firstRow.left() + 14 + 32, firstRow.center().y());
        const QColor painted = grabbed.pixelColor(middle * grabbed.devicePixelRatio());
        const QColor expected = shown.pixelColor(32, 18);
        QVERIFY2(qAbs(painted.red() - expected.red()) + qAbs(painted.green() - expected.green()) +
                         qAbs(painted.blue() - expected.blue()) <=
                     12, // smooth scaling and the row's background shift it a little
                 qPrintable(painted.name() + QLatin1Char(' ') + expected.name()));

        // Rows that scroll away are released; the new ones load.
        const QUrl firstUrl = urlAt(view, rows.first());
        list->scrollToBottom();
        QTRY_VERIFY(!view.visibleThumbnails()->requested().contains(firstUrl));
        const QList<int> later = visibleRows(list);
        QVERIFY(later.first() > rows.last());
        for (int row : later)
            QTRY_VERIFY(!f->loader->image(urlAt(view, row), ContentItemDelegate::ThumbnailSize).isNull());

        // The details pane shows a larger one.
        list->setCurrentIndex(view.model()->index(later.first()));
        QLabel* picture = view.detailsPane()->pictureLabel();
        QVERIFY(picture->isVisible());
        QCOMPARE(picture->accessibleName(), QStringLiteral("Thumbnail"));
        QTRY_VERIFY(!f->loader->image(urlAt(view, later.first()), ContentDetailsPane::PictureSize).isNull());
        QCOMPARE(f->loader->image(urlAt(view, later.first()), ContentDetailsPane::PictureSize).size(),
                 ContentDetailsPane::PictureSize);

        const QString dir = test::buildPath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(view.grab().toImage().save(dir + QStringLiteral("/content-view-thumbnails.png")));
    }

    void brokenPicturesStayPlaceholders()
    {
        QVERIFY(m_sandbox->addFault(QStringLiteral("status=404,path=/youtube/img/vi/ep1/")));
        QVERIFY(m_sandbox->addFault(QStringLiteral("truncate,path=/youtube/img/vi/ep2/")));
        auto f = openView(items(6));
        QVERIFY(f);
        ContentView& view = *f->view;
        QSignalSpy failed(f->loader.get(), &ThumbnailLoader::imageFailed);
        // Row 0 is episode 1 (newest first), row 1 episode 2.
        QTRY_VERIFY(f->loader->hasFailed(urlAt(view, 0)));
        QTRY_VERIFY(f->loader->hasFailed(urlAt(view, 1)));
        QTRY_VERIFY(!f->loader->image(urlAt(view, 2), ContentItemDelegate::ThumbnailSize).isNull());
        QVERIFY(f->loader->image(urlAt(view, 0), ContentItemDelegate::ThumbnailSize).isNull());
        QVERIFY(f->loader->image(urlAt(view, 1), ContentItemDelegate::ThumbnailSize).isNull());
        QVERIFY(!anyDialogShown());

        // The placeholder: the row's picture box shows no picture, the same for both broken rows.
        const QImage grabbed = view.resultList()->viewport()->grab().toImage();
        const auto boxPixel = [&](int row) {
            const QRect r = view.resultList()->visualRect(view.model()->index(row));
            return grabbed.pixelColor(QPoint(r.left() + 14 + 4, r.center().y()) * grabbed.devicePixelRatio());
        };
        QCOMPARE(boxPixel(0), boxPixel(1));
        QVERIFY(boxPixel(0) != boxPixel(2));

        // The details pane of a broken item shows the placeholder, no error.
        view.resultList()->setCurrentIndex(view.model()->index(1));
        QVERIFY(view.detailsPane()->pictureLabel()->isVisible());
        QVERIFY(!view.detailsPane()->pictureLabel()->pixmap().isNull());
        QVERIFY(!anyDialogShown());
    }

    /// A picture that failed for now (the server busy: 503) is asked again while its row is shown, after a
    /// wait that doubles, and comes once the server answers; a missing one (404) is not asked again.
    void aPictureThatFailedForNowComesOnceTheServerAnswers()
    {
        // Busy for every attempt of the first download (HttpClient's own retries) and the first of the next.
        const int attempts = m_http.retryPolicy().maxAttempts;
        QVERIFY(m_sandbox->addFault(
            QStringLiteral("status=503,count=%1,path=/youtube/img/vi/ep3/").arg(attempts + 1)));
        QVERIFY(m_sandbox->addFault(QStringLiteral("status=404,path=/youtube/img/vi/ep4/")));
        auto f = openView(items(6), std::chrono::milliseconds(40));
        QVERIFY(f);
        ContentView& view = *f->view;
        // Rows 2 and 3 are episodes 3 and 4 (newest first).
        const QUrl busy = urlAt(view, 2);
        const QUrl missing = urlAt(view, 3);
        QTRY_VERIFY(f->loader->hasFailed(missing));
        QVERIFY(!f->loader->willRetry(missing));
        QTRY_VERIFY(!f->loader->image(busy, ContentItemDelegate::ThumbnailSize).isNull());
        QVERIFY(!f->loader->willRetry(busy));
        QVERIFY(!f->loader->hasFailed(busy));
        // Every picture downloaded once, the busy one once more; the missing one stays a placeholder.
        for (int row = 0; row < 6; ++row)
            QTRY_VERIFY(!f->loader->image(urlAt(view, row), ContentItemDelegate::ThumbnailSize).isNull() ||
                        f->loader->hasFailed(urlAt(view, row)));
        QCOMPARE(f->store->stats().downloads, 6 + 1);
        QCOMPARE(f->store->stats().failures, 2);
        QVERIFY(f->loader->hasFailed(missing));
        QVERIFY(f->loader->image(missing, ContentItemDelegate::ThumbnailSize).isNull());
        QVERIFY(!anyDialogShown());
    }

    /// Many pictures failing for now at different moments (a list scrolled while the server is busy): each
    /// is asked again when its own wait is over and comes, none is forgotten. The retry timer fires in the
    /// millisecond a wait ends but may fire before its end within that millisecond; a retry found "not due
    /// yet" then was dropped from the queue and its picture never came.
    void everyPictureThatFailedForNowComesWhenManyFail()
    {
        constexpr int count = 60;
        HttpClient http;
        RetryPolicy once = http.retryPolicy();
        once.maxAttempts = 1; // each failure reaches the loader at once
        http.setRetryPolicy(once);
        QTemporaryDir dir;
        ThumbnailStore store(&http, dir.filePath(QStringLiteral("cache/thumbnails")));
        store.setMaxConcurrentDownloads(3); // the failures come one after another, not all at once
        ThumbnailLoader loader(&store);
        loader.setRetryDelay(std::chrono::milliseconds(7));
        // The first asking of every picture fails; then some fail again in their retries.
        QVERIFY(m_sandbox->addFault(
            QStringLiteral("status=503,count=%1,path=/youtube/img/vi/many").arg(count + count / 2)));
        QList<QUrl> urls;
        for (int i = 0; i < count; ++i)
            urls.append(m_sandbox->url(QStringLiteral("/youtube/img/vi/many%1/mqdefault.jpg").arg(i)));
        QSignalSpy failed(&loader, &ThumbnailLoader::imageFailed);
        for (const QUrl& url : std::as_const(urls))
            loader.request(url, ContentItemDelegate::ThumbnailSize);
        for (const QUrl& url : std::as_const(urls))
            QTRY_VERIFY2_WITH_TIMEOUT(!loader.image(url, ContentItemDelegate::ThumbnailSize).isNull(),
                                      qPrintable(url.toString()), 10'000);
        QVERIFY(failed.size() >= count); // every picture failed for now at least once
        for (const QUrl& url : std::as_const(urls)) {
            QVERIFY(!loader.willRetry(url));
            QVERIFY(!loader.hasFailed(url));
            loader.release(url, ContentItemDelegate::ThumbnailSize);
        }
        QCOMPARE(store.stats().failures, count + count / 2);
    }

    void decodeRefusesWhatIsNoCompletePicture()
    {
        const auto reply =
            m_sandbox->request("GET", m_sandbox->url(QStringLiteral("/youtube/img/vi/x/hqdefault.jpg")), {});
        QCOMPARE(reply.status, 200);
        const QImage whole = ThumbnailLoader::decode(reply.body, QSize(64, 36));
        QCOMPARE(whole.size(), QSize(48, 36)); // 480x360 fitted into the box, aspect kept
        QVERIFY(ThumbnailLoader::decode(reply.body.left(reply.body.size() / 2), QSize(64, 36)).isNull());
        QVERIFY(ThumbnailLoader::decode(QByteArray("<html>not found</html>"), QSize(64, 36)).isNull());
        QVERIFY(ThumbnailLoader::decode(QByteArray(), QSize(64, 36)).isNull());
    }
};

QTEST_MAIN(TestThumbnails)
#include "TestThumbnails.moc"
