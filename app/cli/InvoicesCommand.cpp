#include "InvoicesCommand.h"

#include "CliContext.h"
#include "TextTable.h"
#include "UsageCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sv::cli {

namespace {

QString statusName(Invoice::Status s)
{
    switch (s) {
    case Invoice::Status::Draft:
        return QStringLiteral("draft");
    case Invoice::Status::Open:
        return QStringLiteral("open");
    case Invoice::Status::Paid:
        return QStringLiteral("paid");
    case Invoice::Status::Void:
        return QStringLiteral("void");
    case Invoice::Status::Uncollectible:
        return QStringLiteral("uncollectible");
    }
    return {};
}

} // namespace

QString InvoicesCommand::name() const
{
    return QStringLiteral("invoices");
}

QString InvoicesCommand::summary() const
{
    return tr("List your invoices with links to their PDF.");
}

CommandSpec InvoicesCommand::spec(const QString& action) const
{
    Q_UNUSED(action)
    CommandSpec s;
    s.usage = tr("invoices [options]");
    s.description =
        tr("Lists your invoices, newest first: date, number, amount, status and the link to the PDF. "
           "Invoices are always fetched from Stripe through the backend and never stored.");
    s.options = {QCommandLineOption(QStringList{QStringLiteral("json")},
                                    tr("Print a JSON document instead of text."))};
    return s;
}

int InvoicesCommand::run(CliContext& context, const QString& action)
{
    Q_UNUSED(action)
    if (!context.args().positionalArguments().isEmpty())
        return context.usageError(tr("invoices takes no arguments"));
    CliSession cli(context);
    if (auto ready = cli.initBilling(); !ready)
        return context.runtimeError(ready.error());
    auto invoices = runTask(cli.billing().invoices(100));
    if (!invoices)
        return context.runtimeError(invoices.error().userMessage());
    const QUrl base = cli.backend().config().baseUrl;
    auto pdfUrl = [&](const Invoice& inv) {
        const QUrl u(inv.invoicePdf.isEmpty() ? inv.hostedInvoiceUrl : inv.invoicePdf);
        return (u.isRelative() ? base.resolved(u) : u).toString();
    };
    if (context.args().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Invoice& inv : invoices.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), inv.id},
                                     {QStringLiteral("number"), inv.number},
                                     {QStringLiteral("created"), inv.created.toString(Qt::ISODate)},
                                     {QStringLiteral("status"), statusName(inv.status)},
                                     {QStringLiteral("amount_due"), inv.amountDue},
                                     {QStringLiteral("amount_paid"), inv.amountPaid},
                                     {QStringLiteral("currency"), inv.currency},
                                     {QStringLiteral("formatted"), inv.formattedAmountDue(QLocale())},
                                     {QStringLiteral("pdf"), pdfUrl(inv)}});
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (invoices->isEmpty()) {
        context.out() << tr("No invoices yet.") << '\n';
        return ExitOk;
    }
    const QLocale locale;
    TextTable table({TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Right,
                     TextTable::Align::Left, TextTable::Align::Left});
    table.setHeader({tr("DATE"), tr("NUMBER"), tr("AMOUNT"), tr("STATUS"), tr("PDF")});
    for (const Invoice& inv : invoices.value()) {
        table.addRow({inv.created.toLocalTime().date().toString(Qt::ISODate), inv.number,
                      inv.formattedAmountDue(locale), statusName(inv.status), pdfUrl(inv)});
    }
    table.print(context.out());
    return ExitOk;
}

} // namespace sv::cli
