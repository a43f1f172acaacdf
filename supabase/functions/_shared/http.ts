// The one error shape of the functions: {"error": {"code", "message", ...}}, and the request plumbing around it.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = Record<string, unknown>;

export const JSON_HEADERS = { "Content-Type": "application/json; charset=utf-8" } as const;

export function json(status: number, body: unknown, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  if (!h.has("Content-Type")) {
    h.set("Content-Type", JSON_HEADERS["Content-Type"]);
  }
  return new Response(JSON.stringify(body), { status, headers: h });
}

/** The one error response: `{"error": {"code", "message", ...extra}}`. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  extra?: JsonObject,
  headers?: HeadersInit,
): Response {
  return json(status, { error: { code, message, ...(extra ?? {}) } }, headers);
}

/** Thrown anywhere in a handler; `handle` turns it into `errorResponse(status, code, message, extra)`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra?: JsonObject,
    readonly headers?: HeadersInit,
  ) {
    super(message);
    this.name = "HttpError";
  }

  toResponse(): Response {
    return errorResponse(this.status, this.code, this.message, this.extra, this.headers);
  }
}

// Anything that looks like a credential, replaced before a line is logged.
const REDACTIONS: Array<[RegExp, string]> = [
  [/\b(sk|rk|pk)_(live|test)_[A-Za-z0-9]+/g, "$1_$2_[redacted]"],
  [/\bwhsec_[A-Za-z0-9+/=]+/g, "whsec_[redacted]"],
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g, "[redacted-jwt]"],
  [/\b(Bearer|Basic)\s+[^\s,;"']+/gi, "$1 [redacted]"],
  [
    /\b(client_secret|secret|password|access_token|refresh_token|code|code_verifier|token|api[_-]?key|apikey|authorization)(["']?\s*[:=]\s*["']?)[^\s&,;"'}]+/gi,
    "$1$2[redacted]",
  ],
  [/(postgres(?:ql)?:\/\/[^:/@\s]+):[^@\s]+@/gi, "$1:[redacted]@"],
];

/** Removes anything credential-like from a text meant for a log line. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) {
      out = out.split(secret).join("[redacted]");
    }
  }
  for (const [pattern, replacement] of REDACTIONS) {
    out = out.replace(pattern, replacement);
  }
  return out;
}

export type Logger = (line: string) => void;

/** The default logger: one line on stderr (the platform's function logs). */
export const consoleLogger: Logger = (line) => console.error(line);

function describe(err: unknown): string {
  if (err instanceof Error) {
    const type = (err as { type?: unknown }).type;
    return `${err.name}${typeof type === "string" ? `(${type})` : ""}: ${err.message}`;
  }
  return String(err);
}

export interface HandleOptions {
  /** The function's name, at the start of each log line. */
  name?: string;
  log?: Logger;
  /** Values that must never appear in a log line (the deployment's secrets). */
  secrets?: readonly string[];
}

/**
 * Wraps a handler: an HttpError becomes its error response, anything else a 500 `internal_error` whose
 * details go only to a redacted log line (the response names no cause).
 */
export function handle(
  fn: (req: Request) => Promise<Response>,
  options: HandleOptions = {},
): (req: Request) => Promise<Response> {
  const log = options.log ?? consoleLogger;
  const name = options.name ?? "function";
  return async (req: Request) => {
    try {
      return await fn(req);
    } catch (err) {
      if (err instanceof HttpError) {
        if (err.status >= 500) {
          log(
            redact(
              `${name}: ${req.method} ${new URL(req.url).pathname} -> ${err.status} ${err.code}`,
              options.secrets,
            ),
          );
        }
        return err.toResponse();
      }
      log(
        redact(
          `${name}: ${req.method} ${new URL(req.url).pathname} -> 500 ${describe(err)}`,
          options.secrets,
        ),
      );
      return errorResponse(500, "internal_error", "Internal error");
    }
  };
}

/**
 * The request body as a JSON object. An empty body is `{}` (the app may send none); anything that is not a
 * JSON object is 400 `invalid_json`.
 */
export async function readJsonObject(req: Request): Promise<JsonObject> {
  let text: string;
  try {
    text = await req.text();
  } catch {
    throw new HttpError(400, "invalid_json", "The request body could not be read");
  }
  if (text.trim() === "") {
    return {};
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, "invalid_json", "The request body is not a JSON object");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new HttpError(400, "invalid_json", "The request body is not a JSON object");
  }
  return value as JsonObject;
}

/** Only the given methods; others are 405 `method_not_allowed`. */
export function requireMethod(req: Request, ...methods: string[]): void {
  if (!methods.includes(req.method)) {
    throw new HttpError(405, "method_not_allowed", `Use ${methods.join(" or ")}`, undefined, {
      Allow: methods.join(", "),
    });
  }
}

/** An optional string field: absent/null -> undefined; anything but a string -> 400 `code`. */
export function optionalString(
  body: JsonObject,
  field: string,
  code = "invalid_request",
): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== "string") {
    throw new HttpError(400, code, `${field} must be a string`);
  }
  return value;
}

/** An absolute http(s) URL with a host, or undefined. */
export function parseHttpUrl(value: unknown): URL | undefined {
  if (typeof value !== "string" || value === "") {
    return undefined;
  }
  try {
    const url = new URL(value);
    if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "") {
      return url;
    }
  } catch {
    // not a URL
  }
  return undefined;
}
