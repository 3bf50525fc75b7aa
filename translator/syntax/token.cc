#include "translator/syntax/token.h"

#include <cstring>

namespace krait::syntax {

std::string_view token_text(Tok type) {
  switch (type) {
    case Tok::kEndMarker:
      return "end of file";
    case Tok::kName:
      return "name";
    case Tok::kNumber:
      return "number";
    case Tok::kString:
      return "string";
    case Tok::kNewline:
      return "newline";
    case Tok::kIndent:
      return "indent";
    case Tok::kDedent:
      return "dedent";
    case Tok::kErrorOp:
      return "invalid operator";
#define KRAIT_TOKEN_TEXT(name, text) \
  case Tok::name:                    \
    return text;
      KRAIT_OPERATOR_TOKENS(KRAIT_TOKEN_TEXT) KRAIT_KEYWORD_TOKENS(KRAIT_TOKEN_TEXT)
#undef KRAIT_TOKEN_TEXT
  }
  return "?";
}

Tok keyword_type(std::string_view word) {
  // Keywords are 2 to 8 lowercase letters (or capitalised: False, None, True).
  if (word.size() < 2 || word.size() > 8) return Tok::kName;
  char first = word[0];
  if (!((first >= 'a' && first <= 'z') || first == 'F' || first == 'N' || first == 'T')) {
    return Tok::kName;
  }
#define KRAIT_KEYWORD_MATCH(name, text)                                                    \
  if (word.size() == sizeof(text) - 1 && std::memcmp(word.data(), text, word.size()) == 0) \
    return Tok::name;
  KRAIT_KEYWORD_TOKENS(KRAIT_KEYWORD_MATCH)
#undef KRAIT_KEYWORD_MATCH
  return Tok::kName;
}

}  // namespace krait::syntax
