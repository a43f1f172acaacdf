#!/usr/bin/env bash
# The demo's keyring (sourced by .ci/run-app and its test).
#
# StreamVibe keeps its tokens only in the OS keychain (the Secret Service on Linux). On a headless machine the
# Secret Service that D-Bus starts is locked and nothing can unlock it without a desktop prompt, so nobody
# could sign in to the demo. Where no unlocked Secret Service answers, the demo runs inside a private D-Bus
# session with its own unlocked gnome-keyring, whose files live in the demo's folder: the user's own keyring
# is never opened, unlocked or written.

# True when the session bus has a Secret Service whose default collection is unlocked. Only reads the
# collection's Locked property: no prompt, no write.
demo_keyring_unlocked_secret_service() {
    [[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]] || return 1
    command -v dbus-send >/dev/null || return 1
    local reply
    reply=$(timeout 5 dbus-send --session --print-reply --dest=org.freedesktop.secrets \
        /org/freedesktop/secrets/aliases/default org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null) || return 1
    [[ "$reply" == *"boolean false"* ]]
}

# True when some process owns org.freedesktop.secrets on the session bus. Asks the bus itself, so no service
# is activated by asking.
demo_keyring_secrets_owned() {
    timeout 5 dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"
}

# demo_keyring_run DIR CMD...: runs CMD in a private D-Bus session whose Secret Service is a gnome-keyring
# unlocked with a fixed password and keeping its files in DIR (so the demo's sign-in survives a restart).
# The keyring daemon sees no display (a locked keyring must never pop a prompt) and a private runtime
# directory (it must not find and unlock the user's running daemon); CMD keeps the display.
demo_keyring_run() {
    local dir=$1
    shift
    mkdir -p "$dir/data"
    chmod 700 "$dir"
    # A runtime directory of its own for each run: a daemon of an earlier run, still shutting down or serving
    # another demo window on another bus, must not be found there and sent this run's unlock.
    local run
    run=$(mktemp -d "$dir/run.XXXXXX") || return 3
    export -f demo_keyring_unlocked_secret_service demo_keyring_secrets_owned
    DEMO_KEYRING_DIR=$dir DEMO_KEYRING_RUN=$run dbus-run-session -- bash -c '
        printf "%s" streamvibe-demo |
            env -u DISPLAY -u WAYLAND_DISPLAY XDG_DATA_HOME="$DEMO_KEYRING_DIR/data" \
                XDG_RUNTIME_DIR="$DEMO_KEYRING_RUN" \
                gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 3
        # The daemon may claim its bus name only after --unlock returned, and answers before its login
        # collection exists on a first start: wait for both. Never ask org.freedesktop.secrets before it has
        # an owner: the bus would activate a second, locked daemon that takes the name first.
        for _ in $(seq 150); do
            demo_keyring_secrets_owned && demo_keyring_unlocked_secret_service && break
            sleep 0.1
        done
        demo_keyring_secrets_owned && demo_keyring_unlocked_secret_service ||
            { echo "the private keyring did not come up" >&2; exit 3; }
        unset DEMO_KEYRING_DIR
        "$@"' bash "$@"
    local rc=$?
    rm -rf "$run"
    return $rc
}
