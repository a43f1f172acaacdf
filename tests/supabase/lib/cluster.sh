# shellcheck shell=bash
# Sourced (bash): a throwaway PostgreSQL 15 cluster that holds the backend's schema, for
# tests/supabase/with-backend-db.sh and tests/supabase/local-stack.sh.
#   cluster_create          makes the cluster's directory (a temp dir, owned by the postgres user when run as
#                           root, since PostgreSQL refuses to run as root): sets cluster_dir
#   cluster_start_migrated  the cluster with the schema, started: a copy of the migrated template (below),
#                           made first when there is none; without a template cache (STREAMVIBE_PG_TEMPLATE_DIR
#                           =off, or not writable): cluster_start, then cluster_apply_schema
#   cluster_start           initdb in it and starts it on a free port of 127.0.0.1 (pg_cron preloaded, no
#                           durability: a test cluster); exports SUPABASE_DB_URL (the
#                           postgres superuser's URL) and PGHOST/PGPORT/PGUSER/PGDATABASE
#   cluster_apply_schema    the test-only Supabase platform pieces (supabase/tests/platform/*.sql), then the
#                           real migrations with `supabase db push --db-url` (as an operator deploys them)
#   cluster_remove DIR      stops the cluster in DIR if its postmaster runs, removes DIR
# The migrated template: a stopped data directory made by cluster_start + cluster_apply_schema, kept in
# $STREAMVIBE_PG_TEMPLATE_DIR (default: tests/supabase/node_modules/.pg-templates, one for every process of
# the checkout whatever its HOME) under a key: the hash of the PostgreSQL server, its extensions, the pinned
# Supabase CLI, the functions below that make it (initdb's and the server's options, how the schema is
# applied) and the platform and migration SQL files. Copying it and starting the copy takes a fraction of
# initdb + migrations. It is made in the caller's own cluster directory, stopped cleanly, copied into the
# cache and renamed to its key (a rename: never seen half-made), one process at a time (flock; the others
# wait, then copy it); templates of other keys are removed then. The port is a start option, never in the
# data directory.
# Messages go to stderr prefixed with $cluster_who. Each step returns non-zero (with the log printed) on failure.

cluster_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cluster_pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
cluster_who=${cluster_who:-cluster}
cluster_templates=${STREAMVIBE_PG_TEMPLATE_DIR:-$cluster_root/tests/supabase/node_modules/.pg-templates}
# The system's Python: a version manager's shim first on PATH costs about 0.3 s of CPU per call.
cluster_python=/usr/bin/python3
[[ -x $cluster_python ]] || cluster_python=python3
cluster_as_owner=()
if ((EUID == 0)); then
    cluster_as_owner=(runuser -u postgres --)
fi

# A test cluster lives in memory (/dev/shm) where it can: copying the template there and removing it costs a
# third of the CPU time on a disk (0.15 s against 0.45 s per copy, and each test starts one). Otherwise in
# $TMPDIR. STREAMVIBE_PG_CLUSTER_PARENT chooses another folder.
cluster_parent() {
    if [[ -n ${STREAMVIBE_PG_CLUSTER_PARENT:-} ]]; then
        echo "$STREAMVIBE_PG_CLUSTER_PARENT"
    elif [[ -d /dev/shm && -w /dev/shm ]]; then
        echo /dev/shm
    else
        echo "${TMPDIR:-/tmp}"
    fi
}

cluster_create() {
    cluster_dir=$(mktemp -d "$(cluster_parent)/streamvibe-backend-db.XXXXXX") || return 1
    chmod 755 "$cluster_dir"
    if ((EUID == 0)); then
        chown postgres: "$cluster_dir"
    fi
}

cluster_free_port() {
    "$cluster_python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

cluster_start() {
    # WAL segments of 1 MB (min_wal_size of cluster_run: 2 MB): a data directory of 29 MB instead of 40 to copy.
    "${cluster_as_owner[@]}" "$cluster_pgbin/initdb" -D "$cluster_dir/data" -U postgres --auth=trust --no-sync \
        --wal-segsize=1 -E UTF8 --locale=C.UTF-8 >"$cluster_dir/initdb.log" 2>&1 || {
        cat "$cluster_dir/initdb.log" >&2
        return 1
    }
    cluster_run
}

# Starts the data directory in $cluster_dir on a free port.
cluster_run() {
    local dir=$cluster_dir port
    # A free port can be taken between the check and the start: try another one.
    for _ in 1 2 3; do
        port=$(cluster_free_port)
        if "${cluster_as_owner[@]}" "$cluster_pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_cron \
                -c cron.database_name=postgres -c cron.use_background_workers=on -c fsync=off \
                -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c min_wal_size=2MB" \
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

cluster_template_key() {
    local f
    {
        "$cluster_pgbin/postgres" --version
        cat "$("$cluster_pgbin/pg_config" --sharedir)"/extension/*.control
        cat "$cluster_root/tests/supabase/package-lock.json"
        # The code that makes the template as this process runs it (a file edited since it was read differs).
        declare -f cluster_start cluster_run cluster_apply_schema cluster_template_make
        for f in "$cluster_root"/supabase/tests/platform/*.sql "$cluster_root"/supabase/migrations/*.sql; do
            echo "== ${f#"$cluster_root"/}"
            cat "$f"
        done
    } | sha256sum | cut -c 1-20
}

# Makes the template KEY from $cluster_dir (under the cache's exclusive lock): initdb, the schema, a clean
# stop, a copy renamed into place; leaves $cluster_dir/data stopped. Kept only if no scheduled job of pg_cron
# ran meanwhile (a job at the full hour: its run and effects would be in every copy).
cluster_template_make() {
    local key=$1 build ran
    cluster_start && cluster_apply_schema || return 1
    ran=$(psql -X -At -c 'select count(*) from cron.job_run_details' 2>&1)
    "${cluster_as_owner[@]}" "$cluster_pgbin/pg_ctl" -D "$cluster_dir/data" -m fast -w -t 60 stop >/dev/null ||
        return 1
    if [[ $ran != 0 ]]; then
        echo "$cluster_who: a scheduled job ran while the template was made ($ran): not kept" >&2
        return 0
    fi
    build=$(mktemp -d "$cluster_templates/.build.XXXXXX") || return 1
    if ! cp -a --reflink=auto "$cluster_dir/data" "$build/data" || ! mv -T "$build" "$cluster_templates/$key"; then
        rm -rf "$build"
        return 1
    fi
    echo "$cluster_who: made the migrated cluster template $cluster_templates/$key" >&2
}

cluster_start_migrated() {
    local key template lock entry
    if [[ $cluster_templates == off ]] || ! mkdir -p "$cluster_templates" 2>/dev/null ||
        ! touch "$cluster_templates/.lock" 2>/dev/null; then
        cluster_start && cluster_apply_schema
        return
    fi
    key=$(cluster_template_key) || return 1
    template=$cluster_templates/$key
    exec {lock}>>"$cluster_templates/.lock"
    # Copies under a shared lock; a template is made or removed under the exclusive one only.
    if ! flock -s -w 600 "$lock"; then
        exec {lock}>&-
        echo "$cluster_who: $cluster_templates/.lock: timed out" >&2
        return 1
    fi
    if [[ ! -d $template ]]; then
        flock -u "$lock"
        if ! flock -x -w 600 "$lock"; then
            exec {lock}>&-
            echo "$cluster_who: $cluster_templates/.lock: timed out" >&2
            return 1
        fi
        if [[ ! -d $template ]]; then
            # Made from this cluster's own data directory, which is then started as it is.
            cluster_template_make "$key" || { exec {lock}>&-; return 1; }
            for entry in "$cluster_templates"/* "$cluster_templates"/.build.*; do
                if [[ -d $entry && $entry != "$template" ]]; then rm -rf "$entry"; fi
            done
        fi
        flock -s "$lock"
    fi
    if [[ ! -d $cluster_dir/data ]] &&
        ! cp -a --reflink=auto "$template/data" "$cluster_dir/data"; then
        exec {lock}>&-
        echo "$cluster_who: cannot copy $template: the cluster is made without it" >&2
        rm -rf "$cluster_dir/data"
        cluster_start && cluster_apply_schema
        return
    fi
    exec {lock}>&-
    cluster_run || return 1
    # pg_cron keeps the port the jobs were scheduled on (cron.job.nodeport): this start's, as after migrations.
    psql -X -q -v ON_ERROR_STOP=1 -c "update cron.job set nodeport = current_setting('port')::int
        where nodeport <> current_setting('port')::int" >"$cluster_dir/cron.log" 2>&1 || {
        echo "$cluster_who: cannot set the port of pg_cron's jobs:" >&2
        cat "$cluster_dir/cron.log" >&2
        return 1
    }
}

cluster_remove() {
    local dir=$1 pid="" comm=""
    [[ -n $dir && -d $dir ]] || return 0
    if [[ -f $dir/data/postmaster.pid ]]; then
        read -r pid <"$dir/data/postmaster.pid" || true
        # Only a postmaster that still runs (a pid reused by another program is left alone).
        if [[ -n $pid ]]; then { read -r comm <"/proc/$pid/comm"; } 2>/dev/null || true; fi
        if [[ $comm == postgres ]]; then
            "${cluster_as_owner[@]}" "$cluster_pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
    fi
    rm -rf "$dir"
}
