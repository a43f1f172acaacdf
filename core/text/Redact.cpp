#include "text/Redact.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace sv::Redact {

bool isSensitiveName(const QString& rawName)
{
    const QString name = rawName.toLower();
    static const QStringList harmless = {
        QStringLiteral("error_code"),    QStringLiteral("code_challenge_method"),
        QStringLiteral("response_type"), QStringLiteral("token_type"),
        QStringLiteral("grant_type"),    QStringLiteral("keyword"),
        QStringLiteral("keywords")};
    if (harmless.contains(name))
        return false;
    static const QStringList needles = {
        QStringLiteral("token"),     QStringLiteral("secret"),    QStringLiteral("password"),
        QStringLiteral("passwd"),    QStringLiteral("key"),       QStringLiteral("code"),
        QStringLiteral("verifier"),  QStringLiteral("signature"), QStringLiteral("auth"),
        QStringLiteral("session"),   QStringLiteral("jwt"),       QStringLiteral("assertion"),
        QStringLiteral("credential")};
    for (const QString& needle : needles) {
        if (name.contains(needle))
            return true;
    }
    return name == QLatin1String("sig") || name == QLatin1String("state") || name == QLatin1String("otp");
}

namespace {

QString maskPairs(const QString& encoded)
{
    // Works on the still-encoded form so that no decoding/re-encoding changes what is shown.
    QStringList parts = encoded.split(QLatin1Char('&'));
    for (QString& part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString name = QUrl::fromPercentEncoding((eq < 0 ? part : part.left(eq)).toUtf8());
        if (eq >= 0 && isSensitiveName(name))
            part = part.left(eq + 1) + QLatin1String(Mask);
        else if (eq < 0 && isSensitiveName(name) && part.size() > 40)
            part = QLatin1String(Mask); // a bare long value that looks like a secret
    }
    return parts.join(QLatin1Char('&'));
}

} // namespace

QString url(const QUrl& input)
{
    if (!input.isValid())
        return QStringLiteral("<invalid url>");
    QUrl copy = input;
    copy.setUserInfo({});
    QString out = copy.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::FullyEncoded);
    if (copy.hasQuery())
        out += QLatin1Char('?') + maskPairs(copy.query(QUrl::FullyEncoded));
    if (copy.hasFragment())
        out += QLatin1Char('#') + maskPairs(copy.fragment(QUrl::FullyEncoded));
    return out;
}

QString text(const QString& input)
{
    QString out = input;
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));
    out.replace(jwt, QLatin1String(Mask));
    static const QRegularExpression bearer(QStringLiteral("(Bearer|Basic)\\s+[^\\s\"',;]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, QStringLiteral("\\1 ***"));
    // key=value (query strings, form bodies) and "key": "value" (JSON) with a sensitive key.
    static const QRegularExpression pair(
        QStringLiteral("(\"?)([A-Za-z_][A-Za-z0-9_.-]*)(\"?\\s*=\\s*|\"\\s*:\\s*\")([^\\s&\"',;]+)"));
    QString result;
    qsizetype last = 0;
    auto it = pair.globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool json = m.captured(3).contains(QLatin1Char(':'));
        if (json && m.captured(1).isEmpty())
            continue;
        result += out.mid(last, m.capturedStart() - last);
        if (isSensitiveName(m.captured(2)) && m.captured(4) != QLatin1String(Mask))
            result += m.captured(1) + m.captured(2) + m.captured(3) + QLatin1String(Mask);
        else
            result += m.captured(0);
        last = m.capturedEnd();
    }
    result += out.mid(last);
    return result;
}

} // namespace sv::Redact
