#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sv {

class EmptyStateWidget;

/// What the pages that need an account (Connections, Usage, Plans) offer while nobody is signed in: the
/// action that helps now, never a button that cannot work.
/// - Reason::None: "Sign in" (a backend is configured and nothing says it cannot be reached);
/// - Reason::ConfigurationError: signing in waits for the configuration file to be corrected (the banner
/// above
///   says where): "Retry" reads it again;
/// - Reason::NoBackend: no StreamVibe service is configured: the note names the file where one is set,
/// "Retry"
///   reads it again (it is also watched) and "Documentation" opens the documentation;
/// - Reason::ProfileUnavailable: the profile folder cannot be used (its banner says why and what to do): no
///   button, the fix is outside the app;
/// - Reason::Offline: the servers cannot be reached: "Try now" asks them again ("Sign in" comes back by
/// itself
///   once they answer).
/// The reason is said in each page's note (EmptyStateWidget::setNote()), in the current language. The
/// window's other ways to sign in (the sidebar's account entry, Account → Sign In…) follow the same decision:
/// while signing in cannot work they are off with that note as the reason (signInUnavailable()).
class SignedOutActions : public QObject
{
    Q_OBJECT
public:
    enum class Reason { None, ConfigurationError, NoBackend, ProfileUnavailable, Offline };
    Q_ENUM(Reason)

    /// `pages`' explanations (not owned) get the action and the note.
    SignedOutActions(const QList<EmptyStateWidget*>& pages, QObject* parent = nullptr);

    void setReason(Reason reason);
    Reason reason() const { return m_reason; }
    /// The configuration file the note of Reason::NoBackend names (where a service would be set).
    void setConfigurationFile(const QString& file);
    /// Why signing in cannot work now: the pages' note (in the current language); empty with Reason::None.
    /// changed() follows its changes.
    QString signInUnavailable() const;

Q_SIGNALS:
    /// The reason, the configuration file or the language changed: signInUnavailable() may have too.
    void changed();
    void signInRequested();
    /// Read the configuration again.
    void retryConfigurationRequested();
    /// Ask the servers again now.
    void tryNowRequested();
    void documentationRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();
    QString note() const;
    void trigger(bool secondary);

    QList<QPointer<EmptyStateWidget>> m_pages;
    Reason m_reason = Reason::None;
    QString m_configurationFile;
};

} // namespace sv
