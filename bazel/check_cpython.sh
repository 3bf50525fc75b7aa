#!/usr/bin/env bash
# Fails unless CPython (Debian's /usr/bin/python3) prints exactly the expected
# file for the program: goldens must come from CPython, never from Krait.
#   check_cpython.sh PROGRAM.py EXPECTED [ARGS...]
set -uo pipefail
program=$1
expected=$2
shift 2
actual=$(mktemp)
PYTHONHASHSEED=0 /usr/bin/python3 "$program" "$@" >"$actual" </dev/null
if ! diff -u --label expected --label cpython "$expected" "$actual"; then
  echo "$expected is not what CPython prints for $program" >&2
  rm -f "$actual"
  exit 1
fi
rm -f "$actual"
