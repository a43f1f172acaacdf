#include "LibraryCommand.h"

#include "CliContext.h"
#include "Platform.h"
#include "TextTable.h"
#include "library/ClipGroups.h"
#include "library/LibraryDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <optional>

namespace sv::cli {

namespace {

const QString kImport = QStringLiteral("import");
const QString kExport = QStringLiteral("export");
const QString kStats = QStringLiteral("stats");

std::optional<ExportFormat> formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("json"))
        return ExportFormat::Json;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

std::optional<ExportFormat> formatFromFileName(const QString& path)
{
    return formatFromName(QFileInfo(path).suffix());
}

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QJsonValue isoOrNull(const QDateTime& dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString LibraryCommand::name() const
{
    return QStringLiteral("library");
}

QString LibraryCommand::summary() const
{
    return tr("Manage the local content library of a profile.");
}

QList<CliCommand::Action> LibraryCommand::actions() const
{
    return {
        {kImport, tr("Import items from a JSON or CSV file (all or nothing).")},
        {kExport, tr("Export the whole library as JSON or CSV.")},
        {kStats, tr("Show how many items the library holds, per platform.")},
    };
}

CommandSpec LibraryCommand::spec(const QString& action) const
{
    CommandSpec s;
    const QCommandLineOption format(QStringList{QStringLiteral("format")}, tr("File format: json or csv."),
                                    tr("format"));
    if (action == kImport) {
        s.usage = tr("library import [options] FILE");
        s.description =
            tr("Imports the items of FILE into the library: new items are added, items already "
               "there (same platform, account and external_id) are updated. Nothing is imported if "
               "any item is invalid; the error names the item and the field. The format comes from "
               "the file name (.json, .csv) unless --format is given.");
        s.arguments = {
            {tr("FILE"), tr("The JSON or CSV file to import; - reads standard input (with --format).")}};
        s.options = {format};
    } else if (action == kExport) {
        s.usage = tr("library export [options] [FILE]");
        s.description = tr("Writes every item of the library as JSON or CSV, in the format library import "
                           "reads, to FILE or to standard output. The format comes from --format, else from "
                           "the file name (.json, .csv), else JSON.");
        s.arguments = {{tr("FILE"), tr("Where to write (replaced atomically); standard output if omitted.")}};
        s.options = {format};
    } else if (action == kStats) {
        s.usage = tr("library stats [options]");
        s.description =
            tr("Shows the number of items per platform, the newest item, the last sync and the size "
               "of the library file.");
        s.options = {QCommandLineOption(QStringList{QStringLiteral("json")},
                                        tr("Print a JSON document instead of text."))};
    }
    return s;
}

int LibraryCommand::run(CliContext& context, const QString& action)
{
    if (action == kImport)
        return runImport(context);
    if (action == kExport)
        return runExport(context);
    return runStats(context);
}

int LibraryCommand::runImport(CliContext& context)
{
    const QCommandLineParser& args = context.args();
    const QStringList files = args.positionalArguments();
    if (files.isEmpty())
        return context.usageError(tr("library import needs the FILE to import"));
    if (files.size() > 1)
        return context.usageError(tr("library import takes one FILE, not %1").arg(files.size()));
    const QString path = files.first();

    std::optional<ExportFormat> format;
    if (args.isSet(QStringLiteral("format"))) {
        format = formatFromName(args.value(QStringLiteral("format")));
        if (!format)
            return context.usageError(
                tr("unknown format '%1' (use json or csv)").arg(args.value(QStringLiteral("format"))));
    } else {
        format = formatFromFileName(path);
        if (!format)
            return context.usageError(
                tr("cannot tell the format of '%1' from its name: use --format json or --format csv")
                    .arg(path));
    }

    // "-" reads standard input (the format must then be given with --format).
    const bool fromStdin = path == QLatin1String("-");
    const QString shownPath = fromStdin ? tr("standard input") : QDir::toNativeSeparators(path);
    QFile file;
    if (fromStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return context.runtimeError(tr("cannot read standard input: %1").arg(file.errorString()));
    } else {
        if (QFileInfo(path).isDir())
            return context.runtimeError(tr("cannot read %1: it is a directory").arg(shownPath));
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return context.runtimeError(tr("cannot read %1: %2").arg(shownPath, file.errorString()));
    }

    LibraryDatabase db;
    if (const auto opened = context.openLibrary(db); !opened)
        return context.runtimeError(opened.error());
    const auto imported = db.importFrom(file, *format);
    if (!imported)
        return context.runtimeError(
            tr("%1: %2 (nothing was imported)").arg(shownPath, imported.error().message));
    // The imported cross-posts are grouped now; should it fail, the next read of the groups does it.
    if (const auto grouped = ClipGroups::refresh(db); !grouped)
        context.err() << grouped.error().message << '\n';
    context.out() << tr("Imported %n item(s) from %1.", nullptr, *imported).arg(shownPath) << '\n';
    return ExitOk;
}

int LibraryCommand::runExport(CliContext& context)
{
    const QCommandLineParser& args = context.args();
    const QStringList files = args.positionalArguments();
    if (files.size() > 1)
        return context.usageError(tr("library export takes at most one FILE, not %1").arg(files.size()));
    const QString path = files.value(0);

    ExportFormat format = ExportFormat::Json;
    if (args.isSet(QStringLiteral("format"))) {
        const auto named = formatFromName(args.value(QStringLiteral("format")));
        if (!named)
            return context.usageError(
                tr("unknown format '%1' (use json or csv)").arg(args.value(QStringLiteral("format"))));
        format = *named;
    } else if (!path.isEmpty()) {
        format = formatFromFileName(path).value_or(ExportFormat::Json);
    }

    LibraryDatabase db;
    if (const auto opened = context.openLibrary(db); !opened)
        return context.runtimeError(opened.error());

    if (path.isEmpty()) {
        QIODevice& out = context.stdoutDevice();
        if (const auto exported = db.exportTo(out, format); !exported)
            return context.runtimeError(tr("export failed: %1").arg(exported.error().message));
        return ExitOk;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return context.runtimeError(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (const auto exported = db.exportTo(file, format); !exported)
        return context.runtimeError(
            tr("cannot export to %1: %2").arg(QDir::toNativeSeparators(path), exported.error().message));
    if (!file.commit())
        return context.runtimeError(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const auto stats = db.stats();
    if (stats)
        context.out() << tr("Exported %n item(s) to %1.", nullptr, int(stats->items))
                             .arg(QDir::toNativeSeparators(path))
                      << '\n';
    else
        context.out() << tr("Exported the library to %1.").arg(QDir::toNativeSeparators(path)) << '\n';
    return ExitOk;
}

int LibraryCommand::runStats(CliContext& context)
{
    const QCommandLineParser& args = context.args();
    if (!args.positionalArguments().isEmpty())
        return context.usageError(tr("library stats takes no arguments"));
    const auto profile = context.profile();
    if (!profile)
        return context.runtimeError(profile.error());
    LibraryDatabase db;
    if (const auto opened = context.openLibrary(db); !opened)
        return context.runtimeError(opened.error());
    const auto stats = db.stats();
    if (!stats)
        return context.runtimeError(tr("cannot read the library statistics: %1").arg(stats.error().message));

    if (args.isSet(QStringLiteral("json"))) {
        QJsonObject perPlatform;
        for (const Platform p : allPlatforms())
            perPlatform.insert(platformId(p), stats->itemsPerPlatform.value(platformId(p)));
        QJsonObject doc;
        doc.insert(QStringLiteral("profile"), profile->directory());
        doc.insert(QStringLiteral("file"), profile->libraryPath());
        doc.insert(QStringLiteral("file_bytes"), stats->fileBytes);
        doc.insert(QStringLiteral("items"), stats->items);
        doc.insert(QStringLiteral("platforms"), perPlatform);
        doc.insert(QStringLiteral("newest_published_at"), isoOrNull(stats->newestPublished));
        doc.insert(QStringLiteral("last_synced_at"), isoOrNull(stats->lastSynced));
        context.out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    const auto localDate = [this](const QDateTime& dt) {
        return dt.isValid() ? QLocale::c().toString(dt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                            : tr("never");
    };
    TextTable table({TextTable::Align::Left, TextTable::Align::Left});
    table.addRow({tr("Profile:"), QDir::toNativeSeparators(profile->directory())});
    table.addRow({tr("Library file:"), QDir::toNativeSeparators(profile->libraryPath()) +
                                           QStringLiteral(" (") + humanSize(stats->fileBytes) +
                                           QLatin1Char(')')});
    table.addRow({tr("Newest item:"),
                  stats->newestPublished.isValid() ? localDate(stats->newestPublished) : tr("none")});
    table.addRow({tr("Last sync:"), localDate(stats->lastSynced)});
    table.print(context.out());
    context.out() << '\n';

    TextTable counts({TextTable::Align::Left, TextTable::Align::Right});
    counts.setHeader({tr("PLATFORM"), tr("ITEMS")});
    for (const Platform p : allPlatforms())
        counts.addRow(
            {platformDisplayName(p), QString::number(stats->itemsPerPlatform.value(platformId(p)))});
    counts.addRow({tr("Total"), QString::number(stats->items)});
    counts.print(context.out());
    return ExitOk;
}

} // namespace sv::cli
