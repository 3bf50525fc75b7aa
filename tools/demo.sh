#!/usr/bin/env bash
# Sets up everything and runs Krait's main job on a bundled example.
#
# Today Krait has its front end only, so the main job is honest about that:
# it builds the krait tool and prints the syntax tree of examples/nbody/nbody.py
# (the same tree CPython's ast module builds), then runs the program under
# CPython for reference. When the backend lands this becomes translate, build
# and run.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bootstrap.sh
bazel build //translator/cli:krait
example=examples/nbody/nbody.py
echo "== krait parse $example"
bazel-bin/translator/cli/krait parse "$example"
echo "== python3 $example 1000 (reference output)"
/usr/bin/python3 "$example" 1000
