import { depsFromEnv, makeHandler } from "./handler.ts";

Deno.serve(makeHandler(depsFromEnv()));
