import assert from "node:assert/strict";
import { anonToken, createUser, functionRequest, userToken, withBilling } from "../_shared/testing.ts";
import { makeHandler } from "./handler.ts";

// deno-lint-ignore no-explicit-any
type Obj = Record<string, any>;

const urls = {
  success_url: "http://127.0.0.1:8765/billing/success?session_id={CHECKOUT_SESSION_ID}",
  cancel_url: "http://127.0.0.1:8765/billing/cancel",
};

Deno.test("checkout: a subscription session for the user, customer created and stored once", async () => {
  await withBilling(async ({ sql, deps, standIn }) => {
    const handler = makeHandler(deps);
    const user = await createUser(sql);
    const token = await userToken(user);
    const r = await handler(functionRequest("create-checkout-session", {
      token,
      body: { price_id: "price_sv_basic_month_usd", ...urls },
    }));
    assert.equal(r.status, 200);
    const body = await r.json() as Obj;
    assert.deepEqual(Object.keys(body).sort(), ["id", "url"]);
    assert.match(body.id, /^cs_test_/);
    assert.match(body.url, /^http:\/\/127\.0\.0\.1:\d+\//);

    const [row] =
      await sql`select stripe_customer_id from public.subscription_settings where user_id = ${user.id}`;
    assert.match(row.stripe_customer_id, /^cus_/);
    const customer = standIn.state.customers.get(row.stripe_customer_id)!;
    assert.equal(customer.email, user.email);
    assert.equal(customer.metadata.user_id, user.id);

    const session = standIn.state.checkoutSessions.get(body.id)!;
    assert.equal(session.mode, "subscription");
    assert.equal(session.customer, row.stripe_customer_id);
    assert.equal(session.client_reference_id, user.id);
    assert.equal(session.metadata.user_id, user.id);
    assert.equal(session.success_url, urls.success_url); // {CHECKOUT_SESSION_ID} kept for Stripe to fill in
    assert.deepEqual(standIn.state.checkoutSubscriptionData.get(body.id), { metadata: { user_id: user.id } });
    // The plan's price, and its metered overage price (billed from the usage report's meter events).
    assert.deepEqual(standIn.state.checkoutLines.get(body.id), [
      { price: "price_sv_basic_month_usd", quantity: 1 },
      { price: "price_sv_basic_overage_usd", quantity: undefined },
    ]);

    // A second checkout reuses the customer.
    const again = await handler(functionRequest("create-checkout-session", {
      token,
      body: { price_id: "price_sv_premium_month_eur", ...urls },
    }));
    assert.equal(again.status, 200);
    const second = standIn.state.checkoutSessions.get((await again.json() as Obj).id)!;
    assert.equal(second.customer, row.stripe_customer_id);
    assert.equal(standIn.apiRequests({ method: "POST", path: "/v1/customers" }).length, 1);

    // Completing it gives a subscription that names the user.
    const done = standIn.completeCheckout(body.id);
    assert.equal(done.subscription.metadata.user_id, user.id);
    assert.equal(done.subscription.customer, row.stripe_customer_id);
  });
});

Deno.test("checkout: concurrent first calls create exactly one customer", async () => {
  await withBilling(async ({ sql, deps, standIn }) => {
    standIn.setLatency(20);
    const handler = makeHandler(deps);
    const user = await createUser(sql);
    const token = await userToken(user);
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        handler(functionRequest("create-checkout-session", {
          token,
          body: { price_id: "price_sv_basic_year_usd", ...urls },
        }))),
    );
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<Obj>));
    assert.deepEqual(responses.map((r) => r.status), Array(8).fill(200));
    const [row] =
      await sql`select stripe_customer_id from public.subscription_settings where user_id = ${user.id}`;
    const customers = new Set(bodies.map((b) => standIn.state.checkoutSessions.get(b.id)!.customer));
    assert.deepEqual([...customers], [row.stripe_customer_id]);
    const created = standIn.apiRequests({ method: "POST", path: "/v1/customers" });
    assert.equal(created.filter((c) => !c.replayed).length, 1);
    assert.ok(created.every((c) => c.idempotencyKey === `streamvibe-customer-create-${user.id}`));
    assert.equal(
      [...standIn.state.customers.values()].filter((c) => c.metadata.user_id === user.id).length,
      1,
    );
    // A yearly plan carries the yearly overage price (Checkout takes one billing interval).
    assert.deepEqual(standIn.state.checkoutLines.get(bodies[0].id), [
      { price: "price_sv_basic_year_usd", quantity: 1 },
      { price: "price_sv_basic_overage_yearly_usd", quantity: undefined },
    ]);
  });
});

Deno.test("checkout: a customer created at Stripe but never stored (crash) is the one used, email changed or not", async () => {
  for (const earlierEmail of [undefined, "old-address@streamvibe.test"]) {
    await withBilling(async ({ sql, deps, standIn }) => {
      const user = await createUser(sql);
      // The earlier attempt: Stripe created the customer, the database never heard of it.
      const first = await deps.stripe.customers.create(
        { email: earlierEmail ?? user.email, metadata: { user_id: user.id } },
        { idempotencyKey: `streamvibe-customer-create-${user.id}` },
      );
      const r = await makeHandler(deps)(functionRequest("create-checkout-session", {
        token: await userToken(user),
        body: { price_id: "price_sv_basic_month_jpy", ...urls },
      }));
      assert.equal(r.status, 200);
      await r.body?.cancel();
      const [row] =
        await sql`select stripe_customer_id from public.subscription_settings where user_id = ${user.id}`;
      assert.equal(row.stripe_customer_id, first.id);
      assert.equal(standIn.state.customers.size, 1);
    });
  }
});

Deno.test("checkout: invalid prices are 400 invalid_price, nothing created", async () => {
  await withBilling(async ({ sql, deps, standIn }) => {
    const handler = makeHandler(deps);
    const user = await createUser(sql);
    const token = await userToken(user);
    const other = await deps.stripe.products.create({ name: "Not a plan" });
    const foreign = await deps.stripe.prices.create({
      product: other.id,
      currency: "usd",
      unit_amount: 100,
      recurring: { interval: "month" },
    });
    const oneTime = await deps.stripe.prices.create({
      product: "prod_sv_basic",
      currency: "usd",
      unit_amount: 100,
    });
    await deps.stripe.prices.update("price_sv_premium_month_usd", { active: false });
    const cases: Array<[unknown, RegExp]> = [
      ["price_does_not_exist", /No such price: 'price_does_not_exist'/],
      ["price_sv_basic_overage_usd", /cannot be bought/], // metered
      ["price_sv_free_month_usd", /cannot be bought/], // zero amount
      ["price_sv_premium_month_usd", /cannot be bought/], // archived
      [foreign.id, /cannot be bought/], // not a plan
      [oneTime.id, /cannot be bought/], // not recurring
      [undefined, /price_id/],
      [42, /price_id/],
      ["", /price_id/],
    ];
    for (const [price_id, message] of cases) {
      const r = await handler(
        functionRequest("create-checkout-session", { token, body: { price_id, ...urls } }),
      );
      assert.equal(r.status, 400, String(price_id));
      const body = await r.json() as Obj;
      assert.equal(body.error.code, "invalid_price");
      assert.match(body.error.message, message);
    }
    assert.equal(standIn.state.checkoutSessions.size, 0);
    assert.equal(standIn.state.customers.size, 0);
  });
});

Deno.test("checkout: success_url and cancel_url must be absolute http(s) URLs (400 invalid_url)", async () => {
  await withBilling(async ({ sql, deps, standIn }) => {
    const handler = makeHandler(deps);
    const token = await userToken(await createUser(sql));
    const bad: Obj[] = [
      { cancel_url: urls.cancel_url },
      { success_url: urls.success_url },
      { success_url: "/relative", cancel_url: urls.cancel_url },
      { success_url: urls.success_url, cancel_url: "ftp://example.com/x" },
      { success_url: "not a url", cancel_url: urls.cancel_url },
      { success_url: urls.success_url, cancel_url: "javascript:alert(1)" },
      { success_url: 7, cancel_url: urls.cancel_url },
    ];
    for (const u of bad) {
      const r = await handler(functionRequest("create-checkout-session", {
        token,
        body: { price_id: "price_sv_basic_month_usd", ...u },
      }));
      assert.equal(r.status, 400, JSON.stringify(u));
      assert.deepEqual(await r.json(), {
        error: { code: "invalid_url", message: "success_url and cancel_url must be absolute URLs" },
      });
    }
    assert.equal(standIn.state.checkoutSessions.size, 0);
  });
});

Deno.test("checkout: a signed-in user only (missing/expired JWT 401 invalid_jwt, anon 401 not_signed_in)", async () => {
  await withBilling(async ({ sql, deps, standIn }) => {
    const handler = makeHandler(deps);
    const user = await createUser(sql);
    const body = { price_id: "price_sv_basic_month_usd", ...urls };
    const expect = async (token: string | null, code: string) => {
      const r = await handler(functionRequest("create-checkout-session", { token, body }));
      assert.equal(r.status, 401);
      assert.equal((await r.json() as Obj).error.code, code);
    };
    await expect(null, "invalid_jwt");
    await expect(await userToken(user, { expiresIn: -10 }), "invalid_jwt");
    await expect(await userToken(user, { secret: "someone-elses-secret" }), "invalid_jwt");
    await expect(await anonToken(), "not_signed_in");
    await expect(await userToken(user, { role: "anon" }), "not_signed_in");
    // A deleted account's still-valid token.
    const gone = await createUser(sql);
    const goneToken = await userToken(gone);
    await sql`delete from auth.users where id = ${gone.id}`;
    await expect(goneToken, "not_signed_in");
    assert.equal(standIn.state.checkoutSessions.size, 0);
  });
});

Deno.test("checkout: Stripe down is 502 stripe_unavailable, without Stripe's detail", async () => {
  await withBilling(async ({ sql, deps, standIn }) => {
    const token = await userToken(await createUser(sql));
    await standIn.setDown(503);
    const r = await makeHandler(deps)(functionRequest("create-checkout-session", {
      token,
      body: { price_id: "price_sv_basic_month_usd", ...urls },
    }));
    assert.equal(r.status, 502);
    assert.deepEqual(await r.json(), {
      error: { code: "stripe_unavailable", message: "Billing is temporarily unavailable; try again shortly" },
    });
  });
});
