#!/usr/bin/env bash
# The local stack's lifecycle (tests/supabase/local-stack.sh), on the real engines:
#   - a stack killed with SIGKILL leaves its processes and cluster running; the next start removes them;
#   - the stack answers: PostgreSQL, the Stripe stand-in's API with its key, list-plans with the anon key; a
#     checkout paid on the stand-in's page reaches subscription_settings through stripe-webhook; no secret in
#     its output or logs;
#   - a start leaves a running stack of the same state directory alone;
#   - a stack whose --parent-pid is killed with SIGKILL stops itself;
#   - SIGTERM stops every process, removes the cluster, the env file and the state entry.
# Prints `local-stack: N passed, N failed`; exit 1 on a failure, 77 (skipped) when PostgreSQL 15 is missing.
# Usage: tests/supabase/test-local-stack.sh
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
stack=$root/tests/supabase/local-stack.sh
export DENO_DIR=${DENO_DIR:-$root/tests/supabase/node_modules/.deno}
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
if [[ ! -x $pgbin/initdb ]]; then
    echo "SKIP: PostgreSQL 15 is not installed ($pgbin/initdb; .ci/install-deps.sh installs it)"
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/streamvibe-local-stack-test.XXXXXX")
state=$tmp/state
launched=()
pid_killed="" pid_main="" pid_child=""
# shellcheck source=lib/cluster.sh
source "$root/tests/supabase/lib/cluster.sh"
finish() {
    local pid start name f
    for pid in "${launched[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait
    # What a failing stack left behind: the processes and clusters each stack ran.
    for f in "$tmp"/*.procs; do
        [[ -f $f ]] || continue
        while read -r pid start name; do
            if [[ $name != postgres && $(awk '{print $22}' "/proc/$pid/stat" 2>/dev/null) == "$start" ]]; then
                kill -KILL "$pid"
            fi
        done <"$f"
    done
    for f in "$tmp"/*.cluster; do
        if [[ -f $f ]]; then cluster_remove "$(cat "$f")"; fi
    done
    rm -rf "$tmp"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

passed=0 failed=0
check() { # NAME COMMAND...: one assertion
    local name=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "ok - $name"
    else
        failed=$((failed + 1))
        echo "not ok - $name"
    fi
}

# Bounded waits for a condition (process starts and exits, not timing assumptions).
wait_for() { # SECONDS COMMAND...
    local deadline=$((SECONDS + $1))
    shift
    until "$@"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}
gone() { [[ ! -d /proc/$1 ]] || [[ $(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) == Z ]]; }

# start NAME [ARGS...]: runs a stack writing $tmp/NAME.env; sets pid_NAME; keeps what it runs in
# $tmp/NAME.procs and its cluster's path in $tmp/NAME.cluster. Fails if it exits before.
start() {
    local name=$1
    shift
    "$stack" --state-dir "$state" --write-env "$tmp/$name.env" "$@" >"$tmp/$name.out" 2>&1 &
    local pid=$!
    launched+=("$pid")
    printf -v "pid_$name" %s "$pid"
    if ! wait_for 180 bash -c '[[ -s $1 ]] || [[ ! -d /proc/$2 ]]' _ "$tmp/$name.env" "$pid" ||
        [[ ! -s $tmp/$name.env ]]; then
        echo "# stack $name did not come up:"
        sed 's/^/#   /' "$tmp/$name.out"
        return 1
    fi
    grep -o 'up in [0-9]* ms' "$tmp/$name.out" | sed "s/^/# $name: /"
    processes_of "$pid" >"$tmp/$name.procs"
    cp "$state/$pid/cluster" "$tmp/$name.cluster"
}
cluster_of() { cat "$tmp/$1.cluster"; }

# What a stack runs, from its state entry: "pid start name" lines, and its cluster's postmaster.
processes_of() { # SCRIPT-PID
    cat "$state/$1/pids"
    echo "$(head -n 1 "$(cat "$state/$1/cluster")/data/postmaster.pid") - postgres"
}
none_running() { # FILE of processes_of lines
    local pid rest
    while read -r pid rest; do gone "$pid" || { echo "# still running: $pid $rest"; return 1; }; done <"$1"
}
all_running() {
    local pid rest
    while read -r pid rest; do gone "$pid" && { echo "# not running: $pid $rest"; return 1; }; done <"$1"
    return 0
}
stopped() { # PID: the stack exits within 30 s (else it is killed); its status in stopped_status
    if wait_for 30 gone "$1"; then
        wait "$1"
        stopped_status=$?
        return 0
    fi
    kill -KILL "$1"
    wait "$1"
    return 1
}
env_of() { sed -n "s/^$2=//p" "$tmp/$1.env"; }
http_status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

# --- 1. A stack killed with SIGKILL, cleaned up by the next start ------------------------------------------
if start killed; then
    kill -KILL "$pid_killed"
    wait "$pid_killed" 2>/dev/null
    check "a stack killed with SIGKILL leaves its processes running" all_running "$tmp/killed.procs"
else
    check "the first stack starts" false
fi

# --- 2. The next start: the leftovers removed; the stack answers ---------------------------------------------
if start main; then
    if [[ -f $tmp/killed.cluster ]]; then
        check "the next start stopped what the killed stack left" none_running "$tmp/killed.procs"
        check "the next start removed the killed stack's cluster" test ! -e "$(cluster_of killed)"
        check "the next start removed the killed stack's state entry" test ! -e "$state/$pid_killed"
    fi
    db=$(env_of main SUPABASE_DB_URL) functions=$(env_of main FUNCTIONS_URL) stripe=$(env_of main STRIPE_API_BASE)
    key=$(env_of main STRIPE_SECRET_KEY) anon=$(env_of main ANON_KEY) secret=$(env_of main JWT_SECRET)
    check "the env file is readable by its owner only" test "$(stat -c %a "$tmp/main.env")" = 600
    check "the env file names a test key only" test "${key#sk_test_}" != "$key"
    check "PostgreSQL answers" test "$(psql -X -At "$db" -c 'select 1' 2>&1)" = 1
    check "the database holds the migrations" \
        test "$(psql -X -At "$db" -c "select to_regclass('public.subscription_settings') is not null")" = t
    check "the Stripe stand-in answers with its key" \
        test "$(curl -s -H "authorization: Bearer $key" "$stripe/v1/prices?limit=100" | jq '.data | length')" -gt 0
    check "the Stripe stand-in refuses a request without a key" test "$(http_status "$stripe/v1/prices")" = 401
    plans=$(curl -s -X POST -H "authorization: Bearer $anon" -H 'content-type: application/json' \
        -d '{"currency": "eur"}' "$functions/functions/v1/list-plans")
    check "list-plans with the anon key lists 9 prices" test "$(jq '.data | length' <<<"$plans")" = 9
    check "the service role key is a service_role JWT of the secret" test "$(
        "$root/tests/supabase/node_modules/.bin/deno" eval --quiet "
            import { verifyJwt } from '$root/supabase/functions/_shared/auth.ts';
            console.log((await verifyJwt(Deno.args[0], Deno.args[1])).role);" "$(env_of main SERVICE_ROLE_KEY)" \
            "$secret")" = service_role

    # A user (the signup trigger makes the Free plan), a checkout through the functions, paid on the page.
    user=$(psql -X -At "$db" -c "insert into auth.users (id, aud, role, email, raw_app_meta_data,
        raw_user_meta_data, created_at, updated_at) values (gen_random_uuid(), 'authenticated', 'authenticated',
        'stack-test@streamvibe.test', '{\"provider\":\"email\"}', '{}', now(), now()) returning id" | head -n 1)
    token=$("$root/tests/supabase/node_modules/.bin/deno" eval --quiet "
        import { signJwt } from '$root/supabase/functions/_shared/auth.ts';
        const now = Math.floor(Date.now() / 1000);
        console.log(await signJwt({ aud: 'authenticated', sub: Deno.args[0], role: 'authenticated',
          email: 'stack-test@streamvibe.test', iat: now, exp: now + 600 }, Deno.args[1]));" "$user" "$secret")
    session=$(curl -s -X POST -H "authorization: Bearer $token" -H 'content-type: application/json' \
        -d '{"price_id": "price_sv_basic_year_usd", "success_url": "http://127.0.0.1:9/ok",
             "cancel_url": "http://127.0.0.1:9/no"}' "$functions/functions/v1/create-checkout-session")
    page_url=$(jq -r '.url // empty' <<<"$session")
    check "create-checkout-session answers the stand-in's page" test "${page_url#"$stripe"/checkout/}" != "$page_url"
    pay=$(curl -s "$page_url" | grep -o '<form method="post" action="[^"]*"><button id="pay"' |
        sed 's/.*action="\([^"]*\)".*/\1/')
    check "the checkout page has a Pay form" test -n "$pay"
    check "paying answers 303 to success_url" \
        test "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -X POST "$stripe$pay")" = \
        "303 http://127.0.0.1:9/ok"
    deliveries=$(curl -s "$stripe/__control/deliveries?wait=1")
    check "every webhook event was delivered to stripe-webhook, answered 200" test "$(jq --arg u \
        "$functions/functions/v1/stripe-webhook" '.pending == [] and (.attempts | length) >= 3 and
        all(.attempts[]; .status == 200 and .url == $u)' <<<"$deliveries")" = true
    check "the paid plan is in subscription_settings" test "$(psql -X -At "$db" -c "select plan || ' ' ||
        (stripe_subscription_id like 'sub_%') from public.subscription_settings where user_id = '$user'")" = \
        "basic true"
    leaked=0
    for value in "$secret" "$anon" "$token" "$(env_of main SERVICE_ROLE_KEY)"; do
        if grep -rqF -- "$value" "$tmp/main.out" "$state/$pid_main"/*.log; then leaked=1; fi
    done
    check "no secret in the stack's output or logs" test "$leaked" = 0
else
    check "the stack starts" false
fi

# --- 3. A stack whose parent is killed; a start leaves a running stack alone ---------------------------------
sleep 600 &
parent=$!
if start child --parent-pid "$parent"; then
    if [[ -n ${pid_main:-} ]]; then
        check "a start leaves a running stack alone" all_running "$tmp/main.procs"
        check "... and its state entry" test -f "$state/$pid_main/pids"
    fi
    kill -KILL "$parent"
    wait "$parent" 2>/dev/null
    check "the stack stops itself when its parent is killed" stopped "$pid_child"
    check "... its processes stopped" none_running "$tmp/child.procs"
    check "... its cluster removed" test ! -e "$(cluster_of child)"
    check "... its env file removed" test ! -e "$tmp/child.env"
else
    check "the stack with a parent starts" false
fi
kill "$parent" 2>/dev/null && wait "$parent" 2>/dev/null

# --- 4. SIGTERM ------------------------------------------------------------------------------------------------
if [[ -f $tmp/main.cluster ]]; then
    kill -TERM "$pid_main"
    check "SIGTERM stops the stack" stopped "$pid_main"
    check "... with the status of SIGTERM" test "$stopped_status" = 143
    check "... every process stopped" none_running "$tmp/main.procs"
    check "... the cluster removed" test ! -e "$(cluster_of main)"
    check "... the env file removed" test ! -e "$tmp/main.env"
    check "... the state entry removed" test ! -e "$state/$pid_main"
fi

echo "local-stack: $passed passed, $failed failed"
((failed == 0))
