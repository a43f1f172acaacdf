// deno-lint-ignore-file no-explicit-any
// Builders for Stripe objects shaped like API version 2026-11-18.endive returns them (see stripe-node
// 23.2.0's types): a subscription's periods are on its items, an invoice names its subscription under
// parent.subscription_details, line items carry pricing.price_details and parent.subscription_item_details.

export const API_VERSION = "2026-11-18.endive";

export type Obj = Record<string, any>;

const ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function randomId(prefix: string, length = 24): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = "";
  for (const b of bytes) out += ALNUM[b % ALNUM.length];
  return `${prefix}_${out}`;
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Adds `count` intervals to a unix time the way Stripe anchors billing cycles (day clamped to month end). */
export function addInterval(ts: number, interval: string, count = 1): number {
  const d = new Date(ts * 1000);
  if (interval === "day") return ts + 86400 * count;
  if (interval === "week") return ts + 7 * 86400 * count;
  const months = interval === "year" ? 12 * count : count;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const day = d.getUTCDate();
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(
    Date.UTC(y, m, Math.min(day, lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()),
  );
  return Math.floor(out.getTime() / 1000);
}

export function list(data: Obj[], url: string, hasMore = false): Obj {
  return { object: "list", data, has_more: hasMore, url };
}

export function product(id: string, created: number, p: Obj): Obj {
  return {
    id,
    object: "product",
    active: p.active ?? true,
    attributes: [],
    created,
    default_price: p.default_price ?? null,
    description: p.description ?? null,
    images: p.images ?? [],
    livemode: false,
    marketing_features: [],
    metadata: p.metadata ?? {},
    name: p.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: p.statement_descriptor ?? null,
    tax_code: null,
    tax_details: null,
    type: "service",
    unit_label: p.unit_label ?? null,
    updated: created,
    url: p.url ?? null,
  };
}

export function price(id: string, created: number, p: Obj): Obj {
  const recurring = p.recurring
    ? {
      interval: p.recurring.interval,
      interval_count: p.recurring.interval_count ?? 1,
      meter: p.recurring.meter ?? null,
      trial_period_days: null,
      usage_type: p.recurring.usage_type ?? "licensed",
    }
    : null;
  return {
    id,
    object: "price",
    active: p.active ?? true,
    billing_scheme: "per_unit",
    created,
    currency: p.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: p.lookup_key ?? null,
    metadata: p.metadata ?? {},
    nickname: p.nickname ?? null,
    product: p.product,
    recurring,
    tax_behavior: p.tax_behavior ?? "unspecified",
    tiers_mode: null,
    transform_quantity: p.transform_quantity ?? null,
    type: recurring ? "recurring" : "one_time",
    unit_amount: p.unit_amount,
    unit_amount_decimal: String(p.unit_amount),
  };
}

/** The legacy `plan` object Stripe still returns beside `price` on subscription items. */
export function planFromPrice(pr: Obj): Obj {
  return {
    id: pr.id,
    object: "plan",
    active: pr.active,
    amount: pr.unit_amount,
    amount_decimal: pr.unit_amount_decimal,
    billing_scheme: pr.billing_scheme,
    created: pr.created,
    currency: pr.currency,
    interval: pr.recurring?.interval,
    interval_count: pr.recurring?.interval_count,
    livemode: false,
    metadata: pr.metadata,
    meter: pr.recurring?.meter ?? null,
    nickname: pr.nickname,
    product: pr.product,
    tiers_mode: null,
    transform_usage: pr.transform_quantity,
    trial_period_days: null,
    usage_type: pr.recurring?.usage_type,
  };
}

export function customer(id: string, created: number, p: Obj): Obj {
  return {
    id,
    object: "customer",
    address: null,
    balance: 0,
    created,
    currency: null,
    customer_account: null,
    default_source: null,
    delinquent: false,
    description: p.description ?? null,
    discount: null,
    email: p.email ?? null,
    invoice_prefix: randomId("x", 8).slice(2).toUpperCase(),
    invoice_settings: {
      custom_fields: null,
      default_payment_method: null,
      footer: null,
      rendering_options: null,
    },
    livemode: false,
    metadata: p.metadata ?? {},
    name: p.name ?? null,
    next_invoice_sequence: 1,
    phone: p.phone ?? null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
}

export function meter(id: string, created: number, p: Obj): Obj {
  return {
    id,
    object: "billing.meter",
    created,
    customer_mapping: {
      event_payload_key: p.customer_mapping?.event_payload_key ?? "stripe_customer_id",
      type: "by_id",
    },
    default_aggregation: { formula: p.default_aggregation?.formula ?? "sum" },
    display_name: p.display_name,
    event_name: p.event_name,
    event_time_window: null,
    livemode: false,
    status: "active",
    status_transitions: { deactivated_at: null },
    updated: created,
    value_settings: { event_payload_key: p.value_settings?.event_payload_key ?? "value" },
  };
}

export function subscriptionItem(
  id: string,
  subscription: string,
  created: number,
  pr: Obj,
  periodStart: number,
  periodEnd: number,
): Obj {
  const item: Obj = {
    id,
    object: "subscription_item",
    billing_thresholds: null,
    created,
    current_period_end: periodEnd,
    current_period_start: periodStart,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: planFromPrice(pr),
    price: clone(pr),
    subscription,
    tax_rates: [],
  };
  if (pr.recurring?.usage_type !== "metered") item.quantity = 1;
  return item;
}

export function subscription(id: string, created: number, p: Obj): Obj {
  return {
    id,
    object: "subscription",
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: created,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: "classic" },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, reason: null },
    collection_method: "charge_automatically",
    created,
    currency: p.currency,
    customer: p.customer,
    customer_account: null,
    days_until_due: null,
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    ended_at: null,
    invoice_settings: { account_tax_ids: null, issuer: { type: "self" } },
    items: {
      object: "list",
      data: p.items,
      has_more: false,
      total_count: p.items.length,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    latest_invoice: null,
    livemode: false,
    metadata: p.metadata ?? {},
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: {
      payment_method_options: null,
      payment_method_types: null,
      save_default_payment_method: "off",
    },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: created,
    status: p.status ?? "active",
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: { end_behavior: { missing_payment_method: "create_invoice" } },
    trial_start: null,
  };
}

export function invoiceLine(
  invoiceId: string,
  sub: Obj,
  item: Obj,
  amount: number,
  quantity: number,
  period: {
    start: number;
    end: number;
  },
): Obj {
  const pr = item.price;
  return {
    id: randomId("il"),
    object: "line_item",
    amount,
    currency: pr.currency,
    description: `${quantity} × ${pr.nickname ?? pr.id}`,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    parent: {
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: null,
        proration: false,
        proration_details: { credited_items: null },
        subscription: sub.id,
        subscription_item: item.id,
      },
      type: "subscription_item_details",
    },
    period,
    pretax_credit_amounts: [],
    pricing: {
      price_details: { price: pr.id, product: pr.product },
      type: "price_details",
      unit_amount_decimal: pr.unit_amount_decimal,
    },
    quantity,
    quantity_decimal: String(quantity),
    subscription: sub.id,
    subtotal: amount,
    taxes: [],
  };
}

export function invoice(id: string, created: number, p: Obj): Obj {
  const total = p.lines.reduce((s: number, l: Obj) => s + l.amount, 0);
  const paid = p.status === "paid";
  return {
    id,
    object: "invoice",
    account_country: "US",
    account_name: "StreamVibe",
    account_tax_ids: null,
    amount_due: total,
    amount_overpaid: 0,
    amount_paid: paid ? total : 0,
    amount_remaining: paid ? 0 : total,
    amount_shipping: 0,
    application: null,
    attempt_count: p.attempt_count ?? 1,
    attempted: true,
    auto_advance: !paid,
    automatic_tax: {
      disabled_reason: null,
      enabled: false,
      liability: null,
      provider: null,
      status: null,
    },
    automatically_finalizes_at: null,
    billing_reason: p.billing_reason,
    collection_method: "charge_automatically",
    created,
    currency: p.currency,
    custom_fields: null,
    customer: p.customer,
    customer_account: null,
    customer_address: null,
    customer_email: p.customer_email ?? null,
    customer_name: null,
    customer_phone: null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: created,
    ending_balance: 0,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: p.hosted_invoice_url,
    invoice_pdf: p.invoice_pdf,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: {
      object: "list",
      data: p.lines,
      has_more: false,
      total_count: p.lines.length,
      url: `/v1/invoices/${id}/lines`,
    },
    livemode: false,
    metadata: {},
    next_payment_attempt: paid ? null : created + 3 * 86400,
    number: p.number,
    on_behalf_of: null,
    parent: {
      quote_details: null,
      subscription_details: { metadata: clone(p.subscription_metadata ?? {}), subscription: p.subscription },
      type: "subscription_details",
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: p.period_end,
    period_start: p.period_start,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: p.status,
    status_transitions: {
      finalized_at: created,
      marked_uncollectible_at: null,
      paid_at: paid ? created : null,
      voided_at: null,
    },
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: null,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: created,
  };
}
