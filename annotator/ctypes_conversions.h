// How Python values become C values and back, as ctypes converts them.
//
// Contract: to_c() classifies how a value of a Python type is passed where
// a C type is expected (an argument with argtypes, a field, an item, a
// constructor argument); nullopt when ctypes would raise (the caller
// reports CPython's message). default_to_c() is the conversion of an
// argument without argtypes (int -> c_int, bytes -> char *, None -> NULL,
// ctypes objects as themselves). python_type() is the Python type of a C
// value read back (a result, a field, an item, `.value`). The annotator
// checks with these and the backend emits from the same classification, so
// the two cannot disagree.
#pragma once

#include <optional>

#include "annotator/types.h"
#include "ctypes_support/c_entities.h"

namespace krait::annotator {

enum class ToC {
  kNumber,         // int, bool or float cast to the C number type (ctypes truncates ints)
  kBoxedValue,     // a simple type's box (c_int(5)) of the same type: its value
  kBytesPointer,   // bytes -> char * (NUL-terminated)
  kNull,           // None -> NULL
  kBufferPointer,  // an array (c_char * n, c_int * n) -> a pointer to its first item
  kPointerValue,   // a POINTER(T) or function pointer object (a box) -> the address it holds
  kReference,      // byref(x) -> x's address
  kAddress,        // c_void_p: an address value, or an int
  kRecordPointer,  // a Structure instance where POINTER(Structure) is expected: byref
  kRecordValue,    // a Structure passed by value
  kBytesChar,      // bytes of length 1 -> char
  kStrChar,        // str of length 1 -> wchar_t
  kStrPointer,     // str -> wchar_t * (NUL-terminated UTF-32)
  kCallback,       // a callback of the same prototype -> its C function pointer
  kAnyPointer,     // c_void_p from a box, array, record or pointer: its address
};

std::optional<ToC> to_c(const Type& value, const ctypes::CType& type);
// Without argtypes: int and bool as c_int, bytes as char *, str as
// wchar_t *, None as NULL,
// a simple type's box as its value, arrays and pointers as pointers,
// Structures by value; anything else (a float) nullopt.
std::optional<ToC> default_to_c(const Type& value);

// The Python type of a C value of `type`; impossible for types whose
// values Krait cannot read (function pointers).
Type python_type(const ctypes::CType& type);

}  // namespace krait::annotator
