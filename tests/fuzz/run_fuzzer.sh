#!/usr/bin/env bash
# Builds the parser fuzzer outside Bazel and runs it.
#
#   tests/fuzz/run_fuzzer.sh [SECONDS]        build, seed, fuzz (default 600 s)
#   tests/fuzz/run_fuzzer.sh --replay FILE... build and run only these inputs
#
# The sources are every .cc of translator/syntax and translator/diagnostics
# (tests excluded), compiled with clang++-16 and libFuzzer + ASan + UBSan.
# The link flags are the ones Bazel uses: the linkopts of the
# //third_party/system targets those two packages depend on, and their own.
# The corpus starts from a sample of the standard library and the project's
# own parser and syntax-error cases, and grows across runs in $WORK/corpus.
# Crashes, hangs (>10 s) and out-of-memory inputs are written to
# $WORK/artifacts; the script lists them with the command that replays
# each, and exits 1 if there is any.
#
# Environment: KRAIT_FUZZ_DIR (default /tmp/krait-fuzz) is the work folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${KRAIT_FUZZ_DIR:-/tmp/krait-fuzz}
CXX=clang++-16
PY=/usr/bin/python3
mkdir -p "$WORK/obj" "$WORK/seeds" "$WORK/corpus" "$WORK/artifacts"

# --- link flags, from the same BUILD files Bazel reads: the linkopts of the
# //third_party/system targets named there, and the packages' own linkopts.
link_flags() {
  "$PY" - "$@" <<'EOF'
import re, sys

def rules(text):
    """(kind, name, text) of each rule in a BUILD file."""
    for kind, body in re.findall(r"^(\w+)\((.*?)^\)", text, re.M | re.S):
        m = re.search(r'name\s*=\s*"([^"]+)"', body)
        if m:
            yield kind, m.group(1), body

def linkopts(body):
    m = re.search(r"linkopts\s*=\s*\[(.*?)\]", body, re.S)
    return re.findall(r'"([^"]+)"', m.group(1)) if m else []

system = {name: body for _, name, body in rules(open("third_party/system/BUILD").read())}
flags = []
for build in sys.argv[1:]:
    for kind, _, body in rules(open(build).read()):
        if kind.endswith("_test"):
            continue  # tests link GoogleTest, which the fuzzer must not
        for name in re.findall(r'"//third_party/system:([\w-]+)"', body):
            flags += linkopts(system.get(name, ""))
        flags += linkopts(body)
print(" ".join(dict.fromkeys(flags)))
EOF
}

CXXFLAGS="-std=c++20 -O1 -g -fno-omit-frame-pointer -I. -Wall -Wextra -Werror
  -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"

# Compiles one source unless its object is newer than it and every header.
compile_one() {
  local src=$1 obj
  obj="$WORK/obj/$(echo "$src" | tr / _).o"
  if [[ -e "$obj" && ! "$src" -nt "$obj" && -z "$(find translator -name '*.h' -newer "$obj" | head -1)" ]]; then
    return 0
  fi
  # shellcheck disable=SC2086
  $CXX $CXXFLAGS -c "$src" -o "$obj"
}
export -f compile_one
export WORK CXX CXXFLAGS

# --- build: objects two at a time, then link
build() {
  local sources=() objects=() flags
  for f in translator/syntax/*.cc translator/diagnostics/*.cc tests/fuzz/parser_fuzzer.cc; do
    [[ "$f" == *_test.cc ]] || sources+=("$f")
  done
  flags=$(link_flags translator/syntax/BUILD translator/diagnostics/BUILD)
  echo "run_fuzzer: compiling ${#sources[@]} files (link flags: ${flags:-none})"
  printf '%s\n' "${sources[@]}" | xargs -P 2 -I{} bash -c 'compile_one "$1" || exit 255' _ {}
  for f in "${sources[@]}"; do objects+=("$WORK/obj/$(echo "$f" | tr / _).o"); done
  # shellcheck disable=SC2086
  $CXX -fsanitize=fuzzer,address,undefined "${objects[@]}" $flags -o "$WORK/parser_fuzzer"
}

# --- seeds: every 8th stdlib file under 16 KB, and all of the project's cases
seed() {
  rm -f "$WORK"/seeds/*
  find /usr/lib/python3.11 -name '*.py' -size -16k | sort | awk 'NR % 8 == 0' |
    while read -r f; do cp "$f" "$WORK/seeds/$(echo "$f" | tr / _)"; done
  for f in tests/parser/cases/*.py tests/syntax_errors/*.py; do
    cp "$f" "$WORK/seeds/$(echo "$f" | tr / _)"
  done
}

report() {
  local found=0
  for f in "$WORK"/artifacts/*; do
    [[ -e "$f" ]] || continue
    found=1
    echo "run_fuzzer: FOUND $(basename "$f" | cut -d- -f1): $f"
    echo "    replay: tests/fuzz/run_fuzzer.sh --replay $f"
  done
  [[ $found -eq 0 ]] && echo "run_fuzzer: no crash, hang or OOM found"
  return $found
}

build
if [[ "${1:-}" == "--replay" ]]; then
  shift
  exec "$WORK/parser_fuzzer" -timeout=10 -rss_limit_mb=2048 "$@"
fi
seconds=${1:-600}
seed
echo "run_fuzzer: fuzzing for $seconds s; corpus $WORK/corpus, artifacts $WORK/artifacts"
status=0
"$WORK/parser_fuzzer" "$WORK/corpus" "$WORK/seeds" -max_total_time="$seconds" -timeout=10 \
  -rss_limit_mb=2048 -max_len=16384 -dict=tests/fuzz/python.dict \
  -artifact_prefix="$WORK/artifacts/" -print_final_stats=1 >"$WORK/fuzz.log" 2>&1 || status=$?
grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY' "$WORK/fuzz.log" | tail -8
echo "run_fuzzer: exit status $status; full log $WORK/fuzz.log"
report
