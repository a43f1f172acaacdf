#include "CheckoutPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sv {

// The panel's texts keep the plans page's translation context ("sv::PlansView").

CheckoutPanel::CheckoutPanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("checkoutPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto* panel = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    panel->addWidget(m_text);
    auto* linkRow = new QHBoxLayout;
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("checkoutLink"));
    m_link->setReadOnly(true);
    linkRow->addWidget(m_link, 1);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyLinkButton"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_link->text()); });
    linkRow->addWidget(m_copy);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelCheckoutButton"));
    linkRow->addWidget(m_cancel);
    panel->addLayout(linkRow);
    hide();
}

CheckoutPanel::~CheckoutPanel() = default;

void CheckoutPanel::retranslate()
{
    m_text->setText(QCoreApplication::translate("sv::PlansView",
                                                "Waiting for the payment in your browser… If the browser did "
                                                "not open, copy this link into it:"));
    m_copy->setText(QCoreApplication::translate("sv::PlansView", "Copy link"));
    m_cancel->setText(QCoreApplication::translate("sv::PlansView", "Cancel"));
}

void CheckoutPanel::begin()
{
    m_link->clear();
    show();
}

void CheckoutPanel::setCheckoutUrl(const QUrl& url, bool opened)
{
    m_link->setText(url.toString());
    m_text->setText(opened ? QCoreApplication::translate("sv::PlansView",
                                                         "Waiting for the payment in your browser… If it did "
                                                         "not open, copy this link into it:")
                           : QCoreApplication::translate("sv::PlansView",
                                                         "No browser could be opened. Copy this link into "
                                                         "your browser to pay:"));
}

} // namespace sv
