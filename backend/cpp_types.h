// The C++ type of each annotator type.
//
// Contract: unboxed where the type allows: int -> int64_t, float -> double,
// bool -> bool, number (int or float) -> rt::Number, None -> rt::NoneType, str -> rt::Str, tuple ->
// rt::Tuple<...> (a value struct), list -> rt::List<T>*, dict -> rt::Dict<K, V>*, instance ->
// pointer to the class's struct, iterators -> the runtime's PyIter over the iterated range, range
// -> rt::Range. A bound method is represented by its receiver. A prebuilt constant (a function,
// class, module) needs no run-time value: rt::NoneType; one that may be None is a bool, true when
// it is not None. A text file -> rt::File*. Types the backend cannot represent yet give nullopt and
// a reason.
#pragma once

#include <optional>
#include <string>

#include "annotator/types.h"
#include "backend/cpp_names.h"

namespace krait::backend {

std::optional<std::string> cpp_type(const annotator::Type& type, const CppNames& names,
                                    std::string* why_not);

}  // namespace krait::backend
