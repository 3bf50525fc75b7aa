// math module values and errors; expectations from CPython 3.11.
#include <cmath>

#include "runtime/math_module.h"
#include "runtime/test_util.h"

namespace krait::rt {
namespace {

using testing::R;
using testing::S;

TEST(Math, Values) {
  EXPECT_EQ(R(math::frexp(8.0)), "(0.5, 4)");
  EXPECT_EQ(R(math::modf(-3.5)), "(-0.5, -3.0)");
  EXPECT_EQ(math::ldexp(0.5, 4), 8.0);
  EXPECT_EQ(math::gcd(-12, 18), 6);
  EXPECT_EQ(math::factorial(20), 2432902008176640000);
  EXPECT_EQ(math::floor(-2.5), -3);
  EXPECT_EQ(math::ceil(-2.5), -2);
  EXPECT_EQ(math::trunc(-2.5), -2);
  EXPECT_EQ(math::hypot(3, 4), 5.0);
  EXPECT_EQ(S(math::log(8, 2)), "3.0");
  EXPECT_EQ(S(math::log10(1000)), "3.0");
  EXPECT_EQ(S(math::log2(1024)), "10.0");
  EXPECT_EQ(S(math::sqrt(2)), "1.4142135623730951");
  EXPECT_EQ(S(math::exp(1)), "2.718281828459045");
  EXPECT_EQ(S(math::atan2(1, -1)), "2.356194490192345");
  EXPECT_EQ(S(math::fmod(-7, 2)), "-1.0");
  EXPECT_EQ(S(math::copysign(1, -0.0)), "-1.0");
  EXPECT_TRUE(math::isclose(1.0, 1.0 + 1e-10));
  EXPECT_EQ(S(math::pi), "3.141592653589793");
}

TEST(Math, Errors) {
  EXPECT_RAISES(math::sqrt(-1), ValueError, "ValueError: math domain error");
  EXPECT_RAISES(math::log(0), ValueError, "ValueError: math domain error");
  EXPECT_RAISES(math::log(-1), ValueError, "ValueError: math domain error");
  EXPECT_RAISES(math::log(2, 1), ZeroDivisionError, "ZeroDivisionError: float division by zero");
  EXPECT_RAISES(math::exp(1000), OverflowError, "OverflowError: math range error");
  EXPECT_RAISES(math::pow(0.0, -1.0), ValueError, "ValueError: math domain error");
  EXPECT_RAISES(math::fmod(1.0, 0.0), ValueError, "ValueError: math domain error");
  EXPECT_RAISES(math::sin(INFINITY), ValueError, "ValueError: math domain error");
  EXPECT_RAISES(math::floor(INFINITY), OverflowError,
                "OverflowError: cannot convert float infinity to integer");
  EXPECT_RAISES(math::floor(NAN), ValueError, "ValueError: cannot convert float NaN to integer");
  EXPECT_RAISES(math::factorial(-1), ValueError,
                "ValueError: factorial() not defined for negative values");
  EXPECT_RAISES(math::factorial(21), OverflowError, "OverflowError: integer overflow");
}

}  // namespace
}  // namespace krait::rt
