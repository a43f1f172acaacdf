#pragma once

#include "billing/BillingService.h"

#include <QCoro/QCoroTask>

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace sv {

class EmptyStateWidget;

/// The skeleton the billing pages (PlansView, UsageView) share: without a BillingService (signed out) an
/// explanation, else the page's content; a load that a newer one (or a switch of the service) makes
/// out of date is dropped; a badge when the figures are the cached ones of an offline moment, and the reason
/// the page's actions are disabled. A page shows what it has shown before at once: it reads with
/// Refresh::InBackground, marks the page "Refreshing…" while expired figures are fetched again, then shows
/// the new ones in place, or keeps the old ones and says it could not refresh.
class BillingPage : public QWidget
{
    Q_OBJECT
public:
    ~BillingPage() override;

    BillingService* billingService() const { return m_billing; }
    /// The signed-out explanation.
    EmptyStateWidget* emptyState() const { return m_emptyState; }
    /// "Offline - as of …": shown while the figures on screen are the last ones received.
    QLabel* staleLabel() const { return m_staleLabel; }
    /// Why the page's actions are disabled (offline, a checkout running...).
    QLabel* actionsReasonLabel() const { return m_actionsReason; }
    bool isStale() const { return m_stale; }
    /// "Refreshing…" while figures on screen are being fetched again; "Could not refresh…" after a failure.
    QLabel* refreshLabel() const { return m_refreshLabel; }
    bool isRefreshing() const { return m_refreshing; }

public Q_SLOTS:
    /// Loads the page (from the cache when fresh; `force` asks the backend). Signed out: nothing.
    void reload(bool force = false);

Q_SIGNALS:
    /// A load has put its figures on screen (cached ones may still be refreshing: loaded() follows).
    void shown();
    /// A load finished (successfully or not), including the background refresh of what it showed.
    void loaded();

protected:
    /// The colours of the page's notes.
    enum class Badge { Stale, Error, Warning, Success, Neutral };
    static QString badgeStyle(Badge badge);

    /// `name` prefixes the shared labels' object names ("plans": "plansStaleLabel", "plansActionsReason");
    /// `icon` is the signed-out explanation's artwork.
    BillingPage(const QString& name, const QString& icon, QWidget* parent);

    /// The signed-in content, built by the page (it places staleLabel() and actionsReasonLabel() in it).
    void setContent(QWidget* content);
    /// Switches to `billing` (null: signed out): forgets the previous service's signals, drops loads in
    /// flight and shows the content or the explanation. The page then resets its own state.
    void attachBilling(BillingService* billing);

    /// Starts a load; its continuations go on only while isCurrentLoad(generation).
    int beginLoad() { return ++m_generation; }
    bool isCurrentLoad(int generation) const { return generation == m_generation; }

    /// Now by the service's clock (the system's when signed out), and today's local date.
    QDateTime now() const;
    QDate today() const;

    void setStale(bool stale) { m_stale = stale; }
    /// The refresh mark: shown while `refreshing`, else the failure (empty: hidden).
    void setRefreshing(bool refreshing, const QString& failure = QString());
    /// Adds what a load shows to `shown`; a value being refreshed in the background marks the page at once.
    void noteShown(QList<DataFreshness>& shown, const DataFreshness& freshness);
    /// Ends load `generation`, read with `refresh`, whose reads returned `freshness`: when some value is
    /// being refreshed in the background, marks the page refreshing, waits for the refreshes, then loads
    /// again from the cache (Refresh::CachedOnly): the new values, or the old ones with "could not refresh"
    /// when a refresh failed. Emits loaded() when the page is settled.
    QCoro::Task<void> finishLoad(int generation, BillingService::Refresh refresh,
                                 QList<DataFreshness> freshness);
    /// The stale badge: the freshness's age and `note` (what the figures are).
    void showStaleNote(const DataFreshness& freshness, const QString& note);

    virtual QCoro::Task<void> load(BillingService::Refresh refresh) = 0;
    /// Sets every text again (the language changed).
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;

private:
    QPointer<BillingService> m_billing;
    int m_generation = 0;
    bool m_stale = false;
    bool m_refreshing = false;
    QString m_refreshFailure;
    QLabel* m_refreshLabel = nullptr;
    QStackedWidget* m_stack = nullptr;
    EmptyStateWidget* m_emptyState = nullptr;
    QLabel* m_staleLabel = nullptr;
    QLabel* m_actionsReason = nullptr;
};

} // namespace sv
