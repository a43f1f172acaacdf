#include "loopback/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace sv {

namespace {

constexpr char Unreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int UnreservedCount = sizeof(Unreserved) - 1; // 66
// Largest multiple of 66 below 256: bytes at or above it are rejected so every character is equally likely.
constexpr int RejectionLimit = (256 / UnreservedCount) * UnreservedCount; // 198

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

} // namespace

Pkce::Pkce(QByteArray verifier, QByteArray challenge, Method method)
    : m_verifier(std::move(verifier))
    , m_challenge(std::move(challenge))
    , m_method(method)
{
}

Pkce Pkce::generate(Method method, int verifierLength)
{
    QByteArray verifier = makeVerifier(verifierLength);
    QByteArray challenge = challengeFor(verifier, method);
    return Pkce(std::move(verifier), std::move(challenge), method);
}

QByteArray Pkce::makeVerifier(int length)
{
    length = std::clamp(length, MinVerifierLength, MaxVerifierLength);
    QByteArray out;
    out.reserve(length);
    QRandomGenerator* rng = QRandomGenerator::system();
    while (out.size() < length) {
        quint32 word = rng->generate();
        for (int i = 0; i < 4 && out.size() < length; ++i) {
            const int byte = int(word & 0xffu);
            word >>= 8;
            if (byte < RejectionLimit)
                out.append(Unreserved[byte % UnreservedCount]);
        }
    }
    return out;
}

QByteArray Pkce::challengeFor(const QByteArray& verifier, Method method)
{
    const QByteArray digest = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256);
    switch (method) {
    case Method::S256:
        return digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    case Method::HexSha256:
        return digest.toHex();
    }
    return {};
}

QString Pkce::methodParameter(Method method)
{
    Q_UNUSED(method);
    // Both variants are announced as S256; TikTok's desktop flow documents the hex encoding under that name.
    return QStringLiteral("S256");
}

bool Pkce::isValidVerifier(QByteArrayView verifier)
{
    if (verifier.size() < MinVerifierLength || verifier.size() > MaxVerifierLength)
        return false;
    return std::all_of(verifier.begin(), verifier.end(), isUnreserved);
}

QByteArray Pkce::makeState()
{
    std::array<quint32, StateBytes / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), StateBytes);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool Pkce::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Walk the longer input completely so the time depends on the lengths only.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned ca = i < a.size() ? static_cast<unsigned char>(a[i]) : 0u;
        const unsigned cb = i < b.size() ? static_cast<unsigned char>(b[i]) : 0u;
        diff |= ca ^ cb;
    }
    // Keep the compiler from short-circuiting the loop.
    volatile unsigned sink = diff;
    return sink == 0u;
}

} // namespace sv
