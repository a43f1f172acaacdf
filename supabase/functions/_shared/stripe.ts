// THE Stripe client factory: stripe-node pinned (import map) and the API version pinned here.
import Stripe from "stripe";
import { HttpError } from "./http.ts";

export { Stripe };

/** The API version stripe-node 23.2.0 is built for; every request sends it. */
export const STRIPE_API_VERSION = "2026-11-18.endive" as const;

export interface StripeOptions {
  secretKey: string;
  /** e.g. `http://127.0.0.1:PORT` (a local stand-in); default Stripe's own API. */
  apiBase?: string;
  maxNetworkRetries?: number;
  /** Request timeout in ms (default 20 s). */
  timeout?: number;
}

/** host/port/protocol for stripe-node from an API base URL. */
export function apiBaseOptions(apiBase: string): { host: string; port: number; protocol: "http" | "https" } {
  const url = new URL(apiBase);
  const protocol = url.protocol === "http:" ? "http" : url.protocol === "https:" ? "https" : null;
  if (!protocol || !url.hostname) {
    throw new Error("STRIPE_API_BASE must be an http(s) URL");
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const port = url.port ? Number(url.port) : protocol === "https" ? 443 : 80;
  return { host, port, protocol };
}

export function createStripe(options: StripeOptions): Stripe {
  if (!options.secretKey) {
    throw new Error("the Stripe secret key is not configured");
  }
  return new Stripe(options.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    httpClient: Stripe.createFetchHttpClient(),
    maxNetworkRetries: options.maxNetworkRetries ?? 2,
    timeout: options.timeout ?? 20_000,
    telemetry: false,
    ...(options.apiBase ? apiBaseOptions(options.apiBase) : {}),
  });
}

/** Web Crypto for webhook signatures (`constructEventAsync(..., cryptoProvider)`). */
export const cryptoProvider = Stripe.createSubtleCryptoProvider();

/** Stripe unreachable or failing on its side (network, 5xx, rate limit): worth a stale answer. */
export function isStripeOutage(err: unknown): boolean {
  if (!err || typeof err !== "object") {
    return false;
  }
  const e = err as { type?: unknown; statusCode?: unknown; name?: unknown };
  if (
    e.type === "StripeConnectionError" || e.type === "StripeAPIError" || e.type === "StripeRateLimitError"
  ) {
    return true;
  }
  if (typeof e.statusCode === "number") {
    return e.statusCode >= 500 || e.statusCode === 429;
  }
  // A network failure below stripe-node (fetch's TypeError, a timeout or abort) has no status.
  return e.name === "TypeError" || e.name === "TimeoutError" || e.name === "AbortError";
}

/** True for Stripe's "No such ..." (404 resource_missing). */
export function isStripeNotFound(err: unknown): boolean {
  const e = err as { statusCode?: unknown; code?: unknown } | null;
  return !!e && (e.statusCode === 404 || e.code === "resource_missing");
}

/** An outage becomes 502 `stripe_unavailable` (no Stripe detail in the response); anything else is rethrown. */
export function rethrowStripe(err: unknown): never {
  if (isStripeOutage(err)) {
    throw new HttpError(502, "stripe_unavailable", "Billing is temporarily unavailable; try again shortly");
  }
  throw err;
}

/**
 * Runs a Stripe write for a user's request: Stripe's 400 (a parameter it refused) becomes 400
 * `invalid_request` (the detail goes to the log only), an outage 502 `stripe_unavailable`.
 */
export async function callStripe<T>(
  what: string,
  fn: () => Promise<T>,
  log?: (line: string) => void,
): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if ((err as { statusCode?: unknown } | null)?.statusCode === 400) {
      log?.(`Stripe refused the ${what}: ${(err as Error).message}`);
      throw new HttpError(400, "invalid_request", `Stripe refused the ${what}`);
    }
    rethrowStripe(err);
  }
}
