// The cache in front of Stripe: memory (this instance) -> cache_store (shared, PostgreSQL) -> Stripe.
import type { Sql } from "./db.ts";
import { isStripeOutage } from "./stripe.ts";
import { consoleLogger, type Logger, redact } from "./http.ts";

export type CacheLayer = "memory" | "store" | "origin" | "stale";

export interface CacheResult<T> {
  value: T;
  layer: CacheLayer;
}

/** TTLs in seconds (the architecture note's table). Invoices and payment methods are never cached. */
export const TTL = {
  products: 3600,
  prices: 3600,
  customer: 300,
  subscription: 60,
} as const;

/** Memory entries live at most this long, so instances converge after an invalidation elsewhere. */
export const MEMORY_MAX_TTL_SECONDS = 60;

/** After Stripe failed to refresh a key, its stale value is served this long before Stripe is asked again. */
export const OUTAGE_RETRY_SECONDS = 30;

export const cacheKeys = {
  prices: (currency: string) => `stripe:prices:${currency}`,
  subscription: (id: string) => `stripe:subscription:${id}`,
  customer: (id: string) => `stripe:customer:${id}`,
} as const;

/** Key prefixes for invalidation. */
export const cachePrefixes = {
  prices: "stripe:prices:",
  subscription: "stripe:subscription:",
  customer: "stripe:customer:",
} as const;

interface MemoryEntry {
  value: unknown;
  /** Fresh in memory until then (ms). */
  memoryUntil: number;
}

export interface LayerTiming {
  count: number;
  totalMs: number;
  maxMs: number;
  /** Every duration (ms), up to `maxSamples`, for percentiles. */
  samples: number[];
}

export interface CacheStats {
  requests: number;
  memory: number;
  store: number;
  origin: number;
  stale: number;
  /** Loader (Stripe) calls actually made; concurrent misses of one key share one call. */
  originCalls: number;
  originErrors: number;
  storeErrors: number;
  timings: Record<CacheLayer, LayerTiming>;
}

export interface StripeCacheOptions {
  /** Clock in ms (tests). */
  now?: () => number;
  memoryMaxTtlSeconds?: number;
  /** How long a stale value is served after a failed refresh before Stripe is asked again. */
  outageRetrySeconds?: number;
  /** Which loader failures may be answered with a stale value (default: Stripe outages). */
  isOutage?: (err: unknown) => boolean;
  log?: Logger;
  /** Memory entries kept at most (oldest dropped first). */
  maxEntries?: number;
  maxSamples?: number;
  /** Put before every key, in memory and in cache_store (isolates tests and benchmarks sharing a database). */
  keyPrefix?: string;
}

function emptyTiming(): LayerTiming {
  return { count: 0, totalMs: 0, maxMs: 0, samples: [] };
}

function emptyStats(): CacheStats {
  return {
    requests: 0,
    memory: 0,
    store: 0,
    origin: 0,
    stale: 0,
    originCalls: 0,
    originErrors: 0,
    storeErrors: 0,
    timings: { memory: emptyTiming(), store: emptyTiming(), origin: emptyTiming(), stale: emptyTiming() },
  };
}

/**
 * `get(key, ttl, loader)`: memory if fresh, else `cache_store` if fresh (copied to memory), else the loader
 * (written to both). When the loader fails with an outage, the last value known (memory or `cache_store`,
 * even expired) is returned as `stale`; without one the error is rethrown. A `cache_store` failure never
 * fails a read: it falls through to Stripe.
 */
export class StripeCache {
  readonly #sql: Sql | null;
  readonly #now: () => number;
  readonly #memoryMaxMs: number;
  readonly #outageRetryMs: number;
  readonly #isOutage: (err: unknown) => boolean;
  readonly #log: Logger;
  readonly #maxEntries: number;
  readonly #maxSamples: number;
  readonly #prefix: string;
  readonly #memory = new Map<string, MemoryEntry>();
  readonly #inflight = new Map<string, Promise<CacheResult<unknown>>>();
  /** Keys whose refresh failed with an outage: until when their stale value is served without asking Stripe. */
  readonly #retryAt = new Map<string, number>();
  #stats = emptyStats();

  constructor(sql: Sql | null, options: StripeCacheOptions = {}) {
    this.#sql = sql;
    this.#now = options.now ?? Date.now;
    this.#memoryMaxMs = (options.memoryMaxTtlSeconds ?? MEMORY_MAX_TTL_SECONDS) * 1000;
    this.#outageRetryMs = (options.outageRetrySeconds ?? OUTAGE_RETRY_SECONDS) * 1000;
    this.#isOutage = options.isOutage ?? isStripeOutage;
    this.#log = options.log ?? consoleLogger;
    this.#maxEntries = options.maxEntries ?? 1000;
    this.#maxSamples = options.maxSamples ?? 100_000;
    this.#prefix = options.keyPrefix ?? "";
  }

  async get<T>(key: string, ttlSeconds: number, loader: () => Promise<T>): Promise<CacheResult<T>> {
    const started = performance.now();
    this.#stats.requests++;
    const result = await this.#get(this.#prefix + key, ttlSeconds, loader as () => Promise<unknown>);
    this.#record(result.layer, performance.now() - started);
    return result as CacheResult<T>;
  }

  async #get(key: string, ttlSeconds: number, loader: () => Promise<unknown>): Promise<CacheResult<unknown>> {
    const now = this.#now();
    const mem = this.#memory.get(key);
    if (mem && mem.memoryUntil > now) {
      return { value: mem.value, layer: "memory" };
    }
    // Stripe failed to refresh this key a moment ago: do not ask it again on every request.
    if (mem && (this.#retryAt.get(key) ?? 0) > now) {
      return { value: mem.value, layer: "stale" };
    }
    // Concurrent misses of one key in this instance share one store read and one Stripe call.
    let pending = this.#inflight.get(key);
    if (!pending) {
      pending = this.#miss(key, ttlSeconds, loader).finally(() => this.#inflight.delete(key));
      this.#inflight.set(key, pending);
    }
    return await pending;
  }

  async #miss(
    key: string,
    ttlSeconds: number,
    loader: () => Promise<unknown>,
  ): Promise<CacheResult<unknown>> {
    let staleValue: { value: unknown } | null = null;
    const mem = this.#memory.get(key);
    if (mem) {
      staleValue = { value: mem.value };
    }
    if (this.#sql) {
      try {
        const rows = await this.#sql<{ value: unknown; expires_at: Date }[]>`
          select value, expires_at from public.cache_store where key = ${key}`;
        if (rows.length > 0) {
          const expiresAt = rows[0].expires_at.getTime();
          const now = this.#now();
          if (expiresAt > now) {
            this.#remember(key, rows[0].value, Math.min(expiresAt, now + ttlSeconds * 1000));
            return { value: rows[0].value, layer: "store" };
          }
          staleValue = { value: rows[0].value };
        }
      } catch (err) {
        this.#stats.storeErrors++;
        this.#log(redact(`cache: reading cache_store failed: ${err instanceof Error ? err.message : err}`));
      }
    }
    let value: unknown;
    try {
      this.#stats.originCalls++;
      value = await loader();
    } catch (err) {
      this.#stats.originErrors++;
      if (staleValue && this.#isOutage(err)) {
        this.#log(`cache: Stripe unavailable, serving ${key} stale`);
        const now = this.#now();
        this.#retryAt.set(key, now + this.#outageRetryMs);
        if (!this.#memory.has(key)) {
          this.#memory.set(key, { value: staleValue.value, memoryUntil: now }); // known, not fresh
        }
        return { value: staleValue.value, layer: "stale" };
      }
      throw err;
    }
    const now = this.#now();
    this.#retryAt.delete(key);
    this.#remember(key, value, now + ttlSeconds * 1000);
    if (this.#sql) {
      try {
        const expiresAt = new Date(now + ttlSeconds * 1000);
        await this.#sql`
          insert into public.cache_store (key, value, expires_at, updated_at)
          values (${key}, ${this.#sql.json(value as never)}, ${expiresAt}, now())
          on conflict (key) do update
            set value = excluded.value, expires_at = excluded.expires_at, updated_at = excluded.updated_at`;
      } catch (err) {
        this.#stats.storeErrors++;
        this.#log(redact(`cache: writing cache_store failed: ${err instanceof Error ? err.message : err}`));
      }
    }
    return { value, layer: "origin" };
  }

  #remember(key: string, value: unknown, freshUntil: number): void {
    const memoryUntil = Math.min(freshUntil, this.#now() + this.#memoryMaxMs);
    this.#memory.delete(key);
    this.#memory.set(key, { value, memoryUntil });
    while (this.#memory.size > this.#maxEntries) {
      const oldest = this.#memory.keys().next().value as string;
      this.#memory.delete(oldest);
    }
  }

  /** Drops every key starting with `prefix` from memory and from `cache_store`; returns the rows deleted. */
  async invalidate(keyPrefix: string): Promise<number> {
    const prefix = this.#prefix + keyPrefix;
    for (const key of [...this.#memory.keys()]) {
      if (key.startsWith(prefix)) {
        this.#memory.delete(key);
      }
    }
    if (!this.#sql) {
      return 0;
    }
    const result = await this.#sql`delete from public.cache_store where starts_with(key, ${prefix})`;
    return result.count;
  }

  /** Forgets this instance's memory layer only (a new instance). */
  clearMemory(): void {
    this.#memory.clear();
  }

  #record(layer: CacheLayer, ms: number): void {
    this.#stats[layer]++;
    const t = this.#stats.timings[layer];
    t.count++;
    t.totalMs += ms;
    t.maxMs = Math.max(t.maxMs, ms);
    if (t.samples.length < this.#maxSamples) {
      t.samples.push(ms);
    }
  }

  /** Counters and timings per layer since creation or the last reset (a copy). */
  stats(): CacheStats {
    return structuredClone(this.#stats);
  }

  resetStats(): void {
    this.#stats = emptyStats();
  }
}

/** The p-th percentile (0..100) of samples, 0 when empty. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) {
    return 0;
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}
