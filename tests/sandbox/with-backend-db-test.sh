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
source "$root/tests/supabase/lib/tools.sh"
if ! backend_tools_ensure; then
    echo "SKIP: Deno and the Supabase CLI could not be installed (npm ci in tests/supabase)"
    exit 77
fi
exec bash "$root/tests/supabase/with-backend-db.sh" "$@"
