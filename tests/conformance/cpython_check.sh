#!/usr/bin/env bash
# Every case_*.out of the conformance corpus is what CPython (Debian's
# /usr/bin/python3) prints now: the expected outputs stay CPython's.
#   cpython_check.sh ONE_CASE.py   (the others sit beside it)
set -uo pipefail
dir=$(dirname "$1")
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
failed=0
for program in "$dir"/case_*.py; do
  PYTHONHASHSEED=0 /usr/bin/python3 "$program" >"$actual" </dev/null
  if ! diff -u --label "${program%.py}.out" --label cpython "${program%.py}.out" "$actual"; then
    failed=1
  fi
done
exit $failed
