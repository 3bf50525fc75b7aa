#!/usr/bin/env bash
# Runs several golden cases in one test (one Bazel test per program cost
# about a second of test-runner overhead each, a few minutes per suite run).
#   run_golden_group.sh RUN_GOLDEN_SH CASE_ARGS --next CASE_ARGS --next ...
# Each CASE_ARGS is a run_golden.sh command line. Every case runs; the test
# fails if any does, and the summary names each failing program.
set -uo pipefail
run_golden=$1
shift
failed=()
count=0
case_args=()
run_case() {
  count=$((count + 1))
  if ! bash "$run_golden" "${case_args[@]}"; then
    echo "FAILED: ${case_args[0]}" >&2
    failed+=("${case_args[0]}")
  fi
  case_args=()
}
for arg in "$@"; do
  if [[ "$arg" == "--next" ]]; then run_case; else case_args+=("$arg"); fi
done
[[ ${#case_args[@]} -gt 0 ]] && run_case
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "${#failed[@]} of $count programs differ from CPython:" >&2
  printf '  %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "$count programs match CPython"
