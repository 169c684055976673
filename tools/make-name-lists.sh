#!/usr/bin/env bash
# Rebuilds the guard's compact name-frequency resources from the public-domain lists in
# ../shared/data/names (US SSA given names 1920-2019, US Census 2010 surnames; see NOTICE).
# Keeps given names seen at least 500 times and surnames at least 300 times, lower-cased,
# one "name count" per line, gzip-compressed.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src=${1:-$here/../shared/data/names}
out=$here/guard/src/main/resources/org/confidant/guard/names
[ -r "$src/us-given.csv" ] || { echo "missing $src/us-given.csv" >&2; exit 1; }
awk -F, '$2 ~ /^[0-9]+$/ && $2 >= 500 { print tolower($1) " " $2 }' "$src/us-given.csv" | gzip -9n > "$out/given.txt.gz"
awk -F, '$2 ~ /^[0-9]+$/ && $2 >= 300 { print tolower($1) " " $2 }' "$src/us-surnames.csv" | gzip -9n > "$out/surnames.txt.gz"
echo "wrote $out/given.txt.gz and $out/surnames.txt.gz"
