#include "SignedOutActions.h"

#include "EmptyStateWidget.h"

#include <QDir>
#include <QEvent>
#include <QPushButton>

namespace sv {

SignedOutActions::SignedOutActions(const QList<EmptyStateWidget*>& pages, QObject* parent)
    : QObject(parent)
{
    for (EmptyStateWidget* page : pages) {
        m_pages << page;
        connect(page, &EmptyStateWidget::actionTriggered, this, [this] { trigger(false); });
        connect(page, &EmptyStateWidget::secondaryActionTriggered, this, [this] { trigger(true); });
    }
    if (!pages.isEmpty())
        pages.first()->installEventFilter(this); // the language changed: every page is said again
    apply();
}

void SignedOutActions::setReason(Reason reason)
{
    if (reason == m_reason)
        return;
    m_reason = reason;
    apply();
}

void SignedOutActions::setConfigurationFile(const QString& file)
{
    if (file == m_configurationFile)
        return;
    m_configurationFile = file;
    apply();
}

bool SignedOutActions::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        apply();
    return QObject::eventFilter(watched, event);
}

QString SignedOutActions::signInUnavailable() const
{
    return m_reason == Reason::None ? QString() : note();
}

QString SignedOutActions::note() const
{
    switch (m_reason) {
    case Reason::None:
        break;
    case Reason::ConfigurationError:
        return tr("Signing in is possible once the configuration file is corrected (the banner above says "
                  "where).");
    case Reason::NoBackend:
        return tr("No StreamVibe service is configured, so signing in is not possible; your library works "
                  "offline. To sign in, name the service in the [backend] section of %1, then choose Retry.")
            .arg(QDir::toNativeSeparators(m_configurationFile));
    case Reason::ProfileUnavailable:
        return tr(
            "Signing in needs a profile folder StreamVibe can use (the banner above says what is wrong).");
    case Reason::Offline:
        return tr(
            "StreamVibe cannot reach its servers, so signing in has to wait. Sign in comes back here by "
            "itself once they answer.");
    }
    return {};
}

void SignedOutActions::apply()
{
    const QString note = this->note();
    QString action;
    QString actionTip;
    QString secondary;
    QString secondaryTip;
    switch (m_reason) {
    case Reason::None:
        action = tr("Sign in");
        break;
    case Reason::ConfigurationError:
        action = tr("Retry");
        actionTip = tr("Read the configuration file again");
        break;
    case Reason::NoBackend:
        action = tr("Retry");
        actionTip = tr("Read the configuration file again");
        secondary = tr("Documentation");
        secondaryTip = tr("Open the documentation");
        break;
    case Reason::ProfileUnavailable:
        break;
    case Reason::Offline:
        action = tr("Try now");
        actionTip = tr("Try to reach the servers now");
        break;
    }
    for (const QPointer<EmptyStateWidget>& page : std::as_const(m_pages)) {
        if (!page)
            continue;
        page->setNote(note);
        page->setActionText(action);
        page->actionButton()->setToolTip(actionTip);
        page->setSecondaryActionText(secondary);
        page->secondaryActionButton()->setToolTip(secondaryTip);
    }
    Q_EMIT changed();
}

void SignedOutActions::trigger(bool secondary)
{
    switch (m_reason) {
    case Reason::None:
        Q_EMIT signInRequested();
        break;
    case Reason::ConfigurationError:
        Q_EMIT retryConfigurationRequested();
        break;
    case Reason::NoBackend:
        if (secondary)
            Q_EMIT documentationRequested();
        else
            Q_EMIT retryConfigurationRequested();
        break;
    case Reason::Offline:
        Q_EMIT tryNowRequested();
        break;
    case Reason::ProfileUnavailable:
        break;
    }
}

} // namespace sv
