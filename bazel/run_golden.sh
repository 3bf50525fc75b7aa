#!/usr/bin/env bash
# Runs a translated program and compares it with CPython's recorded behaviour.
#   run_golden.sh BINARY EXPECTED_STDOUT [--status N | --status-file FILE]
#                 [--stdin FILE] [-- ARGS...]
# The expected exit status is N, or the number in FILE (default 0). stdin is
# the --stdin file, else empty; the program runs in a fresh directory holding
# copies of the *.txt files beside EXPECTED_STDOUT (its data files), as
# tests/golden/tools/regen.py runs CPython. A mismatch prints a unified diff
# and fails the test.
set -uo pipefail
binary=$1
expected=$2
shift 2
want_status=0
stdin=/dev/null
while [[ $# -gt 0 ]]; do
  case "$1" in
    --status) want_status=$2; shift 2 ;;
    --status-file) want_status=$(tr -d '[:space:]' <"$2"); shift 2 ;;
    --stdin) stdin=$(realpath "$2"); shift 2 ;;
    --) shift; break ;;
    *) echo "run_golden.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
actual=$(mktemp)
workdir=$(mktemp -d)
for data in "$(dirname "$expected")"/*.txt; do
  [[ -e "$data" ]] && cp "$data" "$workdir/"
done
binary=$(realpath "$binary")
(cd "$workdir" && "$binary" "$@" >"$actual" <"$stdin")
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
