#!/usr/bin/env bash
# Runs CMD... against a throwaway PostgreSQL 15 cluster that holds the backend's schema:
#   initdb in a temp dir (as the postgres user when run as root), a free port on 127.0.0.1, pg_cron
#   preloaded; applies the test-only Supabase platform pieces (supabase/tests/platform/*.sql), then the
#   real migrations with `supabase db push --db-url` (as an operator deploys them); exports
#   SUPABASE_DB_URL (the postgres superuser's URL) and PG* variables, runs CMD, stops and removes the
#   cluster on exit. Exit status: CMD's.
# Usage: tests/supabase/with-backend-db.sh CMD [ARGS...]
set -euo pipefail

if (($# == 0)); then
    echo "usage: $0 CMD [ARGS...]" >&2
    exit 2
fi

root=$(cd "$(dirname "$0")/../.." && pwd)
supabase_cli="$root/tests/supabase/node_modules/.bin/supabase"
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}

dir=$(mktemp -d "${TMPDIR:-/tmp}/streamvibe-backend-db.XXXXXX")
chmod 755 "$dir"
as_owner=()
if ((EUID == 0)); then
    chown postgres: "$dir"
    as_owner=(runuser -u postgres --)
fi

cleanup() {
    local rc=$?
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

"${as_owner[@]}" "$pgbin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

started=0
for _ in 1 2 3; do
    port=$(free_port)
    if "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_cron \
            -c cron.database_name=postgres -c cron.use_background_workers=on -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
            -c max_connections=200" \
        start >/dev/null; then
        started=1
        break
    fi
done
if ((started == 0)); then
    echo "with-backend-db: the PostgreSQL cluster did not start" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
fi

export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres PGDATABASE=postgres
export SUPABASE_DB_URL="postgresql://postgres@127.0.0.1:$port/postgres"

for f in "$root"/supabase/tests/platform/*.sql; do
    psql -X -q -v ON_ERROR_STOP=1 -f "$f" >"$dir/platform.log" 2>&1 || {
        echo "with-backend-db: $f failed:" >&2
        cat "$dir/platform.log" >&2
        exit 1
    }
done

# The real migrations, as an operator pushes them to a project.
if ! (cd "$root" && "$supabase_cli" db push --db-url "$SUPABASE_DB_URL?sslmode=disable" --include-all \
    --yes >"$dir/push.log" 2>&1); then
    echo "with-backend-db: supabase db push failed:" >&2
    cat "$dir/push.log" >&2
    exit 1
fi

set +e
"$@"
rc=$?
set -e
exit "$rc"
