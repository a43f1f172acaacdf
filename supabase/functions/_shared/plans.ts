// StreamVibe's plans as Stripe holds them: prices whose product names a plan (`metadata.plan`, `metadata.quota`).
import type { Stripe } from "./stripe.ts";

export const PLANS = ["free", "basic", "premium"] as const;
export type PlanId = typeof PLANS[number];

export const CURRENCIES = ["usd", "eur", "jpy"] as const;
export type Currency = typeof CURRENCIES[number];

export function isPlanId(value: unknown): value is PlanId {
  return typeof value === "string" && (PLANS as readonly string[]).includes(value);
}

export function isCurrency(value: unknown): value is Currency {
  return typeof value === "string" && (CURRENCIES as readonly string[]).includes(value);
}

/** The expanded product of a price, when it is one of StreamVibe's plans. */
export function planProduct(price: Stripe.Price): Stripe.Product | null {
  const product = price.product;
  if (!product || typeof product !== "object" || (product as { deleted?: boolean }).deleted) {
    return null;
  }
  const p = product as Stripe.Product;
  const quota = p.metadata?.quota;
  if (!isPlanId(p.metadata?.plan) || typeof quota !== "string" || !/^\d+$/.test(quota)) {
    return null;
  }
  return p;
}

/** An active recurring price of an active plan product. */
export function isPlanPrice(price: Stripe.Price): boolean {
  const product = planProduct(price);
  return !!product && product.active !== false && price.active && price.type === "recurring" &&
    !!price.recurring;
}

/** A price a checkout may sell: a plan's licensed recurring price with a non-zero amount. */
export function isPurchasable(price: Stripe.Price): boolean {
  return isPlanPrice(price) && price.recurring?.usage_type === "licensed" &&
    typeof price.unit_amount === "number" &&
    price.unit_amount > 0;
}

/**
 * A price list-plans shows the app: the licensed prices and the monthly metered overage price of each plan
 * (the app's contract: 9 prices a currency). The yearly metered overage price only exists because a Checkout
 * session takes one billing interval: it bills a yearly plan's overage at the same amount, and checkout
 * attaches it (see create-checkout-session); the app never offers it.
 */
export function isListedPlanPrice(price: Stripe.Price): boolean {
  return price.recurring?.usage_type !== "metered" || price.recurring.interval === "month";
}

const INTERVAL_ORDER: Record<string, number> = { day: 0, week: 1, month: 2, year: 3 };

/** Free, Basic, Premium; in each, licensed prices by interval, then metered ones. */
export function comparePlanPrices(a: Stripe.Price, b: Stripe.Price): number {
  const plan = (p: Stripe.Price) => PLANS.indexOf(planProduct(p)?.metadata.plan as PlanId);
  const metered = (p: Stripe.Price) => (p.recurring?.usage_type === "metered" ? 1 : 0);
  const interval = (p: Stripe.Price) => INTERVAL_ORDER[p.recurring?.interval ?? "month"] ?? 9;
  return plan(a) - plan(b) || metered(a) - metered(b) || interval(a) - interval(b) ||
    (a.created ?? 0) - (b.created ?? 0) || a.id.localeCompare(b.id);
}

/** Every active recurring price of the currency that belongs to a plan, with its product expanded, in order. */
export async function fetchPlanPrices(stripe: Stripe, currency: Currency): Promise<Stripe.Price[]> {
  const prices: Stripe.Price[] = [];
  let startingAfter: string | undefined;
  for (let page = 0; page < 20; page++) {
    const list = await stripe.prices.list({
      active: true,
      currency,
      type: "recurring",
      expand: ["data.product"],
      limit: 100,
      ...(startingAfter ? { starting_after: startingAfter } : {}),
    });
    for (const price of list.data) {
      // Filter again: a stand-in or an older API may ignore a filter.
      if (price.currency === currency && isPlanPrice(price)) {
        prices.push(price);
      }
    }
    if (!list.has_more || list.data.length === 0) {
      break;
    }
    startingAfter = list.data[list.data.length - 1].id;
  }
  return prices.sort(comparePlanPrices);
}
