#!/usr/bin/env bash
# PackageSign (fixture sv_release): a throwaway release key made here, then packaging/sign-release.sh
# signs the package cpack built: embedded origin signature, detached signature, signed SHA256SUMS and
# a signed apt repository. The key reaches the script through the environment only.
source "$(dirname "$0")/lib.sh"

deb=$(built_deb)
sign=$SV_SOURCE_DIR/packaging/sign-release.sh
rm -rf "$SV_KEYS_DIR" "$SV_RELEASE_DIR"
export GNUPGHOME=$SV_KEYS_DIR/gnupg
mkdir -m 700 -p "$GNUPGHOME"
check "a throwaway ed25519 release key is generated" \
    gpg --batch --passphrase '' --quick-gen-key "StreamVibe Test Release <release-test@streamvibe.invalid>" ed25519 sign 1d
fpr=$(gpg --batch --with-colons --list-secret-keys 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }')
[[ "$fpr" =~ ^[0-9A-F]{40}$ ]] && pass "release key $fpr" || fail "no fingerprint for the new key: $fpr"
# The "out of band" copy of the public key admins trust (not the one the release carries).
gpg --batch --armor --export "$fpr" >"$SV_KEYS_DIR/trusted-release-key.asc"

unset STREAMVIBE_SIGNING_KEY
refused "sign-release.sh without a key" bash "$sign" --out "$sv_scratch/nokey" "$deb"
grep -q 'no signing key' <(last_output) && pass "it says: no signing key" || fail "message: $(last_output)"
refused "sign-release.sh with a key that is not in the keyring" \
    bash "$sign" --key 0123456789ABCDEF0123456789ABCDEF01234567 --out "$sv_scratch/badkey" "$deb"
[[ ! -e "$sv_scratch/nokey/SHA256SUMS" && ! -e "$sv_scratch/badkey/SHA256SUMS" ]] &&
    pass "nothing is published without a key" || fail "files were written without a key"

start=$SECONDS
STREAMVIBE_SIGNING_KEY=$fpr check "sign-release.sh signs with the key from \$STREAMVIBE_SIGNING_KEY" \
    bash "$sign" --out "$SV_RELEASE_DIR" "$deb"
echo "      signed in $((SECONDS - start)) s"
name=$(basename "$deb")
for f in "$name" "$name.asc" SHA256SUMS SHA256SUMS.asc streamvibe-archive-keyring.gpg \
    apt/dists/stable/Release apt/dists/stable/InRelease apt/dists/stable/Release.gpg \
    apt/dists/stable/main/binary-amd64/Packages apt/dists/stable/main/binary-amd64/Packages.gz \
    "apt/pool/main/s/streamvibe/$name"; do
    [[ -s "$SV_RELEASE_DIR/$f" ]] || fail "release: $f missing"
done
pass "release: package, .asc, SHA256SUMS(.asc), keyring, Release, InRelease, Release.gpg, Packages(.gz), pool"

ar t "$SV_RELEASE_DIR/$name" >"$sv_scratch/members"
[[ "$(tr '\n' ' ' <"$sv_scratch/members")" =~ ^debian-binary\ control\.tar(\.[a-z]+)?\ data\.tar\.[a-z]+\ _gpgorigin\ $ ]] &&
    pass "the package carries an origin signature member (_gpgorigin)" || fail "members: $(tr '\n' ' ' <"$sv_scratch/members")"
ar t "$deb" | grep -q _gpgorigin && fail "the unsigned input package was modified" ||
    pass "the input package is left unsigned"
# Every signature uses SHA-512 (gpg's default for debsigs could be SHA-1) and the release key.
ar p "$SV_RELEASE_DIR/$name" _gpgorigin >"$sv_scratch/origin.sig"
# gpg --list-packets reads the signature block of a clearsigned file, not its text.
sed -n '/^-----BEGIN PGP SIGNATURE-----$/,$p' "$SV_RELEASE_DIR/apt/dists/stable/InRelease" >"$sv_scratch/InRelease.sig"
for sig in "$sv_scratch/origin.sig" "$SV_RELEASE_DIR/$name.asc" "$SV_RELEASE_DIR/SHA256SUMS.asc" \
    "$SV_RELEASE_DIR/apt/dists/stable/Release.gpg" "$sv_scratch/InRelease.sig"; do
    packets=$(gpg --batch --list-packets "$sig" 2>/dev/null || true)
    if grep -q 'digest algo 10,' <<<"$packets" && grep -q "issuer fpr v4 $fpr" <<<"$packets"; then
        pass "$(basename "$sig"): SHA-512 signature by the release key"
    else
        fail "$(basename "$sig"): $(grep -E 'digest algo|issuer' <<<"$packets" | tr '\n' ' ')"
    fi
done
# The armour header, spelt so that this file does not contain it (the repository scan below reads it too).
private_key_header="-----BEGIN PGP PRIVATE KEY"" BLOCK-----"
grep -rl -- "$private_key_header" "$SV_RELEASE_DIR" && fail "a private key was published" ||
    pass "no private key in the release"
grep -q "^Filename: pool/main/s/streamvibe/$name$" "$SV_RELEASE_DIR/apt/dists/stable/main/binary-amd64/Packages" &&
    pass "Packages lists the pool file" || fail "Packages: $(cat "$SV_RELEASE_DIR/apt/dists/stable/main/binary-amd64/Packages")"
# Signing keys never live in the repository.
if git -C "$SV_SOURCE_DIR" rev-parse >/dev/null 2>&1; then
    git -C "$SV_SOURCE_DIR" ls-files -z | (cd "$SV_SOURCE_DIR" && xargs -0 grep -l -- "$private_key_header" 2>/dev/null) &&
        fail "the repository holds a private key" || pass "the repository holds no private key"
fi
finish
