#!/usr/bin/env bash
# Sets up everything (Debian packages) and runs Krait's whole test suite:
# every Bazel test target (unit tests, golden programs, diagnostics goldens,
# the parser's comparison with CPython over the standard library), then the
# external-workspace test of the Bazel rules.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bootstrap.sh
status=0
bazel test //... || status=$?
# A user's own workspace loading Krait's rules (and the build caches): it has
# its own Bazel server and output base, so it runs on its own.
tests/external_workspace/run_test.sh || status=$?
# On CI the machine is thrown away afterwards: stop the Bazel server so no
# background process outlives the run.
if [[ "${CI:-}" == "true" ]]; then bazel shutdown; fi
exit "$status"
