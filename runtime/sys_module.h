// Python's `sys` module: `sys.argv` is `rt::sys::argv`, and so on.
//
// `argv` is filled by `rt::init` (main.h): argv[0] is the path of the .py
// file the program was translated from, the rest are the command-line
// arguments. `exit()` raises SystemExit, which `run_main` turns into the
// process exit status: no argument or None is 0, an int is that status, a
// string is printed to stderr and the status is 1. sys.stdin, sys.stdout
// and sys.stderr are file objects (file.h): stdin reads the C library's
// stdin (as input() does), stdout and stderr write through print's streams.
#pragma once

#include <cstdint>

#include "runtime/exceptions.h"
#include "runtime/file.h"
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
// sys.stdin, sys.stdout, sys.stderr: file objects made on first use.
File* stdin_file();
File* stdout_file();
File* stderr_file();
inline void setrecursionlimit(int64_t) {}

}  // namespace sys
}  // namespace krait::rt
