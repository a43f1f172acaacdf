#!/usr/bin/env bash
# Checks a StreamVibe release made by packaging/sign-release.sh against a public key you trust.
#
# Usage: verify-release.sh --keyring KEY.gpg|KEY.asc [--install-policy [--root DIR]] RELEASE_DIR
#
# KEY is the StreamVibe release key you obtained out of band (never the copy inside RELEASE_DIR:
# anyone who can replace the release can replace that too). Checks, and reports each one:
#   1. SHA256SUMS.asc is a valid signature of SHA256SUMS by KEY;
#   2. every file SHA256SUMS lists has that SHA-256, and every .deb in RELEASE_DIR is listed;
#   3. every <package>.deb.asc is a valid signature of its package by KEY;
#   4. every package's embedded origin signature verifies with debsig-verify under a policy that
#      accepts KEY only (a temporary policy; --install-policy installs it for good, see below);
#   5. the apt repository in RELEASE_DIR/apt, if present: InRelease and Release.gpg are valid
#      signatures by KEY of the same Release, every index file has the size and SHA-256 that Release
#      states, and every package in the pool has the size and SHA-256 its Packages entry states.
# Exits 0 when every check passes, 1 when one fails, 2 on a usage or environment error.
#
# --install-policy (as root) also installs the debsig-verify policy and keyring for KEY under
# /etc/debsig/policies/<fingerprint>/ and /usr/share/debsig/keyrings/<fingerprint>/ (below DIR with
# --root), so that `debsig-verify PACKAGE.deb` and dpkg's signature check accept StreamVibe packages.
set -euo pipefail

usage() {
    sed -n '3,4p' "$0" | sed 's/^# //' >&2
    exit 2
}
die() {
    echo "verify-release: $*" >&2
    exit 2
}

keyfile=""
release=""
install_policy=0
root=""
while (($#)); do
    case $1 in
    --keyring) keyfile=${2:?--keyring needs a file}; shift 2 ;;
    --keyring=*) keyfile=${1#*=}; shift ;;
    --install-policy) install_policy=1; shift ;;
    --root) root=${2:?--root needs a directory}; shift 2 ;;
    -h | --help) usage ;;
    -*) echo "verify-release: unknown option $1" >&2; usage ;;
    *) [[ -z "$release" ]] || usage; release=$1; shift ;;
    esac
done
[[ -n "$keyfile" && -n "$release" ]] || usage
[[ -f "$keyfile" ]] || die "no such key file: $keyfile"
[[ -d "$release" ]] || die "no such release directory: $release"
for tool in gpg gpgv sha256sum debsig-verify awk; do
    command -v "$tool" >/dev/null || die "$tool is not installed (packages: gnupg gpgv debsig-verify)"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GNUPGHOME="$work/gnupg" # never the caller's keyring
mkdir -m 700 "$GNUPGHOME"

# The trusted key, as a binary keyring for gpgv and debsig-verify (an armoured file is converted).
keyring="$work/trusted.gpg"
if grep -q -- '-----BEGIN PGP PUBLIC KEY BLOCK-----' "$keyfile"; then
    gpg --batch --quiet --dearmor <"$keyfile" >"$keyring" || die "cannot read the key file $keyfile"
else
    cp "$keyfile" "$keyring"
fi
fingerprints=$(gpg --batch --with-colons --show-keys "$keyring" 2>/dev/null |
    awk -F: '$1 == "pub" { want = 1; next } want && $1 == "fpr" { print $10; want = 0 }') ||
    die "$keyfile holds no OpenPGP public key"
[[ -n "$fingerprints" ]] || die "$keyfile holds no OpenPGP public key"
(($(wc -l <<<"$fingerprints") == 1)) || die "$keyfile holds several keys; give the release key only"
fpr=$fingerprints
echo "verify-release: trusting key $fpr"

failures=0
pass() { echo "OK      $*"; }
fail() {
    echo "FAILED  $*"
    failures=$((failures + 1))
}
# gpgv with the trusted key only; its messages go to $work/gpgv.log for the report.
verify_sig() { gpgv --keyring "$keyring" "$@" >"$work/gpgv.log" 2>&1; }
gpgv_reason() { grep -E 'BAD|bad|No public key|Can.t check|not found|no valid|error' "$work/gpgv.log" | head -n1 || true; }

release=$(cd "$release" && pwd)
cd "$release"
shopt -s nullglob
debs=(*.deb)

# 1. The checksum list is signed.
if [[ ! -f SHA256SUMS || ! -f SHA256SUMS.asc ]]; then
    fail "SHA256SUMS and SHA256SUMS.asc: missing"
elif verify_sig SHA256SUMS.asc SHA256SUMS; then
    pass "SHA256SUMS: signed by the release key"
else
    fail "SHA256SUMS: signature does not verify ($(gpgv_reason))"
fi

# 2. Every listed file matches, and nothing unlisted is offered.
if [[ -f SHA256SUMS ]]; then
    if sha256sum --check --strict --quiet SHA256SUMS >"$work/sums.log" 2>&1; then
        pass "SHA256SUMS: every listed file matches"
    else
        fail "SHA256SUMS: $(tr '\n' ' ' <"$work/sums.log")"
    fi
    for deb in "${debs[@]}"; do
        awk -v f="$deb" '{ n = $2; sub(/^\*/, "", n) } n == f { found = 1 } END { exit !found }' SHA256SUMS ||
            fail "$deb: not listed in SHA256SUMS"
    done
fi
((${#debs[@]})) || fail "no .deb package in $release"

# 3. Detached signatures.
for deb in "${debs[@]}"; do
    if [[ ! -f "$deb.asc" ]]; then
        fail "$deb.asc: missing"
    elif verify_sig "$deb.asc" "$deb"; then
        pass "$deb.asc: signed by the release key"
    else
        fail "$deb.asc: signature does not verify ($(gpgv_reason))"
    fi
done

# 4. Embedded origin signatures, under a policy that accepts this key only.
write_policy() { # DIR-FOR-POLICIES DIR-FOR-KEYRINGS
    mkdir -p "$1/$fpr" "$2/$fpr"
    cp "$keyring" "$2/$fpr/streamvibe-archive-keyring.gpg"
    cat >"$1/$fpr/streamvibe.pol" <<EOF
<?xml version="1.0"?>
<!DOCTYPE Policy SYSTEM "https://www.debian.org/debsig/1.0/policy.dtd">
<Policy xmlns="https://www.debian.org/debsig/1.0/">
  <Origin Name="StreamVibe" id="$fpr" Description="StreamVibe release key"/>
  <Selection>
    <Required Type="origin" File="streamvibe-archive-keyring.gpg" id="$fpr"/>
  </Selection>
  <Verification MinOptional="0">
    <Required Type="origin" File="streamvibe-archive-keyring.gpg" id="$fpr"/>
  </Verification>
</Policy>
EOF
}
write_policy "$work/policies" "$work/keyrings"
for deb in "${debs[@]}"; do
    if debsig-verify --policies-dir "$work/policies" --keyrings-dir "$work/keyrings" "$deb" \
        >"$work/debsig.log" 2>&1; then
        pass "$deb: embedded origin signature verifies (debsig-verify)"
    else
        fail "$deb: debsig-verify refuses it: $(tail -n1 "$work/debsig.log")"
    fi
done

# 5. The apt repository.
# Prints "SHA256 SIZE PATH" for each line of the SHA256 section of a Release file.
release_sums() { awk '/^[^ ]/ { in_sums = ($1 == "SHA256:") ; next } in_sums && NF == 3 { print $1, $2, $3 }' "$1"; }
if [[ -d apt/dists ]]; then
    for dist in apt/dists/*/; do
        dist=${dist%/}
        suite=${dist#apt/dists/}
        if [[ ! -f "$dist/Release" ]]; then
            fail "apt suite $suite: no Release file"
            continue
        fi
        if [[ ! -f "$dist/InRelease" ]]; then
            fail "apt suite $suite: InRelease missing (unsigned repository)"
        elif verify_sig --output "$work/InRelease.txt" "$dist/InRelease"; then
            if cmp -s "$work/InRelease.txt" "$dist/Release"; then
                pass "apt suite $suite: InRelease signed by the release key, same as Release"
            else
                fail "apt suite $suite: InRelease and Release differ"
            fi
        else
            fail "apt suite $suite: InRelease signature does not verify ($(gpgv_reason))"
        fi
        if [[ ! -f "$dist/Release.gpg" ]]; then
            fail "apt suite $suite: Release.gpg missing"
        elif verify_sig "$dist/Release.gpg" "$dist/Release"; then
            pass "apt suite $suite: Release.gpg signed by the release key"
        else
            fail "apt suite $suite: Release.gpg does not verify ($(gpgv_reason))"
        fi
        indexes=0
        while read -r sum size path; do
            [[ -f "$dist/$path" ]] || continue
            indexes=$((indexes + 1))
            if [[ "$(stat -c %s "$dist/$path")" != "$size" ||
                "$(sha256sum <"$dist/$path" | cut -d' ' -f1)" != "$sum" ]]; then
                fail "apt suite $suite: $path does not match Release"
            fi
        done < <(release_sums "$dist/Release")
        if ((indexes > 0)); then
            pass "apt suite $suite: $indexes index files checked against Release"
        else
            fail "apt suite $suite: Release lists no index file present"
        fi
        for packages in "$dist"/*/binary-*/Packages; do
            entries=0
            bad=0
            while read -r file size sum; do
                entries=$((entries + 1))
                if [[ ! -f "apt/$file" ]]; then
                    fail "apt: $file listed in ${packages#apt/} is missing"
                    bad=1
                elif [[ "$(stat -c %s "apt/$file")" != "$size" ||
                    "$(sha256sum <"apt/$file" | cut -d' ' -f1)" != "$sum" ]]; then
                    fail "apt: $file does not match its entry in ${packages#apt/}"
                    bad=1
                fi
            done < <(awk '/^Filename:/ { f = $2 } /^Size:/ { s = $2 } /^SHA256:/ { h = $2 }
                          /^$/ { if (f != "") print f, s, h; f = s = h = "" }
                          END { if (f != "") print f, s, h }' "$packages")
            if ((entries == 0)); then
                fail "apt: ${packages#apt/} lists no package"
            elif ((bad == 0)); then
                pass "apt: the $entries package(s) of ${packages#apt/} match"
            fi
        done
    done
fi

if ((install_policy)); then
    if ((failures)); then
        echo "verify-release: not installing the debsig-verify policy: the release did not verify" >&2
    else
        write_policy "$root/etc/debsig/policies" "$root/usr/share/debsig/keyrings"
        echo "verify-release: installed the debsig-verify policy for $fpr under ${root:-/}"
    fi
fi

if ((failures)); then
    echo "verify-release: $failures check(s) FAILED: do not deploy this release" >&2
    exit 1
fi
echo "verify-release: every check passed"
