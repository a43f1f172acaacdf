// Runs the Stripe stand-in as a process (for the app's local stack):
//   deno run -A supabase/tests/stripe/main.ts --port 0 --write-url FILE [--secret-key sk_test_…]
//     [--webhook-secret whsec_…] [--webhook-url URL] [--retry-base-ms MS] [--max-retries N] [--seed]
// Keys default to STRIPE_SECRET_KEY / STRIPE_WEBHOOK_SECRET from the environment. With --webhook-url, every
// event is delivered there, signed, failures retried after MS, 2 x MS, 4 x MS (webhooks.ts: Stripe's own
// schedule is hours; the default MS is 30 minutes).
import { startStripeStandIn } from "./stand-in.ts";

function arg(name: string): string | undefined {
  const i = Deno.args.indexOf(`--${name}`);
  return i >= 0 ? Deno.args[i + 1] : undefined;
}

function numberArg(name: string): number | undefined {
  const v = arg(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} takes a non-negative integer`);
    Deno.exit(2);
  }
  return n;
}

const secretKey = arg("secret-key") ?? Deno.env.get("STRIPE_SECRET_KEY") ?? "sk_test_standin";
const standIn = startStripeStandIn({
  port: numberArg("port") ?? 0,
  secretKey,
  webhookSecret: arg("webhook-secret") ?? Deno.env.get("STRIPE_WEBHOOK_SECRET") ?? undefined,
  webhookUrl: arg("webhook-url"),
  retryBaseMs: numberArg("retry-base-ms"),
  maxRetries: numberArg("max-retries"),
});
if (Deno.args.includes("--seed")) standIn.seedCatalogue();
const file = arg("write-url");
if (file) await Deno.writeTextFile(file, standIn.url + "\n");
console.log(`stripe stand-in listening on ${standIn.url}`);
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  Deno.addSignalListener(sig, async () => {
    await standIn.close();
    Deno.exit(0);
  });
}
