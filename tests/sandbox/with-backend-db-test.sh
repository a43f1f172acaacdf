#!/usr/bin/env bash
# Runs a test binary against a throwaway PostgreSQL with the backend's schema, the real migrations and the
# test-only Supabase platform pieces (tests/supabase/with-backend-db.sh exports SUPABASE_DB_URL).
# Installs the pinned Supabase CLI (tests/supabase, `npm ci`) when it is missing: the script pushes the
# migrations with it. Exit 77 (ctest: skipped), with the reason, only when the harness itself is missing:
# PostgreSQL 15's server or npm (.ci/install-deps.sh installs both).
# Usage: tests/sandbox/with-backend-db-test.sh TEST-BINARY [ARGS...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}

if [[ ! -x $pgbin/initdb || ! -x $pgbin/pg_ctl ]]; then
    echo "SKIP: PostgreSQL 15 is not installed ($pgbin/initdb is missing; .ci/install-deps.sh installs it)"
    exit 77
fi
if [[ ! -x $root/tests/supabase/node_modules/.bin/supabase ]]; then
    if ! command -v npm >/dev/null; then
        echo "SKIP: npm is not installed, so the Supabase CLI cannot be installed (.ci/install-deps.sh installs it)"
        exit 77
    fi
    echo "== npm ci in tests/supabase (the Supabase CLI)"
    # One install at a time, whoever else runs it.
    (
        flock 9
        if [[ ! -x $root/tests/supabase/node_modules/.bin/supabase ]]; then
            cd "$root/tests/supabase" && npm ci --no-audit --no-fund
        fi
    ) 9>"${TMPDIR:-/tmp}/streamvibe-supabase-npm-ci.lock"
fi
exec bash "$root/tests/supabase/with-backend-db.sh" "$@"
