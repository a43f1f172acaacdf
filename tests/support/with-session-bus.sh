#!/bin/sh
# Runs a command on a private D-Bus session bus (dbus-run-session), so tests that own well-known names on the
# session bus (a stand-in notification service) never reach the developer's desktop session.
set -eu
exec dbus-run-session -- "$@"
