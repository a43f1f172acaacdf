// The local stack's functions server and Stripe stand-in as processes, wired as the stack wires them: the
// functions from the operator's environment on the test database, the stand-in's webhook pointed at
// /functions/v1/stripe-webhook; list-plans, a checkout paid on the stand-in's page, and the plan in PostgreSQL.
import assert from "node:assert/strict";
import { signJwt } from "../../functions/_shared/auth.ts";
import { closeDb } from "../../functions/_shared/db.ts";
import {
  anonToken,
  createUser,
  runDeno,
  TEST_JWT_SECRET,
  testDb,
  testDbUrl,
  userToken,
} from "../../functions/_shared/testing.ts";
import { functionNames, functionOf } from "./functions-server.ts";

const SERVER = new URL("./functions-server.ts", import.meta.url).pathname;
const STAND_IN = new URL("../stripe/main.ts", import.meta.url).pathname;
const STRIPE_KEY = "sk_test_local_stack_0123456789abcdef";
const WEBHOOK_SECRET = "whsec_local_stack_0123456789abcdef";
const PLATFORM_SECRET = "platform-secret-local-stack-0042";

interface Proc {
  url: string;
  /** Stops the process; what it printed. */
  stop(): Promise<string>;
}

/** Runs `SCRIPT ARGS --port 0 --write-url FILE` (runDeno) until FILE names its URL. */
async function spawn(script: string, args: string[], env: Record<string, string>): Promise<Proc> {
  const file = await Deno.makeTempFile();
  const child = runDeno([script, ...args, "--port", "0", "--write-url", file], env);
  const stop = async () => {
    const printed = await child.stop();
    await Deno.remove(file).catch(() => {});
    return printed;
  };
  // The file is written once the port listens; poll it (a process start, not a timing assumption).
  const deadline = Date.now() + 30_000;
  let url = "";
  while (!url) {
    url = (await Deno.readTextFile(file)).trim();
    if (url) break;
    if (child.exited() || Date.now() > deadline) throw new Error(`${script} did not start:\n${await stop()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, stop };
}

/** The environment an operator sets for the functions (docs/BACKEND.md, Deploying, step 7). */
async function operatorEnv(stripeApiBase: string): Promise<Record<string, string>> {
  return {
    SUPABASE_URL: "http://127.0.0.1:54321",
    SUPABASE_DB_URL: testDbUrl(),
    SUPABASE_SERVICE_ROLE_KEY: await signJwt({ iss: "supabase", role: "service_role" }, TEST_JWT_SECRET),
    STREAMVIBE_JWT_SECRET: TEST_JWT_SECRET,
    STRIPE_SECRET_KEY: STRIPE_KEY,
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: stripeApiBase,
    INSTAGRAM_CLIENT_ID: "ig-app",
    INSTAGRAM_CLIENT_SECRET: PLATFORM_SECRET,
    TIKTOK_CLIENT_KEY: "tt-app",
    TIKTOK_CLIENT_SECRET: PLATFORM_SECRET,
  };
}

/** The stand-in process (seeded), then the functions server on it; both stopped after fn. */
async function withStack(
  fn: (stripe: string, functions: string) => Promise<void>,
  env: (e: Record<string, string>) => Record<string, string> = (e) => e,
) {
  const stripe = await spawn(STAND_IN, [
    "--seed",
    "--secret-key",
    STRIPE_KEY,
    "--webhook-secret",
    WEBHOOK_SECRET,
    "--retry-base-ms",
    "50",
  ], {});
  let functions: Proc | undefined;
  const printed: string[] = [];
  try {
    functions = await spawn(SERVER, [], env(await operatorEnv(stripe.url)));
    await fn(stripe.url, functions.url);
  } finally {
    if (functions) printed.push(await functions.stop());
    printed.push(await stripe.stop());
  }
  for (const secret of [STRIPE_KEY, WEBHOOK_SECRET, PLATFORM_SECRET, TEST_JWT_SECRET]) {
    assert.ok(!printed.join("\n").includes(secret), "a secret was printed");
  }
  return printed;
}

const post = (url: string, token: string | null, body: unknown) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

Deno.test("functions server: the functions are the folders with an index.ts, as config.toml declares them", async () => {
  const names = await functionNames();
  assert.ok(names.includes("list-plans") && names.includes("stripe-webhook"));
  assert.ok(!names.some((n) => n.startsWith("_")), "shared code is not a function");
  const config = await Deno.readTextFile(new URL("../../config.toml", import.meta.url));
  const declared = [...config.matchAll(/^\[functions\.([a-z0-9-]+)\]$/gm)].map((m) => m[1]).sort();
  assert.deepEqual(names, declared);
  assert.equal(functionOf("/functions/v1/list-plans"), "list-plans");
  assert.equal(functionOf("/functions/v1/platform-oauth-relay/callback"), "platform-oauth-relay");
  assert.equal(functionOf("/list-plans"), "list-plans");
  assert.equal(functionOf("/"), "");
});

Deno.test("functions server: list-plans and stripe-webhook through one port, a checkout paid end to end", async () => {
  const sql = testDb(2);
  try {
    await withStack(async (stripe, functions) => {
      // Every function answers (none failed to boot); an unknown name is the runtime's 404.
      for (const name of await functionNames()) {
        const r = await fetch(`${functions}/functions/v1/${name}`, { method: "PUT" });
        const body = await r.json();
        assert.notEqual(body.code, "NOT_FOUND", name);
        assert.notEqual(body.code, "BOOT_ERROR", name);
      }
      for (const path of ["/functions/v1/nope", "/nope", "/"]) {
        const r = await fetch(`${functions}${path}`);
        assert.equal(r.status, 404, path);
        assert.deepEqual(await r.json(), { code: "NOT_FOUND", message: "Requested function was not found" });
      }

      // list-plans, under the gateway's path and the runtime's.
      const anon = await anonToken();
      for (const path of ["/functions/v1/list-plans", "/list-plans"]) {
        const r = await post(`${functions}${path}`, anon, { currency: "eur" });
        assert.equal(r.status, 200, path);
        assert.ok(r.headers.get("x-cache"));
        const list = await r.json();
        assert.equal(list.data.length, 9);
        assert.ok(list.data.every((p: { currency: string }) => p.currency === "eur"));
      }

      // stripe-webhook: an unsigned request is refused by the function itself.
      const unsigned = await post(`${functions}/functions/v1/stripe-webhook`, null, { id: "evt_x" });
      assert.equal(unsigned.status, 400);
      assert.equal((await unsigned.json()).error.code, "invalid_signature");

      // Stripe's endpoint is the functions server; a checkout paid on the stand-in's page reaches PostgreSQL.
      const hook = await post(`${stripe}/__control/webhook`, null, {
        url: `${functions}/functions/v1/stripe-webhook`,
      });
      assert.equal(hook.status, 200);
      await hook.body?.cancel();
      const user = await createUser(sql);
      const session = await post(`${functions}/functions/v1/create-checkout-session`, await userToken(user), {
        price_id: "price_sv_basic_year_usd",
        success_url: "http://127.0.0.1:8765/ok?session={CHECKOUT_SESSION_ID}",
        cancel_url: "http://127.0.0.1:8765/no",
      });
      assert.equal(session.status, 200);
      const { id, url } = await session.json();
      assert.ok(url.startsWith(`${stripe}/checkout/`));
      const page = await fetch(url);
      assert.match(await page.text(), /id="pay"/);
      const paid = await fetch(`${url}/pay`, { method: "POST", redirect: "manual" });
      assert.equal(paid.status, 303);
      assert.equal(paid.headers.get("location"), `http://127.0.0.1:8765/ok?session=${id}`);
      await paid.body?.cancel();

      const log = await (await fetch(`${stripe}/__control/deliveries?wait=1`)).json();
      assert.deepEqual(log.pending, []);
      assert.ok(log.attempts.length >= 3);
      for (const a of log.attempts) {
        assert.equal(a.status, 200, `${a.type} delivered`);
        assert.equal(a.url, `${functions}/functions/v1/stripe-webhook`);
      }
      const [row] = await sql`select plan, quota::int, stripe_subscription_id
                                from public.subscription_settings where user_id = ${user.id}`;
      assert.equal(row.plan, "basic");
      assert.equal(row.quota, 12 * 100000, "a yearly Basic period holds twelve months of its quota");
      assert.match(row.stripe_subscription_id, /^sub_/);
    });
  } finally {
    await closeDb(sql);
  }
});

Deno.test("functions server: a function whose environment is incomplete answers BOOT_ERROR; the others serve", async () => {
  const printed = await withStack(async (_stripe, functions) => {
    const r = await post(`${functions}/functions/v1/stripe-webhook`, null, {});
    assert.equal(r.status, 503);
    assert.deepEqual(await r.json(), {
      code: "BOOT_ERROR",
      message: "Function failed to start (please check logs)",
    });
    const plans = await post(`${functions}/functions/v1/list-plans`, await anonToken(), {});
    assert.equal(plans.status, 200);
    await plans.body?.cancel();
  }, ({ STRIPE_WEBHOOK_SECRET: _, ...env }) => env);
  assert.match(
    printed.join("\n"),
    /stripe-webhook failed to start: missing environment variable: STRIPE_WEBHOOK_SECRET/,
  );
});
