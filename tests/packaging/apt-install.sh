#!/usr/bin/env bash
# PackageApt: apt, pointed at the signed repository with signed-by (a scratch sources list, lists and
# cache: the system's apt sources are not used or changed), refuses a tampered Release, an unsigned
# repository, a repository signed by another key and a tampered package; it installs the package from
# the good repository, streamvibe-cli --version runs from /usr/bin, and a purge removes it again.
# Installing needs root: as another user this test is skipped (exit 77), never passed.
source "$(dirname "$0")/lib.sh"

if (($(id -u) != 0)); then
    echo "SKIP: apt-get install needs root (the CI runs as root)"
    exit "$SV_SKIP"
fi
if dpkg-query -W -f='${db:Status-Status}' streamvibe 2>/dev/null | grep -qv '^not-installed$'; then
    echo "SKIP: a streamvibe package is already installed on this machine; this test does not touch it"
    exit "$SV_SKIP"
fi
deb=$(built_deb)
name=$(basename "$deb")
trusted_gpg=$sv_scratch/trusted.gpg
gpg --batch --quiet --dearmor <"$SV_KEYS_DIR/trusted-release-key.asc" >"$trusted_gpg"
chmod 644 "$trusted_gpg"

# apt with its own sources list, lists and cache; everything else (dpkg status) is the system's.
apt_dir=""
apt_for() { # REPO_DIR: prepares a scratch apt state that uses only REPO_DIR, signed-by the trusted key
    apt_dir=$(mktemp -d "$sv_scratch/apt.XXXX")
    mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/sources.list.d" "$apt_dir/preferences.d"
    echo "deb [signed-by=$trusted_gpg] file:$1 stable main" >"$apt_dir/sources.list"
}
apt() {
    apt-get -q -o Dir::Etc::SourceList="$apt_dir/sources.list" -o Dir::Etc::SourceParts="$apt_dir/sources.list.d" \
        -o Dir::Etc::PreferencesParts="$apt_dir/preferences.d" -o Dir::State::Lists="$apt_dir/lists" \
        -o Dir::Cache="$apt_dir/cache" -o APT::Sandbox::User=root -o Acquire::Languages=none \
        -o DPkg::Lock::Timeout=120 "$@"
}
purge() {
    if dpkg-query -W -f='${db:Status-Status}' streamvibe 2>/dev/null | grep -qv '^not-installed$'; then
        DEBIAN_FRONTEND=noninteractive dpkg --purge streamvibe >/dev/null 2>&1 || true
    fi
}
trap 'purge; rm -rf "$sv_scratch"' EXIT

repo=$sv_scratch/repo
bad_repo() { rm -rf "$repo" && cp -a "$SV_RELEASE_DIR/apt" "$repo"; }

# Refusals first: nothing may be installed from them.
bad_repo && sed -i 's/^Description: .*/Description: Totally legit packages/' "$repo/dists/stable/Release" "$repo/dists/stable/InRelease"
apt_for "$repo"
refused "apt-get update: tampered Release (InRelease and Release edited after signing)" apt --error-on=any update
grep -Eq 'BADSIG|not signed|invalid' <(last_output) && pass "  ... apt reports a bad signature" || fail "  ... reason: $(last_output)"

bad_repo && rm "$repo/dists/stable/InRelease" "$repo/dists/stable/Release.gpg"
apt_for "$repo"
refused "apt-get update: unsigned repository" apt --error-on=any update
refused "apt-get install from the unsigned repository" apt install -y --no-install-recommends streamvibe

bad_repo
other=$sv_scratch/other-gnupg
make_other_key "$other" >/dev/null 2>&1
GNUPGHOME=$other gpg --batch --yes --digest-algo SHA512 --clearsign -o "$repo/dists/stable/InRelease" "$repo/dists/stable/Release"
GNUPGHOME=$other gpg --batch --yes --digest-algo SHA512 -abs -o "$repo/dists/stable/Release.gpg" "$repo/dists/stable/Release"
apt_for "$repo"
refused "apt-get update: repository signed by another key" apt --error-on=any update
grep -q 'NO_PUBKEY' <(last_output) && pass "  ... apt reports NO_PUBKEY" || fail "  ... reason: $(last_output)"

# A package replaced in the pool after signing: its hash no longer matches the signed index.
bad_repo
dpkg-deb -R "$SV_RELEASE_DIR/$name" "$sv_scratch/tree"
echo 'url=https://attacker.example' >>"$sv_scratch/tree/etc/xdg/StreamVibe/streamvibe.conf"
dpkg-deb --root-owner-group -Zxz -b "$sv_scratch/tree" "$repo/pool/main/s/streamvibe/$name" >/dev/null
apt_for "$repo"
check "apt-get update: the repository with the tampered package is still validly signed" apt --error-on=any update
refused "apt-get install: tampered package" apt install -y --no-install-recommends streamvibe
grep -Eq 'Hash Sum mismatch|Size mismatch|File has unexpected size' <(last_output) && pass "  ... apt reports a hash mismatch" ||
    fail "  ... reason: $(last_output)"
dpkg-query -W -f='${db:Status-Status}' streamvibe 2>/dev/null | grep -qv '^not-installed$' &&
    fail "streamvibe got installed from a refused repository" || pass "nothing was installed by the refused attempts"

# The good repository.
chmod -R a+rX "$SV_RELEASE_DIR"
apt_for "$SV_RELEASE_DIR/apt"
check "apt-get update: the signed repository (signed-by the release key)" apt --error-on=any update
candidate_is() {
    local policy
    policy=$(apt-cache -o Dir::Etc::SourceList="$apt_dir/sources.list" \
        -o Dir::Etc::SourceParts="$apt_dir/sources.list.d" -o Dir::State::Lists="$apt_dir/lists" \
        -o Dir::Cache="$apt_dir/cache" policy streamvibe)
    echo "$policy"
    # A here-string, not a pipe: grep -q exits at the first match, which would SIGPIPE a writer.
    grep -q "Candidate: $1\$" <<<"$policy"
}
check "apt-cache policy: streamvibe $SV_VERSION is the candidate, from the signed repository" candidate_is "$SV_VERSION"
start=$SECONDS
DEBIAN_FRONTEND=noninteractive check "apt-get install streamvibe from the signed repository" \
    apt install -y --no-install-recommends streamvibe
echo "      installed in $((SECONDS - start)) s"
[[ "$(dpkg-query -W -f='${db:Status-Status} ${Version}' streamvibe)" == "installed $SV_VERSION" ]] &&
    pass "dpkg: streamvibe $SV_VERSION installed" || fail "dpkg: $(dpkg-query -W -f='${db:Status-Status} ${Version}' streamvibe)"
home=$sv_scratch/home
mkdir -p "$home"
version=$(env -i PATH=/usr/bin:/bin HOME="$home" LC_ALL=C ASAN_OPTIONS=detect_leaks=0 /usr/bin/streamvibe-cli --version 2>&1) || true
[[ "$version" == "streamvibe-cli $SV_VERSION" ]] && pass "/usr/bin/streamvibe-cli --version: $version" ||
    fail "/usr/bin/streamvibe-cli --version: $version"
gui_version=$(env -i PATH=/usr/bin:/bin HOME="$home" LC_ALL=C ASAN_OPTIONS=detect_leaks=0 /usr/bin/streamvibe --version 2>&1) || true
grep -q "$SV_VERSION" <<<"$gui_version" && pass "/usr/bin/streamvibe --version (no display needed): $gui_version" ||
    fail "/usr/bin/streamvibe --version: $gui_version"
check "streamvibe-cli runs a command from the installed files (library stats on a new profile)" \
    env -i PATH=/usr/bin:/bin HOME="$home" LC_ALL=C ASAN_OPTIONS=detect_leaks=0 /usr/bin/streamvibe-cli --profile "$home/profile" library stats
if grep -rqs '^path-exclude=/usr/share/man' /etc/dpkg/dpkg.cfg.d/; then
    echo "      (this machine's dpkg excludes /usr/share/man: man page installation not checked)"
else
    check "man finds streamvibe-cli(1) and streamvibe(1)" man -w streamvibe-cli streamvibe
fi
dpkg-query -W -f='${Conffiles}\n' streamvibe | grep -q '/etc/xdg/StreamVibe/streamvibe.conf' &&
    pass "/etc/xdg/StreamVibe/streamvibe.conf registered as a conffile" || fail "conffile not registered"
DEBIAN_FRONTEND=noninteractive check "apt-get purge streamvibe" apt purge -y streamvibe
[[ ! -e /usr/bin/streamvibe-cli && ! -e /etc/xdg/StreamVibe/streamvibe.conf ]] &&
    pass "purged: executables and conffile removed" || fail "files left after purge"
finish
