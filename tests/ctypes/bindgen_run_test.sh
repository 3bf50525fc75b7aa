#!/usr/bin/env bash
# krait bindgen writes the ctypes modules of krait_ctypes_test.h, zlib.h and
# sqlite3.h;
# programs using them run under Debian's CPython (the test oracle) and must
# print exactly PROGRAM.expected (each program also asserts its results
# against Python's own computation, e.g. zlib.crc32, or against the C
# compiler's layout, layout_check.py).
#
#   bindgen_run_test.sh KRAIT LIBKRAITCTYPESTEST_SO LAYOUT_TXT
set -uo pipefail
krait=$1
libdir=$(cd "$(dirname "$2")" && pwd)
layout=$3
here=tests/ctypes
work=${TEST_TMPDIR:-$(mktemp -d)}
modules=$work/modules
mkdir -p "$modules"
export KRAIT_CACHE_DIR=$work/cache
status=0

bindgen() {  # bindgen HEADER LIB MODULE
  if ! "$krait" bindgen "$1" --lib "$2" -o "$modules/$3.py"; then
    echo "FAIL: krait bindgen $1 exited $?"
    status=1
  fi
}

run() {  # run PROGRAM [ARGS]: stdout must equal PROGRAM.expected
  local actual=$work/$1.out
  if ! PYTHONPATH=$modules LD_LIBRARY_PATH=$libdir LIBRARY_PATH=$libdir \
      /usr/bin/python3 "$here/$1.py" "${@:2}" >"$actual"; then
    echo "FAIL: $1.py exited non-zero"
    status=1
  fi
  if ! diff -u "$here/$1.expected" "$actual"; then
    echo "FAIL: $1.py's output differs from $1.expected"
    status=1
  else
    echo "ok: $1.py"
  fi
}

bindgen "$here/krait_ctypes_test.h" kraitctypestest krait_ctypes_test
bindgen /usr/include/zlib.h z zlib_ctypes
bindgen /usr/include/sqlite3.h sqlite3 sqlite3_ctypes
run test_library
run zlib_roundtrip
run sqlite_table
run layout_check "$layout"

# The second run of bindgen reads the header from the cache: same module.
"$krait" bindgen /usr/include/zlib.h --lib z -o "$work/again.py"
if ! cmp -s "$modules/zlib_ctypes.py" "$work/again.py"; then
  echo "FAIL: a second krait bindgen (from the cache) wrote a different module"
  status=1
fi
if [[ $(ls "$KRAIT_CACHE_DIR/c-headers" | grep -c '\.json$') -ne 3 ]]; then
  echo "FAIL: expected three cache entries in $KRAIT_CACHE_DIR/c-headers:"
  ls -l "$KRAIT_CACHE_DIR/c-headers"
  status=1
fi
exit $status
