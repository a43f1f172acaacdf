import assert from "node:assert/strict";
import { StripeCache } from "./cache.ts";
import { closeDb } from "./db.ts";
import { memoryLog, testDb } from "./testing.ts";

const outage = () => Object.assign(new Error("connect ECONNREFUSED"), { type: "StripeConnectionError" });

function counter<T>(value: T) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    loader: () => {
      calls++;
      return Promise.resolve(structuredClone(value));
    },
  };
}

Deno.test("memory -> cache_store -> origin, with per-layer counters and timings", async () => {
  const sql = testDb();
  try {
    const key = `test:layers:${crypto.randomUUID()}`;
    const origin = counter({ n: 1 });
    const a = new StripeCache(sql, { log: () => {} });
    assert.deepEqual(await a.get(key, 3600, origin.loader), { value: { n: 1 }, layer: "origin" });
    assert.deepEqual(await a.get(key, 3600, origin.loader), { value: { n: 1 }, layer: "memory" });
    const [row] = await sql`select value, expires_at > now() + interval '59 minutes' as fresh
                              from public.cache_store where key = ${key}`;
    assert.deepEqual(row, { value: { n: 1 }, fresh: true });
    // A new instance: its memory is empty, cache_store answers.
    const b = new StripeCache(sql, { log: () => {} });
    assert.deepEqual(await b.get(key, 3600, origin.loader), { value: { n: 1 }, layer: "store" });
    assert.deepEqual(await b.get(key, 3600, origin.loader), { value: { n: 1 }, layer: "memory" });
    assert.equal(origin.calls, 1);
    const stats = a.stats();
    assert.equal(stats.requests, 2);
    assert.equal(stats.origin, 1);
    assert.equal(stats.memory, 1);
    assert.equal(stats.originCalls, 1);
    assert.equal(stats.timings.memory.count, 1);
    assert.equal(b.stats().store, 1);
    a.resetStats();
    assert.equal(a.stats().requests, 0);
  } finally {
    await closeDb(sql);
  }
});

Deno.test("memory lives at most min(ttl, 60 s); cache_store until the TTL", async () => {
  const sql = testDb();
  try {
    let now = Date.now();
    const key = `test:ttl:${crypto.randomUUID()}`;
    const origin = counter("v");
    const cache = new StripeCache(sql, { now: () => now, log: () => {} });
    await cache.get(key, 3600, origin.loader);
    now += 61_000;
    assert.equal((await cache.get(key, 3600, origin.loader)).layer, "store");
    now += 3600_000;
    assert.equal((await cache.get(key, 3600, origin.loader)).layer, "origin");
    assert.equal(origin.calls, 2);
    const short = `test:short:${crypto.randomUUID()}`;
    await cache.get(short, 5, origin.loader);
    now += 6_000;
    assert.equal((await cache.get(short, 5, origin.loader)).layer, "origin");
  } finally {
    await closeDb(sql);
  }
});

Deno.test("Stripe down: the last value is served stale (memory or cache_store), else the error", async () => {
  const sql = testDb();
  try {
    let now = Date.now();
    const key = `test:stale:${crypto.randomUUID()}`;
    const { lines, log } = memoryLog();
    const a = new StripeCache(sql, { now: () => now, log });
    await a.get(key, 60, counter({ plans: 9 }).loader);
    now += 120_000;
    const down = () => Promise.reject(outage());
    assert.deepEqual(await a.get(key, 60, down), { value: { plans: 9 }, layer: "stale" });
    // Another instance, expired row in cache_store only.
    const b = new StripeCache(sql, { now: () => now, log });
    assert.deepEqual(await b.get(key, 60, down), { value: { plans: 9 }, layer: "stale" });
    assert.equal(b.stats().stale, 1);
    assert.ok(lines.some((l) => l.includes("stale")));
    // Nothing known: the outage is the answer.
    await assert.rejects(b.get(`test:none:${crypto.randomUUID()}`, 60, down), /ECONNREFUSED/);
    // A refusal (not an outage) is never hidden behind a stale value (once the outage back-off has passed).
    now += 30_000;
    const refused = () => Promise.reject(Object.assign(new Error("No such price"), { statusCode: 404 }));
    await assert.rejects(b.get(key, 60, refused), /No such price/);
  } finally {
    await closeDb(sql);
  }
});

Deno.test("invalidate(prefix) drops matching keys from memory and cache_store only", async () => {
  const sql = testDb();
  try {
    const id = crypto.randomUUID();
    const cache = new StripeCache(sql, { log: () => {} });
    const origin = counter(1);
    await cache.get(`test:${id}:prices:usd`, 3600, origin.loader);
    await cache.get(`test:${id}:prices:eur`, 3600, origin.loader);
    await cache.get(`test:${id}:subscription:sub_1`, 3600, origin.loader);
    assert.equal(await cache.invalidate(`test:${id}:prices:`), 2);
    assert.equal((await cache.get(`test:${id}:prices:usd`, 3600, origin.loader)).layer, "origin");
    assert.equal((await cache.get(`test:${id}:subscription:sub_1`, 3600, origin.loader)).layer, "memory");
    const rows = await sql`select key from public.cache_store where key like ${`test:${id}:%`} order by key`;
    assert.deepEqual(rows.map((r) => r.key), [`test:${id}:prices:usd`, `test:${id}:subscription:sub_1`]);
    // Keys with LIKE's wildcards are matched literally.
    await cache.get(`test:${id}:a_b%c`, 3600, origin.loader);
    await cache.get(`test:${id}:aXbYc`, 3600, origin.loader);
    assert.equal(await cache.invalidate(`test:${id}:a_b%`), 1);
  } finally {
    await closeDb(sql);
  }
});

Deno.test("concurrent misses of one key make one Stripe call", async () => {
  const sql = testDb();
  try {
    const key = `test:flight:${crypto.randomUUID()}`;
    let calls = 0;
    const slow = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 50));
      return "v";
    };
    const cache = new StripeCache(sql, { log: () => {} });
    const results = await Promise.all(Array.from({ length: 20 }, () => cache.get(key, 3600, slow)));
    assert.equal(calls, 1);
    assert.ok(results.every((r) => r.value === "v"));
    assert.equal(cache.stats().originCalls, 1);
  } finally {
    await closeDb(sql);
  }
});

Deno.test("a cache_store failure falls through to Stripe instead of failing the read", async () => {
  const sql = testDb();
  await closeDb(sql); // a closed pool: every query fails
  const { lines, log } = memoryLog();
  const cache = new StripeCache(sql, { log });
  assert.deepEqual(await cache.get(`test:nodb:${crypto.randomUUID()}`, 60, () => Promise.resolve(7)), {
    value: 7,
    layer: "origin",
  });
  assert.equal(cache.stats().storeErrors, 2);
  assert.equal(lines.length, 2);
});

Deno.test("Stripe down: a failed refresh is not retried on every request, only after 30 s", async () => {
  const sql = testDb();
  try {
    let now = Date.now();
    const key = `test:backoff:${crypto.randomUUID()}`;
    const { log } = memoryLog();
    const cache = new StripeCache(sql, { now: () => now, log });
    await cache.get(key, 60, counter({ plans: 9 }).loader);
    now += 120_000;
    let attempts = 0;
    const down = () => {
      attempts++;
      return Promise.reject(outage());
    };
    for (let i = 0; i < 5; i++) {
      assert.deepEqual(await cache.get(key, 60, down), { value: { plans: 9 }, layer: "stale" });
      now += 5_000;
    }
    assert.equal(attempts, 1, "one Stripe call for five requests within the back-off");
    now += 10_000;
    assert.equal((await cache.get(key, 60, down)).layer, "stale");
    assert.equal(attempts, 2, "asked again once the back-off has passed");
    const back = counter({ plans: 10 });
    now += 30_000;
    assert.deepEqual(await cache.get(key, 60, back.loader), { value: { plans: 10 }, layer: "origin" });
    assert.deepEqual(await cache.get(key, 60, back.loader), { value: { plans: 10 }, layer: "memory" });
    // A new instance that only has the expired cache_store row backs off too.
    const other = new StripeCache(sql, { now: () => now, log });
    now += 3_600_000;
    attempts = 0;
    await other.get(key, 60, down);
    await other.get(key, 60, down);
    assert.equal(attempts, 1);
  } finally {
    await closeDb(sql);
  }
});
