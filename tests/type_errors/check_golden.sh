#!/usr/bin/env bash
# One type-error golden: `krait annotate CASE.py`, run from this folder (so
# the file names in the diagnostics are just CASE.py), must exit 1 and print
# exactly CASE.expected on stderr.
# A case named in known_failures.txt is expected to fail (the annotator does
# not give the diagnostic it should yet): it passes while it fails, and fails
# once it passes, so the list only shrinks.
#
#   check_golden.sh KRAIT tests/type_errors/CASE.py
set -uo pipefail
krait=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case=$2
dir=$(dirname "$case")
name=$(basename "$case" .py)
known=$dir/known_failures.txt

actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
(cd "$dir" && "$krait" --color never annotate "$name.py" >/dev/null 2>"$actual")
status=$?
problem=""
if [[ $status -ne 1 ]]; then
  problem="krait exited $status, expected 1"
elif ! cmp -s "$dir/$name.expected" "$actual"; then
  problem="stderr differs from $name.expected"
fi

# known_failures.txt: `NAME  reason`, one a line; `#` starts a comment.
if awk -v n="$name" '$1 == n { found = 1 } END { exit !found }' "$known" 2>/dev/null; then
  if [[ -n "$problem" ]]; then
    echo "$name: known failure ($problem)"
    diff -u "$dir/$name.expected" "$actual" | tail -n +3 | sed 's/^/    /'
    exit 0
  fi
  echo "$name: passes now; remove it from $known"
  exit 1
fi
if [[ -n "$problem" ]]; then
  echo "$name: $problem"
  echo "--- expected"
  cat "$dir/$name.expected"
  echo "--- krait's stderr"
  cat "$actual"
  diff -u "$dir/$name.expected" "$actual" | tail -n +3 | sed 's/^/    /'
  exit 1
fi
echo "$name: ok"
