#!/usr/bin/env bash
# One syntax-error golden: `krait parse CASE.py --json` must exit 1 and print
# exactly CASE.expected (generated from CPython by regen.py) on stderr.
# A case named in known_failures.txt is expected to fail (the parser does not
# match CPython there yet): it passes while it fails, and fails once it passes
# so the list is kept short.
#
#   check_golden.sh KRAIT tests/syntax_errors/CASE.py
set -uo pipefail
krait=$1
case=$2
name=$(basename "$case" .py)
expected=${case%.py}.expected
known=$(dirname "$case")/known_failures.txt

actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$krait" parse "$case" --json >/dev/null 2>"$actual"
status=$?
problem=""
if [[ $status -ne 1 ]]; then
  problem="krait exited $status, expected 1"
elif ! cmp -s "$expected" "$actual"; then
  problem="stderr differs from $expected"
fi

if grep -qx "$name" "$known" 2>/dev/null; then
  if [[ -n "$problem" ]]; then
    echo "$name: known failure ($problem)"
    exit 0
  fi
  echo "$name: passes now; remove it from $known"
  exit 1
fi
if [[ -n "$problem" ]]; then
  echo "$name: $problem"
  echo "--- expected (from CPython)"
  cat "$expected"
  echo "--- krait's stderr"
  cat "$actual"
  diff -u "$expected" "$actual" | tail -n +3 | sed 's/^/    /'
  exit 1
fi
echo "$name: ok"
