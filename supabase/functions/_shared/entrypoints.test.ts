// Each function's index.ts as deployed: started with its environment only, answering over HTTP.
import assert from "node:assert/strict";
import { base64UrlEncode } from "./auth.ts";
import {
  anonToken,
  createUser,
  runDeno,
  TEST_JWT_SECRET,
  TEST_STRIPE_KEY,
  testDbUrl,
  userToken,
  withBilling,
} from "./testing.ts";

const FUNCTIONS_DIR = new URL("../", import.meta.url);
const CONFIG = new URL("../deno.json", import.meta.url).pathname;
const PLATFORM_SECRET = "platform-secret-never-printed-0042";

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

interface Started {
  url: string;
  stop(): Promise<{ output: string }>;
}

/** Runs `deno run <name>/index.ts` with exactly `env`, until its port accepts connections. */
async function start(name: string, env: Record<string, string>): Promise<Started> {
  const port = freePort();
  const child = runDeno([new URL(`${name}/index.ts`, FUNCTIONS_DIR).pathname], {
    ...env,
    DENO_SERVE_ADDRESS: `tcp:127.0.0.1:${port}`,
  });
  const stop = async () => ({ output: await child.stop() });
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const conn = await Deno.connect({ hostname: "127.0.0.1", port });
      conn.close();
      return { url: `http://127.0.0.1:${port}`, stop };
    } catch {
      if (child.exited() || Date.now() > deadline) {
        const { output: text } = await stop();
        throw new Error(`${name} did not start: ${text}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

Deno.test("entrypoints: each function boots from its environment and answers over HTTP", async () => {
  await withBilling(async ({ sql, standIn }) => {
    const env = {
      STREAMVIBE_JWT_SECRET: TEST_JWT_SECRET,
      STRIPE_SECRET_KEY: TEST_STRIPE_KEY,
      STRIPE_API_BASE: standIn.url,
      SUPABASE_DB_URL: testDbUrl(),
      SUPABASE_URL: "http://127.0.0.1:54321",
      TIKTOK_CLIENT_KEY: "tt-key",
      TIKTOK_CLIENT_SECRET: PLATFORM_SECRET,
    };
    const user = await createUser(sql);
    const auth = { Authorization: `Bearer ${await userToken(user)}`, "Content-Type": "application/json" };
    const cases: Array<[string, RequestInit, number, (r: Response) => Promise<void>]> = [
      [
        "list-plans",
        {
          method: "POST",
          headers: { Authorization: `Bearer ${await anonToken()}` },
          body: '{"currency":"jpy"}',
        },
        200,
        async (r) => {
          assert.ok(["origin", "store"].includes(r.headers.get("X-Cache")!));
          assert.equal((await r.json()).data.length, 9);
        },
      ],
      [
        "create-checkout-session",
        {
          method: "POST",
          headers: auth,
          body: JSON.stringify({
            price_id: "price_sv_premium_month_usd",
            success_url: "http://127.0.0.1:1/ok",
            cancel_url: "http://127.0.0.1:1/no",
          }),
        },
        200,
        async (r) => assert.match((await r.json()).id, /^cs_test_/),
      ],
      [
        "create-portal-session",
        { method: "POST", headers: auth, body: "{}" },
        200,
        async (r) => assert.match((await r.json()).id, /^bps_/),
      ],
      [
        "list-invoices",
        { method: "POST", headers: auth, body: '{"limit":3}' },
        200,
        async (r) => assert.equal((await r.json()).object, "list"),
      ],
      ["platform-oauth-relay", { method: "GET", redirect: "manual" }, 302, async (r) => {
        assert.match(r.headers.get("Location")!, /^http:\/\/127\.0\.0\.1:4444\/cb\?code=abc&state=/);
        await r.body?.cancel();
      }],
    ];
    for (const [name, init, status, check] of cases) {
      const fn = await start(name, env);
      try {
        const query = name === "platform-oauth-relay"
          ? `?code=abc&state=${base64UrlEncode(JSON.stringify({ redirect: "http://127.0.0.1:4444/cb" }))}`
          : "";
        const r = await fetch(`${fn.url}/${name}${query}`, init);
        assert.equal(r.status, status, name);
        await check(r);
      } finally {
        const { output } = await fn.stop();
        for (const secret of [TEST_STRIPE_KEY, TEST_JWT_SECRET, PLATFORM_SECRET]) {
          assert.ok(!output.includes(secret), `${name} printed a secret`);
        }
      }
    }
  });
});

Deno.test("entrypoints: a missing variable stops the boot, named, with no value printed", async () => {
  const child = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--config", CONFIG, new URL("list-plans/index.ts", FUNCTIONS_DIR).pathname],
    env: { STRIPE_SECRET_KEY: TEST_STRIPE_KEY, NO_COLOR: "1" },
    clearEnv: true,
  }).output();
  assert.notEqual(child.code, 0);
  const err = new TextDecoder().decode(child.stderr);
  assert.match(err, /missing environment variables: STREAMVIBE_JWT_SECRET, SUPABASE_DB_URL/);
  assert.ok(!err.includes(TEST_STRIPE_KEY));
});
