// Python's `os` and `os.path` modules: the working directory, directory
// listings, files and directories, the environment, and path strings.
//
// Contract: each function behaves as CPython's on Linux (posixpath for
// os.path: the same string rules, so `join`, `split`, `splitext`,
// `normpath` ... give CPython's results byte for byte). Failing system
// calls raise CPython's OSError subclass for the errno with its message
// (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`,
// file.h's raise_os_error). `environ()` is one dict, read from the process
// environment on first use; like CPython's os.environ, writing to it
// changes the dict only (CPython also calls putenv; no Krait program can
// observe the difference but through a child process, which Krait does not
// provide).
#pragma once

#include <cstdint>
#include <initializer_list>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/repr.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace krait::rt::os {

inline const char* const sep = "/";

Str getcwd();
List<Str>* listdir(Str path = Str("."));
int64_t getpid();
NoneType remove(Str path);
NoneType unlink(Str path);
NoneType mkdir(Str path);
NoneType rmdir(Str path);
NoneType rename(Str from, Str to);
Dict<Str, Str>* environ();
Str getenv(Str key, Str dflt = Str());

namespace path {

Str join(Str first, std::initializer_list<Str> rest = {});
bool exists(Str path);
bool isfile(Str path);
bool isdir(Str path);
bool isabs(Str path);
Str basename(Str path);
Str dirname(Str path);
Str normpath(Str path);
Str abspath(Str path);
Tuple<Str, Str> split(Str path);
Tuple<Str, Str> splitext(Str path);
int64_t getsize(Str path);

}  // namespace path
}  // namespace krait::rt::os
