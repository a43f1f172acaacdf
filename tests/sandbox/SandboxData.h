#pragma once

#include <QString>

#include <array>

namespace sv::sandbox {

enum class Platform { YouTube, Instagram, TikTok };

/// One generated content item. Everything derives from (seed, platform, index): generation is lazy,
/// O(1) per item, and identical across runs.
struct GeneratedItem
{
    qint64 index = 0;
    QString id;
    QString title;
    QString description;
    qint64 createdAt = 0; ///< unix seconds; strictly decreasing with index (index 0 = newest)
    int durationSeconds = 0;
    qint64 views = 0;
    qint64 likes = 0;
    qint64 comments = 0;
    qint64 shares = 0;
    int mediaType = 0;        ///< Instagram: 0 IMAGE, 1 VIDEO, 2 CAROUSEL_ALBUM
    bool unavailable = false; ///< YouTube: listed in the uploads playlist but missing from videos.list
};

class SandboxData
{
public:
    SandboxData(quint64 seed, qint64 itemsPerPlatform);

    qint64 count() const { return m_count; }
    GeneratedItem item(Platform platform, qint64 index) const;
    /// Index of an item from its id, -1 if the id is not one of this sandbox's items.
    qint64 indexOf(Platform platform, const QString& id) const;
    /// Index of the newest item created strictly before `unixSeconds` (TikTok cursors), or count().
    qint64 firstIndexBefore(qint64 unixSeconds) const;

    QString youtubeChannelId() const;
    QString youtubeUploadsPlaylistId() const;
    QString instagramUserId() const { return QStringLiteral("17841400000000042"); }
    QString tiktokOpenId() const;

    /// Cross-posted clips (issue 17): a known set of the same clip posted on two or three platforms, with
    /// captions varied per platform, durations within a second and publishing times up to 72 h apart, and
    /// near-misses that are not the same clip (durations more than 1 s apart, published more than 72 h
    /// apart, different clips sharing a generic title). The ground truth for measuring a grouping: the
    /// clip an item shows (the same number on every platform it was posted on), or -1 for an item that is
    /// no cross-post. Every 25th index takes part, and for the near-misses published too far apart one other
    /// item; the other items are as before. Times still decrease with the index on every platform.
    qint64 crossPostClip(Platform platform, qint64 index) const;

private:
    qint64 createdAt(qint64 index) const;
    void applyCrossPost(Platform platform, GeneratedItem& it) const;
    /// The slot whose caption the item carries (its own index, or the slot of a near-miss published too far
    /// apart), -1 for none.
    qint64 captionSlot(Platform platform, qint64 index) const;
    qint64 nearMissPartner(qint64 slotIndex, Platform platform) const;
    std::array<size_t, 3> titleWords(Platform platform, qint64 index) const;
    quint64 m_seed;
    qint64 m_count;
    qint64 m_spacing;
};

} // namespace sv::sandbox
