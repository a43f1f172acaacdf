#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace sv {

/// An amount of money as Stripe sends it: an integer count of the currency's minor units (cents for
/// USD/EUR; yen for JPY, which has none) and the lower-case ISO 4217 code. GUI-free.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency);

    qint64 minorUnits() const { return m_minor; }
    /// Lower-case ISO 4217 code ("usd"), as Stripe sends it.
    QString currency() const { return m_currency; }
    bool isValid() const { return m_currency.size() == 3; }
    /// Digits after the decimal separator: 0 for JPY, KRW...; 3 for BHD, KWD...; else 2.
    int exponent() const { return exponentOf(m_currency); }
    /// The amount in major units (9.99 for 999 cents; 1500 for ¥1,500).
    double majorUnits() const;

    /// The amount in `locale`'s number format with the currency's symbol and exactly exponent()
    /// decimals, through QLocale::toCurrencyString: en_US "$9.99", "€9.99", "¥1,500"; de_DE "9,99 €",
    /// "9,99 $", "1.500 ¥". A currency whose symbol would be ambiguous in the locale (USD in en_CA,
    /// where "$" is the Canadian dollar) is shown with its ISO code instead.
    QString format(const QLocale& locale = QLocale()) const;

    /// The symbol used by format() for `currency` in `locale`.
    static QString symbolFor(const QString& currency, const QLocale& locale);
    static int exponentOf(const QString& currency);

    friend bool operator==(const Money& a, const Money& b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace sv
