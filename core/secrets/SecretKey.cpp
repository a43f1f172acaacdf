#include "secrets/SecretKey.h"

namespace sv {

QString SecretKey::escapeComponent(const QString& component)
{
    QString out = component;
    out.replace(QLatin1Char('%'), QLatin1String("%25"));
    out.replace(QLatin1Char('/'), QLatin1String("%2F"));
    return out;
}

QString SecretKey::toString() const
{
    return escapeComponent(profile) + QLatin1Char('/') + escapeComponent(account) + QLatin1Char('/') +
           escapeComponent(kind);
}

} // namespace sv
