#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace sv {

/// An incremental, bounded parser for the head of one HTTP/1.x request (request line and header fields,
/// RFC 9112 §2-§5). Bytes are fed as they arrive; the parser never buffers more than one line and
/// stops with an error as soon as a limit is crossed, so a peer cannot make it grow without bound.
/// The message body, if any, is not read.
class HttpRequestParser
{
public:
    struct Limits
    {
        /// Longest request line, without its CRLF.
        qsizetype maxRequestLine = 8 * 1024;
        /// Total bytes of all header lines, CRLFs included.
        qsizetype maxHeaderBytes = 16 * 1024;
        /// Most header fields.
        int maxHeaderCount = 100;
    };

    enum class State { RequestLine, Headers, Complete, Failed };
    enum class Error {
        None,
        /// Malformed syntax: answer 400.
        BadRequest,
        /// The request line is over the limit: answer 414.
        UriTooLong,
        /// The header section is over the limit: answer 431.
        HeaderFieldsTooLarge,
    };

    HttpRequestParser();
    explicit HttpRequestParser(Limits limits);

    /// Consumes `data`; returns the new state. Once Complete or Failed, further bytes are ignored.
    /// `consumed` (optional) receives how many bytes of `data` belonged to the request head.
    State feed(QByteArrayView data, qsizetype* consumed = nullptr);

    State state() const { return m_state; }
    Error error() const { return m_error; }
    bool isComplete() const { return m_state == State::Complete; }
    bool hasFailed() const { return m_state == State::Failed; }

    const QByteArray& method() const { return m_method; }
    /// The request-target exactly as sent (origin-form "/path?query" for the requests we accept).
    const QByteArray& target() const { return m_target; }
    const QByteArray& version() const { return m_version; }
    const QList<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }
    /// The first header with this name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;

    /// The standard status code and reason phrase for an error.
    static int statusCode(Error error);

private:
    void processLine(QByteArray line);
    void parseRequestLine(const QByteArray& line);
    void parseHeaderLine(const QByteArray& line);
    void fail(Error error);

    Limits m_limits;
    State m_state = State::RequestLine;
    Error m_error = Error::None;
    QByteArray m_line;
    qsizetype m_requestLineBytes = 0;
    qsizetype m_headerBytes = 0;
    QByteArray m_method;
    QByteArray m_target;
    QByteArray m_version;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace sv
