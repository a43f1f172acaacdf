// list-plans: StreamVibe's plan prices in one currency, as a Stripe list, through the Stripe read cache.
import { requireJwt } from "../_shared/auth.ts";
import { cacheKeys, TTL } from "../_shared/cache.ts";
import { type BillingDeps, billingDepsFromEnv } from "../_shared/deps.ts";
import { handle, HttpError, json, readJsonObject, requireMethod } from "../_shared/http.ts";
import { CURRENCIES, fetchPlanPrices, isCurrency, isListedPlanPrice } from "../_shared/plans.ts";
import { rethrowStripe } from "../_shared/stripe.ts";

export type ListPlansDeps = Pick<BillingDeps, "jwtSecret" | "stripe" | "cache" | "log" | "secrets">;

export function makeHandler(deps: ListPlansDeps): (req: Request) => Promise<Response> {
  return handle(async (req) => {
    requireMethod(req, "POST", "GET");
    await requireJwt(req, deps.jwtSecret);
    const body = await readJsonObject(req);
    const requested = body.currency ?? new URL(req.url).searchParams.get("currency") ?? "usd";
    const currency = typeof requested === "string" ? requested.toLowerCase() : requested;
    if (!isCurrency(currency)) {
      throw new HttpError(
        400,
        "unsupported_currency",
        `Unsupported currency: ${String(requested).slice(0, 16)} (use ${CURRENCIES.join(", ")})`,
      );
    }
    let result;
    try {
      result = await deps.cache.get(
        cacheKeys.prices(currency),
        TTL.prices,
        () => fetchPlanPrices(deps.stripe, currency),
      );
    } catch (err) {
      rethrowStripe(err);
    }
    // The cache holds every plan price (checkout reads the yearly overage price from it); the app is shown
    // the listed ones.
    const data = result.value.filter(isListedPlanPrice);
    return json(200, { object: "list", data, has_more: false, url: "/v1/prices" }, {
      "X-Cache": result.layer,
      "Cache-Control": "no-store",
    });
  }, { name: "list-plans", log: deps.log, secrets: deps.secrets });
}

export function depsFromEnv(): BillingDeps {
  return billingDepsFromEnv();
}
