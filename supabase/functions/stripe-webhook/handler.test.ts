// stripe-webhook against the real PostgreSQL and the Stripe stand-in: signatures first, each event once,
// convergence to Stripe's state whatever the order, plans and counters, payments, the plans cache.
import assert from "node:assert/strict";
import { cacheKeys } from "../_shared/cache.ts";
import { ensureCustomer } from "../_shared/customer.ts";
import type { Sql } from "../_shared/db.ts";
import { createUser, type TestUser, withBilling } from "../_shared/testing.ts";
import type { Obj, StripeStandIn } from "../../tests/stripe/stand-in.ts";
import { makeHandler, type WebhookDeps } from "./handler.ts";

const WHSEC = "whsec_streamvibe_webhook_test_secret";

type Fixture = Parameters<Parameters<typeof withBilling>[0]>[0];

function webhookDeps(f: Fixture): WebhookDeps {
  return {
    sql: f.deps.sql,
    stripe: f.deps.stripe,
    cache: f.deps.cache,
    webhookSecret: WHSEC,
    log: f.deps.log,
    secrets: f.deps.secrets,
  };
}

async function withWebhook(
  fn: (f: Fixture & { handler: (req: Request) => Promise<Response> }) => Promise<void>,
) {
  await withBilling(async (f) => {
    // The stand-in signs with the endpoint secret the function is given.
    f.standIn.webhookSecret = WHSEC;
    await fn({ ...f, handler: makeHandler(webhookDeps(f)) });
    for (const line of f.log.lines) {
      assert.ok(!line.includes(WHSEC), `the webhook secret was logged: ${line}`);
    }
  });
}

async function send(
  handler: (req: Request) => Promise<Response>,
  standIn: StripeStandIn,
  event: Obj,
  opts: { timestamp?: number; secret?: string } = {},
): Promise<{ status: number; body: Obj }> {
  const req = await standIn.webhookRequest(event, { timestamp: Math.floor(Date.now() / 1000), ...opts });
  const res = await handler(req);
  return { status: res.status, body: await res.json() };
}

async function settings(sql: Sql, userId: string): Promise<Obj> {
  const [row] = await sql`
    select plan, status, quota::int, used::int, period_start::text, period_end::text, stripe_customer_id,
           stripe_subscription_id, stripe_price_id, cancel_at_period_end, stripe_synced_at
      from public.subscription_settings where user_id = ${userId}`;
  return row;
}

async function audits(sql: Sql, eventId: string): Promise<Obj[]> {
  return await sql`
    select job_status, job_type, user_id, job_result from public.audit_log
     where job_result ->> 'event_id' = ${eventId} order by id`;
}

async function recorded(sql: Sql, eventId: string): Promise<number> {
  const [r] = await sql`select count(*)::int as n from public.stripe_webhook_events where id = ${eventId}`;
  return r.n;
}

/** The user goes through checkout as create-checkout-session sets it up; returns Stripe's events. */
async function subscribe(f: Fixture, user: TestUser, price = "price_sv_basic_month_usd") {
  const customer = await ensureCustomer(f.sql, f.deps.stripe, user);
  // The plan's overage price of the same interval (Checkout takes one billing interval).
  const overage = price.replace(/_month_/, "_overage_").replace(/_year_/, "_overage_yearly_");
  const session = await f.deps.stripe.checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: user.id,
    metadata: { user_id: user.id },
    subscription_data: { metadata: { user_id: user.id } },
    success_url: "http://127.0.0.1:8765/ok",
    cancel_url: "http://127.0.0.1:8765/no",
    line_items: [{ price, quantity: 1 }, { price: overage }],
  });
  return f.standIn.completeCheckout(session.id);
}

Deno.test("webhook: a missing, wrong, tampered or stale signature is refused and nothing is written", async () => {
  await withWebhook(async (f) => {
    const user = await createUser(f.sql);
    const done = await subscribe(f, user);
    const event = done.events[0];
    const now = Math.floor(Date.now() / 1000);

    const wrong = await send(f.handler, f.standIn, event, { secret: "whsec_not_the_endpoint_secret" });
    assert.equal(wrong.status, 400);
    assert.deepEqual(wrong.body.error.code, "invalid_signature");

    const stale = await send(f.handler, f.standIn, event, { timestamp: now - 301 });
    assert.equal(stale.status, 400);
    assert.equal(stale.body.error.code, "invalid_signature");

    const signed = await f.standIn.sign(event, { timestamp: now });
    const tampered = await f.handler(
      new Request("http://127.0.0.1/functions/v1/stripe-webhook", {
        method: "POST",
        headers: { "stripe-signature": signed.header },
        body: signed.payload.replace(user.id, crypto.randomUUID()),
      }),
    );
    assert.equal(tampered.status, 400);
    await tampered.body?.cancel();
    const none = await f.handler(
      new Request("http://127.0.0.1/functions/v1/stripe-webhook", { method: "POST", body: signed.payload }),
    );
    assert.equal(none.status, 400);
    assert.equal((await none.json()).error.code, "invalid_signature");

    assert.equal(await recorded(f.sql, event.id), 0);
    assert.equal((await audits(f.sql, event.id)).length, 0);
    assert.equal((await settings(f.sql, user.id)).plan, "free");
    // Nothing was asked of Stripe either.
    assert.equal(f.standIn.apiRequests({ path: /^\/v1\/subscriptions\// }).length, 0);

    // Just inside the tolerance is fine.
    const fresh = await send(f.handler, f.standIn, event, { timestamp: now - 290 });
    assert.equal(fresh.status, 200);
  });
});

Deno.test("webhook: checkout completion puts the user on the plan, with Stripe's period, and records the payment", async () => {
  await withWebhook(async (f) => {
    const user = await createUser(f.sql);
    await f.sql`update public.subscription_settings set used = 4321 where user_id = ${user.id}`;
    const done = await subscribe(f, user);
    for (const event of done.events) {
      const r = await send(f.handler, f.standIn, event);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.deepEqual(r.body, { received: true });
    }
    const row = await settings(f.sql, user.id);
    const item = done.subscription.items.data.find((i: Obj) => i.price.recurring.usage_type === "licensed");
    assert.equal(row.plan, "basic");
    assert.equal(row.quota, 100000);
    assert.equal(row.status, "active");
    assert.equal(row.stripe_subscription_id, done.subscription.id);
    assert.equal(row.stripe_customer_id, done.customer.id);
    assert.equal(row.stripe_price_id, "price_sv_basic_month_usd");
    assert.equal(row.period_start, new Date(item.current_period_start * 1000).toISOString().slice(0, 10));
    assert.equal(row.period_end, new Date(item.current_period_end * 1000).toISOString().slice(0, 10));
    assert.equal(row.used, 0, "the paid first invoice starts the period's counters");
    assert.equal(row.cancel_at_period_end, false);

    const payments = await f.sql`
      select stripe_invoice_id, status, amount_paid::int, currency, hosted_invoice_url from public.payment_history
       where user_id = ${user.id}`;
    assert.deepEqual(payments.map((p) => ({ ...p })), [{
      stripe_invoice_id: done.invoice.id,
      status: "paid",
      amount_paid: 999,
      currency: "usd",
      hosted_invoice_url: done.invoice.hosted_invoice_url,
    }]);
    for (const event of done.events) {
      assert.equal(await recorded(f.sql, event.id), 1);
      const a = await audits(f.sql, event.id);
      assert.equal(a.length, 1, `one audit row for ${event.type}`);
      assert.equal(a[0].job_status, "completed");
      assert.equal(a[0].user_id, user.id);
      assert.equal(a[0].job_type, event.type);
    }
    const [ev] = await f.sql`select processed_at, result from public.stripe_webhook_events where id = ${
      done.events[0].id
    }`;
    assert.ok(ev.processed_at);
    assert.equal(ev.result.plan, "basic");
  });
});

Deno.test("webhook: the same event twice is handled once", async () => {
  await withWebhook(async (f) => {
    const user = await createUser(f.sql);
    const done = await subscribe(f, user, "price_sv_premium_year_eur");
    const paid = done.events.find((e) => e.type === "invoice.paid")!;
    assert.deepEqual((await send(f.handler, f.standIn, paid)).body, { received: true });
    await f.sql`update public.subscription_settings set used = 777 where user_id = ${user.id}`;
    const retrievals = f.standIn.apiRequests({ path: `/v1/subscriptions/${done.subscription.id}` }).length;
    const again = await send(f.handler, f.standIn, paid);
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, { received: true, duplicate: true });
    assert.equal((await settings(f.sql, user.id)).used, 777, "the repeat did not reset the counters again");
    assert.equal((await audits(f.sql, paid.id)).length, 1);
    const [p] = await f.sql`select count(*)::int as n from public.payment_history where user_id = ${user.id}`;
    assert.equal(p.n, 1);
    assert.equal(
      f.standIn.apiRequests({ path: `/v1/subscriptions/${done.subscription.id}` }).length,
      retrievals,
    );
    // Concurrent deliveries of one event: one handles it, the others see a duplicate.
    const created = done.events.find((e) => e.type === "customer.subscription.created")!;
    const results = await Promise.all([1, 2, 3].map(() => send(f.handler, f.standIn, created)));
    assert.deepEqual(results.map((r) => r.status), [200, 200, 200]);
    assert.equal(results.filter((r) => r.body.duplicate).length, 2);
    assert.equal((await audits(f.sql, created.id)).length, 1);
    assert.equal((await settings(f.sql, user.id)).plan, "premium");
  });
});

Deno.test("webhook: one user's events delivered all at once converge", async () => {
  await withWebhook(async (f) => {
    f.standIn.setLatency(10);
    const user = await createUser(f.sql);
    await f.sql`update public.subscription_settings set used = 999 where user_id = ${user.id}`;
    const done = await subscribe(f, user, "price_sv_premium_month_usd");
    f.standIn.advanceClock(5);
    const update = f.standIn.updateSubscription(done.subscription.id, { cancel_at_period_end: true }).events;
    const all = [...done.events, ...update];
    const results = await Promise.all(all.map((e) => send(f.handler, f.standIn, e)));
    assert.deepEqual(results.map((r) => r.status), all.map(() => 200));
    const row = await settings(f.sql, user.id);
    assert.equal(row.plan, "premium");
    assert.equal(row.quota, 1000000);
    assert.equal(row.used, 0);
    assert.equal(row.cancel_at_period_end, true);
    assert.equal(row.stripe_subscription_id, done.subscription.id);
    for (const e of all) assert.equal((await audits(f.sql, e.id)).length, 1);
  });
});

Deno.test("webhook: an update older than the state applied is ignored; the result is Stripe's current state", async () => {
  await withWebhook(async (f) => {
    const user = await createUser(f.sql);
    const done = await subscribe(f, user);
    for (const e of done.events) assert.equal((await send(f.handler, f.standIn, e)).status, 200);
    const subId = done.subscription.id;
    f.standIn.advanceClock(10);
    const older = f.standIn.updateSubscription(subId, { cancel_at_period_end: true }).events[0];
    f.standIn.advanceClock(10);
    const newer = f.standIn.updateSubscription(subId, {
      price: "price_sv_premium_month_usd",
      cancel_at_period_end: false,
    })
      .events[0];
    assert.equal((await send(f.handler, f.standIn, newer)).status, 200);
    let row = await settings(f.sql, user.id);
    assert.equal(row.plan, "premium");
    assert.equal(row.quota, 1000000);
    assert.equal(row.cancel_at_period_end, false);
    assert.equal(row.stripe_synced_at.getTime(), newer.created * 1000);

    assert.equal((await send(f.handler, f.standIn, older)).status, 200);
    row = await settings(f.sql, user.id);
    assert.equal(row.plan, "premium");
    assert.equal(row.cancel_at_period_end, false, "the late, older event did not bring back its state");
    assert.equal(row.stripe_synced_at.getTime(), newer.created * 1000);
    const [a] = await audits(f.sql, older.id);
    assert.equal(a.job_status, "skipped");
    assert.equal(a.job_result.reason, "older_than_applied_state");

    // A late event that is newer than what was applied still yields Stripe's *current* state, not its own.
    f.standIn.advanceClock(10);
    const third = f.standIn.updateSubscription(subId, { cancel_at_period_end: true }).events[0];
    f.standIn.advanceClock(10);
    f.standIn.updateSubscription(subId, { cancel_at_period_end: false }); // not delivered yet
    assert.equal((await send(f.handler, f.standIn, third)).status, 200);
    assert.equal((await settings(f.sql, user.id)).cancel_at_period_end, false);
  });
});

Deno.test("webhook: deleted, then a late created: the user stays on Free", async () => {
  await withWebhook(async (f) => {
    const user = await createUser(f.sql);
    const done = await subscribe(f, user);
    f.standIn.advanceClock(30);
    const deleted = f.standIn.cancelSubscription(done.subscription.id).events[0];
    assert.equal((await send(f.handler, f.standIn, deleted)).status, 200);
    let row = await settings(f.sql, user.id);
    assert.equal(row.plan, "free");
    assert.equal(row.quota, 10000);
    assert.equal(row.stripe_subscription_id, null);
    assert.equal(row.stripe_customer_id, done.customer.id, "the customer stays the user's");
    for (const late of done.events) assert.equal((await send(f.handler, f.standIn, late)).status, 200);
    row = await settings(f.sql, user.id);
    assert.equal(row.plan, "free");
    assert.equal(row.quota, 10000);
    assert.equal(row.stripe_subscription_id, null);
    assert.equal(row.stripe_price_id, null);

    // Subscribing again later works.
    f.standIn.advanceClock(30);
    const again = await subscribe(f, user, "price_sv_premium_month_jpy");
    for (const e of again.events) assert.equal((await send(f.handler, f.standIn, e)).status, 200);
    row = await settings(f.sql, user.id);
    assert.equal(row.plan, "premium");
    assert.equal(row.stripe_subscription_id, again.subscription.id);
    // The first subscription's deletion, re-sent under a new event id, does not touch the new one.
    f.standIn.advanceClock(30);
    const stray = {
      ...deleted,
      id: `evt_stray_${crypto.randomUUID().slice(0, 8)}`,
      created: f.standIn.now(),
    };
    assert.equal((await send(f.handler, f.standIn, stray)).status, 200);
    assert.equal((await settings(f.sql, user.id)).plan, "premium");
    assert.equal((await audits(f.sql, stray.id))[0].job_result.reason, "not_current_subscription");
  });
});

Deno.test("webhook: invoice.paid of a new period resets the counters and records the payment; a failure is past_due", async () => {
  await withWebhook(async (f) => {
    const user = await createUser(f.sql);
    const done = await subscribe(f, user);
    for (const e of done.events) assert.equal((await send(f.handler, f.standIn, e)).status, 200);
    await f.sql`update public.subscription_settings set used = 123456 where user_id = ${user.id}`;
    f.standIn.advanceClock(31 * 86400);
    const renewal = f.standIn.renewSubscription(done.subscription.id);
    const [updated, paid] = renewal.events;
    // invoice.paid first, the subscription's own update late.
    assert.equal((await send(f.handler, f.standIn, paid)).status, 200);
    let row = await settings(f.sql, user.id);
    const item = renewal.subscription.items.data[0];
    assert.equal(row.used, 0);
    assert.equal(row.period_start, new Date(item.current_period_start * 1000).toISOString().slice(0, 10));
    assert.equal(row.period_end, new Date(item.current_period_end * 1000).toISOString().slice(0, 10));
    await f.sql`update public.subscription_settings set used = 50 where user_id = ${user.id}`;
    assert.equal((await send(f.handler, f.standIn, updated)).status, 200);
    row = await settings(f.sql, user.id);
    assert.equal(row.used, 50, "a late subscription update does not reset the counters");
    const payments = await f.sql`
      select stripe_invoice_id, status from public.payment_history where user_id = ${user.id} order by id`;
    assert.deepEqual(payments.map((p) => p.stripe_invoice_id), [done.invoice.id, renewal.invoice.id]);
    const [a] = await audits(f.sql, paid.id);
    assert.equal(a.job_result.counters_reset, true);

    // The next renewal's payment fails.
    f.standIn.advanceClock(31 * 86400);
    const failed = f.standIn.renewSubscription(done.subscription.id, { fail: true });
    const failure = failed.events.find((e) => e.type === "invoice.payment_failed")!;
    assert.equal((await send(f.handler, f.standIn, failure)).status, 200);
    row = await settings(f.sql, user.id);
    assert.equal(row.status, "past_due");
    assert.equal(row.used, 50, "no reset without a payment");
    const [p] = await f
      .sql`select status from public.payment_history where stripe_invoice_id = ${failed.invoice.id}`;
    assert.equal(p.status, "open");
  });
});

Deno.test("webhook: price.* and product.* drop the cached plans", async () => {
  await withWebhook(async (f) => {
    const load = () => f.deps.stripe.prices.list({ currency: "usd", active: true, limit: 100 });
    assert.equal((await f.deps.cache.get(cacheKeys.prices("usd"), 3600, load)).layer, "origin");
    assert.equal((await f.deps.cache.get(cacheKeys.prices("usd"), 3600, load)).layer, "memory");
    await f.deps.stripe.prices.update("price_sv_basic_month_usd", { nickname: "Basic monthly (new)" });
    const event = f.standIn.eventsOfType("price.updated").at(-1)!;
    const r = await send(f.handler, f.standIn, event);
    assert.equal(r.status, 200);
    const [a] = await audits(f.sql, event.id);
    assert.equal(a.job_status, "completed");
    assert.ok(a.job_result.dropped >= 1);
    const again = await f.deps.cache.get(cacheKeys.prices("usd"), 3600, load);
    assert.equal(again.layer, "origin");
    assert.ok(
      (again.value as { data: Obj[] }).data.some((p) => p.nickname === "Basic monthly (new)"),
    );
    await f.deps.stripe.products.update("prod_sv_basic", { metadata: { quota: "120000" } });
    const prod = f.standIn.eventsOfType("product.updated").at(-1)!;
    assert.equal((await send(f.handler, f.standIn, prod)).status, 200);
    assert.equal((await f.deps.cache.get(cacheKeys.prices("usd"), 3600, load)).layer, "origin");
  });
});

Deno.test("webhook: a failure rolls back (event not recorded, 500 for Stripe to retry) and is audited", async () => {
  await withWebhook(async (f) => {
    const user = await createUser(f.sql);
    const done = await subscribe(f, user);
    const created = done.events[0];
    await f.standIn.setDown(503);
    const r = await send(f.handler, f.standIn, created);
    assert.equal(r.status, 500);
    assert.equal(r.body.error.code, "webhook_failed");
    assert.equal(await recorded(f.sql, created.id), 0);
    assert.equal((await settings(f.sql, user.id)).plan, "free");
    const [failed] = await audits(f.sql, created.id);
    assert.equal(failed.job_status, "failed");
    await f.standIn.setDown(false);
    const retry = await send(f.handler, f.standIn, created);
    assert.deepEqual(retry.body, { received: true });
    assert.equal((await settings(f.sql, user.id)).plan, "basic");
    assert.deepEqual((await audits(f.sql, created.id)).map((a) => a.job_status), ["failed", "completed"]);
  });
});

Deno.test("webhook: events for unknown users or of other types are acknowledged and skipped", async () => {
  await withWebhook(async (f) => {
    const customer = await f.deps.stripe.customers.create({ email: "nobody@streamvibe.test" });
    const sub = await f.deps.stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: "price_sv_basic_month_usd" }],
    });
    const created = f.standIn.eventsOfType("customer.subscription.created").find((e) =>
      e.data.object.id === sub.id
    )!;
    const r = await send(f.handler, f.standIn, created);
    assert.deepEqual(r.body, { received: true });
    assert.equal((await audits(f.sql, created.id))[0].job_result.reason, "unknown_user");
    const other = f.standIn.eventsOfType("customer.created").at(-1)!;
    assert.equal((await send(f.handler, f.standIn, other)).status, 200);
    assert.equal((await audits(f.sql, other.id))[0].job_status, "skipped");
    const get = await f.handler(new Request("http://127.0.0.1/functions/v1/stripe-webhook"));
    assert.equal(get.status, 405);
    await get.body?.cancel();
  });
});

Deno.test("webhook: a yearly plan's period includes twelve months of the plan's monthly quota", async () => {
  await withWebhook(async (f) => {
    const user = await createUser(f.sql);
    const done = await subscribe(f, user, "price_sv_basic_year_usd");
    for (const e of done.events) assert.equal((await send(f.handler, f.standIn, e)).status, 200);
    const row = await settings(f.sql, user.id);
    assert.equal(row.plan, "basic");
    assert.equal(row.quota, 12 * 100000);
    const days = (Date.parse(row.period_end) - Date.parse(row.period_start)) / 86400000;
    assert.ok(days >= 365 && days <= 366, `a year-long period, not ${days} days`);
  });
});
