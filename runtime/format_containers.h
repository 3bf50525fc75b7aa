// format(x, spec) of lists, dicts and tuples (fixed and variable-length): object.__format__, that
// is str(x) for an empty spec (f"{xs}", "{}".format(xs)) and otherwise TypeError "unsupported
// format string passed to list.__format__".
#pragma once

#include "runtime/dict.h"
#include "runtime/format_spec.h"
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime/var_tuple.h"

namespace krait::rt {

[[noreturn]] void raise_unsupported_format(const char* type_name);

template <class T>
Str format(const List<T>* value, Str spec) {
  if (spec.nbytes() != 0) raise_unsupported_format("list");
  return str(value);
}
template <class K, class V>
Str format(const Dict<K, V>* value, Str spec) {
  if (spec.nbytes() != 0) raise_unsupported_format("dict");
  return str(value);
}
template <class... Ts>
Str format(const Tuple<Ts...>& value, Str spec) {
  if (spec.nbytes() != 0) raise_unsupported_format("tuple");
  return str(value);
}
template <class T>
Str format(const VarTuple<T>& value, Str spec) {
  if (spec.nbytes() != 0) raise_unsupported_format("tuple");
  return str(value);
}

}  // namespace krait::rt
