// Value ranges of a graph's ints, to remove overflow checks that cannot fail.
//
// Contract: IntRanges runs an interval analysis over one specialization of
// a flow graph (`type_of` gives its values' types; ints are 64-bit, the
// analysis is for `--int=checked`) and answers cannot_overflow(op) for the checked arithmetic of
// `--int=checked`: true only when the exact result of the add, sub, mul
// (and their in-place forms) or neg fits in 64 bits for every value its
// arguments can have. The backend then emits plain C++ arithmetic.
//
// Where ranges come from: int constants; len() of a str, bytes, list,
// tuple, dict or set (at most 2**48: none holds more items than x86-64's
// address space has bytes; a user __len__ may return up to 2**63 - 1);
// ord();
// range() items, through iter() and next(); `x & m` with m >= 0; `x % m`
// with m > 0; `x >> k` of x >= 0; `x // c` for a constant c > 0; sums and
// products that stay in range; and the branches of comparisons (on the
// True exit of `i < n`, i <= n - 1, whatever n is, so the `i += 1` of a
// `while i < n` loop is safe). Block inputs join the values their links
// pass; an input that keeps growing around a loop is widened to the next of
// a few bounds on that side (int_ranges.cc), so the fixpoint comes quickly.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "annotator/types.h"
#include "translator/flowgraph/graph.h"

namespace krait::annotator {

struct Interval {
  int64_t lo = INT64_MIN;
  int64_t hi = INT64_MAX;
  friend bool operator==(const Interval&, const Interval&) = default;
};

class IntRanges {
 public:
  IntRanges(const flow::FunctionGraph& graph, std::function<Type(const flow::Value*)> type_of);

  bool cannot_overflow(const flow::Operation& op) const { return safe_.count(&op) > 0; }

 private:
  using Env = std::map<const flow::Value*, Interval>;
  void run(const flow::FunctionGraph& graph);
  // The range of `v` (a whole-range interval when nothing is known).
  Interval of(const Env& env, const flow::Value* v) const;
  // The result's range; notes the operation as safe when it cannot overflow.
  std::optional<Interval> result_of(const Env& env, const flow::Operation& op);
  // The ranges a link passes, narrowed by the comparison it is a branch of.
  std::vector<std::optional<Interval>> passed(const Env& env, const flow::Block& block,
                                              const flow::Link& link) const;

  bool is_int(const flow::Value* v) const;
  // A builtin container (not a range: len(range(10**18)) is 10**18).
  bool is_sized(const flow::Value* v) const;

  std::function<Type(const flow::Value*)> type_of_;
  // Block inputs' ranges (for range objects and their iterators: their
  // items'), and how often each grew.
  Env inputs_;
  std::map<const flow::Value*, int> growth_;
  std::set<const flow::Operation*> safe_;
};

}  // namespace krait::annotator
