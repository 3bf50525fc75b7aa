// The standard-library modules Krait provides (other than ctypes, see
// ctypes_module.h): math, sys, random, heapq, bisect, collections,
// itertools, functools, string, re, time, os, os.path, binascii, base64.
//
// Contract: add_stdlib_modules() adds each as a provided module whose
// functions are builtins named "module.function" (typed by the annotator's
// rules, emitted by the backend, implemented in runtime/<module>_module.h)
// and whose constants are folded constants; values that exist only at run
// time (sys.argv, sys.stdout) are builtins the backend reads.
#pragma once

#include "translator/flowgraph/program.h"

namespace krait::flow {

void add_stdlib_modules(Program& program);

}  // namespace krait::flow
