#!/usr/bin/env bash
# The local stack (test-only, test data, no real payment; docs/BACKEND.md, section 5): PostgreSQL 15 with the
# platform pieces and the real migrations (lib/cluster.sh: a copy of the migrated template), the Stripe
# stand-in (supabase/tests/stripe/main.ts: the seeded catalogue, a fixed test key, a webhook secret made at
# each start, events to the functions' stripe-webhook) and every Edge Function on one port
# (supabase/tests/local-stack/functions-server.ts), each on a free port of 127.0.0.1. Once each answers,
# writes FILE (atomically, mode 600):
#   SUPABASE_DB_URL   postgresql://postgres@127.0.0.1:PORT/postgres (the superuser)
#   FUNCTIONS_URL     http://127.0.0.1:PORT (functions at /functions/v1/<name>)
#   STRIPE_API_BASE   http://127.0.0.1:PORT (the stand-in: Stripe's API under /v1, its hosted pages)
#   STRIPE_SECRET_KEY the stand-in's test key
#   JWT_SECRET, ANON_KEY, SERVICE_ROLE_KEY   the project's JWT secret (--jwt-secret, else made at each start)
#                     and HS256 JWTs with role anon and service_role signed with it
#   FUNCTIONS_WITHOUT_JWT  the functions supabase/config.toml deploys with verify_jwt = false (comma-separated)
# then stays in the foreground until SIGTERM or SIGINT, until --parent-pid exits (checked every second) or
# until one of its processes dies; then stops all three, removes the cluster and FILE.
# --public-url is the URL the app reaches the functions at (the gateway's; SUPABASE_URL of the functions, which
# also send the platforms' token exchanges to its /instagram and /tiktok); default: the functions server's own.
# Each start keeps what it runs in DIR/<its pid>/ (owner, pids, cluster, logs) and first removes what a killed
# earlier start left in DIR: the entries whose owner is gone (their processes killed, their cluster stopped).
# Usage: tests/supabase/local-stack.sh --state-dir DIR --write-env FILE [--parent-pid PID] [--jwt-secret S]
#          [--public-url URL]
set -euo pipefail

usage() {
    sed -n '/^# Usage:/,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
}
state_dir="" env_file="" parent_pid="" jwt_secret="" public_url=""
while (($#)); do
    case $1 in
    --state-dir) state_dir=${2:-} ;;
    --write-env) env_file=${2:-} ;;
    --parent-pid) parent_pid=${2:-} ;;
    --jwt-secret) jwt_secret=${2:-} ;;
    --public-url) public_url=${2:-} ;;
    *) usage ;;
    esac
    (($# >= 2)) || usage
    shift 2
done
[[ -n $state_dir && -n $env_file ]] || usage
[[ -z $parent_pid || $parent_pid =~ ^[1-9][0-9]*$ ]] || usage
started_at=$EPOCHREALTIME

# shellcheck disable=SC2034 # read by lib/cluster.sh
cluster_who=local-stack
# shellcheck source=lib/cluster.sh
source "$(dirname "$0")/lib/cluster.sh"
root=$cluster_root
deno=$root/tests/supabase/node_modules/.bin/deno
# shellcheck source=lib/tools.sh
source "$(dirname "$0")/lib/tools.sh"
backend_tools_ensure || exit 1
# One module cache for every stack, whatever HOME the caller has (tests give each a private HOME).
export DENO_DIR=${DENO_DIR:-$root/tests/supabase/node_modules/.deno}

# --- Processes, told apart from a later one with the same pid by their start time ---------------------------
# Read with builtins only (no subshell, no cat): the waits below check these every 50 ms.
proc_stat() { # PID: sets proc_fields to the fields of /proc/PID/stat after the command name (state first)
    local stat
    { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
    read -r -a proc_fields <<<"${stat##*) }"
}
start_time() {
    proc_stat "$1" || return 1
    echo "${proc_fields[19]:-}"
}
running() { # PID [START]: PID runs (not a zombie) and, given START, is the process that started then
    proc_stat "$1" || return 1
    [[ ${proc_fields[0]:-Z} != Z && (-z ${2:-} || ${proc_fields[19]:-} == "$2") ]]
}

remove_stack() { # DIR/<pid>: kills its processes, stops and removes its cluster, removes the folder
    local entry=$1 pid start name
    if [[ -f $entry/pids ]]; then
        while read -r pid start name; do
            if running "$pid" "$start"; then kill -KILL "$pid" 2>/dev/null || true; fi
        done <"$entry/pids"
    fi
    if [[ -f $entry/cluster ]]; then cluster_remove "$(cat "$entry/cluster")"; fi
    rm -rf "$entry"
}

parent_start=""
if [[ -n $parent_pid ]]; then
    parent_start=$(start_time "$parent_pid") || { echo "local-stack: no process $parent_pid" >&2; exit 1; }
fi

mkdir -p "$state_dir"
state_dir=$(cd "$state_dir" && pwd)
for entry in "$state_dir"/*/; do
    entry=${entry%/}
    owner=${entry##*/}
    [[ $owner =~ ^[0-9]+$ ]] || continue
    if [[ -f $entry/owner ]]; then
        read -r _ owner_start <"$entry/owner" || owner_start=""
        if [[ -n $owner_start ]] && running "$owner" "$owner_start"; then continue; fi
    elif running "$owner"; then
        continue # a start that has not written its owner yet
    fi
    echo "local-stack: removing the stack $owner left behind" >&2
    remove_stack "$entry"
done

run=$state_dir/$$
mkdir -p "$run"
echo "$$ $(start_time $$)" >"$run/owner"
rm -f "$env_file"

children=() cluster_dir="" ticker=""
stop_stack() {
    local rc=$? pid
    trap - EXIT INT TERM
    if [[ -n $ticker ]]; then kill "$ticker" 2>/dev/null || true; fi
    for pid in "${children[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    # Each gets 5 s to close its connections, then is killed.
    for _ in $(seq 100); do
        local left=0
        for pid in "${children[@]}"; do if running "$pid"; then left=1; fi; done
        ((left)) || break
        sleep 0.05
    done
    for pid in "${children[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    cluster_remove "$cluster_dir"
    rm -f "$env_file" "$env_file.tmp.$$"
    rm -rf "$run"
    exit "$rc"
}
trap stop_stack EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {
    echo "local-stack: $1" >&2
    if [[ -n ${2:-} && -f $2 ]]; then tail -n 40 "$2" >&2; fi
    exit 1
}

# --- Secrets of this start (test values) and the project's keys --------------------------------------------
stripe_key=sk_test_streamvibe_local_stack
mapfile -t keys < <(JWT_SECRET=$jwt_secret "$cluster_python" -c '
import base64, hashlib, hmac, json, os, secrets, time
def b64(data): return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
secret = os.environ["JWT_SECRET"] or "local-stack-" + secrets.token_hex(24)
now = int(time.time())
def jwt(role):
    claims = {"iss": "supabase", "role": role, "iat": now, "exp": now + 10 * 365 * 86400}
    head = b64(b"{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(json.dumps(claims, separators=(",", ":")).encode())
    return head + "." + b64(hmac.new(secret.encode(), head.encode(), hashlib.sha256).digest())
print("whsec_" + secrets.token_hex(24), secret, jwt("anon"), jwt("service_role"), sep="\n")
')
((${#keys[@]} == 4)) || fail "could not make the keys"
webhook_secret=${keys[0]} jwt_secret=${keys[1]} anon_key=${keys[2]} service_key=${keys[3]}

# NAME [VAR=VALUE...] DENO ARGS... in the background, its output in $run/NAME.log, its pid in $run/pids. The
# caller's variables of the functions, Stripe and PostgreSQL are not passed on (a real key never reaches the
# stack); the others are (a proxy, the CA certificates).
spawn() {
    local name=$1 var
    local -a unset=()
    shift
    for var in $(compgen -e); do
        if [[ $var =~ ^(SUPABASE_|STRIPE_|STREAMVIBE_|INSTAGRAM_|TIKTOK_|PLATFORM_|PG) ]]; then unset+=(-u "$var"); fi
    done
    env "${unset[@]}" NO_COLOR=1 "$@" >"$run/$name.log" 2>&1 &
    children+=($!)
    echo "$! $(start_time $!) $name" >>"$run/pids"
}

# Stops the stack (exit 0) once the parent has exited.
parent_running() { [[ -z $parent_pid ]] || running "$parent_pid" "$parent_start"; }
check_parent() {
    if ! parent_running; then
        echo "local-stack: process $parent_pid exited: stopping" >&2
        exit 0
    fi
}

# Waits until NAME's process has written its URL to $run/NAME.url; sets `url`. Fails if the process (or the
# parent) exits. In this shell, not a subshell: a signal is handled within one short sleep.
wait_url() {
    local name=$1 pid=$2
    url=""
    for _ in $(seq 1800); do # 90 s: the first start downloads the npm modules
        if [[ -s $run/$name.url ]]; then
            read -r url <"$run/$name.url"
            return 0
        fi
        running "$pid" && parent_running || return 1
        sleep 0.05
    done
    return 1
}

# 1. The Stripe stand-in (its keys from the environment, never on a command line).
spawn stripe STRIPE_SECRET_KEY="$stripe_key" STRIPE_WEBHOOK_SECRET="$webhook_secret" \
    "$deno" run -A --config "$root/supabase/functions/deno.json" "$root/supabase/tests/stripe/main.ts" \
    --port 0 --write-url "$run/stripe.url" --seed --retry-base-ms 200
stripe_pid=$!

# 2. PostgreSQL with the migrations: a copy of the migrated template (lib/cluster.sh), made first if need be.
cluster_create
echo "$cluster_dir" >"$run/cluster"
cluster_start_migrated || exit 1

# 3. The functions, on a port chosen first so that SUPABASE_URL can default to their own URL.
start_functions() {
    functions_port=$(cluster_free_port)
    local public=${public_url:-http://127.0.0.1:$functions_port}
    rm -f "$run/functions.url"
    spawn functions SUPABASE_URL="$public" SUPABASE_DB_URL="$SUPABASE_DB_URL" \
        SUPABASE_SERVICE_ROLE_KEY="$service_key" STREAMVIBE_JWT_SECRET="$jwt_secret" \
        STRIPE_SECRET_KEY="$stripe_key" STRIPE_WEBHOOK_SECRET="$webhook_secret" STRIPE_API_BASE="$stripe_url" \
        INSTAGRAM_CLIENT_ID=990000000000042 INSTAGRAM_CLIENT_SECRET=instagram-sandbox-secret \
        INSTAGRAM_API_BASE="$public/instagram" INSTAGRAM_GRAPH_BASE="$public/instagram/graph" \
        TIKTOK_CLIENT_KEY=sbawsandboxkey042 TIKTOK_CLIENT_SECRET=tiktok-sandbox-secret \
        TIKTOK_API_BASE="$public/tiktok" \
        "$deno" run -A --config "$root/supabase/functions/deno.json" \
        "$root/supabase/tests/local-stack/functions-server.ts" --port "$functions_port" \
        --write-url "$run/functions.url"
    functions_pid=$!
}
wait_url stripe "$stripe_pid" || {
    check_parent
    fail "the Stripe stand-in did not start" "$run/stripe.log"
}
stripe_url=$url
start_functions
# A port taken between the choice and the listen: another one.
for attempt in 1 2 3; do
    if wait_url functions "$functions_pid"; then break; fi
    check_parent
    if ((attempt == 3)) || ! grep -q AddrInUse "$run/functions.log"; then
        fail "the functions server did not start" "$run/functions.log"
    fi
    start_functions
done
functions_url=$url

# 4. Stripe's endpoint: the functions' stripe-webhook. Both answer.
curl -fsS -o /dev/null -X POST -H 'content-type: application/json' \
    -d "{\"url\": \"$functions_url/functions/v1/stripe-webhook\"}" "$stripe_url/__control/webhook" ||
    fail "the Stripe stand-in does not answer" "$run/stripe.log"
[[ $(curl -sS -o /dev/null -w '%{http_code}' "$functions_url/") == 404 ]] ||
    fail "the functions server does not answer" "$run/functions.log"

# The functions the gateway forwards without its apikey and JWT checks: verify_jwt = false in config.toml.
functions_without_jwt=$(awk '
    /^\[functions\.[^]]+\]/ { name = substr($0, 12, index($0, "]") - 12); next }
    /^\[/ { name = "" }
    name != "" && /^verify_jwt *= *false/ { printf "%s%s", sep, name; sep = "," }' "$root/supabase/config.toml")

check_parent
umask 077
cat >"$env_file.tmp.$$" <<EOF
SUPABASE_DB_URL=$SUPABASE_DB_URL
FUNCTIONS_URL=$functions_url
STRIPE_API_BASE=$stripe_url
STRIPE_SECRET_KEY=$stripe_key
JWT_SECRET=$jwt_secret
ANON_KEY=$anon_key
SERVICE_ROLE_KEY=$service_key
FUNCTIONS_WITHOUT_JWT=$functions_without_jwt
EOF
mv -f "$env_file.tmp.$$" "$env_file"
elapsed_ms=$(((${EPOCHREALTIME/./} - ${started_at/./}) / 1000))
echo "local stack up in ${elapsed_ms} ms: database $PGPORT, functions $functions_url, Stripe stand-in $stripe_url"

# --- Until SIGTERM/SIGINT, the parent's exit, or a process of the stack dying ------------------------------
postmaster=$(head -n 1 "$cluster_dir/data/postmaster.pid")
while true; do
    check_parent
    running "$stripe_pid" || fail "the Stripe stand-in exited" "$run/stripe.log"
    running "$functions_pid" || fail "the functions server exited" "$run/functions.log"
    running "$postmaster" || fail "PostgreSQL exited" "$cluster_dir/server.log"
    sleep 1 &
    ticker=$!
    wait "$ticker" || true
    ticker=""
done
