// Int (--int=big): the fast path/slow path boundaries, hashes, text and
// float conversion; every expectation was printed by CPython 3.11.
#include <cmath>

#include "runtime/big_int_ops.h"
#include "runtime/big_int_text.h"
#include "runtime/big_number.h"
#include "runtime/test_util.h"

namespace krait::rt {
namespace {

using testing::R;
using testing::S;

Int big(const char* decimal) {
  return int_from_str_big(Str(decimal));
}

TEST(BigInt, AdditionLeavesTheFastPathExactlyAtTheBoundary) {
  Int max = INT64_MAX, min = INT64_MIN;
  EXPECT_TRUE(int_add_big(max, 0).is_small());
  Int over = int_add_big(max, 1);
  EXPECT_FALSE(over.is_small());
  EXPECT_EQ(S(over), "9223372036854775808");
  EXPECT_EQ(S(int_sub_big(min, 1)), "-9223372036854775809");
  // Back in range: the canonical form is small again.
  Int back = int_sub_big(over, 1);
  EXPECT_TRUE(back.is_small());
  EXPECT_EQ(back.small(), INT64_MAX);
  EXPECT_TRUE(back == max);
}

TEST(BigInt, NegationAndDivisionOfInt64Min) {
  Int min = INT64_MIN;
  EXPECT_EQ(S(int_neg_big(min)), "9223372036854775808");
  EXPECT_EQ(S(abs(min)), "9223372036854775808");
  EXPECT_EQ(S(int_floordiv_big(min, -1)), "9223372036854775808");
  EXPECT_EQ(S(int_mod_big(min, -1)), "0");
  EXPECT_EQ(S(int_mul_big(min, -1)), "9223372036854775808");
  EXPECT_TRUE(int_neg_big(int_neg_big(min)).is_small());
}

TEST(BigInt, FloorDivisionAndModuloTakeTheDivisorsSign) {
  Int a = big("100000000000000000000");  // 10**20
  EXPECT_EQ(S(int_floordiv_big(a, 7)), "14285714285714285714");
  EXPECT_EQ(S(int_mod_big(a, 7)), "2");
  EXPECT_EQ(S(int_floordiv_big(int_neg_big(a), 7)), "-14285714285714285715");
  EXPECT_EQ(S(int_mod_big(int_neg_big(a), 7)), "5");
  EXPECT_EQ(S(int_mod_big(a, -7)), "-5");
  EXPECT_EQ(R(divmod(int_neg_big(a), Int(7))), "(-14285714285714285715, 5)");
  EXPECT_RAISES(int_floordiv_big(a, 0), ZeroDivisionError,
                "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_RAISES(int_mod_big(a, 0), ZeroDivisionError, "ZeroDivisionError: integer modulo by zero");
}

TEST(BigInt, PowersShiftsAndBitsOfNegatives) {
  EXPECT_EQ(S(int_pow_big(2, 100)), "1267650600228229401496703205376");
  EXPECT_TRUE(int_pow_big(2, 62).is_small());
  EXPECT_EQ(S(int_pow_big(-1, big("100000000000000000001"))), "-1");
  EXPECT_EQ(S(int_lshift_big(1, 64)), "18446744073709551616");
  EXPECT_EQ(S(int_rshift_big(int_neg_big(int_pow_big(2, 100)), 98)), "-4");
  EXPECT_EQ(S(int_rshift_big(-1, big("100000000000000000000"))), "-1");
  EXPECT_RAISES(int_lshift_big(1, -1), ValueError, "ValueError: negative shift count");
  Int a = int_add_big(int_neg_big(int_pow_big(2, 100)), 12345);
  Int b = int_sub_big(int_pow_big(2, 90), 1);
  EXPECT_EQ(S(a & b), "12345");
  EXPECT_EQ(S(a | b), "-1266412660188944021221804081153");
  EXPECT_EQ(S(a ^ b), "-1266412660188944021221804093498");
  EXPECT_EQ(S(~a), "1267650600228229401496703193030");
  EXPECT_EQ(S(int_pow_mod(3, big("100000000000000000000000000000"), 1000000007)), "270676942");
  EXPECT_EQ(S(int_pow_mod(3, -1, 7)), "5");
  EXPECT_EQ(S(int_pow_mod(3, 5, -7)), "-2");
  EXPECT_RAISES(int_pow_mod(2, -1, 4), ValueError,
                "ValueError: base is not invertible for the given modulus");
}

TEST(BigInt, HashesAreCPythons) {
  struct Case {
    const char* value;
    int64_t hash;
  };
  const Case cases[] = {
      {"9223372036854775808", 4},
      {"-9223372036854775809", -5},
      {"18446744073709551616", 8},
      {"-18446744073709551616", -8},
      {"2305843009213693951", 0},
      {"1267650600228229401496703205376", 549755813888},
      {"-1267650600228229401496703205376", -549755813888},
      {"1000000000000000000000000000000", 465258685558744706},
      {"-5316911983139663491615228241121378304", -2},
      {"5316911983139663489309385231907684351", 2305843009213693950},
  };
  for (const Case& c : cases) EXPECT_EQ(hash_of(big(c.value)), c.hash) << c.value;
  EXPECT_EQ(hash_of(Int(-1)), -2);
}

TEST(BigInt, ComparisonsAcrossTheBoundaryAndWithFloats) {
  Int over = big("9223372036854775808");
  EXPECT_TRUE(Int(INT64_MAX) < over);
  EXPECT_TRUE(over > INT64_MAX);
  EXPECT_TRUE(int_neg_big(over) == Int(INT64_MIN));
  EXPECT_TRUE(big("-9223372036854775809") < INT64_MIN);
  Int p53 = int_add_big(int_pow_big(2, 53), 1);
  EXPECT_FALSE(py_eq(p53, 9007199254740992.0));
  EXPECT_TRUE(py_lt(9007199254740992.0, p53));
  EXPECT_TRUE(py_eq(over, 9223372036854775808.0));
  EXPECT_TRUE(py_lt(over, INFINITY));
  EXPECT_FALSE(py_lt(over, NAN));
  EXPECT_FALSE(py_lt(NAN, over));
}

TEST(BigInt, FloatConversionRoundsHalfToEven) {
  EXPECT_EQ(R(static_cast<double>(big("18446744073709553664"))), "1.8446744073709552e+19");
  EXPECT_EQ(R(static_cast<double>(big("18446744073709553665"))), "1.8446744073709556e+19");
  EXPECT_EQ(R(static_cast<double>(big("18446744073709557760"))), "1.844674407370956e+19");
  EXPECT_RAISES(static_cast<double>(int_pow_big(2, 1024)), OverflowError,
                "OverflowError: int too large to convert to float");
  EXPECT_EQ(S(float_to_int_big(1e30)), "1000000000000000019884624838656");
}

TEST(BigInt, TrueDivisionIsCorrectlyRounded) {
  EXPECT_EQ(R(int_truediv_big(0, -5)), "-0.0");
  EXPECT_EQ(R(int_truediv_big(int_pow_big(10, 400), int_pow_big(10, 399))), "10.0");
  EXPECT_EQ(R(int_truediv_big(int_add_big(int_pow_big(2, 53), 1), 3)), "3002399751580331.0");
  EXPECT_EQ(R(int_truediv_big(int_add_big(int_neg_big(int_pow_big(2, 80)), 1), 7)),
            "-1.727036885163756e+23");
  EXPECT_EQ(R(int_truediv_big(1, int_mul_big(3, int_pow_big(2, 1070)))), "2.5e-323");
  EXPECT_EQ(R(int_truediv_big(1, int_mul_big(3, int_pow_big(2, 1100)))), "0.0");
  EXPECT_EQ(R(int_truediv_big(int_pow_big(2, 1100), int_pow_big(3, 700))), "0.0014064261301652214");
  EXPECT_RAISES(int_truediv_big(int_pow_big(10, 400), 1), OverflowError,
                "OverflowError: integer division result too large for a float");
  EXPECT_RAISES(int_truediv_big(1, 0), ZeroDivisionError, "ZeroDivisionError: division by zero");
}

TEST(BigInt, TextOfHugeNumbers) {
  Int x = int_pow_big(7, 5000);
  std::string s = S(x);
  EXPECT_EQ(s.size(), 4226u);
  EXPECT_EQ(s.substr(0, 20), "30917194013597692114");
  EXPECT_EQ(s.substr(s.size() - 20), "79025402256403000001");
  EXPECT_TRUE(int_from_str_big(Str(s)) == x);
  EXPECT_RAISES(S(int_pow_big(10, 4300)), ValueError,
                "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
                "sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(S(int_hex(int_neg_big(int_pow_big(2, 70)))), "-0x400000000000000000");
  EXPECT_EQ(S(format(int_pow_big(2, 70), Str(","))), "1,180,591,620,717,411,303,424");
  EXPECT_EQ(S(int_from_str_big(Str(" -0x_ffff_ffff_ffff_ffff_ff "), 0)), "-4722366482869645213695");
}

TEST(BigInt, IndexConversionsRaiseCPythonsErrors) {
  Int huge = int_pow_big(2, 100);
  EXPECT_RAISES(index_of(huge), IndexError,
                "IndexError: cannot fit 'int' into an index-sized integer");
  EXPECT_RAISES(repeat_count(huge), OverflowError,
                "OverflowError: cannot fit 'int' into an index-sized integer");
  EXPECT_RAISES(static_cast<int64_t>(huge), OverflowError,
                "OverflowError: Python int too large to convert to C ssize_t");
}

TEST(BigNumber, IntsStayExact) {
  BigNumber n = num_pow(BigNumber(3), BigNumber(50));
  EXPECT_EQ(S(n), "717897987691852588770249");
  EXPECT_EQ(R(num_pow(BigNumber(2), BigNumber(-2))), "0.25");
  EXPECT_EQ(R(num_add(n, BigNumber(0.5))), "7.178979876918526e+23");
}

}  // namespace
}  // namespace krait::rt
