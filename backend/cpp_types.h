// The C++ type of each annotator type.
//
// Contract: unboxed where the type allows: int -> int64_t (rt::Int with --int=big), float ->
// double, bool -> bool, number (int or float) -> rt::Number, None -> rt::NoneType, str -> rt::Str,
// tuple -> rt::Tuple<...> (a value struct), a variadic tuple[T, ...] -> rt::VarTuple<T> (a value
// struct: a pointer to its items and their number), list -> rt::List<T>*, dict -> rt::Dict<K, V>*,
// instance
// -> pointer to the class's struct, iterators -> the runtime's PyIter over the iterated range,
// range
// -> rt::Range. A bound method is represented by its receiver. A prebuilt constant (a function,
// class, module) needs no run-time value: rt::NoneType; a value that may be one of several, or
// None, is the entity's number (int32_t, 0 for None). A text file -> rt::File*. Types the backend
// cannot represent yet give nullopt and a reason.
#pragma once

#include <optional>
#include <string>

#include "annotator/types.h"
#include "backend/backend.h"
#include "backend/cpp_names.h"

namespace krait::backend {

// A function or class value with a run-time number (one of several, or None).
bool is_numbered_pbc(const annotator::Type& type);
// Values of the type carry information at run time (not None, not one
// statically known function or class, not impossible).
bool has_runtime_value(const annotator::Type& type);

std::optional<std::string> cpp_type(const annotator::Type& type, const CppNames& names,
                                    IntMode int_mode, std::string* why_not);

}  // namespace krait::backend
