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

// Cross-posted clips (issue 17): every 25th index (7, 32, 57, ...) is a slot whose kind comes from its slot
// number; an index next to a YouTube item missing from videos.list (index % 97 == 96) is no slot.
constexpr qint64 kSlotEvery = 25;
constexpr qint64 kSlotAt = 7;
constexpr qint64 kHour = 3600;
enum class Slot {
    None,
    Three,
    EmojiThree,
    YouTubeTikTok,
    TikTokInstagram,
    DurationOff,
    TooLate,
    Generic,
    InstagramEarly
};

constexpr std::array kHooks{"How I",
                            "Watch me",
                            "Trying to",
                            "Learning to",
                            "Finally managed to",
                            "First time I",
                            "The easiest way to",
                            "Nobody tells you how to"};
constexpr std::array kVerbs{"fix",  "paint",   "bake",    "build", "clean", "fold",
                            "grow", "restore", "sharpen", "repot", "brew",  "sew"};
constexpr std::array kObjects{
    "a squeaky bike chain",    "grandma's cast iron pan",  "a tiny moss terrarium",
    "my cracked phone screen", "a rainbow layer cake",     "an old leather jacket",
    "a paper crane army",      "the crooked garden fence", "a sourdough starter from scratch",
    "my kitchen knives",       "a cold brew concentrate",  "a denim tote bag",
    "the balcony tomatoes",    "a vintage radio"};
constexpr std::array kEndings{"",
                              "on a budget",
                              "in ten minutes",
                              "with zero tools",
                              "at 3am",
                              "for my mom",
                              "before work",
                              "in the rain",
                              "like a pro",
                              "for the first time ever",
                              "with my dog watching",
                              "using only tape",
                              "in a hotel room",
                              "on a tiny balcony",
                              "with leftovers",
                              "blindfolded"};
constexpr std::array kEmoji{"🐶", "🍕", "🎉", "🌊", "🚲", "🎸", "🌵", "🧁", "🦊", "🌙", "🍜", "⚽"};
constexpr std::array kGenericTitles{"Day in my life", "Morning routine", "Outfit of the day", "Weekly reset"};

Slot slotOf(qint64 index)
{
    if (index % kSlotEvery != kSlotAt || index % 97 == 96 || (index + 1) % 97 == 96) {
        return Slot::None;
    }
    static constexpr std::array kinds{
        Slot::Three,           Slot::Three,       Slot::Three,   Slot::EmojiThree, Slot::YouTubeTikTok,
        Slot::TikTokInstagram, Slot::DurationOff, Slot::TooLate, Slot::Generic,    Slot::InstagramEarly};
    return kinds[static_cast<size_t>((index / kSlotEvery) % 10)];
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

std::array<size_t, 3> SandboxData::titleWords(Platform platform, qint64 index) const
{
    const quint64 r1 = h(m_seed, platform, index, 1);
    std::array<size_t, 3> words{r1 % kAdjectives.size(), (r1 >> 8) % kTopics.size(),
                                (r1 >> 16) % kFormats.size()};
    // No accidental cross-post: an item whose title words those of an earlier platform's item of the same
    // index (published at the same time) takes the next format.
    for (Platform earlier : {Platform::YouTube, Platform::Instagram}) {
        if (static_cast<int>(earlier) < static_cast<int>(platform) && titleWords(earlier, index) == words) {
            words[2] = (words[2] + 1) % kFormats.size();
        }
    }
    return words;
}

GeneratedItem SandboxData::item(Platform platform, qint64 index) const
{
    GeneratedItem it;
    it.index = index;
    it.createdAt = createdAt(index);
    const quint64 r1 = h(m_seed, platform, index, 1);
    const quint64 r2 = h(m_seed, platform, index, 2);
    const std::array<size_t, 3> words = titleWords(platform, index);
    const QString adjective = QString::fromUtf8(kAdjectives[words[0]]);
    const QString topic = QString::fromUtf8(kTopics[words[1]]);
    const QString format = QString::fromUtf8(kFormats[words[2]]);
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
    applyCrossPost(platform, it);
    // The item after a generic-title slot shares its YouTube title: the title is the account's habit.
    if (platform == Platform::YouTube && index > 0 && slotOf(index - 1) == Slot::Generic) {
        GeneratedItem previous;
        previous.index = index - 1;
        applyCrossPost(platform, previous);
        it.title = previous.title;
    }
    return it;
}

qint64 SandboxData::crossPostClip(Platform platform, qint64 index) const
{
    const qint64 clip = index / kSlotEvery;
    switch (slotOf(index)) {
    case Slot::Three:
    case Slot::EmojiThree:
        return clip;
    case Slot::YouTubeTikTok:
        return platform != Platform::Instagram ? clip : -1;
    case Slot::TikTokInstagram:
        return platform != Platform::YouTube ? clip : -1;
    default:
        return -1;
    }
}

qint64 SandboxData::nearMissPartner(qint64 slotIndex, Platform platform) const
{
    // Far enough that any two items this many indexes apart are more than 75 h apart; not on a slot, the
    // item after one, or a YouTube item missing from videos.list.
    const qint64 distance = 75 * kHour / m_spacing + 2;
    const qint64 step = platform == Platform::YouTube ? -1 : 1;
    qint64 j = slotIndex + step * distance;
    while (j % kSlotEvery == kSlotAt || j % kSlotEvery == kSlotAt + 1 || j % 97 == 96) {
        j += step;
    }
    return j >= 0 && j < m_count ? j : -1;
}

qint64 SandboxData::captionSlot(Platform platform, qint64 index) const
{
    const Slot slot = slotOf(index);
    if (slot != Slot::None) {
        // The near-misses published too far apart are on other indexes (times decrease with the index).
        const bool partnerElsewhere = (slot == Slot::TooLate && platform == Platform::YouTube) ||
                                      (slot == Slot::InstagramEarly && platform == Platform::Instagram);
        return partnerElsewhere ? -1 : index;
    }
    const Slot partnerOf = platform == Platform::YouTube     ? Slot::TooLate
                           : platform == Platform::Instagram ? Slot::InstagramEarly
                                                             : Slot::None;
    if (partnerOf == Slot::None) {
        return -1;
    }
    const qint64 distance = 75 * kHour / m_spacing + 2;
    for (qint64 k = distance; k < distance + 8; ++k) {
        const qint64 slotIndex = platform == Platform::YouTube ? index + k : index - k;
        if (slotIndex >= 0 && slotOf(slotIndex) == partnerOf &&
            nearMissPartner(slotIndex, platform) == index) {
            return slotIndex;
        }
    }
    return -1;
}

void SandboxData::applyCrossPost(Platform platform, GeneratedItem& it) const
{
    const qint64 slotIndex = captionSlot(platform, it.index);
    if (slotIndex < 0) {
        return;
    }
    const Slot slot = slotOf(slotIndex);
    const bool partner = slotIndex != it.index;
    const quint64 h = mix64(m_seed ^ (0xC105EULL << 32) ^ static_cast<quint64>(slotIndex));
    const quint64 v = (h >> 56) % 3; // the caption's variant on each platform
    // One clip in eight has a TikTok caption with more words, one in eight a YouTube title without the
    // caption's ending: harder to match (a real creator's captions vary like this).
    const quint64 hard = (h >> 60) % 8;
    const bool yt = platform == Platform::YouTube;
    const bool tt = platform == Platform::TikTok;
    const bool ig = platform == Platform::Instagram;
    const bool onYouTube = slot != Slot::TikTokInstagram && slot != Slot::InstagramEarly;
    const bool onInstagram = slot == Slot::Three || slot == Slot::EmojiThree ||
                             slot == Slot::TikTokInstagram || slot == Slot::InstagramEarly;
    if ((yt && !onYouTube) || (ig && !onInstagram)) {
        return;
    }
    // Every slot's caption differs (up to 1,344 slots, 33,600 items per platform), and slots a few apart
    // differ in at least two parts.
    const qint64 clip = slotIndex / kSlotEvery;
    QString caption = QStringLiteral("%1 %2 %3 %4")
                          .arg(QString::fromUtf8(kHooks[static_cast<size_t>(clip % 8)]),
                               QString::fromUtf8(kVerbs[static_cast<size_t>((clip / 8) % 12)]),
                               QString::fromUtf8(kObjects[static_cast<size_t>((clip / 96) % 14)]),
                               QString::fromUtf8(kEndings[static_cast<size_t>((clip * 3) % 16)]))
                          .trimmed();
    if (slot == Slot::Generic) {
        caption = QString::fromUtf8(kGenericTitles[static_cast<size_t>(clip) % kGenericTitles.size()]);
    }
    const QString lower = caption.toLower();
    if (slot == Slot::EmojiThree) {
        caption = QString::fromUtf8(kEmoji[static_cast<size_t>(clip % 12)]) +
                  QString::fromUtf8(kEmoji[static_cast<size_t>((clip / 12) % 12)]) +
                  QString::fromUtf8(kEmoji[static_cast<size_t>((clip / 144) % 12)]);
        it.title = yt   ? caption + QStringLiteral(" #shorts")
                   : tt ? caption + QStringLiteral(" #fyp")
                        : caption;
    } else if (yt) {
        it.title = v == 0   ? caption + QStringLiteral(" #shorts")
                   : v == 1 ? caption + QStringLiteral(" 😱")
                            : caption.toUpper() + QStringLiteral("!!");
        const QString ending = QString::fromUtf8(kEndings[static_cast<size_t>((clip * 3) % 16)]);
        if (hard == 1 && slot != Slot::Generic && !ending.isEmpty()) {
            it.title = caption.chopped(ending.size() + 1) + QStringLiteral(" #shorts");
        }
    } else if (tt) {
        it.title = v == 0   ? lower + QStringLiteral(" 🔥 #fyp #foryou")
                   : v == 1 ? lower + QStringLiteral("!!! 😂😂")
                            : QStringLiteral("pov: ") + lower;
        if (hard == 0 && slot != Slot::EmojiThree) {
            it.title = lower + QStringLiteral(" (wait for it)"); // three more words
        }
    } else {
        it.title = v == 0   ? caption + QStringLiteral(" ✨")
                   : v == 1 ? QStringLiteral("✨ ") + lower + QStringLiteral(" ✨")
                            : caption + QStringLiteral(" @bestie");
        it.description = QStringLiteral("Save this for later! #reels #diy");
        it.mediaType = 1; // a Reel
    }
    // Durations: 15-59 s on YouTube; TikTok's within a second, or 2-5 s off for the near-miss.
    const int duration = static_cast<int>(15 + (h >> 40) % 45);
    if (yt) {
        it.durationSeconds = duration;
    } else if (tt) {
        it.durationSeconds = slot == Slot::DurationOff ? duration + 2 + static_cast<int>((h >> 44) % 4)
                                                       : duration + static_cast<int>(v) - 1;
    }
    // Publishing times around TikTok's: YouTube up to 48 h later, Instagram up to 24 h earlier, so any two
    // are at most 72 h apart (exactly 72 h for every 30th slot), but never past the items before and after
    // (times decrease with the index on every platform: a dense library gets closer times). The near-misses
    // published too far apart are other indexes' items (nearMissPartner) and keep their times.
    if (partner) {
        return;
    }
    const bool edge = clip % 30 == 0;
    const qint64 youtubeLater = edge ? 48 * kHour : static_cast<qint64>((h >> 12) % (48 * kHour + 1));
    const qint64 instagramEarlier = edge ? 24 * kHour : static_cast<qint64>((h >> 20) % (24 * kHour + 1));
    const qint64 tiktokAt = createdAt(slotIndex);
    if (yt) {
        it.createdAt = tiktokAt + youtubeLater;
        if (slotIndex > 0) {
            it.createdAt = qMin(it.createdAt, createdAt(slotIndex - 1) - 1);
        }
    } else if (ig) {
        it.createdAt = tiktokAt - instagramEarlier;
        if (slotIndex + 1 < m_count) {
            it.createdAt = qMax(it.createdAt, createdAt(slotIndex + 1) + 1);
        }
    }
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
