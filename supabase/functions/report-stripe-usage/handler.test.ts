// report-stripe-usage against the real PostgreSQL and the Stripe stand-in: each overage billed once, across
// runs, a crash between Stripe and the database, and failed sends; the service role only.
import assert from "node:assert/strict";
import { signJwt } from "../_shared/auth.ts";
import { ensureCustomer } from "../_shared/customer.ts";
import type { Sql } from "../_shared/db.ts";
import {
  anonToken,
  createUser,
  functionRequest,
  TEST_JWT_SECRET,
  type TestUser,
  userToken,
  withBilling,
} from "../_shared/testing.ts";
import { METER_EVENT_NAME } from "../../tests/stripe/stand-in.ts";
import { makeHandler, markSentInDb, type ReportDeps, usageIdentifier } from "./handler.ts";

type Fixture = Parameters<Parameters<typeof withBilling>[0]>[0];

async function serviceKey(secret = TEST_JWT_SECRET): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return await signJwt({ iss: "supabase", role: "service_role", iat: now, exp: now + 3600 }, secret);
}

async function reportDeps(f: Fixture, extra: Partial<ReportDeps> = {}): Promise<ReportDeps> {
  return {
    sql: f.sql,
    stripe: f.deps.stripe,
    serviceRoleKey: await serviceKey(),
    jwtSecret: TEST_JWT_SECRET,
    meterEventName: METER_EVENT_NAME,
    log: f.deps.log,
    secrets: f.deps.secrets,
    ...extra,
  };
}

/** Reports whatever other tests in this database left over, so a test's counts are its own. */
async function drain(deps: ReportDeps) {
  const r = await run(deps);
  assert.equal(r.status, 200);
}

async function run(deps: ReportDeps, token?: string | null) {
  const res = await makeHandler(deps)(
    functionRequest("report-stripe-usage", {
      token: token === undefined ? deps.serviceRoleKey : token,
      body: {},
    }),
  );
  return { status: res.status, body: await res.json() };
}

/** A user with a Stripe customer, `over` units over the Free quota. */
async function overQuota(
  f: Fixture,
  over: number,
): Promise<TestUser & { customer: string; periodStart: string }> {
  const user = await createUser(f.sql);
  const customer = await ensureCustomer(f.sql, f.deps.stripe, user);
  const [row] = await f.sql`
    update public.subscription_settings set used = quota + ${over} where user_id = ${user.id}
    returning period_start::text`;
  return { ...user, customer, periodStart: row.period_start };
}

async function records(sql: Sql, userId: string) {
  return await sql`
    select value::int, cumulative::int, identifier, status, event_name, sent_at from public.stripe_usage_records
     where user_id = ${userId} order by id`;
}

async function lastAudit(sql: Sql) {
  const [a] = await sql`
    select job_status, job_result from public.audit_log where action = 'report_stripe_usage' order by id desc limit 1`;
  return a;
}

Deno.test("usage report: the service role only", async () => {
  await withBilling(async (f) => {
    const deps = await reportDeps(f);
    const user = await createUser(f.sql);
    const none = await run(deps, null);
    assert.equal(none.status, 401);
    assert.equal(none.body.error.code, "invalid_jwt");
    const asUser = await run(deps, await userToken(user));
    assert.equal(asUser.status, 403);
    const asAnon = await run(deps, await anonToken());
    assert.equal(asAnon.status, 403);
    const forged = await run(deps, await serviceKey("another-projects-jwt-secret-0123456789abcdef"));
    assert.equal(forged.status, 401);
    const garbage = await run(deps, "not-a-token");
    assert.equal(garbage.status, 401);
    assert.equal(f.standIn.meterEvents().length, 0);
    const ok = await run(deps);
    assert.equal(ok.status, 200);
    const get = await makeHandler(deps)(
      functionRequest("report-stripe-usage", { method: "GET", token: deps.serviceRoleKey }),
    );
    assert.equal(get.status, 405);
    await get.body?.cancel();
  });
});

Deno.test("usage report: each overage is sent once across runs, then only what is new", async () => {
  await withBilling(async (f) => {
    const deps = await reportDeps(f);
    await drain(deps);
    const a = await overQuota(f, 2500);
    const b = await overQuota(f, 1);
    const under = await overQuota(f, -10);
    const noCustomer = await createUser(f.sql);
    await f.sql`update public.subscription_settings set used = quota + 999 where user_id = ${noCustomer.id}`;

    const first = await run(deps);
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, { reported: 2, units: 2501, failed: 0 });
    const sentA = f.standIn.meterEvents(a.customer);
    assert.equal(sentA.length, 1);
    assert.equal(sentA[0].event_name, METER_EVENT_NAME);
    assert.deepEqual(sentA[0].payload, { stripe_customer_id: a.customer, value: "2500" });
    assert.equal(sentA[0].identifier, usageIdentifier(a.id, a.periodStart, 2500));
    assert.equal(f.standIn.meterEvents(b.customer).length, 1);
    assert.equal(f.standIn.meterEvents(under.customer).length, 0);
    const [rec] = await records(f.sql, a.id);
    assert.equal(rec.status, "sent");
    assert.equal(rec.value, 2500);
    assert.equal(rec.cumulative, 2500);
    assert.ok(rec.sent_at);
    assert.equal((await records(f.sql, noCustomer.id)).length, 0);
    const audit = await lastAudit(f.sql);
    assert.equal(audit.job_status, "completed");
    assert.equal(audit.job_result.reported, 2);
    assert.equal(audit.job_result.units, 2501);

    const second = await run(deps);
    assert.deepEqual(second.body, { reported: 0, units: 0, failed: 0 });
    assert.equal(f.standIn.meterEvents(a.customer).length, 1);
    assert.equal((await lastAudit(f.sql)).job_status, "skipped");

    await f.sql`update public.subscription_settings set used = used + 700 where user_id = ${a.id}`;
    const third = await run(deps);
    assert.deepEqual(third.body, { reported: 1, units: 700, failed: 0 });
    const values = f.standIn.meterEvents(a.customer).map((e) => e.payload.value);
    assert.deepEqual(values, ["2500", "700"]);
    assert.deepEqual((await records(f.sql, a.id)).map((r) => r.identifier), [
      usageIdentifier(a.id, a.periodStart, 2500),
      usageIdentifier(a.id, a.periodStart, 3200),
    ]);
    // A new period (counters reset by invoice.paid) starts from nothing reported.
    await f.sql`
      update public.subscription_settings
         set used = quota + 40, period_start = period_end, period_end = period_end + interval '1 month'
       where user_id = ${a.id}`;
    const fourth = await run(deps);
    assert.deepEqual(fourth.body, { reported: 1, units: 40, failed: 0 });
    assert.equal(f.standIn.meterEvents(a.customer).at(-1)!.payload.value, "40");
  });
});

Deno.test("usage report: a crash between Stripe and the database does not bill twice", async () => {
  await withBilling(async (f) => {
    await drain(await reportDeps(f));
    let crashes = 1;
    const deps = await reportDeps(f, {
      markSent: async (sql, record) => {
        if (crashes > 0) {
          crashes--;
          throw new Error("the connection went away");
        }
        await markSentInDb(sql, record);
      },
    });
    const u = await overQuota(f, 1800);
    const first = await run(deps);
    assert.deepEqual(first.body, { reported: 0, units: 0, failed: 1 });
    assert.equal(f.standIn.meterEvents(u.customer).length, 1, "Stripe has it");
    assert.equal((await records(f.sql, u.id))[0].status, "pending", "the database does not know yet");
    assert.equal((await lastAudit(f.sql)).job_status, "failed");

    const second = await run(deps);
    assert.deepEqual(second.body, { reported: 1, units: 1800, failed: 0 });
    assert.equal(f.standIn.meterEvents(u.customer).length, 1, "Stripe refused the repeat: billed once");
    const refused = f.standIn.state.rejectedMeterEvents.filter((e) =>
      e.payload.stripe_customer_id === u.customer
    );
    assert.equal(refused.length, 1);
    assert.equal(refused[0].identifier, usageIdentifier(u.id, u.periodStart, 1800));
    const rows = await records(f.sql, u.id);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].status, "sent");
    assert.equal((await lastAudit(f.sql)).job_result.already_at_stripe, 1);

    const third = await run(deps);
    assert.deepEqual(third.body, { reported: 0, units: 0, failed: 0 });
    assert.equal(f.standIn.meterEvents(u.customer).length, 1);
  });
});

Deno.test("usage report: a failed send is retried next run under the same identifier", async () => {
  await withBilling(async (f) => {
    const deps = await reportDeps(f);
    await drain(deps);
    const u = await overQuota(f, 5000);
    await f.standIn.setDown(503);
    const first = await run(deps);
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, { reported: 0, units: 0, failed: 1 });
    assert.equal(f.standIn.meterEvents(u.customer).length, 0);
    const [pending] = await records(f.sql, u.id);
    assert.equal(pending.status, "pending");
    const audit = await lastAudit(f.sql);
    assert.equal(audit.job_status, "failed");
    assert.equal(audit.job_result.error, "Stripe unavailable");
    // More usage meanwhile: the pending report keeps its value; the rest is a report of its own.
    await f.sql`update public.subscription_settings set used = used + 100 where user_id = ${u.id}`;
    await f.standIn.setDown(false);
    const second = await run(deps);
    assert.deepEqual(second.body, { reported: 2, units: 5100, failed: 0 });
    const sent = f.standIn.meterEvents(u.customer);
    assert.deepEqual(sent.map((e) => [e.identifier, e.payload.value]), [
      [usageIdentifier(u.id, u.periodStart, 5000), "5000"],
      [usageIdentifier(u.id, u.periodStart, 5100), "100"],
    ]);
    assert.deepEqual((await records(f.sql, u.id)).map((r) => r.status), ["sent", "sent"]);
  });
});

Deno.test("usage report: an outage ends the run; the rest waits for the next run", async () => {
  await withBilling(async (f) => {
    const deps = await reportDeps(f);
    await drain(deps);
    const users = await Promise.all([1, 2, 3].map((i) => overQuota(f, 100 * i)));
    const ids = users.map((u) => u.id);
    await f.standIn.setDown(503);
    const attempts = () => f.standIn.apiRequests({ path: "/v1/billing/meter_events" }).length;
    const before = attempts();
    const first = await run(deps);
    assert.deepEqual(first.body, { reported: 0, units: 0, failed: 1 });
    assert.equal(
      attempts() - before,
      1,
      "one attempt, not three",
    );
    const queued = await f.sql`select status from public.stripe_usage_records where user_id in ${f.sql(ids)}`;
    assert.deepEqual(queued.map((r) => r.status), ["pending"]);
    await f.standIn.setDown(false);
    const second = await run(deps);
    assert.deepEqual(second.body, { reported: 3, units: 600, failed: 0 });
    for (const u of users) assert.equal(f.standIn.meterEvents(u.customer).length, 1);
  });
});

Deno.test("usage report: concurrent runs never report the same units twice", async () => {
  await withBilling(async (f) => {
    f.standIn.setLatency(15);
    const deps = await reportDeps(f);
    const users = await Promise.all([1, 2, 3].map((i) => overQuota(f, 1000 * i)));
    const results = await Promise.all([1, 2, 3].map(() => run(deps)));
    assert.deepEqual(results.map((r) => r.status), [200, 200, 200]);
    for (const [i, u] of users.entries()) {
      const accepted = f.standIn.meterEvents(u.customer);
      assert.equal(accepted.reduce((s, e) => s + Number(e.payload.value), 0), 1000 * (i + 1));
      assert.equal(accepted.length, 1);
    }
  });
});
