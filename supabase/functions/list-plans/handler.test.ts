import assert from "node:assert/strict";
import { StripeCache } from "../_shared/cache.ts";
import {
  anonToken,
  createUser,
  functionRequest,
  TEST_JWT_SECRET,
  userToken,
  withBilling,
} from "../_shared/testing.ts";
import { makeHandler } from "./handler.ts";

// deno-lint-ignore no-explicit-any
type Obj = Record<string, any>;

Deno.test("list-plans: 9 prices per currency with their products, in plan order, for any valid JWT", async () => {
  await withBilling(async ({ sql, deps, standIn }) => {
    // Stripe also holds each plan's yearly overage price (for yearly subscriptions); the app is not shown it.
    assert.equal(standIn.state.prices.get("price_sv_basic_overage_yearly_usd")?.recurring.interval, "year");
    const handler = makeHandler(deps);
    const user = await createUser(sql);
    for (
      const [currency, token] of [["usd", await anonToken()], ["eur", await userToken(user)], [
        "jpy",
        await anonToken(),
      ]]
    ) {
      const r = await handler(functionRequest("list-plans", { token, body: { currency } }));
      assert.equal(r.status, 200);
      const list = await r.json() as Obj;
      assert.equal(list.object, "list");
      assert.equal(list.has_more, false);
      assert.equal(list.url, "/v1/prices");
      assert.equal(list.data.length, 9);
      assert.deepEqual(
        list.data.map((p: Obj) => p.id),
        ["free", "basic", "premium"].flatMap((plan) =>
          ["month", "year", "overage"].map((i) => `price_sv_${plan}_${i}_${currency}`)
        ),
      );
      for (const price of list.data) {
        assert.equal(price.object, "price");
        assert.equal(price.currency, currency);
        assert.equal(price.type, "recurring");
        assert.equal(typeof price.product, "object");
        assert.ok(["free", "basic", "premium"].includes(price.product.metadata.plan));
        assert.match(price.product.metadata.quota, /^\d+$/);
      }
      const basic = list.data.find((p: Obj) => p.id === `price_sv_basic_month_${currency}`);
      assert.equal(basic.unit_amount, currency === "jpy" ? 1500 : 999);
      assert.equal(basic.recurring.usage_type, "licensed");
      const overage = list.data.find((p: Obj) => p.id === `price_sv_basic_overage_${currency}`);
      assert.equal(overage.recurring.usage_type, "metered");
      assert.deepEqual(overage.transform_quantity, { divide_by: 1000, round: "up" });
    }
    // No body at all: usd.
    const r = await handler(functionRequest("list-plans", { token: await anonToken() }));
    assert.equal((await r.json() as Obj).data[0].currency, "usd");
  });
});

Deno.test("list-plans: unsupported currency is 400, bad JSON 400, wrong method 405", async () => {
  await withBilling(async ({ deps }) => {
    const handler = makeHandler(deps);
    const token = await anonToken();
    for (const currency of ["gbp", 5, ""]) {
      const r = await handler(functionRequest("list-plans", { token, body: { currency } }));
      assert.equal(r.status, 400);
      assert.equal((await r.json() as Obj).error.code, "unsupported_currency");
    }
    const upper = await handler(functionRequest("list-plans", { token, body: { currency: "EUR" } }));
    assert.equal(upper.status, 200);
    await upper.body?.cancel();
    const bad = await handler(functionRequest("list-plans", { token, rawBody: "{nope" }));
    assert.equal(bad.status, 400);
    assert.deepEqual(await bad.json(), {
      error: { code: "invalid_json", message: "The request body is not a JSON object" },
    });
    const put = await handler(functionRequest("list-plans", { token, method: "PUT" }));
    assert.equal(put.status, 405);
    assert.equal((await put.json() as Obj).error.code, "method_not_allowed");
  });
});

Deno.test("list-plans: missing, wrongly signed and expired JWTs are 401 invalid_jwt", async () => {
  await withBilling(async ({ sql, deps, standIn }) => {
    const handler = makeHandler(deps);
    const user = await createUser(sql);
    for (
      const token of [
        null,
        "garbage",
        await userToken(user, { secret: "not-the-project-secret" }),
        await userToken(user, { expiresIn: -1 }),
        await anonToken("not-the-project-secret"),
      ]
    ) {
      const r = await handler(functionRequest("list-plans", { token, body: {} }));
      assert.equal(r.status, 401);
      assert.equal((await r.json() as Obj).error.code, "invalid_jwt");
    }
    assert.equal(standIn.apiRequests({ path: "/v1/prices" }).length, 0);
  });
});

Deno.test("list-plans: cache layers (origin, memory, store for a new instance) and X-Cache", async () => {
  await withBilling(async ({ sql, deps, standIn }) => {
    const keyPrefix = `test-${crypto.randomUUID()}:`;
    const first = makeHandler({ ...deps, cache: new StripeCache(sql, { keyPrefix, log: () => {} }) });
    const token = await anonToken();
    const call = async (handler: typeof first) => {
      const r = await handler(functionRequest("list-plans", { token, body: { currency: "usd" } }));
      assert.equal(r.status, 200);
      return { layer: r.headers.get("X-Cache"), body: await r.json() as Obj };
    };
    const a = await call(first);
    assert.equal(a.layer, "origin");
    const b = await call(first);
    assert.equal(b.layer, "memory");
    assert.deepEqual(b.body, a.body);
    // Another instance: its memory is empty, cache_store has the list.
    const second = makeHandler({ ...deps, cache: new StripeCache(sql, { keyPrefix, log: () => {} }) });
    const c = await call(second);
    assert.equal(c.layer, "store");
    assert.deepEqual(c.body, a.body);
    assert.equal((await call(second)).layer, "memory");
    assert.equal(standIn.apiRequests({ method: "GET", path: "/v1/prices" }).length, 1);
    const [row] = await sql`select value, expires_at > now() + interval '59 minutes' as fresh
                              from public.cache_store where key = ${keyPrefix + "stripe:prices:usd"}`;
    assert.equal(row.fresh, true);
    // The cache keeps every plan price (checkout reads the yearly overage price from it); 9 are listed.
    assert.equal(row.value.length, 12);
    assert.equal(a.body.data.length, 9);
  });
});

Deno.test("list-plans: Stripe down serves the last list stale, not an error; nothing cached is 502", async () => {
  await withBilling(async ({ sql, deps, standIn }) => {
    let now = Date.now();
    const keyPrefix = `test-${crypto.randomUUID()}:`;
    const cache = () => new StripeCache(sql, { keyPrefix, now: () => now, log: deps.log });
    const token = await anonToken();
    const handler = makeHandler({ ...deps, cache: cache() });
    const fresh = await handler(functionRequest("list-plans", { token, body: { currency: "eur" } }));
    const expected = await fresh.json();
    now += 2 * 3600 * 1000; // past the 1 h TTL
    for (const mode of [503, 500, "refuse"] as const) {
      await standIn.setDown(mode);
      // Both this instance (memory) and a new one (cache_store's expired row) answer stale.
      for (const h of [handler, makeHandler({ ...deps, cache: cache() })]) {
        const r = await h(functionRequest("list-plans", { token, body: { currency: "eur" } }));
        assert.equal(r.status, 200, `down ${mode}`);
        assert.equal(r.headers.get("X-Cache"), "stale");
        assert.deepEqual(await r.json(), expected);
      }
    }
    const none = await handler(functionRequest("list-plans", { token, body: { currency: "jpy" } }));
    assert.equal(none.status, 502);
    assert.equal((await none.json() as Obj).error.code, "stripe_unavailable");
    await standIn.setDown(false);
    now += 30_000; // a failed refresh is retried after the cache's back-off
    const back = await handler(functionRequest("list-plans", { token, body: { currency: "eur" } }));
    assert.equal(back.headers.get("X-Cache"), "origin");
    await back.body?.cancel();
  });
});

Deno.test("list-plans: only plan prices (active, recurring, product with plan and quota)", async () => {
  await withBilling(async ({ deps, standIn }) => {
    const stripe = deps.stripe;
    const other = await stripe.products.create({ name: "Sticker pack", metadata: {} });
    await stripe.prices.create({
      product: other.id,
      currency: "usd",
      unit_amount: 300,
      recurring: { interval: "month" },
    });
    await stripe.prices.create({ product: "prod_sv_basic", currency: "usd", unit_amount: 500 }); // one-time
    await stripe.prices.update("price_sv_premium_year_usd", { active: false });
    const r = await makeHandler(deps)(functionRequest("list-plans", { token: await anonToken(), body: {} }));
    const ids = (await r.json() as Obj).data.map((p: Obj) => p.id);
    assert.equal(ids.length, 8);
    assert.ok(!ids.includes("price_sv_premium_year_usd"));
    assert.ok(standIn.apiRequests({ path: "/v1/prices" }).length >= 1);
  });
});

Deno.test("list-plans: the JWT is checked with the project's secret only", async () => {
  await withBilling(async ({ deps }) => {
    const handler = makeHandler({ ...deps, jwtSecret: "another-project-secret-entirely-0123456789" });
    const r = await handler(
      functionRequest("list-plans", { token: await anonToken(TEST_JWT_SECRET), body: {} }),
    );
    assert.equal(r.status, 401);
    await r.body?.cancel();
  });
});
