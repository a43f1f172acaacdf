// The desktop app in every language it ships: the main window opens offscreen in English, German, Spanish,
// French and Brazilian Portuguese, signed in against the local sandbox (so Connections, Usage and Plans show
// their live content: platform cards, quota figures and chart, plan cards and invoices), every sidebar page
// is visited like a user does (a click on the sidebar), and each page is saved as a screenshot
// ($STREAMVIBE_SCREENSHOT_DIR, else <build dir>/screenshots, named <language>-<n>-<page>.png). Every sentence
// the English window shows must be translated, the sidebar must speak the language, and numbers and dates
// must follow the locale.
#include "ConnectionsView.h"
#include "ContentDetailsPane.h"
#include "ContentListModel.h"
#include "ContentView.h"
#include "Format.h"
#include "MainWindow.h"
#include "OverviewView.h"
#include "PlanCard.h"
#include "PlansView.h"
#include "Theme.h"
#include "Translations.h"
#include "UiTestLibrary.h"
#include "UsageView.h"
#include "auth/SessionManager.h"
#include "config/Profile.h"
#include "library/LibraryService.h"
#include "services/ProfileServices.h"

#include "AwaitTask.h"
#include "HttpBrowserLauncher.h"
#include "SandboxProcess.h"
#include "SignedInWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>

using namespace sv;

namespace {

/// What one language's window showed.
struct Visit
{
    QStringList navigation;      ///< The sidebar entries, in order.
    QList<QStringList> pages;    ///< The texts each page shows, in sidebar order.
    QString itemCount;           ///< The status bar's "1,242 items in the library".
    QString resultCount;         ///< The content page's "3 results".
    QStringList details;         ///< The details pane of the selected item.
    qint64 selectedViews = -1;   ///< The view count of the selected item.
    QDateTime selectedPublished; ///< When the selected item was published.
    QStringList screenshots;     ///< The files written.
};

QString plain(const QString& text)
{
    const QString t = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return t.trimmed(); // not simplified(): it would turn the no-break spaces of "1 242" into plain ones
}

/// Every text a user can read on `root` and its visible children: labels, buttons, placeholders,
/// combo box entries, group and tab titles, column headers, tooltips and accessible names.
QStringList visibleTexts(QWidget* root)
{
    QStringList out;
    const auto add = [&out](const QString& text) {
        const QString t = plain(text);
        if (!t.isEmpty())
            out << t;
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            add(label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            add(QString(button->text()).remove(QRegularExpression(QStringLiteral("&(?!&)"))));
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            add(edit->placeholderText());
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            add(group->title());
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        } else if (auto* header = qobject_cast<QHeaderView*>(w)) {
            if (header->model()) {
                const int sections =
                    header->orientation() == Qt::Horizontal ? header->model()->columnCount() : 0;
                for (int i = 0; i < sections; ++i)
                    add(header->model()->headerData(i, Qt::Horizontal).toString());
            }
        }
        add(w->toolTip());
        add(w->accessibleName());
    }
    return out;
}

/// A sentence rather than a name, an address or a figure: three or more words of three or more letters.
bool isSentence(const QString& text)
{
    if (text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://")))
        return false;
    static const QRegularExpression word(QStringLiteral("\\b\\p{L}{3,}\\b"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    int words = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++words;
    return words >= 3;
}

void useLanguage(const QLocale& locale)
{
    const auto translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QVERIFY(Translations::install(*qApp, locale));
    QLocale::setDefault(locale);
}

QString screenshotDir()
{
    const QString configured = qEnvironmentVariable("STREAMVIBE_SCREENSHOT_DIR");
    if (!configured.isEmpty())
        return configured;
    const QString build = qEnvironmentVariable("STREAMVIBE_BUILD_DIR");
    return QDir(build.isEmpty() ? QDir::currentPath() : build).filePath(QStringLiteral("screenshots"));
}

/// "connections" for MainWindow::ConnectionsPage; "page5" for a page the enum does not name.
QString pageName(int row)
{
    const char* key = QMetaEnum::fromType<MainWindow::Page>().valueToKey(row);
    if (!key)
        return QStringLiteral("page%1").arg(row + 1);
    return QString::fromLatin1(key).remove(QLatin1String("Page")).toLower();
}

/// The page the sidebar entry `row` shows.
QWidget* pageAt(MainWindow& window, int row)
{
    switch (row) {
    case MainWindow::OverviewPage:
        return window.overviewView();
    case MainWindow::ConnectionsPage:
        return window.connectionsView();
    case MainWindow::ContentPage:
        return window.contentView();
    case MainWindow::UsagePage:
        return window.usageView();
    case MainWindow::PlansPage:
        return window.plansView();
    default:
        return nullptr;
    }
}

} // namespace

class TestAllLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void shipsFourLanguagesBesidesEnglish();
    void everyPageInEveryLanguage_data();
    void everyPageInEveryLanguage();
    void cleanupTestCase();

private:
    /// Opens the main window in `locale`, visits every sidebar page and saves a screenshot of each.
    void visit(const QLocale& locale, const QString& code, Visit* out);

    QTemporaryDir m_profileDir;
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    AppConfig m_config;
    QStringList m_libraryTexts; ///< Titles and descriptions: data, the same in every language.
    qint64 m_total = 0;
    Visit m_english;
};

void TestAllLanguages::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StreamVibe"));
    QCoreApplication::setApplicationName(QStringLiteral("StreamVibeTestAllLanguages"));
    Theme::apply(*qApp);
    QVERIFY(m_profileDir.isValid());
    const Profile profile = Profile::resolve(m_profileDir.path());
    QVERIFY(profile.isValid());
    // More than a thousand items, so that the item count shows the locale's digit grouping.
    const QDateTime now = QDateTime::currentDateTime();
    const QList<ContentItem> items = test::sampleItems(now) + test::numberedItems(1230, now);
    QVERIFY(test::writeLibrary(profile.libraryPath(), items));
    m_total = items.size();
    for (const ContentItem& item : items)
        m_libraryTexts << plain(item.title) << plain(item.description) << item.url;
    QVERIFY(QDir().mkpath(screenshotDir()));

    // The account side against the local sandbox, as the README's run command opens it.
    m_sandbox = std::make_unique<test::SandboxProcess>();
    QString error;
    const auto config = test::startSandboxWithUser(*m_sandbox, QStringLiteral("languages@example.test"),
                                                   QStringLiteral("pw-languages-1"), &error);
    QVERIFY2(config, qPrintable(error));
    m_config = *config;

    visit(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("en"), &m_english);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(m_english.navigation.size(), m_english.pages.size());
    QVERIFY2(m_english.itemCount.contains(QLatin1String("1,242")), qPrintable(m_english.itemCount));
}

void TestAllLanguages::init()
{
    QSettings().clear(); // every window starts on the default page, at the default size
}

void TestAllLanguages::cleanupTestCase()
{
    useLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    qInfo("screenshots: %s", qPrintable(QDir(screenshotDir()).absolutePath()));
}

void TestAllLanguages::shipsFourLanguagesBesidesEnglish()
{
    const QStringList languages = Translations::availableLanguages();
    for (const char* code : {"en", "de", "es", "fr", "pt_BR"})
        QVERIFY2(languages.contains(QLatin1String(code)), qPrintable(languages.join(u' ')));
    // A region without its own catalogue gets its language's (what --lang and the system locale use).
    QCOMPARE(Translations::languageFor(QLocale(QStringLiteral("de_AT"))), QStringLiteral("de"));
    QCOMPARE(Translations::languageFor(QLocale(QStringLiteral("es_MX"))), QStringLiteral("es"));
    QCOMPARE(Translations::languageFor(QLocale(QStringLiteral("fr_CA"))), QStringLiteral("fr"));
    QCOMPARE(Translations::languageFor(QLocale(QStringLiteral("pt_BR"))), QStringLiteral("pt_BR"));
    QCOMPARE(Translations::languageFor(QLocale(QStringLiteral("pt_PT"))), QStringLiteral("pt_BR"));
    QCOMPARE(Translations::languageFor(QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
    QCOMPARE(Translations::languageFor(QLocale(QStringLiteral("ja_JP"))), QString());
    QCOMPARE(Translations::languageFor(QLocale::c()), QString());
}

void TestAllLanguages::everyPageInEveryLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("de") << QStringLiteral("de_DE");
    QTest::newRow("es") << QStringLiteral("es_ES");
    QTest::newRow("fr") << QStringLiteral("fr_FR");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
}

void TestAllLanguages::everyPageInEveryLanguage()
{
    QFETCH(QString, code);
    const QLocale locale(code);
    Visit v;
    visit(locale, QString::fromLatin1(QTest::currentDataTag()), &v);
    if (QTest::currentTestFailed())
        return;

    // The sidebar speaks the language: no entry is left in English.
    QCOMPARE(v.navigation.size(), m_english.navigation.size());
    for (int i = 0; i < v.navigation.size(); ++i)
        QVERIFY2(
            v.navigation.at(i) != m_english.navigation.at(i),
            qPrintable(QStringLiteral("sidebar entry %1 is still \"%2\"").arg(i).arg(v.navigation.at(i))));

    // Numbers and dates follow the locale: "1.242" / "1 242" items, "1.203.344" views, month names.
    QVERIFY2(v.itemCount != m_english.itemCount, qPrintable(v.itemCount));
    QVERIFY2(v.itemCount.contains(locale.toString(m_total)),
             qPrintable(v.itemCount + QStringLiteral(" lacks ") + locale.toString(m_total)));
    QVERIFY2(v.resultCount != m_english.resultCount, qPrintable(v.resultCount));
    QVERIFY(v.selectedViews >= 1000);
    const QString details = v.details.join(u'\n');
    QVERIFY2(details.contains(locale.toString(v.selectedViews)),
             qPrintable(details + QStringLiteral("\nlacks ") + locale.toString(v.selectedViews)));
    const QString month = locale.monthName(v.selectedPublished.toLocalTime().date().month());
    QVERIFY2(details.contains(month, Qt::CaseInsensitive),
             qPrintable(details + QStringLiteral("\nlacks ") + month));

    // No sentence of the English window is left untranslated on any page.
    QCOMPARE(v.pages.size(), m_english.pages.size());
    QStringList untranslated;
    for (int page = 0; page < v.pages.size(); ++page) {
        for (const QString& text : v.pages.at(page)) {
            if (isSentence(text) && m_english.pages.at(page).contains(text) &&
                !m_libraryTexts.contains(text) && !text.contains(m_profileDir.path()))
                untranslated << QStringLiteral("%1: %2").arg(pageName(page), text);
        }
    }
    untranslated.removeDuplicates();
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("still in English:\n") + untranslated.join(u'\n')));
}

void TestAllLanguages::visit(const QLocale& locale, const QString& code, Visit* out)
{
    useLanguage(locale);
    QSettings().clear();
    // Signed in: the account pages load their live content in this language.
    test::SignedInWindow signedIn(m_config, Profile::resolve(m_profileDir.path()),
                                  QStringLiteral("StreamVibeLanguagesTest"));
    QString error;
    QVERIFY2(
        signedIn.signIn(QStringLiteral("languages@example.test"), QStringLiteral("pw-languages-1"), &error),
        qPrintable(error));
    MainWindow& window = signedIn.window;
    QVERIFY(window.usageView()->overview());
    QVERIFY(!window.plansView()->cards().isEmpty());
    // The plans' descriptions are the seller's Stripe product texts: data, like the library's titles.
    for (PlanCard* card : window.plansView()->cards())
        m_libraryTexts << plain(card->offer().description);

    // The library is open and counted.
    QTRY_VERIFY_WITH_TIMEOUT(window.itemCountLabel()->text() == Format::libraryItems(m_total, locale), 20000);
    out->itemCount = window.itemCountLabel()->text();

    // A search with results, and one of them selected so that the details pane shows its numbers.
    ContentView* content = window.contentView();
    window.setCurrentPage(MainWindow::ContentPage);
    content->searchNow(QStringLiteral("bread"));
    QTRY_VERIFY_WITH_TIMEOUT(content->model()->rowCount() >= 3, 20000);
    QTRY_VERIFY(!content->resultCountLabel()->text().isEmpty());
    out->resultCount = content->resultCountLabel()->text();
    int row = 0;
    for (int r = 0; r < content->model()->rowCount(); ++r) {
        if (content->model()->index(r, 0).data(ContentListModel::ViewsRole).toLongLong() >= 1000) {
            row = r;
            break;
        }
    }
    const QModelIndex selected = content->model()->index(row, 0);
    content->resultList()->setCurrentIndex(selected);
    out->selectedViews = selected.data(ContentListModel::ViewsRole).toLongLong();
    out->selectedPublished = selected.data(ContentListModel::PublishedRole).toDateTime();
    QTRY_VERIFY(
        visibleTexts(content->detailsPane()).join(u'\n').contains(locale.toString(out->selectedViews)));
    out->details = visibleTexts(content->detailsPane());

    // Every sidebar page, reached by clicking its entry.
    QListWidget* navigation = window.navigation();
    const QDir dir(screenshotDir());
    for (int i = 0; i < navigation->count(); ++i) {
        QListWidgetItem* item = navigation->item(i);
        out->navigation << item->text();
        navigation->scrollToItem(item);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(item).center());
        QTRY_COMPARE(int(window.currentPage()), i);
        QWidget* page = pageAt(window, i);
        QVERIFY2(page, qPrintable(QStringLiteral("no page for sidebar entry %1").arg(i)));
        QTRY_VERIFY(page->isVisible());
        out->pages << visibleTexts(page) + visibleTexts(window.statusBar());

        const QString file =
            dir.filePath(QStringLiteral("%1-%2-%3.png").arg(code).arg(i + 1).arg(pageName(i)));
        const QPixmap shot = window.grab();
        QVERIFY(!shot.isNull());
        QVERIFY2(shot.save(file), qPrintable(file));
        out->screenshots << file;
    }
}

QTEST_MAIN(TestAllLanguages)
#include "TestAllLanguages.moc"
