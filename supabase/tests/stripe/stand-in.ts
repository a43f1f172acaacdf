// deno-lint-ignore-file no-explicit-any
// A Stripe stand-in served on 127.0.0.1 for the backend's tests (and the app's local stack): the subset of
// Stripe's v1 API the Edge Functions call, answered the way Stripe answers stripe-node 23.2.0 (API version
// 2026-11-18.endive): form-encoded requests with bracket notation, Bearer secret key, Stripe's error
// envelope and statuses, Idempotency-Key replay, list objects with has_more/limit/starting_after, expand.
// A control API (methods here, and HTTP under /__control/) plays the parts Stripe plays on its own:
// completing a checkout, renewing or cancelling a subscription, signing and delivering webhook events,
// going down. hosted.ts serves the Stripe-hosted pages (Checkout, the customer portal, invoices);
// webhooks.ts delivers the events to the endpoint as Stripe does (in order, signed, failures retried).
import Stripe from "npm:stripe@23.2.0";
import { type FormObject, parseForm } from "./form.ts";
import * as O from "./objects.ts";
import { API_VERSION, clone, type Obj, randomId } from "./objects.ts";
import { hostedPage } from "./hosted.ts";
import { type Delivery, Outbox } from "./webhooks.ts";

export { API_VERSION };
export type { Delivery, Obj };

export interface StandInOptions {
  port?: number;
  hostname?: string;
  secretKey: string;
  webhookSecret?: string;
  webhookUrl?: string;
  /** Deliver each event to webhookUrl as it is created (default: true when webhookUrl is given). */
  autoDeliver?: boolean;
  /** The first retry's delay of a failed automatic delivery, doubled at each retry (see webhooks.ts). */
  retryBaseMs?: number;
  /** Retries of a failed automatic delivery before Stripe gives the event up (default 3, as a sandbox). */
  maxRetries?: number;
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  at: number;
  idempotencyKey: string | null;
  replayed: boolean;
}

export type DownMode = false | 500 | 503 | "refuse";

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code?: string,
    readonly param?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  body(): Obj {
    const error: Obj = {};
    if (this.code) {
      error.code = this.code;
      error.doc_url = `https://stripe.com/docs/error-codes/${this.code.replaceAll("_", "-")}`;
    }
    error.message = this.message;
    if (this.param) error.param = this.param;
    error.request_log_url = "https://dashboard.stripe.com/test/logs";
    error.type = this.type;
    return { error };
  }
}

const invalid = (message: string, param?: string, code?: string) =>
  new StripeApiError(400, "invalid_request_error", message, code, param);
const missingParam = (param: string) =>
  invalid(`Missing required param: ${param}.`, param, "parameter_missing");

const NAMES: Record<string, string> = {
  prod: "product",
  price: "price",
  cus: "customer",
  sub: "subscription",
  in: "invoice",
  cs: "checkout.session",
  mtr: "billing.meter",
  evt: "event",
};

function noSuch(kind: string, id: string, param = "id", status = 404) {
  return new StripeApiError(
    status,
    "invalid_request_error",
    `No such ${kind}: '${id}'`,
    "resource_missing",
    param,
  );
}

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

function bool(v: unknown, param: string): boolean | undefined {
  if (v === undefined) return undefined;
  if (v === "true") return true;
  if (v === "false") return false;
  throw invalid(`Invalid boolean: ${v}`, param, "parameter_invalid_boolean");
}

function int(v: unknown, param: string): number | undefined {
  if (v === undefined || v === "") return undefined;
  if (typeof v !== "string" || !/^-?\d+$/.test(v)) {
    throw invalid(`Invalid integer: ${String(v)}`, param, "parameter_invalid_integer");
  }
  return Number(v);
}

function strings(v: unknown): string[] {
  if (v === undefined) return [];
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  return Object.values(v as Obj).filter((x): x is string => typeof x === "string");
}

/** Stripe's metadata update rules: a key set to "" is removed; `metadata=` clears everything. */
function mergeMetadata(current: Obj, update: unknown): Obj {
  if (update === undefined) return current;
  if (update === "") return {};
  if (typeof update !== "object" || Array.isArray(update)) throw invalid("Invalid hash", "metadata");
  const out = { ...current };
  for (const [k, v] of Object.entries(update as Obj)) {
    if (v === "") delete out[k];
    else out[k] = String(v);
  }
  return out;
}

function checkParams(params: FormObject, allowed: string[]) {
  for (const k of Object.keys(params)) {
    if (k === "expand" || allowed.includes(k)) continue;
    throw invalid(`Received unknown parameter: ${k}`, k, "parameter_unknown");
  }
}

function validUrl(v: string | undefined, param: string) {
  if (v === undefined) return;
  try {
    const u = new URL(v);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
  } catch {
    throw invalid("Not a valid URL", param, "url_invalid");
  }
}

// The catalogue is the one supabase/stripe/setup.ts applies to Stripe (supabase/stripe/catalogue.json): the seed
// builds the same meter, products and prices, with fixed ids `prod_sv_<plan>` and `price_sv_<plan>_<id>_<cur>`.
const CATALOGUE = JSON.parse(
  Deno.readTextFileSync(new URL("../../stripe/catalogue.json", import.meta.url)),
) as {
  meter: { display_name: string; event_name: string };
  currencies: string[];
  kinds: Record<
    string,
    { interval: string; usage_type: string; nickname: string; amounts_of?: string; transform_quantity?: Obj }
  >;
  products: {
    plan: string;
    name: string;
    description: string;
    quota: number;
    amounts: Record<string, Obj>;
  }[];
};
/** The price id's part for each kind of catalogue.json (the ids the app's tests and the sandbox use). */
const PRICE_ID_PART: Record<string, string> = {
  monthly: "month",
  yearly: "year",
  overage: "overage",
  overage_yearly: "overage_yearly",
};
export const METER_EVENT_NAME = CATALOGUE.meter.event_name;

export class StripeStandIn {
  readonly options: StandInOptions;
  webhookSecret: string;
  webhookUrl: string | undefined;
  autoDeliver: boolean;
  url = "";
  port = 0;
  private server: Deno.HttpServer | null = null;
  private seq = 0;
  private readonly order = new Map<string, number>();

  readonly state = {
    products: new Map<string, Obj>(),
    prices: new Map<string, Obj>(),
    meters: new Map<string, Obj>(),
    /** Meter events Stripe accepted (each is billed). */
    meterEvents: [] as Obj[],
    /** Meter events Stripe refused (e.g. a repeated identifier), with the refusal. */
    rejectedMeterEvents: [] as Obj[],
    customers: new Map<string, Obj>(),
    checkoutSessions: new Map<string, Obj>(),
    checkoutLines: new Map<string, Obj[]>(),
    checkoutSubscriptionData: new Map<string, Obj>(),
    portalSessions: new Map<string, Obj>(),
    subscriptions: new Map<string, Obj>(),
    invoices: new Map<string, Obj>(),
    events: [] as Obj[],
    deliveries: [] as Delivery[],
    requests: [] as RequestRecord[],
    idempotency: new Map<string, { fingerprint: string; status: number; body: string }>(),
    clockOffset: 0,
    down: false as DownMode,
    latencyMs: 0,
  };

  constructor(options: StandInOptions) {
    this.options = options;
    this.webhookSecret = options.webhookSecret ?? "whsec_standin_test_secret";
    this.webhookUrl = options.webhookUrl;
    this.autoDeliver = options.autoDeliver ?? Boolean(options.webhookUrl);
    this.outbox = new Outbox((event) => this.deliver(event), options);
  }

  // ---------------------------------------------------------------- lifecycle
  listen(port = this.options.port ?? 0): void {
    this.outbox.resume();
    const hostname = this.options.hostname ?? "127.0.0.1";
    this.server = Deno.serve({ hostname, port, onListen: () => {} }, (req) => this.handle(req));
    const addr = this.server.addr as Deno.NetAddr;
    this.port = addr.port;
    this.url = `http://${hostname}:${this.port}`;
  }

  /** Makes the webhook deliveries already due (retries scheduled for later are dropped), then stops. */
  async close(): Promise<void> {
    await this.outbox.stop();
    await this.stopServer();
    await this.#stopDropping();
  }

  private async stopServer(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await s.shutdown();
  }

  /** The time Stripe thinks it is (unix seconds); tests move it with advanceClock. */
  now(): number {
    return Math.floor(Date.now() / 1000) + this.state.clockOffset;
  }

  advanceClock(seconds: number): void {
    this.state.clockOffset += seconds;
  }

  /**
   * 500 / 503 answers every API request; "refuse": no HTTP answer at all, every connection is dropped (the port
   * stays held, so no other process can take it meanwhile); false: back up.
   */
  async setDown(mode: DownMode): Promise<void> {
    const was = this.state.down;
    this.state.down = mode;
    if (mode === "refuse" && was !== "refuse") {
      await this.stopServer();
      this.#dropConnections();
    }
    if (mode !== "refuse" && was === "refuse") {
      await this.#stopDropping();
      this.listen(this.port);
    }
  }

  #dropper: { listener: Deno.Listener; loop: Promise<void> } | null = null;

  #dropConnections(): void {
    const listener = Deno.listen({ hostname: this.options.hostname ?? "127.0.0.1", port: this.port });
    const loop = (async () => {
      for await (const conn of listener) conn.close();
    })().catch(() => {});
    this.#dropper = { listener, loop };
  }

  async #stopDropping(): Promise<void> {
    const d = this.#dropper;
    this.#dropper = null;
    if (!d) return;
    d.listener.close();
    await d.loop;
  }

  setLatency(ms: number): void {
    this.state.latencyMs = ms;
  }

  /** Stripe API requests received (control and hosted pages excluded), optionally filtered. */
  apiRequests(filter?: { method?: string; path?: string | RegExp }): RequestRecord[] {
    return this.state.requests.filter((r) =>
      (!filter?.method || r.method === filter.method) &&
      (!filter?.path ||
        (typeof filter.path === "string" ? r.path === filter.path : filter.path.test(r.path)))
    );
  }

  reset(): void {
    for (const v of Object.values(this.state)) {
      if (v instanceof Map) v.clear();
      else if (Array.isArray(v)) v.length = 0;
    }
    this.state.clockOffset = 0;
    this.state.down = false;
    this.state.latencyMs = 0;
    this.order.clear();
  }

  private store(map: Map<string, Obj>, obj: Obj): Obj {
    map.set(obj.id, obj);
    this.order.set(obj.id, ++this.seq);
    return obj;
  }

  /** Newest first, as Stripe lists. */
  private sorted(objs: Iterable<Obj>): Obj[] {
    return [...objs].sort((a, b) =>
      (b.created ?? 0) - (a.created ?? 0) || (this.order.get(b.id) ?? 0) - (this.order.get(a.id) ?? 0)
    );
  }

  private page(all: Obj[], params: FormObject, url: string): Obj {
    const limit = int(params.limit, "limit") ?? 10;
    if (limit < 1 || limit > 100) {
      throw invalid("This value must be greater than or equal to 1 and less than or equal to 100.", "limit");
    }
    let start = 0;
    const after = str(params.starting_after);
    const before = str(params.ending_before);
    if (after) {
      const i = all.findIndex((o) => o.id === after);
      if (i < 0) throw noSuch(NAMES[after.split("_")[0]] ?? "object", after, "starting_after", 400);
      start = i + 1;
    } else if (before) {
      const i = all.findIndex((o) => o.id === before);
      if (i < 0) throw noSuch(NAMES[before.split("_")[0]] ?? "object", before, "ending_before", 400);
      const from = Math.max(0, i - limit);
      return O.list(all.slice(from, i).map(clone), url, from > 0);
    }
    const data = all.slice(start, start + limit);
    return O.list(data.map(clone), url, start + limit < all.length);
  }

  // ---------------------------------------------------------------- lookups
  private lookup(id: string): Obj | undefined {
    const s = this.state;
    for (
      const m of [
        s.products,
        s.prices,
        s.customers,
        s.subscriptions,
        s.invoices,
        s.checkoutSessions,
        s.meters,
      ]
    ) {
      const o = m.get(id);
      if (o) return o;
    }
    return undefined;
  }

  private expand(obj: Obj, paths: string[]): Obj {
    const out = clone(obj);
    for (const path of paths) this.expandPath(out, path.split("."), path);
    return out;
  }

  private expandPath(node: any, parts: string[], full: string): void {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const n of node) this.expandPath(n, parts, full);
      return;
    }
    const [head, ...rest] = parts;
    if (!(head in node)) throw invalid(`This property cannot be expanded (${full}).`, "expand");
    if (rest.length === 0) {
      const v = node[head];
      if (typeof v === "string") {
        const target = this.lookup(v);
        if (target) node[head] = clone(target);
      }
      return;
    }
    this.expandPath(node[head], rest, full);
  }

  private getOr404(map: Map<string, Obj>, kind: string, id: string): Obj {
    const o = map.get(id);
    if (!o) throw noSuch(kind, id);
    return o;
  }

  // ---------------------------------------------------------------- events and webhooks
  private emit(type: string, object: Obj, previous?: Obj, request?: { id: string; key: string | null }): Obj {
    const event: Obj = {
      id: randomId("evt"),
      object: "event",
      api_version: API_VERSION,
      created: this.now(),
      data: previous
        ? { object: clone(object), previous_attributes: clone(previous) }
        : { object: clone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: request?.id ?? null, idempotency_key: request?.key ?? null },
      type,
    };
    this.state.events.push(event);
    this.order.set(event.id, ++this.seq);
    if (this.autoDeliver && this.webhookUrl) {
      // Stripe delivers asynchronously, retrying failures (webhooks.ts); settled() waits for it.
      this.outbox.enqueue(event);
    }
    return event;
  }

  private currentRequest: { id: string; key: string | null } | undefined;
  /** The automatic deliveries to webhookUrl still to be attempted. */
  readonly outbox: Outbox;

  /** Resolves when every automatic webhook delivery queued so far has been made (retries included). */
  settled(): Promise<void> {
    return this.outbox.settled();
  }

  /** Signs an event (or any payload) with the endpoint secret, as Stripe does (t=…,v1=…). */
  async sign(
    eventOrPayload: Obj | string,
    opts: { timestamp?: number; secret?: string } = {},
  ): Promise<{ payload: string; header: string }> {
    const payload = typeof eventOrPayload === "string"
      ? eventOrPayload
      : JSON.stringify(eventOrPayload, null, 2);
    const header = await Stripe.webhooks.generateTestHeaderStringAsync({
      payload,
      secret: opts.secret ?? this.webhookSecret,
      timestamp: opts.timestamp ?? this.now(),
      cryptoProvider: Stripe.createSubtleCryptoProvider(),
    });
    return { payload, header };
  }

  /** Checks a delivery's signature as an endpoint does (stripe-node, 300 s tolerance); the event. */
  async verify(payload: string, header: string): Promise<Obj> {
    return await Stripe.webhooks.constructEventAsync(
      payload,
      header,
      this.webhookSecret,
      300,
      Stripe.createSubtleCryptoProvider(),
    ) as unknown as Obj;
  }

  /** A webhook delivery as a Request (for calling a handler in-process). */
  async webhookRequest(
    event: Obj,
    opts: { timestamp?: number; secret?: string; url?: string } = {},
  ): Promise<Request> {
    const { payload, header } = await this.sign(event, opts);
    return new Request(opts.url ?? this.webhookUrl ?? "http://127.0.0.1/functions/v1/stripe-webhook", {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        "stripe-signature": header,
        "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
      },
      body: payload,
    });
  }

  /**
   * POSTs a signed event to `url` (default webhookUrl), signed at the time of the attempt, and records the
   * attempt in the delivery log. An endpoint that does not answer within 30 s counts as failed.
   */
  async deliver(event: Obj, opts: { url?: string; timestamp?: number } = {}): Promise<Delivery> {
    const url = opts.url ?? this.webhookUrl;
    if (!url) throw new Error("deliver: no webhook URL");
    const req = await this.webhookRequest(event, { ...opts, url });
    const d: Delivery = {
      event,
      attempt: this.state.deliveries.filter((x) => x.event.id === event.id).length + 1,
      url,
      at: Date.now(),
      payload: await req.clone().text(),
      header: req.headers.get("stripe-signature")!,
    };
    try {
      const res = await fetch(req, { signal: AbortSignal.timeout(30_000) });
      d.status = res.status;
      d.body = await res.text();
    } catch (e) {
      d.error = String(e);
    }
    this.state.deliveries.push(d);
    return d;
  }

  eventsOfType(type: string): Obj[] {
    return this.state.events.filter((e) => e.type === type);
  }

  /** Meter events accepted for a customer (each one billed). */
  meterEvents(customerId?: string): Obj[] {
    return this.state.meterEvents.filter((e) => !customerId || e.payload.stripe_customer_id === customerId);
  }

  // ---------------------------------------------------------------- catalogue
  /** Free/Basic/Premium × monthly, yearly (licensed) + monthly and yearly overage per 1,000 units (metered), usd/eur/jpy. */
  seedCatalogue(): { products: Obj[]; prices: Obj[]; meter: Obj } {
    const created = this.now();
    let meter = [...this.state.meters.values()].find((m) => m.event_name === METER_EVENT_NAME);
    if (!meter) {
      meter = this.store(
        this.state.meters,
        O.meter("mtr_sv_api_units", created, {
          display_name: CATALOGUE.meter.display_name,
          event_name: METER_EVENT_NAME,
        }),
      );
    }
    const products: Obj[] = [];
    const prices: Obj[] = [];
    for (const plan of CATALOGUE.products) {
      const pid = `prod_sv_${plan.plan}`;
      const prod = this.state.products.get(pid) ?? this.store(
        this.state.products,
        O.product(pid, created, {
          name: plan.name,
          description: plan.description,
          metadata: { plan: plan.plan, quota: String(plan.quota) },
          default_price: `price_sv_${plan.plan}_month_usd`,
        }),
      );
      products.push(prod);
      for (const currency of CATALOGUE.currencies) {
        for (const [kind, k] of Object.entries(CATALOGUE.kinds)) {
          const id = `price_sv_${plan.plan}_${PRICE_ID_PART[kind]}_${currency}`;
          const metered = k.usage_type === "metered";
          const pr = this.state.prices.get(id) ?? this.store(
            this.state.prices,
            O.price(id, created, {
              currency,
              product: pid,
              unit_amount: plan.amounts[k.amounts_of ?? kind][currency],
              lookup_key: `${plan.plan}_${kind}_${currency}`,
              nickname: k.nickname.replace("{name}", plan.name),
              recurring: { interval: k.interval, usage_type: k.usage_type, meter: metered ? meter.id : null },
              transform_quantity: k.transform_quantity ?? null,
            }),
          );
          prices.push(pr);
        }
      }
    }
    return { products: products.map(clone), prices: prices.map(clone), meter: clone(meter) };
  }

  // ---------------------------------------------------------------- Stripe's own actions (control)
  private licensedItem(sub: Obj): Obj {
    return sub.items.data.find((i: Obj) => i.price.recurring?.usage_type !== "metered") ?? sub.items.data[0];
  }

  private nextInvoiceNumber(customerId: string): string {
    const cus = this.state.customers.get(customerId);
    if (!cus) return randomId("x", 8).slice(2).toUpperCase() + "-0001";
    const n = cus.next_invoice_sequence++;
    return `${cus.invoice_prefix}-${String(n).padStart(4, "0")}`;
  }

  private createInvoice(sub: Obj, opts: {
    billing_reason: string;
    status: "paid" | "open";
    period_start: number;
    period_end: number;
    metered?: { from: number; to: number };
  }): Obj {
    const id = randomId("in");
    const created = this.now();
    const lines: Obj[] = [];
    for (const item of sub.items.data) {
      const pr = item.price;
      if (pr.recurring?.usage_type === "metered") {
        // Usage is billed in arrears: the meter's sum over the previous period.
        let qty = 0;
        if (opts.metered) {
          qty = this.meterEvents(sub.customer)
            .filter((e) => e.timestamp >= opts.metered!.from && e.timestamp < opts.metered!.to)
            .reduce((s, e) => s + Number(e.payload.value), 0);
        }
        const divide = pr.transform_quantity?.divide_by ?? 1;
        const amount = Math.ceil(qty / divide) * pr.unit_amount;
        const period = opts.metered
          ? { start: opts.metered.from, end: opts.metered.to }
          : { start: item.current_period_start, end: item.current_period_end };
        lines.push(O.invoiceLine(id, sub, item, amount, qty, period));
      } else {
        lines.push(
          O.invoiceLine(id, sub, item, pr.unit_amount * (item.quantity ?? 1), item.quantity ?? 1, {
            start: item.current_period_start,
            end: item.current_period_end,
          }),
        );
      }
    }
    const cus = this.state.customers.get(sub.customer);
    const inv = O.invoice(id, created, {
      billing_reason: opts.billing_reason,
      status: opts.status,
      currency: sub.currency,
      customer: sub.customer,
      customer_email: cus?.email ?? null,
      lines,
      number: this.nextInvoiceNumber(sub.customer),
      period_start: opts.period_start,
      period_end: opts.period_end,
      subscription: sub.id,
      subscription_metadata: sub.metadata,
      hosted_invoice_url: `${this.url}/invoices/${id}`,
      invoice_pdf: `${this.url}/invoices/${id}.pdf`,
    });
    this.store(this.state.invoices, inv);
    sub.latest_invoice = id;
    return inv;
  }

  /**
   * The customer pays on the checkout page: Stripe creates the customer (if needed), the subscription
   * and its first (paid) invoice, and sends checkout.session.completed, customer.subscription.created
   * and invoice.paid (returned in the order Stripe creates them).
   */
  completeCheckout(sessionId: string, opts: { email?: string } = {}): {
    session: Obj;
    subscription: Obj;
    invoice: Obj;
    customer: Obj;
    events: Obj[];
  } {
    const session = this.getOr404(this.state.checkoutSessions, "checkout.session", sessionId);
    if (session.status !== "open") {
      throw invalid(`This Checkout Session is no longer active (${session.status}).`);
    }
    const events: Obj[] = [];
    const now = this.now();
    let cus = session.customer ? this.state.customers.get(session.customer) : undefined;
    if (!cus) {
      cus = this.store(
        this.state.customers,
        O.customer(randomId("cus", 14), now, { email: opts.email ?? session.customer_email }),
      );
      events.push(this.emit("customer.created", cus));
    }
    const lines = this.state.checkoutLines.get(sessionId) ?? [];
    const subId = randomId("sub");
    const first = this.state.prices.get(lines[0].price)!;
    const end = O.addInterval(now, first.recurring.interval, first.recurring.interval_count);
    const items = lines.map((l) =>
      O.subscriptionItem(randomId("si", 14), subId, now, this.state.prices.get(l.price)!, now, end)
    );
    for (const [i, l] of lines.entries()) {
      if (l.quantity !== undefined && items[i].quantity !== undefined) items[i].quantity = l.quantity;
    }
    const subData = this.state.checkoutSubscriptionData.get(sessionId) ?? {};
    const sub = this.store(
      this.state.subscriptions,
      O.subscription(subId, now, {
        currency: first.currency,
        customer: cus.id,
        items,
        metadata: subData.metadata ?? {},
      }),
    );
    const inv = this.createInvoice(sub, {
      billing_reason: "subscription_create",
      status: "paid",
      period_start: now,
      period_end: now,
    });
    Object.assign(session, {
      customer: cus.id,
      customer_details: {
        address: null,
        email: cus.email,
        name: cus.name,
        phone: null,
        tax_exempt: "none",
        tax_ids: [],
      },
      invoice: inv.id,
      payment_status: "paid",
      status: "complete",
      subscription: sub.id,
      url: null,
    });
    events.push(this.emit("customer.subscription.created", sub));
    events.push(this.emit("invoice.paid", inv));
    events.push(this.emit("checkout.session.completed", session));
    return {
      session: clone(session),
      subscription: clone(sub),
      invoice: clone(inv),
      customer: clone(cus),
      events,
    };
  }

  /** The session expires (the customer left, or POST /v1/checkout/sessions/:id/expire); sends checkout.session.expired. */
  expireCheckout(sessionId: string): { session: Obj; events: Obj[] } {
    const session = this.getOr404(this.state.checkoutSessions, "checkout.session", sessionId);
    if (session.status !== "open") {
      throw invalid(
        `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`,
      );
    }
    Object.assign(session, { status: "expired", url: null });
    return { session: clone(session), events: [this.emit("checkout.session.expired", session)] };
  }

  /**
   * The customer switches plans in the portal: the licensed item moves to `priceId` and the metered overage
   * item to the new plan's overage price of the same interval (one customer.subscription.updated).
   */
  switchPlan(subId: string, priceId: string): { subscription: Obj; events: Obj[] } {
    const sub = this.getOr404(this.state.subscriptions, "subscription", subId);
    const pr = this.state.prices.get(priceId);
    if (!pr) throw noSuch("price", priceId, "items[0][price]", 400);
    const prev: Obj = { items: clone(sub.items) };
    for (const item of sub.items.data) {
      const metered = item.price.recurring?.usage_type === "metered";
      const target = !metered
        ? pr
        : [...this.state.prices.values()].find((x) =>
          x.product === pr.product && x.active && x.currency === pr.currency &&
          x.recurring?.usage_type === "metered" && x.recurring.interval === pr.recurring?.interval
        );
      if (target) {
        item.price = clone(target);
        item.plan = O.planFromPrice(target);
      }
    }
    const event = this.emit("customer.subscription.updated", sub, prev);
    return { subscription: clone(sub), events: [event] };
  }

  /** Changes a subscription as the customer portal would; sends customer.subscription.updated. */
  updateSubscription(
    subId: string,
    change: { price?: string; cancel_at_period_end?: boolean; status?: string },
  ): {
    subscription: Obj;
    events: Obj[];
  } {
    const sub = this.getOr404(this.state.subscriptions, "subscription", subId);
    const prev = this.applySubscriptionChange(sub, change);
    const event = this.emit("customer.subscription.updated", sub, prev);
    return { subscription: clone(sub), events: [event] };
  }

  private applySubscriptionChange(
    sub: Obj,
    change: {
      price?: string;
      cancel_at_period_end?: boolean;
      status?: string;
      metadata?: unknown;
      itemId?: string;
    },
  ): Obj {
    const prev: Obj = {};
    if (change.price !== undefined) {
      const pr = this.state.prices.get(change.price);
      if (!pr) throw noSuch("price", change.price, "items[0][price]", 400);
      const item = change.itemId
        ? sub.items.data.find((i: Obj) => i.id === change.itemId)
        : this.licensedItem(sub);
      if (!item) throw noSuch("subscription_item", String(change.itemId), "items[0][id]", 400);
      prev.items = clone(sub.items);
      item.price = clone(pr);
      item.plan = O.planFromPrice(pr);
    }
    if (
      change.cancel_at_period_end !== undefined && change.cancel_at_period_end !== sub.cancel_at_period_end
    ) {
      prev.cancel_at_period_end = sub.cancel_at_period_end;
      prev.cancel_at = sub.cancel_at;
      prev.canceled_at = sub.canceled_at;
      prev.cancellation_details = clone(sub.cancellation_details);
      sub.cancel_at_period_end = change.cancel_at_period_end;
      const end = this.licensedItem(sub)?.current_period_end ?? null;
      sub.cancel_at = change.cancel_at_period_end ? end : null;
      sub.canceled_at = change.cancel_at_period_end ? this.now() : null;
      sub.cancellation_details = {
        comment: null,
        feedback: null,
        reason: change.cancel_at_period_end ? "cancellation_requested" : null,
      };
    }
    if (change.status !== undefined && change.status !== sub.status) {
      prev.status = sub.status;
      sub.status = change.status;
    }
    if (change.metadata !== undefined) {
      prev.metadata = clone(sub.metadata);
      sub.metadata = mergeMetadata(sub.metadata, change.metadata);
    }
    return prev;
  }

  /** Cancels a subscription now (as the portal or Stripe's dunning would); sends customer.subscription.deleted. */
  cancelSubscription(subId: string): { subscription: Obj; events: Obj[] } {
    const sub = this.getOr404(this.state.subscriptions, "subscription", subId);
    if (sub.status === "canceled") throw noSuch("subscription", subId, "id", 404);
    const now = this.now();
    sub.status = "canceled";
    sub.canceled_at = sub.canceled_at ?? now;
    sub.ended_at = now;
    sub.cancellation_details = { comment: null, feedback: null, reason: "cancellation_requested" };
    return { subscription: clone(sub), events: [this.emit("customer.subscription.deleted", sub)] };
  }

  /**
   * The billing cycle turns: the items move to the next period, an invoice (licensed in advance, metered
   * usage of the period just ended in arrears) is paid or fails. Sends customer.subscription.updated then
   * invoice.paid, or invoice.payment_failed (and the subscription goes past_due).
   */
  renewSubscription(
    subId: string,
    opts: { fail?: boolean } = {},
  ): { subscription: Obj; invoice: Obj; events: Obj[] } {
    const sub = this.getOr404(this.state.subscriptions, "subscription", subId);
    const prevItems = clone(sub.items);
    const item = this.licensedItem(sub);
    const from = item.current_period_start;
    const to = item.current_period_end;
    const next = O.addInterval(to, item.price.recurring.interval, item.price.recurring.interval_count);
    for (const i of sub.items.data) {
      i.current_period_start = to;
      i.current_period_end = next;
    }
    const prev: Obj = { items: prevItems };
    if (opts.fail) {
      prev.status = sub.status;
      sub.status = "past_due";
    }
    const events = [this.emit("customer.subscription.updated", sub, prev)];
    const inv = this.createInvoice(sub, {
      billing_reason: "subscription_cycle",
      status: opts.fail ? "open" : "paid",
      period_start: from,
      period_end: to,
      metered: { from, to },
    });
    events.push(this.emit(opts.fail ? "invoice.payment_failed" : "invoice.paid", inv));
    return { subscription: clone(sub), invoice: clone(inv), events };
  }

  // ---------------------------------------------------------------- HTTP
  private async handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const path = url.pathname;
    if (path.startsWith("/__control/")) {
      try {
        return await this.control(req, path.slice("/__control/".length), url);
      } catch (e) {
        const status = e instanceof StripeApiError ? e.status : 500;
        return Response.json({ error: String((e as Error).message ?? e) }, { status });
      }
    }
    if (!path.startsWith("/v1/")) return await hostedPage(this, req, path);
    const requestId = randomId("req", 14);
    const key = req.headers.get("idempotency-key");
    const record: RequestRecord = {
      method: req.method,
      path,
      status: 0,
      at: Date.now(),
      idempotencyKey: key,
      replayed: false,
    };
    this.state.requests.push(record);
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "request-id": requestId,
      "stripe-version": req.headers.get("stripe-version") ?? API_VERSION,
    };
    if (this.state.latencyMs > 0) await new Promise((r) => setTimeout(r, this.state.latencyMs));
    if (this.state.down === 500 || this.state.down === 503) {
      record.status = this.state.down;
      const err = new StripeApiError(
        this.state.down,
        "api_error",
        "An unknown error occurred. Please try again later.",
      );
      return new Response(JSON.stringify(err.body()), { status: err.status, headers });
    }
    let status = 200;
    let body: string;
    try {
      this.authenticate(req);
      const raw = req.method === "POST" ? await req.text() : url.search.slice(1);
      const params = parseForm(new URLSearchParams(raw));
      if (req.method === "POST" && key) {
        const fingerprint = `${req.method} ${path} ${raw}`;
        const saved = this.state.idempotency.get(key);
        if (saved) {
          if (saved.fingerprint !== fingerprint) {
            throw new StripeApiError(
              400,
              "idempotency_error",
              `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
            );
          }
          record.status = saved.status;
          record.replayed = true;
          headers["idempotent-replayed"] = "true";
          headers["idempotency-key"] = key;
          return new Response(saved.body, { status: saved.status, headers });
        }
      }
      this.currentRequest = { id: requestId, key };
      let result: Obj;
      try {
        result = this.route(req.method, path, params);
      } finally {
        this.currentRequest = undefined;
      }
      const expand = strings(params.expand);
      if (expand.length) result = this.expand(result, expand);
      body = JSON.stringify(result, null, 2);
      if (req.method === "POST" && key) {
        this.state.idempotency.set(key, { fingerprint: `${req.method} ${path} ${raw}`, status, body });
        headers["idempotency-key"] = key;
      }
    } catch (e) {
      if (!(e instanceof StripeApiError)) {
        console.error("stripe stand-in: internal error", e);
      }
      const err = e instanceof StripeApiError
        ? e
        : new StripeApiError(500, "api_error", "An unknown error occurred");
      status = err.status;
      body = JSON.stringify(err.body(), null, 2);
      Object.assign(headers, err.headers);
      if (err.status === 401) headers["www-authenticate"] = 'Bearer realm="Stripe"';
    }
    record.status = status;
    return new Response(body, { status, headers });
  }

  private authenticate(req: Request) {
    const auth = req.headers.get("authorization") ?? "";
    const m = /^Bearer (.+)$/i.exec(auth);
    if (!m) {
      throw new StripeApiError(
        401,
        "invalid_request_error",
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
      );
    }
    if (m[1] !== this.options.secretKey) {
      const k = m[1];
      const shown = k.length > 8
        ? `${k.slice(0, 8)}${"*".repeat(Math.max(4, k.length - 12))}${k.slice(-4)}`
        : "****";
      throw new StripeApiError(401, "invalid_request_error", `Invalid API Key provided: ${shown}`);
    }
  }

  private route(method: string, path: string, p: FormObject): Obj {
    const parts = path.split("/").slice(2); // after /v1/
    const [a, b, c] = parts;
    const n = parts.length;
    const is = (m: string, segs: number) => method === m && n === segs;
    switch (a) {
      case "products":
        if (is("POST", 1)) return this.createProduct(p);
        if (is("GET", 1)) return this.listProducts(p);
        if (is("GET", 2)) return clone(this.getOr404(this.state.products, "product", b));
        if (is("POST", 2)) return this.updateProduct(b, p);
        break;
      case "prices":
        if (is("POST", 1)) return this.createPrice(p);
        if (is("GET", 1)) return this.listPrices(p);
        if (is("GET", 2)) return clone(this.getOr404(this.state.prices, "price", b));
        if (is("POST", 2)) return this.updatePrice(b, p);
        break;
      case "billing":
        if (b === "meters" && is("POST", 2)) return this.createMeter(p);
        if (b === "meters" && is("GET", 2)) return this.listMeters(p);
        if (b === "meters" && is("GET", 3)) {
          return clone(this.getOr404(this.state.meters, "billing.meter", c));
        }
        if (b === "meters" && is("POST", 3)) return this.updateMeter(c, p);
        if (b === "meters" && is("POST", 4) && (parts[3] === "deactivate" || parts[3] === "reactivate")) {
          return this.setMeterStatus(c, parts[3] === "deactivate" ? "inactive" : "active", p);
        }
        if (b === "meter_events" && is("POST", 2)) return this.createMeterEvent(p);
        break;
      case "customers":
        if (is("POST", 1)) return this.createCustomer(p);
        if (is("GET", 1)) return this.listCustomers(p);
        if (b === "search" && is("GET", 2)) return this.searchCustomers(p);
        if (is("GET", 2)) return clone(this.getOr404(this.state.customers, "customer", b));
        if (is("POST", 2)) return this.updateCustomer(b, p);
        break;
      case "checkout":
        if (b === "sessions" && is("POST", 2)) return this.createCheckoutSession(p);
        if (b === "sessions" && is("GET", 3)) {
          return clone(this.getOr404(this.state.checkoutSessions, "checkout.session", c));
        }
        if (b === "sessions" && is("POST", 4) && parts[3] === "expire") {
          checkParams(p, []);
          return this.expireCheckout(c).session;
        }
        break;
      case "billing_portal":
        if (b === "sessions" && is("POST", 2)) return this.createPortalSession(p);
        break;
      case "subscriptions":
        if (is("POST", 1)) return this.createSubscription(p);
        if (is("GET", 1)) return this.listSubscriptions(p);
        if (is("GET", 2)) return clone(this.getOr404(this.state.subscriptions, "subscription", b));
        if (is("POST", 2)) return this.updateSubscriptionApi(b, p);
        if (is("DELETE", 2)) {
          checkParams(p, ["invoice_now", "prorate", "cancellation_details"]);
          this.getOr404(this.state.subscriptions, "subscription", b);
          return this.cancelSubscription(b).subscription;
        }
        break;
      case "invoices":
        if (is("GET", 1)) return this.listInvoices(p);
        if (is("GET", 2)) return clone(this.getOr404(this.state.invoices, "invoice", b));
        break;
      case "events":
        if (is("GET", 1)) return this.page(this.sorted(this.state.events), p, "/v1/events");
        if (is("GET", 2)) {
          const e = this.state.events.find((x) => x.id === b);
          if (!e) throw noSuch("event", b);
          return clone(e);
        }
        break;
    }
    throw new StripeApiError(
      404,
      "invalid_request_error",
      `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    );
  }

  // ---- products
  private createProduct(p: FormObject): Obj {
    checkParams(p, [
      "id",
      "name",
      "description",
      "metadata",
      "active",
      "images",
      "url",
      "statement_descriptor",
      "unit_label",
    ]);
    const name = str(p.name);
    if (!name) throw missingParam("name");
    const id = str(p.id) ?? randomId("prod", 14);
    if (this.state.products.has(id)) {
      throw invalid(`Product already exists.`, "id", "resource_already_exists");
    }
    const prod = this.store(
      this.state.products,
      O.product(id, this.now(), {
        name,
        description: str(p.description),
        metadata: mergeMetadata({}, p.metadata),
        active: bool(p.active, "active"),
        url: str(p.url),
      }),
    );
    this.emit("product.created", prod, undefined, this.currentRequest);
    return clone(prod);
  }

  private updateProduct(id: string, p: FormObject): Obj {
    checkParams(p, [
      "name",
      "description",
      "metadata",
      "active",
      "default_price",
      "images",
      "url",
      "statement_descriptor",
      "unit_label",
    ]);
    const prod = this.getOr404(this.state.products, "product", id);
    const prev: Obj = {};
    const set = (k: string, v: unknown) => {
      if (v === undefined || JSON.stringify(prod[k]) === JSON.stringify(v)) return;
      prev[k] = clone(prod[k]);
      prod[k] = v;
    };
    set("name", str(p.name));
    set("description", p.description === "" ? null : str(p.description));
    set("active", bool(p.active, "active"));
    if (p.default_price !== undefined) {
      const dp = str(p.default_price)!;
      if (!this.state.prices.has(dp)) throw noSuch("price", dp, "default_price", 400);
      set("default_price", dp);
    }
    if (p.metadata !== undefined) set("metadata", mergeMetadata(prod.metadata, p.metadata));
    if (Object.keys(prev).length) {
      prod.updated = this.now();
      this.emit("product.updated", prod, prev, this.currentRequest);
    }
    return clone(prod);
  }

  private listProducts(p: FormObject): Obj {
    checkParams(p, [
      "active",
      "ids",
      "limit",
      "starting_after",
      "ending_before",
      "created",
      "url",
      "shippable",
    ]);
    const active = bool(p.active, "active");
    const ids = strings(p.ids);
    const all = this.sorted(this.state.products.values()).filter((x) =>
      (active === undefined || x.active === active) && (!ids.length || ids.includes(x.id))
    );
    return this.page(all, p, "/v1/products");
  }

  // ---- prices
  private createPrice(p: FormObject): Obj {
    checkParams(p, [
      "currency",
      "product",
      "product_data",
      "unit_amount",
      "unit_amount_decimal",
      "recurring",
      "lookup_key",
      "transfer_lookup_key",
      "nickname",
      "metadata",
      "active",
      "tax_behavior",
      "transform_quantity",
      "billing_scheme",
    ]);
    const currency = str(p.currency)?.toLowerCase();
    if (!currency) throw missingParam("currency");
    let productId = str(p.product);
    if (!productId && p.product_data) {
      const pd = p.product_data as Obj;
      const prod = this.store(
        this.state.products,
        O.product(randomId("prod", 14), this.now(), {
          name: pd.name,
          metadata: mergeMetadata({}, pd.metadata),
        }),
      );
      this.emit("product.created", prod, undefined, this.currentRequest);
      productId = prod.id;
    }
    if (!productId) throw missingParam("product");
    if (!this.state.products.has(productId)) throw noSuch("product", productId, "product", 400);
    const unitAmount = int(p.unit_amount, "unit_amount") ??
      (p.unit_amount_decimal !== undefined ? Number(p.unit_amount_decimal) : undefined);
    if (unitAmount === undefined) throw missingParam("unit_amount");
    let recurring: Obj | null = null;
    if (p.recurring) {
      const r = p.recurring as Obj;
      if (!r.interval) throw missingParam("recurring[interval]");
      if (!["day", "week", "month", "year"].includes(r.interval)) {
        throw invalid(
          `Invalid recurring[interval]: must be one of day, week, month, or year`,
          "recurring[interval]",
        );
      }
      const usage = r.usage_type ?? "licensed";
      if (usage === "metered") {
        if (!r.meter) {
          throw invalid(
            "Metered prices must be backed by a meter. Pass `recurring[meter]` to create a metered price.",
            "recurring[meter]",
          );
        }
        if (!this.state.meters.has(r.meter)) throw noSuch("billing.meter", r.meter, "recurring[meter]", 400);
      }
      recurring = {
        interval: r.interval,
        interval_count: int(r.interval_count, "recurring[interval_count]") ?? 1,
        usage_type: usage,
        meter: r.meter ?? null,
      };
    }
    const lookupKey = str(p.lookup_key);
    if (lookupKey) {
      const holder = [...this.state.prices.values()].find((x) => x.lookup_key === lookupKey);
      if (holder) {
        if (bool(p.transfer_lookup_key, "transfer_lookup_key")) {
          const prevKey = holder.lookup_key;
          holder.lookup_key = null;
          this.emit("price.updated", holder, { lookup_key: prevKey }, this.currentRequest);
        } else {
          throw invalid(
            `A price (\`${holder.id}\`) already uses that lookup key.`,
            "lookup_key",
            "lookup_key_already_exists",
          );
        }
      }
    }
    const tq = p.transform_quantity as Obj | undefined;
    const pr = this.store(
      this.state.prices,
      O.price(randomId("price"), this.now(), {
        currency,
        product: productId,
        unit_amount: unitAmount,
        recurring,
        lookup_key: lookupKey,
        nickname: str(p.nickname),
        metadata: mergeMetadata({}, p.metadata),
        active: bool(p.active, "active"),
        tax_behavior: str(p.tax_behavior),
        transform_quantity: tq ? { divide_by: Number(tq.divide_by), round: tq.round } : null,
      }),
    );
    this.emit("price.created", pr, undefined, this.currentRequest);
    return clone(pr);
  }

  private updatePrice(id: string, p: FormObject): Obj {
    checkParams(p, ["active", "lookup_key", "transfer_lookup_key", "nickname", "metadata", "tax_behavior"]);
    const pr = this.getOr404(this.state.prices, "price", id);
    const prev: Obj = {};
    const active = bool(p.active, "active");
    if (active !== undefined && active !== pr.active) {
      prev.active = pr.active;
      pr.active = active;
    }
    if (p.nickname !== undefined && p.nickname !== pr.nickname) {
      prev.nickname = pr.nickname;
      pr.nickname = p.nickname === "" ? null : p.nickname;
    }
    if (p.lookup_key !== undefined && p.lookup_key !== pr.lookup_key) {
      const holder = [...this.state.prices.values()].find((x) =>
        x.lookup_key === p.lookup_key && x.id !== id
      );
      if (holder && !bool(p.transfer_lookup_key, "transfer_lookup_key")) {
        throw invalid(
          `A price (\`${holder.id}\`) already uses that lookup key.`,
          "lookup_key",
          "lookup_key_already_exists",
        );
      }
      if (holder) holder.lookup_key = null;
      prev.lookup_key = pr.lookup_key;
      pr.lookup_key = p.lookup_key === "" ? null : p.lookup_key;
    }
    if (p.metadata !== undefined) {
      prev.metadata = clone(pr.metadata);
      pr.metadata = mergeMetadata(pr.metadata, p.metadata);
    }
    if (Object.keys(prev).length) this.emit("price.updated", pr, prev, this.currentRequest);
    return clone(pr);
  }

  private listPrices(p: FormObject): Obj {
    checkParams(p, [
      "active",
      "currency",
      "product",
      "type",
      "lookup_keys",
      "recurring",
      "limit",
      "starting_after",
      "ending_before",
      "created",
    ]);
    const active = bool(p.active, "active");
    const currency = str(p.currency);
    const product = str(p.product);
    const type = str(p.type);
    const lookupKeys = strings(p.lookup_keys);
    if (lookupKeys.length > 10) throw invalid("You may only specify up to 10 lookup keys.", "lookup_keys");
    const rec = p.recurring as Obj | undefined;
    const all = this.sorted(this.state.prices.values()).filter((x) =>
      (active === undefined || x.active === active) &&
      (!currency || x.currency === currency) &&
      (!product || x.product === product) &&
      (!type || x.type === type) &&
      (!lookupKeys.length || lookupKeys.includes(x.lookup_key)) &&
      (!rec?.interval || x.recurring?.interval === rec.interval) &&
      (!rec?.usage_type || x.recurring?.usage_type === rec.usage_type) &&
      (!rec?.meter || x.recurring?.meter === rec.meter)
    );
    return this.page(all, p, "/v1/prices");
  }

  // ---- meters
  private createMeter(p: FormObject): Obj {
    checkParams(p, [
      "display_name",
      "event_name",
      "default_aggregation",
      "customer_mapping",
      "value_settings",
      "event_time_window",
    ]);
    const display = str(p.display_name);
    const name = str(p.event_name);
    if (!display) throw missingParam("display_name");
    if (!name) throw missingParam("event_name");
    if (!(p.default_aggregation as Obj)?.formula) throw missingParam("default_aggregation[formula]");
    if ([...this.state.meters.values()].some((m) => m.event_name === name && m.status === "active")) {
      throw invalid(`An active meter with event_name \`${name}\` already exists.`, "event_name");
    }
    const m = this.store(
      this.state.meters,
      O.meter(randomId("mtr"), this.now(), {
        display_name: display,
        event_name: name,
        default_aggregation: p.default_aggregation,
        customer_mapping: p.customer_mapping,
        value_settings: p.value_settings,
      }),
    );
    return clone(m);
  }

  private updateMeter(id: string, p: FormObject): Obj {
    checkParams(p, ["display_name"]);
    const m = this.getOr404(this.state.meters, "billing.meter", id);
    if (p.display_name !== undefined) {
      m.display_name = str(p.display_name);
      m.updated = this.now();
    }
    return clone(m);
  }

  private setMeterStatus(id: string, status: "active" | "inactive", p: FormObject): Obj {
    checkParams(p, []);
    const m = this.getOr404(this.state.meters, "billing.meter", id);
    if (m.status === status) {
      throw invalid(`This meter is already ${status === "active" ? "active" : "inactive"}.`);
    }
    if (
      status === "active" &&
      [...this.state.meters.values()].some((x) => x.event_name === m.event_name && x.status === "active")
    ) {
      throw invalid(`An active meter with event_name \`${m.event_name}\` already exists.`, "event_name");
    }
    m.status = status;
    m.status_transitions = { deactivated_at: status === "inactive" ? this.now() : null };
    m.updated = this.now();
    return clone(m);
  }

  private listMeters(p: FormObject): Obj {
    checkParams(p, ["status", "limit", "starting_after", "ending_before"]);
    const status = str(p.status);
    const all = this.sorted(this.state.meters.values()).filter((m) => !status || m.status === status);
    return this.page(all, p, "/v1/billing/meters");
  }

  private createMeterEvent(p: FormObject): Obj {
    checkParams(p, ["event_name", "payload", "identifier", "timestamp"]);
    const name = str(p.event_name);
    if (!name) throw missingParam("event_name");
    const payload = p.payload as Obj | undefined;
    if (!payload || typeof payload !== "object") throw missingParam("payload");
    const now = this.now();
    const identifier = str(p.identifier) ?? randomId("mev").replace("mev_", "");
    const timestamp = int(p.timestamp, "timestamp") ?? now;
    const attempt = { event_name: name, identifier, payload: clone(payload), timestamp, at: now };
    const reject = (message: string, param?: string) => {
      this.state.rejectedMeterEvents.push({ ...attempt, error: message });
      const e = invalid(message, param);
      (e.headers as Record<string, string>)["stripe-should-retry"] = "false";
      return e;
    };
    const meter = [...this.state.meters.values()].find((m) => m.event_name === name && m.status === "active");
    if (!meter) throw reject(`No active meter found with event_name \`${name}\`.`, "event_name");
    if (timestamp < now - 35 * 86400 || timestamp > now + 300) {
      throw reject(
        "Timestamp must be within the past 35 calendar days or up to 5 minutes in the future.",
        "timestamp",
      );
    }
    const custKey = meter.customer_mapping.event_payload_key;
    const valueKey = meter.value_settings.event_payload_key;
    if (payload[custKey] === undefined) {
      throw reject(`Missing required param: payload[${custKey}].`, `payload[${custKey}]`);
    }
    if (payload[valueKey] === undefined) {
      throw reject(`Missing required param: payload[${valueKey}].`, `payload[${valueKey}]`);
    }
    // Stripe keeps identifiers unique over a rolling window of at least 24 hours and refuses a repeat.
    if (this.state.meterEvents.some((e) => e.identifier === identifier && e.at > now - 86400)) {
      throw reject(`An event already exists with identifier ${identifier}.`);
    }
    const ev = {
      object: "billing.meter_event",
      created: now,
      event_name: name,
      identifier,
      livemode: false,
      payload: clone(payload),
      timestamp,
    };
    // Stripe checks the customer and the value asynchronously (billing.meter.error_report_triggered);
    // the stand-in records whether they would pass.
    const valid = this.state.customers.has(payload[custKey]) &&
      /^\d+(\.\d+)?$/.test(String(payload[valueKey]));
    this.state.meterEvents.push({ ...ev, at: now, valid });
    return ev;
  }

  // ---- customers
  private createCustomer(p: FormObject): Obj {
    checkParams(p, ["email", "name", "description", "metadata", "phone", "preferred_locales"]);
    const cus = this.store(
      this.state.customers,
      O.customer(randomId("cus", 14), this.now(), {
        email: str(p.email),
        name: str(p.name),
        description: str(p.description),
        metadata: mergeMetadata({}, p.metadata),
      }),
    );
    this.emit("customer.created", cus, undefined, this.currentRequest);
    return clone(cus);
  }

  private updateCustomer(id: string, p: FormObject): Obj {
    checkParams(p, ["email", "name", "description", "metadata", "phone", "preferred_locales"]);
    const cus = this.getOr404(this.state.customers, "customer", id);
    const prev: Obj = {};
    for (const k of ["email", "name", "description", "phone"]) {
      if (p[k] !== undefined && p[k] !== cus[k]) {
        prev[k] = cus[k];
        cus[k] = p[k] === "" ? null : p[k];
      }
    }
    if (p.metadata !== undefined) {
      prev.metadata = clone(cus.metadata);
      cus.metadata = mergeMetadata(cus.metadata, p.metadata);
    }
    if (Object.keys(prev).length) this.emit("customer.updated", cus, prev, this.currentRequest);
    return clone(cus);
  }

  private listCustomers(p: FormObject): Obj {
    checkParams(p, ["email", "limit", "starting_after", "ending_before", "created"]);
    const email = str(p.email);
    const all = this.sorted(this.state.customers.values()).filter((c) => !email || c.email === email);
    return this.page(all, p, "/v1/customers");
  }

  /** Stripe's search syntax, the clauses this project uses: `metadata['k']:'v'`, `email:'x'`, joined by AND. */
  private searchCustomers(p: FormObject): Obj {
    checkParams(p, ["query", "limit", "page"]);
    const query = str(p.query);
    if (!query) throw missingParam("query");
    const clauses = query.split(/\s+AND\s+/i).map((c) => {
      const m = /^\s*(metadata\[['"]([^'"]+)['"]\]|email|name)\s*:\s*['"]([^'"]*)['"]\s*$/.exec(c);
      if (!m) throw invalid(`Invalid search query: ${query}`, "query");
      return m[2] ? { meta: m[2], value: m[3] } : { field: m[1], value: m[3] };
    });
    const data = this.sorted(this.state.customers.values()).filter((c) =>
      clauses.every((cl) => cl.meta ? c.metadata[cl.meta] === cl.value : c[cl.field!] === cl.value)
    );
    const limit = int(p.limit, "limit") ?? 10;
    return {
      object: "search_result",
      data: data.slice(0, limit).map(clone),
      has_more: data.length > limit,
      next_page: null,
      url: "/v1/customers/search",
    };
  }

  // ---- checkout and portal
  private createCheckoutSession(p: FormObject): Obj {
    checkParams(p, [
      "mode",
      "line_items",
      "customer",
      "customer_email",
      "client_reference_id",
      "success_url",
      "cancel_url",
      "metadata",
      "subscription_data",
      "allow_promotion_codes",
      "locale",
      "payment_method_types",
      "billing_address_collection",
      "ui_mode",
      "customer_update",
    ]);
    const mode = str(p.mode);
    if (!mode) throw missingParam("mode");
    if (!["payment", "setup", "subscription"].includes(mode)) throw invalid(`Invalid mode: ${mode}`, "mode");
    validUrl(str(p.success_url), "success_url");
    validUrl(str(p.cancel_url), "cancel_url");
    const customerId = str(p.customer);
    if (customerId && !this.state.customers.has(customerId)) {
      throw noSuch("customer", customerId, "customer", 400);
    }
    if (customerId && p.customer_email) {
      throw invalid(
        "You may only specify one of these parameters: customer, customer_email.",
        "customer_email",
      );
    }
    const rawLines = (p.line_items as Obj[] | undefined) ?? [];
    if (mode !== "setup" && !rawLines.length) throw missingParam("line_items");
    const lines: Obj[] = [];
    let interval: string | undefined;
    let currency: string | undefined;
    let total = 0;
    rawLines.forEach((l: Obj, i: number) => {
      const param = `line_items[${i}]`;
      const priceId = str(l.price);
      if (!priceId) throw missingParam(`${param}[price]`);
      const pr = this.state.prices.get(priceId);
      if (!pr) throw noSuch("price", priceId, `${param}[price]`, 400);
      if (!pr.active) {
        throw invalid(
          "The price specified is inactive. This field only accepts active prices.",
          `${param}[price]`,
        );
      }
      const metered = pr.recurring?.usage_type === "metered";
      const qty = int(l.quantity, `${param}[quantity]`);
      if (metered && qty !== undefined) {
        throw invalid(
          `Quantity should not be specified where usage_type is \`metered\`. Remove quantity from \`${param}\``,
          `${param}[quantity]`,
        );
      }
      if (!metered && qty === undefined) {
        throw invalid(
          `Quantity is required. Add \`quantity\` to \`${param}\``,
          `${param}[quantity]`,
          "parameter_missing",
        );
      }
      if (mode === "payment" && pr.recurring) {
        throw invalid(
          "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.",
          `${param}[price]`,
        );
      }
      if (pr.recurring) {
        const iv = `${pr.recurring.interval}/${pr.recurring.interval_count}`;
        if (interval && interval !== iv) {
          throw invalid(
            "Checkout does not support multiple prices with different billing intervals.",
            "line_items",
          );
        }
        interval = iv;
      }
      if (currency && currency !== pr.currency) {
        throw invalid("All prices must be in the same currency.", "line_items");
      }
      currency = pr.currency;
      if (!metered) total += pr.unit_amount * (qty ?? 1);
      lines.push({ price: priceId, quantity: qty });
    });
    if (mode === "subscription" && !interval) {
      throw invalid(
        "You must provide at least one recurring price in `subscription` mode when using prices.",
        "line_items",
      );
    }
    const now = this.now();
    const id = randomId("cs_test", 58);
    const session: Obj = {
      id,
      object: "checkout.session",
      adaptive_pricing: null,
      after_expiration: null,
      allow_promotion_codes: bool(p.allow_promotion_codes, "allow_promotion_codes") ?? null,
      amount_subtotal: total,
      amount_total: total,
      automatic_tax: { enabled: false, liability: null, provider: null, status: null },
      billing_address_collection: str(p.billing_address_collection) ?? null,
      cancel_url: str(p.cancel_url) ?? null,
      client_reference_id: str(p.client_reference_id) ?? null,
      client_secret: null,
      collected_information: null,
      consent: null,
      consent_collection: null,
      created: now,
      currency: currency ?? null,
      currency_conversion: null,
      custom_fields: [],
      custom_text: {
        after_submit: null,
        shipping_address: null,
        submit: null,
        terms_of_service_acceptance: null,
      },
      customer: customerId ?? null,
      customer_account: null,
      customer_creation: customerId ? null : "always",
      customer_details: null,
      customer_email: str(p.customer_email) ?? null,
      discounts: [],
      expires_at: now + 86400,
      integration_identifier: null,
      invoice: null,
      invoice_creation: null,
      livemode: false,
      locale: str(p.locale) ?? null,
      metadata: mergeMetadata({}, p.metadata),
      mode,
      origin_context: null,
      payment_intent: null,
      payment_link: null,
      payment_method_collection: "always",
      payment_method_configuration_details: null,
      payment_method_options: { card: { request_three_d_secure: "automatic" } },
      payment_method_types: ["card"],
      payment_status: "unpaid",
      permissions: null,
      phone_number_collection: { enabled: false },
      recovered_from: null,
      saved_payment_method_options: null,
      setup_intent: null,
      shipping_address_collection: null,
      shipping_cost: null,
      shipping_options: [],
      status: "open",
      submit_type: null,
      subscription: null,
      success_url: str(p.success_url) ?? null,
      total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
      ui_mode: str(p.ui_mode) ?? "hosted",
      url: `${this.url}/checkout/${id}`,
      wallet_options: null,
    };
    this.store(this.state.checkoutSessions, session);
    this.state.checkoutLines.set(id, lines);
    const sd = p.subscription_data as Obj | undefined;
    this.state.checkoutSubscriptionData.set(id, { metadata: mergeMetadata({}, sd?.metadata) });
    return clone(session);
  }

  private createPortalSession(p: FormObject): Obj {
    checkParams(p, ["customer", "return_url", "configuration", "locale", "flow_data"]);
    const customerId = str(p.customer);
    if (!customerId) throw missingParam("customer");
    if (!this.state.customers.has(customerId)) throw noSuch("customer", customerId, "customer", 400);
    validUrl(str(p.return_url), "return_url");
    const id = randomId("bps");
    const s = {
      id,
      object: "billing_portal.session",
      configuration: str(p.configuration) ?? "bpc_standin_default",
      created: this.now(),
      customer: customerId,
      customer_account: null,
      flow: null,
      livemode: false,
      locale: str(p.locale) ?? null,
      on_behalf_of: null,
      return_url: str(p.return_url) ?? null,
      url: `${this.url}/portal/${id}`,
    };
    this.state.portalSessions.set(id, s);
    return clone(s);
  }

  // ---- subscriptions and invoices
  private createSubscription(p: FormObject): Obj {
    checkParams(p, [
      "customer",
      "items",
      "metadata",
      "payment_behavior",
      "collection_method",
      "default_payment_method",
    ]);
    const customerId = str(p.customer);
    if (!customerId) throw missingParam("customer");
    if (!this.state.customers.has(customerId)) throw noSuch("customer", customerId, "customer", 400);
    const raw = (p.items as Obj[] | undefined) ?? [];
    if (!raw.length) throw missingParam("items");
    const now = this.now();
    const subId = randomId("sub");
    const prices = raw.map((it, i) => {
      const pr = this.state.prices.get(it.price);
      if (!pr) throw noSuch("price", it.price, `items[${i}][price]`, 400);
      if (!pr.recurring) throw invalid("The price specified is not recurring.", `items[${i}][price]`);
      return pr;
    });
    const end = O.addInterval(now, prices[0].recurring.interval, prices[0].recurring.interval_count);
    const items = prices.map((pr) => O.subscriptionItem(randomId("si", 14), subId, now, pr, now, end));
    const sub = this.store(
      this.state.subscriptions,
      O.subscription(subId, now, {
        currency: prices[0].currency,
        customer: customerId,
        items,
        metadata: mergeMetadata({}, p.metadata),
      }),
    );
    this.emit("customer.subscription.created", sub, undefined, this.currentRequest);
    const inv = this.createInvoice(sub, {
      billing_reason: "subscription_create",
      status: "paid",
      period_start: now,
      period_end: now,
    });
    this.emit("invoice.paid", inv, undefined, this.currentRequest);
    return clone(sub);
  }

  private updateSubscriptionApi(id: string, p: FormObject): Obj {
    checkParams(p, [
      "cancel_at_period_end",
      "items",
      "metadata",
      "proration_behavior",
      "payment_behavior",
      "cancel_at",
    ]);
    const sub = this.getOr404(this.state.subscriptions, "subscription", id);
    if (sub.status === "canceled") {
      throw invalid(
        "A canceled subscription can only update its cancellation_details and metadata.",
        undefined,
      );
    }
    const items = (p.items as Obj[] | undefined) ?? [];
    const before = clone(sub.items);
    let itemsChanged = false;
    // As Stripe: an item with `id` is changed (price, quantity, deleted); one without is added.
    items.forEach((it, i) => {
      const param = `items[${i}]`;
      if (it.id !== undefined) {
        const item = sub.items.data.find((x: Obj) => x.id === it.id);
        if (!item) throw noSuch("subscription_item", String(it.id), `${param}[id]`, 400);
        if (bool(it.deleted, `${param}[deleted]`)) {
          sub.items.data = sub.items.data.filter((x: Obj) => x.id !== it.id);
        } else if (it.price !== undefined) {
          const pr = this.state.prices.get(it.price);
          if (!pr) throw noSuch("price", String(it.price), `${param}[price]`, 400);
          item.price = clone(pr);
          item.plan = O.planFromPrice(pr);
        }
        const qty = int(it.quantity, `${param}[quantity]`);
        if (qty !== undefined && item.quantity !== undefined) item.quantity = qty;
      } else {
        const pr = it.price !== undefined ? this.state.prices.get(it.price) : undefined;
        if (!pr) throw noSuch("price", String(it.price), `${param}[price]`, 400);
        if (sub.items.data.some((x: Obj) => x.price.id === pr.id)) {
          throw invalid(
            `Cannot add multiple subscription items with the same price: ${pr.id}`,
            `${param}[price]`,
          );
        }
        const ref = this.licensedItem(sub);
        sub.items.data.push(
          O.subscriptionItem(
            randomId("si", 14),
            sub.id,
            this.now(),
            pr,
            ref.current_period_start,
            ref.current_period_end,
          ),
        );
      }
      itemsChanged = true;
    });
    sub.items.total_count = sub.items.data.length;
    const prev = this.applySubscriptionChange(sub, {
      cancel_at_period_end: bool(p.cancel_at_period_end, "cancel_at_period_end"),
      metadata: p.metadata,
    });
    if (itemsChanged) prev.items = before;
    if (Object.keys(prev).length) this.emit("customer.subscription.updated", sub, prev, this.currentRequest);
    return clone(sub);
  }

  private listSubscriptions(p: FormObject): Obj {
    checkParams(p, ["customer", "status", "price", "limit", "starting_after", "ending_before", "created"]);
    const customer = str(p.customer);
    const status = str(p.status);
    const priceId = str(p.price);
    const all = this.sorted(this.state.subscriptions.values()).filter((s) =>
      (!customer || s.customer === customer) &&
      (status === "all" ? true : status ? s.status === status : s.status !== "canceled") &&
      (!priceId || s.items.data.some((i: Obj) => i.price.id === priceId))
    );
    return this.page(all, p, "/v1/subscriptions");
  }

  private listInvoices(p: FormObject): Obj {
    checkParams(p, [
      "customer",
      "subscription",
      "status",
      "limit",
      "starting_after",
      "ending_before",
      "created",
      "collection_method",
    ]);
    const customer = str(p.customer);
    const subscription = str(p.subscription);
    const status = str(p.status);
    if (customer && !this.state.customers.has(customer)) throw noSuch("customer", customer, "customer", 400);
    const all = this.sorted(this.state.invoices.values()).filter((i) =>
      (!customer || i.customer === customer) &&
      (!subscription || i.parent?.subscription_details?.subscription === subscription) &&
      (!status || i.status === status)
    );
    return this.page(all, p, "/v1/invoices");
  }

  // ---------------------------------------------------------------- HTTP control API
  private async control(req: Request, op: string, url: URL): Promise<Response> {
    const body: Obj = req.method === "POST" ? await req.json().catch(() => ({})) : {};
    const ok = (v: unknown) => Response.json(v);
    const deliverAll = async (events: Obj[]) => {
      const report = (d: Delivery) => ({
        event: d.event.id,
        status: d.status ?? null,
        error: d.error ?? null,
      });
      if (this.autoDeliver) {
        await this.settled();
        // Each event's last attempt (after the retries).
        return events.map((e) => this.state.deliveries.findLast((d) => d.event.id === e.id))
          .filter((d): d is Delivery => d !== undefined).map(report);
      }
      if (body.deliver === false || !(body.url ?? this.webhookUrl)) return [];
      const out = [];
      for (const e of events) out.push(report(await this.deliver(e, { url: body.url })));
      return out;
    };
    let m: RegExpExecArray | null;
    if (op === "seed" && req.method === "POST") return ok(this.seedCatalogue());
    if (op === "reset" && req.method === "POST") {
      this.reset();
      return ok({ reset: true });
    }
    if (op === "down" && req.method === "POST") {
      const mode = body.mode === 500 || body.mode === 503 ? body.mode : false;
      await this.setDown(mode);
      return ok({ down: mode });
    }
    if (op === "latency" && req.method === "POST") {
      this.setLatency(Number(body.ms ?? 0));
      return ok({ latency_ms: this.state.latencyMs });
    }
    if (op === "clock" && req.method === "POST") {
      this.advanceClock(Number(body.advance ?? 0));
      return ok({ now: this.now() });
    }
    if (op === "webhook" && req.method === "POST") {
      this.webhookUrl = body.url ?? undefined;
      this.autoDeliver = body.auto_deliver ?? Boolean(this.webhookUrl);
      if (typeof body.retry_base_ms === "number") this.outbox.retryBaseMs = body.retry_base_ms;
      if (typeof body.max_retries === "number") this.outbox.maxRetries = body.max_retries;
      return ok({
        url: this.webhookUrl ?? null,
        auto_deliver: this.autoDeliver,
        retry_base_ms: this.outbox.retryBaseMs,
        max_retries: this.outbox.maxRetries,
      });
    }
    if ((m = /^checkout\/([^/]+)\/complete$/.exec(op)) && req.method === "POST") {
      const r = this.completeCheckout(m[1], { email: body.email });
      return ok({ ...r, deliveries: await deliverAll(r.events) });
    }
    if ((m = /^subscriptions\/([^/]+)\/(update|cancel|renew)$/.exec(op)) && req.method === "POST") {
      const r = m[2] === "update"
        ? this.updateSubscription(m[1], body)
        : m[2] === "cancel"
        ? this.cancelSubscription(m[1])
        : this.renewSubscription(m[1], { fail: Boolean(body.fail) });
      return ok({ ...r, deliveries: await deliverAll(r.events) });
    }
    if ((m = /^events\/([^/]+)\/deliver$/.exec(op)) && req.method === "POST") {
      const e = this.state.events.find((x) => x.id === m![1]);
      if (!e) throw noSuch("event", m[1]);
      const d = await this.deliver(e, { url: body.url, timestamp: body.timestamp });
      return ok({ status: d.status ?? null, body: d.body ?? null, error: d.error ?? null });
    }
    if ((m = /^events\/([^/]+)\/sign$/.exec(op)) && req.method === "POST") {
      const e = this.state.events.find((x) => x.id === m![1]);
      if (!e) throw noSuch("event", m[1]);
      return ok(await this.sign(e, { timestamp: body.timestamp }));
    }
    if (op === "events" && req.method === "GET") {
      const type = url.searchParams.get("type");
      return ok(this.state.events.filter((e) => !type || e.type === type));
    }
    if (op === "meter_events" && req.method === "GET") {
      return ok({
        accepted: this.meterEvents(url.searchParams.get("customer") ?? undefined),
        rejected: this.state.rejectedMeterEvents,
      });
    }
    if (op === "requests" && req.method === "GET") return ok(this.state.requests);
    if (op === "deliveries" && req.method === "GET") {
      // ?wait=1: once every delivery queued so far has been made (retries included).
      if (url.searchParams.get("wait")) await this.settled();
      const event = url.searchParams.get("event");
      return ok({
        attempts: this.state.deliveries.filter((d) => !event || d.event.id === event).map((d) => ({
          event: d.event.id,
          type: d.event.type,
          attempt: d.attempt,
          url: d.url,
          at: new Date(d.at).toISOString(),
          status: d.status ?? null,
          error: d.error ?? null,
          next_retry_at: d.next_retry_at ? new Date(d.next_retry_at).toISOString() : null,
        })),
        pending: this.outbox.pending().filter((p) => !event || p.event === event)
          .map((p) => ({ ...p, due_at: new Date(p.due_at).toISOString() })),
      });
    }
    throw new StripeApiError(404, "invalid_request_error", `Unknown control operation ${req.method} ${op}`);
  }
}

/** Starts the stand-in on 127.0.0.1 (port 0: a free port). */
export function startStripeStandIn(options: StandInOptions): StripeStandIn {
  const s = new StripeStandIn(options);
  s.listen();
  return s;
}

/** A stripe-node client on the stand-in (the API version pinned, no retries), for the stand-in's own tests. */
export function standInClient(standIn: StripeStandIn, key = standIn.options.secretKey): Stripe {
  return new Stripe(key, {
    ...stripeClientOptions(standIn),
    apiVersion: API_VERSION as Stripe.LatestApiVersion,
    httpClient: Stripe.createFetchHttpClient(),
    maxNetworkRetries: 0,
  });
}

/** `{host, port, protocol}` for stripe-node (or STRIPE_API_BASE = standIn.url). */
export function stripeClientOptions(standIn: StripeStandIn) {
  return { host: "127.0.0.1", port: standIn.port, protocol: "http" as const };
}
