#!/usr/bin/env bash
# Checks each CASE.py given (one test runs them all: a Bazel test per case
# cost a second of test-runner overhead each). A type-error golden:
# `krait annotate CASE.py`, run from this folder (so the file names in the
# diagnostics are just CASE.py), must exit 1 and print exactly
# CASE.expected on stderr.
# A case named in known_failures.txt is expected to fail (the annotator does
# not give the diagnostic it should yet): it passes while it fails, and fails
# once it passes, so the list only shrinks.
#
#   check_golden.sh KRAIT tests/type_errors/CASE.py...
set -uo pipefail
krait=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")

check_case() {
  local case=$1
  dir=$(dirname "$case")
  name=$(basename "$case" .py)
  known=$dir/known_failures.txt

  actual=$(mktemp)
  (cd "$dir" && "$krait" --color never annotate "$name.py" >/dev/null 2>"$actual")
  status=$?
  problem=""
  if [[ $status -ne 1 ]]; then
    problem="krait exited $status, expected 1"
  elif ! cmp -s "$dir/$name.expected" "$actual"; then
    problem="stderr differs from $name.expected"
  fi

  # known_failures.txt: `NAME  reason`, one a line; `#` starts a comment.
  if awk -v n="$name" '$1 == n { found = 1 } END { exit !found }' "$known" 2>/dev/null; then
    if [[ -n "$problem" ]]; then
      echo "$name: known failure ($problem)"
      diff -u "$dir/$name.expected" "$actual" | tail -n +3 | sed 's/^/    /'
      rm -f "$actual"
      return 0
    fi
    echo "$name: passes now; remove it from $known"
    rm -f "$actual"
    return 1
  fi
  if [[ -n "$problem" ]]; then
    echo "$name: $problem"
    echo "--- expected"
    cat "$dir/$name.expected"
    echo "--- krait's stderr"
    cat "$actual"
    diff -u "$dir/$name.expected" "$actual" | tail -n +3 | sed 's/^/    /'
    rm -f "$actual"
    return 1
  fi
  rm -f "$actual"
  echo "$name: ok"
}

failed=0
for case in "${@:2}"; do
  check_case "$case" || failed=$((failed + 1))
done
if [[ $failed -gt 0 ]]; then
  echo "$failed of $(($# - 1)) cases failed"
  exit 1
fi
