#!/usr/bin/env bash
# Runs the supabase-js conformance suite against a freshly started streamvibe-sandbox: the gateway in front of
# the real backend (the local stack it starts as its children: PostgreSQL with the migrations, the Edge
# Functions, the Stripe stand-in), stopped with this script.
# Usage: run-conformance.sh /path/to/streamvibe-sandbox
set -euo pipefail
sandbox="${1:?usage: run-conformance.sh /path/to/streamvibe-sandbox}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "node/npm not found: skipping the conformance suite" >&2
  exit 77
fi

work="$(mktemp -d)"
sandbox_pid=""
cleanup() {
  if [[ -n "$sandbox_pid" ]]; then
    kill -TERM "$sandbox_pid" 2>/dev/null || true # it stops the local stack, then exits
    wait "$sandbox_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

mkfifo "$work/out"
"$sandbox" --port 0 --write-config "$work/config.ini" --auto-consent >"$work/out" 2>"$work/err" &
sandbox_pid=$!
exec 3<"$work/out"
# Blocks until the sandbox prints its listening line (or exits, closing the pipe).
line=""
if ! IFS= read -r -t 180 line <&3 || [[ "$line" != "listening on "* ]]; then
  echo "sandbox did not start: $line" >&2
  cat "$work/err" >&2 || true
  exit 1
fi
export SANDBOX_URL="${line#listening on }"
export SANDBOX_ANON_KEY="$(sed -n 's/^anon_key=//p' "$work/config.ini")"
# Keep draining the sandbox's stdout so it never blocks on a full pipe.
cat <&3 >/dev/null &

cd "$here"
if [[ ! -d node_modules/@supabase/supabase-js ]]; then
  npm ci --offline --no-audit --no-fund || npm ci --no-audit --no-fund
fi
node --test
