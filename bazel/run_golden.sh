#!/usr/bin/env bash
# Runs a translated program and compares it with CPython's recorded behaviour.
#   run_golden.sh BINARY EXPECTED_STDOUT [EXIT_STATUS_FILE] [-- ARGS...]
# The exit status file, when given, holds the expected status (default 0).
# stdin is empty; the program runs in a fresh directory holding copies of the
# *.txt files beside EXPECTED_STDOUT (its data files), as tools/regen.py runs
# CPython. A mismatch prints a unified diff and fails the test.
set -uo pipefail
binary=$1
expected=$2
shift 2
want_status=0
if [[ $# -gt 0 && "$1" != "--" ]]; then
  want_status=$(tr -d '[:space:]' <"$1")
  shift
fi
[[ $# -gt 0 && "$1" == "--" ]] && shift
actual=$(mktemp)
workdir=$(mktemp -d)
for data in "$(dirname "$expected")"/*.txt; do
  [[ -e "$data" ]] && cp "$data" "$workdir/"
done
binary=$(realpath "$binary")
(cd "$workdir" && "$binary" "$@" >"$actual" </dev/null)
status=$?
ok=0
if ! diff -u --label expected --label actual "$expected" "$actual"; then
  echo "stdout differs from CPython's (above)" >&2
  ok=1
fi
if [[ "$status" != "$want_status" ]]; then
  echo "exit status $status, CPython's is $want_status" >&2
  ok=1
fi
rm -rf "$actual" "$workdir"
exit $ok
