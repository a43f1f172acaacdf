#include "InvoicesPanel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sv {

// The panel's texts keep the plans page's translation context ("sv::PlansView").

namespace {

QString statusText(Invoice::Status status)
{
    switch (status) {
    case Invoice::Status::Draft:
        return QCoreApplication::translate("sv::PlansView", "Draft");
    case Invoice::Status::Open:
        return QCoreApplication::translate("sv::PlansView", "Open");
    case Invoice::Status::Paid:
        return QCoreApplication::translate("sv::PlansView", "Paid");
    case Invoice::Status::Void:
        return QCoreApplication::translate("sv::PlansView", "Void");
    case Invoice::Status::Uncollectible:
        return QCoreApplication::translate("sv::PlansView", "Uncollectible");
    }
    return {};
}

} // namespace

InvoicesPanel::InvoicesPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto* billingRow = new QHBoxLayout;
    m_heading = new QLabel(this);
    QFont ih = m_heading->font();
    ih.setBold(true);
    m_heading->setFont(ih);
    billingRow->addWidget(m_heading, 1);
    m_manageBilling = new QPushButton(this);
    m_manageBilling->setObjectName(QStringLiteral("manageBillingButton"));
    billingRow->addWidget(m_manageBilling);
    column->addLayout(billingRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("invoicesStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    column->addWidget(m_status);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("invoicesTable"));
    // Tab leaves the table (the arrow keys move within it).
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(180);
    column->addWidget(m_table, 1);
}

InvoicesPanel::~InvoicesPanel() = default;

void InvoicesPanel::retranslate()
{
    m_manageBilling->setText(QCoreApplication::translate("sv::PlansView", "Manage billing…"));
    m_table->setAccessibleName(QCoreApplication::translate("sv::PlansView", "Invoices"));
    m_heading->setText(QCoreApplication::translate("sv::PlansView", "Invoices"));
    m_table->setHorizontalHeaderLabels({QCoreApplication::translate("sv::PlansView", "Date"),
                                        QCoreApplication::translate("sv::PlansView", "Number"),
                                        QCoreApplication::translate("sv::PlansView", "Amount"),
                                        QCoreApplication::translate("sv::PlansView", "Status"),
                                        QCoreApplication::translate("sv::PlansView", "PDF")});
}

void InvoicesPanel::showError(const ApiError& error)
{
    // Invoices are never cached: offline there is nothing to show.
    const bool online = !error.isUnavailable();
    m_table->setRowCount(0);
    m_status->setText(
        online ? QCoreApplication::translate("sv::PlansView", "The invoices could not be loaded: %1")
                     .arg(error.userMessage())
               : QCoreApplication::translate("sv::PlansView",
                                             "Invoices are not available offline: they are always "
                                             "fetched from Stripe and never stored on this computer."));
    m_status->show();
}

void InvoicesPanel::showInvoices(const QList<Invoice>& invoices, const QUrl& baseUrl)
{
    m_status->hide();
    const QLocale locale;
    m_table->setRowCount(int(invoices.size()));
    for (int row = 0; row < invoices.size(); ++row) {
        const Invoice& inv = invoices[row];
        auto* date =
            new QTableWidgetItem(locale.toString(inv.created.toLocalTime().date(), QLocale::ShortFormat));
        date->setData(Qt::UserRole, inv.created);
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, new QTableWidgetItem(inv.number));
        auto* amount = new QTableWidgetItem(inv.formattedAmountDue(locale));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, amount);
        m_table->setItem(row, 3, new QTableWidgetItem(statusText(inv.status)));
        QUrl pdf(inv.invoicePdf.isEmpty() ? inv.hostedInvoiceUrl : inv.invoicePdf);
        if (pdf.isRelative() && !baseUrl.isEmpty())
            pdf = baseUrl.resolved(pdf); // Stripe sends absolute URLs
        if (pdf.isValid() &&
            (pdf.scheme() == QLatin1String("https") || pdf.scheme() == QLatin1String("http"))) {
            auto* button = new QPushButton(QCoreApplication::translate("sv::PlansView", "PDF"), m_table);
            button->setObjectName(QStringLiteral("invoicePdfButton"));
            button->setProperty("url", pdf);
            button->setToolTip(
                QCoreApplication::translate("sv::PlansView", "Open the invoice in your browser"));
            connect(button, &QPushButton::clicked, this, [this, pdf] { Q_EMIT openRequested(pdf); });
            m_table->setCellWidget(row, 4, button);
        } else {
            m_table->setItem(row, 4, new QTableWidgetItem(QCoreApplication::translate("sv::PlansView", "—")));
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace sv
