#include "SandboxData.h"

#include "SandboxHttp.h"

#include <QStringList>

#include <array>

namespace sv::sandbox {

namespace {

constexpr qint64 kNewest = 1793491200; // 2026-11-01T00:00:00Z
constexpr quint64 kIdMultiplier = 0x9E3779B97F4A7C15ULL;

quint64 inverseOf(quint64 a)
{
    quint64 x = a; // Newton's iteration for the inverse modulo 2^64 (a odd)
    for (int i = 0; i < 6; ++i) {
        x *= 2 - a * x;
    }
    return x;
}

constexpr std::array kAdjectives{"Ultimate", "Cozy",  "Midnight", "Rainy",  "Quick",   "Honest",
                                 "Tiny",     "Epic",  "Slow",     "Golden", "Weekend", "Café",
                                 "Hidden",   "Daily", "Wild",     "Budget"};
constexpr std::array kTopics{"Sourdough", "Street Food", "Synthwave", "Bouldering", "Watercolor", "Ramen",
                             "Vinyl",     "Houseplants", "Espresso",  "Road Trip",  "Pixel Art",  "Yoga",
                             "Origami",   "Night Sky",   "Kayaking",  "Dumplings"};
constexpr std::array kFormats{"Guide", "Vlog", "Challenge", "Tutorial", "Review", "Story", "Tips", "Q&A"};
constexpr std::array kTags{"#howto", "#vlog", "#food", "#music", "#travel", "#diy", "#art", "#fitness"};

quint64 h(quint64 seed, Platform p, qint64 index, quint64 salt)
{
    return mix64(seed ^ mix64((static_cast<quint64>(p) << 56) ^ static_cast<quint64>(index) ^ (salt << 40)));
}

} // namespace

SandboxData::SandboxData(quint64 seed, qint64 itemsPerPlatform)
    : m_seed(seed)
    , m_count(itemsPerPlatform)
    , m_spacing(qMax<qint64>(600, 10LL * 365 * 86400 / qMax<qint64>(1, itemsPerPlatform)))
{
}

qint64 SandboxData::createdAt(qint64 index) const
{
    const qint64 jitter = static_cast<qint64>(mix64(m_seed ^ static_cast<quint64>(index)) %
                                              static_cast<quint64>(m_spacing - 1));
    return kNewest - index * m_spacing - jitter;
}

qint64 SandboxData::firstIndexBefore(qint64 unixSeconds) const
{
    // createdAt(i) lies in (kNewest - (i+1)*spacing, kNewest - i*spacing]: search the two candidates.
    if (unixSeconds > kNewest) {
        return 0;
    }
    qint64 i = qMax<qint64>(0, (kNewest - unixSeconds) / m_spacing - 1);
    while (i < m_count && createdAt(i) >= unixSeconds) {
        ++i;
    }
    return qMin(i, m_count);
}

GeneratedItem SandboxData::item(Platform platform, qint64 index) const
{
    GeneratedItem it;
    it.index = index;
    it.createdAt = createdAt(index);
    const quint64 r1 = h(m_seed, platform, index, 1);
    const quint64 r2 = h(m_seed, platform, index, 2);
    const QString adjective = QString::fromUtf8(kAdjectives[r1 % kAdjectives.size()]);
    const QString topic = QString::fromUtf8(kTopics[(r1 >> 8) % kTopics.size()]);
    const QString format = QString::fromUtf8(kFormats[(r1 >> 16) % kFormats.size()]);
    it.title = QStringLiteral("%1 %2 %3 #%4").arg(adjective, topic, format).arg(index + 1);
    it.description = QStringLiteral("%1 %2 — part %3 of the series. %4 %5")
                         .arg(adjective, topic.toLower())
                         .arg((r1 >> 24) % 12 + 1)
                         .arg(QString::fromUtf8(kTags[(r1 >> 32) % kTags.size()]),
                              QString::fromUtf8(kTags[(r1 >> 40) % kTags.size()]));
    it.views = static_cast<qint64>(r2 % 2000000);
    it.likes = it.views / (10 + static_cast<qint64>((r2 >> 24) % 40));
    it.comments = it.likes / (5 + static_cast<qint64>((r2 >> 32) % 20));
    it.shares = it.likes / (3 + static_cast<qint64>((r2 >> 40) % 10));
    it.durationSeconds = platform == Platform::TikTok ? static_cast<int>(5 + (r2 >> 48) % 175)
                                                      : static_cast<int>(20 + (r2 >> 48) % 5400);
    it.mediaType = static_cast<int>((r2 >> 56) % 3);
    switch (platform) {
    case Platform::YouTube: {
        const quint64 v = (static_cast<quint64>(index) + 1) * kIdMultiplier ^ m_seed;
        QByteArray bytes(8, Qt::Uninitialized);
        for (int i = 0; i < 8; ++i) {
            bytes[i] = static_cast<char>((v >> (8 * i)) & 0xff);
        }
        it.id = QString::fromLatin1(base64Url(bytes)); // 11 characters, like a real video id
        it.unavailable = index % 97 == 96;
        break;
    }
    case Platform::Instagram:
        it.id = QString::number(17900000000000000LL + index);
        break;
    case Platform::TikTok:
        it.id = QString::number(7200000000000000000LL + index * 1000 + static_cast<qint64>(r1 % 1000));
        break;
    }
    return it;
}

qint64 SandboxData::indexOf(Platform platform, const QString& id) const
{
    bool ok = false;
    qint64 index = -1;
    switch (platform) {
    case Platform::YouTube: {
        if (id.size() != 11) {
            return -1;
        }
        const QByteArray bytes = fromBase64Url(id.toLatin1(), &ok);
        if (!ok || bytes.size() != 8) {
            return -1;
        }
        quint64 v = 0;
        for (int i = 0; i < 8; ++i) {
            v |= static_cast<quint64>(static_cast<unsigned char>(bytes[i])) << (8 * i);
        }
        const quint64 n = (v ^ m_seed) * inverseOf(kIdMultiplier);
        index = static_cast<qint64>(n) - 1;
        break;
    }
    case Platform::Instagram:
        index = id.toLongLong(&ok) - 17900000000000000LL;
        break;
    case Platform::TikTok:
        index = (id.toLongLong(&ok) - 7200000000000000000LL) / 1000;
        break;
    }
    if (!ok || index < 0 || index >= m_count || item(platform, index).id != id) {
        return -1;
    }
    return index;
}

QString SandboxData::youtubeChannelId() const
{
    return QStringLiteral("UC") +
           QString::fromLatin1(base64Url(QByteArray::number(m_seed).rightJustified(16, '0'))).left(22);
}

QString SandboxData::youtubeUploadsPlaylistId() const
{
    return QStringLiteral("UU") + youtubeChannelId().mid(2);
}

QString SandboxData::tiktokOpenId() const
{
    return QStringLiteral("-000") + QString::number(mix64(m_seed), 16).rightJustified(16, QLatin1Char('0'));
}

} // namespace sv::sandbox
