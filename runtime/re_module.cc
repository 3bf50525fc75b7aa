#include "runtime/re_module.h"

#include <string>
#include <vector>

#include "runtime/repr.h"

namespace krait::rt {
namespace {

[[noreturn]] void raise_re_error(const std::string& message, int64_t position) {
  std::string text = message;
  if (position >= 0) text += " at position " + std::to_string(position);
  raise(gc_new<re::error>(Str(text)));
}

// One context for every match: no backtracking limits (CPython's re has
// none) and a JIT stack that grows to 64 MiB for deeply nested patterns.
pcre2_match_context* match_context() {
  static pcre2_match_context* context = [] {
    pcre2_match_context* c = pcre2_match_context_create(nullptr);
    pcre2_jit_stack_assign(c, nullptr,
                           pcre2_jit_stack_create(32 * 1024, 64 * 1024 * 1024, nullptr));
    pcre2_set_match_limit(c, UINT32_MAX);
    pcre2_set_depth_limit(c, UINT32_MAX);
    pcre2_set_heap_limit(c, UINT32_MAX);
    return c;
  }();
  return context;
}

void free_pattern_code(void* object, void*) {
  auto* p = static_cast<RePattern*>(object);
  for (pcre2_code* c : p->code)
    if (c != nullptr) pcre2_code_free(c);
  if (p->data != nullptr) pcre2_match_data_free(p->data);
}

RePattern* compile_new(Str pattern, int64_t flags) {
  re_syntax::CompiledRegex r = re_syntax::compile_regex(pattern.view(), flags);
  if (r.code == nullptr) raise_re_error(r.error, r.error_position);
  auto* p = gc_new<RePattern>();
  p->pattern = pattern;
  p->flags = r.flags;
  p->groups = r.groups;
  p->groupindex = Dict<Str, int64_t>::make();
  for (const auto& [name, number] : r.names) p->groupindex->set_item(Str(name), number);
  pcre2_jit_compile(r.code, PCRE2_JIT_COMPLETE);  // without a JIT, PCRE2 interprets
  p->code[RePattern::kSearch] = r.code;
  p->data = pcre2_match_data_create_from_pattern(r.code, nullptr);
  GC_register_finalizer(p, free_pattern_code, nullptr, nullptr, nullptr);
  return p;
}

// A sub()/expand() template, parsed as CPython's re._parser.parse_template:
// literal pieces and group references (group -1: a literal).
struct Template {
  struct Piece {
    std::string literal;
    int64_t group = -1;
  };
  std::vector<Piece> pieces;

  void literal(std::string_view text) {
    if (pieces.empty() || pieces.back().group >= 0) pieces.push_back(Piece{});
    pieces.back().literal += text;
  }

  void expand_to(StrBuilder& out, Str s, const PCRE2_SIZE* ov) const {
    for (const Piece& p : pieces) {
      if (p.group < 0) {
        out.append(p.literal);
      } else if (ov[2 * p.group] != PCRE2_UNSET) {
        out.append(
            std::string_view(s.data() + ov[2 * p.group], ov[2 * p.group + 1] - ov[2 * p.group]));
      }
    }
  }
};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_octal(char c) {
  return c >= '0' && c <= '7';
}

// The template's position (code points) of byte i, for error messages.
int64_t position(Str tmpl, size_t i) {
  return utf8_count(tmpl.data(), static_cast<int64_t>(i));
}

bool is_identifier(std::string_view name) {
  if (name.empty() || is_digit(name[0])) return false;
  for (char c : name)
    if (!(static_cast<unsigned char>(c) >= 0x80 || c == '_' || is_digit(c) ||
          ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
      return false;
  return true;
}

Template parse_template(Str tmpl, const RePattern* re) {
  Template t;
  std::string_view src = tmpl.view();
  auto add_group = [&](int64_t index, size_t at) {
    if (index > re->groups)
      raise_re_error("invalid group reference " + std::to_string(index), position(tmpl, at));
    t.pieces.push_back(Template::Piece{"", index});
  };
  size_t i = 0;
  while (i < src.size()) {
    size_t next = src.find('\\', i);
    if (next == std::string_view::npos) next = src.size();
    if (next > i) t.literal(src.substr(i, next - i));
    i = next;
    if (i >= src.size()) break;
    size_t at = i++;
    if (i >= src.size()) raise_re_error("bad escape (end of pattern)", position(tmpl, at));
    char c = src[i++];
    if (c == 'g') {
      if (i >= src.size() || src[i] != '<') raise_re_error("missing <", position(tmpl, i));
      size_t start = ++i;
      size_t close = src.find('>', start);
      if (close == std::string_view::npos)
        raise_re_error("missing >, unterminated name", position(tmpl, start));
      std::string name(src.substr(start, close - start));
      if (name.empty()) raise_re_error("missing group name", position(tmpl, start));
      i = close + 1;
      if (is_identifier(name)) {
        const int64_t* index = re->groupindex->find_value(Str(name));
        if (index == nullptr) raise_new<IndexError>(("unknown group name '" + name + "'").c_str());
        add_group(*index, start);
      } else {
        bool number = true;
        for (char d : name) number = number && is_digit(d);
        if (!number)
          raise_re_error("bad character in group name '" + name + "'", position(tmpl, start));
        add_group(name.size() > 9 ? INT64_MAX : std::stoll(name), start);
      }
    } else if (c == '0') {
      int value = 0;
      for (int k = 0; k < 2 && i < src.size() && is_octal(src[i]); ++k)
        value = value * 8 + (src[i++] - '0');
      char buf[4];
      t.literal(std::string_view(buf, utf8_encode(static_cast<uint32_t>(value & 0xff), buf)));
    } else if (is_digit(c)) {
      int64_t index = c - '0';
      if (i < src.size() && is_digit(src[i])) {
        char second = src[i++];
        if (is_octal(c) && is_octal(second) && i < src.size() && is_octal(src[i])) {
          int value = ((c - '0') * 8 + (second - '0')) * 8 + (src[i++] - '0');
          if (value > 0377)
            raise_re_error("octal escape value " + std::string(src.substr(at, 4)) +
                               " outside of range 0-0o377",
                           position(tmpl, at));
          char buf[4];
          t.literal(std::string_view(buf, utf8_encode(static_cast<uint32_t>(value), buf)));
          continue;
        }
        index = index * 10 + (second - '0');
      }
      add_group(index, at + 1);
    } else {
      const char* escapes = "a\ab\bf\fn\nr\rt\tv\v\\\\";
      const char* found = nullptr;
      for (const char* e = escapes; *e != 0; e += 2)
        if (*e == c) found = e + 1;
      if (found != nullptr) {
        t.literal(std::string_view(found, 1));
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        raise_re_error("bad escape \\" + std::string(1, c), position(tmpl, at));
      } else {
        t.literal(src.substr(at, i - at));  // \& stays \&
      }
    }
  }
  return t;
}

[[noreturn]] void raise_match_failure(int rc) {
  PCRE2_UCHAR message[256];
  pcre2_get_error_message(rc, message, sizeof message);
  raise_new<RuntimeError>(
      ("regular expression match failed: " + std::string(reinterpret_cast<char*>(message)))
          .c_str());
}

}  // namespace

RePattern* re_compile(Str pattern, int64_t flags) {
  static Dict<Tuple<Str, int64_t>, RePattern*>* cache = nullptr;
  if (cache == nullptr || cache->size() >= 512)
    cache = Dict<Tuple<Str, int64_t>, RePattern*>::make();
  Tuple<Str, int64_t> key(pattern, flags);
  if (RePattern* const* hit = cache->find_value(key)) return *hit;
  RePattern* p = compile_new(pattern, flags);
  cache->set_item(key, p);
  return p;
}

RePattern* re_compile(RePattern* pattern, int64_t flags) {
  if (flags != 0) raise_value_error("cannot process flags argument with a compiled pattern");
  return pattern;
}

Str re_escape(Str pattern) {
  return Str(re_syntax::escape(pattern.view()));
}

pcre2_code* RePattern::code_for(Mode mode) {
  if (code[mode] == nullptr) {
    uint32_t anchoring = mode == kMatch ? PCRE2_ANCHORED : PCRE2_ANCHORED | PCRE2_ENDANCHORED;
    re_syntax::CompiledRegex r = re_syntax::compile_regex(pattern.view(), flags, anchoring);
    if (r.code == nullptr) raise_re_error(r.error, r.error_position);
    pcre2_jit_compile(r.code, PCRE2_JIT_COMPLETE);
    code[mode] = r.code;
  }
  return code[mode];
}

ReMatch* RePattern::first(Mode mode, Str s, int64_t pos, int64_t endpos) {
  ReScan scan(this, s, pos, endpos, mode);
  const PCRE2_SIZE* ov = scan.next();
  return ov == nullptr ? nullptr : scan.match_object(ov);
}

List<Str>* RePattern::findall(Str s, int64_t pos, int64_t endpos) {
  auto* out = List<Str>::make();
  ReScan scan(this, s, pos, endpos);
  while (const PCRE2_SIZE* ov = scan.next())
    out->append(re_group_text(s, ov, groups == 0 ? 0 : 1, true));
  return out;
}

ReMatches RePattern::finditer(Str s, int64_t pos, int64_t endpos) {
  return ReMatches{ReScan(this, s, pos, endpos)};
}

Tuple<Str, int64_t> RePattern::subn(Str repl, Str s, int64_t count) {
  Template t = parse_template(repl, this);
  return re_substitute(this, s, count, [&](StrBuilder& out, ReScan&, const PCRE2_SIZE* ov) {
    t.expand_to(out, s, ov);
  });
}

List<Str>* RePattern::split(Str s, int64_t maxsplit) {
  auto* out = List<Str>::make();
  ReScan scan(this, s, 0, INT64_MAX);
  int64_t last = 0, n = 0;
  while (maxsplit == 0 || n < maxsplit) {
    const PCRE2_SIZE* ov = scan.next();
    if (ov == nullptr) break;
    out->append(Str(std::string_view(s.data() + last, ov[0] - last)));
    for (int64_t g = 1; g <= groups; ++g) out->append(re_group_text(s, ov, g, false));
    last = static_cast<int64_t>(ov[1]);
    ++n;
  }
  out->append(Str(std::string_view(s.data() + last, s.nbytes() - last)));
  return out;
}

Str RePattern::py_repr() {
  StrBuilder out;
  out.append("re.compile(");
  std::string text(pattern.view());
  repr_to(out, text.size() > 200 ? Str(std::string_view(text).substr(0, 200)) : pattern);
  static const std::pair<int64_t, const char*> kNames[] = {
      {re_syntax::kIgnoreCase, "re.IGNORECASE"},
      {re_syntax::kLocale, "re.LOCALE"},
      {re_syntax::kMultiline, "re.MULTILINE"},
      {re_syntax::kDotAll, "re.DOTALL"},
      {re_syntax::kUnicode, "re.UNICODE"},
      {re_syntax::kVerbose, "re.VERBOSE"},
      {re_syntax::kAscii, "re.ASCII"}};
  bool first = true;
  for (const auto& [bit, name] : kNames) {
    if (!(flags & bit) || bit == re_syntax::kUnicode) continue;
    out.append(first ? ", " : "|");
    out.append(name);
    first = false;
  }
  out.append(")");
  return out.finish();
}

ReScan::ReScan(RePattern* re, Str s, int64_t pos, int64_t endpos, RePattern::Mode mode)
    : re(re), s(s), mode(mode) {
  int64_t n = s.len();
  pos = pos < 0 ? 0 : pos > n ? n : pos;
  endpos = endpos < 0 ? 0 : endpos > n ? n : endpos;
  pos_cp = pos;
  endpos_cp = endpos;
  at_cp = pos;
  at_byte = s.byte_offset(pos);
  end_byte = s.byte_offset(endpos);
  done = endpos < pos;
}

const PCRE2_SIZE* ReScan::next() {
  if (done) return nullptr;
  uint32_t options = PCRE2_NO_UTF_CHECK | (must_advance ? PCRE2_NOTEMPTY_ATSTART : 0);
  int rc = pcre2_match(re->code_for(mode), reinterpret_cast<PCRE2_SPTR>(s.data()),
                       static_cast<PCRE2_SIZE>(end_byte), static_cast<PCRE2_SIZE>(at_byte), options,
                       re->data, match_context());
  if (rc == PCRE2_ERROR_NOMATCH) {
    done = true;
    return nullptr;
  }
  if (rc < 0) raise_match_failure(rc);
  const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(re->data);
  anchor_byte = at_byte;
  anchor_cp = at_cp;
  auto end = static_cast<int64_t>(ov[1]);
  at_cp += s.is_ascii() ? end - at_byte : utf8_count(s.data() + at_byte, end - at_byte);
  at_byte = end;
  must_advance = ov[0] == ov[1];
  return ov;
}

ReMatch* ReScan::match_object(const PCRE2_SIZE* ov) const {
  auto* m = gc_new<ReMatch>();
  m->re = re;
  m->string = s;
  m->pos = pos_cp;
  m->endpos = endpos_cp;
  int64_t n = 2 * (re->groups + 1);
  m->spans = static_cast<int64_t*>(gc_alloc_atomic(sizeof(int64_t) * static_cast<size_t>(n)));
  for (int64_t k = 0; k < n; ++k)
    m->spans[k] = ov[k] == PCRE2_UNSET ? -1 : static_cast<int64_t>(ov[k]);
  m->anchor_byte = anchor_byte;
  m->anchor_cp = anchor_cp;
  return m;
}

Str re_group_text(Str s, const PCRE2_SIZE* ov, int64_t g, bool empty_unset) {
  if (ov[2 * g] == PCRE2_UNSET) return empty_unset ? Str("") : Str();
  return Str(std::string_view(s.data() + ov[2 * g], ov[2 * g + 1] - ov[2 * g]));
}

int64_t ReMatch::span_byte(int64_t g, int which) const {
  if (g < 0 || g > re->groups) raise_index_error("no such group");
  return spans[2 * g + which];
}

int64_t ReMatch::group_number(Str name) const {
  const int64_t* g = re->groupindex->find_value(name);
  if (g == nullptr) raise_index_error("no such group");
  return *g;
}

int64_t ReMatch::cp(int64_t byte) const {
  if (byte < 0 || string.is_ascii()) return byte;
  if (byte >= anchor_byte)
    return anchor_cp + utf8_count(string.data() + anchor_byte, byte - anchor_byte);
  return utf8_count(string.data(), byte);
}

Str ReMatch::group(int64_t g) const {
  int64_t b = span_byte(g, 0);
  if (b < 0) return Str();
  return Str(std::string_view(string.data() + b, static_cast<size_t>(spans[2 * g + 1] - b)));
}

VarTuple<Str> ReMatch::groups(Str missing) const {
  Str* items = nullptr;
  VarTuple<Str> out = VarTuple<Str>::make(re->groups, &items);
  for (int64_t g = 1; g <= re->groups; ++g) items[g - 1] = or_missing(group(g), missing);
  return out;
}

Dict<Str, Str>* ReMatch::groupdict(Str missing) const {
  auto* out = Dict<Str, Str>::make();
  for (const auto& [name, g] : re->groupindex->items()) {
    Str text = group(g);
    out->set_item(name, text.is_none() ? missing : text);
  }
  return out;
}

Str ReMatch::expand(Str tmpl) const {
  Template t = parse_template(tmpl, re);
  std::vector<PCRE2_SIZE> ov(static_cast<size_t>(2 * (re->groups + 1)));
  for (size_t k = 0; k < ov.size(); ++k)
    ov[k] = spans[k] < 0 ? PCRE2_UNSET : static_cast<PCRE2_SIZE>(spans[k]);
  StrBuilder out;
  t.expand_to(out, string, ov.data());
  return out.finish();
}

Str ReMatch::py_repr() {
  StrBuilder out;
  out.append("<re.Match object; span=(");
  int_to_str(out, start());
  out.append(", ");
  int_to_str(out, end());
  out.append("), match=");
  repr_to(out, group());
  out.append(">");
  return out.finish();
}

}  // namespace krait::rt
