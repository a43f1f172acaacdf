#pragma once

#include <QString>
#include <QUrl>

namespace sv {

/// Removes secrets from what goes into logs and error messages.
namespace Redact {

/// The placeholder that replaces a secret value.
inline constexpr const char* Mask = "***";

/// True for query/fragment parameter names that may carry a secret: anything containing "token",
/// "secret", "password", "key", "code" (except error codes and code_challenge_method), "verifier",
/// "signature", "sig", "auth", "session", "jwt", "assertion", "state".
bool isSensitiveName(const QString& name);

/// The URL with user info removed and the values of sensitive query and fragment parameters replaced
/// by "***". Works on URLs with an unparsable query too (the whole query is then masked).
QString url(const QUrl& url);

/// Masks token-like substrings in free text: JWTs (eyJ...), "Bearer <x>", and key=value pairs whose
/// key is sensitive. For error messages taken from servers before they reach a log.
QString text(const QString& text);

} // namespace Redact
} // namespace sv
