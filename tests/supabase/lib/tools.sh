# shellcheck shell=bash
# Sourced: the backend's pinned engines, Deno and the Supabase CLI (tests/supabase/package-lock.json).
#   backend_tools_ensure   installs them (`npm ci` in tests/supabase) when one is missing, one install at a
#                          time whoever else runs it; non-zero, with the reason on stderr, when it cannot
backend_tools_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

backend_tools_ensure() {
    local bin=$backend_tools_dir/node_modules/.bin
    [[ -x $bin/deno && -x $bin/supabase ]] && return 0
    if ! command -v npm >/dev/null; then
        echo "npm is not installed, so Deno and the Supabase CLI cannot be (.ci/install-deps.sh installs it)" >&2
        return 1
    fi
    echo "== npm ci in tests/supabase (Deno, the Supabase CLI)" >&2
    (
        flock 9
        [[ -x $bin/deno && -x $bin/supabase ]] || (cd "$backend_tools_dir" && npm ci --no-audit --no-fund >&2)
    ) 9>"${TMPDIR:-/tmp}/streamvibe-supabase-npm-ci.lock"
}
