// list-invoices: the signed-in user's Stripe invoices, newest first, paged like Stripe (never cached).
import { requireUser } from "../_shared/auth.ts";
import { findCustomerId } from "../_shared/customer.ts";
import { type BillingDeps, billingDepsFromEnv } from "../_shared/deps.ts";
import { handle, HttpError, json, readJsonObject, requireMethod } from "../_shared/http.ts";
import { isStripeNotFound, rethrowStripe, type Stripe } from "../_shared/stripe.ts";

export type InvoicesDeps = Pick<BillingDeps, "jwtSecret" | "sql" | "stripe" | "log" | "secrets">;

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

function readLimit(value: unknown): number {
  if (value === undefined || value === null) {
    return DEFAULT_LIMIT;
  }
  const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n)) {
    throw new HttpError(400, "invalid_request", "limit must be an integer");
  }
  return Math.min(MAX_LIMIT, Math.max(1, n));
}

export function makeHandler(deps: InvoicesDeps): (req: Request) => Promise<Response> {
  return handle(async (req) => {
    requireMethod(req, "POST", "GET");
    const user = await requireUser(req, deps.jwtSecret);
    const body = await readJsonObject(req);
    const query = new URL(req.url).searchParams;
    const limit = readLimit(body.limit ?? query.get("limit") ?? undefined);
    const startingAfter = body.starting_after ?? query.get("starting_after") ?? undefined;
    if (startingAfter !== undefined && startingAfter !== null && typeof startingAfter !== "string") {
      throw new HttpError(400, "invalid_request", "starting_after must be an invoice id");
    }
    const empty = { object: "list", data: [], has_more: false, url: "/v1/invoices" };
    const customer = await findCustomerId(deps.sql, user.sub);
    if (!customer) {
      return json(200, empty);
    }
    let list: Stripe.ApiList<Stripe.Invoice>;
    try {
      list = await deps.stripe.invoices.list({
        customer,
        limit,
        ...(startingAfter ? { starting_after: startingAfter } : {}),
      });
    } catch (err) {
      if (isStripeNotFound(err) || (err as { statusCode?: unknown }).statusCode === 400) {
        throw new HttpError(400, "invalid_request", "starting_after must be one of your invoices");
      }
      rethrowStripe(err);
    }
    // Only this customer's invoices, whatever Stripe answered.
    const data = list.data.filter((inv) =>
      (typeof inv.customer === "string" ? inv.customer : inv.customer?.id) === customer
    );
    return json(200, { object: "list", data, has_more: list.has_more, url: "/v1/invoices" });
  }, { name: "list-invoices", log: deps.log, secrets: deps.secrets });
}

export function depsFromEnv(): BillingDeps {
  return billingDepsFromEnv();
}
