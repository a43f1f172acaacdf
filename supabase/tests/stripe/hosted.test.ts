// The stand-in's Stripe-hosted pages and webhook delivery: Checkout and the portal driven as the app's tests
// drive them (fetch posting the forms), events delivered signed and in order, a failed delivery retried, and
// the whole loop through the real stripe-webhook function into PostgreSQL.
import assert from "node:assert/strict";
import Stripe from "npm:stripe@23.2.0";
import { makeHandler as checkoutHandler } from "../../functions/create-checkout-session/handler.ts";
import { makeHandler as portalHandler } from "../../functions/create-portal-session/handler.ts";
import { makeHandler as webhookHandler } from "../../functions/stripe-webhook/handler.ts";
import {
  createUser,
  functionRequest,
  startServer,
  type TestServer,
  userToken,
  withBilling,
} from "../../functions/_shared/testing.ts";
import { type Obj, standInClient as client, startStripeStandIn, type StripeStandIn } from "./stand-in.ts";

const KEY = "sk_test_standin_hosted_0123456789";
const RETRY_MS = 50;

/** A webhook endpoint that records what it receives and answers `status(n)` to the n-th request (from 1). */
function receiver(status: (n: number) => number = () => 200) {
  const received: { event: Obj; signature: string | null; payload: string }[] = [];
  const server = startServer(async (req) => {
    const payload = await req.text();
    received.push({ event: JSON.parse(payload), signature: req.headers.get("stripe-signature"), payload });
    const code = status(received.length);
    return Response.json({ received: code < 300 }, { status: code });
  });
  return { received, server, url: `${server.url}/hook` };
}

async function withHooked(
  fn: (s: StripeStandIn, stripe: Stripe, hook: ReturnType<typeof receiver>) => Promise<void>,
  status?: (n: number) => number,
) {
  const hook = receiver(status);
  const s = startStripeStandIn({ secretKey: KEY, webhookUrl: hook.url, retryBaseMs: RETRY_MS });
  s.seedCatalogue();
  try {
    await fn(s, client(s), hook);
  } finally {
    await s.close();
    await hook.server.close();
  }
}

/** GETs a hosted page: status and HTML. */
async function open(url: string): Promise<{ status: number; html: string }> {
  const res = await fetch(url);
  return { status: res.status, html: await res.text() };
}

/**
 * Clicks the button `id` as the app's form browser does (tests/core/billing/FormBrowser.cpp): finds
 * `<form method="post" action="X"><button id="id"`, POSTs an empty form to X, does not follow the redirect.
 */
async function click(
  pageUrl: string,
  html: string,
  id: string,
): Promise<{ status: number; location: string }> {
  const form = new RegExp(`<form method="post" action="([^"]+)"><button id="${id}"`).exec(html);
  assert.ok(form, `no form with a button #${id} on the page`);
  const res = await fetch(new URL(form[1], pageUrl), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "",
    redirect: "manual",
  });
  await res.body?.cancel();
  return { status: res.status, location: res.headers.get("location") ?? "" };
}

const SUCCESS = "http://127.0.0.1:8765/billing/success?session_id={CHECKOUT_SESSION_ID}";
const CANCEL = "http://127.0.0.1:8765/billing/cancel";

function checkoutSession(stripe: Stripe, price: string, email: string) {
  return stripe.checkout.sessions.create({
    mode: "subscription",
    customer_email: email,
    success_url: SUCCESS,
    cancel_url: CANCEL,
    line_items: [{ price, quantity: 1 }],
  });
}

Deno.test("hosted checkout: the plan and amount, Pay completes it and delivers its signed events in order", async () => {
  await withHooked(async (s, stripe, hook) => {
    const customer = await stripe.customers.create({ email: "payer@streamvibe.test" });
    const session = await stripe.checkout.sessions.create({
      mode: "subscription",
      customer: customer.id,
      success_url: SUCCESS,
      cancel_url: CANCEL,
      line_items: [{ price: "price_sv_basic_year_eur", quantity: 1 }, {
        price: "price_sv_basic_overage_yearly_eur",
      }],
    });
    assert.equal(session.url, `${s.url}/checkout/${session.id}`);
    const page = await open(session.url!);
    assert.equal(page.status, 200);
    assert.match(page.html, /<h1>Subscribe to StreamVibe Basic<\/h1>/);
    assert.match(page.html, /<p id="amount">€99\.90 per year<\/p>/);
    assert.match(page.html, /€0\.01 per 1000 units/);
    assert.match(page.html, /payer@streamvibe\.test/);
    await s.settled();
    const before = s.state.events.length;

    const paid = await click(session.url!, page.html, "pay");
    assert.equal(paid.status, 303);
    assert.equal(paid.location, SUCCESS.replace("{CHECKOUT_SESSION_ID}", session.id));
    const done = await stripe.checkout.sessions.retrieve(session.id);
    assert.equal(done.status, "complete");
    assert.equal(done.payment_status, "paid");
    const sub = await stripe.subscriptions.retrieve(done.subscription as string);
    assert.deepEqual(sub.items.data.map((i) => i.price.id), [
      "price_sv_basic_year_eur",
      "price_sv_basic_overage_yearly_eur",
    ]);
    const invoice = await stripe.invoices.retrieve(done.invoice as string);
    assert.equal(invoice.status, "paid");
    assert.equal(invoice.amount_paid, 9990);

    // Every event of the payment reached the endpoint once, signed, in the order Stripe created them.
    await s.settled();
    const created = s.state.events.slice(before).map((e) => e.id);
    assert.deepEqual(
      s.state.events.slice(before).map((e) => e.type),
      ["customer.subscription.created", "invoice.paid", "checkout.session.completed"],
    );
    const got = hook.received.filter((r) => created.includes(r.event.id));
    assert.deepEqual(got.map((r) => r.event.id), created);
    for (const r of got) assert.equal((await s.verify(r.payload, r.signature!)).id, r.event.id);

    // A finished session is gone: its page and its forms answer 410.
    assert.equal((await open(session.url!)).status, 410);
    assert.equal((await click(session.url!, page.html, "pay")).status, 410);
    assert.equal((await click(session.url!, page.html, "cancel")).status, 410);
    assert.equal((await open(`${s.url}/checkout/cs_test_nope`)).status, 404);
  });
});

Deno.test("hosted checkout: Cancel expires the session (checkout.session.expired) and returns to cancel_url", async () => {
  await withHooked(async (s, stripe, hook) => {
    const session = await checkoutSession(stripe, "price_sv_premium_month_jpy", "leaver@streamvibe.test");
    const page = await open(session.url!);
    assert.match(page.html, /<p id="amount">¥4500 per month<\/p>/);
    const left = await click(session.url!, page.html, "cancel");
    assert.deepEqual(left, { status: 303, location: CANCEL });
    assert.equal((await stripe.checkout.sessions.retrieve(session.id)).status, "expired");
    assert.equal(s.state.subscriptions.size, 0, "nothing was bought");
    await s.settled();
    assert.deepEqual(hook.received.map((r) => r.event.type), ["checkout.session.expired"]);
    assert.equal((await open(session.url!)).status, 410);
  });
});

Deno.test("webhook delivery: a failed delivery is retried with backoff while the next events go on; the log", async () => {
  // The endpoint fails its first request (Stripe sees a 500), then accepts everything.
  await withHooked(async (s, stripe, hook) => {
    const session = await checkoutSession(stripe, "price_sv_basic_month_usd", "retry@streamvibe.test");
    const { events } = s.completeCheckout(session.id);
    await s.settled();
    const ids = events.map((e) => e.id);
    // First attempts in creation order; the failed first event comes again after the backoff.
    assert.deepEqual(hook.received.map((r) => r.event.id), [...ids, ids[0]]);

    const log = await (await fetch(`${s.url}/__control/deliveries?event=${ids[0]}`)).json();
    assert.deepEqual(log.pending, []);
    assert.deepEqual(
      log.attempts.map((a: Obj) => [a.attempt, a.status, a.url]),
      [[1, 500, hook.url], [2, 200, hook.url]],
    );
    assert.ok(log.attempts[0].next_retry_at);
    assert.equal(log.attempts[1].next_retry_at, null);
    const waited = Date.parse(log.attempts[1].at) - Date.parse(log.attempts[0].at);
    assert.ok(waited >= RETRY_MS, `retried after ${waited} ms`);
    const all = await (await fetch(`${s.url}/__control/deliveries`)).json();
    assert.equal(all.attempts.length, events.length + 1);
  }, (n) => (n === 1 ? 500 : 200));
});

Deno.test("webhook delivery: an unreachable endpoint is retried with doubling delays, then given up", async () => {
  // An endpoint that drops every connection unanswered (a freed port could be taken by another test meanwhile).
  const dropper = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const dropping = (async () => {
    for await (const conn of dropper) conn.close();
  })().catch(() => {});
  const url = `http://127.0.0.1:${dropper.addr.port}/hook`;
  const s = startStripeStandIn({ secretKey: KEY, webhookUrl: url, retryBaseMs: 20, maxRetries: 2 });
  try {
    s.seedCatalogue();
    const customer = await client(s).customers.create({ email: "nobody@streamvibe.test" });
    await s.settled();
    const attempts = s.state.deliveries.filter((d) => d.event.data.object.id === customer.id);
    assert.deepEqual(attempts.map((d) => [d.attempt, d.status]), [[1, undefined], [2, undefined], [
      3,
      undefined,
    ]]);
    assert.ok(attempts.every((d) => d.error));
    assert.ok(
      attempts[1].at - attempts[0].at >= 20 && attempts[2].at - attempts[1].at >= 40,
      "backoff doubles",
    );
    assert.equal(attempts[2].next_retry_at, undefined, "given up after the last retry");
    assert.deepEqual(s.outbox.pending(), []);
  } finally {
    await s.close();
    dropper.close();
    await dropping;
  }
});

// ---- end to end: the functions create the sessions, the pages act, stripe-webhook writes PostgreSQL

const WHSEC = "whsec_streamvibe_hosted_pages_test";

async function withStack(
  fn: (f: Parameters<Parameters<typeof withBilling>[0]>[0], hook: TestServer) => Promise<void>,
) {
  await withBilling(async (f) => {
    const hook = startServer(webhookHandler({ ...f.deps, webhookSecret: WHSEC }));
    f.standIn.webhookSecret = WHSEC;
    f.standIn.webhookUrl = `${hook.url}/functions/v1/stripe-webhook`;
    f.standIn.autoDeliver = true;
    f.standIn.outbox.retryBaseMs = RETRY_MS;
    try {
      await fn(f, hook);
      await f.standIn.settled();
    } finally {
      await f.standIn.close();
      await hook.close();
    }
  });
}

Deno.test("end to end: pay on the checkout page, then downgrade, cancel and renew in the portal; PostgreSQL follows", async () => {
  await withStack(async ({ sql, deps, standIn }) => {
    const user = await createUser(sql);
    const token = await userToken(user);
    const settings = async () => {
      await standIn.settled();
      const [row] = await sql`select plan, quota::int, cancel_at_period_end, stripe_subscription_id
                                from public.subscription_settings where user_id = ${user.id}`;
      return row;
    };
    const r = await checkoutHandler(deps)(functionRequest("create-checkout-session", {
      token,
      body: { price_id: "price_sv_premium_month_usd", success_url: SUCCESS, cancel_url: CANCEL },
    }));
    const { id, url } = await r.json();
    const page = await open(url);
    assert.match(page.html, /Subscribe to StreamVibe Premium.*\$29\.99 per month/);
    assert.equal((await click(url, page.html, "pay")).status, 303);
    assert.deepEqual(await settings(), {
      plan: "premium",
      quota: 1000000,
      cancel_at_period_end: false,
      stripe_subscription_id: standIn.state.checkoutSessions.get(id)!.subscription,
    });

    const returnUrl = "http://127.0.0.1:8765/billing";
    const p = await portalHandler(deps)(functionRequest("create-portal-session", {
      token,
      body: { return_url: returnUrl },
    }));
    const portalUrl = (await p.json()).url;
    assert.match(portalUrl, /\/portal\/bps_/);
    let portal = await open(portalUrl);
    assert.equal(portal.status, 200);
    assert.match(portal.html, /<span id="plan">premium<\/span>/);
    assert.match(portal.html, /<a id="return" href="http:\/\/127\.0\.0\.1:8765\/billing">/);
    assert.ok(!portal.html.includes('id="switch-premium"'), "the current plan is not offered");
    assert.ok(!portal.html.includes('id="switch-free"'), "Free is reached by cancelling");

    // Downgrade: the plan and its overage item move to Basic; the webhook sets the new quota.
    assert.deepEqual(await click(portalUrl, portal.html, "switch-basic"), {
      status: 303,
      location: returnUrl,
    });
    const after = await settings();
    assert.deepEqual([after.plan, after.quota], ["basic", 100000]);
    const sub = standIn.state.subscriptions.get(after.stripe_subscription_id)!;
    assert.deepEqual(sub.items.data.map((i: Obj) => i.price.id), [
      "price_sv_basic_month_usd",
      "price_sv_basic_overage_usd",
    ]);

    // Cancel at the end of the period: still Basic until then; then renew.
    portal = await open(portalUrl);
    assert.match(portal.html, /<span id="plan">basic<\/span>/);
    assert.match(portal.html, /id="switch-premium"/);
    assert.equal((await click(portalUrl, portal.html, "cancel-plan")).status, 303);
    assert.deepEqual(
      [(await settings()).plan, (await settings()).cancel_at_period_end],
      ["basic", true],
    );
    portal = await open(portalUrl);
    assert.match(portal.html, /<p id="status">Cancels on \d{4}-\d\d-\d\d<\/p>/);
    assert.equal((await click(portalUrl, portal.html, "renew-plan")).status, 303);
    assert.equal((await settings()).cancel_at_period_end, false);

    // The hosted invoice and its PDF.
    const [invoice] = [...standIn.state.invoices.values()];
    const hosted = await open(invoice.hosted_invoice_url);
    assert.equal(hosted.status, 200);
    assert.match(hosted.html, /\$29\.99 - paid/);
    const pdf = await fetch(invoice.invoice_pdf);
    assert.equal(pdf.headers.get("content-type"), "application/pdf");
    assert.match(await pdf.text(), /^%PDF-1\.4\n[\s\S]*%%EOF\n$/);

    // Stripe delivered every event once, each accepted by the function.
    await standIn.settled();
    assert.ok(standIn.state.deliveries.length >= 6);
    assert.deepEqual(new Set(standIn.state.deliveries.map((d) => d.status)), new Set([200]));
    assert.equal(
      new Set(standIn.state.deliveries.map((d) => d.event.id)).size,
      standIn.state.deliveries.length,
    );
  });
});
