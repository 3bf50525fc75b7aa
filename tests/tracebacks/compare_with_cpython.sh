#!/usr/bin/env bash
# A translated program fails exactly as CPython does: same stdout, same
# stderr (the traceback, frame by frame, with source lines and carets) and
# the same exit status. Both run from the runfiles root, so the script path
# CPython prints (absolute) is the one the binary computes.
#
#   compare_with_cpython.sh BINARY tests/tracebacks/PROGRAM.py
set -uo pipefail
binary=$1
program=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 "$program" >"$work/py.out" 2>"$work/py.err" </dev/null
py_status=$?
"$binary" >"$work/k.out" 2>"$work/k.err" </dev/null
k_status=$?
failed=0
if ! cmp -s "$work/py.out" "$work/k.out"; then
  echo "stdout differs from CPython's:"; diff -u "$work/py.out" "$work/k.out"; failed=1
fi
if ! cmp -s "$work/py.err" "$work/k.err"; then
  echo "stderr differs from CPython's:"; diff -u "$work/py.err" "$work/k.err"; failed=1
fi
if [[ $py_status -ne $k_status ]]; then
  echo "exit status $k_status, CPython's is $py_status"; failed=1
fi
if [[ $py_status -eq 0 ]]; then
  echo "$program does not fail under CPython: it tests nothing here"; failed=1
fi
exit $failed
