#include "backend/trace_sites.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "backend/cpp_names.h"
#include "translator/syntax/parse.h"
#include "translator/syntax/unicode.h"

namespace krait::backend {
namespace {

namespace ast = syntax::ast;

// Python's str.isspace() for the characters that occur in source lines.
bool is_space(uint32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0;
}

// A line as code points, since CPython counts characters, not bytes.
using Chars = std::vector<uint32_t>;

Chars decode(std::string_view text) {
  Chars out;
  size_t i = 0;
  while (i < text.size()) {
    syntax::DecodedChar c = syntax::decode_utf8_char(text, i);
    out.push_back(c.length > 0 ? c.code_point : 0xFFFD);
    i += c.length > 0 ? c.length : 1;
  }
  return out;
}

std::string encode(const Chars& chars, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to && i < chars.size(); ++i) syntax::append_utf8(out, chars[i]);
  return out;
}

// str.strip(): the range of `chars` without leading and trailing whitespace.
std::pair<size_t, size_t> strip(const Chars& chars) {
  size_t first = 0, last = chars.size();
  while (first < last && is_space(chars[first])) ++first;
  while (last > first && is_space(chars[last - 1])) --last;
  return {first, last};
}

// traceback._byte_offset_to_character_offset: code points in text[:offset].
int char_offset(std::string_view text, int byte_offset) {
  int n = 0;
  for (int i = 0; i < byte_offset && i < static_cast<int>(text.size()); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

struct Anchors {
  int left_end;
  int right_start;
};

// traceback._extract_caret_anchors_from_line_segment (CPython 3.11.2).
std::optional<Anchors> caret_anchors(const std::string& segment) {
  DiagnosticSink ignored;
  syntax::ParseResult parsed = syntax::parse_file(SourceFile("<segment>", segment), ignored);
  if (parsed.module == nullptr || parsed.module->body.size != 1) return std::nullopt;
  const ast::Stmt* statement = parsed.module->body[0];
  if (statement->kind != ast::NodeKind::kExprStmt) return std::nullopt;
  const ast::Expr* expr = static_cast<const ast::ExprStmt*>(statement)->value;
  std::string_view text = parsed.source->text();
  auto normalize = [&](int offset) { return char_offset(text, offset); };
  if (expr->kind == ast::NodeKind::kBinOp) {
    const auto* binop = static_cast<const ast::BinOp*>(expr);
    Chars chars = decode(text);
    int operator_start = normalize(binop->left->loc.end_col_offset);
    int operator_end = normalize(binop->right->loc.col_offset);
    Chars op(
        chars.begin() + std::min<size_t>(operator_start, chars.size()),
        chars.begin() + std::min<size_t>(std::max(operator_start, operator_end), chars.size()));
    int operator_offset = 0;
    while (operator_offset < static_cast<int>(op.size()) && is_space(op[operator_offset]))
      ++operator_offset;
    int left_anchor = binop->left->loc.end_col_offset + operator_offset;
    int right_anchor = left_anchor + 1;
    if (operator_offset + 1 < static_cast<int>(op.size()) && !is_space(op[operator_offset + 1]))
      ++right_anchor;
    return Anchors{normalize(left_anchor), normalize(right_anchor)};
  }
  if (expr->kind == ast::NodeKind::kSubscript) {
    const auto* subscript = static_cast<const ast::Subscript*>(expr);
    return Anchors{normalize(subscript->value->loc.end_col_offset),
                   normalize(subscript->slice->loc.end_col_offset + 1)};
  }
  return std::nullopt;
}

std::string repeat(char c, int n) {
  return n > 0 ? std::string(static_cast<size_t>(n), c) : std::string();
}

// traceback.StackSummary.format_frame_summary's caret row, or "".
std::string caret_row(std::string_view line, const SourceRange& range) {
  Chars original = decode(line);
  original.push_back('\n');  // linecache keeps the newline
  auto [first, last] = strip(original);
  int stripped_length = static_cast<int>(last - first);
  int stripped_characters = static_cast<int>(original.size()) - stripped_length;
  int start_offset = char_offset(line, range.begin.column) + 1;
  int end_offset = char_offset(line, range.end.column) + 1;
  std::optional<Anchors> anchors;
  if (range.begin.line == range.end.line) {
    anchors = caret_anchors(encode(original, start_offset - 1, end_offset - 1));
  } else {
    end_offset = stripped_characters + stripped_length;
  }
  bool show = end_offset - start_offset < stripped_length ||
              (anchors && anchors->right_start - anchors->left_end > 0);
  if (!show) return "";
  std::string row = "    " + repeat(' ', start_offset - stripped_characters);
  if (anchors) {
    row += repeat('~', anchors->left_end);
    row += repeat('^', anchors->right_start - anchors->left_end);
    row += repeat('~', end_offset - start_offset - anchors->right_start);
  } else {
    row += repeat('^', end_offset - start_offset);
  }
  return row + "\n";
}

std::string stripped(std::string_view line) {
  Chars chars = decode(line);
  auto [first, last] = strip(chars);
  return encode(chars, first, last);
}

}  // namespace

std::string trace_site(const std::string& function, const std::string& file,
                       const SourceRange& range, bool frameless) {
  std::string_view line = range.file ? range.file->line(range.begin.line) : std::string_view();
  std::string out = "{" + cpp_string_literal(function) + ", " + std::to_string(range.begin.line) +
                    ", " + cpp_string_literal(stripped(line)) + ", " +
                    cpp_string_literal(caret_row(line, range));
  if (!file.empty())
    return out + (frameless ? ", true, " : ", false, ") + cpp_string_literal(file) + "}";
  return out + (frameless ? ", true}" : "}");
}

}  // namespace krait::backend
