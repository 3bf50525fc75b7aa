// int and float arithmetic, rounding and conversions; expectations from CPython 3.11.
#include <cmath>

#include "runtime/builtins.h"
#include "runtime/convert.h"
#include "runtime/float_ops.h"
#include "runtime/int_ops.h"
#include "runtime/test_util.h"

namespace krait::rt {
namespace {

using testing::R;
using testing::S;

TEST(IntOps, FloorDivisionAndModulo) {
  EXPECT_EQ(int_floordiv(-7, 2), -4);
  EXPECT_EQ(int_mod(-7, 2), 1);
  EXPECT_EQ(int_floordiv(7, -2), -4);
  EXPECT_EQ(int_mod(7, -2), -1);
  EXPECT_EQ(int_mod(INT64_MIN, -1), 0);
  EXPECT_EQ(R(divmod(int64_t{-7}, int64_t{2})), "(-4, 1)");
  EXPECT_RAISES(int_floordiv(1, 0), ZeroDivisionError,
                "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_RAISES(int_mod(1, 0), ZeroDivisionError, "ZeroDivisionError: integer modulo by zero");
  EXPECT_RAISES(divmod(int64_t{1}, int64_t{0}), ZeroDivisionError,
                "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_RAISES(int_truediv(1, 0), ZeroDivisionError, "ZeroDivisionError: division by zero");
}

TEST(IntOps, OverflowIsCheckedUnlessWrapped) {
  EXPECT_RAISES(int_add(INT64_MAX, 1), OverflowError, "OverflowError: integer overflow");
  EXPECT_RAISES(int_mul(int64_t{1} << 32, int64_t{1} << 31), OverflowError,
                "OverflowError: integer overflow");
  EXPECT_RAISES(int_floordiv(INT64_MIN, -1), OverflowError, "OverflowError: integer overflow");
  EXPECT_RAISES(int_pow(2, 63), OverflowError, "OverflowError: integer overflow");
  EXPECT_RAISES(int_lshift(1, 63), OverflowError, "OverflowError: integer overflow");
  EXPECT_RAISES(int_lshift(1, -1), ValueError, "ValueError: negative shift count");
  EXPECT_EQ(int_pow(2, 62), 4611686018427387904);
  EXPECT_EQ(int_lshift(-3, 2), -12);
  EXPECT_EQ(int_rshift(-7, 1), -4);
  EXPECT_EQ(int_rshift(-7, 100), -1);
  EXPECT_EQ(int_add_wrap(INT64_MAX, 1), INT64_MIN);
  EXPECT_EQ(int_mul_wrap(int64_t{1} << 62, 4), 0);
  EXPECT_EQ(int_floordiv_wrap(INT64_MIN, -1), INT64_MIN);
  EXPECT_EQ(int_pow_mod(3, 4, 5), 1);
  EXPECT_EQ(int_pow_mod(-3, 3, 7), 1);
  EXPECT_EQ(int_pow_mod(3, 3, -7), -1);
}

TEST(FloatOps, DivisionModuloPower) {
  EXPECT_EQ(float_floordiv(-7.5, 2), -4.0);
  EXPECT_EQ(float_mod(-7.5, 2), 0.5);
  EXPECT_EQ(float_mod(7.5, -2), -0.5);
  EXPECT_EQ(R(divmod(7.5, -2.0)), "(-4.0, -0.5)");
  EXPECT_EQ(S(float_mod(-0.0, 5)), "0.0");
  EXPECT_EQ(S(float_mod(0.0, -5)), "-0.0");
  EXPECT_RAISES(float_div(1, 0), ZeroDivisionError, "ZeroDivisionError: float division by zero");
  EXPECT_RAISES(float_floordiv(1, 0), ZeroDivisionError,
                "ZeroDivisionError: float floor division by zero");
  EXPECT_RAISES(float_mod(1, 0), ZeroDivisionError, "ZeroDivisionError: float modulo");
  EXPECT_RAISES(divmod(1.0, 0.0), ZeroDivisionError, "ZeroDivisionError: float divmod()");
  EXPECT_RAISES(float_pow(0.0, -1), ZeroDivisionError,
                "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_RAISES(float_pow(10.0, 400), OverflowError,
                "OverflowError: (34, 'Numerical result out of range')");
  EXPECT_EQ(float_pow(2.0, -1080), 0.0);
  EXPECT_EQ(float_pow(-2.0, 3), -8.0);
  EXPECT_EQ(float_pow(INFINITY, 2), INFINITY);
}

TEST(FloatOps, RoundAndToInt) {
  EXPECT_EQ(float_round(-2.5), -2);
  EXPECT_EQ(float_round(3.5), 4);
  EXPECT_EQ(float_round(-0.4), 0);
  EXPECT_EQ(S(float_round(2.675, 2)), "2.67");
  EXPECT_EQ(S(float_round(2.5, 0)), "2.0");
  EXPECT_EQ(S(float_round(0.125, 2)), "0.12");
  EXPECT_EQ(S(float_round(15.0, -1)), "20.0");
  EXPECT_EQ(S(float_round(25.0, -1)), "20.0");
  EXPECT_EQ(S(float_round(5.0, -1)), "0.0");
  EXPECT_EQ(S(float_round(123.456, -1)), "120.0");
  EXPECT_EQ(S(float_round(1.23456e-10, 12)), "1.23e-10");
  EXPECT_EQ(S(float_round(1e300, 2)), "1e+300");
  EXPECT_RAISES(float_round(1.7e308, -308), OverflowError,
                "OverflowError: rounded value too large to represent");
  EXPECT_EQ(int_round(1250, -2), 1200);
  EXPECT_EQ(int_round(1350, -2), 1400);
  EXPECT_EQ(int_round(-1250, -2), -1200);
  EXPECT_EQ(float_to_int(-3.9), -3);
  EXPECT_EQ(float_to_int(-9223372036854775808.0), INT64_MIN);
  EXPECT_RAISES(float_to_int(INFINITY), OverflowError,
                "OverflowError: cannot convert float infinity to integer");
  EXPECT_RAISES(float_to_int(NAN), ValueError, "ValueError: cannot convert float NaN to integer");
  EXPECT_RAISES(float_round(NAN), ValueError, "ValueError: cannot convert float NaN to integer");
}

TEST(Convert, IntFromStr) {
  EXPECT_EQ(int_from_str(Str("  -12_3  ")), -123);
  EXPECT_EQ(int_from_str(Str("0x1F"), 16), 31);
  EXPECT_EQ(int_from_str(Str("0x_1f"), 16), 31);
  EXPECT_EQ(int_from_str(Str("0b101"), 0), 5);
  EXPECT_EQ(int_from_str(Str("-0o17"), 0), -15);
  EXPECT_EQ(int_from_str(Str("0_0"), 0), 0);
  EXPECT_EQ(int_from_str(Str("z"), 36), 35);
  EXPECT_EQ(int_from_str(Str("-9223372036854775808")), INT64_MIN);
  EXPECT_RAISES(int_from_str(Str("abc")), ValueError,
                "ValueError: invalid literal for int() with base 10: 'abc'");
  EXPECT_RAISES(int_from_str(Str("1__0")), ValueError,
                "ValueError: invalid literal for int() with base 10: '1__0'");
  EXPECT_RAISES(int_from_str(Str("010"), 0), ValueError,
                "ValueError: invalid literal for int() with base 0: '010'");
  EXPECT_RAISES(int_from_str(Str("+ 5")), ValueError,
                "ValueError: invalid literal for int() with base 10: '+ 5'");
  EXPECT_RAISES(int_from_str(Str("12"), 2), ValueError,
                "ValueError: invalid literal for int() with base 2: '12'");
  EXPECT_RAISES(int_from_str(Str("")), ValueError,
                "ValueError: invalid literal for int() with base 10: ''");
  EXPECT_RAISES(int_from_str(Str("1"), 37), ValueError,
                "ValueError: int() base must be >= 2 and <= 36, or 0");
  EXPECT_RAISES(int_from_str(Str("9223372036854775808")), OverflowError,
                "OverflowError: integer overflow");
}

TEST(Convert, FloatFromStr) {
  EXPECT_EQ(float_from_str(Str(" 1_000.5 ")), 1000.5);
  EXPECT_EQ(float_from_str(Str("-iNF")), -INFINITY);
  EXPECT_EQ(float_from_str(Str(".5e-3")), 0.0005);
  EXPECT_EQ(float_from_str(Str("1e500")), INFINITY);
  EXPECT_EQ(float_from_str(Str("1.")), 1.0);
  EXPECT_EQ(float_from_str(Str("0.1")), 0.1);
  EXPECT_TRUE(std::isnan(float_from_str(Str("+nan"))));
  EXPECT_RAISES(float_from_str(Str("x")), ValueError,
                "ValueError: could not convert string to float: 'x'");
  EXPECT_RAISES(float_from_str(Str("1._5")), ValueError,
                "ValueError: could not convert string to float: '1._5'");
  EXPECT_RAISES(float_from_str(Str("0x10")), ValueError,
                "ValueError: could not convert string to float: '0x10'");
}

}  // namespace
}  // namespace krait::rt
