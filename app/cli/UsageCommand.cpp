#include "UsageCommand.h"

#include "CliContext.h"
#include "Plural.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sv::cli {

QString UsageCommand::name() const
{
    return QStringLiteral("usage");
}

QString UsageCommand::summary() const
{
    return tr("Show the quota and usage of the current billing period.");
}

CommandSpec UsageCommand::spec(const QString& action) const
{
    Q_UNUSED(action)
    CommandSpec s;
    s.usage = tr("usage [options]");
    s.description = tr("Shows your plan, the quota, the units used and remaining in this billing period, the "
                       "reset date, the units over the quota and the estimated overage charge. Offline, the "
                       "last figures received are shown with a warning giving their age.");
    s.options = {QCommandLineOption(QStringList{QStringLiteral("json")},
                                    tr("Print a JSON document instead of text."))};
    return s;
}

int UsageCommand::run(CliContext& context, const QString& action)
{
    Q_UNUSED(action)
    if (!context.args().positionalArguments().isEmpty())
        return context.usageError(tr("usage takes no arguments"));
    CliSession cli(context);
    if (auto ready = cli.initBilling(); !ready)
        return context.runtimeError(ready.error());
    auto overview = runTask(cli.billing().usageOverview());
    if (!overview)
        return context.runtimeError(overview.error().userMessage());
    const UsageOverview& o = overview.value();
    const SubscriptionSettings& s = o.subscription.value;
    cli.warnIfStale(o.subscription.freshness);
    const QLocale locale;

    if (context.args().isSet(QStringLiteral("json"))) {
        QJsonObject charge;
        if (o.overage.charge) {
            charge = QJsonObject{{QStringLiteral("amount_minor"), o.overage.charge->minorUnits()},
                                 {QStringLiteral("currency"), o.overage.charge->currency()},
                                 {QStringLiteral("formatted"), o.overage.charge->format(locale)}};
        }
        const QJsonObject doc{
            {QStringLiteral("plan"), s.plan},
            {QStringLiteral("plan_name"), o.plan ? QJsonValue(o.plan->name) : QJsonValue()},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("quota"), s.quota},
            {QStringLiteral("used"), s.used},
            {QStringLiteral("remaining"), o.remaining()},
            {QStringLiteral("period_start"),
             s.periodStart ? QJsonValue(s.periodStart->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("period_end"),
             s.periodEnd ? QJsonValue(s.periodEnd->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("overage_units"), o.overage.overageUnits},
            {QStringLiteral("overage_billed_quantity"), o.overage.billedQuantity},
            {QStringLiteral("overage_charge"), o.overage.charge ? QJsonValue(charge) : QJsonValue()},
            {QStringLiteral("warning_level"), o.warningLevel()},
            {QStringLiteral("stale"), o.subscription.freshness.stale},
            {QStringLiteral("fetched_at"), o.subscription.freshness.fetchedAt.toString(Qt::ISODate)},
        };
        context.out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    const auto units = [&](qint64 n) {
        return tr("%1 unit(s)", nullptr, pluralCount(n)).arg(locale.toString(n));
    };
    auto line = [&](const QString& caption, const QString& value) {
        context.out() << caption.leftJustified(28) << value << '\n';
    };
    line(tr("Plan:"), o.plan ? o.plan->name : s.plan);
    line(tr("Quota:"), units(s.quota));
    line(tr("Used:"), tr("%1 unit(s) (%2 %)", nullptr, pluralCount(s.used))
                          .arg(locale.toString(s.used), locale.toString(o.fraction() * 100.0, 'f', 1)));
    line(tr("Remaining:"), units(o.remaining()));
    if (s.periodEnd)
        line(tr("Resets on:"), locale.toString(s.periodEnd->toLocalTime().date(), QLocale::LongFormat));
    line(tr("Overage units:"), units(o.overage.overageUnits));
    line(tr("Estimated overage charge:"), o.overage.charge ? o.overage.charge->format(locale)
                                          : o.plansError   ? tr("unknown (plans unavailable)")
                                                           : tr("none (no overage billing on this plan)"));
    if (o.warningLevel() >= 100)
        context.out() << tr("Warning: the quota is used up; further usage is billed as overage.") << '\n';
    else if (o.warningLevel() >= 80)
        context.out()
            << tr("Warning: %1 % of the quota is used.").arg(locale.toString(o.fraction() * 100.0, 'f', 0))
            << '\n';
    return ExitOk;
}

} // namespace sv::cli
