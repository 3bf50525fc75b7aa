// Set table order and algebra; every expectation was printed by
// /usr/bin/python3 (3.11) with PYTHONHASHSEED=0.
#include "runtime/set.h"

#include "runtime/test_util.h"

namespace krait::rt {
namespace {

using testing::R;
using SI = Set<int64_t>;

template <class T>
std::string order(const Set<T>* s) {
  return R(to_list<T>(s));
}

TEST(Set, TableOrder) {
  EXPECT_EQ(R(SI::of_constants({33, 1, 17, 9})), "{33, 17, 9, 1}");
  EXPECT_EQ(R(Set<Str>::of_constants({"apple", "banana", "cherry", "date", "elder", "fig"})),
            "{'banana', 'fig', 'cherry', 'apple', 'elder', 'date'}");
  EXPECT_EQ(R(SI::of_constants({-1, -2, int64_t{1} << 40, -(int64_t{1} << 40), 7})),
            "{1099511627776, -1099511627776, -1, 7, -2}");
  using TI = Tuple<int64_t, int64_t>;
  EXPECT_EQ(R(Set<TI>::of_constants({TI(1, 2), TI(3, 4), TI(-1, 0), TI(0, 0)})),
            "{(-1, 0), (1, 2), (3, 4), (0, 0)}");
}

TEST(Set, OrderOfAdds) {
  SI* s = SI::make();
  for (int64_t x : {33, 1, 17, 9}) s->add(x);
  EXPECT_EQ(R(s), "{33, 9, 1, 17}");
  EXPECT_EQ(R(SI::of({33, 1, 17, 9})), "{33, 9, 1, 17}");  // {a, b, c, d} of variables
}

TEST(Set, OrderAfterRemovalsAndGrowth) {
  SI* s = set_from<int64_t>(range(20));
  for (int64_t i = 0; i < 20; i += 2) s->remove(i);
  s->add(100);
  s->add(-3);
  s->add(40);
  EXPECT_EQ(order(s), "[1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 40, 100, -3]");
  SI* g = SI::make();
  for (int64_t i = 0; i < 200; i += 7) g->add(i * 37 % 101 - 50);
  EXPECT_EQ(order(g),
            "[2, 5, 7, 10, 15, 18, 20, 23, 28, 31, 33, 36, 41, 46, 49, -50, -47, -42, -39, -37, "
            "-34, -29, -26, -24, -21, -16, -11, -8, -3]");
  SI* e = set_from<int64_t>(List<int64_t>::of({8, 16, 1}));
  e->discard(8);
  e->add(24);
  e->add(32);
  EXPECT_EQ(order(e), "[24, 16, 32, 1]");
  SI* d = set_from<int64_t>(range(50));
  set_difference_update(d, range(0, 50, 3));
  EXPECT_EQ(order(d),
            "[1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, "
            "34, 35, 37, 38, 40, 41, 43, 44, 46, 47, 49]");
}

TEST(Set, CopyAndPop) {
  SI* c = SI::of_constants({8, 16, 24, 32, 40});
  EXPECT_EQ(order(c), "[32, 16, 8, 24, 40]");
  EXPECT_EQ(order(set_copy(c)), "[32, 16, 8, 24, 40]");
  SI* p = SI::of_constants({5, 13, 21, 3});
  std::string popped;
  for (int i = 0; i < 4; ++i) popped += R(p->pop()) + " ";
  EXPECT_EQ(popped, "5 21 3 13 ");
  EXPECT_RAISES(p->pop(), KeyError, "KeyError: 'pop from an empty set'");
  EXPECT_RAISES(p->remove(7), KeyError, "KeyError: 7");
  EXPECT_EQ(R(p), "set()");
}

TEST(Set, Algebra) {
  SI* a = SI::of_constants({1, 9, 17, 25, 4});
  SI* b = SI::of_constants({25, 4, 100, 33, 2, 8, 64});
  EXPECT_EQ(order(set_union(a, b)), "[64, 1, 33, 2, 4, 100, 8, 9, 17, 25]");
  EXPECT_EQ(order(set_union(b, a)), "[64, 33, 2, 1, 100, 4, 8, 9, 17, 25]");
  EXPECT_EQ(order(set_intersection(a, b)), "[25, 4]");
  EXPECT_EQ(order(set_difference(a, b)), "[1, 17, 9]");
  EXPECT_EQ(order(set_difference(b, a)), "[64, 33, 2, 100, 8]");
  EXPECT_EQ(order(set_symmetric_difference(a, b)), "[64, 1, 2, 8, 9, 17, 33, 100]");
  EXPECT_EQ(order(set_symmetric_difference(b, a)), "[64, 1, 2, 8, 9, 17, 33, 100]");
  EXPECT_TRUE(set_lt(SI::of({4, 25}), a));
  EXPECT_FALSE(set_le(a, b));
  EXPECT_TRUE(py_eq(SI::of({4, 25}), set_intersection(b, a)));
}

TEST(Set, FrozensetHashAndRepr) {
  SI* f = SI::of_constants({1, 2, 3});
  f->frozen = true;
  EXPECT_EQ(hash_of(f), -272375401224217160);
  EXPECT_EQ(hash_of(SI::make(true)), 133146708735736);
  auto* fs = Set<Str>::of({"a", "b"});
  fs->frozen = true;
  EXPECT_EQ(hash_of(fs), 1679668661828516449);
  EXPECT_EQ(R(f), "frozenset({1, 2, 3})");
  EXPECT_EQ(R(SI::make(true)), "frozenset()");
}

TEST(Set, ChangedSizeDuringIteration) {
  SI* s = SI::of({1, 2});
  auto it = py_iter(s);
  int64_t x = 0;
  EXPECT_TRUE(it.next(x));
  s->add(3);
  EXPECT_RAISES(it.next(x), RuntimeError, "RuntimeError: Set changed size during iteration");
}

}  // namespace
}  // namespace krait::rt
