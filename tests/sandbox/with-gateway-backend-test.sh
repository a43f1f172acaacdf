#!/usr/bin/env bash
# Test wrapper (until the local stack starts these itself): runs a test binary with the real backend behind
# the sandbox. Inside tests/sandbox/with-backend-db-test.sh (a throwaway PostgreSQL with the migrations) it
# starts the Stripe stand-in (supabase/tests/stripe/main.ts, catalogue seeded) and every Edge Function
# (supabase/tests/local-stack/functions-server.ts) with one fresh JWT secret, points the stand-in's webhooks
# at stripe-webhook, writes the backend env file the sandbox's --backend-env reads, exports its path as
# SV_GATEWAY_ENV and runs the test. Everything is stopped on exit. Exit 77 (skipped) as the inner wrapper.
# Usage: tests/sandbox/with-gateway-backend-test.sh TEST-BINARY [ARGS...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

if [[ ${SV_GATEWAY_INNER:-} != 1 ]]; then
    export SV_GATEWAY_INNER=1
    exec bash "$root/tests/sandbox/with-backend-db-test.sh" bash "$0" "$@"
fi

deno="$root/tests/supabase/node_modules/.bin/deno"
[[ -x $deno ]] || { echo "SKIP: Deno is not installed (npm ci in tests/supabase)"; exit 77; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/streamvibe-gateway.XXXXXX")
pids=()
cleanup() {
    local rc=$?
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$dir"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits until FILE holds a line (the process writes its URL once it listens), or fails with its log.
wait_for_url() {
    local file=$1 pid=$2 log=$3
    for _ in $(seq 1 600); do
        if [[ -s $file ]]; then
            head -n1 "$file"
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    echo "with-gateway-backend: $log did not start:" >&2
    cat "$dir/$log.log" >&2
    return 1
}

# One secret for the run; the API keys are HS256 JWTs signed with it, as a Supabase project's are.
read -r jwt_secret anon_key service_key < <(python3 - <<'EOF'
import base64, hashlib, hmac, json, secrets
secret = secrets.token_hex(32)
def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
def sign(role):
    head = b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64(json.dumps({"iss": "supabase-demo", "role": role, "iat": 1700000000, "exp": 4102444800},
                          separators=(",", ":")).encode())
    sig = b64(hmac.new(secret.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest())
    return f"{head}.{body}.{sig}"
print(secret, sign("anon"), sign("service_role"))
EOF
)
export STRIPE_SECRET_KEY=sk_test_gateway_$RANDOM STRIPE_WEBHOOK_SECRET=whsec_gateway_$RANDOM

cd "$root"
"$deno" run -A supabase/tests/stripe/main.ts --port 0 --write-url "$dir/stripe.url" --seed \
    --retry-base-ms 200 >"$dir/stripe.log" 2>&1 &
pids+=($!)
stripe_url=$(wait_for_url "$dir/stripe.url" "${pids[-1]}" stripe)

SUPABASE_URL=http://127.0.0.1:1 SUPABASE_SERVICE_ROLE_KEY=$service_key STREAMVIBE_JWT_SECRET=$jwt_secret \
    STRIPE_API_BASE=$stripe_url \
    "$deno" run -A --config supabase/functions/deno.json supabase/tests/local-stack/functions-server.ts \
    --port 0 --write-url "$dir/functions.url" >"$dir/functions.log" 2>&1 &
pids+=($!)
functions_url=$(wait_for_url "$dir/functions.url" "${pids[-1]}" functions)

curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"url\": \"$functions_url/functions/v1/stripe-webhook\", \"retry_base_ms\": 200}" \
    "$stripe_url/__control/webhook" >/dev/null

umask 077
cat >"$dir/backend.env" <<EOF
SUPABASE_DB_URL=$SUPABASE_DB_URL
FUNCTIONS_URL=$functions_url
STRIPE_API_BASE=$stripe_url
JWT_SECRET=$jwt_secret
ANON_KEY=$anon_key
SERVICE_ROLE_KEY=$service_key
EOF
export SV_GATEWAY_ENV=$dir/backend.env SV_STRIPE_URL=$stripe_url

set +e
"$@"
rc=$?
set -e
if ((rc != 0)); then
    echo "== functions server log" >&2
    tail -n 40 "$dir/functions.log" >&2
    echo "== Stripe stand-in log" >&2
    tail -n 40 "$dir/stripe.log" >&2
fi
exit "$rc"
