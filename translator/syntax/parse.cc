#include "translator/syntax/parse.h"

#include "translator/syntax/parser.h"
#include "translator/syntax/source_encoding.h"
#include "translator/syntax/tokenizer.h"

namespace krait::syntax {

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
  result.source = std::make_unique<SourceFile>(raw.name(), std::move(decoded.text));
  std::string_view text = result.source->text();
  TokenStream tokens = tokenize(text);
  Parser parser(tokens, text, *result.arena);
  SyntaxFailure failure;
  result.module = parser.parse_module(&failure);
  if (result.module == nullptr) {
    SourceRange range{result.source.get(),
                      {failure.lineno, failure.col_offset},
                      {failure.end_lineno, failure.end_col_offset}};
    sink.error(range, failure.message);
  }
  return result;
}

}  // namespace krait::syntax
