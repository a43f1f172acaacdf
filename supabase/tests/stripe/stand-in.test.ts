// deno-lint-ignore-file no-explicit-any
// The Stripe stand-in answers stripe-node 23.2.0 the way Stripe does (every backend test relies on it).
import assert from "node:assert/strict";
import Stripe from "npm:stripe@23.2.0";
import { encodeForm, parseForm } from "./form.ts";
import {
  API_VERSION,
  METER_EVENT_NAME,
  standInClient,
  startStripeStandIn,
  type StripeStandIn,
} from "./stand-in.ts";

const KEY = "sk_test_standin_suite_0123456789";

const client = standInClient;

async function withStandIn(
  fn: (s: StripeStandIn, stripe: Stripe) => Promise<void>,
  opts: { webhookUrl?: string } = {},
) {
  const s = startStripeStandIn({ secretKey: KEY, ...opts });
  try {
    await fn(s, client(s));
  } finally {
    await s.close();
  }
}

async function rejects(p: Promise<unknown>, check: (e: any) => void) {
  try {
    await p;
  } catch (e) {
    check(e);
    return;
  }
  assert.fail("expected a rejection");
}

Deno.test("form: bracket notation parses into nested objects and arrays", () => {
  const p = parseForm(
    new URLSearchParams(
      "line_items[0][price]=p1&line_items[0][quantity]=1&expand[0]=data.product&lookup_keys[]=a&lookup_keys[]=b&metadata[user_id]=u",
    ),
  );
  assert.deepEqual(p, {
    line_items: [{ price: "p1", quantity: "1" }],
    expand: ["data.product"],
    lookup_keys: ["a", "b"],
    metadata: { user_id: "u" },
  });
  assert.equal(encodeForm({ payload: { value: "5" }, expand: ["x"] }), "payload[value]=5&expand[0]=x");
});

Deno.test("auth: no key or a wrong key gets Stripe's 401", async () => {
  await withStandIn(async (s) => {
    const none = await fetch(`${s.url}/v1/prices`);
    assert.equal(none.status, 401);
    const body = await none.json();
    assert.equal(body.error.type, "invalid_request_error");
    assert.match(body.error.message, /You did not provide an API key/);
    await rejects(client(s, "sk_test_wrong_key_123456").prices.list(), (e) => {
      assert.ok(e instanceof Stripe.errors.StripeAuthenticationError);
      assert.equal(e.statusCode, 401);
      assert.match(e.message, /Invalid API Key provided: sk_test_/);
      assert.ok(!e.message.includes("wrong_key_123456"), "the key is masked");
    });
  });
});

Deno.test("catalogue: seeded plans list with expanded products, filters and paging", async () => {
  await withStandIn(async (s, stripe) => {
    const seeded = s.seedCatalogue();
    assert.equal(seeded.prices.length, 36);
    const usd = await stripe.prices.list({
      active: true,
      currency: "usd",
      type: "recurring",
      expand: ["data.product"],
      limit: 100,
    });
    assert.equal(usd.object, "list");
    assert.equal(usd.url, "/v1/prices");
    assert.equal(usd.has_more, false);
    assert.equal(usd.data.length, 12);
    const basic = usd.data.find((p) => p.id === "price_sv_basic_month_usd")!;
    assert.equal(basic.unit_amount, 999);
    assert.equal(basic.recurring?.usage_type, "licensed");
    const prod = basic.product as Stripe.Product;
    assert.equal(prod.metadata.plan, "basic");
    assert.equal(prod.metadata.quota, "100000");
    const overage = usd.data.find((p) => p.id === "price_sv_free_overage_usd")!;
    assert.equal(overage.recurring?.usage_type, "metered");
    assert.equal(overage.recurring?.meter, seeded.meter.id);
    assert.deepEqual(overage.transform_quantity, { divide_by: 1000, round: "up" });
    const yearly = usd.data.find((p) => p.id === "price_sv_free_overage_yearly_usd")!;
    assert.equal(yearly.lookup_key, "free_overage_yearly_usd");
    assert.deepEqual(
      { ...yearly.recurring, unit_amount: yearly.unit_amount },
      { ...overage.recurring, interval: "year", unit_amount: overage.unit_amount },
    );
    const jpy = await stripe.prices.retrieve("price_sv_premium_year_jpy", { expand: ["product"] });
    assert.equal(jpy.unit_amount, 45000);
    assert.equal((jpy.product as Stripe.Product).name, "Premium");

    const page1 = await stripe.prices.list({ currency: "eur", limit: 4 });
    assert.equal(page1.data.length, 4);
    assert.equal(page1.has_more, true);
    const page2 = await stripe.prices.list({ currency: "eur", limit: 10, starting_after: page1.data[3].id });
    assert.equal(page2.data.length, 8);
    assert.equal(page2.has_more, false);
    assert.equal(new Set([...page1.data, ...page2.data].map((p) => p.id)).size, 12);

    const byKey = await stripe.prices.list({ lookup_keys: ["basic_monthly_usd", "premium_yearly_eur"] });
    assert.deepEqual(byKey.data.map((p) => p.id).sort(), [
      "price_sv_basic_month_usd",
      "price_sv_premium_year_eur",
    ]);
    const all: string[] = [];
    for await (const p of stripe.prices.list({ limit: 7 })) all.push(p.id);
    assert.equal(all.length, 36);
  });
});

Deno.test("errors: unknown objects are 404 resource_missing; unknown parameters 400", async () => {
  await withStandIn(async (s, stripe) => {
    await rejects(stripe.prices.retrieve("price_nope"), (e) => {
      assert.ok(e instanceof Stripe.errors.StripeInvalidRequestError);
      assert.equal(e.statusCode, 404);
      assert.equal(e.code, "resource_missing");
      assert.equal(e.param, "id");
      assert.equal((e.raw as any).message, "No such price: 'price_nope'");
    });
    const raw = await fetch(`${s.url}/v1/subscriptions/sub_nope`, {
      headers: { authorization: `Bearer ${KEY}` },
    });
    assert.equal(raw.status, 404);
    const body = await raw.json();
    assert.deepEqual(Object.keys(body), ["error"]);
    assert.equal(body.error.type, "invalid_request_error");
    assert.equal(body.error.code, "resource_missing");
    await rejects(stripe.customers.create({ emial: "x" } as any), (e) => {
      assert.equal(e.statusCode, 400);
      assert.equal(e.code, "parameter_unknown");
    });
    const unknown = await fetch(`${s.url}/v1/nothing`, { headers: { authorization: `Bearer ${KEY}` } });
    assert.equal(unknown.status, 404);
    await unknown.body?.cancel();
  });
});

Deno.test("prices: lookup keys are unique unless transferred; updates emit price.updated", async () => {
  await withStandIn(async (_s, stripe) => {
    const prod = await stripe.products.create({ name: "X", metadata: { plan: "basic", quota: "5" } });
    const a = await stripe.prices.create({
      product: prod.id,
      currency: "usd",
      unit_amount: 5,
      lookup_key: "k",
      recurring: { interval: "month" },
    });
    await rejects(
      stripe.prices.create({ product: prod.id, currency: "usd", unit_amount: 6, lookup_key: "k" }),
      (e) => {
        assert.equal(e.statusCode, 400);
        assert.equal(e.param, "lookup_key");
      },
    );
    const b = await stripe.prices.create({
      product: prod.id,
      currency: "usd",
      unit_amount: 6,
      lookup_key: "k",
      transfer_lookup_key: true,
    });
    assert.equal((await stripe.prices.retrieve(a.id)).lookup_key, null);
    assert.equal(b.lookup_key, "k");
    const upd = await stripe.products.update(prod.id, { metadata: { quota: "7", plan: "" } });
    assert.deepEqual(upd.metadata, { quota: "7" });
    await stripe.prices.update(a.id, { active: false });
    const active = await stripe.prices.list({ active: true, product: prod.id });
    assert.deepEqual(active.data.map((p) => p.id), [b.id]);
    const events = await stripe.events.list({ limit: 100 });
    assert.ok(
      events.data.some((e) => e.type === "price.updated" && (e.data.object as Stripe.Price).id === a.id),
    );
    assert.ok(events.data.some((e) => e.type === "product.updated"));
  });
});

Deno.test("idempotency: same key replays the same response; other parameters under it are refused", async () => {
  await withStandIn(async (s, stripe) => {
    const c1 = await stripe.customers.create({ email: "a@example.com" }, { idempotencyKey: "cust-1" });
    const c2 = await stripe.customers.create({ email: "a@example.com" }, { idempotencyKey: "cust-1" });
    assert.equal(c1.id, c2.id);
    assert.equal(s.state.customers.size, 1);
    assert.equal(s.apiRequests({ path: "/v1/customers" }).filter((r) => r.replayed).length, 1);
    await rejects(stripe.customers.create({ email: "b@example.com" }, { idempotencyKey: "cust-1" }), (e) => {
      assert.ok(e instanceof Stripe.errors.StripeIdempotencyError);
      assert.equal(e.statusCode, 400);
    });
  });
});

Deno.test("customers: search by metadata, update", async () => {
  await withStandIn(async (_s, stripe) => {
    const c = await stripe.customers.create({ email: "u@example.com", metadata: { user_id: "u-1" } });
    await stripe.customers.create({ email: "v@example.com", metadata: { user_id: "u-2" } });
    const found = await stripe.customers.search({ query: "metadata['user_id']:'u-1'" });
    assert.equal(found.object, "search_result");
    assert.deepEqual(found.data.map((x) => x.id), [c.id]);
    const u = await stripe.customers.update(c.id, { name: "U" });
    assert.equal(u.name, "U");
    assert.equal((await stripe.customers.retrieve(c.id) as Stripe.Customer).name, "U");
  });
});

Deno.test("meter events: accepted once per identifier; a repeat is refused with Stripe's 400", async () => {
  await withStandIn(async (s, stripe) => {
    s.seedCatalogue();
    const c = await stripe.customers.create({ email: "m@example.com" });
    const ev = await stripe.billing.meterEvents.create({
      event_name: METER_EVENT_NAME,
      payload: { stripe_customer_id: c.id, value: "1500" },
      identifier: "usage_x_1",
    });
    assert.equal(ev.object, "billing.meter_event");
    assert.equal(ev.identifier, "usage_x_1");
    await rejects(
      stripe.billing.meterEvents.create({
        event_name: METER_EVENT_NAME,
        payload: { stripe_customer_id: c.id, value: "1500" },
        identifier: "usage_x_1",
      }),
      (e) => {
        assert.ok(e instanceof Stripe.errors.StripeInvalidRequestError);
        assert.equal(e.statusCode, 400);
        assert.equal(e.type, "StripeInvalidRequestError");
        assert.equal((e.raw as any).message, "An event already exists with identifier usage_x_1.");
      },
    );
    await rejects(
      stripe.billing.meterEvents.create({
        event_name: "nope",
        payload: { stripe_customer_id: c.id, value: "1" },
      }),
      (e) => assert.equal(e.param, "event_name"),
    );
    assert.equal(s.meterEvents(c.id).length, 1);
    assert.equal(s.meterEvents(c.id)[0].valid, true);
    assert.equal(s.state.rejectedMeterEvents.length, 2);
    const meters = await stripe.billing.meters.list();
    assert.equal(meters.data[0].event_name, METER_EVENT_NAME);
  });
});

Deno.test("checkout: validation like Stripe's; completion builds subscription, invoice and signed events", async () => {
  await withStandIn(async (s, stripe) => {
    s.seedCatalogue();
    const c = await stripe.customers.create({ email: "k@example.com", metadata: { user_id: "u-k" } });
    const base = {
      mode: "subscription" as const,
      customer: c.id,
      success_url: "https://app.example/ok?s={CHECKOUT_SESSION_ID}",
      cancel_url: "https://app.example/no",
    };
    await rejects(
      stripe.checkout.sessions.create({ ...base, line_items: [{ price: "price_missing", quantity: 1 }] }),
      (e) => {
        assert.equal(e.statusCode, 400);
        assert.equal(e.code, "resource_missing");
        assert.equal(e.param, "line_items[0][price]");
      },
    );
    await rejects(
      stripe.checkout.sessions.create({ ...base, line_items: [{ price: "price_sv_basic_month_usd" }] }),
      (e) => assert.equal(e.param, "line_items[0][quantity]"),
    );
    await rejects(
      stripe.checkout.sessions.create({
        ...base,
        line_items: [{ price: "price_sv_basic_overage_usd", quantity: 1 }],
      }),
      (e) => assert.equal(e.param, "line_items[0][quantity]"),
    );
    await rejects(
      stripe.checkout.sessions.create({
        ...base,
        line_items: [{ price: "price_sv_basic_year_usd", quantity: 1 }, {
          price: "price_sv_basic_overage_usd",
        }],
      }),
      (e) => assert.equal(e.param, "line_items"),
    );
    await rejects(
      stripe.checkout.sessions.create({
        ...base,
        success_url: "not a url",
        line_items: [{ price: "price_sv_basic_month_usd", quantity: 1 }],
      }),
      (e) => assert.equal(e.code, "url_invalid"),
    );

    const session = await stripe.checkout.sessions.create({
      ...base,
      client_reference_id: "u-k",
      metadata: { user_id: "u-k" },
      subscription_data: { metadata: { user_id: "u-k" } },
      line_items: [{ price: "price_sv_basic_month_usd", quantity: 1 }, {
        price: "price_sv_basic_overage_usd",
      }],
    });
    assert.match(session.id, /^cs_test_/);
    assert.equal(session.url, `${s.url}/checkout/${session.id}`);
    assert.equal(session.status, "open");
    assert.equal(session.amount_total, 999);

    const done = s.completeCheckout(session.id);
    assert.deepEqual(done.events.map((e) => e.type), [
      "customer.subscription.created",
      "invoice.paid",
      "checkout.session.completed",
    ]);
    const sub = await stripe.subscriptions.retrieve(done.subscription.id, {
      expand: ["items.data.price.product"],
    });
    assert.equal(sub.status, "active");
    assert.equal(sub.customer, c.id);
    assert.deepEqual(sub.metadata, { user_id: "u-k" });
    assert.equal(sub.items.data.length, 2);
    const licensed = sub.items.data.find((i) => i.price.recurring?.usage_type === "licensed")!;
    assert.equal((licensed.price.product as Stripe.Product).metadata.plan, "basic");
    assert.ok(licensed.current_period_end > licensed.current_period_start);
    assert.equal(licensed.quantity, 1);
    const inv = await stripe.invoices.retrieve(done.invoice.id);
    assert.equal(inv.status, "paid");
    assert.equal(inv.amount_paid, 999);
    assert.equal(inv.parent?.subscription_details?.subscription, sub.id);
    assert.equal(inv.lines.data[0].period.end, licensed.current_period_end);
    const cs = await stripe.checkout.sessions.retrieve(session.id);
    assert.equal(cs.status, "complete");
    assert.equal(cs.subscription, sub.id);

    const event = done.events[2];
    assert.equal(event.api_version, API_VERSION);
    const { payload, header } = await s.sign(event);
    const verified = await stripe.webhooks.constructEventAsync(
      payload,
      header,
      s.webhookSecret,
      300,
      Stripe.createSubtleCryptoProvider(),
    );
    assert.equal(verified.id, event.id);
    const stale = await s.sign(event, { timestamp: s.now() - 301 });
    await rejects(
      stripe.webhooks.constructEventAsync(
        stale.payload,
        stale.header,
        s.webhookSecret,
        300,
        Stripe.createSubtleCryptoProvider(),
      ),
      (e) => assert.ok(e instanceof Stripe.errors.StripeSignatureVerificationError),
    );
    const portal = await stripe.billingPortal.sessions.create({
      customer: c.id,
      return_url: "https://app.example/back",
    });
    assert.equal(portal.object, "billing_portal.session");
    assert.ok(portal.url.startsWith(s.url));
  });
});

Deno.test("subscriptions: update, cancel, renew with metered usage billed in arrears, past_due", async () => {
  await withStandIn(async (s, stripe) => {
    s.seedCatalogue();
    const c = await stripe.customers.create({ email: "r@example.com" });
    const created = await stripe.subscriptions.create({
      customer: c.id,
      items: [{ price: "price_sv_free_month_usd" }, { price: "price_sv_free_overage_usd" }],
    });
    const licensed = created.items.data.find((i) => i.price.id === "price_sv_free_month_usd")!;
    const changed = await stripe.subscriptions.update(created.id, {
      items: [{ id: licensed.id, price: "price_sv_basic_month_usd" }],
    });
    assert.deepEqual(changed.items.data.map((i) => i.price.id).sort(), [
      "price_sv_basic_month_usd",
      "price_sv_free_overage_usd",
    ]);
    await rejects(
      stripe.subscriptions.update(created.id, { items: [{ price: "price_sv_free_overage_usd" }] }),
      (e) => assert.equal(e.param, "items[0][price]"),
    );
    await stripe.subscriptions.update(created.id, {
      items: [{ id: licensed.id, price: "price_sv_free_month_usd" }],
    });
    const upd = await stripe.subscriptions.update(created.id, { cancel_at_period_end: true });
    assert.equal(upd.cancel_at_period_end, true);
    assert.equal(upd.cancel_at, upd.items.data[0].current_period_end);
    const updEvent = s.eventsOfType("customer.subscription.updated").at(-1)!;
    assert.deepEqual(updEvent.data.previous_attributes.cancel_at_period_end, false);

    await stripe.billing.meterEvents.create({
      event_name: METER_EVENT_NAME,
      payload: { stripe_customer_id: c.id, value: "2500" },
      identifier: "a",
    });
    await stripe.billing.meterEvents.create({
      event_name: METER_EVENT_NAME,
      payload: { stripe_customer_id: c.id, value: "10" },
      identifier: "b",
    });
    const before = upd.items.data[0].current_period_end;
    const renewed = s.renewSubscription(created.id);
    assert.deepEqual(renewed.events.map((e) => e.type), ["customer.subscription.updated", "invoice.paid"]);
    assert.equal(renewed.subscription.items.data[0].current_period_start, before);
    const metered = renewed.invoice.lines.data.find((l: any) =>
      l.pricing.price_details.price === "price_sv_free_overage_usd"
    );
    assert.equal(metered.quantity, 2510);
    assert.equal(metered.amount, 3 * 2); // ceil(2510 / 1000) × 2 cents
    const failed = s.renewSubscription(created.id, { fail: true });
    assert.equal(failed.subscription.status, "past_due");
    assert.equal(failed.events[1].type, "invoice.payment_failed");
    assert.equal(failed.invoice.status, "open");

    const invoices = await stripe.invoices.list({ customer: c.id, limit: 2 });
    assert.equal(invoices.data.length, 2);
    assert.equal(invoices.has_more, true);
    const rest = await stripe.invoices.list({ customer: c.id, starting_after: invoices.data[1].id });
    assert.equal(rest.data.length, 1);
    assert.equal(rest.has_more, false);

    const canceled = await stripe.subscriptions.cancel(created.id);
    assert.equal(canceled.status, "canceled");
    assert.equal(s.eventsOfType("customer.subscription.deleted").length, 1);
    assert.equal((await stripe.subscriptions.list({ customer: c.id })).data.length, 0);
    assert.equal((await stripe.subscriptions.list({ customer: c.id, status: "all" })).data.length, 1);
  });
});

Deno.test("down: 503 and 500 are Stripe API errors; refused connections are connection errors; then back up", async () => {
  await withStandIn(async (s, stripe) => {
    s.seedCatalogue();
    await s.setDown(503);
    await rejects(stripe.prices.list(), (e) => {
      assert.ok(e instanceof Stripe.errors.StripeAPIError);
      assert.equal(e.statusCode, 503);
    });
    await s.setDown(500);
    await rejects(stripe.prices.list(), (e) => assert.equal(e.statusCode, 500));
    await s.setDown("refuse");
    await rejects(stripe.prices.list(), (e) => assert.ok(e instanceof Stripe.errors.StripeConnectionError));
    await s.setDown(false);
    assert.equal((await stripe.prices.list({ limit: 1 })).data.length, 1);
  });
});

Deno.test("control over HTTP: seed, complete a checkout, deliver signed events to the webhook URL", async () => {
  const received: { sig: string | null; body: string }[] = [];
  const receiver = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, async (req) => {
    received.push({ sig: req.headers.get("stripe-signature"), body: await req.text() });
    return Response.json({ received: true });
  });
  const hookUrl = `http://127.0.0.1:${(receiver.addr as Deno.NetAddr).port}/hook`;
  try {
    await withStandIn(async (s, stripe) => {
      const seed = await (await fetch(`${s.url}/__control/seed`, { method: "POST" })).json();
      assert.equal(seed.prices.length, 36);
      const session = await stripe.checkout.sessions.create({
        mode: "subscription",
        success_url: "https://app.example/ok",
        customer_email: "h@example.com",
        line_items: [{ price: "price_sv_premium_month_eur", quantity: 1 }],
      });
      const res = await fetch(`${s.url}/__control/checkout/${session.id}/complete`, {
        method: "POST",
        body: "{}",
      });
      assert.equal(res.status, 200);
      const out = await res.json();
      assert.deepEqual(out.deliveries.map((d: any) => d.status), [200, 200, 200, 200]);
      assert.equal(received.length, 4);
      for (const r of received) assert.ok((await s.verify(r.body, r.sig!)).id.startsWith("evt_"));
      const subId = out.subscription.id;
      const cancel = await (await fetch(`${s.url}/__control/subscriptions/${subId}/cancel`, {
        method: "POST",
        body: "{}",
      })).json();
      assert.equal(cancel.subscription.status, "canceled");
      const down = await fetch(`${s.url}/__control/down`, {
        method: "POST",
        body: JSON.stringify({ mode: 503 }),
      });
      await down.body?.cancel();
      await rejects(stripe.prices.list(), (e) => assert.equal(e.statusCode, 503));
      await (await fetch(`${s.url}/__control/down`, {
        method: "POST",
        body: JSON.stringify({ mode: false }),
      })).body?.cancel();
      const reqs = await (await fetch(`${s.url}/__control/requests`)).json();
      assert.ok(reqs.some((r: any) => r.path === "/v1/checkout/sessions" && r.status === 200));
    }, { webhookUrl: hookUrl });
  } finally {
    await receiver.shutdown();
  }
});

Deno.test("process: main.ts serves on a free port and writes its URL", async () => {
  const file = await Deno.makeTempFile();
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      new URL("./main.ts", import.meta.url).pathname,
      "--port",
      "0",
      "--write-url",
      file,
      "--seed",
      "--secret-key",
      KEY,
    ],
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  try {
    let url = "";
    for (let i = 0; i < 200 && !url; i++) {
      url = (await Deno.readTextFile(file)).trim();
      if (!url) await new Promise((r) => setTimeout(r, 50));
    }
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${url}/v1/prices?limit=1`, { headers: { authorization: `Bearer ${KEY}` } });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).data.length, 1);
  } finally {
    child.kill("SIGTERM");
    await child.status;
    await child.stdout.cancel();
    await Deno.remove(file);
  }
});
