// `krait bindgen`: the ctypes declarations of a C header as a Python module
// that runs on CPython with nothing but the ctypes module.
//
// Contract: generate_bindings writes, in the header's declaration order and
// deterministically (no paths, times or hash orders in the output):
//   - the library: `_lib = ctypes.CDLL(ctypes.util.find_library("NAME"))`,
//     or `ctypes.CDLL(None)` (the process's own symbols) without a name,
//     with a `# krait: c-header` comment naming the header;
//   - `#define` integer and string constants (strings as bytes) and enum
//     constants, as module-level ints;
//   - structs and unions as ctypes.Structure / ctypes.Union classes with
//     `_fields_` (bit-fields as 3-tuples, `_pack_` for packed layouts,
//     `_anonymous_` for untagged members); a record that refers to itself or
//     to one not yet defined is declared first (`class X(...): pass`) and
//     gets its `_fields_` later;
//   - typedefs as aliases (`Bytef = ctypes.c_ubyte`), function pointers as
//     `ctypes.CFUNCTYPE(...)`, arrays as `T * N`, pointers as
//     `ctypes.POINTER(T)` (char * is c_char_p, void * c_void_p);
//   - every function with `argtypes` and `restype` (variadic and unprototyped
//     ones: restype only), bound to a module-level name.
// It emits what the named header declares (CHeader's `in_main_file`) plus
// the types those declarations need, wherever declared; names starting with
// `__` are internals and left out, static/inline functions (not in any
// library) too, and functions the library does not export (when told).
// A Python keyword used as a name gets a trailing underscore.
// Where ctypes has no type for a C type the declaration becomes a comment
// saying so (a struct field becomes bytes of its size).
#pragma once

#include <functional>
#include <string>

#include "ctypes_support/c_decls.h"

namespace krait::ctypes_support {

struct BindgenOptions {
  std::string lib;  // for ctypes.util.find_library; empty: ctypes.CDLL(None)
  // When set: whether the library exports a function. A header may declare
  // functions the library does not have (sqlite3.h's Windows-only ones);
  // they become comments, as ctypes would fail to find them at import.
  std::function<bool(const std::string&)> exported;
  // How the module names its header in a `# krait: c-header NAME` comment
  // on the CDLL line, so that Krait checks the module against it (empty:
  // no comment).
  std::string header_comment;
};

std::string generate_bindings(const CHeader& header, const BindgenOptions& options);

// `name`, or `name_` when it is a Python keyword.
std::string python_identifier(const std::string& name);

// A Python bytes literal for `bytes`: b"a\n".
std::string python_bytes_literal(const std::string& bytes);

}  // namespace krait::ctypes_support
