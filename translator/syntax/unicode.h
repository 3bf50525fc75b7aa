// Unicode helpers of the front end: UTF-8 decoding and encoding, identifier
// character classes and NFKC normalisation (both from ICU, so they follow
// the Unicode tables rather than hand-written ranges).
//
// Strings in the AST may hold lone surrogates (Python allows "\udc80"); they
// are encoded here as their 3-byte generalised UTF-8 form (ED A0..BF xx), which
// `decode_utf8_char` reads back only when `allow_surrogates` is set.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace krait::syntax {

struct DecodedChar {
  char32_t code_point = 0;
  int length = 0;  // 0: the bytes at this position are not valid UTF-8
};

DecodedChar decode_utf8_char(std::string_view text, size_t pos, bool allow_surrogates = false);

void append_utf8(std::string& out, char32_t code_point);

// Python's reason for rejecting the invalid UTF-8 at `pos`, in the words of
// its UnicodeDecodeError ("invalid start byte", "invalid continuation byte",
// "unexpected end of data").
const char* utf8_error_reason(std::string_view text, size_t pos);

// Python's str.isidentifier() for one character.
bool is_identifier_start(char32_t c);
bool is_identifier_continue(char32_t c);
// Python's str.isprintable() for one character.
bool is_printable(char32_t c);

// `text` with each byte that is not valid UTF-8 replaced by U+FFFD, or
// nullopt when the text is valid.
std::optional<std::string> replace_invalid_utf8(std::string_view text);

// NFKC normalisation of valid UTF-8 text (CPython normalises non-ASCII
// identifiers this way).
std::string nfkc_normalize(std::string_view text);

}  // namespace krait::syntax
