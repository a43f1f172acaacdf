#pragma once

#include "billing/BillingModels.h"

#include <QList>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sv {

/// The plans page's billing part: "Manage billing…" (the Stripe portal) and the invoices (date, number,
/// amount, status, PDF). Invoices are never cached: offline it says so instead of showing old ones.
class InvoicesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InvoicesPanel(QWidget* parent = nullptr);
    ~InvoicesPanel() override;

    /// Shows `invoices`; relative PDF links are resolved against `baseUrl` (the backend's).
    void showInvoices(const QList<Invoice>& invoices, const QUrl& baseUrl);
    /// The invoices could not be loaded: the table is emptied and the status says why.
    void showError(const ApiError& error);
    /// Sets the texts again (the language changed).
    void retranslate();

    QPushButton* manageBillingButton() const { return m_manageBilling; }
    QTableWidget* table() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    /// An invoice's PDF button was clicked.
    void openRequested(const QUrl& url);

private:
    QLabel* m_heading = nullptr;
    QPushButton* m_manageBilling = nullptr;
    /// Why no invoices are shown (offline, an error); hidden while they are.
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace sv
