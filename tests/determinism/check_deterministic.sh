#!/usr/bin/env bash
# Translating the same program twice gives byte-identical C++.
#
#   check_deterministic.sh [--int-mode=FOLDER=MODE]... KRAIT PROGRAM.py...
#
# Each program is translated by two separate krait processes (so any
# dependence on addresses, hash seeds or iteration over pointer-keyed
# containers shows up as a difference) and the C++ files are compared. A
# program in a folder named FOLDER is translated with --int MODE.
set -uo pipefail
modes=()
while [[ $1 == --int-mode=* ]]; do
  modes+=("${1#--int-mode=}")
  shift
done
krait=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
for program in "$@"; do
  name=$(basename "$program" .py)
  folder=$(basename "$(dirname "$program")")
  int_mode=()
  for m in "${modes[@]}"; do
    [[ $folder == "${m%%=*}" ]] && int_mode=(--int "${m#*=}")
  done
  for run in 1 2; do
    if ! "$krait" translate "$program" "${int_mode[@]}" --emit-cpp "$work/$run" 2>"$work/err"; then
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
