#!/usr/bin/env bash
# A conformance program Krait does not translate yet must still be rejected
# with the diagnostic known_failures.txt names.
#   still_rejected.sh KRAIT PROGRAM.py REASON
set -uo pipefail
krait=$1
program=$2
reason=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$krait" translate "$program" --emit-cpp "$out" 2>"$out/stderr"
status=$?
if [[ $status -eq 0 ]]; then
  echo "$program now translates: move it out of tests/conformance/known_failures.txt"
  exit 1
fi
if ! grep -qF -- "$reason" "$out/stderr"; then
  echo "$program is rejected for another reason than '$reason':"
  cat "$out/stderr"
  exit 1
fi
