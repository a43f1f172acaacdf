#!/usr/bin/env bash
# Signs StreamVibe .deb packages and publishes them as a signed release and a signed apt repository.
#
# Usage: packaging/sign-release.sh [--key KEY] [--out DIR] [--suite NAME] [--component NAME] PACKAGE.deb...
#
# The signing key is never part of the repository: it comes from --key or else $STREAMVIBE_SIGNING_KEY
# (a key id or fingerprint of a secret key in the gpg keyring, $GNUPGHOME or ~/.gnupg). A key with a
# passphrase works with a running gpg-agent, or non-interactively with
# $STREAMVIBE_SIGNING_PASSPHRASE_FILE (a file holding the passphrase).
#
# Writes into DIR (default ./release, created; existing files of the same name are replaced):
#   <package>.deb                   the package with an embedded debsigs origin signature (_gpgorigin)
#   <package>.deb.asc               a detached, ASCII-armoured signature of that file
#   SHA256SUMS, SHA256SUMS.asc      the SHA-256 of every package, and its detached signature
#   streamvibe-archive-keyring.gpg  the public key, binary (for apt's signed-by and debsig-verify)
#   streamvibe-archive-keyring.asc  the public key, armoured
#   apt/pool/main/...               the packages, and a signed apt repository for them:
#   apt/dists/<suite>/{Release,InRelease,Release.gpg}
#   apt/dists/<suite>/<component>/binary-<arch>/{Packages,Packages.gz}
# Every signature uses SHA-512 whatever gpg.conf says (debsigs would otherwise let gpg pick SHA-1).
# packaging/verify-release.sh checks all of it; docs/ADMIN.md explains how to deploy it.
set -euo pipefail

usage() {
    sed -n '3,4p' "$0" | sed 's/^# //' >&2
    exit 1
}
die() {
    echo "sign-release: $*" >&2
    exit 2
}

key=${STREAMVIBE_SIGNING_KEY:-}
out=release
suite=stable
component=main
debs=()
while (($#)); do
    case $1 in
    --key) key=${2:?--key needs a value}; shift 2 ;;
    --key=*) key=${1#*=}; shift ;;
    --out) out=${2:?--out needs a value}; shift 2 ;;
    --out=*) out=${1#*=}; shift ;;
    --suite) suite=${2:?--suite needs a value}; shift 2 ;;
    --component) component=${2:?--component needs a value}; shift 2 ;;
    -h | --help) usage ;;
    -*) echo "sign-release: unknown option $1" >&2; usage ;;
    *) debs+=("$1"); shift ;;
    esac
done
((${#debs[@]})) || usage
[[ -n "$key" ]] || die "no signing key: pass --key KEY or set STREAMVIBE_SIGNING_KEY"
[[ "$suite" =~ ^[A-Za-z0-9._-]+$ && "$component" =~ ^[A-Za-z0-9._-]+$ ]] || die "invalid suite or component name"
for tool in gpg debsigs apt-ftparchive dpkg-deb sha256sum gzip; do
    command -v "$tool" >/dev/null || die "$tool is not installed (packages: gnupg debsigs apt-utils dpkg)"
done

real_gpg=$(command -v gpg)
gpg_common=(--batch --yes)
if [[ -n "${STREAMVIBE_SIGNING_PASSPHRASE_FILE:-}" ]]; then
    [[ -r "$STREAMVIBE_SIGNING_PASSPHRASE_FILE" ]] || die "cannot read \$STREAMVIBE_SIGNING_PASSPHRASE_FILE"
    gpg_common+=(--pinentry-mode loopback --passphrase-file "$STREAMVIBE_SIGNING_PASSPHRASE_FILE")
fi

# Exactly one secret key must match: signing with "whichever came first" is not acceptable.
fingerprints=$("$real_gpg" --batch --with-colons --list-secret-keys -- "$key" 2>/dev/null |
    awk -F: '$1 == "sec" { want = 1; next } want && $1 == "fpr" { print $10; want = 0 }') ||
    die "no secret key matches '$key' in ${GNUPGHOME:-~/.gnupg}"
[[ -n "$fingerprints" ]] || die "no secret key matches '$key' in ${GNUPGHOME:-~/.gnupg}"
(($(wc -l <<<"$fingerprints") == 1)) || die "'$key' matches several secret keys; give a full fingerprint"
fpr=$fingerprints
echo "sign-release: signing with key $fpr"

sign() { "$real_gpg" "${gpg_common[@]}" --local-user "$fpr" --digest-algo SHA512 "$@"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# debsigs runs "gpg --openpgp --detach-sign --default-key KEY" from $PATH: a wrapper pins the digest,
# the passphrase options and the key (options after --openpgp, which resets digest preferences).
mkdir "$work/bin"
{
    printf '#!/bin/bash\nexec %q "$@"' "$real_gpg"
    printf ' %q' "${gpg_common[@]}" --local-user "$fpr" --digest-algo SHA512
    printf '\n'
} >"$work/bin/gpg"
chmod +x "$work/bin/gpg"

mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -rf "$out/apt"
mkdir -p "$out/apt/pool/$component"

signed=()
for deb in "${debs[@]}"; do
    [[ -f "$deb" ]] || die "no such package: $deb"
    dpkg-deb --info "$deb" >/dev/null 2>&1 || die "not a Debian package: $deb"
    package=$(dpkg-deb --field "$deb" Package)
    version=$(dpkg-deb --field "$deb" Version)
    arch=$(dpkg-deb --field "$deb" Architecture)
    name="${package}_${version}_${arch}.deb"
    cp "$deb" "$work/$name"
    # A package that was signed before (say, by a build machine) gets a fresh origin signature.
    if ar t "$work/$name" | grep -qx '_gpgorigin'; then
        debsigs --delete=origin "$work/$name"
    fi
    PATH="$work/bin:$PATH" debsigs --sign=origin --default-key="$fpr" "$work/$name" ||
        die "debsigs could not sign $deb"
    ar t "$work/$name" | grep -qx '_gpgorigin' || die "debsigs wrote no origin signature into $name"
    mv "$work/$name" "$out/$name"
    sign --armor --detach-sign --output "$out/$name.asc" "$out/$name"
    first=${package:0:1}
    [[ "$package" == lib* ]] && first=${package:0:4}
    mkdir -p "$out/apt/pool/$component/$first/$package"
    cp "$out/$name" "$out/apt/pool/$component/$first/$package/$name"
    signed+=("$name")
    echo "sign-release: $name: origin signature embedded, $name.asc written"
done

# Checksums of the release files, signed.
(cd "$out" && sha256sum -- "${signed[@]}" >SHA256SUMS)
sign --armor --detach-sign --output "$out/SHA256SUMS.asc" "$out/SHA256SUMS"

# The public key admins install (binary for signed-by and debsig-verify keyrings; armoured to read).
"$real_gpg" --batch --yes --export --output "$out/streamvibe-archive-keyring.gpg" "$fpr"
"$real_gpg" --batch --yes --armor --export --output "$out/streamvibe-archive-keyring.asc" "$fpr"

# The apt repository: dists/<suite>/<component>/binary-<arch>/Packages(.gz), then a signed Release.
cd "$out/apt"
mapfile -t arches < <(for n in "${signed[@]}"; do n=${n%.deb}; echo "${n##*_}"; done | sort -u)
if [[ " ${arches[*]} " == *" all "* ]]; then
    # "all" packages are listed for every architecture; publish at least amd64.
    mapfile -t arches < <( (printf '%s\n' "${arches[@]}" | grep -vx all; echo amd64) | sort -u)
fi
for arch in "${arches[@]}"; do
    index="dists/$suite/$component/binary-$arch"
    mkdir -p "$index"
    apt-ftparchive -o APT::FTPArchive::MD5=false -o APT::FTPArchive::SHA1=false --arch "$arch" packages "pool/$component" >"$index/Packages"
    [[ -s "$index/Packages" ]] || die "apt-ftparchive listed no package for $arch"
    gzip -9nc "$index/Packages" >"$index/Packages.gz"
done
apt-ftparchive -o APT::FTPArchive::MD5=false -o APT::FTPArchive::SHA1=false \
    -o APT::FTPArchive::Release::Origin=StreamVibe \
    -o APT::FTPArchive::Release::Label=StreamVibe \
    -o APT::FTPArchive::Release::Suite="$suite" \
    -o APT::FTPArchive::Release::Codename="$suite" \
    -o APT::FTPArchive::Release::Architectures="${arches[*]}" \
    -o APT::FTPArchive::Release::Components="$component" \
    -o APT::FTPArchive::Release::Description="StreamVibe Desktop packages" \
    release "dists/$suite" >"$work/Release"
mv "$work/Release" "dists/$suite/Release"
sign --clearsign --output "dists/$suite/InRelease" "dists/$suite/Release"
sign --armor --detach-sign --output "dists/$suite/Release.gpg" "dists/$suite/Release"

echo "sign-release: wrote $out (${#signed[@]} package(s); apt repository in $out/apt, suite $suite)"
