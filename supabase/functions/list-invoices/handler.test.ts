import assert from "node:assert/strict";
import { makeHandler as makeCheckout } from "../create-checkout-session/handler.ts";
import {
  anonToken,
  createUser,
  functionRequest,
  type TestUser,
  userToken,
  withBilling,
} from "../_shared/testing.ts";
import type { BillingFixture } from "../_shared/testing.ts";
import { makeHandler } from "./handler.ts";

// deno-lint-ignore no-explicit-any
type Obj = Record<string, any>;

/** A subscriber with `count` paid invoices (checkout, then renewals). */
async function subscriber(f: BillingFixture, user: TestUser, count: number): Promise<string[]> {
  const r = await makeCheckout(f.deps)(functionRequest("create-checkout-session", {
    token: await userToken(user),
    body: {
      price_id: "price_sv_basic_month_usd",
      success_url: "http://127.0.0.1:1/ok",
      cancel_url: "http://127.0.0.1:1/cancel",
    },
  }));
  const { subscription, invoice } = f.standIn.completeCheckout((await r.json() as Obj).id);
  const ids = [invoice.id];
  for (let i = 1; i < count; i++) {
    ids.push(f.standIn.renewSubscription(subscription.id).invoice.id);
  }
  return ids.reverse(); // newest first
}

Deno.test("invoices: the user's invoices newest first, paged with limit and starting_after", async () => {
  await withBilling(async (f) => {
    const handler = makeHandler(f.deps);
    const user = await createUser(f.sql);
    const other = await createUser(f.sql);
    const ids = await subscriber(f, user, 5);
    await subscriber(f, other, 2);
    const token = await userToken(user);
    const page = async (body: Obj) => {
      const r = await handler(functionRequest("list-invoices", { token, body }));
      assert.equal(r.status, 200);
      return await r.json() as Obj;
    };
    const all = await page({});
    assert.equal(all.object, "list");
    assert.equal(all.url, "/v1/invoices");
    assert.equal(all.has_more, false);
    assert.deepEqual(all.data.map((i: Obj) => i.id), ids);
    for (const inv of all.data) {
      assert.equal(inv.object, "invoice");
      for (
        const field of [
          "number",
          "status",
          "amount_due",
          "amount_paid",
          "currency",
          "created",
          "hosted_invoice_url",
          "invoice_pdf",
        ]
      ) {
        assert.ok(field in inv, field);
      }
      assert.equal(inv.status, "paid");
      assert.equal(inv.amount_paid, 999);
    }
    const first = await page({ limit: 2 });
    assert.deepEqual(first.data.map((i: Obj) => i.id), ids.slice(0, 2));
    assert.equal(first.has_more, true);
    const second = await page({ limit: 2, starting_after: ids[1] });
    assert.deepEqual(second.data.map((i: Obj) => i.id), ids.slice(2, 4));
    assert.equal(second.has_more, true);
    const last = await page({ limit: 2, starting_after: ids[3] });
    assert.deepEqual(last.data.map((i: Obj) => i.id), ids.slice(4));
    assert.equal(last.has_more, false);
    // Limits are clamped to 1..100 like the contract's.
    assert.equal((await page({ limit: 0 })).data.length, 1);
    assert.equal((await page({ limit: 1000 })).data.length, 5);
    // Never cached: each call reads Stripe.
    assert.equal(f.standIn.apiRequests({ method: "GET", path: "/v1/invoices" }).length, 6);
  });
});

Deno.test("invoices: a user without a Stripe customer gets an empty list (no Stripe call, no customer made)", async () => {
  await withBilling(async (f) => {
    const user = await createUser(f.sql);
    const r = await makeHandler(f.deps)(functionRequest("list-invoices", { token: await userToken(user) }));
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), { object: "list", data: [], has_more: false, url: "/v1/invoices" });
    assert.equal(f.standIn.apiRequests().length, 0);
  });
});

Deno.test("invoices: bad paging is 400 invalid_request; another user's invoice id pages nothing of theirs", async () => {
  await withBilling(async (f) => {
    const handler = makeHandler(f.deps);
    const user = await createUser(f.sql);
    const other = await createUser(f.sql);
    await subscriber(f, user, 1);
    const theirs = await subscriber(f, other, 2);
    const token = await userToken(user);
    for (
      const body of [{ limit: "ten" }, { limit: 1.5 }, { starting_after: 5 }, { starting_after: theirs[0] }]
    ) {
      const r = await handler(functionRequest("list-invoices", { token, body }));
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.equal((await r.json() as Obj).error.code, "invalid_request");
    }
    for (const [t, code] of [[null, "invalid_jwt"], [await anonToken(), "not_signed_in"]]) {
      const r = await handler(functionRequest("list-invoices", { token: t, body: {} }));
      assert.equal(r.status, 401);
      assert.equal((await r.json() as Obj).error.code, code);
    }
  });
});

Deno.test("invoices: Stripe down is 502 stripe_unavailable (never a stale invoice list)", async () => {
  await withBilling(async (f) => {
    const user = await createUser(f.sql);
    await subscriber(f, user, 1);
    await f.standIn.setDown("refuse");
    const r = await makeHandler(f.deps)(functionRequest("list-invoices", { token: await userToken(user) }));
    assert.equal(r.status, 502);
    assert.equal((await r.json() as Obj).error.code, "stripe_unavailable");
  });
});
