#!/usr/bin/env bash
# Installs every Debian 12 package needed to build, test and package StreamVibe Desktop.
# Idempotent: packages already present are skipped. Must run as root (or via sudo).
set -euo pipefail

BUILD_DEPS=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev qcoro-qt6-dev qt6-httpserver-dev libgl-dev libsqlite3-dev
  qt6-translations-l10n clang-format ccache lld
)
TEST_DEPS=(
  dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools xvfb xauth imagemagick
  fonts-dejavu-core sqlite3 chromium nodejs npm libqt6sql6-psql qt6-websockets-dev python3
)
BACKEND_DEPS=(
  postgresql-15 postgresql-15-pgtap postgresql-15-cron postgresql-15-plpgsql-check
  libtap-parser-sourcehandler-pgtap-perl
)
PACKAGING_DEPS=(
  dpkg-dev appstream desktop-file-utils gnupg debsigs debsig-verify apt-utils
  gpgv binutils xz-utils file groff-base man-db lintian
)

want=("${BUILD_DEPS[@]}" "${TEST_DEPS[@]}" "${BACKEND_DEPS[@]}" "${PACKAGING_DEPS[@]}")
missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    # node/npm may come from outside Debian on some machines: accept a working binary.
    if [[ "$p" == nodejs && -x "$(command -v node || true)" ]]; then continue; fi
    if [[ "$p" == npm && -x "$(command -v npm || true)" ]]; then continue; fi
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
