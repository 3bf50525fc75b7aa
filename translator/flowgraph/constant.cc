#include "translator/flowgraph/constant.h"

#include <charconv>
#include <cmath>

#include "translator/flowgraph/entity.h"

namespace krait::flow {
namespace {

// Python's repr of a float: the shortest string that round-trips, with
// Python's choice between fixed and exponent notation.
std::string float_repr(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char digits[32];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, v, std::chars_format::scientific);
  std::string sci(digits, end);  // d[.ddd]e±XX
  size_t e = sci.find('e');
  int exponent = std::stoi(sci.substr(e + 1));
  std::string mantissa = sci.substr(0, e);
  bool negative = mantissa[0] == '-';
  if (negative) mantissa.erase(0, 1);
  std::string significant;
  for (char c : mantissa) {
    if (c != '.') significant += c;
  }
  std::string out = negative ? "-" : "";
  if (exponent < -4 || exponent >= 16) {
    out += significant.substr(0, 1);
    if (significant.size() > 1) out += "." + significant.substr(1);
    char buf[16];
    std::snprintf(buf, sizeof buf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return out + buf;
  }
  if (exponent < 0) return out + "0." + std::string(-exponent - 1, '0') + significant;
  int int_digits = exponent + 1;
  if (static_cast<int>(significant.size()) <= int_digits) {
    return out + significant + std::string(int_digits - significant.size(), '0') + ".0";
  }
  return out + significant.substr(0, int_digits) + "." + significant.substr(int_digits);
}

// Python's repr of a str or bytes body: single quotes unless the text has a
// single quote and no double quote.
std::string quote(const std::string& text, bool is_bytes) {
  bool has_single = text.find('\'') != std::string::npos;
  bool has_double = text.find('"') != std::string::npos;
  char q = has_single && !has_double ? '"' : '\'';
  std::string out = is_bytes ? "b" : "";
  out += q;
  for (unsigned char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c == static_cast<unsigned char>(q)) {
          out += '\\';
          out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80)) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + q;
}

}  // namespace

ConstValue ConstValue::of_bool(bool v) {
  ConstValue c;
  c.kind = Kind::kBool;
  c.bool_value = v;
  return c;
}

ConstValue ConstValue::of_int(int64_t v) {
  ConstValue c;
  c.kind = Kind::kInt;
  c.int_value = v;
  return c;
}

ConstValue ConstValue::of_big_int(std::string decimal_digits) {
  ConstValue c;
  c.kind = Kind::kBigInt;
  c.text = std::move(decimal_digits);
  return c;
}

ConstValue ConstValue::of_float(double v) {
  ConstValue c;
  c.kind = Kind::kFloat;
  c.float_value = v;
  return c;
}

ConstValue ConstValue::of_str(std::string utf8) {
  ConstValue c;
  c.kind = Kind::kStr;
  c.text = std::move(utf8);
  return c;
}

ConstValue ConstValue::of_bytes(std::string bytes) {
  ConstValue c;
  c.kind = Kind::kBytes;
  c.text = std::move(bytes);
  return c;
}

ConstValue ConstValue::ellipsis() {
  ConstValue c;
  c.kind = Kind::kEllipsis;
  return c;
}

ConstValue ConstValue::of_tuple(std::vector<ConstValue> items) {
  ConstValue c;
  c.kind = Kind::kTuple;
  c.items = std::move(items);
  return c;
}

ConstValue ConstValue::of_entity(const Entity* entity) {
  ConstValue c;
  c.kind = Kind::kEntity;
  c.entity = entity;
  return c;
}

bool operator==(const ConstValue& a, const ConstValue& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case ConstValue::Kind::kNone:
    case ConstValue::Kind::kEllipsis:
      return true;
    case ConstValue::Kind::kBool:
      return a.bool_value == b.bool_value;
    case ConstValue::Kind::kInt:
      return a.int_value == b.int_value;
    case ConstValue::Kind::kFloat:
      // Bitwise identity: 0.0 and -0.0 are different constants, NaN is itself.
      return std::signbit(a.float_value) == std::signbit(b.float_value) &&
             (a.float_value == b.float_value ||
              (std::isnan(a.float_value) && std::isnan(b.float_value)));
    case ConstValue::Kind::kBigInt:
    case ConstValue::Kind::kStr:
    case ConstValue::Kind::kBytes:
      return a.text == b.text;
    case ConstValue::Kind::kTuple:
      return a.items == b.items;
    case ConstValue::Kind::kEntity:
      return a.entity == b.entity;
  }
  return false;
}

std::string const_repr(const ConstValue& value) {
  switch (value.kind) {
    case ConstValue::Kind::kNone:
      return "None";
    case ConstValue::Kind::kBool:
      return value.bool_value ? "True" : "False";
    case ConstValue::Kind::kInt:
      return std::to_string(value.int_value);
    case ConstValue::Kind::kBigInt:
      return value.text;
    case ConstValue::Kind::kFloat:
      return float_repr(value.float_value);
    case ConstValue::Kind::kStr:
      return quote(value.text, false);
    case ConstValue::Kind::kBytes:
      return quote(value.text, true);
    case ConstValue::Kind::kEllipsis:
      return "Ellipsis";
    case ConstValue::Kind::kTuple: {
      std::string out = "(";
      for (size_t i = 0; i < value.items.size(); ++i) {
        if (i > 0) out += ", ";
        out += const_repr(value.items[i]);
      }
      return out + (value.items.size() == 1 ? ",)" : ")");
    }
    case ConstValue::Kind::kEntity:
      return std::string("<") + entity_kind_name(value.entity->kind) + " " +
             value.entity->qualname + ">";
  }
  return "?";
}

}  // namespace krait::flow
