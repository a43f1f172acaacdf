#include "LibraryTestUtil.h"
#include "TestSupport.h"

#include "library/LibraryDatabase.h"
#include "library/LibraryFileFormat.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sv;
using namespace sv::test;

Q_DECLARE_METATYPE(sv::ExportFormat)

/// Import and export in JSON and CSV: all-or-nothing imports with precise errors, exact round trips.
class TestLibraryImportExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    void openFresh(LibraryDatabase& db)
    {
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n))).hasValue());
    }

    static Result<int, LibraryError> importBytes(LibraryDatabase& db, QByteArray data, ExportFormat format)
    {
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        return db.importFrom(buffer, format);
    }

    static QByteArray exportBytes(const LibraryDatabase& db, ExportFormat format)
    {
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        const auto exported = db.exportTo(buffer, format);
        if (!exported)
            qWarning() << exported.error().message;
        return data;
    }

    static QList<ContentItem> allItems(const LibraryDatabase& db)
    {
        SearchQuery q;
        q.limit = 10000;
        q.sort = SearchSort::Newest;
        QList<ContentItem> items = db.search(q)->items;
        std::sort(items.begin(), items.end(),
                  [](const ContentItem& a, const ContentItem& b) { return a.id < b.id; });
        for (ContentItem& item : items) {
            item.id = 0; // compare content, not storage details
            item.syncedAt = QDateTime();
        }
        return items;
    }

    static QList<ContentItem> tricky()
    {
        ContentItem a = makeItem(QStringLiteral("a,1"), QStringLiteral("Comma, \"quotes\" and\nnewline"),
                                 QStringLiteral("CRLF\r\ninside, tab\tand backslash \\ and emoji 🎸"));
        ContentItem b = makeItem(QStringLiteral("b"), QStringLiteral("Ünïcödé ✓ 東京"), QString(),
                                 Platform::TikTok, QStringLiteral("acc two"));
        b.publishedAt = QDateTime();
        b.views = 0;
        b.likes = 9007199254740992LL;
        b.shares = 77; // TikTok gives shares; the others have none (exported as null / empty)
        ContentItem c = makeItem(QStringLiteral("c"), QStringLiteral(" leading and trailing spaces "),
                                 QStringLiteral("\"starts with a quote"), Platform::Instagram);
        c.kind = QString();
        c.url = QString();
        c.thumbnailUrl = QString();
        c.publishedAt = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), Qt::UTC);
        ContentItem d = makeItem(QStringLiteral("d"), QStringLiteral("=SUM(A1) looks like a formula"),
                                 QStringLiteral(","));
        // An Instagram reel whose insights gave its views (knownInsightsViews()).
        ContentItem e = makeItem(QStringLiteral("e"), QStringLiteral("Reel with insights"), QString(),
                                 Platform::Instagram);
        e.kind = QStringLiteral("reel");
        return {a, b, c, d, e};
    }

    /// What a sync's insights read does to item "e": its views become known.
    static bool knownInsightsViews(LibraryDatabase& db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral(
                   "UPDATE content SET views = 4321, views_known = 1 WHERE external_id = 'e'")) &&
               q.numRowsAffected() == 1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsTheDocumentedSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("json") << QStringLiteral("library/sample.json") << ExportFormat::Json;
        QTest::newRow("csv") << QStringLiteral("library/sample.csv") << ExportFormat::Csv;
    }

    void importsTheDocumentedSamples()
    {
        QFETCH(QString, file);
        QFETCH(ExportFormat, format);
        LibraryDatabase db;
        openFresh(db);
        QFile f(dataPath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto r = db.importFrom(f, format);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(*r, 3);
        const QList<ContentItem> items = allItems(db);
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).title, QStringLiteral("Sourdough in 10 steps"));
        QCOMPARE(items.at(0).description,
                 QStringLiteral("Flour, water, salt — and patience.\nRecipe below."));
        QCOMPARE(items.at(0).publishedAt, QDateTime(QDate(2024, 3, 1), QTime(18, 30), Qt::UTC));
        QCOMPARE(items.at(0).views, 120345);
        QCOMPARE(items.at(1).platform, Platform::Instagram);
        QCOMPARE(items.at(1).title, QStringLiteral("Crème brûlée, \"the easy way\" 🎉"));
        QCOMPARE(items.at(1).publishedAt,
                 QDateTime(QDate(2024, 3, 2), QTime(8, 0), Qt::UTC)); // +01:00 -> UTC
        QCOMPARE(items.at(2).platform, Platform::TikTok);
        QVERIFY(!items.at(2).publishedAt.isValid());
        QCOMPARE(items.at(2).thumbnailUrl, QString());
        // The two samples describe the same library.
        SearchQuery q;
        q.text = QStringLiteral("creme brulee");
        QCOMPARE(db.search(q)->total, 1);
    }

    void roundTrip_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("json") << ExportFormat::Json;
        QTest::newRow("csv") << ExportFormat::Csv;
    }

    void roundTrip()
    {
        QFETCH(ExportFormat, format);
        LibraryDatabase source;
        openFresh(source);
        QVERIFY(source.upsert(tricky()));
        QVERIFY(knownInsightsViews(source));
        const QByteArray exported = exportBytes(source, format);
        QVERIFY(!exported.isEmpty());

        LibraryDatabase target;
        openFresh(target);
        const auto r = importBytes(target, exported, format);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(*r, tricky().size());
        QCOMPARE(allItems(target), allItems(source));
        // Instagram's views: known from its insights (kept), unknown where none were read (none made up).
        const QList<ContentItem> items = allItems(target);
        QCOMPARE(items.at(4).views, 4321);
        QVERIFY(items.at(4).viewsKnown);
        QVERIFY(!items.at(2).viewsKnown);
        QCOMPARE(items.at(2).views, 0);
        // Exporting again gives the same bytes.
        QCOMPARE(exportBytes(target, format), exported);
        // Importing the same file again changes nothing (upsert by identity).
        QVERIFY(importBytes(target, exported, format));
        QCOMPARE(allItems(target), allItems(source));
    }

    void viewsKnownInTheFile_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QList<bool>>("known"); // instagram, youtube
        QTest::newRow("json: absent (older files)")
            << ExportFormat::Json
            << QByteArray(R"([{"platform":"instagram","account":"a","external_id":"i","views":7},)"
                          R"({"platform":"youtube","account":"a","external_id":"y","views":7}])")
            << QList<bool>{false, true};
        QTest::newRow("json: given")
            << ExportFormat::Json
            << QByteArray(
                   R"([{"platform":"instagram","account":"a","external_id":"i","views":7,"views_known":true},)"
                   R"({"platform":"youtube","account":"a","external_id":"y","views":7,"views_known":false}])")
            << QList<bool>{true, true}; // YouTube always gives views
        QTest::newRow("json: null")
            << ExportFormat::Json
            << QByteArray(
                   R"([{"platform":"instagram","account":"a","external_id":"i","views":7,"views_known":null},)"
                   R"({"platform":"youtube","account":"a","external_id":"y","views":7,"views_known":null}])")
            << QList<bool>{false, true};
        QTest::newRow("csv: absent") << ExportFormat::Csv
                                     << QByteArray("platform,account,external_id,views\r\ninstagram,a,i,7\r\n"
                                                   "youtube,a,y,7\r\n")
                                     << QList<bool>{false, true};
        QTest::newRow("csv: given") << ExportFormat::Csv
                                    << QByteArray("platform,account,external_id,views,views_known\r\n"
                                                  "instagram,a,i,7,TRUE\r\nyoutube,a,y,7,\r\n")
                                    << QList<bool>{true, true};
    }

    void viewsKnownInTheFile()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QByteArray, data);
        QFETCH(QList<bool>, known);
        LibraryDatabase db;
        openFresh(db);
        const auto r = importBytes(db, data, format);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        const QList<ContentItem> items = allItems(db);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).viewsKnown, known.at(0));
        QCOMPARE(items.at(0).views, known.at(0) ? 7 : 0);
        QCOMPARE(items.at(1).viewsKnown, known.at(1));
        QCOMPARE(items.at(1).views, 7);
        // Written back: the views where known, else null (JSON) or empty (CSV), and the flag.
        const QByteArray exported = exportBytes(db, format);
        if (format == ExportFormat::Json)
            QVERIFY2(
                exported.contains(
                    known.at(0)
                        ? R"("views": 7, "likes": 0, "comments": 0, "views_known": true, "shares": null})"
                        : R"("views": null, "likes": 0, "comments": 0, "views_known": false, "shares": null})"),
                exported.constData());
        else
            QVERIFY2(exported.contains(known.at(0) ? ",7,0,0,true,\r\n" : ",,0,0,false,\r\n"),
                     exported.constData());
    }

    /// A file written before views_known existed gives Instagram items the number the app then stored (or
    /// another tool's): imported, their views stay unknown (stored as 0, never ranked by that number), an
    /// item whose views the library knows keeps them, and the library's state is the same whatever it held.
    void oldFileLeavesInstagramViewsUnknown()
    {
        LibraryDatabase db;
        openFresh(db);
        ContentItem known = makeItem(QStringLiteral("e"), QStringLiteral("Reel with insights"), {},
                                     Platform::Instagram, QStringLiteral("a"));
        ContentItem unknown = makeItem(QStringLiteral("u"), QStringLiteral("Reel"), {}, Platform::Instagram,
                                       QStringLiteral("a"));
        ContentItem video = makeItem(QStringLiteral("y"), QStringLiteral("Video"), {}, Platform::YouTube,
                                     QStringLiteral("a"));
        video.views = 10;
        QVERIFY(db.upsert({known, unknown, video}));
        QVERIFY(knownInsightsViews(db)); // "e": 4321, known
        const QByteArray old = R"([{"platform":"instagram","account":"a","external_id":"e","views":888},)"
                               R"({"platform":"instagram","account":"a","external_id":"u","views":999},)"
                               R"({"platform":"instagram","account":"a","external_id":"n","views":777},)"
                               R"({"platform":"youtube","account":"a","external_id":"y","views":10}])";
        const auto r = importBytes(db, old, ExportFormat::Json);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT external_id, views, views_known FROM content ORDER BY external_id")));
        QStringList rows;
        while (q.next())
            rows.append(QStringLiteral("%1:%2:%3")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
        QCOMPARE(rows, (QStringList{QStringLiteral("e:4321:1"), QStringLiteral("n:0:0"),
                                    QStringLiteral("u:0:0"), QStringLiteral("y:10:1")}));
        // Sorted by views: the known ones first; the unknown ones are not ranked by the file's numbers.
        SearchQuery byViews;
        byViews.sort = SearchSort::MostViewed;
        const auto sorted = db.search(byViews);
        QVERIFY(sorted);
        QCOMPARE(sorted->items.size(), 4);
        QCOMPARE(sorted->items.at(0).externalId, QStringLiteral("e"));
        QCOMPARE(sorted->items.at(1).externalId, QStringLiteral("y"));
        QVERIFY(!sorted->items.at(2).viewsKnown && !sorted->items.at(3).viewsKnown);
    }

    void unknownDurationIsNotExportedAsZero_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("json") << ExportFormat::Json;
        QTest::newRow("csv") << ExportFormat::Csv;
    }

    // Instagram's media fields give no duration, a reel's neither: it is exported as unknown (null, an empty
    // CSV value), never as a duration of 0, and imports back as unknown.
    void unknownDurationIsNotExportedAsZero()
    {
        QFETCH(ExportFormat, format);
        LibraryDatabase db;
        openFresh(db);
        ContentItem reel = makeItem(QStringLiteral("r"), QStringLiteral("Reel"), {}, Platform::Instagram);
        reel.kind = QStringLiteral("reel");
        reel.durationS = 0;
        ContentItem video = makeItem(QStringLiteral("v"), QStringLiteral("Video"));
        video.durationS = 75;
        QVERIFY(db.upsert({reel, video}));
        const QByteArray exported = exportBytes(db, format);
        if (format == ExportFormat::Json) {
            QVERIFY2(exported.contains(
                         R"("kind": "reel", "published_at": "2024-01-01T12:00:00Z", "duration_s": null)"),
                     exported.constData());
            QVERIFY2(exported.contains(R"("duration_s": 75)"), exported.constData());
        } else {
            const QList<QByteArray> lines = exported.split('\n');
            const auto fields = [&lines](const QByteArray& start) {
                for (const QByteArray& line : lines) {
                    if (line.startsWith(start))
                        return line.trimmed().split(',');
                }
                return QList<QByteArray>();
            };
            QCOMPARE(lines.first().trimmed().split(',').at(9), QByteArray("duration_s"));
            QCOMPARE(fields("instagram,").value(9, "missing"), QByteArray());
            QCOMPARE(fields("youtube,").value(9), QByteArray("75"));
        }
        LibraryDatabase target;
        openFresh(target);
        QVERIFY(importBytes(target, exported, format));
        QCOMPARE(allItems(target), allItems(db));
    }

    // A file without shares (written before they were exported, or by another tool) imports as before: the
    // shares the library knows stay, an item new to it has none (never 0).
    void fileWithoutSharesKeepsTheKnownShares()
    {
        LibraryDatabase db;
        openFresh(db);
        ContentItem tiktok = makeItem(QStringLiteral("t"), QStringLiteral("Dance"), {}, Platform::TikTok);
        tiktok.shares = 50;
        QVERIFY(db.upsert({tiktok}));
        const QByteArray old = R"([{"platform":"tiktok","account":"acc","external_id":"t","likes":12},)"
                               R"({"platform":"tiktok","account":"acc","external_id":"n","likes":3}])";
        const auto r = importBytes(db, old, ExportFormat::Json);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        const QList<ContentItem> items = allItems(db);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).likes, 12);
        QCOMPARE(items.at(0).shares.value_or(-1), 50);
        QVERIFY(!items.at(1).shares);
        // A file with shares sets them, in both formats.
        const QByteArray csv = "platform,account,external_id,shares\r\ntiktok,acc,n,9\r\n";
        QVERIFY(importBytes(db, csv, ExportFormat::Csv));
        QCOMPARE(allItems(db).at(1).shares.value_or(-1), 9);
        QVERIFY(importBytes(db, R"([{"platform":"tiktok","account":"acc","external_id":"n","shares":11}])",
                            ExportFormat::Json));
        QCOMPARE(allItems(db).at(1).shares.value_or(-1), 11);
        // Refused like the other counters.
        QVERIFY(!importBytes(db, R"([{"platform":"tiktok","account":"acc","external_id":"n","shares":-1}])",
                             ExportFormat::Json));
    }

    void viewsKnownMustBeABoolean_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("json string") << ExportFormat::Json
                                     << QByteArray(
                                            R"([{"platform":"instagram","account":"a","external_id":"i",)"
                                            R"("views_known":"yes"}])");
        QTest::newRow("csv") << ExportFormat::Csv
                             << QByteArray(
                                    "platform,account,external_id,views_known\r\ninstagram,a,i,maybe\r\n");
    }

    void viewsKnownMustBeABoolean()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QByteArray, data);
        LibraryDatabase db;
        openFresh(db);
        const auto r = importBytes(db, data, format);
        QVERIFY(!r);
        QCOMPARE(r.error().message, QStringLiteral("Item 1, field \"views_known\": must be true or false"));
    }

    void emptyLibraryExports()
    {
        LibraryDatabase db;
        openFresh(db);
        QCOMPARE(exportBytes(db, ExportFormat::Json).trimmed(), QByteArray("[]"));
        QCOMPARE(exportBytes(db, ExportFormat::Csv),
                 LibraryFileFormat::fieldNames().join(QLatin1Char(',')).toUtf8() + "\r\n");
        QCOMPARE(*importBytes(db, "[]", ExportFormat::Json), 0);
        QCOMPARE(*importBytes(db, exportBytes(db, ExportFormat::Csv), ExportFormat::Csv), 0);
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("item");
        QTest::addColumn<QString>("field");
        const QByteArray good = R"({"platform":"youtube","account":"a","external_id":"x1","title":"ok"})";
        const auto arr = [&](const QByteArray& bad) -> QByteArray {
            return "[" + good + ",\n" + bad + "]";
        };
        QTest::newRow("not json") << QByteArray("hello") << 0 << QString();
        QTest::newRow("object, not array") << QByteArray(R"({"platform":"youtube"})") << 0 << QString();
        QTest::newRow("truncated") << QByteArray("[" + good + ",\n" + good.left(30)) << 2 << QString();
        QTest::newRow("truncated after comma") << QByteArray("[" + good + ",") << 2 << QString();
        QTest::newRow("trailing garbage in item 2") << arr(R"({"platform":"youtube",,})") << 2 << QString();
        QTest::newRow("item not an object") << arr("42") << 2 << QString();
        QTest::newRow("missing platform")
            << arr(R"({"account":"a","external_id":"x"})") << 2 << QStringLiteral("platform");
        QTest::newRow("bad platform") << arr(R"({"platform":"vimeo","account":"a","external_id":"x"})") << 2
                                      << QStringLiteral("platform");
        QTest::newRow("missing account")
            << arr(R"({"platform":"tiktok","external_id":"x"})") << 2 << QStringLiteral("account");
        QTest::newRow("empty external_id") << arr(R"({"platform":"tiktok","account":"a","external_id":""})")
                                           << 2 << QStringLiteral("external_id");
        QTest::newRow("title not a string")
            << arr(R"({"platform":"tiktok","account":"a","external_id":"x","title":5})") << 2
            << QStringLiteral("title");
        QTest::newRow("views as string")
            << arr(R"({"platform":"tiktok","account":"a","external_id":"x","views":"12"})") << 2
            << QStringLiteral("views");
        QTest::newRow("negative likes")
            << arr(R"({"platform":"tiktok","account":"a","external_id":"x","likes":-1})") << 2
            << QStringLiteral("likes");
        QTest::newRow("fractional comments")
            << arr(R"({"platform":"tiktok","account":"a","external_id":"x","comments":1.5})") << 2
            << QStringLiteral("comments");
        QTest::newRow("bad date")
            << arr(R"({"platform":"tiktok","account":"a","external_id":"x","published_at":"2024-13-45"})")
            << 2 << QStringLiteral("published_at");
        QTest::newRow("date not a string")
            << arr(R"({"platform":"tiktok","account":"a","external_id":"x","published_at":1700000000})") << 2
            << QStringLiteral("published_at");
        QTest::newRow("third item") << QByteArray("[" + good + "," + good + R"(,{"platform":"x"}])") << 3
                                    << QStringLiteral("platform");
        // Issue 13, defect 9: counts are read exactly (a JSON number is a double: 2^53 + 1 reads as 2^53).
        QTest::newRow("views 2^53 + 1")
            << arr(R"({"platform":"tiktok","account":"a","external_id":"x","views":9007199254740993})") << 2
            << QStringLiteral("views");
        QTest::newRow("likes 2^64")
            << arr(R"({"platform":"tiktok","account":"a","external_id":"x","likes":18446744073709551616})")
            << 2 << QStringLiteral("likes");
        QTest::newRow("views 1e300")
            << arr(R"({"platform":"tiktok","account":"a","external_id":"x","views":1e300})") << 2
            << QStringLiteral("views");
        QTest::newRow("fraction lost in a double")
            << arr(R"({"platform":"tiktok","account":"a","external_id":"x","comments":1.0000000000000001})")
            << 2 << QStringLiteral("comments");
        // Issue 13, defect 9: text fields have documented limits (docs/LIBRARY_FORMAT.md).
        const auto withText = [&](const char* field, qsizetype length) {
            return arr(R"({"platform":"tiktok","account":"a","external_id":"x",")" + QByteArray(field) +
                       R"(":")" + QByteArray(length, 'w') + R"("})");
        };
        QTest::newRow("title too long") << withText("title", 5001) << 2 << QStringLiteral("title");
        QTest::newRow("description too long")
            << withText("description", 50001) << 2 << QStringLiteral("description");
        QTest::newRow("url too long") << withText("url", 8193) << 2 << QStringLiteral("url");
        QTest::newRow("thumbnail_url too long")
            << withText("thumbnail_url", 8193) << 2 << QStringLiteral("thumbnail_url");
        QTest::newRow("kind too long") << withText("kind", 65) << 2 << QStringLiteral("kind");
        QTest::newRow("account too long") << withText("account", 257) << 2 << QStringLiteral("account");
        QTest::newRow("external_id too long")
            << withText("external_id", 257) << 2 << QStringLiteral("external_id");
    }

    /// A bad file is refused with the item and field at fault and the library is unchanged.
    void malformedJson()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, item);
        QFETCH(QString, field);
        LibraryDatabase db;
        openFresh(db);
        QVERIFY(db.upsert(tricky()));
        const QByteArray before = exportBytes(db, ExportFormat::Json);
        const auto r = importBytes(db, data, ExportFormat::Json);
        QVERIFY(!r);
        QCOMPARE(r.error().item, item);
        QCOMPARE(r.error().field, field);
        if (item > 0)
            QVERIFY2(r.error().message.contains(QStringLiteral("Item %1").arg(item)),
                     qPrintable(r.error().message));
        if (!field.isEmpty())
            QVERIFY2(r.error().message.contains(field), qPrintable(r.error().message));
        QCOMPARE(exportBytes(db, ExportFormat::Json), before);
        QCOMPARE(db.stats()->items, tricky().size());
    }

    void aQuotedValueIsCutBetweenCharacters_data()
    {
        QTest::addColumn<int>("before");
        // A ZWJ family (8 UTF-16 units) where a cut at 40 UTF-16 units would split it.
        QTest::newRow("cut in the first surrogate pair") << 39;
        QTest::newRow("cut after the first emoji") << 38;
    }

    /// The error quotes the bad value, shortened; never inside a character (half a surrogate pair
    /// prints as "?").
    void aQuotedValueIsCutBetweenCharacters()
    {
        QFETCH(int, before);
        const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
        const QString platform = QString(before, QLatin1Char('v')) + family + QStringLiteral(" and more");
        const QJsonArray items{QJsonObject{{QStringLiteral("platform"), platform},
                                           {QStringLiteral("account"), QStringLiteral("a")},
                                           {QStringLiteral("external_id"), QStringLiteral("x")}}};
        LibraryDatabase db;
        openFresh(db);
        const auto r = importBytes(db, QJsonDocument(items).toJson(), ExportFormat::Json);
        QVERIFY(!r);
        const QString message = r.error().message;
        QCOMPARE(r.error().field, QStringLiteral("platform"));
        QVERIFY2(message.contains(QString(before, QLatin1Char('v'))), qPrintable(message));
        QVERIFY2(message.contains(QChar(0x2026)), qPrintable(message));
        const QString broken = brokenCharacter(message, family);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }

    void malformedCsv_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("item");
        QTest::addColumn<QString>("field");
        const QByteArray header = "platform,account,external_id,title,views,published_at\r\n";
        const QByteArray good = "youtube,a,x1,ok,1,2024-01-01T00:00:00Z\r\n";
        QTest::newRow("empty file") << QByteArray() << 0 << QString();
        QTest::newRow("missing column")
            << QByteArray("platform,account,title\r\nyoutube,a,t\r\n") << 0 << QStringLiteral("external_id");
        QTest::newRow("duplicate column")
            << QByteArray("platform,account,external_id,title,title\r\n") << 0 << QStringLiteral("title");
        QTest::newRow("unterminated quote")
            << QByteArray(header + good + "youtube,a,x2,\"never closed,1,\r\n") << 2
            << QStringLiteral("title");
        QTest::newRow("quote inside unquoted value")
            << QByteArray(header + good + "youtube,a,x2,say \"hi\",1,\r\n") << 2 << QStringLiteral("title");
        QTest::newRow("text after closing quote")
            << QByteArray(header + good + "youtube,a,x2,\"hi\"there,1,\r\n") << 2 << QStringLiteral("title");
        QTest::newRow("too few values") << QByteArray(header + good + "youtube,a,x2\r\n") << 2 << QString();
        QTest::newRow("too many values")
            << QByteArray(header + good + "youtube,a,x2,t,1,,extra\r\n") << 2 << QString();
        QTest::newRow("bad platform")
            << QByteArray(header + good + "YouTube!,a,x2,t,1,\r\n") << 2 << QStringLiteral("platform");
        QTest::newRow("empty account")
            << QByteArray(header + good + "youtube,,x2,t,1,\r\n") << 2 << QStringLiteral("account");
        QTest::newRow("negative views")
            << QByteArray(header + good + "youtube,a,x2,t,-3,\r\n") << 2 << QStringLiteral("views");
        QTest::newRow("views not a number")
            << QByteArray(header + good + "youtube,a,x2,t,12k,\r\n") << 2 << QStringLiteral("views");
        QTest::newRow("bad date") << QByteArray(header + good + "youtube,a,x2,t,1,yesterday\r\n") << 2
                                  << QStringLiteral("published_at");
        QTest::newRow("not utf-8") << QByteArray(header + "youtube,a,x2,caf\xE9,1,\r\n") << 0 << QString();
        QTest::newRow("views 2^53 + 1") << QByteArray(header + good + "youtube,a,x2,t,9007199254740993,\r\n")
                                        << 2 << QStringLiteral("views");
        QTest::newRow("title too long")
            << QByteArray(header + good + "youtube,a,x2," + QByteArray(5001, 't') + ",1,\r\n") << 2
            << QStringLiteral("title");
    }

    void malformedCsv()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, item);
        QFETCH(QString, field);
        LibraryDatabase db;
        openFresh(db);
        QVERIFY(db.upsert(tricky()));
        const QByteArray before = exportBytes(db, ExportFormat::Csv);
        const auto r = importBytes(db, data, ExportFormat::Csv);
        QVERIFY(!r);
        QCOMPARE(r.error().item, item);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        if (item > 0)
            QVERIFY2(r.error().message.contains(QStringLiteral("Item %1").arg(item)),
                     qPrintable(r.error().message));
        QCOMPARE(exportBytes(db, ExportFormat::Csv), before);
    }

    void csvAcceptsLfAndBomAndColumnOrder()
    {
        LibraryDatabase db;
        openFresh(db);
        const QByteArray data = "\xEF\xBB\xBF"
                                "views,external_id,account,platform,unknown_column\n"
                                "7,x1,a,youtube,ignored\n"
                                "\n"
                                "8,x2,a,tiktok,ignored";
        const auto r = importBytes(db, data, ExportFormat::Csv);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(*r, 2);
        const QList<ContentItem> items = allItems(db);
        QCOMPARE(items.at(0).views, 7);
        QCOMPARE(items.at(1).platform, Platform::TikTok);
        QCOMPARE(items.at(1).title, QString());
    }

    /// The documented limits themselves are accepted, exactly, in both formats and through upsert.
    void limitsAreInclusive()
    {
        ContentItem big =
            makeItem(QString(256, QLatin1Char('e')), QString(5000, QChar(0x00E9)),
                     QString(50000, QLatin1Char('d')), Platform::TikTok, QString(256, QLatin1Char('a')));
        big.url = QStringLiteral("https://example.com/") + QString(8192 - 20, QLatin1Char('u'));
        big.thumbnailUrl = big.url;
        big.kind = QString(64, QLatin1Char('k'));
        big.views = 9007199254740992LL;
        big.likes = 9007199254740991LL;
        big.comments = 9007199254740992LL;
        big.durationS = 9007199254740992LL;
        LibraryDatabase source;
        openFresh(source);
        const auto written = source.upsert({big});
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        for (const ExportFormat format : {ExportFormat::Json, ExportFormat::Csv}) {
            LibraryDatabase target;
            openFresh(target);
            const auto r = importBytes(target, exportBytes(source, format), format);
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QCOMPARE(allItems(target), allItems(source));
            QCOMPARE(allItems(target).at(0).likes, 9007199254740991LL);
        }
        // Written by hand, not by the exporter.
        LibraryDatabase db;
        openFresh(db);
        const auto r = importBytes(
            db,
            R"([{"platform":"youtube","account":"a","external_id":"x","views":9007199254740991,"likes":12e2}])",
            ExportFormat::Json);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(allItems(db).at(0).views, 9007199254740991LL);
        QCOMPARE(allItems(db).at(0).likes, 1200);
    }

    /// Items written through the API (what a sync writes) have the same limits as imported ones.
    void upsertRefusesWhatImportRefuses()
    {
        LibraryDatabase db;
        openFresh(db);
        ContentItem item = makeItem(QStringLiteral("x"), QString(5001, QLatin1Char('t')));
        const auto r = db.upsert({makeItem(QStringLiteral("ok"), QStringLiteral("fine")), item});
        QVERIFY(!r);
        QCOMPARE(r.error().item, 2);
        QCOMPARE(r.error().field, QStringLiteral("title"));
        QVERIFY2(r.error().message.contains(QLatin1String("5000")), qPrintable(r.error().message));
        item.title = QStringLiteral("fine");
        item.views = 9007199254740993LL;
        const auto tooMany = db.upsert({item});
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().field, QStringLiteral("views"));
        // A sync's batches: TestSyncLedger::batchesRefuseWhatImportRefuses.
        QCOMPARE(db.stats()->items, 0);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2024, 3, 1), QTime(18, 30), Qt::UTC);
        QTest::newRow("Z") << QStringLiteral("2024-03-01T18:30:00Z") << t;
        QTest::newRow("offset") << QStringLiteral("2024-03-01T20:30:00+02:00") << t;
        QTest::newRow("no offset is UTC") << QStringLiteral("2024-03-01T18:30:00") << t;
        QTest::newRow("milliseconds") << QStringLiteral("2024-03-01T18:30:00.000Z") << t;
        QTest::newRow("invalid month") << QStringLiteral("2024-13-01T18:30:00Z") << QDateTime();
        QTest::newRow("invalid day") << QStringLiteral("2023-02-29T00:00:00Z") << QDateTime();
        QTest::newRow("words") << QStringLiteral("last tuesday") << QDateTime();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(LibraryFileFormat::parseDateTime(text), expected);
    }

    void unreadableDevice()
    {
        LibraryDatabase db;
        openFresh(db);
        QBuffer closed;
        QVERIFY(!db.importFrom(closed, ExportFormat::Json));
    }
};

QTEST_GUILESS_MAIN(TestLibraryImportExport)
#include "TestLibraryImportExport.moc"
