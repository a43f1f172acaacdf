// platform-oauth-relay: the platforms' registered redirect URI (GET, from the browser, no JWT) hands the code
// to the app's loopback listener; the app then asks for the exchange (POST, signed-in user), done here with
// the platform's client secret, which lives only in this function's environment.
import { requireUser } from "../_shared/auth.ts";
import { base64UrlDecode } from "../_shared/auth.ts";
import { EnvReader, relayUrlFrom } from "../_shared/env.ts";
import { handle, HttpError, json, type Logger, readJsonObject, requireMethod } from "../_shared/http.ts";

export interface InstagramApp {
  clientId: string;
  clientSecret: string;
  /** Default https://api.instagram.com */
  apiBase: string;
  /** Default https://graph.instagram.com */
  graphBase: string;
}

export interface TikTokApp {
  clientKey: string;
  clientSecret: string;
  /** Default https://open.tiktokapis.com */
  apiBase: string;
}

export interface RelayDeps {
  jwtSecret: string;
  /** This function's public URL: the redirect_uri registered with the platforms. */
  relayUrl: string;
  instagram: InstagramApp | null;
  tiktok: TikTokApp | null;
  fetch?: typeof fetch;
  /** Per platform call (ms); default 15 s. */
  timeoutMs?: number;
  log?: Logger;
  secrets?: string[];
}

const FORWARDED = ["code", "error", "error_reason", "error_description", "scopes"] as const;
const MAX_STATE = 4096;

function page(status: number, title: string, body: string): Response {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body>${body}</body></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** An http URL on the loopback interface (RFC 8252 7.3): localhost, 127.0.0.0/8 or [::1]. */
export function isLoopbackRedirect(value: unknown): URL | null {
  if (typeof value !== "string") {
    return null;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" || url.username || url.password) {
    return null;
  }
  const host = url.hostname;
  const loopback = host === "localhost" || host === "[::1]" ||
    /^127\.(25[0-5]|2[0-4]\d|1?\d?\d)\.(25[0-5]|2[0-4]\d|1?\d?\d)\.(25[0-5]|2[0-4]\d|1?\d?\d)$/.test(host);
  return loopback ? url : null;
}

/** The browser leg: forward code/errors and the unchanged state to the loopback redirect named in state. */
function browserLeg(req: Request): Response {
  const query = new URL(req.url).searchParams;
  const state = query.get("state") ?? "";
  let target: URL | null = null;
  if (state !== "" && state.length <= MAX_STATE) {
    const bytes = base64UrlDecode(state);
    if (bytes) {
      try {
        const decoded = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
        if (decoded && typeof decoded === "object" && !Array.isArray(decoded)) {
          target = isLoopbackRedirect(decoded.redirect);
        }
      } catch {
        target = null;
      }
    }
  }
  if (!target) {
    return page(
      400,
      "Sign-in failed",
      "<h1>Invalid sign-in state</h1><p>Start the connection again from StreamVibe.</p>",
    );
  }
  for (const key of FORWARDED) {
    let value = query.get(key);
    if (value === null) {
      continue;
    }
    if (key === "code") {
      // Instagram appends "#_" to the code.
      value = value.endsWith("#_") ? value.slice(0, -2) : value;
      if (value === "") {
        continue;
      }
    }
    target.searchParams.append(key, value);
  }
  target.searchParams.append("state", state);
  return new Response(null, {
    status: 302,
    headers: { Location: target.toString(), "Cache-Control": "no-store" },
  });
}

/** JSON.parse that keeps integers beyond 2^53 exact (Instagram user ids) when the value is written out again. */
export function parseJsonExact(text: string): unknown {
  return JSON.parse(text, function (_key, value, context?: { source?: string }) {
    if (
      typeof value === "number" && !Number.isSafeInteger(value) && context?.source &&
      /^-?\d+$/.test(context.source)
    ) {
      return (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON(context.source);
    }
    return value;
  });
}

interface PlatformReply {
  status: number;
  body: Record<string, unknown>;
}

function scrub(value: unknown, secrets: string[]): unknown {
  if (typeof value === "string") {
    return secrets.reduce((s, secret) => (secret ? s.split(secret).join("[redacted]") : s), value);
  }
  if (Array.isArray(value)) {
    return value.map((v) => scrub(v, secrets));
  }
  if (
    value && typeof value === "object" &&
    !(JSON as unknown as { isRawJSON(v: unknown): boolean }).isRawJSON(value)
  ) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, secrets)]));
  }
  return value;
}

export function makeHandler(deps: RelayDeps): (req: Request) => Promise<Response> {
  const doFetch = deps.fetch ?? fetch;
  const timeoutMs = deps.timeoutMs ?? 15_000;
  const platformSecrets = [deps.instagram?.clientSecret ?? "", deps.tiktok?.clientSecret ?? ""].filter((s) =>
    s
  );

  async function call(platform: string, url: string, init: RequestInit): Promise<PlatformReply> {
    let response: Response;
    try {
      response = await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch {
      deps.log?.(`platform-oauth-relay: ${platform} could not be reached`);
      throw new HttpError(502, "platform_unavailable", `${platform} could not be reached; try again`);
    }
    const text = await response.text();
    let body: Record<string, unknown> = {};
    try {
      const parsed = parseJsonExact(text);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
        body = parsed as Record<string, unknown>;
      }
    } catch {
      body = {};
    }
    return { status: response.status, body };
  }

  function failed(platform: string, reply: PlatformReply): HttpError {
    (deps.log ?? console.error)(
      `platform-oauth-relay: ${platform} refused the exchange (HTTP ${reply.status})`,
    );
    return new HttpError(400, "exchange_failed", "The platform refused the exchange", {
      platform_status: reply.status,
      platform_error: scrub(reply.body, platformSecrets) as Record<string, unknown>,
    });
  }

  function form(fields: Record<string, string>): RequestInit {
    return {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams(fields).toString(),
    };
  }

  function stringField(body: Record<string, unknown>, name: string, required: boolean): string {
    const value = body[name];
    if (value === undefined || value === null || value === "") {
      if (required) {
        throw new HttpError(400, "invalid_request", `${name} is required`);
      }
      return "";
    }
    if (typeof value !== "string") {
      throw new HttpError(400, "invalid_request", `${name} must be a string`);
    }
    return value;
  }

  async function instagram(
    app: InstagramApp,
    body: Record<string, unknown>,
    grant: string,
  ): Promise<Response> {
    if (grant !== "authorization_code") {
      throw new HttpError(
        400,
        "invalid_request",
        "Instagram tokens are refreshed by the app with refresh_access_token",
      );
    }
    const code = stringField(body, "code", true).replace(/#_$/, "");
    const redirectUri = stringField(body, "redirect_uri", false) || deps.relayUrl;
    const shortReply = await call(
      "instagram",
      `${app.apiBase.replace(/\/+$/, "")}/oauth/access_token`,
      form({
        client_id: app.clientId,
        client_secret: app.clientSecret,
        grant_type: "authorization_code",
        redirect_uri: redirectUri,
        code,
      }),
    );
    // Newer answers wrap the token in {"data": [{...}]}.
    const shortToken = Array.isArray(shortReply.body.data) && shortReply.body.data[0] &&
        typeof shortReply.body.data[0] === "object"
      ? shortReply.body.data[0] as Record<string, unknown>
      : shortReply.body;
    if (shortReply.status !== 200 || typeof shortToken.access_token !== "string") {
      throw failed("instagram", shortReply);
    }
    const exchange = new URL(`${app.graphBase.replace(/\/+$/, "")}/access_token`);
    exchange.searchParams.set("grant_type", "ig_exchange_token");
    exchange.searchParams.set("client_secret", app.clientSecret);
    exchange.searchParams.set("access_token", shortToken.access_token);
    const longReply = await call("instagram", exchange.toString(), {
      method: "GET",
      headers: { Accept: "application/json" },
    });
    if (longReply.status !== 200 || typeof longReply.body.access_token !== "string") {
      throw failed("instagram", longReply);
    }
    return json(200, { ...longReply.body, user_id: shortToken.user_id, permissions: shortToken.permissions });
  }

  async function tiktok(app: TikTokApp, body: Record<string, unknown>, grant: string): Promise<Response> {
    const fields: Record<string, string> = {
      client_key: app.clientKey,
      client_secret: app.clientSecret,
      grant_type: grant,
    };
    if (grant === "refresh_token") {
      fields.refresh_token = stringField(body, "refresh_token", true);
    } else if (grant === "authorization_code") {
      fields.code = stringField(body, "code", true);
      fields.redirect_uri = stringField(body, "redirect_uri", false) || deps.relayUrl;
      const verifier = stringField(body, "code_verifier", false);
      if (verifier) {
        fields.code_verifier = verifier;
      }
    } else {
      throw new HttpError(400, "invalid_request", "grant_type must be authorization_code or refresh_token");
    }
    const reply = await call("tiktok", `${app.apiBase.replace(/\/+$/, "")}/v2/oauth/token/`, form(fields));
    if (reply.status !== 200 || typeof reply.body.access_token !== "string") {
      throw failed("tiktok", reply);
    }
    return json(200, reply.body);
  }

  return handle(async (req) => {
    if (req.method === "GET") {
      return browserLeg(req);
    }
    requireMethod(req, "POST", "GET");
    await requireUser(req, deps.jwtSecret);
    const body = await readJsonObject(req);
    const platform = body.platform;
    if (platform !== "instagram" && platform !== "tiktok") {
      throw new HttpError(400, "invalid_request", "platform must be instagram or tiktok");
    }
    const grant = body.grant_type ?? "authorization_code";
    if (typeof grant !== "string") {
      throw new HttpError(400, "invalid_request", "grant_type must be a string");
    }
    const app = platform === "instagram" ? deps.instagram : deps.tiktok;
    if (!app) {
      throw new HttpError(
        503,
        "platform_not_configured",
        `The ${platform} connection is not set up on this server`,
      );
    }
    return platform === "instagram"
      ? await instagram(app as InstagramApp, body, grant)
      : await tiktok(app as TikTokApp, body, grant);
  }, { name: "platform-oauth-relay", log: deps.log, secrets: [...(deps.secrets ?? []), ...platformSecrets] });
}

export function depsFromEnv(): RelayDeps {
  const env = new EnvReader();
  const jwtSecret = env.required("STREAMVIBE_JWT_SECRET");
  const relayUrl = relayUrlFrom(env);
  env.done();
  const igId = env.optional("INSTAGRAM_CLIENT_ID");
  const igSecret = env.optional("INSTAGRAM_CLIENT_SECRET");
  const ttKey = env.optional("TIKTOK_CLIENT_KEY");
  const ttSecret = env.optional("TIKTOK_CLIENT_SECRET");
  return {
    jwtSecret,
    relayUrl,
    instagram: igId && igSecret
      ? {
        clientId: igId,
        clientSecret: igSecret,
        apiBase: env.optional("INSTAGRAM_API_BASE", "https://api.instagram.com"),
        graphBase: env.optional("INSTAGRAM_GRAPH_BASE", "https://graph.instagram.com"),
      }
      : null,
    tiktok: ttKey && ttSecret
      ? {
        clientKey: ttKey,
        clientSecret: ttSecret,
        apiBase: env.optional("TIKTOK_API_BASE", "https://open.tiktokapis.com"),
      }
      : null,
    secrets: [jwtSecret],
  };
}
