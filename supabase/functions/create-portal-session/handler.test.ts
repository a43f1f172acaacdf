import assert from "node:assert/strict";
import { anonToken, createUser, functionRequest, userToken, withBilling } from "../_shared/testing.ts";
import { makeHandler } from "./handler.ts";

// deno-lint-ignore no-explicit-any
type Obj = Record<string, any>;

Deno.test("portal: a session for the user's customer, created when missing and reused after", async () => {
  await withBilling(async ({ sql, deps, standIn }) => {
    const handler = makeHandler(deps);
    const user = await createUser(sql);
    const token = await userToken(user);
    const returnUrl = "http://127.0.0.1:8765/billing";
    const r = await handler(
      functionRequest("create-portal-session", { token, body: { return_url: returnUrl } }),
    );
    assert.equal(r.status, 200);
    const body = await r.json() as Obj;
    assert.deepEqual(Object.keys(body).sort(), ["id", "url"]);
    assert.match(body.id, /^bps_/);
    assert.match(body.url, /^http:\/\/127\.0\.0\.1:\d+\//);
    const [row] =
      await sql`select stripe_customer_id from public.subscription_settings where user_id = ${user.id}`;
    assert.match(row.stripe_customer_id, /^cus_/);
    const session = standIn.state.portalSessions.get(body.id)!;
    assert.equal(session.customer, row.stripe_customer_id);
    assert.equal(session.return_url, returnUrl);
    const again = await handler(functionRequest("create-portal-session", { token, body: {} }));
    assert.equal(again.status, 200);
    assert.equal(
      standIn.state.portalSessions.get((await again.json() as Obj).id)!.customer,
      row.stripe_customer_id,
    );
    assert.equal(standIn.apiRequests({ method: "POST", path: "/v1/customers" }).length, 1);
  });
});

Deno.test("portal: a bad return_url is 400 invalid_url; JWT checks as everywhere", async () => {
  await withBilling(async ({ sql, deps, standIn }) => {
    const handler = makeHandler(deps);
    const user = await createUser(sql);
    for (const return_url of ["nope", "ftp://x/y", 12]) {
      const r = await handler(
        functionRequest("create-portal-session", { token: await userToken(user), body: { return_url } }),
      );
      assert.equal(r.status, 400);
      assert.equal((await r.json() as Obj).error.code, "invalid_url");
    }
    for (
      const [token, code] of [[null, "invalid_jwt"], [await anonToken(), "not_signed_in"], [
        await userToken(user, { expiresIn: -1 }),
        "invalid_jwt",
      ]]
    ) {
      const r = await handler(functionRequest("create-portal-session", { token, body: {} }));
      assert.equal(r.status, 401);
      assert.equal((await r.json() as Obj).error.code, code);
    }
    assert.equal(standIn.state.portalSessions.size, 0);
    assert.equal(standIn.state.customers.size, 0);
  });
});
