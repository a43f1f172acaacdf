# shellcheck shell=bash
# Sourced (bash): a throwaway PostgreSQL 15 cluster that holds the backend's schema, for
# tests/supabase/with-backend-db.sh and tests/supabase/local-stack.sh.
#   cluster_create          makes the cluster's directory (a temp dir, owned by the postgres user when run as
#                           root, since PostgreSQL refuses to run as root): sets cluster_dir
#   cluster_start           initdb in it and starts it on a free port of 127.0.0.1 (pg_cron preloaded, no
#                           durability: a test cluster); exports SUPABASE_DB_URL (the
#                           postgres superuser's URL) and PGHOST/PGPORT/PGUSER/PGDATABASE
#   cluster_apply_schema    the test-only Supabase platform pieces (supabase/tests/platform/*.sql), then the
#                           real migrations with `supabase db push --db-url` (as an operator deploys them)
#   cluster_remove DIR      stops the cluster in DIR if its postmaster runs, removes DIR
# Messages go to stderr prefixed with $cluster_who. Each step returns non-zero (with the log printed) on failure.

cluster_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cluster_pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
cluster_who=${cluster_who:-cluster}
cluster_as_owner=()
if ((EUID == 0)); then
    cluster_as_owner=(runuser -u postgres --)
fi

cluster_create() {
    cluster_dir=$(mktemp -d "${TMPDIR:-/tmp}/streamvibe-backend-db.XXXXXX") || return 1
    chmod 755 "$cluster_dir"
    if ((EUID == 0)); then
        chown postgres: "$cluster_dir"
    fi
}

cluster_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

cluster_start() {
    local dir=$cluster_dir port
    "${cluster_as_owner[@]}" "$cluster_pgbin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
    # A free port can be taken between the check and the start: try another one.
    for _ in 1 2 3; do
        port=$(cluster_free_port)
        if "${cluster_as_owner[@]}" "$cluster_pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_cron \
                -c cron.database_name=postgres -c cron.use_background_workers=on -c fsync=off \
                -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null; then
            export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres PGDATABASE=postgres
            export SUPABASE_DB_URL="postgresql://postgres@127.0.0.1:$port/postgres"
            return 0
        fi
    done
    echo "$cluster_who: the PostgreSQL cluster did not start" >&2
    cat "$dir/server.log" >&2 || true
    return 1
}

cluster_apply_schema() {
    local dir=$cluster_dir f
    for f in "$cluster_root"/supabase/tests/platform/*.sql; do
        psql -X -q -v ON_ERROR_STOP=1 -f "$f" >"$dir/platform.log" 2>&1 || {
            echo "$cluster_who: $f failed:" >&2
            cat "$dir/platform.log" >&2
            return 1
        }
    done
    if ! (cd "$cluster_root" && tests/supabase/node_modules/.bin/supabase db push \
        --db-url "$SUPABASE_DB_URL?sslmode=disable" --include-all --yes >"$dir/push.log" 2>&1); then
        echo "$cluster_who: supabase db push failed:" >&2
        cat "$dir/push.log" >&2
        return 1
    fi
}

cluster_remove() {
    local dir=$1 pid=""
    [[ -n $dir && -d $dir ]] || return 0
    if [[ -f $dir/data/postmaster.pid ]]; then
        read -r pid <"$dir/data/postmaster.pid" || true
        # Only a postmaster that still runs (a pid reused by another program is left alone).
        if [[ -n $pid && $(cat "/proc/$pid/comm" 2>/dev/null) == postgres ]]; then
            "${cluster_as_owner[@]}" "$cluster_pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
    fi
    rm -rf "$dir"
}
