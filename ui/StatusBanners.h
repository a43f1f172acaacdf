#pragma once

#include <QWidget>

#include <array>
#include <functional>

class QLabel;
class QPushButton;

namespace sv {

/// The window's banner area: one banner per cause, the most important first, each with its action.
///
/// Every banner of the main window goes through it (MainWindow creates it above the pages). A cause has
/// one place, so a second report of the same cause replaces the text instead of stacking a banner, and
/// the order is the causes' rank, whatever order they were reported in. A cause can hide another one that
/// says the same thing less usefully (Offline hides Sandbox's "Connected to the local stack": the offline
/// banner then names the local stack itself).
class StatusBanners : public QWidget
{
    Q_OBJECT
public:
    /// By rank: the most important first.
    enum class Cause {
        ProfileStorage, ///< the profile folder is read-only, full or missing
        Configuration,  ///< the configuration file could not be used
        Offline,        ///< the backend and the platforms cannot be reached
        Session,        ///< the account session (ended, keyring locked...)
        Sandbox,        ///< every endpoint is on this machine (test data)
    };
    Q_ENUM(Cause)
    static constexpr int CauseCount = 5;

    explicit StatusBanners(QWidget* parent = nullptr);
    ~StatusBanners() override;

    /// Shows the banner of `cause` with `text` (an empty text hides it).
    void setText(Cause cause, const QString& text);
    void clear(Cause cause) { setText(cause, QString()); }
    QString text(Cause cause) const;
    /// Whether the banner of `cause` has a text (it may still be hidden by a cause that supersedes it).
    bool isReported(Cause cause) const;
    /// Whether the banner of `cause` is part of what the window shows.
    bool isShown(Cause cause) const;
    /// The causes shown, most important first.
    QList<Cause> shownCauses() const;

    /// Gives `cause` a button (e.g. "Retry"); `run` is called when it is clicked. The button shows with the
    /// banner.
    void setAction(Cause cause, const QString& text, const QString& accessibleName,
                   std::function<void()> run);

    QLabel* label(Cause cause) const;
    /// The banner's row (the label and its button).
    QWidget* row(Cause cause) const;
    /// Null when the cause has no action.
    QPushButton* actionButton(Cause cause) const;

Q_SIGNALS:
    void changed();

private:
    struct Banner
    {
        QWidget* row = nullptr;
        QLabel* label = nullptr;
        QPushButton* button = nullptr;
        std::function<void()> run;
    };
    void updateVisibility();
    Banner& at(Cause cause) { return m_banners[std::size_t(cause)]; }
    const Banner& at(Cause cause) const { return m_banners[std::size_t(cause)]; }

    std::array<Banner, CauseCount> m_banners;
};

} // namespace sv
