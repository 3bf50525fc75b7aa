// How Python ints are spelled in the generated C++ for each --int mode: the
// one place that decides it.
//
// Contract: checked mode is int64_t with the runtime's checked functions
// (rt::int_add ...), wrap mode int64_t with their `_wrap` variants, big
// mode the runtime's rt::Int (runtime/big_int.h) with the `_big` variants;
// a number (int or float by run-time value) is rt::Number, or rt::BigNumber
// in big mode; constants are INT64_C(n) literals in the 64-bit modes and rt::Int values
// in big mode (a constant beyond 64 bits is parsed once, into a static).
#pragma once

#include <string>

#include "backend/backend.h"
#include "translator/flowgraph/constant.h"

namespace krait::backend {

// The C++ type of a Python int, and of the annotator's number (int or float).
const char* int_cpp_type(IntMode mode);
const char* number_cpp_type(IntMode mode);
// The runtime function for the int operation `name` ("int_add", "int_pow", ...).
std::string int_function(IntMode mode, const std::string& name);
// The runtime function behind a built-in (int(s), int(x), pow(a, b)): the
// `_big` variant in big mode, else the checked one (as in wrap mode).
std::string int_builtin(IntMode mode, const std::string& name);
// The C++ value of an int constant (kInt or kBigInt).
std::string int_literal(IntMode mode, const flow::ConstValue& c);

}  // namespace krait::backend
