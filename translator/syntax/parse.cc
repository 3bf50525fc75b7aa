#include "translator/syntax/parse.h"

#include "translator/syntax/parser.h"
#include "translator/syntax/source_encoding.h"
#include "translator/syntax/tokenizer.h"
#include "translator/syntax/unicode.h"

namespace krait::syntax {
namespace {

// The byte column at which `line` is displayed at column `display` (1-based,
// in code points); past the end of the line columns keep counting.
int byte_column_displayed_at(std::string_view line, int display) {
  size_t column = 0;
  int shown = 1;
  while (column < line.size() && shown < display) {
    DecodedChar ch = decode_utf8_char(line, column);
    column += ch.length > 0 ? ch.length : 1;
    ++shown;
  }
  return static_cast<int>(column) + (display - shown);
}

// The column in the U+FFFD-repaired line of a byte column in the raw line.
int repaired_column(std::string_view raw_line, int column) {
  int repaired = column;
  for (size_t i = 0; i < raw_line.size() && static_cast<int>(i) < column;) {
    DecodedChar ch = decode_utf8_char(raw_line, i);
    if (ch.length == 0) repaired += 2;  // one byte became three
    i += ch.length > 0 ? ch.length : 1;
  }
  return repaired;
}

}  // namespace

ParseResult parse_file(const SourceFile& raw, DiagnosticSink& sink) {
  ParseResult result;
  result.arena = std::make_unique<Arena>();
  DecodedSource decoded = decode_source(raw.text());
  if (!decoded.ok) {
    // The raw text stands in for the source that could not be decoded.
    result.source = std::make_unique<SourceFile>(raw.name(), raw.text());
    SourceRange range{result.source.get(), {decoded.error_line, 0}, {decoded.error_line, 0}};
    sink.error(range, decoded.error);
    return result;
  }
  // Like CPython, bytes that are not UTF-8 are an error only inside
  // identifiers and strings, so the tokens index the text as decoded; the
  // SourceFile (what diagnostics show) has them replaced by U+FFFD. Nodes
  // point into whichever buffer the tokens index.
  std::optional<std::string> repaired = replace_invalid_utf8(decoded.text);
  std::string_view text;
  if (repaired) {
    text = result.arena->copy_string(decoded.text);
    result.source = std::make_unique<SourceFile>(raw.name(), std::move(*repaired));
  } else {
    result.source = std::make_unique<SourceFile>(raw.name(), std::move(decoded.text));
    text = result.source->text();
  }
  TokenStream tokens = tokenize(text);
  Parser parser(tokens, text, *result.arena);
  SyntaxFailure failure;
  result.module = parser.parse_module(&failure);
  if (result.module != nullptr) return result;

  // A syntax error is shown at one point, as CPython shows it. CPython's
  // column for errors found by the parser (not the tokenizer) counts UTF-8
  // bytes when the file declares no encoding: keep that column as shown.
  SourcePos at{failure.lineno, failure.col_offset};
  if (!failure.column_in_characters && !decoded.declares_encoding) {
    at.column = byte_column_displayed_at(result.source->line(at.line), at.column + 1);
  } else if (repaired) {
    SourceFile raw_lines(raw.name(), std::string(text));
    at.column = repaired_column(raw_lines.line(at.line), at.column);
  }
  sink.error(SourceRange{result.source.get(), at, at}, failure.message);
  return result;
}

}  // namespace krait::syntax
