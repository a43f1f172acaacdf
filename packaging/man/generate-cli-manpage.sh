#!/usr/bin/env bash
# Writes streamvibe-cli(1) from the CLI's own help, so the manual lists exactly the commands, actions,
# arguments and options of the binary it ships with. The hand-written parts (name, description, files,
# environment, exit status, examples) live in the template; this script replaces the line
# @GENERATED_OPTIONS@ with the global options and @GENERATED_COMMANDS@ with one subsection per
# command and action, each taken from `streamvibe-cli help COMMAND [ACTION]`.
# Usage: generate-cli-manpage.sh STREAMVIBE_CLI TEMPLATE OUTPUT
set -euo pipefail

if (($# != 3)); then
    echo "usage: $0 STREAMVIBE_CLI TEMPLATE OUTPUT" >&2
    exit 1
fi
cli=$1 template=$2 output=$3

# The help must be English and must not depend on the builder's profile, configuration or session.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
run_cli() {
    env -i PATH=/usr/bin:/bin HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" \
        XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" XDG_CONFIG_DIRS="$scratch/xdg" \
        LC_ALL=C LANG=C LANGUAGE= ASAN_OPTIONS=detect_leaks=0 "$cli" "$@"
}

# roff-safe text: backslashes, then a leading dot or quote, then minus signs in option-like words.
escape() {
    sed -E -e 's/\\/\\e/g' -e "s/^([.'])/\\\\\\&\\1/" -e 's/(^|[ ("[,/=])-/\1\\-/g' -e 's/\\-([a-z]+)-/\\-\1\\-/g'
}

# "--platform <platform>", "-h, --help" -> bold option names, italic value names.
format_option_name() {
    escape | sed -E -e 's/(\\-[A-Za-z0-9\\-]+)/\\fB\1\\fR/g' -e 's/<([^>]+)>/\\fI\1\\fR/g'
}

# Prints each row of the two-column block that starts after the line "$2" in the text "$1" as
# "NAME<TAB>DESCRIPTION", continuation lines joined.
rows_of() {
    local text=$1 header=$2 in=0 name="" desc="" line
    while IFS= read -r line; do
        if ((in == 0)); then
            [[ "$line" == "$header" ]] && in=1
            continue
        fi
        if [[ -z "$line" || "$line" != " "* ]]; then
            break
        fi
        if [[ "$line" =~ ^\ \ [^\ ] ]]; then
            [[ -n "$name" ]] && printf '%s\t%s\n' "$name" "$desc"
            line=${line:2}
            if [[ "$line" =~ ^(.*[^ ])\ \ +(.*)$ ]]; then
                name=${BASH_REMATCH[1]} desc=${BASH_REMATCH[2]}
            else
                name=$line desc=""
            fi
        else
            line=$(sed -E 's/^ +//' <<<"$line")
            desc=${desc:+$desc }$line
        fi
    done <<<"$text"
    [[ -n "$name" ]] && printf '%s\t%s\n' "$name" "$desc"
    return 0
}

options_roff() {
    local name desc
    while IFS=$'\t' read -r name desc; do
        printf '.TP\n%s\n%s\n' "$(format_option_name <<<"$name")" "$(escape <<<"$desc")"
    done
}

global_help=$(run_cli --help)
grep -q '^Commands:$' <<<"$global_help" || { echo "$0: no command list in '$cli --help'" >&2; exit 1; }

options_file="$scratch/options.roff"
rows_of "$global_help" "Global options:" | options_roff >"$options_file"

commands_file="$scratch/commands.roff"
: >"$commands_file"
count=0
while IFS=$'\t' read -r command summary; do
    [[ "$command" == help ]] && continue
    # shellcheck disable=SC2086 # "library import" is a command and an action: two words on purpose.
    help=$(run_cli help $command)
    usage=$(sed -n 's/^Usage: //p' <<<"$help" | head -n1)
    [[ -n "$usage" ]] || { echo "$0: no usage line in '$cli help $command'" >&2; exit 1; }
    {
        printf '.SS "%s"\n' "$(escape <<<"$command")"
        printf '%s\n' "$(escape <<<"$summary")"
        printf '.PP\n.B %s\n' "$(escape <<<"${usage%% *}")"
        printf '%s\n' "$(escape <<<"${usage#* }" | sed -E 's/^([.])/\\\&\1/')"
        # The description: from the line after the usage to the first block header.
        awk 'NR <= 2 { next } /^(Arguments|Options|Global options):$/ { exit }
             /^$/ { if (text != "") { print text; text = "" } ; next }
             { text = (text == "" ? $0 : text " " $0) } END { if (text != "") print text }' <<<"$help" |
            while IFS= read -r paragraph; do printf '.PP\n%s\n' "$(escape <<<"$paragraph")"; done
        if grep -q '^Arguments:$' <<<"$help"; then
            printf '.PP\nArguments:\n'
            rows_of "$help" "Arguments:" | while IFS=$'\t' read -r name desc; do
                printf '.TP\n.I %s\n%s\n' "$(escape <<<"$name")" "$(escape <<<"$desc")"
            done
        fi
        if grep -q '^Options:$' <<<"$help"; then
            printf '.PP\nOptions:\n'
            rows_of "$help" "Options:" | options_roff
        fi
    } >>"$commands_file"
    count=$((count + 1))
done < <(rows_of "$global_help" "Commands:")
((count > 0)) || { echo "$0: '$cli --help' lists no command" >&2; exit 1; }

version=$(run_cli --version | awk '{ print $NF }')
sed -e "s/@VERSION@/$version/" "$template" |
    sed -e "/^@GENERATED_OPTIONS@\$/{r $options_file" -e 'd}' |
    sed -e "/^@GENERATED_COMMANDS@\$/{r $commands_file" -e 'd}' >"$output.tmp"
mv "$output.tmp" "$output"
