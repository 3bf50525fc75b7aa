// Tokenizer: UTF-8 Python 3.11 source text to the token stream, in one pass.
//
// Contract: `tokenize` scans the whole buffer up front (the parser then works
// on an array, which makes lookahead and backtracking free) and stops at the
// first lexical error, which it describes in TokenizerError rather than
// reporting it: CPython decides between a lexical error and a parser error
// depending on where the parser stopped, and the parser implements that rule
// (see parser.h). Indentation follows CPython exactly: a tab advances to the
// next multiple of 8, a form feed resets the column, and the same lines are
// also measured with tabs counting 1 so that ambiguous mixes of tabs and
// spaces are rejected ("inconsistent use of tabs and spaces in indentation").
// Lines that hold only blanks and comments produce no tokens, and newlines
// inside brackets or after a backslash join lines. A NEWLINE is supplied at
// the end of a last line that lacks one.
//
// The buffer must use "\n" line ends only (the decoder normalises them).
// Locations: `first_lineno` is the line number of the buffer's first line,
// and `first_line_col_shift` is added to the columns of tokens that end on
// that line; f-string replacement fields are tokenized this way at their
// place inside the enclosing file, as CPython 3.11 does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "translator/syntax/token.h"

namespace krait::syntax {

struct TokenizerError {
  enum class Kind {
    kNone,
    // An error CPython raises from inside its tokenizer: it wins over any
    // parser error found earlier in the file.
    kLexical,
    // Indentation errors and a stray continuation: reported only when the
    // parser gets that far.
    kIndentation,
    // End of input inside brackets ("'(' was never closed", at the bracket)
    // or right after a backslash ("unexpected EOF while parsing").
    kEofInBrackets,
    kEof,
  };
  Kind kind = Kind::kNone;
  std::string message;
  int lineno = 0;
  int col_offset = 0;  // 0-based byte column
  int end_lineno = 0;
  int end_col_offset = 0;
};

struct TokenStream {
  std::vector<Token> tokens;  // ends with kEndMarker unless there is an error
  TokenizerError error;
};

struct TokenizerOptions {
  int first_lineno = 1;
  int first_line_col_shift = 0;
};

TokenStream tokenize(std::string_view text, const TokenizerOptions& options = {});

// Maximum bracket nesting, as CPython's MAXLEVEL.
inline constexpr int kMaxBracketNesting = 200;
// Maximum indentation depth, as CPython's MAXINDENT.
inline constexpr int kMaxIndentDepth = 100;

}  // namespace krait::syntax
