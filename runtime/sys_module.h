// Python's `sys` module: `sys.argv` is `rt::sys::argv`, and so on.
//
// `argv` is filled by `rt::init` (main.h): argv[0] is the path of the .py
// file the program was translated from, the rest are the command-line
// arguments. `exit()` raises SystemExit, which `run_main` turns into the
// process exit status: no argument or None is 0, an int is that status, a
// string is printed to stderr and the status is 1. `stdout_write` and
// `stderr_write` are `sys.stdout.write` / `sys.stderr.write` (they return the
// number of code points written).
#pragma once

#include <cstdint>

#include "runtime/exceptions.h"
#include "runtime/list.h"
#include "runtime/str.h"

namespace krait::rt {

// SystemExit(code) / SystemExit(message), as `raise SystemExit(x)` builds them.
SystemExit* make_system_exit(int64_t code);
SystemExit* make_system_exit(Str message);

namespace sys {

extern List<Str>* argv;
inline constexpr int64_t maxsize = INT64_MAX;

[[noreturn]] void exit();
[[noreturn]] void exit(int64_t code);
[[noreturn]] void exit(Str message);
int64_t stdout_write(Str s);
int64_t stderr_write(Str s);
inline void setrecursionlimit(int64_t) {}

}  // namespace sys
}  // namespace krait::rt
