// hash() values, checked against `PYTHONHASHSEED=0 python3.11 -c 'print(hash(x))'`.
#include "runtime/hash.h"

#include <cmath>

#include "runtime/test_util.h"
#include "runtime/tuple.h"

namespace krait::rt {
namespace {

TEST(Hash, Int) {
  EXPECT_EQ(hash_of(int64_t{0}), 0);
  EXPECT_EQ(hash_of(int64_t{1}), 1);
  EXPECT_EQ(hash_of(int64_t{-1}), -2);
  EXPECT_EQ(hash_of(int64_t{(1LL << 61) - 1}), 0);
  EXPECT_EQ(hash_of(int64_t{1LL << 61}), 1);
  EXPECT_EQ(hash_of(INT64_MIN), -4);
  EXPECT_EQ(hash_of(INT64_MAX), 3);
  EXPECT_EQ(hash_of(true), 1);
}

TEST(Hash, Float) {
  EXPECT_EQ(hash_of(1.0), 1);
  EXPECT_EQ(hash_of(-1.0), -2);
  EXPECT_EQ(hash_of(0.5), 1152921504606846976);
  EXPECT_EQ(hash_of(-1.5), -1152921504606846977);
  EXPECT_EQ(hash_of(1e300), 1224995262755759164);
  EXPECT_EQ(hash_of(1e-300), 482449582752280463);
  EXPECT_EQ(hash_of(-INFINITY), -314159);
  EXPECT_EQ(hash_of(1.5), 1152921504606846977);
}

TEST(Hash, StrIsSipHash13WithSeedZero) {
  EXPECT_EQ(hash_of(Str("")), 0);
  EXPECT_EQ(hash_of(Str("a")), 4644417185603328019);
  EXPECT_EQ(hash_of(Str("abc")), -4594863902769663758);
  EXPECT_EQ(hash_of(Str("abcdefgh")), 4574395652268504554);
  EXPECT_EQ(hash_of(Str("abcdefghi")), -532774252720507163);
  EXPECT_EQ(hash_of(Str("é")), 6047309291227476195);   // Latin-1 width
  EXPECT_EQ(hash_of(Str("€")), -5529981157763016009);  // UCS-2 width
  EXPECT_EQ(hash_of(Str("€uro")), 7542247858446192590);
  EXPECT_EQ(hash_of(Str("😀")), -3536540696076613844);  // UCS-4 width
  EXPECT_EQ(hash_of(Str("😀x")), -8926728262118538918);
}

TEST(Hash, Tuple) {
  EXPECT_EQ(hash_of(Tuple<int64_t, int64_t>(1, 2)), -3550055125485641917);
  EXPECT_EQ(hash_of(Tuple<>()), 5740354900026072187);
  EXPECT_EQ(hash_of(Tuple<int64_t>(1)), -6644214454873602895);
  EXPECT_EQ(hash_of(Tuple<Str, double, bool>("a", 1.5, true)), 267155094819734339);
  using Inner = Tuple<int64_t, int64_t>;
  EXPECT_EQ(hash_of(Tuple<Inner, int64_t>(Inner(1, 2), 3)), -333907151259015829);
}

}  // namespace
}  // namespace krait::rt
