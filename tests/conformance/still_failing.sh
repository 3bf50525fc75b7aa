#!/usr/bin/env bash
# A conformance program that Krait translates but that does not give
# CPython's output yet must still fail with the error known_failures.txt
# names.
#   still_failing.sh BINARY EXPECTED_STDOUT REASON
set -uo pipefail
binary=$1
expected=$2
reason=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$binary" >"$work/stdout" 2>"$work/stderr" </dev/null
if cmp -s "$expected" "$work/stdout"; then
  echo "$binary now prints CPython's output: move it out of tests/conformance/known_failures.txt"
  exit 1
fi
if ! grep -qF -- "$reason" "$work/stderr"; then
  echo "$binary fails for another reason than '$reason':"
  cat "$work/stderr"
  exit 1
fi
