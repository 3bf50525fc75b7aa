#!/usr/bin/env bash
# Sets up everything (Debian packages) and runs Krait's whole test suite:
# every Bazel test target (unit tests, golden programs, diagnostics goldens,
# the parser's comparison with CPython over the standard library).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bootstrap.sh
status=0
bazel test //... || status=$?
# On CI the machine is thrown away afterwards: stop the Bazel server so no
# background process outlives the run.
if [[ "${CI:-}" == "true" ]]; then bazel shutdown; fi
exit "$status"
