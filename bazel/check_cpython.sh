#!/usr/bin/env bash
# Fails unless CPython (Debian's /usr/bin/python3) prints exactly the expected
# file for the program: goldens must come from CPython, never from Krait.
#   check_cpython.sh PROGRAM.py EXPECTED [--stdin FILE] [ARGS...]
set -uo pipefail
program=$1
expected=$2
shift 2
stdin=/dev/null
if [[ $# -gt 1 && "$1" == "--stdin" ]]; then
  stdin=$2
  shift 2
fi
actual=$(mktemp)
PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 "$program" "$@" >"$actual" <"$stdin"
if ! diff -u --label expected --label cpython "$expected" "$actual"; then
  echo "$expected is not what CPython prints for $program" >&2
  rm -f "$actual"
  exit 1
fi
rm -f "$actual"
