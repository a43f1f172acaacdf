#include "billing/Money.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#include <cmath>

namespace sv {

namespace {

/// The symbol a currency has in a locale whose own currency it is ("EUR" -> "€" from de_DE), cached.
QString nativeSymbol(const QString& isoUpper)
{
    // The common ones directly: they are what Stripe prices in most and what CLDR would pick.
    static const QHash<QString, QString> known{
        {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("EUR"), QStringLiteral("\u20AC")},
        {QStringLiteral("JPY"), QStringLiteral("\u00A5")},
        {QStringLiteral("GBP"), QStringLiteral("\u00A3")},
    };
    if (auto it = known.constFind(isoUpper); it != known.constEnd())
        return *it;

    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(isoUpper); it != cache.constEnd())
        return *it;
    QString symbol = isoUpper;
    const auto locales =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale& l : locales) {
        if (l.currencySymbol(QLocale::CurrencyIsoCode) == isoUpper) {
            const QString s = l.currencySymbol(QLocale::CurrencySymbol);
            if (!s.isEmpty()) {
                symbol = s;
                break;
            }
        }
    }
    cache.insert(isoUpper, symbol);
    return symbol;
}

} // namespace

Money::Money(qint64 minorUnits, QString currency)
    : m_minor(minorUnits)
    , m_currency(std::move(currency).toLower())
{
}

int Money::exponentOf(const QString& currency)
{
    static const QStringList zeroDecimal = {
        QStringLiteral("bif"), QStringLiteral("clp"), QStringLiteral("djf"), QStringLiteral("gnf"),
        QStringLiteral("jpy"), QStringLiteral("kmf"), QStringLiteral("krw"), QStringLiteral("mga"),
        QStringLiteral("pyg"), QStringLiteral("rwf"), QStringLiteral("ugx"), QStringLiteral("vnd"),
        QStringLiteral("vuv"), QStringLiteral("xaf"), QStringLiteral("xof"), QStringLiteral("xpf")};
    static const QStringList threeDecimal = {QStringLiteral("bhd"), QStringLiteral("jod"),
                                             QStringLiteral("kwd"), QStringLiteral("omr"),
                                             QStringLiteral("tnd")};
    const QString c = currency.toLower();
    if (zeroDecimal.contains(c))
        return 0;
    if (threeDecimal.contains(c))
        return 3;
    return 2;
}

double Money::majorUnits() const
{
    return static_cast<double>(m_minor) / std::pow(10.0, exponent());
}

QString Money::symbolFor(const QString& currency, const QLocale& locale)
{
    const QString iso = currency.toUpper();
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == iso)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    const QString symbol = nativeSymbol(iso);
    // "$" for USD in Canada would read as Canadian dollars: use the unambiguous code there.
    if (symbol == locale.currencySymbol(QLocale::CurrencySymbol))
        return iso;
    return symbol;
}

QString Money::format(const QLocale& locale) const
{
    if (!isValid())
        return locale.toString(majorUnits(), 'f', exponent());
    return locale.toCurrencyString(majorUnits(), symbolFor(m_currency, locale), exponent());
}

} // namespace sv
