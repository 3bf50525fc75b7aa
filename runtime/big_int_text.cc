// Int as text (big_int_text.h) on GMP.
#include "runtime/big_int_text.h"

#include <string>

#include "runtime/big_int_gmp.h"
#include "runtime/builtins.h"
#include "runtime/convert.h"

namespace krait::rt {

namespace {

constexpr size_t kMaxStrDigits = 4300;  // sys.get_int_max_str_digits()

// The magnitude's digits in `base` (lowercase).
std::string magnitude_digits(const Int& v, int base) {
  Mpz m(v);
  mpz_abs(m, m);
  std::string out(mpz_sizeinbase(m, base) + 1, '\0');
  mpz_get_str(out.data(), base, m);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

std::string decimal_digits(const Int& v) {
  std::string digits = magnitude_digits(v, 10);
  if (digits.size() > kMaxStrDigits) {
    raise_value_error(
        "Exceeds the limit (4300 digits) for integer string conversion; use "
        "sys.set_int_max_str_digits() to increase the limit");
  }
  return digits;
}

struct Digits : IntDigits {
  const Int& v;
  explicit Digits(const Int& x) : v(x) {}
  bool negative() const override { return v.negative(); }
  std::string magnitude(int base) const override {
    return base == 10 ? decimal_digits(v) : magnitude_digits(v, base);
  }
  double to_double() const override { return static_cast<double>(v); }
  int64_t code_point() const override { return v.is_small() ? v.small() : -1; }
};

Str in_base(const Int& v, int base, const char* prefix) {
  if (v.is_small()) {
    return base == 2 ? int_bin(v.small()) : base == 8 ? int_oct(v.small()) : int_hex(v.small());
  }
  return Str((v.negative() ? "-" : "") + std::string(prefix) + magnitude_digits(v, base));
}

}  // namespace

void big_to_str(StrBuilder& out, const Int& v) {
  std::string digits = decimal_digits(v);
  if (v.negative()) out.append("-");
  out.append(digits);
}

Str format(const Int& value, Str spec) {
  if (value.is_small()) return format(value.small(), spec);
  if (spec.nbytes() == 0) return str(value);
  return format_int(Digits(value), spec);
}

FmtArg fmt_arg(const Int& v) {
  if (v.is_small()) return fmt_arg(v.small());
  Str text = str(v);
  return {FmtArg::Kind::kBigInt, 0, 0, text, text, "int"};
}

Int fmt_arg_int(const FmtArg& a) {
  return a.kind == FmtArg::Kind::kBigInt ? int_from_str_big(a.s) : Int(a.i);
}

Str int_bin(const Int& v) {
  return in_base(v, 2, "0b");
}
Str int_oct(const Int& v) {
  return in_base(v, 8, "0o");
}
Str int_hex(const Int& v) {
  return in_base(v, 16, "0x");
}

Int int_from_str_big(Str s, int64_t base) {
  IntText text = scan_int_text(s, base);
  bool power_of_two = (text.base & (text.base - 1)) == 0;
  if (!power_of_two && text.digits.size() > kMaxStrDigits) {
    raise_value_error(
        Str("Exceeds the limit (4300 digits) for integer string conversion: value has " +
            std::to_string(text.digits.size()) +
            " digits; use sys.set_int_max_str_digits() to increase the limit"));
  }
  Mpz m;
  mpz_set_str(m, text.digits.c_str(), text.base);
  if (text.negative) mpz_neg(m, m);
  return to_int(m);
}

}  // namespace krait::rt
