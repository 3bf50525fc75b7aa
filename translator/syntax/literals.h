// Literal values: the numbers and string bodies of tokens, and the text
// forms CPython prints for them.
//
// Contract: the decoders take the text of a token (or of a string body
// without prefix and quotes) and either produce the value or return false
// with the message CPython would give. Floats are read with correct rounding
// and printed as Python's repr() (the shortest string that reads back to the
// same double, with Python's choice between fixed and exponent notation).
// Integers are kept as digit strings of any length and converted to decimal
// only for dumps.
#pragma once

#include <string>
#include <string_view>

#include "translator/syntax/arena.h"
#include "translator/syntax/ast.h"

namespace krait::syntax {

// The value of a NUMBER token (the tokenizer has already checked its form).
ast::ConstantValue parse_number(std::string_view token_text, Arena& arena);

// Escape processing of a str body (valid UTF-8 is checked too); `raw` keeps
// backslashes. Lone surrogates from \u escapes are kept (see unicode.h).
bool decode_str_body(std::string_view body, bool raw, std::string& out, std::string* error);

// A bytes body: ASCII only, escapes unless `raw`.
bool decode_bytes_body(std::string_view body, bool raw, std::string& out, std::string* error);

// Python's repr(float) and repr(complex) of a purely imaginary literal.
std::string float_repr(double value);
std::string imaginary_repr(double imag);

// The decimal digits of an integer literal kept by parse_number
// (e.g. "0x_ff" was stored as "0xff" and becomes "255").
std::string int_literal_to_decimal(std::string_view digits);

}  // namespace krait::syntax
