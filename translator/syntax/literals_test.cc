#include "translator/syntax/literals.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace krait::syntax {
namespace {

TEST(FloatRepr, FollowsPythonRepr) {
  EXPECT_EQ(float_repr(1.0), "1.0");
  EXPECT_EQ(float_repr(0.1), "0.1");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(float_repr(1e-5), "1e-05");
  EXPECT_EQ(float_repr(0.0001), "0.0001");
  EXPECT_EQ(float_repr(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(float_repr(1.5e300), "1.5e+300");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(std::numeric_limits<double>::infinity()), "inf");
}

TEST(FloatRepr, ImaginaryHasNoDotZero) {
  EXPECT_EQ(imaginary_repr(1.0), "1j");
  EXPECT_EQ(imaginary_repr(1.5), "1.5j");
  EXPECT_EQ(imaginary_repr(1e16), "1e+16j");
  EXPECT_EQ(imaginary_repr(std::numeric_limits<double>::infinity()), "infj");
}

TEST(Numbers, KindsAndValues) {
  Arena arena;
  EXPECT_EQ(parse_number("1_000", arena).text, "1000");
  EXPECT_EQ(parse_number("0x_FF", arena).kind, ast::ConstantValue::Kind::kInt);
  EXPECT_EQ(parse_number("1e5", arena).kind, ast::ConstantValue::Kind::kFloat);
  EXPECT_EQ(parse_number("0xE5", arena).kind, ast::ConstantValue::Kind::kInt);
  EXPECT_EQ(parse_number("1e999", arena).number, std::numeric_limits<double>::infinity());
  ast::ConstantValue imaginary = parse_number("2.5J", arena);
  EXPECT_EQ(imaginary.kind, ast::ConstantValue::Kind::kComplex);
  EXPECT_EQ(imaginary.number, 2.5);
  // Correct rounding: the closest double to 0.1 + one ulp's worth of digits.
  EXPECT_EQ(parse_number("0.1000000000000000055511151231257827", arena).number, 0.1);
}

TEST(Numbers, IntegersToDecimal) {
  EXPECT_EQ(int_literal_to_decimal("0"), "0");
  EXPECT_EQ(int_literal_to_decimal("000"), "0");
  EXPECT_EQ(int_literal_to_decimal("0xff"), "255");
  EXPECT_EQ(int_literal_to_decimal("0o777"), "511");
  EXPECT_EQ(int_literal_to_decimal("0B101"), "5");
  EXPECT_EQ(int_literal_to_decimal("0xffffffffffffffffffffffffffffffff"),
            "340282366920938463463374607431768211455");
  EXPECT_EQ(int_literal_to_decimal("123456789012345678901234567890"),
            "123456789012345678901234567890");
}

std::string decoded_str(std::string_view body, bool raw = false) {
  std::string out;
  std::string error;
  EXPECT_TRUE(decode_str_body(body, raw, out, &error)) << error;
  return out;
}

TEST(Strings, Escapes) {
  EXPECT_EQ(decoded_str(R"(a\tb\n\x41\101\u00e9\N{BULLET}\q)"), "a\tb\nAA\u00e9\u2022\\q");
  EXPECT_EQ(decoded_str(R"(\N{latin small letter a})"), "a");
  EXPECT_EQ(decoded_str(R"(a\
b)"),
            "ab");
  EXPECT_EQ(decoded_str(R"(\t)", true), "\\t");
  // A lone surrogate is kept in its 3-byte form.
  EXPECT_EQ(decoded_str(R"(\udc80)"), "\xED\xB2\x80");
}

TEST(Strings, Errors) {
  std::string out;
  std::string error;
  EXPECT_FALSE(decode_str_body(R"(\x4)", false, out, &error));
  EXPECT_NE(error.find("truncated \\xXX escape"), std::string::npos);
  EXPECT_FALSE(decode_str_body("b\xf6se", false, out, &error));
  EXPECT_EQ(error,
            "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start "
            "byte");
  EXPECT_FALSE(decode_bytes_body("\xc3\xa9", false, out, &error));
  EXPECT_EQ(error, "bytes can only contain ASCII literal characters");
}

TEST(Strings, Bytes) {
  std::string out;
  std::string error;
  ASSERT_TRUE(decode_bytes_body(R"(\x00\xff\777a)", false, out, &error));
  EXPECT_EQ(out, std::string("\x00\xff\xff"
                             "a",
                             4));
}

}  // namespace
}  // namespace krait::syntax
