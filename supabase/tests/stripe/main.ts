// Runs the Stripe stand-in as a process (for the app's local stack):
//   deno run -A supabase/tests/stripe/main.ts --port 0 --write-url FILE [--secret-key sk_test_…]
//     [--webhook-secret whsec_…] [--webhook-url URL] [--seed]
// Keys default to STRIPE_SECRET_KEY / STRIPE_WEBHOOK_SECRET from the environment.
import { startStripeStandIn } from "./stand-in.ts";

function arg(name: string): string | undefined {
  const i = Deno.args.indexOf(`--${name}`);
  return i >= 0 ? Deno.args[i + 1] : undefined;
}

const secretKey = arg("secret-key") ?? Deno.env.get("STRIPE_SECRET_KEY") ?? "sk_test_standin";
const standIn = startStripeStandIn({
  port: Number(arg("port") ?? 0),
  secretKey,
  webhookSecret: arg("webhook-secret") ?? Deno.env.get("STRIPE_WEBHOOK_SECRET") ?? undefined,
  webhookUrl: arg("webhook-url"),
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
