#!/usr/bin/env bash
# Test wrapper: runs a test binary with the real backend (tests/supabase/local-stack.sh: PostgreSQL with the
# migrations, the Edge Functions, the Stripe stand-in) that the sandbox under test puts itself in front of.
# Exports the stack's env file as SV_GATEWAY_ENV (what the sandbox's --backend-env reads) and the Stripe
# stand-in's URL as SV_STRIPE_URL; the stack stops when the test ends. Exit 77 (skipped), with the reason,
# only when PostgreSQL 15 or the pinned Deno and Supabase CLI cannot be had.
# Usage: tests/sandbox/with-gateway-backend-test.sh TEST-BINARY [ARGS...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
[[ -x $pgbin/initdb ]] || { echo "SKIP: PostgreSQL 15 is not installed (.ci/install-deps.sh installs it)"; exit 77; }
source "$root/tests/supabase/lib/tools.sh"
backend_tools_ensure || { echo "SKIP: Deno and the Supabase CLI could not be installed"; exit 77; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/streamvibe-gateway.XXXXXX")
bash "$root/tests/supabase/local-stack.sh" --state-dir "$dir/state" --write-env "$dir/backend.env" \
    --parent-pid $$ >"$dir/stack.log" 2>&1 &
stack=$!
trap 'kill "$stack" 2>/dev/null || true; wait "$stack" 2>/dev/null || true; rm -rf "$dir"' EXIT
until [[ -s $dir/backend.env ]]; do
    kill -0 "$stack" 2>/dev/null || { echo "the local stack did not start:" >&2; cat "$dir/stack.log" >&2; exit 1; }
    sleep 0.1
done
export SV_GATEWAY_ENV=$dir/backend.env
SV_STRIPE_URL=$(sed -n 's/^STRIPE_API_BASE=//p' "$dir/backend.env")
export SV_STRIPE_URL

set +e
"$@"
rc=$?
set -e
((rc == 0)) || { echo "== the local stack's output" >&2; tail -n 40 "$dir/stack.log" >&2; }
exit "$rc"
