#!/usr/bin/env bash
# krait bindgen on a header that does not exist (a usage error: exit 2) and
# on headers with errors (exit 1, GCC-style diagnostics from Clang's errors:
# errors/NAME.h must print exactly errors/NAME.expected on stderr).
#
#   bindgen_errors_test.sh KRAIT
set -uo pipefail
krait=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=${TEST_TMPDIR:-$(mktemp -d)}
export KRAIT_CACHE_DIR=$work/cache
status=0

check() {  # check NAME EXPECTED_STATUS EXPECTED_STDERR_FILE
  local actual=$work/$1.err
  (cd tests/ctypes/errors && "$krait" --color never bindgen "$1.h" -o "$work/$1.py" 2>"$actual")
  local got=$?
  if [[ $got -ne $2 ]]; then
    echo "FAIL: $1.h: krait exited $got, expected $2"
    cat "$actual"
    status=1
  elif ! diff -u "$3" "$actual"; then
    echo "FAIL: $1.h: stderr differs from $3"
    status=1
  else
    echo "ok: $1.h"
  fi
  if [[ -s $work/$1.py ]]; then
    echo "FAIL: $1.h: a module was written despite the error"
    status=1
  fi
}

printf "krait: error: cannot read 'no_such_header.h': No such file or directory\n" \
  >"$work/no_such_header.expected"
check no_such_header 2 "$work/no_such_header.expected"
for header in tests/ctypes/errors/*.h; do
  name=$(basename "$header" .h)
  check "$name" 1 "tests/ctypes/errors/$name.expected"
done
exit $status
