// Test support for the functions' Deno tests (never imported by a function): users in the real database,
// signed JWTs, requests, and small HTTP servers on 127.0.0.1.
import { signJwt } from "./auth.ts";
import { createDb, type Sql } from "./db.ts";

/** The JWT secret the tests sign with (a test value, not a project's). */
export const TEST_JWT_SECRET = "streamvibe-test-jwt-secret-0123456789abcdefghijklmnopqrstuvwxyz";

export function testDbUrl(): string {
  const url = Deno.env.get("SUPABASE_DB_URL");
  if (!url) {
    throw new Error("SUPABASE_DB_URL is not set: run the tests through tests/supabase/with-backend-db.sh");
  }
  return url;
}

/** A pool on the test database; close it with closeDb at the end of the test. */
export function testDb(max = 5): Sql {
  return createDb(testDbUrl(), { max });
}

export interface TestUser {
  id: string;
  email: string;
}

/** A new user in auth.users (the signup trigger gives it a profile and a Free plan). */
export async function createUser(sql: Sql, email?: string): Promise<TestUser> {
  const id = crypto.randomUUID();
  const address = email ?? `user-${id.slice(0, 8)}@streamvibe.test`;
  await sql`
    insert into auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
    values (${id}, 'authenticated', 'authenticated', ${address}, '{"provider":"email"}'::jsonb, '{}'::jsonb,
            now(), now())`;
  return { id, email: address };
}

export interface TokenOptions {
  role?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  secret?: string;
  email?: string;
}

/** A user's access token as Supabase Auth issues it (HS256). */
export async function userToken(user: TestUser, options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return await signJwt({
    aud: "authenticated",
    sub: user.id,
    email: options.email ?? user.email,
    role: options.role ?? "authenticated",
    iat: now,
    exp: now + (options.expiresIn ?? 3600),
    session_id: crypto.randomUUID(),
    app_metadata: { provider: "email" },
    user_metadata: {},
  }, options.secret ?? TEST_JWT_SECRET);
}

/** The project's anon key (a JWT with role anon). */
export async function anonToken(secret = TEST_JWT_SECRET): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return await signJwt({ iss: "supabase", role: "anon", iat: now, exp: now + 3600 }, secret);
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  /** A raw body (sent as is). */
  rawBody?: string;
  token?: string | null;
  query?: Record<string, string>;
  headers?: Record<string, string>;
}

/** A request to /functions/v1/<name>, as the gateway passes it on. */
export function functionRequest(name: string, options: CallOptions = {}): Request {
  const url = new URL(`http://127.0.0.1:54321/functions/v1/${name}`);
  for (const [k, v] of Object.entries(options.query ?? {})) {
    url.searchParams.set(k, v);
  }
  const headers = new Headers(options.headers);
  if (options.token) {
    headers.set("Authorization", `Bearer ${options.token}`);
  }
  const method = options.method ?? "POST";
  let body: string | undefined;
  if (options.rawBody !== undefined) {
    body = options.rawBody;
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers.set("Content-Type", "application/json");
  }
  return new Request(url, { method, headers, body: method === "GET" ? undefined : body });
}

export interface TestServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves a handler on 127.0.0.1 at a free port. */
export function startServer(handler: (req: Request) => Response | Promise<Response>): TestServer {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, handler);
  const port = server.addr.port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      await server.shutdown();
    },
  };
}

export interface DenoProcess {
  /** True once the process has ended. */
  exited(): boolean;
  /** SIGTERM (unless it already ended), then everything it printed (stdout + stderr). */
  stop(): Promise<string>;
}

/**
 * `deno run -A --config supabase/functions/deno.json ARGS` with exactly `env` (plus NO_COLOR, and DENO_DIR when
 * set): a function, the functions server or the Stripe stand-in as the platform or the local stack runs them.
 */
export function runDeno(args: string[], env: Record<string, string>): DenoProcess {
  const denoDir = Deno.env.get("DENO_DIR");
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--config", new URL("../deno.json", import.meta.url).pathname, ...args],
    env: { ...env, NO_COLOR: "1", ...(denoDir ? { DENO_DIR: denoDir } : {}) },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  // Collected from the start (a full pipe would stall the child); read once it has exited.
  const output = Promise.all([new Response(child.stdout).text(), new Response(child.stderr).text()])
    .then(([out, err]) => out + err);
  let exited = false;
  const status = child.status.finally(() => (exited = true));
  return {
    exited: () => exited,
    stop: async () => {
      if (!exited) child.kill("SIGTERM");
      await status;
      return await output;
    },
  };
}

/** A logger that keeps its lines (to check that no secret is ever logged). */
export function memoryLog(): { lines: string[]; log: (line: string) => void } {
  const lines: string[] = [];
  return { lines, log: (line: string) => lines.push(line) };
}

// ---- billing: the real database and the Stripe stand-in, wired as a function's dependencies

import { startStripeStandIn, type StripeStandIn } from "../../tests/stripe/stand-in.ts";
import { StripeCache } from "./cache.ts";
import { closeDb } from "./db.ts";
import type { BillingDeps } from "./deps.ts";
import { createStripe } from "./stripe.ts";

export const TEST_STRIPE_KEY = "sk_test_streamvibe_functions_0123456789";

export interface BillingFixture {
  sql: Sql;
  standIn: StripeStandIn;
  deps: BillingDeps;
  log: { lines: string[]; log: (line: string) => void };
}

/** Runs fn with a database pool, a seeded Stripe stand-in and the deps a billing function takes; closes all. */
export async function withBilling(
  fn: (f: BillingFixture) => Promise<void>,
  options: { seed?: boolean } = {},
) {
  const sql = testDb();
  const standIn = startStripeStandIn({ secretKey: TEST_STRIPE_KEY });
  if (options.seed ?? true) {
    standIn.seedCatalogue();
  }
  const log = memoryLog();
  const stripe = createStripe({ secretKey: TEST_STRIPE_KEY, apiBase: standIn.url, maxNetworkRetries: 0 });
  const deps: BillingDeps = {
    jwtSecret: TEST_JWT_SECRET,
    sql,
    stripe,
    cache: new StripeCache(sql, { log: log.log, keyPrefix: `test-${crypto.randomUUID()}:` }),
    log: log.log,
    secrets: [TEST_JWT_SECRET, TEST_STRIPE_KEY],
  };
  try {
    await fn({ sql, standIn, deps, log });
    for (const line of log.lines) {
      if (line.includes(TEST_STRIPE_KEY) || line.includes(TEST_JWT_SECRET)) {
        throw new Error(`a secret was logged: ${line}`);
      }
    }
  } finally {
    await standIn.setDown(false);
    await standIn.close();
    await closeDb(sql);
  }
}
