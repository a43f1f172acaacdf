#pragma once

#include <QList>
#include <QString>

namespace sv {

/// One notice of the copyright file: StreamVibe itself or a library it links.
struct LicenseNotice
{
    QString name;      ///< "StreamVibe", "Qt 6", "QtKeychain", ...
    QString copyright; ///< the holders, one per line
    QString license;   ///< the licence's short name, e.g. "LGPL-3"
    QString comment;   ///< where the library comes from (packages, source)
    QString text;      ///< the licence's text or notice
};

/// The licence notices StreamVibe ships: resources/copyright, the machine-readable Debian copyright file
/// (copyright-format 1.0) that the package installs as /usr/share/doc/streamvibe/copyright and that is
/// compiled into the app. Help > About shows it, so the package and the app never say different things.
class LicenseNotices
{
public:
    /// The notices of a copyright-format 1.0 file: the Files paragraphs in their order, each with the text
    /// of its licence (its own or the stand-alone License paragraph's). A Files paragraph is named by its
    /// Library field, else by the header's Upstream-Name.
    static QList<LicenseNotice> parse(const QString& copyrightFile);
    /// The copyright file compiled into the app.
    static QString shippedFile();
    /// parse(shippedFile()).
    static QList<LicenseNotice> shipped();
};

} // namespace sv
