// Which ctypes type stands for a C type on x86-64 Linux (LP64): the mapping
// `krait bindgen` writes and the annotator's checks compare against.
//
// Contract: simple_ctypes_name gives the name in the ctypes module ("c_int",
// "c_ulong", "c_char_p" ...) for a scalar C type, or nullopt when the type is
// not scalar (pointers to non-char data, arrays, records, functions) or ctypes
// has no such type (__int128, _Float16). A type spelled through one of the
// typedefs ctypes has its own name for (size_t, ssize_t, intN_t, uintN_t,
// wchar_t) maps to that name; otherwise the canonical C type decides, as
// ctypes itself does (long and long long are both 64-bit; c_long and
// c_longlong are the same type there, the name follows the C spelling).
// `char *` (any char, const or not) is c_char_p, `wchar_t *` c_wchar_p,
// `void *` c_void_p.
#pragma once

#include <optional>
#include <string>

#include "ctypes_support/c_decls.h"

namespace krait::ctypes_support {

// For a typedef name ctypes knows ("size_t" -> "c_size_t"), else nullopt.
std::optional<std::string> ctypes_name_of_typedef(const std::string& typedef_name);

// For a builtin C type by its canonical name ("unsigned long" -> "c_ulong").
std::optional<std::string> ctypes_name_of_builtin(const std::string& builtin);

std::optional<std::string> simple_ctypes_name(const CType& type);

}  // namespace krait::ctypes_support
