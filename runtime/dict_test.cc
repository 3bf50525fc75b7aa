// Dict behaviour; expectations from CPython 3.11.
#include "runtime/dict.h"

#include "runtime/test_util.h"

namespace krait::rt {
namespace {

using testing::R;
using SI = Dict<Str, int64_t>;

TEST(Dict, InsertionOrderAndDeletion) {
  SI* d = SI::of({{"a", 1}, {"b", 2}, {"c", 3}});
  d->del_item("a");
  d->set_item("a", 4);
  EXPECT_EQ(R(d), "{'b': 2, 'c': 3, 'a': 4}");
  EXPECT_EQ(R(d->items_list()), "[('b', 2), ('c', 3), ('a', 4)]");
  EXPECT_EQ(R(d->popitem()), "('a', 4)");
  EXPECT_EQ(R(d), "{'b': 2, 'c': 3}");
  d->set_item("z", 9);
  EXPECT_EQ(R(d->keys_list()), "['b', 'c', 'z']");
  EXPECT_EQ(R(d->values_list()), "[2, 3, 9]");
}

TEST(Dict, ErrorsAreCPythons) {
  SI* d = SI::make();
  EXPECT_RAISES(d->get_item("k"), KeyError, "KeyError: 'k'");
  EXPECT_RAISES(d->del_item("k"), KeyError, "KeyError: 'k'");
  EXPECT_RAISES(d->pop("k"), KeyError, "KeyError: 'k'");
  EXPECT_RAISES(d->popitem(), KeyError, "KeyError: 'popitem(): dictionary is empty'");
  EXPECT_RAISES((Dict<int64_t, int64_t>::make()->get_item(3)), KeyError, "KeyError: 3");
}

TEST(Dict, Methods) {
  SI* d = SI::make();
  EXPECT_EQ(d->get("x", 5), 5);
  EXPECT_EQ(d->setdefault("x", 7), 7);
  EXPECT_EQ(d->setdefault("x", 8), 7);
  EXPECT_EQ(d->pop("x", 1), 7);
  EXPECT_EQ(d->pop("x", 1), 1);
  SI* e = SI::of({{"p", 1}, {"q", 2}});
  d->update(e);
  EXPECT_TRUE(py_eq(d, e));
  EXPECT_TRUE(py_eq(d->copy(), SI::of({{"q", 2}, {"p", 1}})));
  EXPECT_FALSE(py_eq(d, SI::of({{"q", 2}, {"p", 3}})));
  d->clear();
  EXPECT_EQ(R(d), "{}");
  EXPECT_TRUE(contains(e, Str("q")));
}

TEST(Dict, ManyKeysResizeAndStayOrdered) {
  auto* d = Dict<int64_t, int64_t>::make();
  for (int64_t i = 0; i < 1000; ++i) d->set_item(i * 7919 % 1000, i);
  for (int64_t i = 0; i < 1000; i += 2) d->del_item(i);
  EXPECT_EQ(d->size(), 500);
  int64_t previous = -1;
  bool ordered = true;
  for (auto [k, v] : d->items()) {
    ordered = ordered && v > previous;
    previous = v;
    (void)k;
  }
  EXPECT_TRUE(ordered);
  EXPECT_EQ(d->get_item(7919 % 1000), 1);
}

TEST(Dict, TupleKeysAndNestedValues) {
  auto* d = Dict<Tuple<int64_t, Str>, List<double>*>::make();
  d->set_item({1, "x"}, List<double>::of({1.5}));
  d->set_item({2, "y"}, List<double>::make(0));
  EXPECT_EQ(R(d), "{(1, 'x'): [1.5], (2, 'y'): []}");
  EXPECT_EQ(d->get_item({1, "x"})->get(0), 1.5);
}

TEST(Dict, ChangedSizeDuringIteration) {
  SI* d = SI::of({{"a", 1}, {"b", 2}});
  EXPECT_RAISES(for (Str k
                     : *d) d->set_item(k + Str("!"), 0),
                RuntimeError, "RuntimeError: dictionary changed size during iteration");
}

}  // namespace
}  // namespace krait::rt
