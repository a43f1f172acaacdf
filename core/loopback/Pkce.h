#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sv {

/// PKCE (RFC 7636) values for one authorization attempt, plus the `state` and comparison helpers
/// every loopback sign-in needs (RFC 8252 §8.1, RFC 9700 §2.1.1).
///
/// All randomness comes from QRandomGenerator::system() (the operating system's CSPRNG).
class Pkce
{
public:
    /// How the code challenge is derived from the verifier.
    enum class Method {
        /// RFC 7636 S256: BASE64URL(SHA256(ASCII(verifier))) without padding.
        S256,
        /// TikTok Login Kit for Desktop: the lower-case HEX encoding of SHA256(verifier). TikTok still
        /// calls it `code_challenge_method=S256`.
        HexSha256,
    };

    static constexpr int MinVerifierLength = 43;
    static constexpr int MaxVerifierLength = 128;
    static constexpr int DefaultVerifierLength = 64;
    /// Bytes of entropy in a `state` value.
    static constexpr int StateBytes = 32;

    /// A fresh verifier and its challenge.
    static Pkce generate(Method method = Method::S256, int verifierLength = DefaultVerifierLength);

    /// A random verifier of `length` characters (clamped to 43..128) drawn uniformly from the RFC 3986
    /// unreserved set [A-Z a-z 0-9 - . _ ~].
    static QByteArray makeVerifier(int length = DefaultVerifierLength);
    /// The challenge for `verifier` under `method`.
    static QByteArray challengeFor(const QByteArray& verifier, Method method);
    /// The value to send as `code_challenge_method` ("S256" for both methods).
    static QString methodParameter(Method method);
    /// True if `verifier` has a legal length and only unreserved characters.
    static bool isValidVerifier(QByteArrayView verifier);

    /// 32 random bytes, base64url-encoded without padding (43 characters).
    static QByteArray makeState();
    /// Compares two byte strings in time that depends only on their lengths, never on their content.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

    const QByteArray& verifier() const { return m_verifier; }
    const QByteArray& challenge() const { return m_challenge; }
    Method method() const { return m_method; }
    QString challengeMethod() const { return methodParameter(m_method); }

private:
    Pkce(QByteArray verifier, QByteArray challenge, Method method);

    QByteArray m_verifier;
    QByteArray m_challenge;
    Method m_method;
};

} // namespace sv
