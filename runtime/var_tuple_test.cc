// Variable-length tuples (VarTuple); expectations from CPython 3.11.
#include "runtime/var_tuple.h"

#include "runtime/builtins.h"
#include "runtime/iterators.h"
#include "runtime/test_util.h"

namespace krait::rt {
namespace {

using testing::R;
using testing::S;
using Ints = VarTuple<int64_t>;
using Strs = VarTuple<Str>;

TEST(VarTuple, ReprAndLength) {
  EXPECT_EQ(R(Ints{}), "()");
  EXPECT_EQ(R(Strs::of({"a"})), "('a',)");
  EXPECT_EQ(S(Strs::of({"a", "b"})), "('a', 'b')");
  EXPECT_EQ(len(Ints::of({1, 2, 3})), 3);
  EXPECT_FALSE(truthy(Ints{}));
  EXPECT_TRUE(truthy(Ints::of({0})));
}

TEST(VarTuple, IndexAndSlice) {
  Ints t = Ints::of({10, 20, 30});
  EXPECT_EQ(t.get(-1), 30);
  EXPECT_EQ(t.get(0), 10);
  EXPECT_RAISES(t.get(3), IndexError, "IndexError: tuple index out of range");
  EXPECT_RAISES(t.get(-4), IndexError, "IndexError: tuple index out of range");
  EXPECT_EQ(R(t.slice({1, std::nullopt, 1})), "(20, 30)");
  EXPECT_EQ(R(t.slice({std::nullopt, std::nullopt, -1})), "(30, 20, 10)");
  EXPECT_EQ(R(t.slice({5, std::nullopt, 1})), "()");
  EXPECT_RAISES(t.slice({std::nullopt, std::nullopt, 0}), ValueError,
                "ValueError: slice step cannot be zero");
}

TEST(VarTuple, CompareAndContains) {
  EXPECT_TRUE(py_eq(Ints::of({1, 2}), Ints::of({1, 2})));
  EXPECT_FALSE(py_eq(Ints::of({1, 2}), Ints::of({1, 2, 3})));
  EXPECT_TRUE(py_lt(Ints::of({1, 2}), Ints::of({1, 2, 3})));
  EXPECT_TRUE(py_lt(Ints{}, Ints::of({0})));
  EXPECT_FALSE(py_lt(Ints::of({1, 3}), Ints::of({1, 2, 3})));
  EXPECT_TRUE(py_eq(Strs::of({"a", "b"}), Tuple<Str, Str>("a", "b")));
  EXPECT_TRUE(contains(Strs::of({"diary", "book"}), Str("book")));
  EXPECT_FALSE(contains(Strs{}, Str("book")));
  EXPECT_EQ(Ints::of({1, 2, 1}).count(1), 2);
  EXPECT_EQ(Ints::of({1, 2, 1}).index(2), 1);
  EXPECT_RAISES(Ints::of({1}).index(5), ValueError, "ValueError: tuple.index(x): x not in tuple");
}

TEST(VarTuple, HashIsCPythons) {  // the same as the fixed tuples of the same items
  EXPECT_EQ(hash_of(Ints::of({1, 2})), -3550055125485641917);
  EXPECT_EQ(hash_of(Ints{}), 5740354900026072187);
  EXPECT_EQ(hash_of(Ints::of({1})), -6644214454873602895);
}

TEST(VarTuple, ConcatRepeatConvert) {
  EXPECT_EQ(R(vartuple_concat(Ints::of({1}), Ints::of({2, 3}))), "(1, 2, 3)");
  EXPECT_EQ(R(vartuple_repeat(Ints::of({1, 2}), 3)), "(1, 2, 1, 2, 1, 2)");
  EXPECT_EQ(R(vartuple_repeat(Ints::of({1, 2}), -1)), "()");
  EXPECT_EQ(R(Strs::from(Tuple<Str, Str>("x", "y"))), "('x', 'y')");
  EXPECT_EQ(R(vartuple_as<double>(Ints::of({1, 2}))), "(1.0, 2.0)");
}

TEST(VarTuple, IterationAndUnpacking) {
  int64_t total = 0;
  auto it = py_iter(Ints::of({1, 2, 3}));
  int64_t x = 0;
  while (it.next(x)) total += x;
  EXPECT_EQ(total, 6);
  EXPECT_EQ(R(sorted(Ints::of({3, 1, 2}))), "[1, 2, 3]");
  EXPECT_RAISES(check_unpack(len(Ints::of({1})), 2), ValueError,
                "ValueError: not enough values to unpack (expected 2, got 1)");
  EXPECT_RAISES(check_unpack(len(Ints::of({1, 2, 3})), 2), ValueError,
                "ValueError: too many values to unpack (expected 2)");
}

}  // namespace
}  // namespace krait::rt
