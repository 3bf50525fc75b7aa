#!/usr/bin/env bash
# Checks each CASE.py given (one test runs them all: a Bazel test per case
# cost a second of test-runner overhead each). A syntax-error golden:
# `krait parse CASE.py --json` must exit 1 and print
# exactly CASE.expected (generated from CPython by regen.py) on stderr.
# A case named in known_failures.txt is expected to fail (the parser does not
# match CPython there yet): it passes while it fails, and fails once it passes
# so the list is kept short.
#
#   check_golden.sh KRAIT tests/syntax_errors/CASE.py...
set -uo pipefail
krait=$1

check_case() {
  local case=$1
  name=$(basename "$case" .py)
  expected=${case%.py}.expected
  known=$(dirname "$case")/known_failures.txt

  actual=$(mktemp)
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
      rm -f "$actual"
      return 0
    fi
    echo "$name: passes now; remove it from $known"
    rm -f "$actual"
    return 1
  fi
  if [[ -n "$problem" ]]; then
    echo "$name: $problem"
    echo "--- expected (from CPython)"
    cat "$expected"
    echo "--- krait's stderr"
    cat "$actual"
    diff -u "$expected" "$actual" | tail -n +3 | sed 's/^/    /'
    rm -f "$actual"
    return 1
  fi
  rm -f "$actual"
  echo "$name: ok"
}

failed=0
for case in "${@:2}"; do
  check_case "$case" || failed=$((failed + 1))
done
if [[ $failed -gt 0 ]]; then
  echo "$failed of $(($# - 1)) cases failed"
  exit 1
fi
