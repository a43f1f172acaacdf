#include "AboutDialog.h"

#include "Icons.h"
#include "LicenseNotices.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sv {

namespace {

constexpr int LogoSize = 64;

/// `text` as HTML with its web addresses as links.
QString linkified(const QString& text)
{
    static const QRegularExpression url(QStringLiteral(R"((https?://[^\s<>"]*[^\s<>".,;:)]))"));
    return text.toHtmlEscaped().replace(url, QStringLiteral(R"(<a href="\1">\1</a>)"));
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLabel(this))
    , m_version(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_licenses(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto* logo = new QLabel(this);
    logo->setPixmap(Icons::application().pixmap(LogoSize, LogoSize));
    logo->setFixedSize(LogoSize, LogoSize);

    m_name->setObjectName(QStringLiteral("aboutName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setText(QStringLiteral("StreamVibe"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_version->setTextFormat(Qt::PlainText);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("aboutSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_licenses->setObjectName(QStringLiteral("aboutLicenses"));
    m_licenses->setOpenExternalLinks(true);
    m_licenses->setTabChangesFocus(true);
    m_licenses->setFocusPolicy(Qt::StrongFocus);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_name);
    heading->addWidget(m_version);
    heading->addWidget(m_summary);
    auto* top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addLayout(heading, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_licenses, 1);
    layout->addWidget(m_buttons);
    setTabOrder(m_licenses, m_buttons->button(QDialogButtonBox::Close));
    resize(680, 620);
    retranslate();
}

AboutDialog* AboutDialog::showFor(QWidget* parent)
{
    QWidget* window = parent ? parent->window() : nullptr;
    AboutDialog* dialog =
        window ? window->findChild<AboutDialog*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        dialog = new AboutDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About StreamVibe"));
    m_version->setText(tr("Version %1").arg(QStringLiteral(STREAMVIBE_VERSION)));
    m_summary->setText(tr("Search your YouTube, Instagram and TikTok content offline."));
    m_licenses->setAccessibleName(tr("Licences"));
    m_licenses->setAccessibleDescription(
        tr("StreamVibe's licence and the licences of the libraries it uses"));
    QPushButton* close = m_buttons->button(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close"));

    const QList<LicenseNotice> notices = LicenseNotices::shipped();
    QString html;
    for (qsizetype i = 0; i < notices.size(); ++i) {
        const LicenseNotice& n = notices.at(i);
        if (i == 1)
            html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                        .arg(tr("Libraries").toHtmlEscaped(),
                             tr("StreamVibe uses these libraries under their own licences.").toHtmlEscaped());
        html += (i == 0 ? QStringLiteral("<h2>%1</h2>") : QStringLiteral("<h3>%1</h3>"))
                    .arg(n.name.toHtmlEscaped());
        html += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(tr("Copyright %1")
                             .arg(n.copyright)
                             .toHtmlEscaped()
                             .replace(QLatin1Char('\n'), QStringLiteral(", ")),
                         tr("Licence: %1").arg(n.license).toHtmlEscaped());
        if (i > 0 && !n.comment.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(linkified(n.comment));
        html += QStringLiteral(R"(<p style="white-space: pre-wrap">%1</p>)").arg(linkified(n.text));
    }
    m_licenses->setHtml(html);
}

} // namespace sv
