#!/usr/bin/env bash
# The "external user" test: a separate Bazel workspace (this folder) loads
# Krait's rules through local_repository, builds a two-module program (app/
# report.py importing the krait_library //geometry) and a one-module one,
# and runs their krait_tests. Then it shows the build caches:
#   1. an unchanged second build executes nothing;
#   2. after a change to geometry/shapes.py, the translations that depend on
#      it run again (report's and report_test's), and nothing of greet's.
# The workspace is copied to a temporary folder first (step 2 edits it), with
# its own Bazel output base; tools/test.sh runs this after `bazel test //...`.
#   tests/external_workspace/run_test.sh [--keep]   (--keep: leave the copy)
set -euo pipefail
krait_root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/krait-external-XXXXXX)
workspace=$work/workspace
bazel_cmd=(bazel --output_base="$work/output_base")
cleanup() {
  (cd "$workspace" && "${bazel_cmd[@]}" shutdown) >/dev/null 2>&1 || true
  [[ "${1:-}" == "--keep" ]] || rm -rf "$work"
}
trap 'cleanup "$@"' EXIT

cp -r "$krait_root/tests/external_workspace" "$workspace"
sed -i "s|path = \"../..\"|path = \"$krait_root\"|" "$workspace/WORKSPACE"
cd "$workspace"

echo "== the expected outputs are CPython's"
PYTHONPATH=. PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 app/report.py | diff -u app/report.expected -
PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 app/greet.py Ada Grace | diff -u app/greet.expected -

echo "== bazel test //... (in a workspace of its own)"
"${bazel_cmd[@]}" test //...

# The mnemonics of the spawns a build executed (its execution log).
executed() {
  /usr/bin/python3 - "$1" <<'EOF'
import json, sys
text = open(sys.argv[1]).read()
decoder, pos, spawns = json.JSONDecoder(), 0, []
while pos < len(text.rstrip()):
    spawn, pos = decoder.raw_decode(text, pos)
    while pos < len(text) and text[pos].isspace():
        pos += 1
    spawns.append(spawn.get("mnemonic", "?") + " " + spawn["listedOutputs"][0].split("/bin/", 1)[-1])
print("\n".join(sorted(spawns)))
EOF
}

echo "== an unchanged second build executes nothing"
"${bazel_cmd[@]}" build //... --execution_log_json_file="$work/unchanged.json"
unchanged=$(executed "$work/unchanged.json")
if [[ -n "$unchanged" ]]; then
  echo "FAIL: the unchanged build executed:" >&2
  echo "$unchanged" >&2
  exit 1
fi

echo "== after changing geometry/shapes.py, only what depends on it runs again"
sed -i 's/^UNIT = "cm"$/UNIT = "mm"/' geometry/shapes.py
"${bazel_cmd[@]}" build //... --execution_log_json_file="$work/changed.json"
changed=$(executed "$work/changed.json")
echo "$changed"
translated=$(grep '^KraitTranslate ' <<<"$changed" | cut -d' ' -f2 | tr '\n' ' ')
want="app/report_obj/report.cc app/report_test_bin_obj/report.cc "
if [[ "$translated" != "$want" ]]; then
  echo "FAIL: re-translated [$translated], expected [$want]" >&2
  exit 1
fi
if grep -q greet <<<"$changed"; then
  echo "FAIL: greet does not depend on geometry, yet something of it was rebuilt" >&2
  exit 1
fi
"$workspace/bazel-bin/app/report" | grep -q " mm²" || {
  echo "FAIL: the rebuilt report does not use the changed module" >&2
  exit 1
}
echo "PASS: external workspace"
