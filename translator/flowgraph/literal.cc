#include "translator/flowgraph/literal.h"

#include <charconv>

namespace krait::flow {

using Kind = syntax::ast::ConstantValue::Kind;

std::optional<int64_t> parse_int_literal(std::string_view text) {
  int base = 10;
  if (text.size() > 2 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    if (p == 'x') base = 16;
    if (p == 'o') base = 8;
    if (p == 'b') base = 2;
    if (base != 10) text.remove_prefix(2);
  }
  uint64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, base);
  if (ec != std::errc() || end != text.data() + text.size() || value > INT64_MAX) {
    return std::nullopt;
  }
  return static_cast<int64_t>(value);
}

std::optional<ConstValue> literal_value(const syntax::ast::ConstantValue& value) {
  switch (value.kind) {
    case Kind::kNone:
      return ConstValue::none();
    case Kind::kTrue:
      return ConstValue::of_bool(true);
    case Kind::kFalse:
      return ConstValue::of_bool(false);
    case Kind::kEllipsis:
      return ConstValue::ellipsis();
    case Kind::kInt:
      if (std::optional<int64_t> v = parse_int_literal(value.text)) return ConstValue::of_int(*v);
      return std::nullopt;
    case Kind::kFloat:
      return ConstValue::of_float(value.number);
    case Kind::kComplex:
      return std::nullopt;
    case Kind::kStr:
      return ConstValue::of_str(std::string(value.text));
    case Kind::kBytes:
      return ConstValue::of_bytes(std::string(value.text));
  }
  return std::nullopt;
}

std::string literal_error(const syntax::ast::ConstantValue& value) {
  if (value.kind == Kind::kComplex) return "complex numbers are not supported by Krait";
  return "integer literal " + std::string(value.text) +
         " does not fit in a 64-bit int (arbitrary-precision ints need --int=big)";
}

std::optional<ConstValue> big_int_literal(const syntax::ast::ConstantValue& value) {
  if (value.kind != Kind::kInt) return std::nullopt;
  std::string_view text = value.text;
  int base = 10;
  if (text.size() > 2 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
    if (base != 10) text.remove_prefix(2);
  }
  // Decimal digits, least significant first, times base plus each digit.
  std::string digits;
  for (char c : text) {
    if (c == '_') continue;
    int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    for (char& x : digits) {
      d += (x - '0') * base;
      x = static_cast<char>('0' + d % 10);
      d /= 10;
    }
    for (; d > 0; d /= 10) digits.push_back(static_cast<char>('0' + d % 10));
  }
  return ConstValue::of_big_int(std::string(digits.rbegin(), digits.rend()));
}

}  // namespace krait::flow
