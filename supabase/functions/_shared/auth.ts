// User JWTs verified here, with Web Crypto (HS256 against the project's JWT secret): signature, expiry, role.
import { HttpError } from "./http.ts";

export interface Claims {
  sub?: string;
  role: string;
  email?: string;
  exp: number;
  iat?: number;
  aud?: string | string[];
  [claim: string]: unknown;
}

export interface UserClaims extends Claims {
  sub: string;
}

const encoder = new TextEncoder();
const keyCache = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keyCache.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    if (keyCache.size > 8) {
      keyCache.clear();
    }
    keyCache.set(secret, key);
  }
  return key;
}

export function base64UrlEncode(bytes: Uint8Array | string): string {
  const data = typeof bytes === "string" ? encoder.encode(bytes) : bytes;
  let binary = "";
  for (let i = 0; i < data.length; i++) {
    binary += String.fromCharCode(data[i]);
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Decodes base64url (padding optional); null when it is not base64url. */
export function base64UrlDecode(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) {
    return null;
  }
  const b64 = text.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/");
  if (b64.length % 4 === 1) {
    return null;
  }
  try {
    const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
      out[i] = binary.charCodeAt(i);
    }
    return out;
  } catch {
    return null;
  }
}

function decodeJsonSegment(segment: string): Record<string, unknown> | null {
  const bytes = base64UrlDecode(segment);
  if (!bytes) {
    return null;
  }
  try {
    const value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return value && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/** Signs claims as an HS256 JWT (tests and tools; the functions only verify). */
export async function signJwt(claims: Record<string, unknown>, secret: string): Promise<string> {
  const header = base64UrlEncode(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = base64UrlEncode(JSON.stringify(claims));
  const signature = await crypto.subtle.sign(
    "HMAC",
    await hmacKey(secret),
    encoder.encode(`${header}.${payload}`),
  );
  return `${header}.${payload}.${base64UrlEncode(new Uint8Array(signature))}`;
}

function invalid(message: string): HttpError {
  return new HttpError(401, "invalid_jwt", message);
}

/**
 * Verifies an HS256 JWT: well formed, `alg` HS256, a valid signature, `exp` in the future (`nbf`, if any,
 * passed), a string `role`. Anything else is 401 `invalid_jwt`.
 */
export async function verifyJwt(
  token: string,
  secret: string,
  nowSeconds = Date.now() / 1000,
): Promise<Claims> {
  if (!secret) {
    throw new Error("the JWT secret is not configured");
  }
  const parts = token.split(".");
  if (parts.length !== 3) {
    throw invalid("Invalid JWT");
  }
  const header = decodeJsonSegment(parts[0]);
  if (!header || header.alg !== "HS256") {
    throw invalid("Invalid JWT");
  }
  const signature = base64UrlDecode(parts[2]);
  if (!signature || signature.length !== 32) {
    throw invalid("Invalid JWT");
  }
  const ok = await crypto.subtle.verify(
    "HMAC",
    await hmacKey(secret),
    signature,
    encoder.encode(`${parts[0]}.${parts[1]}`),
  );
  if (!ok) {
    throw invalid("Invalid JWT");
  }
  const claims = decodeJsonSegment(parts[1]);
  if (!claims || typeof claims.role !== "string" || typeof claims.exp !== "number") {
    throw invalid("Invalid JWT");
  }
  if (claims.exp <= nowSeconds) {
    throw invalid("JWT expired");
  }
  if (typeof claims.nbf === "number" && claims.nbf > nowSeconds + 30) {
    throw invalid("JWT not yet valid");
  }
  return claims as Claims;
}

/** The bearer token of the Authorization header, or null. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.get("Authorization");
  if (!header) {
    return null;
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}

/** Any valid JWT (the anon key is one): its claims, else 401 `invalid_jwt`. */
export async function requireJwt(req: Request, secret: string): Promise<Claims> {
  const token = bearerToken(req);
  if (!token) {
    throw invalid("Missing authorization header");
  }
  return await verifyJwt(token, secret);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A signed-in user's JWT (role `authenticated` with a user id), else 401 `not_signed_in`. */
export async function requireUser(req: Request, secret: string): Promise<UserClaims> {
  const claims = await requireJwt(req, secret);
  if (claims.role !== "authenticated" || typeof claims.sub !== "string" || !UUID.test(claims.sub)) {
    throw new HttpError(401, "not_signed_in", "Sign in first");
  }
  return claims as UserClaims;
}

function timingSafeEqual(a: string, b: string): boolean {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    diff |= (x[i % (x.length || 1)] ?? 0) ^ (y[i % (y.length || 1)] ?? 0);
  }
  return diff === 0;
}

/**
 * The service role only: the bearer is the service key itself, or a valid JWT with role `service_role`.
 * Missing/bad -> 401 `invalid_jwt`; another role -> 403 `forbidden`.
 */
export async function requireServiceRole(req: Request, serviceKey: string, secret: string): Promise<void> {
  const token = bearerToken(req);
  if (!token) {
    throw invalid("Missing authorization header");
  }
  if (serviceKey && timingSafeEqual(token, serviceKey)) {
    return;
  }
  const claims = await verifyJwt(token, secret);
  if (claims.role !== "service_role") {
    throw new HttpError(403, "forbidden", "The service role is required");
  }
}
