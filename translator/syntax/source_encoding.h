// Source decoding: a file's bytes to the UTF-8 text the tokenizer reads.
//
// Contract (CPython 3.11's rules for source given as bytes): a UTF-8 BOM is
// dropped; a PEP 263 cookie (`# -*- coding: NAME -*-`, matched by CPython's
// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`) is honoured on line 1, or on
// line 2 when line 1 holds only blanks or a comment; "utf-8" and "latin-1"
// spellings are normalised as CPython's get_normal_name does, and any other
// name is passed to glibc's iconv. A BOM with a cookie other than utf-8 is
// "encoding problem: NAME with BOM". Line ends become "\n". Text declared
// (or defaulting to) UTF-8 is not validated here: like CPython, invalid
// bytes are reported only where they matter (identifiers, string literals).
// NUL bytes are rejected ("source code string cannot contain null bytes").
#pragma once

#include <string>
#include <string_view>

namespace krait::syntax {

struct DecodedSource {
  bool ok = true;
  std::string text;
  // A cookie or a BOM named the encoding (CPython then reports parser
  // error columns in characters rather than bytes).
  bool declares_encoding = false;
  // When !ok: CPython's message and line (0 for encoding declarations, as
  // CPython reports them).
  std::string error;
  int error_line = 0;
};

DecodedSource decode_source(std::string_view raw);

}  // namespace krait::syntax
