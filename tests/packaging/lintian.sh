#!/usr/bin/env bash
# PackageLintian (needs fixture sv_deb): the package as an admin reads it. lintian reports no error (its
# warnings are listed), the copyright file is machine-readable, states StreamVibe's licence as the AppStream
# file does and the notices of every library the programs link, and the changelog is Debian's.
source "$(dirname "$0")/lib.sh"

deb=$(built_deb)
doc=/usr/share/doc/streamvibe

# --- lintian: no error ------------------------------------------------------------------------------
status=0
lintian --no-cfg --display-info "$deb" >"$sv_scratch/lintian" 2>"$sv_scratch/lintian.err" || status=$?
grep -E '^[EWI]: ' "$sv_scratch/lintian" | sed 's/^/      /' || true
errors=$(grep -c '^E: ' "$sv_scratch/lintian" || true)
if ((errors == 0 && status == 0)); then
    pass "lintian: no error ($(grep -c '^W: ' "$sv_scratch/lintian" || true) warnings, $(grep -c '^I: ' "$sv_scratch/lintian" || true) notes)"
else
    fail "lintian: $errors errors (exit $status)"
    sed 's/^/      | /' "$sv_scratch/lintian.err" | grep -v 'root privileges' || true
fi

# --- the unpacked package ----------------------------------------------------------------------------
tree=$sv_scratch/tree
dpkg-deb -x "$deb" "$tree"
copyright=$tree$doc/copyright
if [[ ! -f "$copyright" ]]; then
    fail "$doc/copyright missing"
    finish
    exit 1
fi
cmp -s "$copyright" "$SV_SOURCE_DIR/resources/copyright" &&
    pass "$doc/copyright is resources/copyright (the notices Help > About shows)" ||
    fail "$doc/copyright differs from resources/copyright"
[[ "$(head -n1 "$copyright")" == "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ]] &&
    pass "copyright: machine-readable (copyright-format 1.0)" || fail "copyright: first line $(head -n1 "$copyright")"

# One line per paragraph: its fields' first lines joined by TABs (continuation lines dropped).
awk 'BEGIN { RS = ""; FS = "\n" } {
        line = ""
        for (i = 1; i <= NF; ++i) if ($i !~ /^[ \t]/) line = line (line == "" ? "" : "\t") $i
        print line
    }' "$copyright" >"$sv_scratch/paragraphs"
# The value of field $1 in paragraph line $2 (first line only).
value() { tr '\t' '\n' <<<"$2" | sed -n "s/^$1: *//p" | head -n1; }

own=$(grep -m1 -P '^Files: \*(\t|$)' "$sv_scratch/paragraphs" || true)
project_license=$(sed -n 's|.*<project_license>\(.*\)</project_license>.*|\1|p' \
    "$tree/usr/share/metainfo/io.streamvibe.StreamVibe.metainfo.xml")
[[ -n "$own" && "$(value License "$own")" == "$project_license" ]] &&
    pass "copyright: StreamVibe (Files: *) under $project_license, as the AppStream file says" ||
    fail "copyright: Files: * is under '$(value License "$own")', the AppStream file says '$project_license'"

# Every licence a Files paragraph names has its text in a stand-alone License paragraph.
grep -P '^License: ' "$sv_scratch/paragraphs" | sed 's/^License: //' | sort -u >"$sv_scratch/texts"
missing=0
while IFS= read -r para; do
    name=$(value License "$para")
    grep -qxF -- "$name" "$sv_scratch/texts" || { fail "copyright: no text for licence $name"; missing=1; }
done < <(grep '^Files: ' "$sv_scratch/paragraphs")
((missing)) || pass "copyright: every licence named has its text ($(wc -l <"$sv_scratch/texts") licences)"

# Every library the programs link (DT_NEEDED) has its notice: a Files pattern */<soname>.
sed -n '/^Files: /,/^[A-Z]/p' "$copyright" | grep -oE '\*/[^ ]+' | sed 's|^\*/||' | sort -u >"$sv_scratch/patterns"
needed=$(for exe in "$tree"/usr/bin/*; do objdump -p "$exe" | awk '$1 == "NEEDED" { print $2 }'; done | sort -u)
uncovered=()
for soname in $needed; do grep -qxF -- "$soname" "$sv_scratch/patterns" || uncovered+=("$soname"); done
((${#uncovered[@]} == 0)) &&
    pass "copyright: a notice for each of the $(wc -w <<<"$needed") libraries the programs link" ||
    fail "copyright: no notice for linked ${uncovered[*]}"
# ... and each Debian package the programs depend on (incl. what they load at run time) is named there.
unnamed=()
for pkg in $(dpkg-deb --field "$deb" Depends | tr ',|' '\n\n' | sed 's/(.*)//' | tr -d ' ' | sort -u); do
    grep -qP "(^|[\s,])\Q$pkg\E([\s,.]|$)" "$copyright" || unnamed+=("$pkg")
done
((${#unnamed[@]} == 0)) && pass "copyright: every package in Depends is named with its notice" ||
    fail "copyright: Depends not named: ${unnamed[*]}"
for library in "Qt 6|LGPL-3" "QtKeychain|BSD-2-Clause" "QCoro|MIT" "SQLite|public-domain"; do
    para=$(grep -P "\tLibrary: ${library%%|*}(\t|$)" "$sv_scratch/paragraphs" || true)
    [[ -n "$para" && "$(value License "$para")" == "${library#*|}" ]] &&
        pass "copyright: ${library%%|*} under ${library#*|}" || fail "copyright: ${library%%|*}: '$para'"
done

# --- the changelog ---------------------------------------------------------------------------------
changelog=$tree$doc/changelog.gz
if [[ -f "$changelog" ]]; then
    # gzip -9n: no file name, no time stamp (reproducible), maximum compression.
    gz=$(file -b "$changelog")
    [[ "$gz" == "gzip compressed data, max compression, from Unix"* && "$gz" != *was* && "$gz" != *modified* ]] &&
        pass "changelog.gz: gzip -9n" || fail "changelog.gz: $gz"
    gunzip -c "$changelog" >"$sv_scratch/changelog"
    check "dpkg-parsechangelog reads changelog.gz" dpkg-parsechangelog -l "$sv_scratch/changelog"
    version=$(dpkg-parsechangelog -l "$sv_scratch/changelog" -S Version)
    [[ "$version" == "$SV_VERSION" ]] && pass "changelog: latest entry is $SV_VERSION (the package's version)" ||
        fail "changelog: latest entry $version, the package is $SV_VERSION"
    date=$(date -u -d "$(dpkg-parsechangelog -l "$sv_scratch/changelog" -S Date)" +%F)
    release=$(grep -o "<release version=\"$SV_VERSION\" date=\"[0-9-]*\"" \
        "$tree/usr/share/metainfo/io.streamvibe.StreamVibe.metainfo.xml" | grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}')
    [[ "$date" == "$release" ]] && pass "changelog: dated $date, the AppStream release date" ||
        fail "changelog: dated $date, the AppStream release $SV_VERSION is dated '$release'"
else
    fail "$doc/changelog.gz missing"
fi
finish
