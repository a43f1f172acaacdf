#!/usr/bin/env bash
# ManPages: both manual pages format without warnings and document every command and option the
# built executables offer: streamvibe(1) is written by hand, streamvibe-cli(1) is generated from the
# CLI's help at build time (a stale page fails here).
source "$(dirname "$0")/lib.sh"
: "${SV_CLI:?}" "${SV_GUI:?}" "${SV_MAN_DIR:?}"
for exe in "$SV_CLI" "$SV_GUI"; do
    [[ -x "$exe" ]] || { echo "FAIL  $exe is not built" >&2; exit 1; }
done

run() { env -i PATH=/usr/bin:/bin HOME="$sv_scratch" XDG_CONFIG_DIRS="$sv_scratch/xdg" LC_ALL=C ASAN_OPTIONS=detect_leaks=0 "$@"; }
for page in streamvibe streamvibe-cli; do
    src=$SV_MAN_DIR/$page.1
    [[ -s "$src" && -s "$src.gz" ]] || { fail "$page.1 or $page.1.gz not built in $SV_MAN_DIR"; continue; }
    cmp -s "$src" <(gzip -dc "$src.gz") && pass "$page.1.gz is the compressed $page.1" || fail "$page.1.gz is stale"
    warnings=$(groff -man -Tutf8 -ww -z "$src" 2>&1)
    [[ -z "$warnings" ]] && pass "$page.1 formats without groff warnings" || fail "$page.1: $warnings"
    grep -Fq "@" "$src" && fail "$page.1 has an unreplaced @PLACEHOLDER@" || pass "$page.1 has no placeholder left"
    run groff -man -Tutf8 -P-cbou "$src" 2>/dev/null | sed 's/\xe2\x80\x90/-/g' >"$sv_scratch/$page.txt"
    grep -q "StreamVibe $SV_VERSION" "$sv_scratch/$page.txt" && pass "$page.1 names version $SV_VERSION" ||
        fail "$page.1 does not name version $SV_VERSION"
done
# The rendered text, with hyphenation undone (groff breaks long words at line ends).
flat() { tr '\n' ' ' <"$sv_scratch/$1.txt" | sed -E 's/([a-z])- +([a-z])/\1\2/g; s/ +/ /g'; }

# The CLI: every command, action and option of its help is in the manual.
cli_text=$(flat streamvibe-cli)
help=$(run "$SV_CLI" --help)
commands=$(awk '/^Commands:$/ { on = 1; next } on && /^$/ { exit } on && /^  [^ ]/ { sub(/^  /, ""); sub(/  .*/, ""); print }' <<<"$help" | grep -vx help)
[[ -n "$commands" ]] && pass "streamvibe-cli --help lists $(wc -l <<<"$commands") command(s)" || fail "no command in streamvibe-cli --help"
missing=0
options_total=0
while IFS= read -r command; do
    grep -Fq "$command " <<<"$cli_text" || { fail "streamvibe-cli(1) lacks the command '$command'"; missing=1; }
    # shellcheck disable=SC2086 # command and action are two words
    for option in $(run "$SV_CLI" help $command | grep -oE '(^|[ ,])--[a-z][a-z0-9-]*' | tr -d ' ,' | sort -u); do
        options_total=$((options_total + 1))
        grep -Fq -- "$option" <<<"$cli_text" || { fail "streamvibe-cli(1) lacks '$command $option'"; missing=1; }
    done
done <<<"$commands"
((missing)) || pass "streamvibe-cli(1) documents every command and each of their $options_total options"

# The GUI: every option of `streamvibe --help` (which needs no display) is in its hand-written page.
gui_text=$(flat streamvibe)
gui_help=$(run "$SV_GUI" --help)
missing=0
count=0
for option in $(grep -oE '(^|[ ,])--[a-z][a-z0-9-]*' <<<"$gui_help" | tr -d ' ,' | sort -u); do
    count=$((count + 1))
    grep -Fq -- "$option" <<<"$gui_text" || { fail "streamvibe(1) lacks $option (in streamvibe --help)"; missing=1; }
done
((count >= 4)) || fail "streamvibe --help lists only $count options: $gui_help"
((missing)) || pass "streamvibe(1) documents every option of streamvibe --help ($count)"
finish
