#!/usr/bin/env bash
# Sets up everything and runs Krait's main job on a bundled example:
# translate examples/nbody/nbody.py to C++, build it, run it, and run the same
# file under CPython for comparison (same output, and the time each took).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bootstrap.sh
bazel build //translator/cli:krait
krait="$(bazel info bazel-bin 2>/dev/null)/translator/cli/krait"
example=examples/nbody/nbody.py
steps=${1:-1000000}
mkdir -p .krait-out
echo "== krait translate $example -o .krait-out/nbody --emit-cpp .krait-out/nbody-cpp"
"$krait" translate "$example" -o .krait-out/nbody --emit-cpp .krait-out/nbody-cpp --time-passes
echo "== .krait-out/nbody $steps   (native, translated by Krait)"
time .krait-out/nbody "$steps"
echo "== python3 $example $steps   (CPython, for comparison)"
time /usr/bin/python3 "$example" "$steps"
