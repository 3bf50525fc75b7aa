#!/usr/bin/env bash
# Translating the same program twice gives byte-identical C++.
#
#   check_deterministic.sh KRAIT PROGRAM.py...
#
# Each program is translated by two separate krait processes (so any
# dependence on addresses, hash seeds or iteration over pointer-keyed
# containers shows up as a difference) and the C++ files are compared.
set -uo pipefail
krait=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
for program in "$@"; do
  name=$(basename "$program" .py)
  for run in 1 2; do
    if ! "$krait" translate "$program" --emit-cpp "$work/$run" 2>"$work/err"; then
      echo "FAIL $program: krait translate failed:"
      cat "$work/err"
      failures=$((failures + 1))
      continue 2
    fi
  done
  if ! cmp -s "$work/1/$name.cc" "$work/2/$name.cc"; then
    echo "FAIL $program: two translations differ:"
    diff "$work/1/$name.cc" "$work/2/$name.cc" | head -20
    failures=$((failures + 1))
  fi
done
echo "$# programs translated twice, $failures not byte-identical"
[[ $failures -eq 0 && $# -gt 0 ]]
