// Shortest-repr and fixed-precision float rendering on std::to_chars.
#include "runtime/float_format.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

namespace krait::rt {

namespace {

// Significant digits (no dot) and the decimal exponent of x = d.ddd * 10**exp.
struct Digits {
  std::string d;
  int n = 0;
  int exp = 0;
};

// precision < 0: shortest round-trip digits; otherwise precision+1 digits.
void sci_digits(double ax, int precision, Digits* out) {
  std::string buf(static_cast<size_t>(precision < 0 ? 32 : precision + 32), '\0');
  char* first = buf.data();
  char* last = first + buf.size() - 1;
  std::to_chars_result r =
      precision < 0 ? std::to_chars(first, last, ax, std::chars_format::scientific)
                    : std::to_chars(first, last, ax, std::chars_format::scientific, precision);
  *r.ptr = '\0';
  char* e = std::strchr(first, 'e');
  out->exp = std::atoi(e + 1);
  out->d.clear();
  for (char* p = first; p < e; ++p) {
    if (*p != '.') out->d.push_back(*p);
  }
  out->n = static_cast<int>(out->d.size());
}

void append_exponent(StrBuilder& out, char e, int exp) {
  out.push(e);
  out.push(exp < 0 ? '-' : '+');
  int a = exp < 0 ? -exp : exp;
  if (a < 10) out.push('0');
  char buf[8];
  auto r = std::to_chars(buf, buf + sizeof buf, a);
  out.append(std::string_view(buf, r.ptr - buf));
}

// Writes digits with the point placed for exponent exp, in fixed notation.
void append_fixed(StrBuilder& out, const Digits& dg, bool force_dot, bool add_dot_0) {
  int decpt = dg.exp + 1;  // digits before the point
  if (decpt <= 0) {
    out.append("0.");
    out.append_repeated('0', -decpt);
    out.append(std::string_view(dg.d.data(), dg.n));
  } else if (decpt >= dg.n) {
    out.append(std::string_view(dg.d.data(), dg.n));
    out.append_repeated('0', decpt - dg.n);
    if (add_dot_0) {
      out.append(".0");
    } else if (force_dot) {
      out.push('.');
    }
  } else {
    out.append(std::string_view(dg.d.data(), decpt));
    out.push('.');
    out.append(std::string_view(dg.d.data() + decpt, dg.n - decpt));
  }
}

void append_sci(StrBuilder& out, const Digits& dg, char e, bool force_dot) {
  out.push(dg.d[0]);
  if (dg.n > 1 || force_dot) out.push('.');
  out.append(std::string_view(dg.d.data() + 1, dg.n - 1));
  append_exponent(out, e, dg.exp);
}

void strip_zeros(Digits* dg) {
  while (dg->n > 1 && dg->d[dg->n - 1] == '0') --dg->n;
}

void format_general(StrBuilder& out, double ax, int precision, bool upper, bool alternate,
                    bool add_dot_0) {
  if (precision == 0) precision = 1;
  Digits dg;
  sci_digits(ax, precision - 1, &dg);
  if (ax == 0.0) dg.exp = 0;
  if (!alternate) strip_zeros(&dg);
  // Python switches to exponent notation one digit earlier when it must add ".0".
  if (dg.exp >= -4 && dg.exp < (add_dot_0 ? precision - 1 : precision)) {
    append_fixed(out, dg, alternate, add_dot_0);
  } else {
    append_sci(out, dg, upper ? 'E' : 'e', alternate);
  }
}

}  // namespace

void float_format_abs(StrBuilder& out, double ax, char type, int precision, bool alternate,
                      bool add_dot_0) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isinf(ax)) {
    out.append(upper ? "INF" : "inf");
    return;
  }
  if (std::isnan(ax)) {
    out.append(upper ? "NAN" : "nan");
    return;
  }
  switch (type) {
    case 'f':
    case 'F': {
      std::string buf(static_cast<size_t>(precision) + 340, '\0');
      auto r = std::to_chars(buf.data(), buf.data() + buf.size(), ax, std::chars_format::fixed,
                             precision);
      out.append(std::string_view(buf.data(), r.ptr - buf.data()));
      if (alternate && precision == 0) out.push('.');
      return;
    }
    case 'e':
    case 'E': {
      Digits dg;
      sci_digits(ax, precision, &dg);
      append_sci(out, dg, upper ? 'E' : 'e', alternate);
      return;
    }
    case 'g':
    case 'G':
      format_general(out, ax, precision, upper, alternate, add_dot_0);
      return;
    default: {  // 'r'
      Digits dg;
      sci_digits(ax, -1, &dg);
      if (ax == 0.0) dg.exp = 0;
      if (dg.exp < -4 || dg.exp >= 16) {
        append_sci(out, dg, 'e', false);
      } else {
        append_fixed(out, dg, false, true);
      }
    }
  }
}

void float_repr_to(StrBuilder& out, double x) {
  if (std::signbit(x) && !std::isnan(x)) out.push('-');
  float_format_abs(out, std::fabs(x), 'r', 0, false, true);
}

Str float_repr(double x) {
  StrBuilder out(24);
  float_repr_to(out, x);
  return out.finish();
}

}  // namespace krait::rt
