// Creates StreamVibe's Stripe catalogue (meter, products, prices) from catalogue.json, idempotently:
// what exists is found (the meter by event_name, products by metadata.plan, prices by lookup_key) and
// only what is missing or different is created. Prices are immutable in Stripe: a changed amount makes a
// new price that takes over the lookup key (transfer_lookup_key) and the old one is archived.
//
//   STRIPE_SECRET_KEY=sk_test_... deno run -A --config supabase/functions/deno.json \
//     supabase/stripe/setup.ts [--dry-run] [--catalogue FILE]
//
// STRIPE_API_BASE (optional) points the client at another Stripe endpoint (the tests' stand-in).
import { createStripe, type Stripe } from "../functions/_shared/stripe.ts";
import { EnvError, EnvReader } from "../functions/_shared/env.ts";

export type Kind = "monthly" | "yearly" | "overage" | "overage_yearly";

export interface Catalogue {
  meter: {
    display_name: string;
    event_name: string;
    default_aggregation: { formula: string };
    customer_mapping: { type: "by_id"; event_payload_key: string };
    value_settings: { event_payload_key: string };
  };
  currencies: string[];
  lookup_key: string;
  kinds: Record<Kind, {
    interval: "month" | "year";
    usage_type: "licensed" | "metered";
    nickname: string;
    transform_quantity?: { divide_by: number; round: "up" | "down" };
    /** Take the amounts of another kind (the yearly plans' overage costs what the monthly one does). */
    amounts_of?: Kind;
  }>;
  products: {
    plan: string;
    name: string;
    description: string;
    quota: number;
    amounts: Partial<Record<Kind, Record<string, number>>>;
  }[];
}

/** One thing the script did (or, with dryRun, would do). */
export interface Action {
  verb: "create" | "update" | "reactivate" | "replace" | "archive" | "keep";
  object: "meter" | "product" | "price";
  key: string; // event_name, plan or lookup_key
  id: string; // the Stripe id ("(new)" in a dry run)
  detail: string;
}

export interface Options {
  dryRun?: boolean;
  log?: (line: string) => void;
}

/** A price the catalogue asks for. */
export interface WantedPrice {
  lookup_key: string;
  plan: string;
  kind: Kind;
  currency: string;
  unit_amount: number;
  nickname: string;
  interval: "month" | "year";
  usage_type: "licensed" | "metered";
  transform_quantity?: { divide_by: number; round: "up" | "down" };
}

const NEW = "(new)";

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** Every price of the catalogue, in file order (product, kind, currency). */
export function wantedPrices(catalogue: Catalogue): WantedPrice[] {
  const out: WantedPrice[] = [];
  for (const product of catalogue.products) {
    for (const kind of Object.keys(catalogue.kinds) as Kind[]) {
      const def = catalogue.kinds[kind];
      for (const currency of catalogue.currencies) {
        const from = def.amounts_of ?? kind;
        const amount = product.amounts[from]?.[currency];
        if (amount === undefined || !Number.isInteger(amount) || amount < 0) {
          throw new Error(
            `catalogue: ${product.plan}.${from}.${currency} needs a non-negative integer amount`,
          );
        }
        out.push({
          lookup_key: fill(catalogue.lookup_key, { plan: product.plan, kind, currency }),
          plan: product.plan,
          kind,
          currency,
          unit_amount: amount,
          nickname: fill(def.nickname, { name: product.name }),
          interval: def.interval,
          usage_type: def.usage_type,
          transform_quantity: def.transform_quantity,
        });
      }
    }
  }
  const keys = new Set(out.map((p) => p.lookup_key));
  if (keys.size !== out.length) throw new Error("catalogue: lookup keys are not unique");
  return out;
}

/** Why an existing price cannot stand for the wanted one (immutable fields), or "" when it can. */
export function priceMismatch(
  price: Stripe.Price,
  wanted: WantedPrice,
  productId: string,
  meterId: string,
): string {
  const got = typeof price.product === "string" ? price.product : price.product.id;
  const diffs: string[] = [];
  if (got !== productId) diffs.push(`product ${got} -> ${productId}`);
  if (price.currency !== wanted.currency) diffs.push(`currency ${price.currency} -> ${wanted.currency}`);
  if (price.unit_amount !== wanted.unit_amount) {
    diffs.push(`amount ${price.unit_amount} -> ${wanted.unit_amount}`);
  }
  if (price.type !== "recurring" || !price.recurring) {
    diffs.push(`type ${price.type} -> recurring`);
  } else {
    const r = price.recurring;
    if (r.interval !== wanted.interval || r.interval_count !== 1) {
      diffs.push(`interval ${r.interval_count} ${r.interval} -> 1 ${wanted.interval}`);
    }
    if (r.usage_type !== wanted.usage_type) diffs.push(`usage_type ${r.usage_type} -> ${wanted.usage_type}`);
    const wantedMeter = wanted.usage_type === "metered" ? meterId : null;
    if ((r.meter ?? null) !== wantedMeter) {
      diffs.push(`meter ${r.meter ?? "none"} -> ${wantedMeter ?? "none"}`);
    }
  }
  const t = price.transform_quantity;
  const w = wanted.transform_quantity;
  if ((t?.divide_by ?? null) !== (w?.divide_by ?? null) || (t?.round ?? null) !== (w?.round ?? null)) {
    diffs.push(
      `transform_quantity ${t ? `${t.divide_by}/${t.round}` : "none"} -> ${
        w ? `${w.divide_by}/${w.round}` : "none"
      }`,
    );
  }
  return diffs.join(", ");
}

async function listAll<T>(list: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of list) out.push(item);
  return out;
}

function describe(w: WantedPrice): string {
  const per = w.usage_type === "metered"
    ? `per ${w.transform_quantity?.divide_by ?? 1} units, metered`
    : "licensed";
  return `${w.unit_amount} ${w.currency}/${w.interval} ${per}`;
}

/** Brings the Stripe account in line with the catalogue; returns what was done (or would be, with dryRun). */
export async function applyCatalogue(
  stripe: Stripe,
  catalogue: Catalogue,
  options: Options = {},
): Promise<Action[]> {
  const dryRun = options.dryRun ?? false;
  const log = options.log ?? (() => {});
  const actions: Action[] = [];
  const record = (action: Action) => {
    actions.push(action);
    const verb = dryRun && action.verb !== "keep" ? `would ${action.verb}` : action.verb;
    log(`${verb} ${action.object} ${action.key} ${action.id}${action.detail ? ` (${action.detail})` : ""}`);
  };
  const wanted = wantedPrices(catalogue);

  // 1. The meter, found by event_name. Its aggregation and mappings cannot be changed once created.
  const m = catalogue.meter;
  const meters = await listAll(stripe.billing.meters.list({ limit: 100 }));
  let meter = meters.find((x) => x.event_name === m.event_name && x.status === "active") ??
    meters.find((x) => x.event_name === m.event_name);
  let meterId = NEW;
  if (!meter) {
    if (!dryRun) {
      meter = await stripe.billing.meters.create({
        display_name: m.display_name,
        event_name: m.event_name,
        default_aggregation: { formula: m.default_aggregation.formula },
        customer_mapping: m.customer_mapping,
        value_settings: m.value_settings,
      });
      meterId = meter.id;
    }
    record({
      verb: "create",
      object: "meter",
      key: m.event_name,
      id: meterId,
      detail: m.default_aggregation.formula,
    });
  } else {
    meterId = meter.id;
    const fixed: string[] = [];
    if (meter.default_aggregation.formula !== m.default_aggregation.formula) {
      fixed.push("default_aggregation");
    }
    if (meter.customer_mapping.event_payload_key !== m.customer_mapping.event_payload_key) {
      fixed.push("customer_mapping");
    }
    if (meter.value_settings.event_payload_key !== m.value_settings.event_payload_key) {
      fixed.push("value_settings");
    }
    if (fixed.length > 0) {
      throw new Error(
        `meter ${meter.id} (${m.event_name}) differs in ${fixed.join(", ")}, which Stripe cannot change: ` +
          "deactivate it in the Dashboard and choose a new event_name (and STRIPE_METER_EVENT_NAME)",
      );
    }
    if (meter.status !== "active") {
      if (!dryRun) meter = await stripe.billing.meters.reactivate(meter.id);
      record({ verb: "reactivate", object: "meter", key: m.event_name, id: meterId, detail: "" });
    } else if (meter.display_name !== m.display_name) {
      if (!dryRun) meter = await stripe.billing.meters.update(meter.id, { display_name: m.display_name });
      record({ verb: "update", object: "meter", key: m.event_name, id: meterId, detail: "display_name" });
    } else {
      record({ verb: "keep", object: "meter", key: m.event_name, id: meterId, detail: "" });
    }
  }

  // 2. Products, found by metadata.plan (an active one first). Products are mutable: update in place.
  const products = await listAll(stripe.products.list({ limit: 100 }));
  const productIds = new Map<string, string>();
  for (const p of catalogue.products) {
    const metadata = { plan: p.plan, quota: String(p.quota) };
    const candidates = products.filter((x) => x.metadata?.plan === p.plan);
    const found = candidates.find((x) => x.active) ?? candidates[0];
    if (!found) {
      let id = NEW;
      if (!dryRun) {
        id = (await stripe.products.create({ name: p.name, description: p.description, metadata })).id;
      }
      productIds.set(p.plan, id);
      record({ verb: "create", object: "product", key: p.plan, id, detail: `${p.name}, quota ${p.quota}` });
      continue;
    }
    productIds.set(p.plan, found.id);
    const changed: string[] = [];
    if (found.name !== p.name) changed.push("name");
    if ((found.description ?? "") !== p.description) changed.push("description");
    if (found.metadata?.quota !== metadata.quota) {
      changed.push(`quota ${found.metadata?.quota ?? "none"} -> ${p.quota}`);
    }
    if (!found.active) changed.push("active");
    if (changed.length === 0) {
      record({ verb: "keep", object: "product", key: p.plan, id: found.id, detail: "" });
      continue;
    }
    if (!dryRun) {
      await stripe.products.update(found.id, {
        name: p.name,
        description: p.description,
        metadata,
        active: true,
      });
    }
    record({ verb: "update", object: "product", key: p.plan, id: found.id, detail: changed.join(", ") });
  }

  // 3. Prices, found by lookup_key (10 keys a request, as the API allows).
  const existing = new Map<string, Stripe.Price>();
  for (let i = 0; i < wanted.length; i += 10) {
    const keys = wanted.slice(i, i + 10).map((w) => w.lookup_key);
    for (const price of await listAll(stripe.prices.list({ lookup_keys: keys, limit: 100 }))) {
      if (price.lookup_key) existing.set(price.lookup_key, price);
    }
  }
  for (const w of wanted) {
    const productId = productIds.get(w.plan)!;
    const old = existing.get(w.lookup_key);
    const why = old ? priceMismatch(old, w, productId, meterId) : "";
    if (old && !why) {
      const update: Stripe.PriceUpdateParams = {};
      if (!old.active) update.active = true;
      if (old.nickname !== w.nickname) update.nickname = w.nickname;
      if (Object.keys(update).length === 0) {
        record({ verb: "keep", object: "price", key: w.lookup_key, id: old.id, detail: "" });
      } else {
        if (!dryRun) await stripe.prices.update(old.id, update);
        record({
          verb: update.active ? "reactivate" : "update",
          object: "price",
          key: w.lookup_key,
          id: old.id,
          detail: Object.keys(update).join(", "),
        });
      }
      continue;
    }
    let id = NEW;
    if (!dryRun) {
      const created = await stripe.prices.create({
        product: productId,
        currency: w.currency,
        unit_amount: w.unit_amount,
        nickname: w.nickname,
        lookup_key: w.lookup_key,
        transfer_lookup_key: old !== undefined,
        billing_scheme: "per_unit",
        recurring: w.usage_type === "metered"
          ? { interval: w.interval, usage_type: "metered", meter: meterId }
          : { interval: w.interval, usage_type: "licensed" },
        ...(w.transform_quantity ? { transform_quantity: w.transform_quantity } : {}),
        metadata: { plan: w.plan, kind: w.kind },
      });
      id = created.id;
    }
    if (!old) {
      record({ verb: "create", object: "price", key: w.lookup_key, id, detail: describe(w) });
      continue;
    }
    record({ verb: "replace", object: "price", key: w.lookup_key, id, detail: `was ${old.id}: ${why}` });
    if (old.active) {
      // The old price keeps billing the subscriptions already on it; it is no longer offered.
      if (!dryRun) await stripe.prices.update(old.id, { active: false });
      record({
        verb: "archive",
        object: "price",
        key: w.lookup_key,
        id: old.id,
        detail: `replaced by ${id}`,
      });
    }
  }
  return actions;
}

/** "meter: 1 create; product: 3 create; price: 27 create" */
export function summary(actions: Action[]): string {
  const parts: string[] = [];
  for (const object of ["meter", "product", "price"] as const) {
    const counts = new Map<string, number>();
    for (const a of actions.filter((x) => x.object === object)) {
      counts.set(a.verb, (counts.get(a.verb) ?? 0) + 1);
    }
    parts.push(`${object}: ${[...counts].map(([verb, n]) => `${n} ${verb}`).join(", ") || "none"}`);
  }
  return parts.join("; ");
}

export async function main(args: string[]): Promise<number> {
  const dryRun = args.includes("--dry-run");
  const at = args.indexOf("--catalogue");
  const file = at >= 0 ? args[at + 1] : new URL("./catalogue.json", import.meta.url);
  const catalogue = JSON.parse(await Deno.readTextFile(file)) as Catalogue;
  const env = new EnvReader();
  const secretKey = env.required("STRIPE_SECRET_KEY");
  const apiBase = env.optional("STRIPE_API_BASE");
  try {
    env.done();
  } catch (err) {
    if (!(err instanceof EnvError)) throw err;
    console.error(`${err.message} (the secret or restricted key of the Stripe account to set up)`);
    return 2;
  }
  const mode = secretKey.includes("_live_") ? "LIVE" : secretKey.includes("_test_") ? "test" : "unknown";
  console.log(
    `Stripe account in ${mode} mode${apiBase ? ` at ${apiBase}` : ""}${dryRun ? " (dry run)" : ""}`,
  );
  const stripe = createStripe({ secretKey, apiBase, maxNetworkRetries: 2 });
  const actions = await applyCatalogue(stripe, catalogue, { dryRun, log: (line) => console.log(line) });
  console.log(`${dryRun ? "would do" : "done"}: ${summary(actions)}`);
  return 0;
}

if (import.meta.main) {
  Deno.exit(await main(Deno.args));
}
