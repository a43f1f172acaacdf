#!/usr/bin/env bash
# The backend's cache benchmark in one command (not part of the test run): a throwaway PostgreSQL with the
# migrations (tests/supabase/with-backend-db.sh), then supabase/tests/bench/cache-bench.ts with Deno.
# Usage: supabase/tests/bench/run-cache-bench.sh [--seed N] [--users N] [--instances N] [--paid-share X] [--no-app-cache] [--outage-minutes N] [--json]
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
tools="$root/tests/supabase"
if [[ ! -x "$tools/node_modules/.bin/deno" || ! -x "$tools/node_modules/.bin/supabase" ]]; then
    (cd "$tools" && { npm ci --offline --no-audit --no-fund >/dev/null 2>&1 || npm ci --no-audit --no-fund >/dev/null; })
fi
exec "$tools/with-backend-db.sh" "$tools/node_modules/.bin/deno" run -A --config "$root/supabase/functions/deno.json" \
    "$root/supabase/tests/bench/cache-bench.ts" "$@"
