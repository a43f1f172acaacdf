#include "loopback/HttpRequestParser.h"

#include <QTest>

using sv::HttpRequestParser;
using State = HttpRequestParser::State;
using Error = HttpRequestParser::Error;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesACompleteRequest()
    {
        HttpRequestParser parser;
        const QByteArray request = "GET /cb?code=a&state=b HTTP/1.1\r\nHost: 127.0.0.1:5000\r\n"
                                   "User-Agent:  Test Agent  \r\nAccept: */*\r\n\r\nBODY";
        qsizetype consumed = 0;
        QCOMPARE(parser.feed(request, &consumed), State::Complete);
        QCOMPARE(consumed, request.size() - 4); // the body is not part of the head
        QCOMPARE(parser.method(), QByteArray("GET"));
        QCOMPARE(parser.target(), QByteArray("/cb?code=a&state=b"));
        QCOMPARE(parser.version(), QByteArray("HTTP/1.1"));
        QCOMPARE(parser.headers().size(), 3);
        QCOMPARE(parser.header("host"), QByteArray("127.0.0.1:5000"));
        QCOMPARE(parser.header("USER-AGENT"), QByteArray("Test Agent"));
        QVERIFY(parser.header("Cookie").isNull());
    }

    void parsesByteByByte()
    {
        HttpRequestParser parser;
        const QByteArray request = "\r\nGET /x HTTP/1.0\nHost: h\n\n";
        for (qsizetype i = 0; i < request.size() - 1; ++i) {
            QVERIFY(parser.feed(request.sliced(i, 1)) != State::Complete);
            QVERIFY(!parser.hasFailed());
        }
        QCOMPARE(parser.feed(request.sliced(request.size() - 1)), State::Complete);
        QCOMPARE(parser.target(), QByteArray("/x"));
        QCOMPARE(parser.header("Host"), QByteArray("h"));
    }

    void rejectsMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n");
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n");
        QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\n\r\n");
        QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\n\r\n");
        QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\n\r\n");
        QTest::newRow("bare CR") << QByteArray("GET /a\rb HTTP/1.1\r\n\r\n");
        {
            static const char nul[] = "GET /a\0b HTTP/1.1\r\n\r\n";
            QTest::newRow("NUL") << QByteArray(nul, sizeof(nul) - 1);
        }
        QTest::newRow("8-bit target") << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\n\r\n");
        QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n");
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n");
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n");
        QTest::newRow("control in value") << QByteArray("GET / HTTP/1.1\r\nA: b\x01\r\n\r\n");
        QTest::newRow("TLS hello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n", 12);
    }

    void rejectsMalformedInput()
    {
        QFETCH(QByteArray, input);
        HttpRequestParser parser;
        QCOMPARE(parser.feed(input), State::Failed);
        QCOMPARE(parser.error(), Error::BadRequest);
        QCOMPARE(HttpRequestParser::statusCode(parser.error()), 400);
        // Once failed, more bytes change nothing.
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\n\r\n"), State::Failed);
    }

    void requestLineLimit()
    {
        HttpRequestParser::Limits limits;
        limits.maxRequestLine = 64;
        const QByteArray fits = "GET /" + QByteArray(64 - 14, 'a') + " HTTP/1.1"; // exactly 64
        QCOMPARE(fits.size(), 64);
        HttpRequestParser ok(limits);
        QCOMPARE(ok.feed(QByteArray(fits + "\r\n\r\n")), State::Complete);

        HttpRequestParser tooLong(limits);
        QCOMPARE(tooLong.feed(QByteArray("GET /" + QByteArray(64 - 13, 'a') + " HTTP/1.1\r\n\r\n")),
                 State::Failed);
        QCOMPARE(tooLong.error(), Error::UriTooLong);
        QCOMPARE(HttpRequestParser::statusCode(tooLong.error()), 414);

        // An endless line without a newline fails as soon as it crosses the limit.
        HttpRequestParser endless(limits);
        QCOMPARE(endless.feed("GET /"), State::RequestLine);
        QCOMPARE(endless.feed(QByteArray(1000, 'a')), State::Failed);
        QCOMPARE(endless.error(), Error::UriTooLong);
    }

    void headerLimits()
    {
        HttpRequestParser::Limits limits;
        limits.maxHeaderBytes = 100;
        limits.maxHeaderCount = 3;

        HttpRequestParser tooMany(limits);
        QCOMPARE(tooMany.feed("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n"), State::Failed);
        QCOMPARE(tooMany.error(), Error::HeaderFieldsTooLarge);
        QCOMPARE(HttpRequestParser::statusCode(tooMany.error()), 431);

        HttpRequestParser three(limits);
        QCOMPARE(three.feed("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"), State::Complete);

        HttpRequestParser tooBig(limits);
        QCOMPARE(tooBig.feed(QByteArray("GET / HTTP/1.1\r\nA: " + QByteArray(200, 'x'))), State::Failed);
        QCOMPARE(tooBig.error(), Error::HeaderFieldsTooLarge);

        HttpRequestParser defaults;
        QByteArray many = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 101; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QCOMPARE(defaults.feed(QByteArray(many + "\r\n")), State::Failed);
        QCOMPARE(defaults.error(), Error::HeaderFieldsTooLarge);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "TestHttpRequestParser.moc"
