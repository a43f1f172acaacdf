#include "ConfigCommand.h"

#include "CliContext.h"
#include "TextTable.h"
#include "config/AppConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sv::cli {

namespace {

const QString kShow = QStringLiteral("show");

} // namespace

QString ConfigCommand::name() const
{
    return QStringLiteral("config");
}

QString ConfigCommand::summary() const
{
    return tr("Inspect the application configuration (streamvibe.conf).");
}

QList<CliCommand::Action> ConfigCommand::actions() const
{
    return {{kShow, tr("Show the effective configuration and where each value comes from.")}};
}

CommandSpec ConfigCommand::spec(const QString&) const
{
    CommandSpec s;
    s.usage = tr("config show [options]");
    s.description = tr(
        "Shows every configuration value and its source. The configuration is read from "
        "$XDG_CONFIG_DIRS/StreamVibe/streamvibe.conf (default /etc/xdg), then "
        "$XDG_CONFIG_HOME/StreamVibe/streamvibe.conf (default ~/.config), each overriding the previous one "
        "key by key; --config FILE or $STREAMVIBE_CONFIG replaces both. Keys no file sets keep their "
        "built-in defaults.");
    s.options = {QCommandLineOption(QStringList{QStringLiteral("json")},
                                    tr("Print a JSON document instead of text."))};
    return s;
}

int ConfigCommand::run(CliContext& context, const QString&)
{
    const QCommandLineParser& args = context.args();
    if (!args.positionalArguments().isEmpty())
        return context.usageError(tr("config show takes no arguments"));
    const auto loaded = context.config();
    if (!loaded)
        return context.runtimeError(loaded.error().message);
    const AppConfig& config = *loaded;
    const QList<ConfigLayer> layers = AppConfig::layers(context.configOption);

    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray files;
        for (const ConfigLayer& layer : layers) {
            QJsonObject f;
            f.insert(QStringLiteral("path"), layer.path);
            f.insert(QStringLiteral("source"), configSourceId(layer.source));
            f.insert(QStringLiteral("read"), config.loadedFiles().contains(layer.path));
            files.append(f);
        }
        QJsonObject values;
        for (const QString& key : AppConfig::keys()) {
            const ConfigOrigin origin = config.origin(key);
            QJsonObject v;
            v.insert(QStringLiteral("value"), config.value(key));
            v.insert(QStringLiteral("source"), configSourceId(origin.source));
            v.insert(QStringLiteral("file"),
                     origin.file.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(origin.file));
            values.insert(key, v);
        }
        QJsonObject doc;
        doc.insert(QStringLiteral("files"), files);
        doc.insert(QStringLiteral("values"), values);
        doc.insert(QStringLiteral("backend_configured"), config.isBackendConfigured());
        doc.insert(QStringLiteral("sandbox"), config.isSandbox());
        doc.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(config.warnings()));
        context.out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    for (const QString& w : config.warnings())
        context.warning(w);

    context.out() << tr("Configuration files, lowest priority first:") << '\n';
    TextTable files({TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Left});
    for (const ConfigLayer& layer : layers) {
        const QString state = config.loadedFiles().contains(layer.path) ? tr("read") : tr("not found");
        files.addRow({QStringLiteral("  ") + configSourceDisplayName(layer.source), state,
                      QDir::toNativeSeparators(layer.path)});
    }
    files.print(context.out());
    context.out() << '\n';

    if (!config.isBackendConfigured())
        context.out()
            << tr("Backend: not configured (set url in the [backend] group); sign-in, plans and sync "
                  "are unavailable, the local library works offline.")
            << '\n';
    else if (config.isSandbox())
        context.out() << tr("Backend: %1 (local sandbox: every endpoint is on this machine)")
                             .arg(config.backend.url.toDisplayString())
                      << '\n';
    else
        context.out() << tr("Backend: %1").arg(config.backend.url.toDisplayString()) << '\n';
    context.out() << '\n';

    TextTable table({TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Left});
    table.setHeader({tr("KEY"), tr("VALUE"), tr("SOURCE")});
    for (const QString& key : AppConfig::keys()) {
        const ConfigOrigin origin = config.origin(key);
        const QString value = config.value(key);
        QString source = configSourceDisplayName(origin.source);
        if (!origin.file.isEmpty())
            source += QStringLiteral(" (") + QDir::toNativeSeparators(origin.file) + QLatin1Char(')');
        table.addRow({key, value.isEmpty() ? tr("(not set)") : value, source});
    }
    table.print(context.out());
    return ExitOk;
}

} // namespace sv::cli
