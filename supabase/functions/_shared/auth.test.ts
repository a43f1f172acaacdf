import assert from "node:assert/strict";
import { base64UrlEncode, requireJwt, requireServiceRole, requireUser, signJwt, verifyJwt } from "./auth.ts";
import { HttpError } from "./http.ts";
import { anonToken, TEST_JWT_SECRET, userToken } from "./testing.ts";

const user = { id: crypto.randomUUID(), email: "a@streamvibe.test" };

function withBearer(token: string | null): Request {
  return new Request("http://127.0.0.1/x", { headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

async function rejects(p: Promise<unknown>, status: number, code: string) {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof HttpError, String(err));
    assert.equal(err.status, status);
    assert.equal(err.code, code);
    return true;
  });
}

Deno.test("a user's token verifies and gives its claims", async () => {
  const claims = await requireUser(withBearer(await userToken(user)), TEST_JWT_SECRET);
  assert.equal(claims.sub, user.id);
  assert.equal(claims.role, "authenticated");
  assert.equal(claims.email, user.email);
});

Deno.test("missing, malformed, wrongly signed and expired tokens are 401 invalid_jwt", async () => {
  await rejects(requireJwt(withBearer(null), TEST_JWT_SECRET), 401, "invalid_jwt");
  await rejects(requireJwt(withBearer("not-a-jwt"), TEST_JWT_SECRET), 401, "invalid_jwt");
  await rejects(
    requireJwt(withBearer(await userToken(user, { secret: "another-secret" })), TEST_JWT_SECRET),
    401,
    "invalid_jwt",
  );
  await rejects(
    requireJwt(withBearer(await userToken(user, { expiresIn: -5 })), TEST_JWT_SECRET),
    401,
    "invalid_jwt",
  );
  const token = await userToken(user);
  const [h, , s] = token.split(".");
  const forged = base64UrlEncode(JSON.stringify({ sub: user.id, role: "service_role", exp: 9999999999 }));
  await rejects(requireJwt(withBearer(`${h}.${forged}.${s}`), TEST_JWT_SECRET), 401, "invalid_jwt");
  const none = `${base64UrlEncode(JSON.stringify({ alg: "none" }))}.${forged}.`;
  await rejects(requireJwt(withBearer(none), TEST_JWT_SECRET), 401, "invalid_jwt");
  const noExp = await signJwt({ sub: user.id, role: "authenticated" }, TEST_JWT_SECRET);
  await rejects(verifyJwt(noExp, TEST_JWT_SECRET), 401, "invalid_jwt");
});

Deno.test("the anon key is a valid JWT but not a signed-in user", async () => {
  const anon = await anonToken();
  assert.equal((await requireJwt(withBearer(anon), TEST_JWT_SECRET)).role, "anon");
  await rejects(requireUser(withBearer(anon), TEST_JWT_SECRET), 401, "not_signed_in");
});

Deno.test("the service role: the service key itself or a service_role JWT; a user is 403", async () => {
  const serviceKey = "sb_secret_test_service_key_0123456789";
  await requireServiceRole(withBearer(serviceKey), serviceKey, TEST_JWT_SECRET);
  const now = Math.floor(Date.now() / 1000);
  await requireServiceRole(
    withBearer(await signJwt({ role: "service_role", exp: now + 60 }, TEST_JWT_SECRET)),
    serviceKey,
    TEST_JWT_SECRET,
  );
  await rejects(
    requireServiceRole(withBearer(await userToken(user)), serviceKey, TEST_JWT_SECRET),
    403,
    "forbidden",
  );
  await rejects(requireServiceRole(withBearer(null), serviceKey, TEST_JWT_SECRET), 401, "invalid_jwt");
  await rejects(
    requireServiceRole(withBearer(serviceKey + "x"), serviceKey, TEST_JWT_SECRET),
    401,
    "invalid_jwt",
  );
});
