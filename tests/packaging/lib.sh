# shellcheck shell=bash disable=SC2034
# Shared helpers of the packaging tests (sourced). Each check prints one line; a test script ends with
# `finish`, which fails the test if any check failed. Environment from tests/packaging/CMakeLists.txt:
#   SV_SOURCE_DIR, SV_BUILD_DIR, SV_WORK_DIR (shared by the fixtures), SV_VERSION, SV_CPACK.
set -euo pipefail

: "${SV_SOURCE_DIR:?}" "${SV_BUILD_DIR:?}" "${SV_WORK_DIR:?}" "${SV_VERSION:?}"
SV_DEB_DIR=$SV_WORK_DIR/deb         # the unsigned package cpack built (fixture sv_deb)
SV_RELEASE_DIR=$SV_WORK_DIR/release # the signed release (fixture sv_release)
SV_KEYS_DIR=$SV_WORK_DIR/keys       # the throwaway release key's GNUPGHOME and public key
SV_SKIP=77                          # ctest SKIP_RETURN_CODE

sv_failures=0
sv_checks=0
sv_scratch=$(mktemp -d)
trap 'rm -rf "$sv_scratch"' EXIT

pass() { sv_checks=$((sv_checks + 1)); echo "PASS  $*"; }
fail() {
    sv_checks=$((sv_checks + 1))
    sv_failures=$((sv_failures + 1))
    echo "FAIL  $*"
}
# check "what" command...: the command must succeed. Its output is shown when it does not.
check() {
    local what=$1
    shift
    if "$@" >"$sv_scratch/out" 2>&1; then
        pass "$what"
    else
        fail "$what (exit $?)"
        sed 's/^/      | /' "$sv_scratch/out" | tail -n 30
    fi
}
# refused "what" command...: the command must fail (a refusal), and not because it is missing.
refused() {
    local what=$1 status=0
    shift
    "$@" >"$sv_scratch/out" 2>&1 || status=$?
    if ((status == 0)); then
        fail "$what: was ACCEPTED"
        sed 's/^/      | /' "$sv_scratch/out" | tail -n 30
    elif ((status == 126 || status == 127)); then
        fail "$what: could not run $1 (exit $status)"
    else
        pass "$what (refused, exit $status: $(grep -v '^\s*$' "$sv_scratch/out" | tail -n1 | cut -c1-150))"
    fi
}
# The output of the last check/refused command.
last_output() { cat "$sv_scratch/out"; }
finish() {
    echo "$sv_checks checks, $sv_failures failed"
    ((sv_failures == 0))
}
# The one .deb cpack built.
built_deb() {
    local debs=("$SV_DEB_DIR"/streamvibe_*.deb)
    [[ ${#debs[@]} -eq 1 && -f "${debs[0]}" ]] || { echo "no package in $SV_DEB_DIR (did PackageBuild run?)" >&2; exit 1; }
    echo "${debs[0]}"
}
# Copies the good release to $1 (to tamper with a copy, never with the fixture).
copy_release() { rm -rf "$1" && cp -a "$SV_RELEASE_DIR" "$1"; }
# An attacker's own key in its own GNUPGHOME $1.
make_other_key() {
    mkdir -m 700 -p "$1"
    GNUPGHOME=$1 gpg --batch --quiet --passphrase '' --quick-gen-key \
        "Not StreamVibe <attacker@example.invalid>" ed25519 sign 1d
}
