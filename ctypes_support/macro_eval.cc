#include "ctypes_support/macro_eval.h"

#include <cctype>
#include <functional>
#include <set>

namespace krait::ctypes_support {
namespace {

uint64_t mask(int width) {
  return width >= 64 ? ~0ULL : (1ULL << width) - 1;
}

CInteger make(uint64_t value, int width, bool is_unsigned) {
  return CInteger{value & mask(width), width, is_unsigned};
}

CInteger make_int(int64_t value) {
  return make(static_cast<uint64_t>(value), 32, false);
}

// C's usual arithmetic conversions for two operands of rank int or long.
void convert(CInteger& a, CInteger& b) {
  auto widen = [](CInteger& x, int width, bool is_unsigned) {
    uint64_t v = x.is_unsigned ? x.bits_value : static_cast<uint64_t>(x.as_signed());
    x = make(v, width, is_unsigned);
  };
  int width = std::max(a.width, b.width);
  bool is_unsigned;
  if (a.width == b.width) {
    is_unsigned = a.is_unsigned || b.is_unsigned;
  } else {
    is_unsigned = a.width > b.width ? a.is_unsigned : b.is_unsigned;
  }
  widen(a, width, is_unsigned);
  widen(b, width, is_unsigned);
}

bool less(const CInteger& a, const CInteger& b) {
  return a.is_unsigned ? a.bits_value < b.bits_value : a.as_signed() < b.as_signed();
}

// Recursive descent over one macro's tokens, with C's precedence.
class Evaluator {
 public:
  using Lookup = std::function<std::optional<CInteger>(const std::string&)>;
  Evaluator(const std::vector<MacroToken>& tokens, Lookup lookup)
      : tokens_(tokens), lookup_(std::move(lookup)) {}

  std::optional<CInteger> run() {
    std::optional<CInteger> value = conditional();
    if (!value || pos_ != tokens_.size()) return std::nullopt;
    return value;
  }

 private:
  bool at(const char* punct) const {
    return pos_ < tokens_.size() && tokens_[pos_].kind == MacroToken::Kind::kPunct &&
           tokens_[pos_].text == punct;
  }
  bool accept(const char* punct) {
    if (!at(punct)) return false;
    ++pos_;
    return true;
  }

  std::optional<CInteger> conditional() {
    std::optional<CInteger> test = binary(0);
    if (!test || !accept("?")) return test;
    std::optional<CInteger> yes = conditional();
    if (!yes || !accept(":")) return std::nullopt;
    std::optional<CInteger> no = conditional();
    if (!no) return std::nullopt;
    convert(*yes, *no);
    return test->bits_value != 0 ? yes : no;
  }

  // Binary operators by precedence level, loosest first.
  static constexpr const char* kLevels[][4] = {
      {"||"},       {"&&"},     {"|"},           {"^"}, {"&"}, {"==", "!="}, {"<", ">", "<=", ">="},
      {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"},
  };
  static constexpr int kLevelCount = sizeof kLevels / sizeof kLevels[0];

  std::optional<CInteger> binary(int level) {
    if (level == kLevelCount) return unary();
    std::optional<CInteger> left = binary(level + 1);
    while (left) {
      const char* op = nullptr;
      for (const char* candidate : kLevels[level]) {
        if (candidate != nullptr && at(candidate)) op = candidate;
      }
      if (op == nullptr) break;
      ++pos_;
      std::optional<CInteger> right = binary(level + 1);
      if (!right) return std::nullopt;
      left = apply(op, *left, *right);
    }
    return left;
  }

  static std::optional<CInteger> apply(const std::string& op, CInteger a, CInteger b) {
    if (op == "||") return make_int(a.bits_value != 0 || b.bits_value != 0);
    if (op == "&&") return make_int(a.bits_value != 0 && b.bits_value != 0);
    if (op == "<<" || op == ">>") {
      int64_t shift = b.is_unsigned ? static_cast<int64_t>(b.bits_value) : b.as_signed();
      if (shift < 0 || shift >= a.width) return std::nullopt;
      if (op == "<<") return make(a.bits_value << shift, a.width, a.is_unsigned);
      if (a.is_unsigned) return make(a.bits_value >> shift, a.width, true);
      return make(static_cast<uint64_t>(a.as_signed() >> shift), a.width, false);
    }
    convert(a, b);
    uint64_t x = a.bits_value, y = b.bits_value;
    if (op == "==") return make_int(x == y);
    if (op == "!=") return make_int(x != y);
    if (op == "<") return make_int(less(a, b));
    if (op == ">") return make_int(less(b, a));
    if (op == "<=") return make_int(!less(b, a));
    if (op == ">=") return make_int(!less(a, b));
    if (op == "|") return make(x | y, a.width, a.is_unsigned);
    if (op == "^") return make(x ^ y, a.width, a.is_unsigned);
    if (op == "&") return make(x & y, a.width, a.is_unsigned);
    if (op == "+") return make(x + y, a.width, a.is_unsigned);
    if (op == "-") return make(x - y, a.width, a.is_unsigned);
    if (op == "*") return make(x * y, a.width, a.is_unsigned);
    if (y == 0) return std::nullopt;
    if (a.is_unsigned) return make(op == "/" ? x / y : x % y, a.width, true);
    int64_t sx = a.as_signed(), sy = b.as_signed();
    if (sy == -1) return make(op == "/" ? 0 - x : 0, a.width, false);  // no INT_MIN / -1 trap
    return make(static_cast<uint64_t>(op == "/" ? sx / sy : sx % sy), a.width, false);
  }

  std::optional<CInteger> unary() {
    if (accept("+")) return unary();
    if (accept("-")) {
      std::optional<CInteger> v = unary();
      if (v) *v = make(0 - v->bits_value, v->width, v->is_unsigned);
      return v;
    }
    if (accept("~")) {
      std::optional<CInteger> v = unary();
      if (v) *v = make(~v->bits_value, v->width, v->is_unsigned);
      return v;
    }
    if (accept("!")) {
      std::optional<CInteger> v = unary();
      if (v) *v = make_int(v->bits_value == 0);
      return v;
    }
    if (std::optional<CInteger> cast_type = cast()) {
      std::optional<CInteger> v = unary();
      if (!v) return v;
      uint64_t value = v->is_unsigned ? v->bits_value : static_cast<uint64_t>(v->as_signed());
      return make(value, cast_type->width, cast_type->is_unsigned);
    }
    return primary();
  }

  // `(unsigned long)`: a cast to an integer type spelled with keywords only.
  std::optional<CInteger> cast() {
    if (!at("(")) return std::nullopt;
    size_t p = pos_ + 1;
    int longs = 0;
    bool is_unsigned = false, any = false, is_char = false, is_short = false;
    for (; p < tokens_.size() && tokens_[p].kind == MacroToken::Kind::kIdentifier; ++p) {
      const std::string& word = tokens_[p].text;
      if (word == "unsigned") {
        is_unsigned = true;
      } else if (word == "long") {
        ++longs;
      } else if (word == "char") {
        is_char = true;
      } else if (word == "short") {
        is_short = true;
      } else if (word != "signed" && word != "int") {
        return std::nullopt;
      }
      any = true;
    }
    if (!any || p >= tokens_.size() || tokens_[p].text != ")" || is_char || is_short) {
      return std::nullopt;
    }
    pos_ = p + 1;
    return CInteger{0, longs > 0 ? 64 : 32, is_unsigned};
  }

  std::optional<CInteger> primary() {
    if (pos_ >= tokens_.size()) return std::nullopt;
    const MacroToken& token = tokens_[pos_++];
    switch (token.kind) {
      case MacroToken::Kind::kNumber:
        return parse_integer_literal(token.text);
      case MacroToken::Kind::kChar: {
        if (token.text.size() < 3 || token.text[0] != '\'') return std::nullopt;
        std::optional<std::string> bytes =
            decode_string_literal("\"" + token.text.substr(1, token.text.size() - 2) + "\"");
        if (!bytes || bytes->size() != 1) return std::nullopt;
        return make_int(static_cast<signed char>((*bytes)[0]));  // char is signed here
      }
      case MacroToken::Kind::kIdentifier:
        return lookup_(token.text);
      case MacroToken::Kind::kPunct:
        if (token.text == "(") {
          std::optional<CInteger> v = conditional();
          if (!v || !accept(")")) return std::nullopt;
          return v;
        }
        return std::nullopt;
      case MacroToken::Kind::kString:
        return std::nullopt;
    }
    return std::nullopt;
  }

  const std::vector<MacroToken>& tokens_;
  Lookup lookup_;
  size_t pos_ = 0;
};

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::string> evaluate_string(const std::vector<MacroToken>& tokens) {
  std::string bytes;
  for (const MacroToken& token : tokens) {
    if (token.kind != MacroToken::Kind::kString) return std::nullopt;
    std::optional<std::string> part = decode_string_literal(token.text);
    if (!part) return std::nullopt;
    bytes += *part;
  }
  return bytes;
}

}  // namespace

int64_t CInteger::as_signed() const {
  if (width >= 64) return static_cast<int64_t>(bits_value);
  uint64_t sign = 1ULL << (width - 1);
  return static_cast<int64_t>((bits_value ^ sign) - sign);
}

std::optional<CInteger> parse_integer_literal(const std::string& text) {
  size_t pos = 0;
  int base = 10;
  if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    pos = 2;
  } else if (text.size() > 1 && text[0] == '0' && (text[1] == 'b' || text[1] == 'B')) {
    base = 2;
    pos = 2;
  } else if (text.size() > 1 && text[0] == '0') {
    base = 8;
  }
  unsigned __int128 value = 0;
  size_t digits = 0;
  for (; pos < text.size(); ++pos) {
    if (text[pos] == '\'') continue;  // C23 digit separator
    int digit = hex_digit(text[pos]);
    if (digit < 0 || digit >= base) break;
    value = value * base + digit;
    if (value > ~0ULL) return std::nullopt;
    ++digits;
  }
  if (digits == 0 && base != 8) return std::nullopt;
  bool has_u = false;
  int longs = 0;
  for (; pos < text.size(); ++pos) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[pos])));
    if (c == 'u' && !has_u) {
      has_u = true;
    } else if (c == 'l' && longs < 2) {
      ++longs;
    } else {
      return std::nullopt;  // a float, or a suffix C does not have
    }
  }
  uint64_t v = static_cast<uint64_t>(value);
  // C11 6.4.4.1: the first type of the list that holds the value.
  bool other_base = base != 10;
  if (longs == 0) {
    if (!has_u && v <= 0x7fffffffULL) return make(v, 32, false);
    if ((has_u || other_base) && v <= 0xffffffffULL) return make(v, 32, true);
  }
  if (!has_u && v <= 0x7fffffffffffffffULL) return make(v, 64, false);
  if (has_u || other_base) return make(v, 64, true);
  return std::nullopt;  // a decimal too large for long: not a C constant
}

std::optional<std::string> decode_string_literal(const std::string& text) {
  size_t pos = 0;
  if (text.rfind("u8", 0) == 0) pos = 2;
  if (pos >= text.size() || text[pos] != '"' || text.size() < pos + 2 || text.back() != '"') {
    return std::nullopt;  // L"", u"", U"" and raw strings are not bytes
  }
  std::string bytes;
  size_t end = text.size() - 1;
  for (++pos; pos < end; ++pos) {
    char c = text[pos];
    if (c != '\\') {
      bytes += c;
      continue;
    }
    if (++pos >= end) return std::nullopt;
    c = text[pos];
    switch (c) {
      case 'n':
        bytes += '\n';
        break;
      case 't':
        bytes += '\t';
        break;
      case 'r':
        bytes += '\r';
        break;
      case 'a':
        bytes += '\a';
        break;
      case 'b':
        bytes += '\b';
        break;
      case 'f':
        bytes += '\f';
        break;
      case 'v':
        bytes += '\v';
        break;
      case 'e':
        bytes += '\x1b';
        break;
      case '\\':
      case '\'':
      case '"':
      case '?':
        bytes += c;
        break;
      case 'x': {
        unsigned value = 0;
        int count = 0;
        while (pos + 1 < end && hex_digit(text[pos + 1]) >= 0) {
          value = value * 16 + hex_digit(text[++pos]);
          ++count;
        }
        if (count == 0) return std::nullopt;
        bytes += static_cast<char>(value & 0xff);
        break;
      }
      default: {
        if (c < '0' || c > '7') return std::nullopt;
        unsigned value = c - '0';
        for (int i = 0; i < 2 && pos + 1 < end && text[pos + 1] >= '0' && text[pos + 1] <= '7';
             ++i) {
          value = value * 8 + (text[++pos] - '0');
        }
        bytes += static_cast<char>(value & 0xff);
      }
    }
  }
  return bytes;
}

std::string join_tokens(const std::vector<MacroToken>& tokens) {
  std::string text;
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool word = tokens[i].kind != MacroToken::Kind::kPunct;
    bool prev_word = i > 0 && tokens[i - 1].kind != MacroToken::Kind::kPunct;
    if (i > 0 && (word || tokens[i].text != ")") && tokens[i - 1].text != "(" &&
        !(word && !prev_word && (tokens[i - 1].text == "-" || tokens[i - 1].text == "~") &&
          (i == 1 || tokens[i - 2].kind == MacroToken::Kind::kPunct))) {
      text += ' ';
    }
    text += tokens[i].text;
  }
  return text;
}

std::vector<CMacro> evaluate_macros(const std::vector<RawMacro>& macros,
                                    const std::map<std::string, int64_t>& enum_constants) {
  std::map<std::string, const RawMacro*> by_name;
  for (const RawMacro& m : macros) by_name[m.name] = &m;
  std::map<std::string, std::optional<CInteger>> memo;
  std::set<std::string> in_progress;

  std::function<std::optional<CInteger>(const std::string&)> integer_of =
      [&](const std::string& name) -> std::optional<CInteger> {
    if (auto it = memo.find(name); it != memo.end()) return it->second;
    auto macro = by_name.find(name);
    if (macro == by_name.end()) {
      auto constant = enum_constants.find(name);
      if (constant == enum_constants.end()) return std::nullopt;
      return make(static_cast<uint64_t>(constant->second), 32, false);
    }
    if (!in_progress.insert(name).second) return std::nullopt;  // a cycle
    std::optional<CInteger> value;
    if (!macro->second->tokens.empty()) value = Evaluator(macro->second->tokens, integer_of).run();
    in_progress.erase(name);
    memo[name] = value;
    return value;
  };

  std::vector<CMacro> result;
  for (const RawMacro& raw : macros) {
    CMacro macro;
    macro.name = raw.name;
    macro.replacement = join_tokens(raw.tokens);
    macro.location = raw.location;
    macro.in_main_file = raw.in_main_file;
    if (std::optional<CInteger> value = integer_of(raw.name)) {
      macro.kind = CMacro::Kind::kInteger;
      macro.is_unsigned = value->is_unsigned;
      macro.int_value =
          value->is_unsigned ? static_cast<int64_t>(value->bits_value) : value->as_signed();
    } else if (std::optional<std::string> bytes = evaluate_string(raw.tokens);
               bytes && !raw.tokens.empty()) {
      macro.kind = CMacro::Kind::kString;
      macro.string_value = *bytes;
    } else {
      continue;
    }
    result.push_back(std::move(macro));
  }
  return result;
}

}  // namespace krait::ctypes_support
