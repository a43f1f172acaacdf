#include "SandboxFaults.h"

#include <QStringList>

namespace sv::sandbox {

namespace {

struct KindName
{
    Fault::Kind kind;
    const char* name;
};

constexpr KindName kKinds[] = {
    {Fault::Kind::Latency, "latency"},     {Fault::Kind::Status, "status"},
    {Fault::Kind::Hang, "hang"},           {Fault::Kind::Truncate, "truncate"},
    {Fault::Kind::Malformed, "malformed"}, {Fault::Kind::ExpireToken, "expire-token"},
    {Fault::Kind::Quota, "quota"},
};

bool kindFromName(const QString& name, Fault* fault)
{
    if (name == QLatin1String("rate-limit")) {
        fault->kind = Fault::Kind::Status;
        fault->value = 429;
        if (fault->retryAfter < 0) {
            fault->retryAfter = 1;
        }
        return true;
    }
    for (const auto& k : kKinds) {
        if (name == QLatin1String(k.name)) {
            fault->kind = k.kind;
            return true;
        }
    }
    return false;
}

QString kindName(Fault::Kind kind)
{
    for (const auto& k : kKinds) {
        if (k.kind == kind) {
            return QString::fromLatin1(k.name);
        }
    }
    return {};
}

bool validate(Fault& f, QString* error)
{
    switch (f.kind) {
    case Fault::Kind::Latency:
        if (f.value <= 0) {
            *error = QStringLiteral("latency needs a positive number of milliseconds (latency=250)");
            return false;
        }
        break;
    case Fault::Kind::Status:
        if (f.value < 400 || f.value > 599) {
            *error = QStringLiteral("status needs an HTTP error status 400-599 (status=503)");
            return false;
        }
        break;
    default:
        break;
    }
    if (f.ratePercent < 1 || f.ratePercent > 100) {
        *error = QStringLiteral("rate must be 1..100 (percent)");
        return false;
    }
    if (f.count == 0 || f.count < -1) {
        *error = QStringLiteral("count must be a positive number");
        return false;
    }
    if (!f.path.startsWith(QLatin1Char('/'))) {
        *error = QStringLiteral("path must start with '/'");
        return false;
    }
    return true;
}

} // namespace

QJsonObject Fault::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("rate"), ratePercent},
                  {QStringLiteral("count"), count}};
    if (kind == Kind::Latency || kind == Kind::Status) {
        o.insert(QStringLiteral("value"), value);
    }
    if (retryAfter >= 0) {
        o.insert(QStringLiteral("retry_after"), retryAfter);
    }
    if (!method.isEmpty()) {
        o.insert(QStringLiteral("method"), method);
    }
    return o;
}

std::vector<Fault> FaultInjector::parseSpec(const QString& spec, QString* error)
{
    std::vector<Fault> result;
    error->clear();
    const QStringList faults = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (faults.isEmpty()) {
        *error = QStringLiteral("empty fault spec");
        return {};
    }
    for (const QString& one : faults) {
        const QStringList parts = one.trimmed().split(QLatin1Char(','), Qt::SkipEmptyParts);
        Fault f;
        bool first = true;
        for (const QString& rawPart : parts) {
            const QString part = rawPart.trimmed();
            const int eq = part.indexOf(QLatin1Char('='));
            const QString key = (eq < 0 ? part : part.left(eq)).trimmed().toLower();
            const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
            bool ok = true;
            if (first) {
                first = false;
                if (!kindFromName(key, &f)) {
                    *error = QStringLiteral("unknown fault kind '%1'").arg(key);
                    return {};
                }
                if (!value.isEmpty()) {
                    f.value = value.toInt(&ok);
                }
            } else if (key == QLatin1String("path")) {
                f.path = value;
            } else if (key == QLatin1String("method")) {
                f.method = value.toUpper();
            } else if (key == QLatin1String("rate")) {
                QString v = value;
                v.remove(QLatin1Char('%'));
                f.ratePercent = v.toInt(&ok);
            } else if (key == QLatin1String("count")) {
                f.count = value.toInt(&ok);
            } else if (key == QLatin1String("retry_after") || key == QLatin1String("retry-after")) {
                f.retryAfter = value.toInt(&ok);
            } else {
                *error = QStringLiteral("unknown fault option '%1'").arg(key);
                return {};
            }
            if (!ok) {
                *error = QStringLiteral("bad number in '%1'").arg(part);
                return {};
            }
        }
        if (!validate(f, error)) {
            return {};
        }
        result.push_back(f);
    }
    return result;
}

std::vector<Fault> FaultInjector::parseJson(const QJsonObject& o, QString* error)
{
    error->clear();
    if (o.contains(QLatin1String("spec"))) {
        return parseSpec(o.value(QLatin1String("spec")).toString(), error);
    }
    Fault f;
    if (!kindFromName(o.value(QLatin1String("kind")).toString(), &f)) {
        *error = QStringLiteral("unknown or missing fault kind");
        return {};
    }
    if (o.contains(QLatin1String("value"))) {
        f.value = o.value(QLatin1String("value")).toInt();
    }
    if (o.contains(QLatin1String("ms"))) {
        f.value = o.value(QLatin1String("ms")).toInt();
    }
    if (o.contains(QLatin1String("status"))) {
        f.value = o.value(QLatin1String("status")).toInt();
    }
    f.path = o.value(QLatin1String("path")).toString(f.path);
    f.method = o.value(QLatin1String("method")).toString().toUpper();
    f.ratePercent = o.value(QLatin1String("rate")).toInt(100);
    f.count = o.value(QLatin1String("count")).toInt(-1);
    f.retryAfter = o.value(QLatin1String("retry_after")).toInt(f.retryAfter);
    if (!validate(f, error)) {
        return {};
    }
    return {f};
}

void FaultInjector::add(Fault fault)
{
    fault.id = m_nextId++;
    m_faults.push_back(fault);
}

std::vector<Fault> FaultInjector::match(const QString& path, const QByteArray& method)
{
    std::vector<Fault> fired;
    for (auto it = m_faults.begin(); it != m_faults.end();) {
        Fault& f = *it;
        const bool pathMatches = path.startsWith(f.path);
        if (!pathMatches || (!f.method.isEmpty() && f.method.toLatin1() != method)) {
            ++it;
            continue;
        }
        ++f.seen;
        // Deterministic rate: fire when floor(seen * rate / 100) advances (10% = every 10th request).
        const bool fires = (f.seen * static_cast<quint64>(f.ratePercent)) / 100 >
                           ((f.seen - 1) * static_cast<quint64>(f.ratePercent)) / 100;
        if (!fires) {
            ++it;
            continue;
        }
        fired.push_back(f);
        if (f.count > 0 && --f.count == 0) {
            it = m_faults.erase(it);
        } else {
            ++it;
        }
    }
    return fired;
}

} // namespace sv::sandbox
