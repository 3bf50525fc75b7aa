// CPython's PyUnicode_Format, for positional arguments and for a mapping.
#include "runtime/percent_format.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>

#include "runtime/big_int_text.h"
#include "runtime/exceptions.h"
#include "runtime/float_format.h"
#include "runtime/float_ops.h"

namespace krait::rt {

namespace {

using Kind = FmtArg::Kind;

struct Conv {
  bool left = false, plus = false, space = false, alt = false, zero = false;
  int64_t width = -1;
  int64_t precision = -1;
  char type = 0;
};

// The arguments: a list taken in order, or a mapping read by `%(key)`.
class Args {
 public:
  explicit Args(std::initializer_list<FmtArg> args) : args_(args) {}
  explicit Args(const std::function<FmtArg(Str)>* lookup) : lookup_(lookup) {}
  const FmtArg& next() {
    if (keyed_) {
      keyed_ = false;
      return value_;
    }
    if (lookup_ != nullptr) raise_type_error(Str("format requires a mapping"));
    if (i_ >= args_.size()) raise_type_error(Str("not enough arguments for format string"));
    return args_.begin()[i_++];
  }
  // `%(key)`: the next conversion formats the mapping's value for key.
  void key(Str key) {
    if (lookup_ == nullptr) raise_type_error(Str("format requires a mapping"));
    value_ = (*lookup_)(key);
    keyed_ = true;
  }
  bool all_used() const { return lookup_ != nullptr || i_ == args_.size(); }

 private:
  std::initializer_list<FmtArg> args_;
  size_t i_ = 0;
  const std::function<FmtArg(Str)>* lookup_ = nullptr;
  FmtArg value_;
  bool keyed_ = false;
};

[[noreturn]] void type_error(const std::string& m) {
  raise_type_error(Str(m));
}

int64_t int_value(const FmtArg& a, char type) {
  if (a.kind == Kind::kInt || a.kind == Kind::kBool) return a.i;
  bool real_ok = type == 'd' || type == 'i' || type == 'u';
  if (a.kind == Kind::kFloat && real_ok) return float_to_int(a.f);
  std::string want = real_ok ? "a real number" : "an integer";
  type_error(std::string("%") + type + " format: " + want + " is required, not " + a.type_name);
}

double float_value(const FmtArg& a) {
  if (a.kind == Kind::kFloat) return a.f;
  if (a.kind == Kind::kInt || a.kind == Kind::kBool) return static_cast<double>(a.i);
  if (a.kind == Kind::kBigInt) return static_cast<double>(fmt_arg_int(a));
  type_error(std::string("must be real number, not ") + a.type_name);
}

// Writes sign + prefix + digits padded per the flags.
void emit_number(StrBuilder& out, const Conv& c, bool negative, std::string_view prefix,
                 std::string_view digits) {
  std::string_view sign = negative ? "-" : c.plus ? "+" : c.space ? " " : "";
  auto len = static_cast<int64_t>(sign.size() + prefix.size() + digits.size());
  int64_t pad = c.width > len ? c.width - len : 0;
  if (!c.left && !c.zero) out.append_repeated(' ', pad);
  out.append(sign);
  out.append(prefix);
  if (!c.left && c.zero) out.append_repeated('0', pad);
  out.append(digits);
  if (c.left) out.append_repeated(' ', pad);
}

void emit_text(StrBuilder& out, const Conv& c, Str text) {
  if (c.precision >= 0 && c.precision < text.len()) text = str_slice(text, Slice{0, c.precision});
  int64_t pad = c.width > text.len() ? c.width - text.len() : 0;
  if (!c.left) out.append_repeated(' ', pad);
  out.append(text);
  if (c.left) out.append_repeated(' ', pad);
}

// The digits of an int conversion: of an int64_t, or of a big int's text.
void emit_int(StrBuilder& out, const Conv& c, const FmtArg& a) {
  int base = c.type == 'x' || c.type == 'X' ? 16 : c.type == 'o' ? 8 : 10;
  bool negative;
  std::string digits;
  if (a.kind == Kind::kBigInt) {
    Int v = fmt_arg_int(a);
    negative = v.negative();
    Str text = base == 16 ? int_hex(v) : base == 8 ? int_oct(v) : str(v);
    digits = std::string(text.view().substr(negative + (base == 10 ? 0 : 2)));
  } else {
    int64_t v = int_value(a, c.type);
    negative = v < 0;
    uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, mag, base);
    digits.assign(buf, r.ptr);
  }
  if (c.type == 'X') {
    for (char& ch : digits) ch = static_cast<char>(std::toupper(ch));
  }
  if (c.precision > static_cast<int64_t>(digits.size())) {
    digits.insert(0, static_cast<size_t>(c.precision) - digits.size(), '0');
  }
  std::string_view prefix;
  if (c.alt && base != 10) prefix = c.type == 'x' ? "0x" : c.type == 'X' ? "0X" : "0o";
  emit_number(out, c, negative, prefix, digits);
}

void emit_float(StrBuilder& out, const Conv& c, double v) {
  StrBuilder mag;
  int precision = static_cast<int>(c.precision < 0 ? 6 : c.precision);
  float_format_abs(mag, std::fabs(v), c.type, precision, c.alt, false);
  emit_number(out, c, std::signbit(v) && !std::isnan(v), "", mag.view());
}

void emit_char(StrBuilder& out, const Conv& c, const FmtArg& a) {
  if (a.kind == Kind::kInt || a.kind == Kind::kBool) {
    if (a.i < 0 || a.i > 0x10FFFF) raise_overflow_error("%c arg not in range(0x110000)");
    emit_text(out, c, Str::from_codepoint(static_cast<uint32_t>(a.i)));
  } else if (a.kind == Kind::kBigInt) {
    raise_overflow_error("%c arg not in range(0x110000)");
  } else if (a.kind == Kind::kStr && a.s.len() == 1) {
    emit_text(out, c, a.s);
  } else {
    type_error("%c requires int or char");
  }
}

int64_t star_or_number(const char*& p, const char* end, Args& args) {
  if (p < end && *p == '*') {
    ++p;
    const FmtArg& a = args.next();
    if (a.kind != Kind::kInt) type_error("* wants int");
    return a.i;
  }
  int64_t n = -1;
  while (p < end && *p >= '0' && *p <= '9') n = (n < 0 ? 0 : n * 10) + (*p++ - '0');
  return n;
}

}  // namespace

Str fmt_arg_str(const FmtArg& a) {
  switch (a.kind) {
    case Kind::kInt:
      return str(a.i);
    case Kind::kFloat:
      return str(a.f);
    case Kind::kBool:
      return Str(a.i ? "True" : "False");
    default:
      return a.s;
  }
}

Str fmt_arg_repr(const FmtArg& a) {
  if (a.kind == Kind::kStr) return repr(a.s);
  if (a.kind == Kind::kOther) return a.r;
  return fmt_arg_str(a);
}

namespace {

Str format_with(Str fmt, Args& args) {
  StrBuilder out(fmt.nbytes() + 16);
  const char* begin = fmt.data();
  const char* end = begin + fmt.nbytes();
  for (const char* p = begin; p < end;) {
    if (*p != '%') {
      out.push(*p++);
      continue;
    }
    ++p;
    if (p < end && *p == '(') {  // %(key)s: nested parentheses count, as in CPython
      const char* key = ++p;
      for (int depth = 1; p < end; ++p) {
        if (*p == '(') ++depth;
        if (*p == ')' && --depth == 0) break;
      }
      if (p == end) raise_value_error("incomplete format key");
      args.key(Str(std::string_view(key, p - key)));
      ++p;
    }
    Conv c;
    for (; p < end; ++p) {
      if (*p == '-')
        c.left = true;
      else if (*p == '+')
        c.plus = true;
      else if (*p == ' ')
        c.space = true;
      else if (*p == '#')
        c.alt = true;
      else if (*p == '0')
        c.zero = true;
      else
        break;
    }
    c.width = star_or_number(p, end, args);
    if (c.width < -1) c.left = true, c.width = -c.width;
    if (p < end && *p == '.') {
      ++p;
      c.precision = star_or_number(p, end, args);
      if (c.precision < 0) c.precision = 0;
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) ++p;
    if (p == end) raise_value_error("incomplete format");
    c.type = *p++;
    if (c.type == '%') {
      out.push('%');
      continue;
    }
    if (c.left) c.zero = false;
    switch (c.type) {
      case 's':
        emit_text(out, c, fmt_arg_str(args.next()));
        break;
      case 'r':
      case 'a':
        emit_text(out, c, fmt_arg_repr(args.next()));
        break;
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o':
        emit_int(out, c, args.next());
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        emit_float(out, c, float_value(args.next()));
        break;
      case 'c':
        emit_char(out, c, args.next());
        break;
      default: {
        char m[96];
        std::snprintf(m, sizeof m, "unsupported format character '%c' (0x%x) at index %d", c.type,
                      static_cast<unsigned char>(c.type), static_cast<int>(p - 1 - begin));
        raise_value_error(Str(m));
      }
    }
  }
  if (!args.all_used()) type_error("not all arguments converted during string formatting");
  return out.finish();
}

}  // namespace

Str percent_format(Str fmt, std::initializer_list<FmtArg> arg_list) {
  Args args(arg_list);
  return format_with(fmt, args);
}

Str percent_format_mapping(Str fmt, const std::function<FmtArg(Str)>& lookup) {
  Args args(&lookup);
  return format_with(fmt, args);
}

}  // namespace krait::rt
