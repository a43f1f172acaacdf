#include "loopback/Pkce.h"

#include <QSet>
#include <QTest>

using sv::Pkce;

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixBVector()
    {
        // RFC 7636, Appendix B.
        const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        QCOMPARE(Pkce::challengeFor(verifier, Pkce::Method::S256),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void hexVariantForTikTok()
    {
        // sha256sum of the same verifier, lower-case hex (TikTok Login Kit for Desktop).
        const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        QCOMPARE(Pkce::challengeFor(verifier, Pkce::Method::HexSha256),
                 QByteArray("13d31e961a1ad8ec2f16b10c4c982e0876a878ad6df144566ee1894acb70f9c3"));
        QCOMPARE(Pkce::methodParameter(Pkce::Method::HexSha256), QStringLiteral("S256"));
    }

    void generatedPairIsConsistent()
    {
        for (auto method : {Pkce::Method::S256, Pkce::Method::HexSha256}) {
            const Pkce pkce = Pkce::generate(method);
            QCOMPARE(pkce.verifier().size(), Pkce::DefaultVerifierLength);
            QVERIFY(Pkce::isValidVerifier(pkce.verifier()));
            QCOMPARE(pkce.challenge(), Pkce::challengeFor(pkce.verifier(), method));
            QCOMPARE(pkce.challengeMethod(), QStringLiteral("S256"));
        }
        const Pkce s256 = Pkce::generate();
        QCOMPARE(s256.challenge().size(), 43); // 32 bytes base64url, no padding
        QVERIFY(!s256.challenge().contains('='));
        QVERIFY(!s256.challenge().contains('+'));
        QVERIFY(!s256.challenge().contains('/'));
        QCOMPARE(Pkce::generate(Pkce::Method::HexSha256).challenge().size(), 64);
    }

    void verifierLengthIsClampedToRfcRange()
    {
        QCOMPARE(Pkce::makeVerifier(10).size(), 43);
        QCOMPARE(Pkce::makeVerifier(43).size(), 43);
        QCOMPARE(Pkce::makeVerifier(128).size(), 128);
        QCOMPARE(Pkce::makeVerifier(4096).size(), 128);
    }

    void verifiersAreUniqueAndUseTheWholeAlphabet()
    {
        QSet<QByteArray> seen;
        QSet<char> characters;
        for (int i = 0; i < 500; ++i) {
            const QByteArray v = Pkce::makeVerifier(128);
            QVERIFY2(Pkce::isValidVerifier(v), v.constData());
            seen.insert(v);
            for (char c : v)
                characters.insert(c);
        }
        QCOMPARE(seen.size(), 500);
        // 64,000 uniform draws from 66 symbols: every symbol shows up (a biased or truncated alphabet fails).
        QCOMPARE(characters.size(), 66);
    }

    void verifierValidation()
    {
        QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a')));
        QVERIFY(Pkce::isValidVerifier(QByteArray(43, 'a')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(129, 'a')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(QByteArray(42, 'a') + '+')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(QByteArray(42, 'a') + '/')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(QByteArray(42, 'a') + '=')));
        QVERIFY(Pkce::isValidVerifier(QByteArray(QByteArray(40, 'a') + "-._~")));
    }

    void stateIsBase64UrlOf32RandomBytes()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const QByteArray state = Pkce::makeState();
            QCOMPARE(state.size(), 43);
            const QByteArray decoded = QByteArray::fromBase64(state, QByteArray::Base64UrlEncoding);
            QCOMPARE(decoded.size(), Pkce::StateBytes);
            for (char c : state)
                QVERIFY((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_');
            seen.insert(state);
        }
        QCOMPARE(seen.size(), 200);
    }

    void constantTimeEquals()
    {
        QVERIFY(Pkce::constantTimeEquals("abc", "abc"));
        QVERIFY(Pkce::constantTimeEquals("", ""));
        QVERIFY(!Pkce::constantTimeEquals("abc", "abd"));
        QVERIFY(!Pkce::constantTimeEquals("xbc", "abc"));
        QVERIFY(!Pkce::constantTimeEquals("abc", "abcd"));
        QVERIFY(!Pkce::constantTimeEquals("abcd", "abc"));
        QVERIFY(!Pkce::constantTimeEquals("", "a"));
        QVERIFY(!Pkce::constantTimeEquals(QByteArray("a\0b", 3), QByteArray("a\0c", 3)));
        QVERIFY(!Pkce::constantTimeEquals(QByteArray("ab\0", 3), "ab"));
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "TestPkce.moc"
