#include "runtime/re_syntax.h"

#include <unicode/uchar.h>

#include <cstdio>
#include <optional>

#include "runtime/utf8.h"

namespace krait::re_syntax {
namespace {

bool is_digit(uint32_t c) {
  return c >= '0' && c <= '9';
}
bool is_octal(uint32_t c) {
  return c >= '0' && c <= '7';
}
bool is_hex(uint32_t c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_ascii_letter(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_verbose_space(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::vector<uint32_t> decode_utf8(std::string_view s) {
  std::vector<uint32_t> out;
  for (const char* p = s.data(); p < s.data() + s.size();) out.push_back(rt::utf8_decode(p));
  return out;
}

std::string encode_utf8(uint32_t cp) {
  char buf[4];
  return std::string(buf, static_cast<size_t>(rt::utf8_encode(cp, buf)));
}

// Thrown inside the translator only; compile_regex turns it into a result.
struct SyntaxError {
  std::string message;
  int64_t position;
};

// What the last emitted item allows a quantifier to do (Python's parser
// rejects "nothing to repeat" and "multiple repeat"; PCRE2 accepts some).
enum class Last { kNothing, kItem, kRepeat, kRepeatModified };

// One step of an escape: a single code point, or PCRE2 text standing for a
// class (\d) or an assertion (\b).
struct Escape {
  std::optional<uint32_t> codepoint;
  std::string text;
  bool assertion = false;
};

class Translator {
 public:
  Translator(std::string_view pattern, int64_t flags) : src_(decode_utf8(pattern)), flags_(flags) {}

  std::string run() {
    levels_.emplace_back();
    global_flags();
    verbose_ = (flags_ & kVerbose) != 0;
    while (i_ < src_.size()) step();
    if (!parens_.empty())
      throw SyntaxError{"missing ), unterminated subpattern", parens_.back().position};
    if (levels_.back().alternation) mark_optional(levels_.back().groups);
    for (const auto& [n, at] : condition_refs_)
      if (n > groups_) throw error("invalid group reference " + std::to_string(n), at);
    return out_;
  }

  int64_t flags() const { return flags_; }
  const std::vector<std::pair<std::string, int64_t>>& names() const { return names_; }
  std::vector<bool> optional() const {
    std::vector<bool> out(static_cast<size_t>(groups_ + 1), false);
    for (int64_t g : optional_) out[static_cast<size_t>(g)] = true;
    return out;
  }
  // The pattern position (code points) of a byte of the translation.
  int64_t origin(size_t out_offset) const {
    if (origin_.empty()) return 0;
    return origin_[out_offset < origin_.size() ? out_offset : origin_.size() - 1];
  }

 private:
  struct Paren {
    int64_t position;
    int64_t group;  // 0 when not capturing
    bool verbose;   // the verbose mode outside the group
  };
  // What a parenthesis level (and the whole pattern, level 0) holds, to
  // tell which groups a match may leave unset.
  struct Level {
    std::vector<int64_t> groups;  // capturing groups inside, nested ones too
    int64_t group = 0;            // the level's own group, if it captures
    bool alternation = false;     // a '|' at this level
    bool negative = false;        // (?!...) or (?<!...)
  };

  void mark_optional(const std::vector<int64_t>& groups) {
    optional_.insert(optional_.end(), groups.begin(), groups.end());
  }
  // A parenthesis opens: a new level (inside every enclosing one when it
  // captures).
  void push_level(int64_t group, bool negative) {
    if (group > 0)
      for (Level& l : levels_) l.groups.push_back(group);
    levels_.push_back(Level{{}, group, false, negative});
  }

  uint32_t peek(size_t k = 0) const { return i_ + k < src_.size() ? src_[i_ + k] : 0; }
  bool at_end(size_t k = 0) const { return i_ + k >= src_.size(); }
  SyntaxError error(std::string message, size_t position) const {
    return SyntaxError{std::move(message), static_cast<int64_t>(position)};
  }
  void emit(std::string_view text, size_t from) {
    out_ += text;
    origin_.resize(out_.size(), static_cast<int64_t>(from));
  }
  void emit_codepoint(uint32_t cp, size_t from) {
    if (cp < 0x80 && (is_ascii_letter(cp) || is_digit(cp))) {
      emit(std::string(1, static_cast<char>(cp)), from);
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\x{%x}", cp);
      emit(buf, from);
    }
  }
  std::string text(size_t from, size_t to) const {
    std::string out;
    for (size_t k = from; k < to && k < src_.size(); ++k) out += encode_utf8(src_[k]);
    return out;
  }

  // Leading (?aimsux) groups set flags for the whole pattern.
  void global_flags() {
    while (peek() == '(' && peek(1) == '?') {
      size_t k = i_ + 2;
      int64_t flags = 0;
      while (k < src_.size() && flag_value(src_[k]) != 0) flags |= flag_value(src_[k++]);
      if (k == i_ + 2 || k >= src_.size() || src_[k] != ')') return;
      if (flags & kLocale)
        throw error("bad inline flag: cannot use 'L' flag with a str pattern", k - 1);
      flags_ |= flags;
      i_ = k + 1;
    }
  }
  static int64_t flag_value(uint32_t c) {
    switch (c) {
      case 'a':
        return kAscii;
      case 'i':
        return kIgnoreCase;
      case 'L':
        return kLocale;
      case 'm':
        return kMultiline;
      case 's':
        return kDotAll;
      case 'u':
        return kUnicode;
      case 'x':
        return kVerbose;
      default:
        return 0;
    }
  }

  void step() {
    size_t at = i_;
    uint32_t c = src_[i_++];
    bool quantifier_char = c == '*' || c == '+' || c == '?' || c == '{' || c == ')';
    if (!quantifier_char && !(verbose_ && (is_verbose_space(c) || c == '#'))) last_groups_.clear();
    if (verbose_ && is_verbose_space(c)) return skipped();
    if (verbose_ && c == '#') {
      while (!at_end() && peek() != '\n') ++i_;
      return skipped();
    }
    switch (c) {
      case '\\': {
        Escape e = escape(at, false);
        if (e.codepoint) {
          emit_codepoint(*e.codepoint, at);
        } else {
          emit(e.text, at);
        }
        last_ = e.assertion ? Last::kNothing : Last::kItem;
        return;
      }
      case '[':
        char_class(at);
        last_ = Last::kItem;
        return;
      case '(':
        open_paren(at);
        return;
      case ')':
        close_paren(at);
        return;
      case '|':
        levels_.back().alternation = true;
        emit("|", at);
        last_ = Last::kNothing;
        return;
      case '^':
      case '$':
        emit(std::string(1, static_cast<char>(c)), at);
        last_ = Last::kNothing;
        return;
      case '*':
      case '+':
      case '?':
        quantifier(at, std::string(1, static_cast<char>(c)));
        return;
      case '{':
        if (std::optional<std::string> repeat = braces(at)) {
          quantifier(at, *repeat);
        } else {
          emit("\\{", at);
          last_groups_.clear();
          last_ = Last::kItem;
        }
        return;
      default:
        if (c == '.') {
          emit(".", at);
        } else {
          emit(encode_utf8(c), at);
        }
        last_ = Last::kItem;
    }
  }

  // Whitespace or a comment between a quantifier and a '?' or '+' makes
  // that a second quantifier (Python: "multiple repeat"), not a modifier.
  void skipped() {
    if (last_ == Last::kRepeat) last_ = Last::kRepeatModified;
  }

  void quantifier(size_t at, const std::string& spelled) {
    bool modifier = spelled.size() == 1 && (spelled[0] == '?' || spelled[0] == '+');
    if (last_ == Last::kRepeat && modifier) {  // lazy or possessive
      emit(spelled, at);
      last_ = Last::kRepeatModified;
      return;
    }
    if (last_ == Last::kRepeat || last_ == Last::kRepeatModified)
      throw error("multiple repeat", at);
    if (last_ == Last::kNothing) throw error("nothing to repeat", at);
    if (spelled == "*" || spelled == "?" || spelled.rfind("{0", 0) == 0)
      mark_optional(last_groups_);
    emit(spelled, at);
    last_ = Last::kRepeat;
  }

  // {m,n} as Python reads it (m and n optional); nullopt when `{` is literal.
  std::optional<std::string> braces(size_t at) {
    size_t k = i_;
    std::string lo, hi;
    while (k < src_.size() && is_digit(src_[k])) lo += static_cast<char>(src_[k++]);
    bool comma = k < src_.size() && src_[k] == ',';
    if (comma) {
      ++k;
      while (k < src_.size() && is_digit(src_[k])) hi += static_cast<char>(src_[k++]);
    } else {
      hi = lo;
    }
    if (k >= src_.size() || src_[k] != '}' || (k == i_)) return std::nullopt;
    if (!lo.empty() && !hi.empty() && std::stoull(lo) > std::stoull(hi))
      throw error("min repeat greater than max repeat", i_);
    i_ = k + 1;
    (void)at;
    return "{" + (lo.empty() ? std::string("0") : lo) + (comma ? "," + hi : "") + "}";
  }

  void open_paren(size_t at) {
    Paren p{static_cast<int64_t>(at), 0, verbose_};
    if (peek() != '?') {
      p.group = ++groups_;
      parens_.push_back(p);
      push_level(p.group, false);
      emit("(", at);
      last_ = Last::kNothing;
      return;
    }
    ++i_;
    uint32_t c = peek();
    bool negative = c == '!' || (c == '<' && peek(1) == '!');
    if (c == ':' || c == '=' || c == '!' || c == '>') {
      ++i_;
      emit(std::string("(?") + static_cast<char>(c), at);
    } else if (c == '<' && (peek(1) == '=' || peek(1) == '!')) {
      emit(std::string("(?<") + static_cast<char>(peek(1)), at);
      i_ += 2;
    } else if (c == 'P' && peek(1) == '<') {
      i_ += 2;
      std::string name = group_name('>');
      for (const auto& [known, number] : names_) {
        if (known == name)
          throw error("redefinition of group name '" + name + "' as group " +
                          std::to_string(groups_ + 1) + "; was group " + std::to_string(number),
                      i_ - name.size() - 1);
      }
      p.group = ++groups_;
      names_.emplace_back(name, p.group);
      emit("(?P<" + name + ">", at);
    } else if (c == 'P' && peek(1) == '=') {
      i_ += 2;
      size_t name_at = i_;
      std::string name = group_name(')');
      int64_t group = 0;
      for (const auto& [known, number] : names_)
        if (known == name) group = number;
      if (group == 0) throw error("unknown group name '" + name + "'", name_at);
      if (is_open(group)) throw error("cannot refer to an open group", name_at);
      emit("(?P=" + name + ")", at);
      last_ = Last::kItem;
      return;
    } else if (c == '#') {
      while (!at_end() && peek() != ')') ++i_;
      if (at_end()) throw error("missing ), unterminated comment", at);
      ++i_;
      return skipped();
    } else if (c == '(') {  // (?(group)yes|no)
      size_t k = i_ + 1;
      std::string ref;
      while (k < src_.size() && src_[k] != ')') ref += encode_utf8(src_[k++]);
      if (k >= src_.size()) throw error("missing ), unterminated name", i_ + 1);
      check_condition(ref, i_ + 1);
      i_ = k + 1;
      emit("(?(" + ref + ")", at);
    } else if (c == 'P' || c == '<') {
      throw error("unknown extension ?" + text(i_, i_ + 2), at + 1);
    } else {
      scoped_flags(at);
    }
    parens_.push_back(p);
    push_level(p.group, negative);
    last_ = Last::kNothing;
  }

  // (?flags-flags:...) after "(?"; (?flags) is only allowed at the start.
  void scoped_flags(size_t at) {
    std::string on, off;
    bool verbose = verbose_;
    bool negative = false;
    while (!at_end() && (flag_value(peek()) != 0 || peek() == '-')) {
      uint32_t c = src_[i_++];
      if (c == '-') {
        negative = true;
        continue;
      }
      if (c == 'x') verbose = !negative;
      if (c == 'i' || c == 'm' || c == 's') (negative ? off : on) += static_cast<char>(c);
      if (c == 'L') throw error("bad inline flag: cannot use 'L' flag with a str pattern", i_ - 1);
    }
    if (at_end()) throw error("missing -, : or )", i_);
    if (peek() == ')') throw error("global flags not at the start of the expression", at);
    if (peek() != ':') {
      if (i_ == at + 2) throw error("unknown extension ?" + text(i_, i_ + 1), at + 1);
      throw error("missing -, : or )", i_);
    }
    ++i_;
    verbose_ = verbose;
    emit("(?" + on + (off.empty() ? "" : "-" + off) + ":", at);
  }

  std::string group_name(uint32_t terminator) {
    size_t start = i_;
    while (!at_end() && peek() != terminator) ++i_;
    if (at_end())
      throw error(std::string("missing ") + static_cast<char>(terminator) + ", unterminated name",
                  start);
    std::string name = text(start, i_);
    ++i_;
    if (name.empty()) throw error("missing group name", start);
    bool identifier = !is_digit(src_[start]);
    for (size_t k = start; k < i_ - 1; ++k)
      identifier = identifier && (src_[k] >= 0x80 || is_ascii_letter(src_[k]) ||
                                  is_digit(src_[k]) || src_[k] == '_');
    if (!identifier) throw error("bad character in group name '" + name + "'", start);
    return name;
  }

  // The group a conditional (?(ref)...) tests: a name defined before, or a
  // number of a group anywhere in the pattern.
  void check_condition(const std::string& ref, size_t at) {
    bool number = !ref.empty() && ref.find_first_not_of("0123456789") == std::string::npos;
    if (!number) {
      for (const auto& [name, n] : names_)
        if (name == ref) return;
      throw error("unknown group name '" + ref + "'", at);
    }
    int64_t n = ref.size() > 9 ? INT64_MAX : std::stoll(ref);
    if (n == 0) throw error("bad group number", at);
    condition_refs_.emplace_back(n, at);  // may name a group defined later: checked at the end
  }

  bool is_open(int64_t group) const {
    for (const Paren& p : parens_)
      if (p.group == group) return true;
    return false;
  }

  void close_paren(size_t at) {
    if (parens_.empty()) throw error("unbalanced parenthesis", at);
    verbose_ = parens_.back().verbose;
    parens_.pop_back();
    Level level = std::move(levels_.back());
    levels_.pop_back();
    if (level.alternation || level.negative) mark_optional(level.groups);
    last_groups_ = level.groups;
    if (level.group > 0) last_groups_.push_back(level.group);
    emit(")", at);
    last_ = Last::kItem;
  }

  // A character class from after its '['; every literal is spelled \x{..}.
  void char_class(size_t at) {
    emit("[", at);
    if (peek() == '^') {
      ++i_;
      emit("^", at);
    }
    bool first = true;
    while (true) {
      if (at_end()) throw error("unterminated character set", at);
      size_t item_at = i_;
      if (peek() == ']' && !first) {
        ++i_;
        emit("]", item_at);
        return;
      }
      first = false;
      Escape lo = class_item();
      if (peek() == '-' && !at_end(1) && peek(1) != ']') {
        ++i_;
        size_t hi_at = i_;
        Escape hi = class_item();
        if (!lo.codepoint || !hi.codepoint)
          throw error("bad character range " + text(item_at, i_), item_at);
        if (*hi.codepoint < *lo.codepoint)
          throw error("bad character range " + text(item_at, i_), item_at);
        emit_codepoint(*lo.codepoint, item_at);
        emit("-", hi_at);
        emit_codepoint(*hi.codepoint, hi_at);
        continue;
      }
      if (lo.codepoint) {
        emit_codepoint(*lo.codepoint, item_at);
      } else {
        emit(lo.text, item_at);
      }
    }
  }

  Escape class_item() {
    size_t at = i_;
    uint32_t c = src_[i_++];
    if (c == '\\') return escape(at, true);
    return Escape{c, "", false};
  }

  // An escape from its backslash at `at` (i_ is past the backslash).
  Escape escape(size_t at, bool in_class) {
    if (at_end()) throw error("bad escape (end of pattern)", at);
    uint32_t c = src_[i_++];
    switch (c) {
      case 'd':
      case 'D':
      case 's':
      case 'S':
      case 'w':
      case 'W':
        return Escape{std::nullopt, std::string("\\") + static_cast<char>(c), false};
      case 'a':
        return Escape{7, "", false};
      case 'f':
        return Escape{12, "", false};
      case 'n':
        return Escape{10, "", false};
      case 'r':
        return Escape{13, "", false};
      case 't':
        return Escape{9, "", false};
      case 'v':
        return Escape{11, "", false};
      case 'x':
        return Escape{hex_escape(at, 2), "", false};
      case 'u':
        return Escape{hex_escape(at, 4), "", false};
      case 'U':
        return Escape{hex_escape(at, 8), "", false};
      case 'N':
        return Escape{named_character(at), "", false};
      default:
        break;
    }
    if (in_class) {
      if (c == 'b') return Escape{8, "", false};
      if (is_octal(c)) {
        uint32_t value = c - '0';
        for (int k = 0; k < 2 && is_octal(peek()); ++k) value = value * 8 + (src_[i_++] - '0');
        return Escape{octal_in_range(value, at), "", false};
      }
      if (is_digit(c) || is_ascii_letter(c)) throw bad_escape(at);
      return Escape{c, "", false};
    }
    switch (c) {
      case 'A':
        return Escape{std::nullopt, "\\A", true};
      case 'b':
        return Escape{std::nullopt, "\\b", true};
      case 'B':
        return Escape{std::nullopt, "\\B", true};
      case 'Z':
        return Escape{std::nullopt, "\\z", true};
      default:
        break;
    }
    if (c == '0') {
      uint32_t value = 0;
      for (int k = 0; k < 2 && is_octal(peek()); ++k) value = value * 8 + (src_[i_++] - '0');
      return Escape{value, "", false};
    }
    if (is_digit(c)) return group_reference(at, c);
    if (is_ascii_letter(c)) throw bad_escape(at);
    return Escape{c, "", false};
  }

  Escape group_reference(size_t at, uint32_t first) {
    int64_t group = first - '0';
    if (is_digit(peek())) {
      uint32_t second = src_[i_++];
      if (is_octal(first) && is_octal(second) && is_octal(peek())) {
        uint32_t value = ((first - '0') * 8 + (second - '0')) * 8 + (src_[i_++] - '0');
        return Escape{octal_in_range(value, at), "", false};
      }
      group = group * 10 + (second - '0');
    }
    if (group > groups_) throw error("invalid group reference " + std::to_string(group), at + 1);
    if (is_open(group)) throw error("cannot refer to an open group", at);
    return Escape{std::nullopt, "\\g{" + std::to_string(group) + "}", false};
  }

  uint32_t octal_in_range(uint32_t value, size_t at) const {
    if (value > 0377)
      throw error("octal escape value " + text(at, i_) + " outside of range 0-0o377", at);
    return value;
  }

  SyntaxError bad_escape(size_t at) const { return error("bad escape " + text(at, i_), at); }

  uint32_t hex_escape(size_t at, int digits) {
    uint32_t value = 0;
    int n = 0;
    while (n < digits && is_hex(peek())) {
      uint32_t d = src_[i_++];
      value = value * 16 + (is_digit(d) ? d - '0' : (d | 0x20) - 'a' + 10);
      ++n;
    }
    if (n != digits) throw error("incomplete escape " + text(at, i_), at);
    if (value > 0x10FFFF) throw bad_escape(at);
    return value;
  }

  uint32_t named_character(size_t at) {
    if (peek() != '{') throw error("missing {", i_);
    size_t start = ++i_;
    while (!at_end() && peek() != '}') ++i_;
    if (at_end() || i_ == start) throw error("missing character name", start);
    std::string name = text(start, i_);
    ++i_;
    UErrorCode status = U_ZERO_ERROR;
    UChar32 cp = u_charFromName(U_UNICODE_CHAR_NAME, name.c_str(), &status);
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      cp = u_charFromName(U_CHAR_NAME_ALIAS, name.c_str(), &status);
    }
    if (U_FAILURE(status)) throw error("undefined character name '" + name + "'", at);
    return static_cast<uint32_t>(cp);
  }

  std::vector<uint32_t> src_;
  size_t i_ = 0;
  int64_t flags_;
  bool verbose_ = false;
  Last last_ = Last::kNothing;
  int64_t groups_ = 0;
  std::vector<Paren> parens_;
  std::vector<Level> levels_;
  std::vector<int64_t> last_groups_;  // the groups of the item a quantifier applies to
  std::vector<int64_t> optional_;
  std::vector<std::pair<int64_t, size_t>> condition_refs_;  // (group, position)
  std::vector<std::pair<std::string, int64_t>> names_;
  std::string out_;
  std::vector<int64_t> origin_;
};

uint32_t pcre2_options(int64_t flags) {
  uint32_t options = PCRE2_UTF | PCRE2_NO_UTF_CHECK;
  if (!(flags & kAscii)) options |= PCRE2_UCP;
  if (flags & kIgnoreCase) options |= PCRE2_CASELESS;
  if (flags & kMultiline) options |= PCRE2_MULTILINE;
  if (flags & kDotAll) options |= PCRE2_DOTALL;
  return options;
}

}  // namespace

CompiledRegex compile_regex(std::string_view pattern, int64_t flags, uint32_t anchoring) {
  CompiledRegex result;
  Translator translator(pattern, flags);
  std::string pcre;
  try {
    pcre = translator.run();
  } catch (const SyntaxError& e) {
    result.error = e.message;
    result.error_position = e.position;
    return result;
  }
  result.flags = translator.flags();
  if (!(result.flags & kAscii)) result.flags |= kUnicode;
  if ((result.flags & kAscii) && (flags & kUnicode)) {
    result.error = "ASCII and UNICODE flags are incompatible";
    return result;
  }
  result.names = translator.names();
  result.optional = translator.optional();
  // '.' and '$' treat only "\n" as a line end, as Python does.
  pcre2_compile_context* context = pcre2_compile_context_create(nullptr);
  pcre2_set_newline(context, PCRE2_NEWLINE_LF);
  int code = 0;
  PCRE2_SIZE offset = 0;
  result.code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pcre.data()), pcre.size(),
                              pcre2_options(result.flags) | anchoring, &code, &offset, context);
  pcre2_compile_context_free(context);
  if (result.code == nullptr) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(code, message, sizeof message);
    result.error = reinterpret_cast<const char*>(message);
    result.error_position = translator.origin(offset);
    return result;
  }
  uint32_t captures = 0;
  pcre2_pattern_info(result.code, PCRE2_INFO_CAPTURECOUNT, &captures);
  result.groups = captures;
  return result;
}

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    if (c != 0 &&
        std::string_view("()[]{}?*+-|^$\\.&~# \t\n\r\v\f").find(c) != std::string_view::npos)
      out += '\\';
    out += c;
  }
  return out;
}

}  // namespace krait::re_syntax
