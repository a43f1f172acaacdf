// stripe-webhook: Stripe's events, verified by signature before anything else, each handled once.
// Events can arrive twice, late or out of order: a subscription's state is always read back from Stripe and
// applied only when the event is not older than the state already applied (subscription_settings.stripe_synced_at).
import { cacheKeys, cachePrefixes, StripeCache, TTL } from "../_shared/cache.ts";
import { createDb, type Sql, type TransactionSql } from "../_shared/db.ts";
import { EnvReader } from "../_shared/env.ts";
import {
  consoleLogger,
  handle,
  HttpError,
  json,
  type Logger,
  redact,
  requireMethod,
} from "../_shared/http.ts";
import { isPlanId } from "../_shared/plans.ts";
import { createStripe, cryptoProvider, type Stripe } from "../_shared/stripe.ts";

export interface WebhookDeps {
  sql: Sql;
  stripe: Stripe;
  cache: StripeCache;
  /** The endpoint's signing secret (whsec_…). */
  webhookSecret: string;
  log?: Logger;
  secrets?: string[];
}

/** Stripe's default: a signature older than this (seconds) is refused. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Subscription statuses after which the subscription is over: the user is back on Free. */
const ENDED = ["canceled", "incomplete_expired"];

type JobStatus = "completed" | "skipped";
interface Outcome {
  status: JobStatus;
  userId?: string | null;
  result: Record<string, unknown>;
}

interface SettingsRow {
  user_id: string;
  plan: string;
  status: string;
  quota: string;
  used: string;
  period_start: string;
  period_end: string;
  stripe_customer_id: string | null;
  stripe_subscription_id: string | null;
  stripe_synced_at: Date | null;
}

function idOf(v: string | { id: string } | null | undefined): string | null {
  if (!v) return null;
  return typeof v === "string" ? v : v.id;
}

/** A unix time as the DATE the app reads (UTC). */
export function isoDate(unix: number): string {
  return new Date(unix * 1000).toISOString().slice(0, 10);
}

/**
 * The units a billing period includes: the product's `metadata.quota` is per month (what the plans say), so a
 * yearly price's period holds twelve months of it (counted and reset by period, as its overage is billed).
 */
export function periodQuota(monthlyQuota: number, recurring: Stripe.Price.Recurring | null): number {
  const count = recurring?.interval_count ?? 1;
  const months = recurring?.interval === "year" ? 12 * count : recurring?.interval === "month" ? count : 1;
  return monthlyQuota * months;
}

/** The item that sets the plan: the licensed one (a metered overage item rides along). */
export function planItem(sub: Stripe.Subscription): Stripe.SubscriptionItem | undefined {
  return sub.items.data.find((i) => i.price.recurring?.usage_type !== "metered") ?? sub.items.data[0];
}

export function makeHandler(deps: WebhookDeps): (req: Request) => Promise<Response> {
  const log = deps.log ?? consoleLogger;
  const secrets = [deps.webhookSecret, ...(deps.secrets ?? [])];

  async function verify(req: Request): Promise<{ event: Stripe.Event }> {
    const signature = req.headers.get("stripe-signature");
    const raw = await req.text();
    if (!signature) {
      throw new HttpError(400, "invalid_signature", "Missing Stripe-Signature header");
    }
    try {
      const event = await deps.stripe.webhooks.constructEventAsync(
        raw,
        signature,
        deps.webhookSecret,
        SIGNATURE_TOLERANCE_SECONDS,
        cryptoProvider,
      );
      return { event };
    } catch {
      throw new HttpError(400, "invalid_signature", "The Stripe signature could not be verified");
    }
  }

  /** Stripe's current subscription, read through the cache after dropping what the cache held. */
  async function currentSubscription(id: string): Promise<Stripe.Subscription> {
    await deps.cache.invalidate(cacheKeys.subscription(id));
    const got = await deps.cache.get(
      cacheKeys.subscription(id),
      TTL.subscription,
      () => deps.stripe.subscriptions.retrieve(id),
    );
    if (got.layer === "stale") {
      throw new Error(`Stripe unavailable: subscription ${id} could not be read fresh`);
    }
    return got.value as Stripe.Subscription;
  }

  async function planOf(item: Stripe.SubscriptionItem): Promise<{ plan: string; quota: number }> {
    const product = typeof item.price.product === "string"
      ? await deps.stripe.products.retrieve(item.price.product)
      : item.price.product as Stripe.Product;
    const plan = product.metadata?.plan;
    const quota = Number(product.metadata?.quota);
    if (!isPlanId(plan) || !Number.isSafeInteger(quota) || quota < 0) {
      throw new Error(`product ${product.id} has no valid metadata.plan / metadata.quota`);
    }
    return { plan, quota: periodQuota(quota, item.price.recurring) };
  }

  async function lockRow(
    tx: TransactionSql,
    where: { userId?: string | null; subId?: string | null; customerId?: string | null },
  ): Promise<SettingsRow | null> {
    const columns = tx`user_id, plan, status, quota, used, period_start::text, period_end::text,
      stripe_customer_id, stripe_subscription_id, stripe_synced_at`;
    if (where.userId && UUID.test(where.userId)) {
      const rows = await tx<SettingsRow[]>`
        select ${columns} from public.subscription_settings where user_id = ${where.userId} for update`;
      if (rows.length) return rows[0];
    }
    if (where.subId) {
      const rows = await tx<SettingsRow[]>`
        select ${columns} from public.subscription_settings where stripe_subscription_id = ${where.subId} for update`;
      if (rows.length) return rows[0];
    }
    if (where.customerId) {
      const rows = await tx<SettingsRow[]>`
        select ${columns} from public.subscription_settings where stripe_customer_id = ${where.customerId} for update`;
      if (rows.length) return rows[0];
    }
    return null;
  }

  /**
   * Brings the user's row to Stripe's current state of the subscription, unless the event is older than
   * the state already applied.
   */
  async function syncSubscription(
    tx: TransactionSql,
    event: Stripe.Event,
    subId: string,
    hint: { userId?: string | null; customerId?: string | null } = {},
  ): Promise<Outcome & { sub?: Stripe.Subscription; row?: SettingsRow }> {
    // The user's row is locked before Stripe is read, so concurrent events of one user apply in the order
    // of their reads (a later read is never overwritten by an earlier one).
    let row = await lockRow(tx, { userId: hint.userId, subId, customerId: hint.customerId });
    const sub = await currentSubscription(subId);
    const customerId = idOf(sub.customer as string | { id: string });
    row ??= await lockRow(tx, { userId: sub.metadata?.user_id, customerId });
    if (!row) {
      return { status: "skipped", result: { reason: "unknown_user", subscription: subId } };
    }
    const outcome = (status: JobStatus, result: Record<string, unknown>) => ({
      status,
      userId: row.user_id,
      sub,
      row,
      result: { subscription: subId, ...result },
    });
    const eventAt = new Date(event.created * 1000);
    if (row.stripe_synced_at && eventAt < row.stripe_synced_at) {
      return outcome("skipped", { reason: "older_than_applied_state" });
    }
    if (ENDED.includes(sub.status)) {
      if (row.stripe_subscription_id && row.stripe_subscription_id !== subId) {
        // Another subscription is the user's current one: this one ending changes nothing.
        return outcome("skipped", { reason: "not_current_subscription" });
      }
      await tx`
        update public.subscription_settings
           set plan = 'free', quota = public.free_plan_quota(), status = 'active',
               stripe_subscription_id = null, stripe_price_id = null, cancel_at_period_end = false,
               stripe_customer_id = coalesce(stripe_customer_id, ${customerId}),
               stripe_synced_at = ${eventAt}, updated_at = now()
         where user_id = ${row.user_id}`;
      return outcome("completed", { plan: "free", status: sub.status });
    }
    const item = planItem(sub);
    if (!item) throw new Error(`subscription ${subId} has no items`);
    const { plan, quota } = await planOf(item);
    const periodStart = isoDate(item.current_period_start);
    const periodEnd = isoDate(item.current_period_end);
    await tx`
      update public.subscription_settings
         set plan = ${plan}, quota = ${quota}, status = ${sub.status},
             period_start = ${periodStart}, period_end = ${periodEnd},
             stripe_subscription_id = ${subId}, stripe_price_id = ${item.price.id},
             stripe_customer_id = coalesce(stripe_customer_id, ${customerId}),
             cancel_at_period_end = ${sub.cancel_at_period_end},
             stripe_synced_at = ${eventAt}, updated_at = now()
       where user_id = ${row.user_id}`;
    return outcome("completed", {
      plan,
      quota,
      status: sub.status,
      period_start: periodStart,
      period_end: periodEnd,
    });
  }

  /** The invoice line of the subscription's plan item (its period is the one the invoice pays for). */
  function planLine(invoice: Stripe.Invoice, sub: Stripe.Subscription | undefined) {
    const item = sub ? planItem(sub) : undefined;
    const lines = invoice.lines?.data ?? [];
    return lines.find((l) => item && l.parent?.subscription_item_details?.subscription_item === item.id) ??
      lines.find((l) => l.parent?.subscription_item_details) ?? lines[0];
  }

  async function onInvoice(tx: TransactionSql, event: Stripe.Event, paid: boolean): Promise<Outcome> {
    const invoice = event.data.object as Stripe.Invoice;
    const subId = idOf(invoice.parent?.subscription_details?.subscription as string | { id: string } | null);
    const customerId = idOf(invoice.customer as string | { id: string } | null);
    let synced: Awaited<ReturnType<typeof syncSubscription>> | null = null;
    if (subId) {
      synced = await syncSubscription(tx, event, subId, {
        userId: invoice.parent?.subscription_details?.metadata?.user_id,
        customerId,
      });
    }
    const row = synced?.row ?? await lockRow(tx, { customerId });
    if (!row) {
      return { status: "skipped", result: { reason: "unknown_user", invoice: invoice.id } };
    }
    const line = planLine(invoice, synced?.sub);
    const periodStart = line?.period?.start ?? invoice.period_start;
    const periodEnd = line?.period?.end ?? invoice.period_end;
    const before = await tx<{ status: string }[]>`
      select status from public.payment_history where stripe_invoice_id = ${invoice.id} for update`;
    const status = paid ? "paid" : (invoice.status ?? "open");
    await tx`
      insert into public.payment_history (user_id, stripe_invoice_id, stripe_customer_id, status, amount_paid,
                                          currency, period_start, period_end, hosted_invoice_url)
      values (${row.user_id}, ${invoice.id}, ${customerId}, ${status}, ${invoice.amount_paid ?? 0},
              ${invoice.currency}, ${new Date(periodStart * 1000)}, ${new Date(periodEnd * 1000)},
              ${invoice.hosted_invoice_url ?? null})
      on conflict (stripe_invoice_id) do update
        set status = case when public.payment_history.status = 'paid' then 'paid' else excluded.status end,
            amount_paid = greatest(public.payment_history.amount_paid, excluded.amount_paid),
            hosted_invoice_url = coalesce(excluded.hosted_invoice_url, public.payment_history.hosted_invoice_url)`;
    const result: Record<string, unknown> = {
      ...(synced?.result ?? {}),
      invoice: invoice.id,
      invoice_status: status,
    };
    const sub = synced?.sub;
    // Whether this invoice pays for the current period of the subscription the user is on now (decided on
    // Stripe's current state, so it holds whatever order the events came in).
    const attached = await tx<{ ok: boolean }[]>`
      select stripe_subscription_id = ${subId} as ok from public.subscription_settings where user_id = ${row.user_id}`;
    const current = !!sub && attached[0]?.ok === true && !ENDED.includes(sub.status) &&
      planItem(sub)?.current_period_start === periodStart;
    if (paid && before[0]?.status !== "paid" && current) {
      // The invoice of the current period is paid (first time seen): a new period, the counters start over.
      await tx`
        update public.subscription_settings
           set used = 0, period_start = ${isoDate(periodStart)}, period_end = ${isoDate(periodEnd)},
               updated_at = now()
         where user_id = ${row.user_id}`;
      result.counters_reset = true;
    }
    if (!paid && sub && current && (sub.status === "active" || sub.status === "trialing")) {
      // Stripe moves the subscription to past_due with the failed payment; do not wait for its own event.
      await tx`
        update public.subscription_settings set status = 'past_due', updated_at = now()
         where user_id = ${row.user_id}`;
      result.status = "past_due";
    }
    return { status: "completed", userId: row.user_id, result };
  }

  async function apply(tx: TransactionSql, event: Stripe.Event): Promise<Outcome> {
    const type = event.type as string;
    if (type === "checkout.session.completed") {
      const session = event.data.object as Stripe.Checkout.Session;
      const subId = idOf(session.subscription as string | { id: string } | null);
      if (session.mode !== "subscription" || !subId) {
        return { status: "skipped", result: { reason: "not_a_subscription_checkout", session: session.id } };
      }
      const userId = session.client_reference_id ?? session.metadata?.user_id ?? null;
      const customerId = idOf(session.customer as string | { id: string } | null);
      if (userId && UUID.test(userId) && customerId) {
        await tx`
          update public.subscription_settings set stripe_customer_id = ${customerId}, updated_at = now()
           where user_id = ${userId} and stripe_customer_id is null
             and not exists (select 1 from public.subscription_settings o where o.stripe_customer_id = ${customerId})`;
      }
      const out = await syncSubscription(tx, event, subId, { userId, customerId });
      return { status: out.status, userId: out.userId, result: { session: session.id, ...out.result } };
    }
    if (
      type === "customer.subscription.created" || type === "customer.subscription.updated" ||
      type === "customer.subscription.deleted"
    ) {
      const sub = event.data.object as Stripe.Subscription;
      const out = await syncSubscription(tx, event, sub.id, {
        userId: sub.metadata?.user_id,
        customerId: idOf(sub.customer as string),
      });
      return { status: out.status, userId: out.userId, result: out.result };
    }
    if (type === "invoice.paid") return await onInvoice(tx, event, true);
    if (type === "invoice.payment_failed") return await onInvoice(tx, event, false);
    if (type.startsWith("product.") || type.startsWith("price.")) {
      const dropped = await deps.cache.invalidate(cachePrefixes.prices);
      return { status: "completed", result: { invalidated: cachePrefixes.prices, dropped } };
    }
    return { status: "skipped", result: { reason: "event_type_not_handled" } };
  }

  async function audit(
    sql: Sql | TransactionSql,
    event: Stripe.Event,
    status: "completed" | "skipped" | "failed",
    userId: string | null | undefined,
    result: Record<string, unknown>,
  ) {
    await sql`
      insert into public.audit_log (user_id, action, job_type, job_status, job_result)
      values (${userId ?? null}, 'stripe_webhook', ${event.type}, ${status},
              ${sql.json({ event_id: event.id, ...result } as never)})`;
  }

  return handle(async (req) => {
    requireMethod(req, "POST");
    const { event } = await verify(req);
    let duplicate = false;
    try {
      await deps.sql.begin(async (tx) => {
        const inserted = await tx`
          insert into public.stripe_webhook_events (id, type, stripe_created, livemode)
          values (${event.id}, ${event.type}, ${new Date(event.created * 1000)}, ${event.livemode})
          on conflict (id) do nothing
          returning id`;
        if (inserted.length === 0) {
          duplicate = true;
          return;
        }
        const outcome = await apply(tx, event);
        await tx`
          update public.stripe_webhook_events
             set processed_at = now(), result = ${
          tx.json({ status: outcome.status, ...outcome.result } as never)
        }
           where id = ${event.id}`;
        await audit(tx, event, outcome.status, outcome.userId, outcome.result);
      });
    } catch (err) {
      const message = redact(err instanceof Error ? err.message : String(err), secrets);
      log(`stripe-webhook: ${event.type} ${event.id} failed: ${message}`);
      try {
        await audit(deps.sql, event, "failed", null, { type: event.type, error: message });
      } catch (auditErr) {
        log(redact(`stripe-webhook: audit_log write failed: ${(auditErr as Error).message}`, secrets));
      }
      throw new HttpError(500, "webhook_failed", "The event could not be processed; Stripe will retry");
    }
    return json(200, duplicate ? { received: true, duplicate: true } : { received: true });
  }, { name: "stripe-webhook", log: deps.log, secrets });
}

/** STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, SUPABASE_DB_URL (required), STRIPE_API_BASE (optional). */
export function depsFromEnv(env: EnvReader = new EnvReader()): WebhookDeps {
  const secretKey = env.required("STRIPE_SECRET_KEY");
  const webhookSecret = env.required("STRIPE_WEBHOOK_SECRET");
  const dbUrl = env.required("SUPABASE_DB_URL");
  env.done();
  const sql = createDb(dbUrl);
  return {
    sql,
    stripe: createStripe({ secretKey, apiBase: env.optional("STRIPE_API_BASE") }),
    cache: new StripeCache(sql),
    webhookSecret,
    secrets: [secretKey, webhookSecret],
  };
}
