// The Stripe-hosted pages of the stand-in (the local stack's browser side): Checkout, the customer portal,
// hosted invoices and their PDFs. Each action changes the stand-in's state as Stripe does and sends the
// events (delivered to the webhook endpoint by the outbox, webhooks.ts).
//   GET  /checkout/<cs_id>                  the plan, the amount, Pay (#pay) and Cancel (#cancel)
//   POST /checkout/<cs_id>/pay              completes the session -> 303 success_url ({CHECKOUT_SESSION_ID})
//   POST /checkout/<cs_id>/cancel           expires the session   -> 303 cancel_url
//   GET  /portal/<bps_id>                   the plan; switch (#switch-<plan>), cancel (#cancel-plan) or renew
//                                           (#renew-plan) it; Return (#return) to return_url
//   POST /portal/<bps_id>/switch/<price_id> another plan of the same interval and currency -> 303 return_url
//   POST /portal/<bps_id>/cancel            cancel at the end of the period                -> 303 return_url
//   POST /portal/<bps_id>/renew             undo that cancellation                         -> 303 return_url
//   GET  /invoices/<in_id>, /invoices/<in_id>.pdf
// The markup keeps the shape the app's tests drive (tests/sandbox/SandboxFunctions.cpp, FormBrowser):
// `<form method="post" action="..."><button id="...">`, the form posting nothing else.
import type { Obj } from "./objects.ts";
import type { StripeStandIn } from "./stand-in.ts";

export function escapeHtml(text: unknown): string {
  return String(text ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Minor units as the app shows them: $9.99, €9.99, ¥1500. */
export function formatAmount(amount: number, currency: string): string {
  if (currency === "jpy") return `¥${amount}`;
  const symbol = currency === "eur" ? "€" : currency === "usd" ? "$" : `${currency.toUpperCase()} `;
  return `${symbol}${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, "0")}`;
}

function page(status: number, title: string, body: string): Response {
  return new Response(
    `<!doctype html><html><head><meta charset="utf-8"><title>${
      escapeHtml(title)
    }</title></head><body>${body}` +
      `<p><small>Stripe stand-in: test data, no real payment.</small></p></body></html>`,
    { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } },
  );
}

const seeOther = (location: string) => new Response(null, { status: 303, headers: { location } });

/** `<form method="post" action="..."><button id="..." type="submit">label</button></form>` */
function button(action: string, id: string, label: string): string {
  return `<form method="post" action="${escapeHtml(action)}"><button id="${escapeHtml(id)}" type="submit">` +
    `${escapeHtml(label)}</button></form>`;
}

function isoDay(unix: number | null | undefined): string {
  return unix ? new Date(unix * 1000).toISOString().slice(0, 10) : "";
}

export async function hostedPage(s: StripeStandIn, req: Request, path: string): Promise<Response> {
  // A form's body is never needed (the action is in the URL); read it so the connection is reusable.
  if (req.body) await req.body.cancel();
  let m = /^\/checkout\/([^/]+)(?:\/(pay|cancel))?$/.exec(path);
  if (m) return checkout(s, req.method, m[1], m[2]);
  m = /^\/portal\/([^/]+)(?:\/(cancel|renew|switch)(?:\/([^/]+))?)?$/.exec(path);
  if (m) return portal(s, req.method, m[1], m[2], m[3]);
  m = /^\/invoices\/([^/.]+)(\.pdf)?$/.exec(path);
  if (m && req.method === "GET") return invoice(s, m[1], Boolean(m[2]));
  return page(404, "Not found", "<h1>Not found</h1>");
}

// ---------------------------------------------------------------- Checkout
function checkout(s: StripeStandIn, method: string, id: string, action?: string): Response {
  const session = s.state.checkoutSessions.get(id);
  if (!session) return page(404, "Checkout not found", "<h1>This checkout session does not exist</h1>");
  const closed = () =>
    page(410, "Checkout closed", `<h1>This checkout session is ${escapeHtml(session.status)}</h1>`);
  if (!action) {
    if (method !== "GET") return page(405, "Not allowed", "<h1>Method not allowed</h1>");
    if (session.status !== "open") return closed();
    const lines = (s.state.checkoutLines.get(id) ?? []).map((l) => s.state.prices.get(l.price)!);
    const plan = lines.find((p) => p.recurring?.usage_type !== "metered") ?? lines[0];
    const product = s.state.products.get(plan?.product);
    const interval = plan?.recurring?.interval ?? "";
    const usage = lines.filter((p) => p.recurring?.usage_type === "metered").map((p) =>
      `<p id="overage">Usage over the plan's quota: ${
        escapeHtml(formatAmount(p.unit_amount, p.currency))
      } per ${p.transform_quantity?.divide_by ?? 1} units, billed per ${escapeHtml(p.recurring.interval)}</p>`
    ).join("");
    const email = session.customer ? s.state.customers.get(session.customer)?.email : session.customer_email;
    return page(
      200,
      "Checkout — StreamVibe (Stripe stand-in)",
      `<h1>Subscribe to StreamVibe ${escapeHtml(product?.name ?? "")}</h1>` +
        `<p id="amount">${escapeHtml(formatAmount(session.amount_total, session.currency))} per ${
          escapeHtml(interval)
        }</p>${usage}${email ? `<p id="email">${escapeHtml(email)}</p>` : ""}` +
        button(`/checkout/${id}/pay`, "pay", "Pay") + button(`/checkout/${id}/cancel`, "cancel", "Cancel"),
    );
  }
  if (method !== "POST") return page(405, "Not allowed", "<h1>Method not allowed</h1>");
  if (session.status !== "open") return closed();
  if (action === "cancel") {
    const cancelUrl = session.cancel_url;
    s.expireCheckout(id);
    return cancelUrl ? seeOther(cancelUrl) : page(200, "Checkout cancelled", "<h1>Checkout cancelled</h1>");
  }
  s.completeCheckout(id);
  if (!session.success_url) return page(200, "Payment complete", "<h1>Payment complete</h1>");
  // Stripe fills in the session id where success_url has the template (also when it was URL-encoded).
  return seeOther(
    session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", id).replaceAll("%7BCHECKOUT_SESSION_ID%7D", id),
  );
}

// ---------------------------------------------------------------- customer portal
function licensedItem(sub: Obj): Obj | undefined {
  return sub.items.data.find((i: Obj) => i.price.recurring?.usage_type !== "metered") ?? sub.items.data[0];
}

/** The prices the portal offers instead of the current one: other paid plans, same interval and currency. */
function switchTargets(s: StripeStandIn, current: Obj): Obj[] {
  return [...s.state.prices.values()].filter((p) => {
    const product = s.state.products.get(p.product);
    return p.active && product?.active && product.metadata?.plan && p.product !== current.product &&
      p.type === "recurring" && p.recurring.usage_type === "licensed" && p.unit_amount > 0 &&
      p.currency === current.currency && p.recurring.interval === current.recurring?.interval &&
      p.recurring.interval_count === current.recurring?.interval_count;
  }).sort((a, b) => a.unit_amount - b.unit_amount);
}

function portal(s: StripeStandIn, method: string, id: string, action?: string, priceId?: string): Response {
  const session = s.state.portalSessions.get(id);
  if (!session) return page(404, "Portal not found", "<h1>This portal session does not exist</h1>");
  const sub = [...s.state.subscriptions.values()]
    .filter((x) => x.customer === session.customer && x.status !== "canceled")
    .sort((a, b) => b.created - a.created)[0];
  const item = sub ? licensedItem(sub) : undefined;
  if (!action) {
    if (method !== "GET") return page(405, "Not allowed", "<h1>Method not allowed</h1>");
    return portalPage(s, id, session, sub, item);
  }
  if (method !== "POST" || (action === "switch") !== Boolean(priceId)) {
    return page(405, "Not allowed", "<h1>Method not allowed</h1>");
  }
  if (!sub || !item) return page(409, "No subscription", "<h1>There is no subscription to change</h1>");
  if (action === "switch") {
    const target = switchTargets(s, item.price).find((p) => p.id === priceId);
    if (!target) return page(400, "Not offered", "<h1>That plan is not offered here</h1>");
    s.switchPlan(sub.id, target.id);
  } else {
    s.updateSubscription(sub.id, { cancel_at_period_end: action === "cancel" });
  }
  return seeOther(session.return_url ?? `${s.url}/portal/${id}`);
}

function portalPage(s: StripeStandIn, id: string, session: Obj, sub?: Obj, item?: Obj): Response {
  const back = `<p><a id="return" href="${
    escapeHtml(session.return_url ?? "")
  }">Return to StreamVibe</a></p>`;
  if (!sub || !item) {
    return page(
      200,
      "Billing — StreamVibe (Stripe stand-in)",
      `<h1>Your plan: <span id="plan">free</span></h1><p>No subscription.</p>${back}`,
    );
  }
  const price = item.price;
  const product = s.state.products.get(price.product);
  const end = item.current_period_end;
  const status = sub.cancel_at_period_end
    ? `Cancels on ${isoDay(sub.cancel_at ?? end)}`
    : sub.status === "active"
    ? `Renews on ${isoDay(end)}`
    : `Status: ${sub.status}`;
  const per = (p: Obj) => `${formatAmount(p.unit_amount, p.currency)} per ${p.recurring.interval}`;
  const switches = switchTargets(s, price).map((p) => {
    const plan = s.state.products.get(p.product)!;
    return button(
      `/portal/${id}/switch/${p.id}`,
      `switch-${plan.metadata.plan}`,
      `Switch to ${plan.name} (${per(p)})`,
    );
  }).join("");
  const invoices = [...s.state.invoices.values()].filter((i) => i.customer === session.customer)
    .sort((a, b) => b.created - a.created)
    .map((i) =>
      `<li><a href="${escapeHtml(i.hosted_invoice_url)}">${escapeHtml(i.number)}</a> ${
        escapeHtml(formatAmount(i.amount_due, i.currency))
      } ${escapeHtml(i.status)}</li>`
    ).join("");
  return page(
    200,
    "Billing — StreamVibe (Stripe stand-in)",
    `<h1>Your plan: <span id="plan">${
      escapeHtml(product?.metadata?.plan ?? product?.name ?? "")
    }</span></h1>` +
      `<p id="price">${escapeHtml(product?.name ?? "")}, ${escapeHtml(per(price))}</p>` +
      `<p id="status">${escapeHtml(status)}</p>${switches}` +
      (sub.cancel_at_period_end
        ? button(`/portal/${id}/renew`, "renew-plan", "Renew plan")
        : button(`/portal/${id}/cancel`, "cancel-plan", "Cancel plan")) +
      (invoices ? `<h2>Invoices</h2><ul id="invoices">${invoices}</ul>` : "") + back,
  );
}

// ---------------------------------------------------------------- invoices
function invoice(s: StripeStandIn, id: string, pdf: boolean): Response {
  const inv = s.state.invoices.get(id);
  if (!inv) return page(404, "Invoice not found", "<h1>No such invoice</h1>");
  const summary = `Invoice ${inv.number} - ${formatAmount(inv.amount_due, inv.currency)} - ${inv.status}`;
  const lines = inv.lines.data.map((l: Obj) =>
    `${l.description ?? ""}: ${formatAmount(l.amount, l.currency)}`
  );
  if (pdf) {
    return new Response(
      pdfDocument([summary, `Period ${isoDay(inv.period_start)} - ${isoDay(inv.period_end)}`, ...lines]),
      {
        headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="${id}.pdf"` },
      },
    );
  }
  return page(
    200,
    summary,
    `<h1>${escapeHtml(summary)}</h1><ul id="lines">${
      lines.map((l: string) => `<li>${escapeHtml(l)}</li>`).join("")
    }</ul><p><a id="pdf" href="${escapeHtml(inv.invoice_pdf)}">Download PDF</a></p>`,
  );
}

/** A one-page PDF with the given lines in Helvetica (characters outside ASCII become "?"). */
export function pdfDocument(lines: string[]): string {
  const text = (t: string) => t.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 12 Tf 16 TL 72 740 Td ${lines.map((l) => `(${text(l)}) '`).join(" ")} ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> " +
    "/Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return out; // ASCII only: its length in characters is its length in bytes
}
