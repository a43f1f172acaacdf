import assert from "node:assert/strict";
import { base64UrlEncode } from "../_shared/auth.ts";
import {
  anonToken,
  functionRequest,
  memoryLog,
  startServer,
  TEST_JWT_SECRET,
  userToken,
} from "../_shared/testing.ts";
import { makeHandler, type RelayDeps } from "./handler.ts";

// deno-lint-ignore no-explicit-any
type Obj = Record<string, any>;

const RELAY_URL = "https://project.supabase.co/functions/v1/platform-oauth-relay";
const IG_SECRET = "instagram-app-secret-do-not-leak-0001";
const TT_SECRET = "tiktok-client-secret-do-not-leak-0002";
const user = { id: crypto.randomUUID(), email: "creator@streamvibe.test" };
const VERIFIER = "v".repeat(43);

/** A small stand-in for Instagram's and TikTok's token endpoints. */
function fakePlatforms() {
  const calls: Array<{ method: string; path: string; params: Record<string, string> }> = [];
  const reply = (status: number, text: string) =>
    new Response(text, { status, headers: { "Content-Type": "application/json" } });
  const server = startServer(async (req) => {
    const url = new URL(req.url);
    const params = Object.fromEntries(
      req.method === "POST" ? new URLSearchParams(await req.text()) : url.searchParams,
    );
    calls.push({ method: req.method, path: url.pathname, params });
    if (url.pathname === "/instagram/oauth/access_token" && req.method === "POST") {
      const okClient = params.client_id === "ig-client" && params.client_secret === IG_SECRET &&
        params.grant_type === "authorization_code";
      if (okClient && params.code === "ig-code" && params.redirect_uri === RELAY_URL) {
        // A user id beyond 2^53, as Instagram's are: it must come back digit for digit.
        return reply(
          200,
          '{"access_token":"IGshort","user_id":17841400000000000123,"permissions":"instagram_business_basic"}',
        );
      }
      if (okClient && params.code === "ig-wrapped") {
        return reply(
          200,
          '{"data":[{"access_token":"IGshort","user_id":"42","permissions":"instagram_business_basic"}]}',
        );
      }
      if (okClient && params.code === "ig-bad-short") {
        return reply(200, '{"access_token":"IGexpired","user_id":1,"permissions":""}');
      }
      return reply(
        400,
        '{"error_type":"OAuthException","code":400,"error_message":"Invalid authorization code"}',
      );
    }
    if (url.pathname === "/instagram/graph/access_token" && req.method === "GET") {
      if (
        params.grant_type === "ig_exchange_token" && params.client_secret === IG_SECRET &&
        params.access_token === "IGshort"
      ) {
        return reply(200, '{"access_token":"IGlong","token_type":"bearer","expires_in":5184000}');
      }
      return reply(
        400,
        '{"error":{"message":"Error validating access token","type":"OAuthException","code":190,"fbtrace_id":"AbC"}}',
      );
    }
    if (url.pathname === "/tiktok/v2/oauth/token/" && req.method === "POST") {
      const okClient = params.client_key === "tt-key" && params.client_secret === TT_SECRET;
      const token = (access: string) =>
        reply(
          200,
          JSON.stringify({
            access_token: access,
            expires_in: 86400,
            open_id: "open-1",
            refresh_token: "tt-refresh-2",
            refresh_expires_in: 31536000,
            scope: "user.info.basic,video.list",
            token_type: "Bearer",
          }),
        );
      if (
        okClient && params.grant_type === "authorization_code" && params.code === "tt-code" &&
        params.code_verifier === VERIFIER && params.redirect_uri === "http://127.0.0.1:5555/tiktok"
      ) {
        return token("act.first");
      }
      if (okClient && params.grant_type === "refresh_token" && params.refresh_token === "tt-refresh") {
        return token("act.refreshed");
      }
      if (params.code === "echo") {
        return reply(
          400,
          JSON.stringify({
            error: "invalid_client",
            error_description: `bad secret ${params.client_secret}`,
          }),
        );
      }
      return reply(
        200,
        '{"error":"invalid_grant","error_description":"Authorization code is expired.","log_id":"L1"}',
      );
    }
    return reply(404, "{}");
  });
  return { server, calls };
}

function deps(base: string, log: (line: string) => void, over: Partial<RelayDeps> = {}): RelayDeps {
  return {
    jwtSecret: TEST_JWT_SECRET,
    relayUrl: RELAY_URL,
    instagram: {
      clientId: "ig-client",
      clientSecret: IG_SECRET,
      apiBase: `${base}/instagram`,
      graphBase: `${base}/instagram/graph`,
    },
    tiktok: { clientKey: "tt-key", clientSecret: TT_SECRET, apiBase: `${base}/tiktok` },
    log,
    ...over,
  };
}

function state(obj: unknown): string {
  return base64UrlEncode(JSON.stringify(obj));
}

async function withRelay(
  fn: (h: (req: Request) => Promise<Response>, calls: Obj[], lines: string[]) => Promise<void>,
) {
  const { server, calls } = fakePlatforms();
  const { lines, log } = memoryLog();
  try {
    await fn(makeHandler(deps(server.url, log)), calls, lines);
    for (const line of lines) {
      assert.ok(!line.includes(IG_SECRET) && !line.includes(TT_SECRET), `secret logged: ${line}`);
    }
  } finally {
    await server.close();
  }
}

Deno.test("relay GET: a valid state 302s to the loopback listener with the code (#_ stripped) and state", async () => {
  await withRelay(async (handler) => {
    const s = state({ redirect: "http://127.0.0.1:53682/callback/instagram", nonce: "n1" });
    const r = await handler(functionRequest("platform-oauth-relay", {
      method: "GET",
      query: { code: "AQBx-code#_", state: s, scopes: "instagram_business_basic" },
    }));
    assert.equal(r.status, 302);
    const to = new URL(r.headers.get("Location")!);
    assert.equal(`${to.origin}${to.pathname}`, "http://127.0.0.1:53682/callback/instagram");
    assert.equal(to.searchParams.get("code"), "AQBx-code");
    assert.equal(to.searchParams.get("state"), s);
    assert.equal(to.searchParams.get("scopes"), "instagram_business_basic");
    // Errors are forwarded too; no code then.
    const denied = await handler(functionRequest("platform-oauth-relay", {
      method: "GET",
      query: {
        error: "access_denied",
        error_reason: "user_denied",
        error_description: "The user denied your request.",
        state: state({ redirect: "http://localhost:4000/cb" }),
      },
    }));
    assert.equal(denied.status, 302);
    const back = new URL(denied.headers.get("Location")!);
    assert.equal(back.host, "localhost:4000");
    assert.equal(back.searchParams.get("error"), "access_denied");
    assert.equal(back.searchParams.get("error_reason"), "user_denied");
    assert.equal(back.searchParams.get("error_description"), "The user denied your request.");
    assert.equal(back.searchParams.has("code"), false);
    const v6 = await handler(functionRequest("platform-oauth-relay", {
      method: "GET",
      query: { code: "c", state: state({ redirect: "http://[::1]:9000/cb" }) },
    }));
    assert.equal(v6.status, 302);
    assert.equal(new URL(v6.headers.get("Location")!).hostname, "[::1]");
  });
});

Deno.test("relay GET: a bad state is a 400 page (no redirect anywhere else), no JWT needed", async () => {
  await withRelay(async (handler) => {
    const bad = [
      undefined,
      "",
      "not base64 !!",
      base64UrlEncode("not json"),
      state(["array"]),
      state({}),
      state({ redirect: "https://evil.example/steal" }),
      state({ redirect: "http://evil.example/steal" }),
      state({ redirect: "http://127.0.0.1.evil.example/x" }),
      state({ redirect: "http://user:pw@127.0.0.1:80/x" }),
      state({ redirect: "javascript:alert(1)" }),
      state({ redirect: 5 }),
    ];
    for (const s of bad) {
      const r = await handler(functionRequest("platform-oauth-relay", {
        method: "GET",
        query: s === undefined ? { code: "c" } : { code: "c", state: s },
      }));
      assert.equal(r.status, 400, String(s));
      assert.equal(r.headers.get("Location"), null);
      assert.match(r.headers.get("Content-Type") ?? "", /text\/html/);
      assert.match(await r.text(), /Invalid sign-in state/);
    }
  });
});

Deno.test("relay POST instagram: code -> short-lived -> long-lived token, with user_id and permissions", async () => {
  await withRelay(async (handler, calls) => {
    const token = await userToken(user);
    const r = await handler(functionRequest("platform-oauth-relay", {
      token,
      body: { platform: "instagram", code: "ig-code#_" },
    }));
    assert.equal(r.status, 200);
    const text = await r.text();
    assert.ok(text.includes('"user_id":17841400000000000123'), text);
    const body = JSON.parse(text);
    assert.equal(body.access_token, "IGlong");
    assert.equal(body.token_type, "bearer");
    assert.equal(body.expires_in, 5184000);
    assert.equal(body.permissions, "instagram_business_basic");
    assert.ok(!text.includes(IG_SECRET));
    assert.deepEqual(calls.map((c) => `${c.method} ${c.path}`), [
      "POST /instagram/oauth/access_token",
      "GET /instagram/graph/access_token",
    ]);
    assert.equal(calls[0].params.redirect_uri, RELAY_URL); // the default
    // Instagram's newer wrapped answer.
    const wrapped = await handler(functionRequest("platform-oauth-relay", {
      token,
      body: { platform: "instagram", code: "ig-wrapped", redirect_uri: "https://other.example/relay" },
    }));
    assert.equal(wrapped.status, 200);
    assert.equal((await wrapped.json() as Obj).user_id, "42");
    assert.equal(calls[2].params.redirect_uri, "https://other.example/relay");
  });
});

Deno.test("relay POST instagram: a refused code or long-lived exchange is 400 exchange_failed with platform_error", async () => {
  await withRelay(async (handler, _calls, lines) => {
    const token = await userToken(user);
    const r = await handler(
      functionRequest("platform-oauth-relay", { token, body: { platform: "instagram", code: "used" } }),
    );
    assert.equal(r.status, 400);
    assert.deepEqual(await r.json(), {
      error: {
        code: "exchange_failed",
        message: "The platform refused the exchange",
        platform_status: 400,
        platform_error: {
          error_type: "OAuthException",
          code: 400,
          error_message: "Invalid authorization code",
        },
      },
    });
    const second = await handler(
      functionRequest("platform-oauth-relay", {
        token,
        body: { platform: "instagram", code: "ig-bad-short" },
      }),
    );
    assert.equal(second.status, 400);
    const e = (await second.json() as Obj).error;
    assert.equal(e.code, "exchange_failed");
    assert.equal(e.platform_error.error.code, 190);
    assert.ok(lines.length >= 2);
    const refresh = await handler(functionRequest("platform-oauth-relay", {
      token,
      body: { platform: "instagram", grant_type: "refresh_token", refresh_token: "x" },
    }));
    assert.equal(refresh.status, 400);
    assert.equal((await refresh.json() as Obj).error.code, "invalid_request");
  });
});

Deno.test("relay POST tiktok: code exchange with PKCE, and refresh_token", async () => {
  await withRelay(async (handler, calls) => {
    const token = await userToken(user);
    const r = await handler(functionRequest("platform-oauth-relay", {
      token,
      body: {
        platform: "tiktok",
        code: "tt-code",
        code_verifier: VERIFIER,
        redirect_uri: "http://127.0.0.1:5555/tiktok",
      },
    }));
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), {
      access_token: "act.first",
      expires_in: 86400,
      open_id: "open-1",
      refresh_token: "tt-refresh-2",
      refresh_expires_in: 31536000,
      scope: "user.info.basic,video.list",
      token_type: "Bearer",
    });
    const refreshed = await handler(functionRequest("platform-oauth-relay", {
      token,
      body: { platform: "tiktok", grant_type: "refresh_token", refresh_token: "tt-refresh" },
    }));
    assert.equal(refreshed.status, 200);
    assert.equal((await refreshed.json() as Obj).access_token, "act.refreshed");
    assert.equal(calls[1].params.grant_type, "refresh_token");
    assert.equal(calls[1].params.code, undefined);
  });
});

Deno.test("relay POST tiktok: TikTok's error (200 with error) is 400 exchange_failed; the secret never echoes", async () => {
  await withRelay(async (handler) => {
    const token = await userToken(user);
    const r = await handler(
      functionRequest("platform-oauth-relay", { token, body: { platform: "tiktok", code: "stale" } }),
    );
    assert.equal(r.status, 400);
    const e = (await r.json() as Obj).error;
    assert.equal(e.code, "exchange_failed");
    assert.equal(e.platform_status, 200);
    assert.deepEqual(e.platform_error, {
      error: "invalid_grant",
      error_description: "Authorization code is expired.",
      log_id: "L1",
    });
    const echo = await handler(
      functionRequest("platform-oauth-relay", { token, body: { platform: "tiktok", code: "echo" } }),
    );
    const text = await echo.text();
    assert.equal(echo.status, 400);
    assert.ok(!text.includes(TT_SECRET), text);
    assert.match(text, /\[redacted\]/);
  });
});

Deno.test("relay POST: a signed-in user only; bad platform/grant is 400 invalid_request", async () => {
  await withRelay(async (handler, calls) => {
    const expect = async (token: string | null, body: unknown, status: number, code: string) => {
      const r = await handler(functionRequest("platform-oauth-relay", { token, body }));
      assert.equal(r.status, status, JSON.stringify(body));
      assert.equal((await r.json() as Obj).error.code, code);
    };
    const ok = { platform: "tiktok", code: "tt-code" };
    await expect(null, ok, 401, "invalid_jwt");
    await expect(await userToken(user, { expiresIn: -1 }), ok, 401, "invalid_jwt");
    await expect(await userToken(user, { secret: "x-other-secret" }), ok, 401, "invalid_jwt");
    await expect(await anonToken(), ok, 401, "not_signed_in");
    const token = await userToken(user);
    await expect(token, { platform: "youtube", code: "c" }, 400, "invalid_request");
    await expect(token, { code: "c" }, 400, "invalid_request");
    await expect(token, { platform: "tiktok" }, 400, "invalid_request");
    await expect(token, { platform: "tiktok", grant_type: "password" }, 400, "invalid_request");
    await expect(token, { platform: "tiktok", code: 5 }, 400, "invalid_request");
    const raw = await handler(functionRequest("platform-oauth-relay", { token, rawBody: "[1,2]" }));
    assert.equal(raw.status, 400);
    assert.equal((await raw.json() as Obj).error.code, "invalid_json");
    assert.equal(calls.length, 0);
  });
});

Deno.test("relay POST: an unconfigured platform is 503, an unreachable one 502", async () => {
  const { lines, log } = memoryLog();
  const token = await userToken(user);
  const off = makeHandler(deps("http://127.0.0.1:9", log, { instagram: null }));
  const r = await off(
    functionRequest("platform-oauth-relay", { token, body: { platform: "instagram", code: "c" } }),
  );
  assert.equal(r.status, 503);
  assert.equal((await r.json() as Obj).error.code, "platform_not_configured");
  const closed = startServer(() => new Response("{}"));
  const base = closed.url;
  await closed.close();
  const down = makeHandler(deps(base, log));
  const d = await down(
    functionRequest("platform-oauth-relay", { token, body: { platform: "tiktok", code: "c" } }),
  );
  assert.equal(d.status, 502);
  assert.equal((await d.json() as Obj).error.code, "platform_unavailable");
  assert.ok(lines.every((l) => !l.includes(TT_SECRET) && !l.includes(IG_SECRET)));
});
