// Python's `itertools` module: each function is an iterator struct of the
// runtime's protocol (iterators.h: `Item`, `bool next(Item&)`), made by a
// function of the same name: `itertools.count(1)` is
// `rt::itertools::count<int64_t>(1)`.
//
// Items come in CPython's order (product and the combinatoric iterators in
// lexicographic order of positions, as the itertools documentation's
// equivalent code); the combinatoric iterators and product read their
// iterables into lists first, as CPython does. Their tuples are `Out`: a
// fixed Tuple<T, T, ...> when the length is known at translation time,
// else VarTuple<T>. groupby's groups are lists (CPython: iterators that
// the next step invalidates).
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "runtime/big_int_ops.h"
#include "runtime/exceptions.h"
#include "runtime/int_ops.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/number.h"
#include "runtime/tuple.h"
#include "runtime/var_tuple.h"

namespace krait::rt::itertools {

// The arity and the std::tuple of a Tuple (an `Out` of the iterators below).
template <class>
struct TupleTraits;
template <class... Ts>
struct TupleTraits<Tuple<Ts...>> {
  static constexpr size_t kSize = sizeof...(Ts);
  using Std = std::tuple<Ts...>;
};

[[noreturn]] void raise_negative_r();

// a + b of two numbers, as Python adds them (checked ints in the 64-bit
// modes): count's steps and accumulate's default function.
template <class T>
T plus(const T& a, const T& b) {
  if constexpr (std::is_same_v<T, int64_t>)
    return int_add(a, b);
  else if constexpr (std::is_same_v<T, Int>)
    return int_add_big(a, b);
  else if constexpr (std::is_same_v<T, NoneType>)
    return a;  // the items of an iterable nothing was ever stored in
  else if constexpr (std::is_floating_point_v<T>)
    return a + b;
  else
    return num_add(a, b);  // Number, BigNumber (found where T is declared)
}

// count(start, step): start, start + step, ... (T: a number type).
template <class T>
struct Count {
  using Item = T;
  T value, step;
  bool next(Item& out) {
    out = value;
    value = plus(value, step);
    return true;
  }
};
template <class T>
Count<T> count(T start = T(0), T step = T(1)) {
  return {start, step};
}

// cycle(iterable): its items, then the saved items over and over.
template <PyIterator Inner>
struct Cycle {
  using Item = typename Inner::Item;
  Inner inner;
  List<Item>* saved = List<Item>::make(0);
  bool exhausted = false;
  int64_t index = 0;
  bool next(Item& out) {
    if (!exhausted) {
      if (inner.next(out)) {
        saved->append(out);
        return true;
      }
      exhausted = true;
    }
    if (saved->len == 0) return false;
    out = saved->items[index];
    index = (index + 1) % saved->len;
    return true;
  }
};
template <class Iterable>
auto cycle(const Iterable& iterable) {
  return Cycle<decltype(py_iter(iterable))>{py_iter(iterable)};
}

// repeat(x[, times]): times < 0 (or none given) is forever.
template <class T>
struct Repeat {
  using Item = T;
  T value;
  int64_t remaining;  // -1: forever
  bool next(Item& out) {
    if (remaining == 0) return false;
    if (remaining > 0) --remaining;
    out = value;
    return true;
  }
};
template <class T>
Repeat<T> repeat(T value, int64_t times = -1, bool times_given = false) {
  return {value, times_given && times < 0 ? 0 : times};
}

// chain(a, b, ...): the items of each in turn, as T.
template <class T, PyIterator... Inners>
struct Chain {
  using Item = T;
  std::tuple<Inners...> inners;
  size_t current = 0;
  bool next(Item& out) {
    for (; current < sizeof...(Inners); ++current) {
      if (next_of(out, std::index_sequence_for<Inners...>{})) return true;
    }
    return false;
  }

 private:
  template <size_t... I>
  bool next_of(Item& out, std::index_sequence<I...>) {
    bool got = false;
    ((current == I ? (got = advance(std::get<I>(inners), out)) : false), ...);
    return got;
  }
  template <class Inner>
  static bool advance(Inner& inner, Item& out) {
    typename Inner::Item item{};
    if (!inner.next(item)) return false;
    out = item_as<T>(item);
    return true;
  }
};
template <class T, class... Iterables>
auto chain(const Iterables&... iterables) {
  return Chain<T, decltype(py_iter(iterables))...>{{py_iter(iterables)...}};
}

// chain.from_iterable(iterables): the items of each iterable it yields.
template <class T, PyIterator Outer>
struct ChainFromIterable {
  using Item = T;
  using Sub = typename Outer::Item;
  Outer outer;
  std::optional<decltype(py_iter(std::declval<const Sub&>()))> inner;
  bool next(Item& out) {
    for (;;) {
      if (inner) {
        typename decltype(py_iter(std::declval<const Sub&>()))::Item item{};
        if (inner->next(item)) {
          out = item_as<T>(item);
          return true;
        }
      }
      Sub sub{};
      if (!outer.next(sub)) return false;
      inner.emplace(py_iter(sub));
    }
  }
};
template <class T, class Iterable>
auto chain_from_iterable(const Iterable& iterables) {
  return ChainFromIterable<T, decltype(py_iter(iterables))>{py_iter(iterables), std::nullopt};
}

// islice(iterable, start, stop, step): a stop of None is INT64_MAX.
template <PyIterator Inner>
struct ISlice {
  using Item = typename Inner::Item;
  Inner inner;
  int64_t next_index, stop, step;
  int64_t position = 0;
  bool next(Item& out) {
    if (next_index >= stop) return false;
    Item item{};
    while (position <= next_index) {
      if (!inner.next(item)) {
        stop = 0;  // exhausted: stay so
        return false;
      }
      ++position;
    }
    out = item;
    next_index += step;
    return true;
  }
};
template <class Iterable>
auto islice(const Iterable& iterable, int64_t start, int64_t stop, int64_t step) {
  if (stop < 0)
    raise_value_error(
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (start < 0)
    raise_value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (step <= 0) raise_value_error("Step for islice() must be a positive integer or None.");
  return ISlice<decltype(py_iter(iterable))>{py_iter(iterable), start, stop, step};
}
template <class Iterable>
auto islice(const Iterable& iterable, int64_t stop) {
  return islice(iterable, 0, stop, 1);
}

// accumulate(iterable[, func][, initial=x]): running totals (or func's).
template <class T, PyIterator Inner>
struct Accumulate {
  using Item = T;
  Inner inner;
  T (*func)(const T&, const T&);
  std::optional<T> total;
  bool pending_initial = false;
  bool next(Item& out) {
    if (pending_initial) {
      pending_initial = false;
      out = *total;
      return true;
    }
    typename Inner::Item item{};
    if (!inner.next(item)) return false;
    total = total ? func(*total, item_as<T>(item)) : item_as<T>(item);
    out = *total;
    return true;
  }
};
template <class T, class Iterable>
auto accumulate(const Iterable& iterable, T (*func)(const T&, const T&)) {
  return Accumulate<T, decltype(py_iter(iterable))>{py_iter(iterable), func, std::nullopt};
}
template <class T, class Iterable>
auto accumulate(const Iterable& iterable, T (*func)(const T&, const T&), T initial) {
  return Accumulate<T, decltype(py_iter(iterable))>{py_iter(iterable), func, initial, true};
}

// The tuple `Out` of pool[indices[0]], pool[indices[1]], ...
template <class Out, class T>
Out tuple_of(const List<T>* pool, const std::vector<int64_t>& indices) {
  if constexpr (requires { Out::make(int64_t{}, std::declval<T**>()); }) {
    T* items;
    Out out = Out::make(static_cast<int64_t>(indices.size()), &items);
    for (size_t i = 0; i < indices.size(); ++i) items[i] = pool->items[indices[i]];
    return out;
  } else {
    return [&]<size_t... I>(std::index_sequence<I...>) {
      return Out(pool->items[indices[I]]...);
    }
    (std::make_index_sequence<TupleTraits<Out>::kSize>{});
  }
}

// permutations, combinations, combinations_with_replacement: r-tuples of
// pool positions, in the order of the documentation's equivalent code.
enum class Choose { kPermutations, kCombinations, kWithReplacement };

template <class Out, class T, Choose kChoose>
struct Combinatoric {
  using Item = Out;
  List<T>* pool;
  int64_t r;
  std::vector<int64_t> indices, cycles;
  bool started = false, done = false;

  bool next(Item& out) {
    if (done) return false;
    int64_t n = pool->len;
    if (!started) {
      started = true;
      if (kChoose != Choose::kWithReplacement ? r > n : (n == 0 && r > 0))
        return done = true, false;
      if (kChoose == Choose::kPermutations) {
        for (int64_t i = 0; i < n; ++i) indices.push_back(i);
        for (int64_t i = n; i > n - r; --i) cycles.push_back(i);
      } else {
        for (int64_t i = 0; i < r; ++i) indices.push_back(kChoose == Choose::kCombinations ? i : 0);
      }
    } else if (!advance(n)) {
      return done = true, false;
    }
    std::vector<int64_t> chosen(indices.begin(), indices.begin() + r);
    out = tuple_of<Out>(pool, chosen);
    return true;
  }

 private:
  bool advance(int64_t n) {
    if (kChoose == Choose::kPermutations) {
      for (int64_t i = r - 1; i >= 0; --i) {
        if (--cycles[i] == 0) {
          std::rotate(indices.begin() + i, indices.begin() + i + 1, indices.end());
          cycles[i] = n - i;
        } else {
          std::swap(indices[i], indices[n - cycles[i]]);
          return true;
        }
      }
      return false;
    }
    int64_t i = r - 1;
    if (kChoose == Choose::kCombinations) {
      while (i >= 0 && indices[i] == i + n - r) --i;
      if (i < 0) return false;
      ++indices[i];
      for (int64_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
    } else {
      while (i >= 0 && indices[i] == n - 1) --i;
      if (i < 0) return false;
      int64_t v = indices[i] + 1;
      for (int64_t j = i; j < r; ++j) indices[j] = v;
    }
    return true;
  }
};

template <class Out, Choose kChoose, class T, class Iterable>
Combinatoric<Out, T, kChoose> combinatoric(const Iterable& iterable, int64_t r) {
  if (r < 0) raise_negative_r();
  return {to_list<T>(iterable), r, {}, {}};
}
template <class Out, class T, class Iterable>
auto permutations(const Iterable& iterable, int64_t r) {
  return combinatoric<Out, Choose::kPermutations, T>(iterable, r);
}
template <class Out, class T, class Iterable>
auto permutations(const Iterable& iterable) {
  List<T>* pool = to_list<T>(iterable);
  return Combinatoric<Out, T, Choose::kPermutations>{pool, pool->len, {}, {}};
}
template <class Out, class T, class Iterable>
auto combinations(const Iterable& iterable, int64_t r) {
  return combinatoric<Out, Choose::kCombinations, T>(iterable, r);
}
template <class Out, class T, class Iterable>
auto combinations_with_replacement(const Iterable& iterable, int64_t r) {
  return combinatoric<Out, Choose::kWithReplacement, T>(iterable, r);
}

// product(*pools, repeat=k): `Out` holds one item of each pool (the pools
// repeated k times), the rightmost advancing fastest. Pools are lists of
// their item types; `Out` a Tuple whose items convert from them.
template <class Out, class... Pools>
struct Product {
  using Item = Out;
  std::tuple<Pools...> pools;  // List<T>* each, the repeats included
  std::vector<int64_t> indices = std::vector<int64_t>(sizeof...(Pools), 0);
  bool started = false, done = false;

  bool next(Item& out) {
    if (done) return false;
    if (!started) {
      started = true;
      if (any_empty()) return done = true, false;
    } else {
      int64_t i = static_cast<int64_t>(sizeof...(Pools)) - 1;
      for (; i >= 0; --i) {
        if (++indices[i] < size_of(i)) break;
        indices[i] = 0;
      }
      if (i < 0) return done = true, false;
    }
    out = [&]<size_t... I>(std::index_sequence<I...>) {
      return Out(std::get<I>(pools)->items[indices[I]]...);
    }
    (std::index_sequence_for<Pools...>{});
    return true;
  }

 private:
  bool any_empty() const {
    return std::apply([](const auto&... p) { return ((p->len == 0) || ...); }, pools);
  }
  int64_t size_of(int64_t i) const {
    int64_t n = 0, k = 0;
    std::apply([&](const auto&... p) { ((k++ == i ? (n = p->len) : 0), ...); }, pools);
    return n;
  }
};
template <class Out, class... Pools>
Product<Out, Pools...> product(Pools... pools) {
  return {{pools...}};
}

// groupby(iterable[, key]): (key, the run of items with that key) pairs.
template <class K, PyIterator Inner, class KeyFn>
struct GroupBy {  // KeyFn: K (*)(const T&), the backend's function pointer
  using T = typename Inner::Item;
  using Item = Tuple<K, List<T>*>;
  Inner inner;
  KeyFn key;
  std::optional<T> pending;
  bool started = false;

  bool next(Item& out) {
    if (!started) {
      started = true;
      T first{};
      if (inner.next(first)) pending = first;
    }
    if (!pending) return false;
    K k = key(*pending);
    auto* group = List<T>::make(0);
    group->append(*pending);
    pending.reset();
    T item{};
    while (inner.next(item)) {
      if (!py_eq(key(item), k)) {
        pending = item;
        break;
      }
      group->append(item);
    }
    out = Item(k, group);
    return true;
  }
};
template <class K, class Iterable, class KeyFn>
auto groupby(const Iterable& iterable, KeyFn key) {
  return GroupBy<K, decltype(py_iter(iterable)), KeyFn>{py_iter(iterable), key, std::nullopt};
}

// zip_longest(*iterables, fillvalue=x): tuples until the longest ends, the
// shorter ones giving the fill value.
template <class Out, class Fill, PyIterator... Inners>
struct ZipLongest {
  using Item = Out;
  std::tuple<Inners...> inners;
  Fill fill;
  std::vector<bool> active = std::vector<bool>(sizeof...(Inners), true);
  bool next(Item& out) {
    size_t live = 0;
    out = [&]<size_t... I>(std::index_sequence<I...>) {
      return Out(one<I>(live)...);
    }
    (std::index_sequence_for<Inners...>{});
    return live > 0;
  }

 private:
  template <size_t I>
  std::tuple_element_t<I, typename TupleTraits<Out>::Std> one(size_t& live) {
    using Slot = std::tuple_element_t<I, typename TupleTraits<Out>::Std>;
    if (active[I]) {
      typename std::tuple_element_t<I, std::tuple<Inners...>>::Item item{};
      if (std::get<I>(inners).next(item)) {
        ++live;
        return Slot(item);
      }
      active[I] = false;
    }
    if constexpr (std::is_same_v<Fill, NoneType>)
      return Slot{};  // None, in the slot's type (a reference or None)
    else
      return Slot(fill);
  }
};
template <class Out, class Fill, class... Iterables>
auto zip_longest(Fill fill, const Iterables&... iterables) {
  return ZipLongest<Out, Fill, decltype(py_iter(iterables))...>{{py_iter(iterables)...}, fill};
}

}  // namespace krait::rt::itertools
