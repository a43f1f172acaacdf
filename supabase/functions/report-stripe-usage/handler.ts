// report-stripe-usage (service role; pg_cron calls it hourly): the overage not yet reported to Stripe, as
// Billing Meter events. Each report is written as 'pending' before it is sent and marked 'sent' after, under a
// deterministic identifier (usage_<user>_<period_start>_<cumulative>): a report left pending by a crash or a
// failed send is sent again with the same identifier, and Stripe refuses a repeated identifier, so no overage
// is ever billed twice.
import { requireServiceRole } from "../_shared/auth.ts";
import { createDb, type Sql } from "../_shared/db.ts";
import { EnvReader } from "../_shared/env.ts";
import { consoleLogger, handle, json, type Logger, redact, requireMethod } from "../_shared/http.ts";
import { createStripe, isStripeOutage, type Stripe } from "../_shared/stripe.ts";

export const DEFAULT_METER_EVENT_NAME = "streamvibe_api_units";

export interface UsageRecord {
  id: string;
  user_id: string | null;
  stripe_customer_id: string;
  value: string;
  identifier: string;
  event_name: string;
}

export interface ReportDeps {
  sql: Sql;
  stripe: Stripe;
  /** The project's service role key (SUPABASE_SERVICE_ROLE_KEY). */
  serviceRoleKey: string;
  /** The project's JWT secret: a service_role JWT signed with it is accepted too. */
  jwtSecret: string;
  meterEventName?: string;
  log?: Logger;
  secrets?: string[];
  /** Marks a record sent (replaceable in tests to simulate a crash between Stripe and the database). */
  markSent?: (sql: Sql, record: UsageRecord) => Promise<void>;
}

export interface ReportResult {
  reported: number;
  units: number;
  failed: number;
}

export function usageIdentifier(userId: string, periodStart: string, cumulative: number | bigint): string {
  return `usage_${userId}_${periodStart}_${cumulative}`;
}

/** Stripe's answer to a meter event whose identifier it already holds: the usage is already there. */
export function isDuplicateMeterEvent(err: unknown): boolean {
  const e = err as { statusCode?: unknown; raw?: { message?: unknown }; message?: unknown } | null;
  if (!e || e.statusCode !== 400) return false;
  const message = String(e.raw?.message ?? e.message ?? "");
  return /An event already exists with identifier/i.test(message);
}

export async function markSentInDb(sql: Sql, record: UsageRecord): Promise<void> {
  await sql`
    update public.stripe_usage_records set status = 'sent', sent_at = now()
     where id = ${record.id} and status = 'pending'`;
}

class StripeOutage extends Error {}

interface Candidate {
  user_id: string;
  stripe_customer_id: string;
  period_start: string;
}

export function makeHandler(deps: ReportDeps): (req: Request) => Promise<Response> {
  const log = deps.log ?? consoleLogger;
  const eventName = deps.meterEventName ?? DEFAULT_METER_EVENT_NAME;
  const markSent = deps.markSent ?? markSentInDb;
  const secrets = [deps.serviceRoleKey, deps.jwtSecret, ...(deps.secrets ?? [])];

  /** Sends one record; true when Stripe holds it (now or from before). An outage ends the run. */
  async function send(record: UsageRecord, totals: ReportResult & { duplicates: number }): Promise<boolean> {
    try {
      await deps.stripe.billing.meterEvents.create({
        event_name: record.event_name,
        payload: { stripe_customer_id: record.stripe_customer_id, value: String(record.value) },
        identifier: record.identifier,
      });
    } catch (err) {
      if (!isDuplicateMeterEvent(err)) {
        totals.failed++;
        log(
          redact(
            `report-stripe-usage: sending ${record.identifier} failed: ${(err as Error).message}`,
            secrets,
          ),
        );
        if (isStripeOutage(err)) {
          // Stripe is down: stop here; what is pending and what is new waits for the next run.
          throw new StripeOutage();
        }
        return false;
      }
      totals.duplicates++;
    }
    try {
      await markSent(deps.sql, record);
    } catch (err) {
      // Stripe has it; the row stays pending and the next run re-sends it under the same identifier.
      totals.failed++;
      log(
        redact(
          `report-stripe-usage: marking ${record.identifier} sent failed: ${(err as Error).message}`,
          secrets,
        ),
      );
      return false;
    }
    totals.reported++;
    totals.units += Number(record.value);
    return true;
  }

  /**
   * The user's next report: the overage of the current period minus what is already reported (pending or
   * sent), written as 'pending' under the user's row lock so concurrent runs never report the same units twice.
   */
  async function nextRecord(c: Candidate): Promise<UsageRecord | null> {
    return await deps.sql.begin(async (tx) => {
      const [row] = await tx<
        { used: string; quota: string; period_start: string; stripe_customer_id: string | null }[]
      >`
        select used, quota, period_start::text, stripe_customer_id from public.subscription_settings
         where user_id = ${c.user_id} for update`;
      if (!row || !row.stripe_customer_id) return null;
      const overage = BigInt(row.used) - BigInt(row.quota);
      if (overage <= 0n) return null;
      const [{ reported }] = await tx<{ reported: string }[]>`
        select coalesce(sum(value), 0)::text as reported from public.stripe_usage_records
         where user_id = ${c.user_id} and period_start = ${row.period_start} and status in ('pending', 'sent')`;
      const delta = overage - BigInt(reported);
      if (delta <= 0n) return null;
      const identifier = usageIdentifier(c.user_id, row.period_start, overage);
      const inserted = await tx<UsageRecord[]>`
        insert into public.stripe_usage_records (user_id, stripe_customer_id, period_start, value, cumulative,
                                                 identifier, event_name, status)
        values (${c.user_id}, ${row.stripe_customer_id}, ${row.period_start}, ${delta.toString()},
                ${overage.toString()}, ${identifier}, ${eventName}, 'pending')
        on conflict (identifier) do nothing
        returning id::text, user_id, stripe_customer_id, value::text, identifier, event_name`;
      return inserted[0] ?? null;
    });
  }

  return handle(async (req) => {
    requireMethod(req, "POST");
    await requireServiceRole(req, deps.serviceRoleKey, deps.jwtSecret);
    const totals = { reported: 0, units: 0, failed: 0, duplicates: 0 };
    let resent = 0;
    let error: string | null = null;
    try {
      // 1. Reports a crash or a failed send left pending: again, under their identifier.
      const pending = await deps.sql<UsageRecord[]>`
        select id::text, user_id, stripe_customer_id, value::text, identifier, event_name
          from public.stripe_usage_records where status = 'pending' order by id`;
      for (const record of pending) {
        resent++;
        await send(record, totals);
      }
      // 2. New overage.
      const candidates = await deps.sql<Candidate[]>`
        select user_id, stripe_customer_id, period_start::text from public.subscription_settings
         where used > quota and stripe_customer_id is not null
         order by user_id`;
      for (const c of candidates) {
        const record = await nextRecord(c);
        if (record) await send(record, totals);
      }
    } catch (err) {
      if (err instanceof StripeOutage) {
        error = "Stripe unavailable";
      } else {
        error = redact((err as Error).message ?? String(err), secrets);
        totals.failed++;
        log(`report-stripe-usage: run failed: ${error}`);
      }
    }
    const result: ReportResult = { reported: totals.reported, units: totals.units, failed: totals.failed };
    const status = totals.failed > 0 ? "failed" : totals.reported > 0 ? "completed" : "skipped";
    await deps.sql`
      insert into public.audit_log (user_id, action, job_type, job_status, job_result)
      values (null, 'report_stripe_usage', 'report-stripe-usage', ${status},
              ${
      deps.sql.json({
        ...result,
        resent,
        already_at_stripe: totals.duplicates,
        event_name: eventName,
        ...(error ? { error } : {}),
      } as never)
    })`;
    return json(200, result);
  }, { name: "report-stripe-usage", log: deps.log, secrets });
}

/**
 * SUPABASE_SERVICE_ROLE_KEY, STREAMVIBE_JWT_SECRET, STRIPE_SECRET_KEY, SUPABASE_DB_URL (required);
 * STRIPE_API_BASE, STRIPE_METER_EVENT_NAME (optional).
 */
export function depsFromEnv(env: EnvReader = new EnvReader()): ReportDeps {
  const serviceRoleKey = env.required("SUPABASE_SERVICE_ROLE_KEY");
  const jwtSecret = env.required("STREAMVIBE_JWT_SECRET");
  const secretKey = env.required("STRIPE_SECRET_KEY");
  const dbUrl = env.required("SUPABASE_DB_URL");
  env.done();
  return {
    sql: createDb(dbUrl),
    stripe: createStripe({ secretKey, apiBase: env.optional("STRIPE_API_BASE") }),
    serviceRoleKey,
    jwtSecret,
    meterEventName: env.optional("STRIPE_METER_EVENT_NAME", DEFAULT_METER_EVENT_NAME),
    secrets: [serviceRoleKey, jwtSecret, secretKey],
  };
}
