// Test-only, never deployed: every Edge Function of supabase/functions/ on one 127.0.0.1 port, the way the
// edge runtime serves a project's functions, for the app's local stack:
//
//   deno run -A --config supabase/functions/deno.json supabase/tests/local-stack/functions-server.ts \
//     --port 0 --write-url FILE [--hostname 127.0.0.1]
//
// A function is a folder of supabase/functions/ with an index.ts (folders starting with "_" are shared
// code), so the list is never written down twice. Each is built as its index.ts builds it,
// makeHandler(depsFromEnv()), from this process's environment: the variables an operator sets for the
// deployed functions (docs/BACKEND.md, "Deploying", step 7: SUPABASE_URL, SUPABASE_DB_URL,
// SUPABASE_SERVICE_ROLE_KEY, STREAMVIBE_JWT_SECRET, STRIPE_*, the platforms' secrets). Requests to
// /functions/v1/<name>[/...] (the API gateway's path) and /<name>[/...] (the path the edge runtime sees) go
// to <name>'s handler as they are; an unknown name is the runtime's 404 NOT_FOUND, and a function whose
// environment is incomplete answers the runtime's 503 BOOT_ERROR (the missing variables are logged by name).
// No JWT is checked here beyond what each function checks itself.
import { EnvError } from "../../functions/_shared/env.ts";
import { redact } from "../../functions/_shared/http.ts";

export const FUNCTIONS_DIR = new URL("../../functions/", import.meta.url);

type Handler = (req: Request) => Promise<Response>;

interface FunctionModule {
  makeHandler(deps: unknown): Handler;
  depsFromEnv(): unknown;
}

/** The deployable functions: the folders of supabase/functions/ with an index.ts, sorted. */
export async function functionNames(dir: URL = FUNCTIONS_DIR): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (!entry.isDirectory || entry.name.startsWith("_") || entry.name.startsWith(".")) continue;
    try {
      await Deno.stat(new URL(`${entry.name}/index.ts`, dir));
      names.push(entry.name);
    } catch {
      // not a function (no entrypoint)
    }
  }
  return names.sort();
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/** The edge runtime's answers for an unknown function and for one that failed to boot. */
export const notFound = () => json(404, { code: "NOT_FOUND", message: "Requested function was not found" });
export const bootError = () =>
  json(503, { code: "BOOT_ERROR", message: "Function failed to start (please check logs)" });

/** Values never to be printed when a boot fails. */
function secretValues(): string[] {
  const names = [
    "SUPABASE_DB_URL",
    "SUPABASE_SERVICE_ROLE_KEY",
    "STREAMVIBE_JWT_SECRET",
    "STRIPE_SECRET_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "INSTAGRAM_CLIENT_SECRET",
    "TIKTOK_CLIENT_SECRET",
  ];
  return names.map((n) => Deno.env.get(n) ?? "").filter((v) => v.length >= 4);
}

/** Builds every function's handler from the environment; one that cannot boot answers BOOT_ERROR. */
export async function loadFunctions(
  log: (line: string) => void = (line) => console.error(line),
): Promise<Map<string, Handler>> {
  const handlers = new Map<string, Handler>();
  for (const name of await functionNames()) {
    try {
      const mod = await import(new URL(`${name}/handler.ts`, FUNCTIONS_DIR).href) as FunctionModule;
      handlers.set(name, mod.makeHandler(mod.depsFromEnv()));
    } catch (err) {
      const why = err instanceof EnvError
        ? err.message
        : redact(`${(err as Error)?.name ?? "Error"}: ${(err as Error)?.message ?? err}`, secretValues());
      log(`functions-server: ${name} failed to start: ${why}`);
      handlers.set(name, () => Promise.resolve(bootError()));
    }
  }
  return handlers;
}

/** The function a path names: /functions/v1/<name>[/...] or /<name>[/...]. */
export function functionOf(pathname: string): string {
  const rest = pathname.startsWith("/functions/v1/") ? pathname.slice("/functions/v1".length) : pathname;
  return rest.split("/")[1] ?? "";
}

export function route(handlers: Map<string, Handler>): Handler {
  return (req) => {
    const handler = handlers.get(functionOf(new URL(req.url).pathname));
    return handler ? handler(req) : Promise.resolve(notFound());
  };
}

function arg(name: string): string | undefined {
  const i = Deno.args.indexOf(`--${name}`);
  return i >= 0 ? Deno.args[i + 1] : undefined;
}

if (import.meta.main) {
  const hostname = arg("hostname") ?? "127.0.0.1";
  const port = Number(arg("port") ?? 0);
  if (!Number.isInteger(port) || port < 0) {
    console.error("--port takes a port number (0: a free one)");
    Deno.exit(2);
  }
  const handlers = await loadFunctions();
  const server = Deno.serve({ hostname, port, onListen: () => {} }, route(handlers));
  const url = `http://${hostname}:${server.addr.port}`;
  const file = arg("write-url");
  if (file) await Deno.writeTextFile(file, url + "\n");
  console.log(`functions listening on ${url}/functions/v1/ (${[...handlers.keys()].join(", ")})`);
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    Deno.addSignalListener(sig, async () => {
      await server.shutdown();
      Deno.exit(0);
    });
  }
}
