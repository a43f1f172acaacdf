// streamvibe-cli: the headless client. Composition only; the commands live in CliApplication's table.
#include "CliApplication.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("streamvibe-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STREAMVIBE_VERSION));

    // Diagnostics stay out of a script's stderr unless asked for with QT_LOGGING_RULES (which wins).
    // (Both category prefixes are in use: "sv.library", "streamvibe.auth"...)
    QLoggingCategory::setFilterRules(QStringLiteral(
        "sv.*.debug=false\nsv.*.info=false\nstreamvibe.*.debug=false\nstreamvibe.*.info=false"));

    // The user's language if the CLI has it, else English (which carries the plural forms): the core
    // messages a command prints (catalogue shared with the desktop app), then the CLI's own strings.
    const auto installCatalogue = [&app](const QString& name, const QString& directory) {
        auto* translator = new QTranslator(&app);
        if (translator->load(QLocale(), name, QStringLiteral("_"), directory) ||
            translator->load(directory + QLatin1Char('/') + name + QStringLiteral("_en")))
            QCoreApplication::installTranslator(translator);
    };
    installCatalogue(QStringLiteral("streamvibe-core"), QStringLiteral(":/i18n/core"));
    installCatalogue(QStringLiteral("streamvibe-cli"), QStringLiteral(":/i18n/cli"));
    // Qt's own messages (e.g. a JSON parser error inside an import error) in the same language.
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    sv::cli::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
