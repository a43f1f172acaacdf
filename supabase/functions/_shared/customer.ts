// The user's Stripe customer: looked up in subscription_settings, created on first need, once per user.
import type { Sql } from "./db.ts";
import { HttpError } from "./http.ts";
import { rethrowStripe, type Stripe } from "./stripe.ts";

export interface UserRef {
  id: string;
  email?: string;
}

/** The stored customer id of a user; 401 `not_signed_in` when the user has no row (deleted account). */
export async function findCustomerId(sql: Sql, userId: string): Promise<string | null> {
  const rows = await sql<{ stripe_customer_id: string | null }[]>`
    select stripe_customer_id from public.subscription_settings where user_id = ${userId}`;
  if (rows.length === 0) {
    throw new HttpError(401, "not_signed_in", "Sign in first");
  }
  return rows[0].stripe_customer_id;
}

/** Stripe's Idempotency-Key for creating a user's customer. */
export function customerIdempotencyKey(userId: string): string {
  return `streamvibe-customer-create-${userId}`;
}

function isIdempotencyConflict(err: unknown): boolean {
  const e = err as { statusCode?: unknown; type?: unknown; code?: unknown } | null;
  return !!e && (e.statusCode === 409 || e.code === "idempotency_key_in_use");
}

/**
 * The user's customer id, creating the customer when there is none. Race safe: concurrent calls for one
 * user serialize on the user's subscription_settings row (`for update`) and re-read it; the creation itself
 * carries an Idempotency-Key derived from the user id, so even a retry after a crash between Stripe and the
 * database gets the same customer back.
 */
export async function ensureCustomer(sql: Sql, stripe: Stripe, user: UserRef): Promise<string> {
  const existing = await findCustomerId(sql, user.id);
  if (existing) {
    return existing;
  }
  return await sql.begin(async (tx) => {
    const rows = await tx<{ stripe_customer_id: string | null; email: string | null }[]>`
      select s.stripe_customer_id, p.email
        from public.subscription_settings s
        left join public.profiles p on p.id = s.user_id
       where s.user_id = ${user.id}
         for update of s`;
    if (rows.length === 0) {
      throw new HttpError(401, "not_signed_in", "Sign in first");
    }
    if (rows[0].stripe_customer_id) {
      return rows[0].stripe_customer_id;
    }
    const email = user.email || rows[0].email || undefined;
    const customer = await createCustomer(stripe, user.id, email);
    await tx`
      update public.subscription_settings
         set stripe_customer_id = ${customer.id}, updated_at = now()
       where user_id = ${user.id}`;
    return customer.id;
  }) as string;
}

async function createCustomer(
  stripe: Stripe,
  userId: string,
  email: string | undefined,
): Promise<Stripe.Customer> {
  const params: Stripe.CustomerCreateParams = email
    ? { email, metadata: { user_id: userId } }
    : { metadata: { user_id: userId } };
  for (let attempt = 0;; attempt++) {
    try {
      return await stripe.customers.create(params, { idempotencyKey: customerIdempotencyKey(userId) });
    } catch (err) {
      // Another request with the same key still in flight at Stripe: wait for it, then get its result.
      if (isIdempotencyConflict(err) && attempt < 5) {
        await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)));
        continue;
      }
      // The key was used within Stripe's 24 h with other parameters (the email changed after a creation
      // that never reached the database): that customer is the user's, found by its metadata.user_id.
      if ((err as { type?: unknown }).type === "StripeIdempotencyError") {
        const found = await findCreatedCustomer(stripe, userId, email);
        if (found) {
          return found;
        }
        return await stripe.customers.create(params, {
          idempotencyKey: `${customerIdempotencyKey(userId)}-${await digest(JSON.stringify(params))}`,
        });
      }
      rethrowStripe(err);
    }
  }
}

async function findCreatedCustomer(
  stripe: Stripe,
  userId: string,
  email: string | undefined,
): Promise<Stripe.Customer | null> {
  try {
    const found = await stripe.customers.search({ query: `metadata['user_id']:'${userId}'`, limit: 10 });
    if (found.data.length > 0) {
      return found.data[0];
    }
    if (!email) {
      return null;
    }
    const list = await stripe.customers.list({ email, limit: 100 });
    return list.data.find((c) => c.metadata?.user_id === userId) ?? null;
  } catch (err) {
    rethrowStripe(err);
  }
}

async function digest(text: string): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(hash.slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
}
