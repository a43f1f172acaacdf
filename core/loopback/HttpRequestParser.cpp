#include "loopback/HttpRequestParser.h"

namespace sv {

namespace {

// RFC 9110 §5.6.2 tchar.
bool isTokenChar(char c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

HttpRequestParser::HttpRequestParser()
    : HttpRequestParser(Limits())
{
}

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
{
}

HttpRequestParser::State HttpRequestParser::feed(QByteArrayView data, qsizetype* consumed)
{
    qsizetype pos = 0;
    while (pos < data.size() && (m_state == State::RequestLine || m_state == State::Headers)) {
        const qsizetype newline = data.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? data.size() : newline;
        m_line.append(data.sliced(pos, end - pos));
        pos = newline < 0 ? data.size() : newline + 1;

        // Enforce the limits on the partial line already, so an endless line is refused early.
        if (m_state == State::RequestLine) {
            if (m_requestLineBytes + m_line.size() > m_limits.maxRequestLine + 1) { // +1: the CR
                fail(Error::UriTooLong);
                break;
            }
        } else if (m_headerBytes + m_line.size() + 1 > m_limits.maxHeaderBytes) {
            fail(Error::HeaderFieldsTooLarge);
            break;
        }
        if (newline < 0)
            break;
        QByteArray line;
        line.swap(m_line);
        if (m_state == State::Headers)
            m_headerBytes += line.size() + 1;
        processLine(std::move(line));
    }
    if (consumed)
        *consumed = pos;
    return m_state;
}

void HttpRequestParser::processLine(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    // Bare CR or NUL inside a line: reject (request smuggling hygiene, RFC 9112 §2.2).
    if (line.contains('\r') || line.contains('\0')) {
        fail(Error::BadRequest);
        return;
    }
    if (m_state == State::RequestLine)
        parseRequestLine(line);
    else
        parseHeaderLine(line);
}

void HttpRequestParser::parseRequestLine(const QByteArray& line)
{
    if (line.isEmpty()) {
        // RFC 9112 §2.2: ignore empty lines before the request line (they still count to the limit).
        m_requestLineBytes += 2;
        return;
    }
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
        fail(Error::BadRequest);
        return;
    }
    const QByteArray method = line.left(sp1);
    const QByteArray target = line.mid(sp1 + 1, sp2 - sp1 - 1);
    const QByteArray version = line.mid(sp2 + 1);
    if (!isToken(method) || target.isEmpty() || version.size() != 8 || !version.startsWith("HTTP/1.") ||
        version.at(7) < '0' || version.at(7) > '9') {
        fail(Error::BadRequest);
        return;
    }
    for (char c : target) {
        if (isControl(c) || c == ' ' || static_cast<unsigned char>(c) >= 0x80) {
            fail(Error::BadRequest);
            return;
        }
    }
    m_method = method;
    m_target = target;
    m_version = version;
    m_state = State::Headers;
}

void HttpRequestParser::parseHeaderLine(const QByteArray& line)
{
    if (line.isEmpty()) {
        m_state = State::Complete;
        return;
    }
    if (isWhitespace(line.front())) { // obsolete line folding
        fail(Error::BadRequest);
        return;
    }
    if (m_headers.size() >= m_limits.maxHeaderCount) {
        fail(Error::HeaderFieldsTooLarge);
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
        fail(Error::BadRequest);
        return;
    }
    QByteArrayView value = QByteArrayView(line).sliced(colon + 1);
    while (!value.isEmpty() && isWhitespace(value.front()))
        value = value.sliced(1);
    while (!value.isEmpty() && isWhitespace(value.back()))
        value.chop(1);
    for (char c : value) {
        if (isControl(c) && c != '\t') {
            fail(Error::BadRequest);
            return;
        }
    }
    m_headers.append({line.left(colon), value.toByteArray()});
}

void HttpRequestParser::fail(Error error)
{
    m_state = State::Failed;
    m_error = error;
    m_line.clear();
}

QByteArray HttpRequestParser::header(QByteArrayView name) const
{
    for (const auto& [key, value] : m_headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int HttpRequestParser::statusCode(Error error)
{
    switch (error) {
    case Error::None:
        return 200;
    case Error::BadRequest:
        return 400;
    case Error::UriTooLong:
        return 414;
    case Error::HeaderFieldsTooLarge:
        return 431;
    }
    return 400;
}

} // namespace sv
