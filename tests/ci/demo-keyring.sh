#!/usr/bin/env bash
# The demo's keyring (.ci/demo-keyring.sh): on a machine whose Secret Service is missing or locked the demo
# gets a private, unlocked keyring that keeps the demo's secrets across runs, and the user's own keyring is
# never touched; an unlocked Secret Service is recognised as such.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$root/.ci/demo-keyring.sh"
for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool missing"; exit 77; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/user-data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
unset DISPLAY WAYLAND_DISPLAY
fail=0
step=0
check() { # check <description> <command...>: each step with its own runtime directory (a keyring daemon
    # left by an earlier step must not be found and talked to) and a time limit (a hang is a failure)
    step=$((step + 1))
    mkdir -p "$tmp/run$step" && chmod 700 "$tmp/run$step"
    if XDG_RUNTIME_DIR=$tmp/run$step timeout 20 bash -c '"$@"' bash "${@:2}"; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi
}
export -f demo_keyring_unlocked_secret_service demo_keyring_secrets_owned demo_keyring_run

# A session bus whose Secret Service has no unlocked collection (what a headless machine gets).
check "no bus: not usable" bash -c 'unset DBUS_SESSION_BUS_ADDRESS; ! demo_keyring_unlocked_secret_service'
check "a fresh, locked Secret Service: not usable" \
    dbus-run-session -- bash -c '! demo_keyring_unlocked_secret_service'

# The private keyring: usable inside, keeps the demo's secret across two runs, in the demo's folder.
store='printf %s demo-token | secret-tool store --label=demo service streamvibe-demo-test user demo'
lookup='test "$(secret-tool lookup service streamvibe-demo-test user demo)" = demo-token'
check "the private keyring is an unlocked Secret Service" \
    demo_keyring_run "$tmp/demo" bash -c 'demo_keyring_unlocked_secret_service'
check "a secret stored in the private keyring" demo_keyring_run "$tmp/demo" bash -c "$store"
check "is there on the next run" demo_keyring_run "$tmp/demo" bash -c "$lookup"
# A daemon that claims its bus name a moment after --unlock returned (as on a loaded machine): the private run
# waits for it, and never asks the bus for a Secret Service first, which would activate a second, locked one.
mkdir -p "$tmp/slow-bin"
cat >"$tmp/slow-bin/gnome-keyring-daemon" <<EOF
#!/usr/bin/env bash
password=\$(cat)
( sleep 1; printf %s "\$password" | exec $(command -v gnome-keyring-daemon) "\$@" >/dev/null ) &
EOF
chmod +x "$tmp/slow-bin/gnome-keyring-daemon"
check "a keyring slow to claim its bus name is waited for" env SLOW_BIN="$tmp/slow-bin" DEMO="$tmp/demo-slow" \
    bash -c 'PATH=$SLOW_BIN:$PATH demo_keyring_run "$DEMO" bash -c demo_keyring_unlocked_secret_service'
check "and lives in the demo's folder" test -n "$(ls -A "$tmp/demo/data/keyrings" 2>/dev/null)"

# The user's own unlocked keyring: recognised, and left alone by a private run started from inside it.
user_session='
    printf %s user-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    demo_keyring_unlocked_secret_service || { echo "the user keyring is not seen as unlocked"; exit 1; }
    demo_keyring_run "$DEMO_DIR" bash -c "$STORE" || exit 1
    if secret-tool lookup service streamvibe-demo-test user demo >/dev/null; then
        echo "the private run wrote into the user keyring"; exit 1
    fi'
check "an unlocked user keyring is used as is and never written by the private run" \
    env DEMO_DIR="$tmp/demo2" STORE="$store" dbus-run-session -- bash -c "$user_session"
exit $fail
