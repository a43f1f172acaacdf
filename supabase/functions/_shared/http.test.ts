import assert from "node:assert/strict";
import { EnvError, EnvReader, relayUrlFrom } from "./env.ts";
import { errorResponse, handle, HttpError, readJsonObject, redact } from "./http.ts";
import { apiBaseOptions, createStripe, STRIPE_API_VERSION } from "./stripe.ts";
import { memoryLog } from "./testing.ts";

Deno.test("the one error shape", async () => {
  const r = errorResponse(400, "invalid_price", "No such price");
  assert.equal(r.status, 400);
  assert.match(r.headers.get("Content-Type") ?? "", /application\/json/);
  assert.deepEqual(await r.json(), { error: { code: "invalid_price", message: "No such price" } });
});

Deno.test("handle: HttpError -> its response; anything else -> 500 internal_error, logged redacted", async () => {
  const { lines, log } = memoryLog();
  const h1 = handle(() => Promise.reject(new HttpError(418, "teapot", "short", { extra: 1 })), { log });
  assert.deepEqual(await (await h1(new Request("http://x/f"))).json(), {
    error: { code: "teapot", message: "short", extra: 1 },
  });
  const secret = "sk_test_51abcdefSECRET";
  const h2 = handle(() => Promise.reject(new Error(`boom with ${secret} and Bearer abc.def.ghi`)), {
    log,
    name: "f",
    secrets: ["my-platform-secret"],
  });
  const r = await h2(new Request("http://x/f"));
  assert.equal(r.status, 500);
  const text = await r.text();
  assert.deepEqual(JSON.parse(text), { error: { code: "internal_error", message: "Internal error" } });
  assert.equal(lines.length, 1);
  assert.ok(!lines[0].includes("SECRET") && !lines[0].includes("abc.def.ghi"), lines[0]);
  assert.equal(redact("x my-platform-secret y", ["my-platform-secret"]), "x [redacted] y");
  assert.ok(!redact("postgresql://postgres:hunter2@db:5432/postgres").includes("hunter2"));
  assert.ok(!redact('{"client_secret":"abc123"}').includes("abc123"));
});

Deno.test("readJsonObject: empty is {}, non-objects and broken JSON are 400 invalid_json", async () => {
  const req = (body?: string) => new Request("http://x/f", { method: "POST", body });
  assert.deepEqual(await readJsonObject(req()), {});
  assert.deepEqual(await readJsonObject(req(" ")), {});
  assert.deepEqual(await readJsonObject(req('{"a":1}')), { a: 1 });
  for (const bad of ["[1]", "3", "null", "{", '"s"']) {
    await assert.rejects(
      readJsonObject(req(bad)),
      (e: unknown) => e instanceof HttpError && e.code === "invalid_json",
    );
  }
});

Deno.test("env: every missing variable named at once, never a value", () => {
  const env = new EnvReader((name) => ({ A: "value-a", EMPTY: " " } as Record<string, string>)[name]);
  assert.equal(env.required("A"), "value-a");
  env.required("B");
  env.required("EMPTY");
  assert.equal(env.optional("C", "d"), "d");
  assert.throws(() => env.done(), (e: unknown) => e instanceof EnvError && e.message.endsWith("B, EMPTY"));
  const relay = new EnvReader((n) => (n === "SUPABASE_URL" ? "https://ref.supabase.co/" : undefined));
  assert.equal(relayUrlFrom(relay), "https://ref.supabase.co/functions/v1/platform-oauth-relay");
});

Deno.test("the Stripe factory pins the API version and reads host/port/protocol from an API base", () => {
  assert.deepEqual(apiBaseOptions("http://127.0.0.1:12345"), {
    host: "127.0.0.1",
    port: 12345,
    protocol: "http",
  });
  assert.deepEqual(apiBaseOptions("https://api.stripe.com"), {
    host: "api.stripe.com",
    port: 443,
    protocol: "https",
  });
  assert.throws(() => apiBaseOptions("ftp://x"));
  const stripe = createStripe({ secretKey: "sk_test_x", apiBase: "http://127.0.0.1:9" });
  assert.equal(stripe.getApiField("version"), STRIPE_API_VERSION);
  assert.equal(stripe.getApiField("host"), "127.0.0.1");
  assert.equal(String(stripe.getApiField("port")), "9");
  assert.equal(stripe.getApiField("protocol"), "http");
});
