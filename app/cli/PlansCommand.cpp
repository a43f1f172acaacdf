#include "PlansCommand.h"

#include "CliContext.h"
#include "TextTable.h"
#include "UsageCommand.h"

#include "billing/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sv::cli {

namespace {

QJsonValue priceJson(const std::optional<Plan>& p)
{
    if (!p || !p->unitAmount)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("price_id"), p->priceId},
                       {QStringLiteral("amount_minor"), *p->unitAmount},
                       {QStringLiteral("currency"), p->currency},
                       {QStringLiteral("formatted"), Money(*p->unitAmount, p->currency).format(QLocale())}};
}

QString priceText(const std::optional<Plan>& p)
{
    return p && p->unitAmount ? Money(*p->unitAmount, p->currency).format(QLocale()) : QStringLiteral("-");
}

} // namespace

QString PlansCommand::name() const
{
    return QStringLiteral("plans");
}

QString PlansCommand::summary() const
{
    return tr("List the plans with their prices, quota and overage price.");
}

CommandSpec PlansCommand::spec(const QString& action) const
{
    Q_UNUSED(action)
    CommandSpec s;
    s.usage = tr("plans [options]");
    s.description =
        tr("Lists the plans offered (Free, Basic, Premium...) with their monthly and yearly prices in "
           "your locale, the API units included per month and the price of extra units. Your "
           "current plan is marked with '*'.");
    s.options = {
        QCommandLineOption(QStringList{QStringLiteral("json")}, tr("Print a JSON document instead of text.")),
        QCommandLineOption(QStringList{QStringLiteral("currency")},
                           tr("Prices in CURRENCY (usd, eur or jpy); default from the locale."),
                           tr("CURRENCY"))};
    return s;
}

int PlansCommand::run(CliContext& context, const QString& action)
{
    Q_UNUSED(action)
    if (!context.args().positionalArguments().isEmpty())
        return context.usageError(tr("plans takes no arguments"));
    const QString currency = context.args().value(QStringLiteral("currency")).toLower();
    if (!currency.isEmpty() && currency.size() != 3)
        return context.usageError(tr("not a currency code: %1").arg(currency));
    CliSession cli(context);
    if (auto ready = cli.initBilling(); !ready)
        return context.runtimeError(ready.error());
    auto plans = runTask(cli.billing().plans(currency));
    if (!plans)
        return context.runtimeError(plans.error().userMessage());
    cli.warnIfStale(plans->freshness);
    auto sub = runTask(cli.billing().subscription());
    const QString current = sub ? sub->value.plan : QString();

    if (context.args().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PlanOffer& o : plans->value.offers()) {
            array.append(QJsonObject{
                {QStringLiteral("plan"), o.key},
                {QStringLiteral("name"), o.name},
                {QStringLiteral("quota"), o.quota ? QJsonValue(*o.quota) : QJsonValue()},
                {QStringLiteral("monthly"), priceJson(o.monthly)},
                {QStringLiteral("yearly"), priceJson(o.yearly)},
                {QStringLiteral("overage"), priceJson(o.overage)},
                {QStringLiteral("overage_per_units"),
                 o.overage ? QJsonValue(o.overage->transformDivideBy) : QJsonValue()},
                {QStringLiteral("current"), o.key == current},
            });
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const QLocale locale;
    TextTable table({TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Right,
                     TextTable::Align::Right, TextTable::Align::Right, TextTable::Align::Right});
    table.setHeader(
        {QString(), tr("PLAN"), tr("MONTHLY"), tr("YEARLY"), tr("UNITS/MONTH"), tr("OVERAGE/1,000")});
    for (const PlanOffer& o : plans->value.offers()) {
        table.addRow({o.key == current ? QStringLiteral("*") : QString(), o.name, priceText(o.monthly),
                      priceText(o.yearly), o.quota ? locale.toString(*o.quota) : QStringLiteral("-"),
                      priceText(o.overage)});
    }
    table.print(context.out());
    return ExitOk;
}

} // namespace sv::cli
