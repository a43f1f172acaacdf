// create-checkout-session: a Stripe Checkout session (mode subscription) for one of the plans' prices.
import { requireUser } from "../_shared/auth.ts";
import { cacheKeys, TTL } from "../_shared/cache.ts";
import { ensureCustomer } from "../_shared/customer.ts";
import { type BillingDeps, billingDepsFromEnv } from "../_shared/deps.ts";
import { handle, HttpError, json, parseHttpUrl, readJsonObject, requireMethod } from "../_shared/http.ts";
import { fetchPlanPrices, isCurrency, isPurchasable, planProduct } from "../_shared/plans.ts";
import { callStripe, isStripeNotFound, rethrowStripe, type Stripe } from "../_shared/stripe.ts";

export type CheckoutDeps = BillingDeps;

async function retrievePrice(stripe: Stripe, priceId: string): Promise<Stripe.Price | null> {
  try {
    return await stripe.prices.retrieve(priceId, { expand: ["product"] });
  } catch (err) {
    if (isStripeNotFound(err)) {
      return null;
    }
    rethrowStripe(err);
  }
}

/**
 * The plan's metered overage price (same product, currency and interval), billed from the meter events the
 * usage report sends; null when the plan has none. Read through the cached plan list.
 */
async function overagePrice(deps: CheckoutDeps, price: Stripe.Price): Promise<Stripe.Price | null> {
  if (!isCurrency(price.currency)) {
    return null;
  }
  const currency = price.currency;
  const productId = planProduct(price)?.id;
  try {
    const { value } = await deps.cache.get(
      cacheKeys.prices(currency),
      TTL.prices,
      () => fetchPlanPrices(deps.stripe, currency),
    );
    return value.find((p) =>
      planProduct(p)?.id === productId && p.recurring?.usage_type === "metered" &&
      p.recurring.interval === price.recurring?.interval &&
      (p.recurring.interval_count ?? 1) === (price.recurring?.interval_count ?? 1)
    ) ?? null;
  } catch (err) {
    rethrowStripe(err);
  }
}

export function makeHandler(deps: CheckoutDeps): (req: Request) => Promise<Response> {
  return handle(async (req) => {
    requireMethod(req, "POST", "GET");
    const user = await requireUser(req, deps.jwtSecret);
    const body = await readJsonObject(req);

    const priceId = body.price_id;
    if (typeof priceId !== "string" || priceId.trim() === "" || priceId.length > 255) {
      throw new HttpError(400, "invalid_price", "price_id must name a price");
    }
    const price = await retrievePrice(deps.stripe, priceId);
    if (!price) {
      throw new HttpError(400, "invalid_price", `No such price: '${priceId}'`);
    }
    if (!isPurchasable(price)) {
      throw new HttpError(400, "invalid_price", `Price '${priceId}' cannot be bought through checkout`);
    }
    const successUrl = parseHttpUrl(body.success_url);
    const cancelUrl = parseHttpUrl(body.cancel_url);
    if (!successUrl || !cancelUrl) {
      throw new HttpError(400, "invalid_url", "success_url and cancel_url must be absolute URLs");
    }

    const customer = await ensureCustomer(deps.sql, deps.stripe, { id: user.sub, email: user.email });
    const overage = await overagePrice(deps, price);
    const lineItems: Stripe.Checkout.SessionCreateParams.LineItem[] = [{ price: price.id, quantity: 1 }];
    if (overage) {
      lineItems.push({ price: overage.id });
    }
    const session = await callStripe("checkout session", () =>
      deps.stripe.checkout.sessions.create({
        mode: "subscription",
        customer,
        client_reference_id: user.sub,
        line_items: lineItems,
        // Stripe expects {CHECKOUT_SESSION_ID} literally; URL parsing would have encoded the braces.
        success_url: String(body.success_url),
        cancel_url: String(body.cancel_url),
        metadata: { user_id: user.sub },
        subscription_data: { metadata: { user_id: user.sub } },
      }), deps.log);
    return json(200, { id: session.id, url: session.url });
  }, { name: "create-checkout-session", log: deps.log, secrets: deps.secrets });
}

export function depsFromEnv(): CheckoutDeps {
  return billingDepsFromEnv();
}
