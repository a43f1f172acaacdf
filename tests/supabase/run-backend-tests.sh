#!/usr/bin/env bash
# The backend's tests, on the real engines, in one throwaway PostgreSQL cluster (with-backend-db.sh):
#   pgTAP (supabase/tests/database/*.test.sql) with pg_prove, `supabase db lint`, and the Deno tests of the
#   Edge Functions and the Stripe stand-in (supabase/functions, supabase/tests) against that database.
# Installs what is missing first (the backend's Debian packages as root; Deno and the Supabase CLI from
# tests/supabase/package-lock.json). Prints one closing line `backend: N passed, N failed`; exit 1 on any
# failure.
# Usage: tests/supabase/run-backend-tests.sh
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
tools=tests/supabase/node_modules/.bin

if [[ "${1:-}" != "--in-cluster" ]]; then
    # The Debian packages: the list in .ci/install-deps.sh (BACKEND_DEPS), installed when one is missing.
    mapfile -t debs < <(sed -n '/^BACKEND_DEPS=(/,/)/p' .ci/install-deps.sh | tr ' ()' '\n\n\n' |
        grep -E '^[a-z0-9][a-z0-9.+-]+$' | grep -v '^BACKEND_DEPS')
    missing=()
    for p in "${debs[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        if ((EUID != 0)); then
            echo "backend tests: missing Debian packages (install as root): ${missing[*]}" >&2
            echo "backend: 0 passed, 1 failed"
            exit 1
        fi
        echo "== installing ${missing[*]}"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null || { echo "backend: 0 passed, 1 failed"; exit 1; }
    fi
    # shellcheck source=lib/tools.sh
    source tests/supabase/lib/tools.sh
    backend_tools_ensure || { echo "backend: 0 passed, 1 failed"; exit 1; }
    out=$(mktemp -d "${TMPDIR:-/tmp}/streamvibe-backend-tests.XXXXXX")
    trap 'rm -rf "$out"' EXIT
    chmod 777 "$out"
    bash tests/supabase/with-backend-db.sh bash "$0" --in-cluster "$out"
    rc=$?
    passed=0 failed=0
    for f in "$out"/*.count; do
        [[ -f $f ]] || continue
        read -r p q <"$f"
        passed=$((passed + p)) failed=$((failed + q))
    done
    # The database never came up, or a suite died before counting: a failure, whatever was counted.
    if ((rc != 0 && failed == 0)); then
        failed=1
    fi
    echo "backend: $passed passed, $failed failed"
    ((failed == 0 && rc == 0))
    exit $?
fi

# --- Inside the cluster (SUPABASE_DB_URL is set) -----------------------------------------------------
out=$2
rc=0

echo "== pgTAP (supabase/tests/database)"
pg_prove --verbose --failures supabase/tests/database/*.test.sql >"$out/pgtap.log" 2>&1
prove_rc=$?
# Counts the TAP lines; a file that planned more tests than it ran counts the missing ones as failed.
awk '
    /^[^ #].*\.test\.sql \.\./ { flush(); planned = 0; seen = 0; next }
    /^1\.\.[0-9]+/ { split($0, a, "\\.\\."); planned = a[2] + 0; next }
    /^ok [0-9]+/ { pass++; seen++; next }
    /^not ok [0-9]+/ { fail++; seen++; next }
    function flush() { if (planned > seen) fail += planned - seen; planned = 0; seen = 0 }
    END { flush(); print pass + 0, fail + 0 }
' "$out/pgtap.log" >"$out/pgtap.count"
read -r p q <"$out/pgtap.count"
if ((prove_rc != 0)); then
    grep -v -E '^ok [0-9]+' "$out/pgtap.log"
    if ((q == 0)); then echo "$p 1" >"$out/pgtap.count"; fi
    rc=1
fi
echo "pgTAP: $p passed, $(cut -d' ' -f2 "$out/pgtap.count") failed"

echo "== supabase db lint"
if "$tools/supabase" db lint --db-url "$SUPABASE_DB_URL?sslmode=disable" --fail-on error >"$out/lint.log" 2>&1; then
    echo "1 0" >"$out/lint.count"
    echo "lint: clean"
else
    cat "$out/lint.log"
    echo "0 1" >"$out/lint.count"
    rc=1
fi

echo "== deno test (supabase/functions, supabase/tests, supabase/stripe)"
if [[ -z $(find supabase/functions supabase/tests supabase/stripe -name '*.test.ts' -o -name '*_test.ts' | head -1) ]]; then
    echo "deno: no tests yet"
else
    [[ -t 1 ]] || export NO_COLOR=1
    "$tools/deno" test -A --config supabase/functions/deno.json --junit-path="$out/deno.xml" \
        supabase/functions supabase/tests supabase/stripe 2>&1 | tee "$out/deno.log" | grep -E -v '^(ok|running|Check) ' || true
    deno_rc=${PIPESTATUS[0]}
    if [[ -s $out/deno.xml ]]; then
        # The <testsuites> element: tests, failures, errors (a test counts once, at its top level).
        python3 - "$out/deno.xml" >"$out/deno.count" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
tests = failures = 0
for case in root.iter("testcase"):
    tests += 1
    if case.find("failure") is not None or case.find("error") is not None:
        failures += 1
    elif case.find("skipped") is not None:
        tests -= 1
print(tests - failures, failures)
PY
    else
        echo "0 1" >"$out/deno.count"
    fi
    read -r p q <"$out/deno.count"
    if ((deno_rc != 0)); then
        rc=1
        if ((q == 0)); then echo "$p 1" >"$out/deno.count"; q=1; fi
    fi
    echo "deno: $p passed, $q failed"
fi
exit "$rc"
