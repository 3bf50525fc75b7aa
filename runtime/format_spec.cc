// The format-spec mini-language: parsing, number layout, grouping.
#include "runtime/format_spec.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

#include "runtime/exceptions.h"
#include "runtime/float_format.h"
#include "runtime/repr.h"

namespace krait::rt {

namespace {

using sv = std::string_view;

bool is_align(uint32_t c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}

[[noreturn]] void spec_error(const std::string& message) {
  raise_value_error(Str(message));
}

[[noreturn]] void unknown_code(char type, const char* type_name) {
  spec_error(std::string("Unknown format code '") + type + "' for object of type '" + type_name +
             "'");
}

int64_t read_number(const char*& p, const char* end) {
  int64_t n = 0;
  while (p < end && *p >= '0' && *p <= '9') {
    if (__builtin_mul_overflow(n, 10, &n) || __builtin_add_overflow(n, *p - '0', &n)) {
      spec_error("Too many decimal digits in format string");
    }
    ++p;
  }
  return n;
}

FormatSpec parse(Str spec, const char* type_name, char default_type, char default_align) {
  FormatSpec f;
  const char* p = spec.data();
  const char* end = p + spec.nbytes();
  bool fill_given = false;
  if (p < end) {
    const char* q = p;
    uint32_t c0 = utf8_decode(q);
    if (q < end && is_align(static_cast<unsigned char>(*q))) {
      f.fill = c0;
      f.align = *q;
      fill_given = true;
      p = q + 1;
    } else if (is_align(c0)) {
      f.align = static_cast<char>(c0);
      ++p;
    }
  }
  if (p < end && (*p == '+' || *p == '-' || *p == ' ')) f.sign = *p++;
  if (p < end && *p == 'z') f.no_neg_zero = (++p, true);
  if (p < end && *p == '#') f.alternate = (++p, true);
  if (!fill_given && p < end && *p == '0') {
    f.fill = '0';
    if (f.align == 0 && default_align == '>') f.align = '=';
    ++p;
  }
  if (p < end && *p >= '0' && *p <= '9') f.width = read_number(p, end);
  if (p < end && (*p == ',' || *p == '_')) {
    f.grouping = *p++;
    if (p < end && (*p == ',' || *p == '_')) {
      if (*p == f.grouping)
        spec_error(std::string("Cannot specify '") + *p + "' with '" + *p + "'.");
      spec_error("Cannot specify both ',' and '_'.");
    }
  }
  if (p < end && *p == '.') {
    ++p;
    if (p == end || *p < '0' || *p > '9') spec_error("Format specifier missing precision");
    f.precision = read_number(p, end);
  }
  if (end - p > 1) {
    spec_error(std::string("Invalid format specifier '") + std::string(spec.view()) +
               "' for object of type '" + type_name + "'");
  }
  f.type = p < end ? *p : default_type;
  if (f.grouping) {
    bool ok = sv("defgEFG%").find(f.type) != sv::npos || f.type == 0;
    if (f.grouping == '_' && sv("boxX").find(f.type) != sv::npos && f.type != 0) ok = true;
    if (!ok) spec_error(std::string("Cannot specify '") + f.grouping + "' with '" + f.type + "'.");
  }
  return f;
}

// Digits with separators every `group` digits, zero-extended (still grouped)
// to at least min_width characters.
std::string group_digits(sv digits, char sep, int group, int64_t min_width) {
  std::string r;
  int64_t count = 0;
  auto put = [&](char d) {
    if (sep && count > 0 && count % group == 0) r.push_back(sep);
    r.push_back(d);
    ++count;
  };
  for (size_t i = digits.size(); i-- > 0;) put(digits[i]);
  while (static_cast<int64_t>(r.size()) < min_width) put('0');
  return std::string(r.rbegin(), r.rend());
}

// [padding][sign][prefix][digits][rest][padding] as CPython lays numbers out.
Str layout_number(const FormatSpec& f, bool negative, sv prefix, sv digits, sv rest, int group) {
  sv sign = negative ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
  char align = f.align ? f.align : '>';
  int64_t fixed = static_cast<int64_t>(sign.size() + prefix.size() + rest.size());
  bool zero_fill = f.fill == '0' && align == '=';
  std::string body =
      group_digits(digits, f.grouping, group, zero_fill && f.grouping ? f.width - fixed : 0);
  int64_t pad = f.width - fixed - static_cast<int64_t>(body.size());
  StrBuilder out;
  auto fill = [&](int64_t n) {
    for (int64_t i = 0; i < n; ++i) out.append_codepoint(f.fill);
  };
  int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  if (align != '=') fill(left);
  out.append(sign);
  out.append(prefix);
  if (align == '=') fill(pad);
  out.append(body);
  out.append(rest);
  if (align == '<' || align == '^') fill(pad - left);
  return out.finish();
}

Str format_char(int64_t v, const FormatSpec& f) {
  if (f.sign) spec_error("Sign not allowed with integer format specifier 'c'");
  if (f.alternate) spec_error("Alternate form (#) not allowed with integer format specifier 'c'");
  if (v < 0 || v > 0x10FFFF) raise_overflow_error("%c arg not in range(0x110000)");
  StrBuilder out;
  FormatSpec g = f;
  if (g.align == '=') g.align = '>';
  pad_to_width(out, Str::from_codepoint(static_cast<uint32_t>(v)), g, '>');
  return out.finish();
}

}  // namespace

FormatSpec parse_format_spec(Str spec, const char* type_name) {
  sv t(type_name);
  if (t == "str") return parse(spec, type_name, 's', '<');
  return parse(spec, type_name, t == "int" ? 'd' : 0, '>');
}

void pad_to_width(StrBuilder& out, Str body, const FormatSpec& spec, char default_align) {
  int64_t pad = spec.width - body.len();
  char align = spec.align ? spec.align : default_align;
  int64_t left = pad <= 0 ? 0 : align == '>' ? pad : align == '^' ? pad / 2 : 0;
  int64_t right = pad <= 0 ? 0 : pad - left;
  for (int64_t i = 0; i < left; ++i) out.append_codepoint(spec.fill);
  out.append(body);
  for (int64_t i = 0; i < right; ++i) out.append_codepoint(spec.fill);
}

Str format(int64_t value, Str spec) {
  if (spec.nbytes() == 0) return str(value);
  struct Small : IntDigits {
    int64_t v;
    explicit Small(int64_t x) : v(x) {}
    bool negative() const override { return v < 0; }
    std::string magnitude(int base) const override {
      uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
      char buf[72];
      auto r = std::to_chars(buf, buf + sizeof buf, mag, base);
      return std::string(buf, r.ptr);
    }
    double to_double() const override { return static_cast<double>(v); }
    int64_t code_point() const override { return v; }
  };
  return format_int(Small(value), spec);
}

Str format_int(const IntDigits& value, Str spec) {
  FormatSpec f = parse(spec, "int", 'd', '>');
  if (sv("eEfFgG%").find(f.type) != sv::npos && f.type != 0) {
    return format(value.to_double(), spec);
  }
  if (f.no_neg_zero) {
    spec_error("Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (f.precision >= 0) spec_error("Precision not allowed in integer format specifier");
  if (f.type == 'c') return format_char(value.code_point(), f);
  int base = 10;
  sv prefix;
  switch (f.type) {
    case 'd':
    case 'n':
      break;
    case 'b':
      base = 2, prefix = "0b";
      break;
    case 'o':
      base = 8, prefix = "0o";
      break;
    case 'x':
      base = 16, prefix = "0x";
      break;
    case 'X':
      base = 16, prefix = "0X";
      break;
    default:
      unknown_code(f.type, "int");
  }
  if (!f.alternate) prefix = "";
  std::string digits = value.magnitude(base);
  if (f.type == 'X') {
    for (char& c : digits) c = static_cast<char>(std::toupper(c));
  }
  return layout_number(f, value.negative(), prefix, digits, "", base == 10 ? 3 : 4);
}

Str format(double value, Str spec) {
  if (spec.nbytes() == 0) return str(value);
  FormatSpec f = parse(spec, "float", 0, '>');
  char type = f.type;
  if (type != 0 && sv("eEfFgGn%").find(type) == sv::npos) unknown_code(type, "float");
  bool add_dot_0 = type == 0;
  int precision = static_cast<int>(f.precision < 0 ? 6 : f.precision);
  if (type == 0) {
    type = f.precision < 0 ? 'r' : 'g';
    if (f.precision < 0) precision = 0;
  } else if (type == 'n') {
    type = 'g';
  }
  bool percent = type == '%';
  if (percent) {
    value *= 100;
    type = 'f';
  }
  bool negative = std::signbit(value) && !std::isnan(value);
  StrBuilder mag;
  float_format_abs(mag, std::fabs(value), type, precision, f.alternate, add_dot_0);
  sv m = mag.view();
  if (negative && f.no_neg_zero &&
      m.substr(0, m.find_first_of("eE")).find_first_of("123456789") == sv::npos) {
    negative = false;
  }
  size_t int_len = m.find_first_not_of("0123456789");
  if (int_len == sv::npos) int_len = m.size();
  std::string rest(m.substr(int_len));
  if (percent) rest.push_back('%');
  return layout_number(f, negative, "", m.substr(0, int_len), rest, 3);
}

Str format_bool(bool value, Str spec) {
  if (spec.nbytes() == 0) return Str(value ? "True" : "False");
  return format(static_cast<int64_t>(value), spec);
}

Str format(Object* value, Str spec) {
  if (spec.nbytes() == 0) return value->py_str();
  raise_type_error(concat(Str("unsupported format string passed to "), Str(value->type_name()),
                          Str(".__format__")));
}

void raise_unsupported_format(const char* type_name) {
  raise_type_error(
      concat(Str("unsupported format string passed to "), Str(type_name), Str(".__format__")));
}

Str format(NoneType, Str spec) {
  if (spec.nbytes() == 0) return Str("None");
  raise_type_error(Str("unsupported format string passed to NoneType.__format__"));
}

Str format(Str value, Str spec) {
  if (spec.nbytes() == 0) return value;
  FormatSpec f = parse(spec, "str", 's', '<');
  if (f.type != 's') unknown_code(f.type, "str");
  if (f.sign) spec_error("Sign not allowed in string format specifier");
  if (f.alternate) spec_error("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') spec_error("'=' alignment not allowed in string format specifier");
  if (f.precision >= 0 && f.precision < value.len()) {
    value = str_slice(value, Slice{0, f.precision});
  }
  StrBuilder out;
  pad_to_width(out, value, f, '<');
  return out.finish();
}

}  // namespace krait::rt
