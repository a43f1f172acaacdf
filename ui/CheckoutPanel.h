#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;
class QUrl;

namespace sv {

/// The plans page's panel while a Stripe Checkout runs in the browser: what to do, the checkout link to
/// copy (in case the browser did not open) and Cancel.
class CheckoutPanel : public QFrame
{
    Q_OBJECT
public:
    explicit CheckoutPanel(QWidget* parent = nullptr);
    ~CheckoutPanel() override;

    /// Shows the panel, its link still empty.
    void begin();
    /// The checkout page is `url`; `opened` tells whether a browser could be started for it.
    void setCheckoutUrl(const QUrl& url, bool opened);
    /// Sets the texts again (the language changed).
    void retranslate();

    QLineEdit* link() const { return m_link; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    QLabel* m_text = nullptr;
    QLineEdit* m_link = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace sv
