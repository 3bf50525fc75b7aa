// The methods of built-in types that Krait provides, by receiver kind.
//
// Contract: has_builtin_method() tells whether `receiver.name` exists in
// Krait's runtime for a receiver of that kind; the call rules (rules_calls.cc)
// give each its result type and the backend its implementation.
#pragma once

#include <string>

#include "annotator/types.h"

namespace krait::annotator {

bool has_builtin_method(TypeKind receiver, const std::string& name);

}  // namespace krait::annotator
