// create-portal-session: a Stripe customer portal session for the signed-in user (customer created if none).
import { requireUser } from "../_shared/auth.ts";
import { ensureCustomer } from "../_shared/customer.ts";
import { type BillingDeps, billingDepsFromEnv } from "../_shared/deps.ts";
import { handle, HttpError, json, parseHttpUrl, readJsonObject, requireMethod } from "../_shared/http.ts";
import { callStripe } from "../_shared/stripe.ts";

export type PortalDeps = Pick<BillingDeps, "jwtSecret" | "sql" | "stripe" | "log" | "secrets">;

export function makeHandler(deps: PortalDeps): (req: Request) => Promise<Response> {
  return handle(async (req) => {
    requireMethod(req, "POST", "GET");
    const user = await requireUser(req, deps.jwtSecret);
    const body = await readJsonObject(req);
    const hasReturnUrl = body.return_url !== undefined && body.return_url !== null && body.return_url !== "";
    if (hasReturnUrl && !parseHttpUrl(body.return_url)) {
      throw new HttpError(400, "invalid_url", "return_url must be an absolute URL");
    }
    const customer = await ensureCustomer(deps.sql, deps.stripe, { id: user.sub, email: user.email });
    const session = await callStripe("portal session", () =>
      deps.stripe.billingPortal.sessions.create({
        customer,
        ...(hasReturnUrl ? { return_url: String(body.return_url) } : {}),
      }), deps.log);
    return json(200, { id: session.id, url: session.url });
  }, { name: "create-portal-session", log: deps.log, secrets: deps.secrets });
}

export function depsFromEnv(): BillingDeps {
  return billingDepsFromEnv();
}
