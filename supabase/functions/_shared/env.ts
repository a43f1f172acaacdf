// Reading the functions' environment with clear errors. Values are never printed: only variable names.

export type EnvSource = (name: string) => string | undefined;

/** The process environment (Deno.env), tolerant of a runtime without env permission. */
export const processEnv: EnvSource = (name) => {
  try {
    return Deno.env.get(name);
  } catch {
    return undefined;
  }
};

export class EnvError extends Error {
  constructor(readonly missing: string[]) {
    super(`missing environment variable${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`);
    this.name = "EnvError";
  }
}

/** A reader over an env source that collects every missing required variable before failing. */
export class EnvReader {
  readonly #source: EnvSource;
  readonly #missing: string[] = [];

  constructor(source: EnvSource = processEnv) {
    this.#source = source;
  }

  /** A required variable; an empty value counts as missing. */
  required(name: string): string {
    const value = this.#source(name)?.trim();
    if (!value) {
      this.#missing.push(name);
      return "";
    }
    return value;
  }

  /** An optional variable with a default (empty counts as unset). */
  optional(name: string, fallback: string): string;
  optional(name: string): string | undefined;
  optional(name: string, fallback?: string): string | undefined {
    const value = this.#source(name)?.trim();
    return value ? value : fallback;
  }

  /** Throws one EnvError naming every missing required variable (names only, never values). */
  done(): void {
    if (this.#missing.length > 0) {
      throw new EnvError([...this.#missing]);
    }
  }
}

/** Reads one required variable. */
export function requireEnv(name: string, source: EnvSource = processEnv): string {
  const reader = new EnvReader(source);
  const value = reader.required(name);
  reader.done();
  return value;
}

/** Reads one optional variable. */
export function optionalEnv(
  name: string,
  fallback?: string,
  source: EnvSource = processEnv,
): string | undefined {
  const value = source(name)?.trim();
  return value ? value : fallback;
}

/** The URL the platforms redirect to (PLATFORM_OAUTH_RELAY_URL, else SUPABASE_URL's relay function). */
export function relayUrlFrom(env: EnvReader): string {
  const explicit = env.optional("PLATFORM_OAUTH_RELAY_URL");
  if (explicit) {
    return explicit;
  }
  const base = env.required("SUPABASE_URL");
  return `${base.replace(/\/+$/, "")}/functions/v1/platform-oauth-relay`;
}
