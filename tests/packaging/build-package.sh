#!/usr/bin/env bash
# PackageBuild (fixture sv_deb): cpack builds the .deb from this build tree; its metadata and contents
# are what a Debian 12 machine needs.
source "$(dirname "$0")/lib.sh"
: "${SV_CPACK:?}"

rm -rf "$SV_DEB_DIR"
mkdir -p "$SV_DEB_DIR"
start=$SECONDS
check "cpack builds the package" "$SV_CPACK" --config "$SV_BUILD_DIR/CPackConfig.cmake" -B "$SV_DEB_DIR/cpack"
mv "$SV_DEB_DIR"/cpack/streamvibe_*.deb "$SV_DEB_DIR"/ 2>/dev/null || true
deb=$(built_deb)
echo "      package: $(basename "$deb"), $(stat -c %s "$deb") bytes, built in $((SECONDS - start)) s"
rm -rf "$SV_DEB_DIR/cpack"

arch=$(dpkg --print-architecture)
[[ "$(basename "$deb")" == "streamvibe_${SV_VERSION}_${arch}.deb" ]] &&
    pass "file name streamvibe_${SV_VERSION}_${arch}.deb" || fail "file name: $(basename "$deb")"
field() { dpkg-deb --field "$deb" "$1"; }
[[ "$(field Package)" == streamvibe ]] && pass "Package: streamvibe" || fail "Package: $(field Package)"
[[ "$(field Version)" == "$SV_VERSION" ]] && pass "Version: $SV_VERSION (the project version)" ||
    fail "Version: $(field Version)"
for f in Section Maintainer Description; do
    [[ -n "$(field "$f")" ]] && pass "$f: $(field "$f" | head -n1)" || fail "$f: missing"
done
depends=$(field Depends)
# From dpkg-shlibdeps: the Qt libraries the binaries link, with versions.
for lib in libc6 libqt6core6 libqt6widgets6 libqt6sql6 libqt6keychain1 libsqlite3-0; do
    grep -Eq "(^|, )$lib( \(>= [^)]+\))?(,|$| \|)" <<<"$depends" && pass "Depends on $lib (shlibdeps)" ||
        fail "Depends lacks $lib: $depends"
done
# Loaded at run time, invisible to shlibdeps.
for lib in libsecret-1-0 libqt6sql6-sqlite qt6-qpa-plugins; do
    grep -Eq "(^|, )$lib(,|$| )" <<<"$depends" && pass "Depends on $lib (loaded at run time)" ||
        fail "Depends lacks $lib: $depends"
done
grep -q 'gnome-keyring | keepassxc | kwalletmanager' <<<"$(field Recommends)" &&
    pass "Recommends a Secret Service provider: $(field Recommends)" || fail "Recommends: $(field Recommends)"

# Contents.
dpkg-deb --contents "$deb" | awk '{ print $NF }' | sed 's|^\./|/|' >"$sv_scratch/files"
expected=(
    /usr/bin/streamvibe /usr/bin/streamvibe-cli
    /usr/share/applications/io.streamvibe.StreamVibe.desktop
    /usr/share/metainfo/io.streamvibe.StreamVibe.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/io.streamvibe.StreamVibe.svg
    /usr/share/man/man1/streamvibe.1.gz /usr/share/man/man1/streamvibe-cli.1.gz
    /etc/xdg/StreamVibe/streamvibe.conf /usr/share/doc/streamvibe/ADMIN.md
    /usr/share/doc/streamvibe/copyright /usr/share/doc/streamvibe/changelog.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/io.streamvibe.StreamVibe.png")
done
missing=0
for f in "${expected[@]}"; do
    grep -qx -- "$f" "$sv_scratch/files" || { fail "contents: $f missing"; missing=1; }
done
((missing)) || pass "contents: executables, desktop file, metainfo, 10 icons, 2 man pages, conffile, docs, copyright, changelog"
grep -E '^/usr/(lib|include)/.*\.(a|h|cmake)$' "$sv_scratch/files" >"$sv_scratch/dev" &&
    fail "contents: development files shipped: $(tr '\n' ' ' <"$sv_scratch/dev")" ||
    pass "contents: no static library, header or CMake file"
grep -Ev '^/(usr|etc)(/|$)|^/$' "$sv_scratch/files" >"$sv_scratch/stray" &&
    fail "contents: files outside /usr and /etc: $(tr '\n' ' ' <"$sv_scratch/stray")" ||
    pass "contents: everything under /usr and /etc"
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles >"$sv_scratch/conffiles" 2>/dev/null || true
grep -qx /etc/xdg/StreamVibe/streamvibe.conf "$sv_scratch/conffiles" &&
    pass "/etc/xdg/StreamVibe/streamvibe.conf is a conffile" || fail "conffiles: $(cat "$sv_scratch/conffiles")"

# The unpacked files (a look inside, not an installation).
tree=$sv_scratch/tree
dpkg-deb -x "$deb" "$tree"
file -b "$tree/usr/bin/streamvibe-cli" | grep -q 'stripped' && ! file -b "$tree/usr/bin/streamvibe-cli" | grep -q 'not stripped' &&
    pass "executables are stripped" || fail "executables not stripped: $(file -b "$tree/usr/bin/streamvibe-cli")"
readelf -d "$tree/usr/bin/streamvibe" | grep -Eq 'RPATH|RUNPATH' && fail "streamvibe carries an RPATH" ||
    pass "no RPATH/RUNPATH in streamvibe"
check "appstreamcli validate-tree --no-net accepts the installed tree (metainfo, desktop file, icons)" \
    appstreamcli validate-tree --no-net "$tree"
check "desktop-file-validate accepts the installed desktop file" \
    desktop-file-validate "$tree/usr/share/applications/io.streamvibe.StreamVibe.desktop"
for size in 16 48 512; do
    png=$tree/usr/share/icons/hicolor/${size}x${size}/apps/io.streamvibe.StreamVibe.png
    dims=$(file -b "$png" | grep -o '[0-9]* x [0-9]*' || true)
    [[ "$dims" == "$size x $size" ]] && pass "icon ${size}x${size}: a ${dims} PNG" || fail "icon ${size}x${size}: $(file -b "$png")"
done
finish
