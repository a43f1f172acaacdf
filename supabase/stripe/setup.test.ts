// The catalogue setup against the Stripe stand-in: the first run creates everything, the second nothing, a
// changed amount makes one new price that takes the lookup key over.
import assert from "node:assert/strict";
import { createStripe, type Stripe } from "../functions/_shared/stripe.ts";
import { fetchPlanPrices, isListedPlanPrice } from "../functions/_shared/plans.ts";
import { startStripeStandIn, type StripeStandIn } from "../tests/stripe/stand-in.ts";
import { type Action, applyCatalogue, type Catalogue, main, summary, wantedPrices } from "./setup.ts";

const CATALOGUE_URL = new URL("./catalogue.json", import.meta.url);

async function catalogue(): Promise<Catalogue> {
  return JSON.parse(await Deno.readTextFile(CATALOGUE_URL)) as Catalogue;
}

async function withStandIn(fn: (standIn: StripeStandIn, stripe: Stripe) => Promise<void>): Promise<void> {
  const secretKey = "sk_test_setup_" + crypto.randomUUID().replaceAll("-", "");
  const standIn = startStripeStandIn({ secretKey });
  try {
    await fn(standIn, createStripe({ secretKey, apiBase: standIn.url, maxNetworkRetries: 0 }));
  } finally {
    await standIn.close();
  }
}

function verbs(actions: Action[], object?: Action["object"]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of actions.filter((x) => !object || x.object === object)) out[a.verb] = (out[a.verb] ?? 0) + 1;
  return out;
}

const writes = (standIn: StripeStandIn) => standIn.apiRequests({ method: "POST" }).length;

Deno.test("the catalogue: 3 products x 4 kinds x 3 currencies, unique lookup keys, the sandbox's amounts", async () => {
  const c = await catalogue();
  const prices = wantedPrices(c);
  assert.equal(prices.length, 36);
  const byKey = new Map(prices.map((p) => [p.lookup_key, p]));
  assert.equal(byKey.get("basic_monthly_usd")?.unit_amount, 999);
  assert.equal(byKey.get("premium_yearly_jpy")?.unit_amount, 45000);
  assert.equal(byKey.get("free_overage_jpy")?.unit_amount, 3);
  const overage = byKey.get("basic_overage_eur")!;
  assert.equal(overage.usage_type, "metered");
  assert.deepEqual(overage.transform_quantity, { divide_by: 1000, round: "up" });
  // Yearly plans' overage: a yearly metered price at the same amount per 1,000 units, on the same meter.
  for (const w of prices.filter((p) => p.kind === "overage")) {
    const yearly = byKey.get(`${w.plan}_overage_yearly_${w.currency}`)!;
    assert.deepEqual(
      { ...yearly, lookup_key: w.lookup_key, kind: w.kind, nickname: w.nickname, interval: "month" },
      w,
    );
    assert.equal(yearly.interval, "year");
  }
  assert.equal(c.meter.event_name, "streamvibe_api_units");
});

Deno.test("first run creates the meter, products and prices; a second run creates nothing", async () => {
  await withStandIn(async (standIn, stripe) => {
    const c = await catalogue();
    const first = await applyCatalogue(stripe, c);
    assert.deepEqual(verbs(first, "meter"), { create: 1 });
    assert.deepEqual(verbs(first, "product"), { create: 3 });
    assert.deepEqual(verbs(first, "price"), { create: 36 });

    // Every plan price of a currency (list-plans shows 9 of them, leaving out the yearly overage): products
    // with plan + quota, both overage prices on the meter.
    const meters = await stripe.billing.meters.list();
    assert.equal(meters.data.length, 1);
    const meter = meters.data[0];
    assert.equal(meter.event_name, "streamvibe_api_units");
    assert.equal(meter.default_aggregation.formula, "sum");
    assert.equal(meter.customer_mapping.event_payload_key, "stripe_customer_id");
    assert.equal(meter.value_settings.event_payload_key, "value");
    for (const currency of ["usd", "eur", "jpy"] as const) {
      const plans = await fetchPlanPrices(stripe, currency);
      assert.equal(plans.length, 12, currency);
      assert.equal(plans.filter(isListedPlanPrice).length, 9, currency);
      for (const price of plans) {
        const product = price.product as Stripe.Product;
        assert.match(
          price.lookup_key ?? "",
          new RegExp(`^${product.metadata.plan}_(monthly|yearly|overage|overage_yearly)_${currency}$`),
        );
        if (price.recurring?.usage_type === "metered") {
          assert.equal(price.recurring.meter, meter.id);
          assert.equal(
            price.recurring.interval,
            price.lookup_key?.includes("_overage_yearly_") ? "year" : "month",
          );
          assert.deepEqual(
            { divide_by: price.transform_quantity?.divide_by, round: price.transform_quantity?.round },
            { divide_by: 1000, round: "up" },
          );
        }
      }
      const basic = plans.find((p) => p.lookup_key === `basic_yearly_${currency}`)!;
      assert.equal(basic.unit_amount, currency === "jpy" ? 15000 : 9990);
      assert.equal((basic.product as Stripe.Product).metadata.quota, "100000");
    }

    const before = writes(standIn);
    const second = await applyCatalogue(stripe, c);
    assert.deepEqual(verbs(second), { keep: 40 });
    assert.equal(writes(standIn), before, "the second run wrote nothing");
    assert.equal(summary(second), "meter: 1 keep; product: 3 keep; price: 36 keep");
  });
});

Deno.test("a changed amount makes one new price, moves the lookup key and archives the old price", async () => {
  await withStandIn(async (_standIn, stripe) => {
    const c = await catalogue();
    await applyCatalogue(stripe, c);
    const [old] = (await stripe.prices.list({ lookup_keys: ["basic_monthly_usd"] })).data;
    assert.equal(old.unit_amount, 999);

    c.products.find((p) => p.plan === "basic")!.amounts.monthly!.usd = 1099;
    const changed = await applyCatalogue(stripe, c);
    assert.deepEqual(verbs(changed, "price"), { keep: 35, replace: 1, archive: 1 });
    const replaced = changed.find((a) => a.verb === "replace")!;
    assert.equal(replaced.key, "basic_monthly_usd");

    const [now] = (await stripe.prices.list({ lookup_keys: ["basic_monthly_usd"] })).data;
    assert.equal(now.id, replaced.id);
    assert.notEqual(now.id, old.id);
    assert.equal(now.unit_amount, 1099);
    assert.equal(now.active, true);
    const oldNow = await stripe.prices.retrieve(old.id);
    assert.equal(oldNow.unit_amount, 999, "a price's amount is never edited");
    assert.equal(oldNow.active, false);
    assert.equal(oldNow.lookup_key, null);
    const usd = await fetchPlanPrices(stripe, "usd");
    assert.equal(usd.length, 12);
    assert.ok(usd.some((p) => p.id === now.id) && !usd.some((p) => p.id === old.id));

    assert.deepEqual(verbs(await applyCatalogue(stripe, c)), { keep: 40 });
  });
});

Deno.test("a product's quota or name is updated in place; prices are kept", async () => {
  await withStandIn(async (_standIn, stripe) => {
    const c = await catalogue();
    await applyCatalogue(stripe, c);
    const premium = c.products.find((p) => p.plan === "premium")!;
    premium.quota = 2000000;
    premium.name = "Premium+";
    const actions = await applyCatalogue(stripe, c);
    assert.deepEqual(verbs(actions, "product"), { keep: 2, update: 1 });
    assert.deepEqual(verbs(actions, "price"), { keep: 24, update: 12 }, "the nicknames follow the name");
    const products = await stripe.products.list();
    const p = products.data.find((x) => x.metadata.plan === "premium")!;
    assert.equal(p.metadata.quota, "2000000");
    assert.equal(p.name, "Premium+");
    assert.equal(products.data.length, 3);
  });
});

Deno.test("the stand-in's seeded catalogue (the tests' Stripe) is this catalogue: nothing to do", async () => {
  await withStandIn(async (standIn, stripe) => {
    standIn.seedCatalogue();
    const actions = await applyCatalogue(stripe, await catalogue(), { dryRun: true });
    assert.deepEqual(
      actions.filter((a) => a.verb !== "keep").map((a) => `${a.verb} ${a.object} ${a.key} ${a.detail}`),
      [],
    );
    assert.equal(actions.length, 40);
  });
});

Deno.test("--dry-run reports what it would create and writes nothing", async () => {
  await withStandIn(async (standIn, stripe) => {
    const actions = await applyCatalogue(stripe, await catalogue(), { dryRun: true });
    assert.deepEqual(verbs(actions), { create: 40 });
    assert.equal(writes(standIn), 0);
  });
});

Deno.test("an inactive meter is reactivated; a meter Stripe cannot change is an error", async () => {
  await withStandIn(async (_standIn, stripe) => {
    const c = await catalogue();
    await applyCatalogue(stripe, c);
    const [meter] = (await stripe.billing.meters.list()).data;
    await stripe.billing.meters.deactivate(meter.id);
    const actions = await applyCatalogue(stripe, c);
    assert.deepEqual(verbs(actions, "meter"), { reactivate: 1 });
    assert.equal((await stripe.billing.meters.retrieve(meter.id)).status, "active");

    c.meter.default_aggregation.formula = "count";
    await assert.rejects(applyCatalogue(stripe, c), /default_aggregation.*cannot change/);
  });
});

Deno.test("the command line: STRIPE_SECRET_KEY and STRIPE_API_BASE, a summary line, exit 2 without a key", async () => {
  await withStandIn(async (standIn) => {
    const lines: string[] = [];
    const log = console.log;
    const error = console.error;
    console.log = (line: string) => lines.push(line);
    console.error = (line: string) => lines.push(line);
    const key = Deno.env.get("STRIPE_SECRET_KEY");
    const base = Deno.env.get("STRIPE_API_BASE");
    try {
      Deno.env.delete("STRIPE_SECRET_KEY");
      assert.equal(await main([]), 2);
      assert.match(lines.at(-1)!, /STRIPE_SECRET_KEY/);
      Deno.env.set("STRIPE_SECRET_KEY", standIn.options.secretKey);
      Deno.env.set("STRIPE_API_BASE", standIn.url);
      assert.equal(await main(["--dry-run"]), 0);
      assert.match(lines.at(-1)!, /^would do: meter: 1 create; product: 3 create; price: 36 create$/);
      assert.equal(await main([]), 0);
      assert.match(lines.at(-1)!, /^done: meter: 1 create; product: 3 create; price: 36 create$/);
      assert.ok(!lines.join("\n").includes(standIn.options.secretKey), "the key is never printed");
    } finally {
      console.log = log;
      console.error = error;
      if (key === undefined) Deno.env.delete("STRIPE_SECRET_KEY");
      else Deno.env.set("STRIPE_SECRET_KEY", key);
      if (base === undefined) Deno.env.delete("STRIPE_API_BASE");
      else Deno.env.set("STRIPE_API_BASE", base);
    }
  });
});
