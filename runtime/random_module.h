// Python's `random` module: `random.randint(a, b)` is `rt::random::randint(a, b)`.
//
// One Mersenne Twister per program, the module's hidden instance, seeded
// from the operating system at start (as CPython's). Every function draws
// exactly the words CPython 3.11 draws (Modules/_randommodule.c for the
// generator, seeding and getrandbits; Lib/random.py for the rest), so a
// seeded program prints the same numbers as on CPython. Errors are CPython's
// (ValueError "empty range for randrange() ...", IndexError "Cannot choose
// from an empty sequence", ...).
//
// Sequences (choice, sample, choices) are lists, strs, ranges, bytes and
// variadic tuples (`Seq` below: len() and an item by index); sample and
// choices make a list of `Item` (Int for a range's items in --int=big).
#pragma once

#include <cmath>
#include <cstdint>

#include "runtime/big_int.h"
#include "runtime/big_int_ops.h"
#include "runtime/builtins.h"
#include "runtime/bytes.h"
#include "runtime/int_ops.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/var_tuple.h"

namespace krait::rt::random {

// seed(): None draws from the operating system; an int uses all its bits
// (its absolute value); a float, its hash; str/bytes, their bytes followed
// by their SHA-512 digest, as one big-endian int (seed version 2).
void seed();
void seed(int64_t a);
void seed(const Int& a);
void seed(double a);
void seed(Str a);
void seed(const Bytes* a);

uint32_t next_word();
double random();
int64_t getrandbits(int64_t k);
Int getrandbits_big(int64_t k);
// A uniform int in [0, n), n > 0 (random.py's _randbelow_with_getrandbits).
int64_t randbelow(int64_t n);
int64_t randrange(int64_t stop);
int64_t randrange(int64_t start, int64_t stop, int64_t step = 1);
int64_t randint(int64_t a, int64_t b);
double uniform(double a, double b);
double gauss(double mu = 0.0, double sigma = 1.0);
double normalvariate(double mu = 0.0, double sigma = 1.0);
double triangular(double low = 0.0, double high = 1.0);
double triangular(double low, double high, double mode);
double expovariate(double lambd);

[[noreturn]] void raise_empty_choice();
[[noreturn]] void raise_sample_size();

// Index access to the sequences random's functions take.
template <class T>
struct Seq;
template <class T>
struct Seq<List<T>*> {
  using Item = T;
  static constexpr const char* kIndexError = "list index out of range";
  static int64_t size(List<T>* s) { return s->len; }
  static T at(List<T>* s, int64_t i) { return s->items[i]; }
};
template <>
struct Seq<Str> {
  using Item = Str;
  static constexpr const char* kIndexError = "string index out of range";
  static int64_t size(Str s) { return s.len(); }
  static Str at(Str s, int64_t i) { return s[i]; }
};
template <>
struct Seq<Range> {
  using Item = int64_t;
  static constexpr const char* kIndexError = "range object index out of range";
  static int64_t size(const Range& r) { return r.size(); }
  static int64_t at(const Range& r, int64_t i) { return r.start + i * r.step; }
};
template <class T>
struct Seq<VarTuple<T>> {
  using Item = T;
  static constexpr const char* kIndexError = "tuple index out of range";
  static int64_t size(const VarTuple<T>& t) { return t.size; }
  static T at(const VarTuple<T>& t, int64_t i) { return t.items[i]; }
};
template <>
struct Seq<Bytes*> {
  using Item = int64_t;
  static constexpr const char* kIndexError = "index out of range";
  static int64_t size(const Bytes* b) { return b->len; }
  static int64_t at(const Bytes* b, int64_t i) { return static_cast<unsigned char>(b->data[i]); }
};

template <class S>
auto choice(const S& seq) {
  int64_t n = Seq<S>::size(seq);
  if (n == 0) raise_empty_choice();
  return Seq<S>::at(seq, randbelow(n));
}

template <class T>
void shuffle(List<T>* x) {
  for (int64_t i = x->len - 1; i > 0; --i) {
    int64_t j = randbelow(i + 1);
    std::swap(x->items[i], x->items[j]);
  }
}

// sample(population, k): a pool for small populations, else a set of the
// indices chosen so far, exactly as random.py decides between them.
template <class Item, class S>
List<Item>* sample(const S& population, int64_t k) {
  int64_t n = Seq<S>::size(population);
  if (k < 0 || k > n) raise_sample_size();
  auto* result = List<Item>::make(k);
  int64_t setsize = 21;
  if (k > 5) {
    double exponent = std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0));
    setsize += static_cast<int64_t>(std::pow(4.0, exponent));
  }
  if (n <= setsize) {
    auto* pool = List<Item>::make(n);
    for (int64_t i = 0; i < n; ++i) pool->items[i] = Seq<S>::at(population, i);
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = randbelow(n - i);
      result->items[i] = pool->items[j];
      pool->items[j] = pool->items[n - i - 1];
    }
    return result;
  }
  auto* selected = Set<int64_t>::make();
  for (int64_t i = 0; i < k; ++i) {
    int64_t j = randbelow(n);
    while (selected->contains(j)) j = randbelow(n);
    selected->add(j);
    result->items[i] = Seq<S>::at(population, j);
  }
  return result;
}

// choices(population, k=k): floor(random() * n) per item.
template <class Item, class S>
List<Item>* choices(const S& population, int64_t k) {
  double n = static_cast<double>(Seq<S>::size(population));
  auto* result = List<Item>::make(k > 0 ? k : 0);
  for (int64_t i = 0; i < k; ++i) {
    double r = std::floor(random() * n);
    if (n == 0) raise_index_error(Seq<S>::kIndexError);
    result->items[i] = Seq<S>::at(population, static_cast<int64_t>(r));
  }
  return result;
}

[[noreturn]] void raise_weights_mismatch();
void check_weights_total(double total);

// choices(population, weights or cum_weights, k=k): bisect on the cumulative
// weights (each W an int or a float; accumulated in W, as itertools does).
template <class Item, class S, class W>
List<Item>* choices_cumulative(const S& population, List<W>* cum_weights, int64_t k) {
  int64_t n = Seq<S>::size(population);
  if (cum_weights->len != n) raise_weights_mismatch();
  if (n == 0) raise_index_error("list index out of range");
  double total = static_cast<double>(cum_weights->items[n - 1]) + 0.0;
  check_weights_total(total);
  auto* result = List<Item>::make(k > 0 ? k : 0);
  for (int64_t i = 0; i < k; ++i) {
    double x = random() * total;
    int64_t lo = 0, hi = n - 1;  // bisect_right(cum_weights, x, 0, n - 1)
    while (lo < hi) {
      int64_t mid = (lo + hi) / 2;
      if (x < static_cast<double>(cum_weights->items[mid]))
        hi = mid;
      else
        lo = mid + 1;
    }
    result->items[i] = Seq<S>::at(population, lo);
  }
  return result;
}

inline int64_t add_weight(int64_t a, int64_t b) {
  return int_add(a, b);
}
inline double add_weight(double a, double b) {
  return a + b;
}
inline Int add_weight(Int a, Int b) {
  return int_add_big(a, b);
}

template <class W>
List<W>* accumulate_weights(List<W>* weights) {
  auto* out = List<W>::make(weights->len);
  W total{};
  for (int64_t i = 0; i < weights->len; ++i)
    out->items[i] = total = add_weight(total, weights->items[i]);
  return out;
}

}  // namespace krait::rt::random
