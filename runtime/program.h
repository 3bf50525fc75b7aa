// Everything a translated program's C++ uses: the one header the generated
// code includes. One header (rather than each program naming the pieces it
// needs) lets the build precompile it once: Bazel's krait_binary compiles
// every program with this header's precompiled form (bazel/krait_pch.bzl),
// which takes most of the compile time of a small program away. The
// standard-library modules' headers (random_module.h, re_module.h ...) are
// not here: the generated code includes those its imports name.
//
// A classic include guard, not #pragma once: the precompiled copy lives at
// another path, and the guard is what makes the program's own #include of
// this file a no-op after it.
#ifndef KRAIT_RUNTIME_PROGRAM_H_
#define KRAIT_RUNTIME_PROGRAM_H_

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>

#include "runtime/builtins.h"
#include "runtime/bytes_methods.h"
#include "runtime/cell.h"
#include "runtime/compare.h"
#include "runtime/convert.h"
#include "runtime/ctypes.h"
#include "runtime/dict.h"
#include "runtime/dict_from.h"
#include "runtime/exception_args.h"
#include "runtime/exceptions.h"
#include "runtime/file.h"
#include "runtime/float_ops.h"
#include "runtime/fmt_arg.h"
#include "runtime/format_containers.h"
#include "runtime/format_spec.h"
#include "runtime/gc.h"
#include "runtime/int_ops.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/main.h"
#include "runtime/math_module.h"
#include "runtime/method_choice.h"
#include "runtime/number.h"
#include "runtime/percent_format.h"
#include "runtime/print.h"
#include "runtime/repr.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/str_format.h"
#include "runtime/str_methods.h"
#include "runtime/sys_module.h"
#include "runtime/tuple.h"
#include "runtime/var_tuple.h"

#endif  // KRAIT_RUNTIME_PROGRAM_H_
