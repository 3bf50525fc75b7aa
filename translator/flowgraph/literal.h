// Literal constants of the syntax tree as flow-graph constants.
//
// Contract: literal_value() converts a Constant node's value; it returns
// nullopt for literals Krait cannot represent (an int literal beyond 64 bits,
// complex numbers), and literal_error() then names the reason.
// big_int_literal() is the big-int constant of an int literal beyond 64 bits
// (for `--int=big`).
#pragma once

#include <optional>
#include <string>

#include "translator/flowgraph/constant.h"
#include "translator/syntax/ast.h"

namespace krait::flow {

std::optional<ConstValue> literal_value(const syntax::ast::ConstantValue& value);
std::string literal_error(const syntax::ast::ConstantValue& value);
std::optional<ConstValue> big_int_literal(const syntax::ast::ConstantValue& value);

// Parses an int literal's digits (with an optional 0x/0o/0b prefix, no
// underscores) into a 64-bit value; nullopt when it does not fit.
std::optional<int64_t> parse_int_literal(std::string_view text);

}  // namespace krait::flow
