#include "CheckoutCommand.h"

#include "CliContext.h"
#include "UsageCommand.h"

#include "billing/CheckoutFlow.h"
#include "loopback/EnvBrowserLauncher.h"

namespace sv::cli {

QString CheckoutCommand::name() const
{
    return QStringLiteral("checkout");
}

QString CheckoutCommand::summary() const
{
    return tr("Buy or change the plan with Stripe Checkout in the browser.");
}

CommandSpec CheckoutCommand::spec(const QString& action) const
{
    Q_UNUSED(action)
    CommandSpec s;
    s.usage = tr("checkout [options] PLAN");
    s.description =
        tr("Opens Stripe Checkout for PLAN in your browser ($BROWSER, else the desktop's handler) and "
           "prints the link. When the payment is done the browser returns to StreamVibe and the new "
           "plan is printed; if it does not return, the subscription is checked every few seconds "
           "for up to two minutes. Cancelling on the checkout page leaves your plan unchanged.");
    s.arguments = {{tr("PLAN"), tr("The plan to buy: basic or premium (see 'plans').")}};
    s.options = {
        QCommandLineOption(QStringList{QStringLiteral("yearly")}, tr("Pay yearly instead of monthly."))};
    return s;
}

int CheckoutCommand::run(CliContext& context, const QString& action)
{
    Q_UNUSED(action)
    const QStringList args = context.args().positionalArguments();
    if (args.size() != 1)
        return context.usageError(tr("checkout takes one PLAN"));
    const QString wanted = args.first().toLower();
    const bool yearly = context.args().isSet(QStringLiteral("yearly"));
    CliSession cli(context);
    if (auto ready = cli.initBilling(); !ready)
        return context.runtimeError(ready.error());
    auto plans = runTask(cli.billing().plans());
    if (!plans)
        return context.runtimeError(plans.error().userMessage());
    std::optional<PlanOffer> offer = plans->value.offer(wanted);
    if (!offer) {
        for (const PlanOffer& o : plans->value.offers()) {
            if (o.name.compare(wanted, Qt::CaseInsensitive) == 0)
                offer = o;
        }
    }
    if (!offer)
        return context.usageError(tr("no such plan: %1").arg(args.first()));
    const auto price = offer->price(yearly);
    if (!price || !price->unitAmount || *price->unitAmount == 0)
        return context.runtimeError(
            tr("the %1 plan cannot be bought; cancel your subscription with the billing "
               "portal to return to it")
                .arg(offer->name));

    EnvBrowserLauncher browser;
    CheckoutFlow flow(&cli.billing(), &browser);
    QObject::connect(&flow, &CheckoutFlow::checkoutUrlReady, [&context](const QUrl& url, bool opened) {
        context.out()
            << (opened ? tr("Opened the checkout in your browser. If it did not appear, open this link:")
                       : tr("Open this link in your browser to pay:"))
            << '\n'
            << url.toString() << '\n'
            << tr("Waiting for the payment... (Ctrl+C to stop)") << '\n';
        context.out().flush();
    });
    const CheckoutFlow::Outcome outcome = runTask(flow.run(price->priceId));
    if (outcome.kind != CheckoutFlow::Outcome::Kind::Completed)
        return context.runtimeError(outcome.message);
    const SubscriptionSettings& s = *outcome.subscription;
    const auto now = plans->value.offer(s.plan);
    context.out() << tr("Payment confirmed. Your plan is now %1 (%2 API units per month).")
                         .arg(now ? now->name : s.plan, QLocale().toString(s.quota))
                  << '\n';
    return ExitOk;
}

} // namespace sv::cli
