#!/usr/bin/env bash
# Installs exactly the Debian packages Krait needs to build, test and run.
# Idempotent: when everything is present it prints nothing and takes well
# under two seconds (one dpkg-query call). Otherwise it says what it installs.
#
#   tools/bootstrap.sh          packages for building and testing
#   tools/bootstrap.sh bench    also the benchmark comparators (pypy3, hyperfine)
set -euo pipefail

packages=(
  bazel-bootstrap          # the build (Bazel 4.2.3, works offline)
  g++                      # compiles Krait and the generated C++
  clang-16                 # fuzz targets (libFuzzer + sanitizers)
  libclang-rt-16-dev       # libFuzzer runtime
  libclang-16-dev          # Clang LibTooling headers (ctypes header checks)
  libclang-cpp16-dev       # Clang LibTooling library
  llvm-16-dev              # LLVM headers and library
  libclang-common-16-dev   # Clang builtin headers (stddef.h ...)
  nlohmann-json3-dev       # every machine-readable dump
  libcli11-dev             # the krait command line
  libicu-dev               # Unicode identifiers (XID classes, NFKC) in the tokenizer
  libgtest-dev libgmock-dev  # unit tests
  libgc-dev                # Boehm GC for the runtime
  libgmp-dev               # --int=big
  libfmt-dev               # formatting in the runtime
  libpcre2-dev             # the re module
  nettle-dev               # random.seed(str): SHA-512, as CPython
  zlib1g-dev               # ctypes tests: krait bindgen on zlib.h, libz
  libsqlite3-dev           # ctypes tests: krait bindgen on sqlite3.h, libsqlite3
  python3                  # test oracle only (Debian's /usr/bin/python3)
  libpython3.11-testsuite  # the whole stdlib, test files included, for the parser check
)
if [[ "${1:-}" == "bench" ]]; then
  packages+=(pypy3 hyperfine time)
elif [[ -n "${1:-}" ]]; then
  echo "bootstrap: unknown argument '$1' (expected nothing or 'bench')" >&2
  exit 2
fi

# One dpkg-query call keeps the everything-present case fast. It prints
# nothing for packages it has never heard of, so compare against the list.
declare -A installed=()
while read -r name status; do
  [[ "$status" == "installed" ]] && installed["$name"]=1
done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${packages[@]}" 2>/dev/null || true)
missing=()
for p in "${packages[@]}"; do
  [[ -n "${installed[$p]-}" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
  command -v sudo >/dev/null || {
    echo "bootstrap: need root to install: ${missing[*]}" >&2
    exit 2
  }
else
  sudo_cmd=()
fi
echo "bootstrap: installing ${#missing[@]} Debian package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq >/dev/null || {
  echo "bootstrap: 'apt-get update' failed; is the Debian mirror reachable?" >&2
  exit 2
}
if ! "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/krait-bootstrap.log 2>&1; then
  tail -20 /tmp/krait-bootstrap.log >&2
  echo "bootstrap: could not install: ${missing[*]} (full log: /tmp/krait-bootstrap.log)" >&2
  exit 2
fi
echo "bootstrap: done"
