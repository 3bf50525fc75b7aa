// List, tuple and the iteration builtins; expectations from CPython 3.11.
#include "runtime/builtins.h"
#include "runtime/iterators.h"
#include "runtime/test_util.h"

namespace krait::rt {
namespace {

using testing::R;
using testing::S;
using IntList = List<int64_t>;

IntList* six() {
  return IntList::of({1, 2, 3, 4, 5, 6});
}

TEST(List, IndexAndErrors) {
  IntList* l = IntList::of({10, 20, 30});
  EXPECT_EQ(l->get(-1), 30);
  l->set(-3, 5);
  EXPECT_EQ(R(l), "[5, 20, 30]");
  EXPECT_RAISES(l->get(3), IndexError, "IndexError: list index out of range");
  EXPECT_RAISES(l->get(-4), IndexError, "IndexError: list index out of range");
  EXPECT_RAISES(l->set(3, 1), IndexError, "IndexError: list assignment index out of range");
  EXPECT_RAISES(IntList::make(0)->pop(), IndexError, "IndexError: pop from empty list");
  EXPECT_RAISES(l->pop(5), IndexError, "IndexError: pop index out of range");
  EXPECT_RAISES(l->index(7), ValueError, "ValueError: 7 is not in list");
  EXPECT_RAISES(List<Str>::of({"a"})->index(Str("b")), ValueError,
                "ValueError: 'b' is not in list");
  EXPECT_RAISES(l->remove(7), ValueError, "ValueError: list.remove(x): x not in list");
}

TEST(List, Slices) {
  EXPECT_EQ(R(six()->slice({std::nullopt, std::nullopt, -1})), "[6, 5, 4, 3, 2, 1]");
  EXPECT_EQ(R(IntList::of({1, 2, 3, 4, 5})->slice({-2, std::nullopt, -2})), "[4, 2]");
  IntList* l = six();
  l->del_slice({1, 5, 2});
  EXPECT_EQ(R(l), "[1, 3, 5, 6]");
  l = six();
  l->del_slice({std::nullopt, std::nullopt, -2});
  EXPECT_EQ(R(l), "[1, 3, 5]");
  l = six();
  l->set_slice({1, 3}, IntList::of({9, 9, 9}));
  EXPECT_EQ(R(l), "[1, 9, 9, 9, 4, 5, 6]");
  l = six();
  l->set_slice({std::nullopt, std::nullopt, 2}, IntList::of({7, 8, 9}));
  EXPECT_EQ(R(l), "[7, 2, 8, 4, 9, 6]");
  l = six();
  l->set_slice({4, 1}, IntList::of({0}));
  EXPECT_EQ(R(l), "[1, 2, 3, 4, 0, 5, 6]");
  EXPECT_RAISES(
      IntList::of({1, 2, 3})->set_slice({std::nullopt, std::nullopt, 2}, IntList::of({1})),
      ValueError, "ValueError: attempt to assign sequence of size 1 to extended slice of size 2");
}

TEST(List, Methods) {
  IntList* l = IntList::of({1, 2, 3});
  l->insert(-10, 0);
  l->insert(100, 9);
  l->insert(-1, 7);
  EXPECT_EQ(R(l), "[0, 1, 2, 3, 7, 9]");
  l->extend(l);
  EXPECT_EQ(l->size(), 12);
  EXPECT_EQ(l->count(7), 2);
  EXPECT_EQ(l->index(7, 5), 10);
  l->reverse();
  EXPECT_EQ(l->pop(0), 9);
  l->clear();
  EXPECT_EQ(R(l), "[]");
  EXPECT_EQ(R(list_concat(IntList::of({1, 2}), IntList::of({3}))), "[1, 2, 3]");
  EXPECT_EQ(R(list_repeat(IntList::of({1, 2}), 2)), "[1, 2, 1, 2]");
  IntList* m = IntList::of({1, 2});
  list_imul(m, 3);
  EXPECT_EQ(R(m), "[1, 2, 1, 2, 1, 2]");
  EXPECT_TRUE(contains(m, int64_t{2}));
  EXPECT_FALSE(contains(m, int64_t{3}));
}

TEST(List, CompareAndRepr) {
  EXPECT_TRUE(py_lt(IntList::of({1, 2}), IntList::of({1, 3})));
  EXPECT_TRUE(py_lt(IntList::of({1, 2}), IntList::of({1, 2, 0})));
  auto* a = List<IntList*>::of({IntList::of({1}), IntList::of({2})});
  auto* b = List<IntList*>::of({IntList::of({1}), IntList::of({2})});
  EXPECT_TRUE(py_eq(a, b));
  EXPECT_EQ(R(List<double>::of({1.0, 2.5, -0.0, 1e16})), "[1.0, 2.5, -0.0, 1e+16]");
  EXPECT_EQ(R(List<Str>::of({"a", Str(), "it's"})), "['a', None, \"it's\"]");
  EXPECT_EQ(R(List<Tuple<int64_t>>::of({Tuple<int64_t>(1)})), "[(1,)]");
  EXPECT_EQ(R(list_from_str(Str("hé"))), "['h', 'é']");
}

TEST(List, SortIsStable) {
  auto* ws = List<Str>::of({"bb", "a", "ccc", "dd", "e"});
  auto by_len = [](Str s) { return s.len(); };
  EXPECT_EQ(R(sorted(ws, by_len)), "['a', 'e', 'bb', 'dd', 'ccc']");
  EXPECT_EQ(R(sorted(ws, by_len, true)), "['ccc', 'bb', 'dd', 'a', 'e']");
  EXPECT_EQ(R(sorted(IntList::of({3, 1, 2}), true)), "[3, 2, 1]");
  EXPECT_EQ(R(ws), "['bb', 'a', 'ccc', 'dd', 'e']");
}

TEST(List, IterationSeesAppends) {
  IntList* l = IntList::of({1, 2});
  int64_t seen = 0;
  for (int64_t x : *l) {
    if (x < 4) l->append(x + 2);
    ++seen;
  }
  EXPECT_EQ(seen, 5);
}

TEST(Tuple, Basics) {
  Tuple<int64_t, Str, double> t(1, "a", 2.5);
  auto [i, s, d] = t;
  EXPECT_EQ(i, 1);
  EXPECT_EQ(S(s), "a");
  EXPECT_EQ(d, 2.5);
  EXPECT_EQ(R(t), "(1, 'a', 2.5)");
  EXPECT_EQ(R(Tuple<>()), "()");
  EXPECT_TRUE(py_lt(Tuple<int64_t, Str>(1, "b"), Tuple<int64_t, Str>(2, "a")));
  EXPECT_TRUE(py_lt(Tuple<int64_t, Str>(1, "a"), Tuple<int64_t, Str>(1, "b")));
  EXPECT_TRUE(py_eq(Tuple<int64_t, Str>(1, "a"), Tuple<int64_t, Str>(1, "a")));
  EXPECT_EQ(tuple_getitem(Tuple<int64_t, int64_t>(4, 5), -1), 5);
  EXPECT_RAISES(tuple_getitem(Tuple<int64_t, int64_t>(4, 5), 2), IndexError,
                "IndexError: tuple index out of range");
  static_assert(kPointerFree<Tuple<int64_t, double>>);
  static_assert(!kPointerFree<Tuple<int64_t, Str>>);
}

TEST(Builtins, Iteration) {
  EXPECT_EQ(R(range(10, 0, -3).to_list()), "[10, 7, 4, 1]");
  EXPECT_EQ(len(range(0, 10, 3)), 4);
  EXPECT_EQ(len(range(5, 0)), 0);
  EXPECT_EQ(len(range(INT64_MIN, INT64_MAX, INT64_MAX)), 3);
  EXPECT_TRUE(range(10, 0, -3).contains(4));
  EXPECT_FALSE(range(10, 0, -3).contains(5));
  EXPECT_RAISES(range(1, 2, 0), ValueError, "ValueError: range() arg 3 must not be zero");
  std::string out;
  auto numbered = enumerate(List<Str>::of({"a", "b"}), 1);
  for (Tuple<int64_t, Str> t; numbered.next(t);) out += S(std::get<0>(t)) + S(std::get<1>(t)) + " ";
  auto pairs = zip(IntList::of({1, 2, 3}), List<Str>::of({"a", "b"}));
  for (Tuple<int64_t, Str> t; pairs.next(t);) out += R(t);
  auto backwards = reversed(IntList::of({1, 2, 3}));
  for (int64_t x; backwards.next(x);) out += S(x);
  auto items = tuple_iter<double>(Tuple<int64_t, double>(1, 2.5));
  for (double x; items.next(x);) out += S(x) + " ";
  EXPECT_EQ(out, "1a 2b (1, 'a')(2, 'b')3211.0 2.5 ");
}

TEST(Builtins, Reductions) {
  EXPECT_EQ(S(sum(List<double>::of({0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}))),
            "0.9999999999999999");
  EXPECT_EQ(min(int64_t{3}, int64_t{1}, int64_t{2}), 1);
  EXPECT_EQ(max(IntList::of({1, 5, 3})), 5);
  EXPECT_EQ(S(min(List<Str>::of({"b", "a", "c"}))), "a");
  EXPECT_RAISES(max(IntList::make(0)), ValueError, "ValueError: max() arg is an empty sequence");
  EXPECT_RAISES(sum(IntList::of({INT64_MAX, 1})), OverflowError, "OverflowError: integer overflow");
  EXPECT_EQ(ord(Str("€")), 8364);
  EXPECT_EQ(S(chr(128512)), "😀");
  EXPECT_RAISES(ord(Str("ab")), TypeError,
                "TypeError: ord() expected a character, but string of length 2 found");
  EXPECT_RAISES(chr(-1), ValueError, "ValueError: chr() arg not in range(0x110000)");
}

}  // namespace
}  // namespace krait::rt
