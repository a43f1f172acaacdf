// The Stripe read cache under a day of users: 1,000 people opening Plans and Usage (deterministic, seeded),
// played against the real list-plans handler and subscription reads through StripeCache, with several
// function instances (separate memory layers sharing cache_store in PostgreSQL) and a Stripe stand-in on
// 127.0.0.1; webhooks invalidate now and then. Time is simulated (the cache's clock), latencies are real.
//
//   supabase/tests/bench/run-cache-bench.sh [--seed N] [--users N] [--instances N] [--paid-share X]
//     [--no-app-cache] [--outage-minutes N] [--json]
//
// (that runs this file under tests/supabase/with-backend-db.sh, which provides SUPABASE_DB_URL).
import { signJwt } from "../../functions/_shared/auth.ts";
import {
  cacheKeys,
  type CacheLayer,
  cachePrefixes,
  percentile,
  StripeCache,
  TTL,
} from "../../functions/_shared/cache.ts";
import { closeDb, createDb, type Sql } from "../../functions/_shared/db.ts";
import { createStripe, type Stripe } from "../../functions/_shared/stripe.ts";
import { makeHandler as makeListPlans } from "../../functions/list-plans/handler.ts";
import { applyCatalogue, type Catalogue } from "../../stripe/setup.ts";
import { startStripeStandIn } from "../stripe/stand-in.ts";

// ------------------------------------------------------------------ model (assumptions, not telemetry)

export interface Model {
  seed: number;
  users: number;
  instances: number;
  /** Share of users per currency. */
  currencies: [string, number][];
  /** Share of users on a paid plan (they have a Stripe subscription). */
  paidShare: number;
  /** The app's own cache (core/cache/CachePolicy.h): plans 1 h, subscription 1 min. */
  appPlansTtlMs: number;
  appSubscriptionTtlMs: number;
  /** Each user's day: this many active hours, starting at a uniformly random time of the day (time zones). */
  activeHours: number;
  visitMinMinutes: number;
  visitMaxMinutes: number;
  refreshShare: number;
  /** The app quits and starts again once, this far into the active window. */
  restartAfterHours: number;
  /** Catalogue changes in the day (price.* / product.* webhooks: drop the cached plans). */
  catalogueEvents: number;
  /** Share of subscriptions changed during the day (customer.subscription.updated: drop that subscription). */
  subscriptionEventShare: number;
  /** Stripe answers 503 for this many minutes from 12:00 (0: no outage). */
  outageMinutes: number;
}

export const DEFAULT_MODEL: Model = {
  seed: 20261206,
  users: 1000,
  instances: 4,
  currencies: [["usd", 0.55], ["eur", 0.30], ["jpy", 0.15]],
  paidShare: 0.3,
  appPlansTtlMs: 3600_000,
  appSubscriptionTtlMs: 60_000,
  activeHours: 8,
  visitMinMinutes: 10,
  visitMaxMinutes: 40,
  refreshShare: 0.1,
  restartAfterHours: 4,
  catalogueEvents: 2,
  subscriptionEventShare: 0.05,
  outageMinutes: 0,
};

/** mulberry32: a small deterministic generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = "plans" | "subscription";

/** One request the backend receives. */
export interface BackendRequest {
  at: number; // ms since the start of the day
  kind: Kind;
  user: number;
  instance: number;
}

export interface Invalidation {
  at: number;
  prefix: string;
  instance: number;
  user?: number;
}

export interface SimUser {
  currency: string;
  paid: boolean;
}

export interface Day {
  users: SimUser[];
  requests: BackendRequest[];
  invalidations: Invalidation[];
  pageViews: number;
}

const DAY_MS = 86_400_000;

/**
 * The backend requests of one day. Each user's app behaves as the desktop client does (docs/PERFORMANCE.md,
 * "Cache"): at start the Usage view loads (subscription + plans) and then the Plans view (plans +
 * subscription); then Usage or Plans is shown every 10-40 min, Refresh forces a reload 10 % of the
 * time; the app's own cache answers plans for 1 h and the subscription for 1 min, so only its misses
 * reach the backend. Plans go to list-plans (the user's currency); a subscriber's subscription read is a
 * Stripe subscription read through the cache (free users have no Stripe subscription: nothing to read).
 */
export function playDay(model: Model): Day {
  const random = rng(model.seed);
  // Instances are drawn from their own stream, so the users' day does not depend on the options.
  const route = rng(model.seed ^ 0x5bd1e995);
  const pick = (n: number) => Math.floor(route() * n);
  const users: SimUser[] = [];
  for (let u = 0; u < model.users; u++) {
    let x = random();
    let currency = model.currencies[model.currencies.length - 1][0];
    for (const [c, share] of model.currencies) {
      if (x < share) {
        currency = c;
        break;
      }
      x -= share;
    }
    users.push({ currency, paid: random() < model.paidShare });
  }
  const requests: BackendRequest[] = [];
  let pageViews = 0;
  for (let u = 0; u < model.users; u++) {
    const user = users[u];
    const start = Math.floor(random() * (DAY_MS - model.activeHours * 3600_000));
    const end = start + model.activeHours * 3600_000;
    const restart = start + model.restartAfterHours * 3600_000;
    let plansAt = -Infinity;
    let subscriptionAt = -Infinity;
    const read = (at: number, kind: Kind, force: boolean) => {
      const last = kind === "plans" ? plansAt : subscriptionAt;
      const ttl = kind === "plans" ? model.appPlansTtlMs : model.appSubscriptionTtlMs;
      if (!force && at - last < ttl) return; // the app's own cache answers (never when ttl is 0)
      if (kind === "plans") plansAt = at;
      else subscriptionAt = at;
      if (kind === "subscription" && !user.paid) return; // nothing in Stripe to read
      requests.push({ at, kind, user: u, instance: pick(model.instances) });
    };
    // Both views read the subscription and the plans (the Plans view also lists invoices: never cached).
    const view = (at: number, force: boolean) => {
      pageViews++;
      read(at, "subscription", force);
      read(at + 50, "plans", force);
    };
    const appStart = (at: number) => {
      view(at, false); // Usage
      view(at + 300, false); // Plans
    };
    appStart(start);
    let restarted = false;
    for (let t = start;;) {
      t += Math.floor(
        (model.visitMinMinutes + random() * (model.visitMaxMinutes - model.visitMinMinutes)) * 60_000,
      );
      if (t >= end) break;
      if (!restarted && t >= restart) {
        restarted = true;
        // The app's memory is gone but its SQLite cache keeps the same TTLs: nothing else changes.
        appStart(restart + 120_000);
        if (t <= restart + 120_300) continue; // this visit was the restart
      }
      view(t, random() < model.refreshShare); // Usage or Plans: the same two reads
    }
  }
  const invalidations: Invalidation[] = [];
  for (let i = 0; i < model.catalogueEvents; i++) {
    invalidations.push({
      at: Math.floor(random() * DAY_MS),
      prefix: cachePrefixes.prices,
      instance: pick(model.instances),
    });
  }
  users.forEach((user, u) => {
    if (user.paid && random() < model.subscriptionEventShare) {
      invalidations.push({
        at: Math.floor(random() * DAY_MS),
        prefix: "",
        instance: pick(model.instances),
        user: u,
      });
    }
  });
  requests.sort((a, b) => a.at - b.at || a.user - b.user);
  invalidations.sort((a, b) => a.at - b.at);
  return { users, requests, invalidations, pageViews };
}

// ------------------------------------------------------------------ running it

export interface KindReport {
  requests: number;
  memory: number;
  store: number;
  origin: number;
  stale: number;
  /** Requests that failed (Stripe down and nothing cached to serve). */
  failed: number;
  hitRate: number;
}

export interface Report {
  model: Model;
  pageViews: number;
  requestsServed: number;
  stripeCalls: number;
  invalidations: number;
  byKind: Record<Kind, KindReport>;
  overall: KindReport;
  byInstance: KindReport[];
  latencyMs: Record<"memory" | "store" | "origin", { samples: number; p50: number; p99: number }>;
  listPlansMs: Record<"memory" | "store" | "origin", { samples: number; p50: number; p99: number }>;
  wallSeconds: number;
}

function emptyKind(): KindReport {
  return { requests: 0, memory: 0, store: 0, origin: 0, stale: 0, failed: 0, hitRate: 0 };
}

function count(k: KindReport, layer: CacheLayer | "failed"): void {
  k.requests++;
  k[layer]++;
}

function finish(k: KindReport): KindReport {
  k.hitRate = k.requests ? (k.memory + k.store) / k.requests : 0;
  return k;
}

export interface BenchEnv {
  sql: Sql;
  stripe: Stripe;
  /** Stripe HTTP requests made so far. */
  stripeRequests: () => number;
  /** A subscription id per paid user. */
  subscriptionOf: (user: number) => string;
  /** Takes Stripe down (503) or back up. */
  setStripeDown: (down: boolean) => Promise<void>;
}

export async function runDay(model: Model, day: Day, env: BenchEnv): Promise<Report> {
  const jwtSecret = "bench-jwt-secret-" + model.seed;
  const anonJwt = await signJwt({ role: "anon", exp: 4102444800, iat: 1700000000 }, jwtSecret);
  const dayStart = Date.UTC(2026, 11, 7);
  let clock = dayStart;
  const instances = Array.from({ length: model.instances }, () => {
    const cache = new StripeCache(env.sql, { now: () => clock, log: () => {} });
    const listPlans = makeListPlans({ jwtSecret, stripe: env.stripe, cache, log: () => {} });
    return { cache, listPlans, report: emptyKind() };
  });
  await env.sql`delete from public.cache_store`;
  const byKind: Record<Kind, KindReport> = { plans: emptyKind(), subscription: emptyKind() };
  const listPlansMs: Record<"memory" | "store" | "origin", number[]> = { memory: [], store: [], origin: [] };
  const stripeBefore = env.stripeRequests();
  const started = performance.now();
  let nextInvalidation = 0;
  const outageFrom = 12 * 3600_000;
  const outageTo = outageFrom + model.outageMinutes * 60_000;
  let down = false;
  for (const request of day.requests) {
    const shouldBeDown = request.at >= outageFrom && request.at < outageTo;
    if (shouldBeDown !== down) {
      down = shouldBeDown;
      await env.setStripeDown(down);
    }
    while (
      nextInvalidation < day.invalidations.length && day.invalidations[nextInvalidation].at <= request.at
    ) {
      const inv = day.invalidations[nextInvalidation++];
      clock = dayStart + inv.at;
      const prefix = inv.user === undefined
        ? inv.prefix
        : cacheKeys.subscription(env.subscriptionOf(inv.user));
      await instances[inv.instance].cache.invalidate(prefix);
    }
    clock = dayStart + request.at;
    const instance = instances[request.instance];
    let layer: CacheLayer | "failed";
    if (request.kind === "plans") {
      const t0 = performance.now();
      const response = await instance.listPlans(
        new Request("http://127.0.0.1/functions/v1/list-plans", {
          method: "POST",
          headers: { Authorization: `Bearer ${anonJwt}`, "Content-Type": "application/json" },
          body: JSON.stringify({ currency: day.users[request.user].currency }),
        }),
      );
      const body = await response.json();
      const ms = performance.now() - t0;
      if (down && response.status === 502) {
        layer = "failed";
      } else if (response.status !== 200 || !Array.isArray(body.data) || body.data.length === 0) {
        throw new Error(`list-plans answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
      } else {
        layer = response.headers.get("X-Cache") as CacheLayer;
        if (layer !== "stale") listPlansMs[layer].push(ms);
      }
    } else {
      const id = env.subscriptionOf(request.user);
      try {
        const result = await instance.cache.get(
          cacheKeys.subscription(id),
          TTL.subscription,
          () => env.stripe.subscriptions.retrieve(id),
        );
        if ((result.value as { id?: string }).id !== id) throw new Error(`subscription ${id}: wrong value`);
        layer = result.layer;
      } catch (err) {
        if (!down) throw err;
        layer = "failed";
      }
    }
    count(byKind[request.kind], layer);
    count(instance.report, layer);
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const overall = emptyKind();
  for (const k of Object.values(byKind)) {
    for (const field of ["requests", "memory", "store", "origin", "stale", "failed"] as const) {
      overall[field] += k[field];
    }
  }
  const samples: Record<"memory" | "store" | "origin", number[]> = { memory: [], store: [], origin: [] };
  for (const { cache } of instances) {
    const stats = cache.stats();
    for (const layer of ["memory", "store", "origin"] as const) {
      samples[layer].push(...stats.timings[layer].samples);
    }
  }
  const summarize = (s: number[]) => ({ samples: s.length, p50: percentile(s, 50), p99: percentile(s, 99) });
  return {
    model,
    pageViews: day.pageViews,
    requestsServed: overall.requests,
    stripeCalls: env.stripeRequests() - stripeBefore,
    invalidations: day.invalidations.length,
    byKind: { plans: finish(byKind.plans), subscription: finish(byKind.subscription) },
    overall: finish(overall),
    byInstance: instances.map((i) => finish(i.report)),
    latencyMs: {
      memory: summarize(samples.memory),
      store: summarize(samples.store),
      origin: summarize(samples.origin),
    },
    listPlansMs: {
      memory: summarize(listPlansMs.memory),
      store: summarize(listPlansMs.store),
      origin: summarize(listPlansMs.origin),
    },
    wallSeconds,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`);

export function formatReport(r: Report): string {
  const m = r.model;
  const lines: string[] = [];
  lines.push(
    `Stripe read cache, one simulated day: ${m.users} users, ${m.instances} function instances, seed ${m.seed}`,
  );
  lines.push(
    `page views ${r.pageViews}; requests served ${r.requestsServed}; Stripe calls ${r.stripeCalls}; ` +
      `webhook invalidations ${r.invalidations}`,
  );
  lines.push("");
  lines.push("| Reads | Requests | Memory | cache_store | Stripe | Stale | Failed | Hit rate |");
  lines.push("|---|---|---|---|---|---|---|---|");
  const row = (name: string, k: KindReport) =>
    lines.push(
      `| ${name} | ${k.requests} | ${k.memory} | ${k.store} | ${k.origin} | ${k.stale} | ${k.failed} | ${
        pct(k.hitRate)
      } |`,
    );
  row("plans (list-plans, 1 h)", r.byKind.plans);
  row("subscription (1 min)", r.byKind.subscription);
  row("**all**", r.overall);
  r.byInstance.forEach((k, i) => row(`instance ${i + 1}`, k));
  lines.push("");
  lines.push("| Layer | Samples | p50 | p99 | Goal |");
  lines.push("|---|---|---|---|---|");
  const goal = (ok: boolean, text: string) => `${text}: ${ok ? "met" : "NOT met"}`;
  const l = r.latencyMs;
  lines.push(
    `| memory hit (StripeCache.get) | ${l.memory.samples} | ${ms(l.memory.p50)} | ${ms(l.memory.p99)} | ${
      goal(l.memory.p99 < 1, "< 1 ms")
    } |`,
  );
  lines.push(
    `| cache_store hit (StripeCache.get) | ${l.store.samples} | ${ms(l.store.p50)} | ${ms(l.store.p99)} | ${
      goal(l.store.p99 < 5, "< 5 ms")
    } |`,
  );
  lines.push(
    `| Stripe (stand-in on 127.0.0.1) | ${l.origin.samples} | ${ms(l.origin.p50)} | ${ms(l.origin.p99)} | |`,
  );
  const p = r.listPlansMs;
  for (const layer of ["memory", "store", "origin"] as const) {
    lines.push(
      `| list-plans request, ${layer} | ${p[layer].samples} | ${ms(p[layer].p50)} | ${ms(p[layer].p99)} | |`,
    );
  }
  lines.push("");
  lines.push(
    `overall hit rate ${pct(r.overall.hitRate)} (goal >= 90 %: ${
      r.overall.hitRate >= 0.9 ? "met" : "NOT met"
    })`,
  );
  lines.push(`wall time ${r.wallSeconds.toFixed(1)} s`);
  return lines.join("\n");
}

function parseArgs(args: string[]): { model: Model; json: boolean } {
  const model = { ...DEFAULT_MODEL };
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const num = () => {
      const v = Number(args[++i]);
      if (!Number.isFinite(v) || v < 0) throw new Error(`${a} needs a number`);
      return v;
    };
    if (a === "--json") json = true;
    else if (a === "--seed") model.seed = num();
    else if (a === "--users") model.users = Math.max(1, Math.floor(num()));
    else if (a === "--instances") model.instances = Math.max(1, Math.floor(num()));
    else if (a === "--paid-share") model.paidShare = num();
    else if (a === "--outage-minutes") model.outageMinutes = num();
    else if (a === "--no-app-cache") {
      // Clients without a cache of their own (the seed's web pages): every view reaches the backend.
      model.appPlansTtlMs = 0;
      model.appSubscriptionTtlMs = 0;
    } else {
      throw new Error(
        `unknown argument ${a} (--seed N, --users N, --instances N, --paid-share X, --no-app-cache, --outage-minutes N, --json)`,
      );
    }
  }
  return { model, json };
}

async function main(): Promise<void> {
  const { model, json } = parseArgs(Deno.args);
  const dbUrl = Deno.env.get("SUPABASE_DB_URL");
  if (!dbUrl) {
    throw new Error("SUPABASE_DB_URL is not set: run through supabase/tests/bench/run-cache-bench.sh");
  }
  const day = playDay(model);
  const secretKey = "sk_test_cache_bench";
  const standIn = startStripeStandIn({ secretKey });
  const sql = createDb(dbUrl, { max: 4 });
  try {
    const stripe = createStripe({ secretKey, apiBase: standIn.url, maxNetworkRetries: 0 });
    const catalogue = JSON.parse(
      await Deno.readTextFile(new URL("../../stripe/catalogue.json", import.meta.url)),
    ) as Catalogue;
    await applyCatalogue(stripe, catalogue);
    const subscriptions = new Map<number, string>();
    const prices = await stripe.prices.list({ lookup_keys: ["basic_monthly_usd"], limit: 1 });
    for (let u = 0; u < day.users.length; u++) {
      if (!day.users[u].paid) continue;
      const customer = await stripe.customers.create({ metadata: { user_id: `bench-${u}` } });
      const sub = await stripe.subscriptions.create({
        customer: customer.id,
        items: [{ price: prices.data[0].id }],
      });
      subscriptions.set(u, sub.id);
    }
    const report = await runDay(model, day, {
      sql,
      stripe,
      stripeRequests: () => standIn.apiRequests().length,
      subscriptionOf: (u) => subscriptions.get(u)!,
      setStripeDown: (down) => standIn.setDown(down ? 503 : false),
    });
    console.log(json ? JSON.stringify(report, null, 2) : formatReport(report));
  } finally {
    await closeDb(sql);
    await standIn.close();
  }
}

if (import.meta.main) {
  await main();
}
