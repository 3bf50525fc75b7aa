// Python tuples of fixed shape: `Tuple<Ts...>` is a value struct.
//
// A tuple lives inline (in a local, a list's array, a dict entry), never on
// the heap by itself. It is a std::tuple, so `std::get<I>(t)` and structured
// bindings (`auto [a, b] = t;`, the lowering of tuple unpacking) work; a
// tuple of pointer-free items is pointer-free (lists of them are allocated
// atomically). Python semantics come from the overloads here: `py_eq`,
// `py_lt` (lexicographic), `hash_of` (CPython 3.11's tuplehash), and
// `repr_to`/`str_to` (`(1, 'a')`, `(1,)`, `()`). `tuple_len` is the length and
// `for_each_item` visits items in order; `tuple_getitem(t, i)` indexes a
// homogeneous tuple with a run-time index (IndexError "tuple index out of
// range").
#pragma once

#include <tuple>
#include <type_traits>
#include <utility>

#include "runtime/compare.h"
#include "runtime/exceptions.h"
#include "runtime/hash.h"
#include "runtime/repr.h"

namespace krait::rt {

template <class... Ts>
struct Tuple : std::tuple<Ts...> {
  using std::tuple<Ts...>::tuple;
  Tuple() = default;
};
template <class... Ts>
Tuple(Ts...) -> Tuple<Ts...>;

template <class... Ts>
inline constexpr bool kPointerFree<Tuple<Ts...>> = (kPointerFree<Ts> && ...);

template <class... Ts>
constexpr int64_t tuple_len(const Tuple<Ts...>&) {
  return sizeof...(Ts);
}

template <class F, class... Ts>
void for_each_item(const Tuple<Ts...>& t, F&& f) {
  std::apply([&](const auto&... x) { (f(x), ...); }, static_cast<const std::tuple<Ts...>&>(t));
}

// a + b
template <class... As, class... Bs>
Tuple<As..., Bs...> tuple_concat(const Tuple<As...>& a, const Tuple<Bs...>& b) {
  return std::apply([](const auto&... x) { return Tuple<As..., Bs...>{x...}; },
                    std::tuple_cat(static_cast<const std::tuple<As...>&>(a),
                                   static_cast<const std::tuple<Bs...>&>(b)));
}

template <class T, class... Ts>
T tuple_getitem(const Tuple<T, Ts...>& t, int64_t i) {
  constexpr int64_t n = 1 + sizeof...(Ts);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_index_error("tuple index out of range");
  T items[n];
  int64_t k = 0;
  for_each_item(t, [&](const auto& x) { items[k++] = x; });
  return items[i];
}

// Tuples of the same length whose items differ in C++ type (an int and a
// Number, say) compare item by item.
template <class... As, class... Bs>
requires(sizeof...(As) == sizeof...(Bs) &&
         !std::is_same_v<Tuple<As...>, Tuple<Bs...>>) bool py_eq(const Tuple<As...>& a,
                                                                 const Tuple<Bs...>& b) {
  return [&]<size_t... I>(std::index_sequence<I...>) {
    return (py_eq(std::get<I>(a), std::get<I>(b)) && ...);
  }
  (std::index_sequence_for<As...>{});
}

// `x in t`: an item of x's type equal to x, or numbers of equal value.
template <class X, class... Ts>
bool contains(const Tuple<Ts...>& t, const X& x) {
  bool found = false;
  for_each_item(t, [&](const auto& item) {
    using Item = std::decay_t<decltype(item)>;
    if constexpr (std::is_same_v<Item, X>) {
      found = found || py_eq(item, x);
    } else if constexpr (std::is_arithmetic_v<Item> && std::is_arithmetic_v<X>) {
      found = found || static_cast<double>(item) == static_cast<double>(x);
    }
  });
  return found;
}

template <class... Ts>
bool py_eq(const Tuple<Ts...>& a, const Tuple<Ts...>& b) {
  return [&]<size_t... I>(std::index_sequence<I...>) {
    return (py_eq(std::get<I>(a), std::get<I>(b)) && ...);
  }
  (std::index_sequence_for<Ts...>{});
}

template <size_t I, class... Ts>
bool tuple_lt_from(const Tuple<Ts...>& a, const Tuple<Ts...>& b) {
  if constexpr (I == sizeof...(Ts)) {
    return false;
  } else {
    if (!py_eq(std::get<I>(a), std::get<I>(b))) return py_lt(std::get<I>(a), std::get<I>(b));
    return tuple_lt_from<I + 1>(a, b);
  }
}

template <class... Ts>
bool py_lt(const Tuple<Ts...>& a, const Tuple<Ts...>& b) {
  return tuple_lt_from<0>(a, b);
}

template <class... Ts>
int64_t hash_of(const Tuple<Ts...>& t) {
  TupleHasher h;
  for_each_item(t, [&](const auto& x) { h.add(hash_of(x)); });
  return h.finish(sizeof...(Ts));
}

template <class... Ts>
void repr_to(StrBuilder& out, const Tuple<Ts...>& t) {
  out.push('(');
  bool first = true;
  for_each_item(t, [&](const auto& x) {
    if (!first) out.append(", ");
    first = false;
    repr_to(out, x);
  });
  if (sizeof...(Ts) == 1) out.push(',');
  out.push(')');
}

template <class... Ts>
void str_to(StrBuilder& out, const Tuple<Ts...>& t) {
  repr_to(out, t);
}

}  // namespace krait::rt

template <class... Ts>
struct std::tuple_size<krait::rt::Tuple<Ts...>> : std::integral_constant<size_t, sizeof...(Ts)> {};
template <size_t I, class... Ts>
struct std::tuple_element<I, krait::rt::Tuple<Ts...>> : std::tuple_element<I, std::tuple<Ts...>> {};
