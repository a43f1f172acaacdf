#!/usr/bin/env bash
# PackageVerify: the signed release verifies with packaging/verify-release.sh and debsig-verify against
# the trusted key; a tampered package, a tampered Release, an unsigned package, an unsigned repository
# and a package signed by another key are each refused.
source "$(dirname "$0")/lib.sh"

deb=$(built_deb) # unsigned, as cpack made it
name=$(basename "$deb")
verify=$SV_SOURCE_DIR/packaging/verify-release.sh
trusted=$SV_KEYS_DIR/trusted-release-key.asc
[[ -s "$trusted" && -s "$SV_RELEASE_DIR/$name" ]] || { echo "no signed release (did PackageSign run?)" >&2; exit 1; }
# Verification needs no secret key: it uses only $trusted. gpg itself gets an empty scratch home.
export GNUPGHOME=$sv_scratch/gnupg
mkdir -m 700 "$GNUPGHOME"

start=$SECONDS
check "verify-release.sh accepts the signed release with the trusted key" bash "$verify" --keyring "$trusted" "$SV_RELEASE_DIR"
echo "      verified in $((SECONDS - start)) s"
last_output | sed 's/^/      | /'
ok_lines=$(last_output | grep -c '^OK ' || true)
((ok_lines >= 8)) && pass "verify-release.sh reports $ok_lines passed checks" || fail "only $ok_lines checks reported"

# debsig-verify through a policy installed for the key: --install-policy under a scratch root.
root=$sv_scratch/root
check "verify-release.sh --install-policy --root installs a debsig-verify policy and keyring" \
    bash "$verify" --keyring "$trusted" --install-policy --root "$root" "$SV_RELEASE_DIR"
fpr=$(gpg --batch --with-colons --show-keys "$trusted" | awk -F: '$1 == "fpr" { print $10; exit }')
[[ -f "$root/etc/debsig/policies/$fpr/streamvibe.pol" && -f "$root/usr/share/debsig/keyrings/$fpr/streamvibe-archive-keyring.gpg" ]] &&
    pass "policy in /etc/debsig/policies/$fpr, keyring in /usr/share/debsig/keyrings/$fpr" || fail "policy files missing under $root"
debsig() { debsig-verify --root "$root" "$@"; }
check "debsig-verify accepts the signed package" debsig "$SV_RELEASE_DIR/$name"

# The attacks, each on a copy.
# 1. A package changed after signing: the origin signature is carried over to the modified package.
tamper=$sv_scratch/tamper
mkdir -p "$tamper"
dpkg-deb -R "$SV_RELEASE_DIR/$name" "$tamper/tree"
echo 'url=https://attacker.example' >>"$tamper/tree/etc/xdg/StreamVibe/streamvibe.conf"
dpkg-deb --root-owner-group -Zxz -b "$tamper/tree" "$tamper/$name" >/dev/null
ar p "$SV_RELEASE_DIR/$name" _gpgorigin >"$tamper/_gpgorigin"
(cd "$tamper" && ar q "$name" _gpgorigin)
ar t "$tamper/$name" | grep -qx _gpgorigin && pass "tampered package built (modified conffile, original signature)" ||
    fail "could not build the tampered package"
refused "debsig-verify: tampered package" debsig "$tamper/$name"
refused "debsig-verify: unsigned package (as cpack built it)" debsig "$deb"
other=$sv_scratch/other-gnupg
make_other_key "$other" >/dev/null 2>&1
cp "$deb" "$sv_scratch/$name"
GNUPGHOME=$other debsigs --sign=origin "$sv_scratch/$name" >/dev/null 2>&1
ar t "$sv_scratch/$name" | grep -qx _gpgorigin && pass "package signed by another key built" || fail "debsigs with the other key failed"
refused "debsig-verify: package signed by another key" debsig "$sv_scratch/$name"
refused "debsig-verify without any policy for the key" debsig-verify --root "$sv_scratch/empty-root" "$SV_RELEASE_DIR/$name"

# The same attacks on a whole release, as verify-release.sh sees them.
rel=$sv_scratch/rel
copy_release "$rel" && cp "$tamper/$name" "$rel/$name"
refused "verify-release.sh: tampered package in the release" bash "$verify" --keyring "$trusted" "$rel"
for what in "SHA256SUMS: " "$name.asc: signature does not verify" "$name: debsig-verify refuses"; do
    grep -q "^FAILED  $what" <(last_output) && pass "  ... reported: $what" || fail "  ... not reported: $what"
done
copy_release "$rel" && cp "$deb" "$rel/$name" && (cd "$rel" && sha256sum "$name" >SHA256SUMS)
refused "verify-release.sh: unsigned package with a recomputed SHA256SUMS" bash "$verify" --keyring "$trusted" "$rel"
grep -q "^FAILED  $name: debsig-verify refuses" <(last_output) && pass "  ... reported: no origin signature" ||
    fail "  ... debsig failure not reported"
copy_release "$rel" && sed -i 's/^Description: .*/Description: Totally legit packages/' "$rel/apt/dists/stable/Release"
refused "verify-release.sh: tampered Release" bash "$verify" --keyring "$trusted" "$rel"
grep -q "^FAILED  apt suite stable: Release.gpg does not verify" <(last_output) && pass "  ... reported: Release.gpg" ||
    fail "  ... Release.gpg failure not reported"
copy_release "$rel" && sed -i 's/^Description: .*/Description: Totally legit packages/' "$rel/apt/dists/stable/InRelease"
refused "verify-release.sh: tampered InRelease" bash "$verify" --keyring "$trusted" "$rel"
copy_release "$rel" && rm "$rel/apt/dists/stable/InRelease" "$rel/apt/dists/stable/Release.gpg"
refused "verify-release.sh: unsigned apt repository" bash "$verify" --keyring "$trusted" "$rel"
copy_release "$rel" && cp "$tamper/$name" "$rel/apt/pool/main/s/streamvibe/$name"
refused "verify-release.sh: tampered package in the apt pool" bash "$verify" --keyring "$trusted" "$rel"
grep -q "does not match its entry in" <(last_output) && pass "  ... reported: pool file does not match Packages" ||
    fail "  ... pool mismatch not reported"
GNUPGHOME=$other gpg --batch --armor --export >"$sv_scratch/other.asc"
refused "verify-release.sh: the good release against another key" bash "$verify" --keyring "$sv_scratch/other.asc" "$SV_RELEASE_DIR"
refused "verify-release.sh --install-policy does not install for a release that fails" \
    bash "$verify" --keyring "$sv_scratch/other.asc" --install-policy --root "$sv_scratch/root2" "$SV_RELEASE_DIR"
[[ ! -e "$sv_scratch/root2/etc/debsig" ]] && pass "  ... and installed nothing" || fail "  ... but installed a policy"
finish
