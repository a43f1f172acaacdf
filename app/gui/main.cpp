// StreamVibe desktop: composition only. Parses the command line, loads the translations, resolves
// the profile and shows the main window; everything else lives in streamvibe_ui and streamvibe_core.
#include "ContentListModel.h"
#include "ContentView.h"
#include "DesktopIntegration.h"
#include "Icons.h"
#include "MainWindow.h"
#include "SignInView.h"
#include "Theme.h"
#include "Translations.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "services/ProfileServices.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <ctime>
#include <memory>
#include <unistd.h>

namespace {

int s_quitPipe[2] = {-1, -1};

/// SIGTERM/SIGINT (logout, `kill`, Ctrl+C in a terminal) end the event loop like closing the window, so the
/// window state is saved and running syncs stop cleanly. The handler only writes a byte (async-signal-safe);
/// the event loop reads it.
void installQuitOnSignals(QCoreApplication& app)
{
    if (::pipe(s_quitPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(s_quitPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(s_quitPipe[0], &byte, 1);
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const auto n = ::write(s_quitPipe[1], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

/// Milliseconds between the kernel starting this process and now, from /proc/self/stat
/// (start time in clock ticks since boot) and CLOCK_BOOTTIME; -1 when unavailable.
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const qsizetype commEnd = line.lastIndexOf(')');
    if (commEnd < 0)
        return -1;
    // Fields after the command name start at field 3; starttime is field 22.
    const QList<QByteArray> fields = line.mid(commEnd + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(19).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    const qint64 startMs = startTicks * 1000 / ticksPerSecond;
    return nowMs >= startMs ? nowMs - startMs : -1;
}

/// The --lang value, read before the parser exists so that its help text is translated too.
QString requestedLanguage(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.mid(int(qstrlen("--lang="))));
    }
    return {};
}

/// --help and --version only print: they must work without a display.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const qint64 startupMs = std::max<qint64>(msSinceProcessStart(), 0);

    // Language: --lang wins over the one chosen in the settings, which wins over the system locale. Checked
    // before any window system is needed.
    QCoreApplication::setOrganizationName(QStringLiteral("StreamVibe"));
    QCoreApplication::setApplicationName(QStringLiteral("StreamVibe"));
    QString language = requestedLanguage(argc, argv);
    if (language.isEmpty())
        language = sv::Translations::savedLanguage();
    QLocale locale;
    if (!language.isEmpty()) {
        locale = QLocale(language);
        const QStringList available = sv::Translations::availableLanguages();
        if (sv::Translations::languageFor(locale).isEmpty()) {
            QTextStream(stderr) << QCoreApplication::translate("main",
                                                               "Unknown language “%1”; available: %2.")
                                       .arg(language, available.join(QStringLiteral(", ")))
                                << '\n';
            return 2;
        }
        QLocale::setDefault(locale);
    }

    std::unique_ptr<QCoreApplication> application;
    if (onlyPrints(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("StreamVibe"));
    QCoreApplication::setApplicationName(QStringLiteral("StreamVibe"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STREAMVIBE_VERSION));
    sv::Translations::install(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "StreamVibe: search your YouTube, Instagram and TikTok content offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Use the profile in <directory> instead of the default one."),
        QCoreApplication::translate("main", "directory"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main",
                                    "Show the interface in <language> (%1) instead of the system language.")
            .arg(sv::Translations::availableLanguages().join(QStringLiteral(", "))),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QCoreApplication::translate("main", "Read the configuration from <file> instead of the system and "
                                            "user files (also $STREAMVIBE_CONFIG)."),
        QCoreApplication::translate("main", "file"));
    QCommandLineOption benchmarkOption(
        QStringLiteral("benchmark-first-results"),
        QStringLiteral("Search for QUERY, print first-results-ms when the first "
                       "page is on screen, and quit."),
        QStringLiteral("query"));
    benchmarkOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(profileOption);
    parser.addOption(langOption);
    parser.addOption(configOption);
    parser.addOption(benchmarkOption);
    parser.addPositionalArgument(
        QStringLiteral("urls"), QCoreApplication::translate("main", "Links passed by the desktop (ignored)."),
        QStringLiteral("[urls...]"));
    parser.process(app);

    const sv::Profile profile = sv::Profile::resolve(parser.value(profileOption));
    if (!profile.isValid())
        QTextStream(stderr) << profile.error() << '\n';

    // A broken configuration is reported in the window (and here); the app still opens, offline.
    sv::AppConfig config;
    sv::Result<void, sv::AppConfigError> configLoaded;
    auto loaded = sv::AppConfig::load(parser.value(configOption));
    if (loaded) {
        config = std::move(loaded).value();
        for (const QString& warning : config.warnings())
            QTextStream(stderr) << warning << '\n';
    } else {
        configLoaded = loaded.error();
        QTextStream(stderr) << loaded.error().message << '\n';
    }

    auto& gui = static_cast<QApplication&>(app);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("StreamVibe"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.streamvibe.StreamVibe"));
    sv::Theme::apply(gui);
    QGuiApplication::setWindowIcon(sv::Icons::application());

    // The profile's services: the library (opened by them once the event loop runs) and, only when a
    // backend is configured, the account side: the session (secrets in the OS keychain, restored in the
    // background after the window is shown: no network is needed to open the app), the cache, billing and
    // the connected platforms' sync.
    sv::ProfileServices services(config, profile);
    sv::DesktopBrowserLauncher browser;
    sv::MainWindow window(&services, config, configLoaded);
    window.setConfigurationFile(parser.value(configOption));
    if (services.isAvailable()) {
        window.setSession(services.session(), &browser);
        window.setServices(services.syncManager(), services.billing(), &browser);
    }

    if (parser.isSet(benchmarkOption)) {
        const QString query = parser.value(benchmarkOption);
        sv::ContentView* content = window.contentView();
        window.setCurrentPage(sv::MainWindow::ContentPage);
        auto wanted = std::make_shared<quint64>(0);
        QObject::connect(content, &sv::ContentView::libraryOpened, content, [content, query, wanted] {
            content->searchNow(query);
            *wanted = content->model()->generation();
        });
        QObject::connect(content, &sv::ContentView::resultsShown, &app,
                         [wanted, startupMs, &sinceMain](quint64 generation) {
                             if (generation != *wanted)
                                 return;
                             QTextStream(stdout)
                                 << "first-results-ms: " << startupMs + sinceMain.elapsed() << Qt::endl;
                             QCoreApplication::exit(0);
                         });
        QObject::connect(content, &sv::ContentView::libraryFailed, &app, [](const QString& message) {
            QTextStream(stderr) << message << '\n';
            QCoreApplication::exit(1);
        });
        if (!profile.isValid())
            return 1;
    }

    installQuitOnSignals(app);
    // Background sync on the user's schedule, the tray icon and desktop notifications.
    std::unique_ptr<sv::DesktopIntegration> desktop;
    if (!parser.isSet(benchmarkOption))
        desktop = std::make_unique<sv::DesktopIntegration>(&window, &services);
    window.show();
    if (services.isAvailable() && !parser.isSet(benchmarkOption))
        window.restoreSession(); // runs on the event loop; the window and the library do not wait for it
    const int status = app.exec();
    window.close(); // saves the window's state, also when a signal ended the loop
    // Running syncs stop at their next page (what they committed stays) before the services go.
    QCoro::waitFor(services.shutdown());
    return status;
}
