#!/usr/bin/env bash
# Runs the supabase-js conformance suite against a freshly started streamvibe-sandbox.
# With --real-backend, the sandbox is the gateway in front of the real backend: the local stack
# (tests/supabase/local-stack.sh: PostgreSQL with the migrations, the Edge Functions, the Stripe stand-in) is
# started first on a port chosen beforehand, and stopped with this script. Without it (the sandbox's in-memory
# mode, to be removed), the PostgREST case fails: it asserts the real database's behaviour.
# Usage: run-conformance.sh [--real-backend] /path/to/streamvibe-sandbox
set -euo pipefail
real_backend=""
if [[ "${1:-}" == "--real-backend" ]]; then
  real_backend=1
  shift
fi
sandbox="${1:?usage: run-conformance.sh [--real-backend] /path/to/streamvibe-sandbox}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "node/npm not found: skipping the conformance suite" >&2
  exit 77
fi

work="$(mktemp -d)"
sandbox_pid=""
stack_pid=""
cleanup() {
  local pid
  for pid in "$sandbox_pid" "$stack_pid"; do
    if [[ -n "$pid" ]]; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$work"
}
trap cleanup EXIT

port=0
backend=()
if [[ -n "$real_backend" ]]; then
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkfifo "$work/stack-out"
  bash "$here/../../supabase/local-stack.sh" --state-dir "$work/stack" --write-env "$work/stack.env" \
    --parent-pid $$ --public-url "http://127.0.0.1:$port" >"$work/stack-out" 2>&1 &
  stack_pid=$!
  exec 4<"$work/stack-out"
  # Blocks until the script says the stack is up (its env file written) or exits, closing the pipe.
  while IFS= read -r -t 180 line <&4; do
    [[ "$line" == "local stack up in "* ]] && break
    printf '%s\n' "$line" >>"$work/stack.log"
  done
  if [[ ! -s "$work/stack.env" ]]; then
    echo "the local stack did not start:" >&2
    cat "$work/stack.log" >&2 || true
    exit 1
  fi
  cat <&4 >&2 &
  backend=(--backend-env "$work/stack.env")
fi

mkfifo "$work/out"
"$sandbox" --port "$port" --write-config "$work/config.ini" --auto-consent "${backend[@]}" >"$work/out" 2>"$work/err" &
sandbox_pid=$!
exec 3<"$work/out"
# Blocks until the sandbox prints its listening line (or exits, closing the pipe).
line=""
if ! IFS= read -r -t 90 line <&3 || [[ "$line" != "listening on "* ]]; then
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
