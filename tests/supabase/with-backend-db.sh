#!/usr/bin/env bash
# Runs CMD... against a throwaway PostgreSQL 15 cluster that holds the backend's schema:
#   in a temp dir (as the postgres user when run as root), a free port on 127.0.0.1, pg_cron preloaded; the
#   test-only Supabase platform pieces (supabase/tests/platform/*.sql), then the real migrations applied with
#   `supabase db push --db-url` (as an operator deploys them): a copy of the migrated template made that way
#   for the same PostgreSQL, CLI and SQL files (lib/cluster.sh; STREAMVIBE_PG_TEMPLATE_DIR=off: initdb and
#   the migrations in this cluster); exports SUPABASE_DB_URL (the postgres superuser's URL) and PG*
#   variables, runs CMD, stops and removes the cluster on exit. Exit status: CMD's.
# Usage: tests/supabase/with-backend-db.sh CMD [ARGS...]
set -euo pipefail

if (($# == 0)); then
    echo "usage: $0 CMD [ARGS...]" >&2
    exit 2
fi

# shellcheck disable=SC2034 # read by lib/cluster.sh
cluster_who=with-backend-db
# shellcheck source=lib/cluster.sh
source "$(dirname "$0")/lib/cluster.sh"

cluster_create
cleanup() {
    local rc=$?
    cluster_remove "$cluster_dir"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cluster_start_migrated || exit 1

set +e
"$@"
rc=$?
set -e
exit "$rc"
