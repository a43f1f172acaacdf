// What the billing functions are given: built from the environment in production, by hand in tests.
import { StripeCache } from "./cache.ts";
import { createDb, type Sql } from "./db.ts";
import { EnvReader } from "./env.ts";
import type { Logger } from "./http.ts";
import { createStripe, type Stripe } from "./stripe.ts";

export interface BillingDeps {
  /** The project's JWT secret (HS256) the user tokens are checked against. */
  jwtSecret: string;
  sql: Sql;
  stripe: Stripe;
  cache: StripeCache;
  log?: Logger;
  /** Values never to be logged. */
  secrets?: string[];
}

/** STREAMVIBE_JWT_SECRET, STRIPE_SECRET_KEY, SUPABASE_DB_URL (required), STRIPE_API_BASE (optional). */
export function billingDepsFromEnv(env: EnvReader = new EnvReader()): BillingDeps {
  const jwtSecret = env.required("STREAMVIBE_JWT_SECRET");
  const secretKey = env.required("STRIPE_SECRET_KEY");
  const dbUrl = env.required("SUPABASE_DB_URL");
  env.done();
  const sql = createDb(dbUrl);
  return {
    jwtSecret,
    sql,
    stripe: createStripe({ secretKey, apiBase: env.optional("STRIPE_API_BASE") }),
    cache: new StripeCache(sql),
    secrets: [jwtSecret, secretKey],
  };
}
