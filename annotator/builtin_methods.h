// The methods of built-in types that Krait provides, by receiver kind.
//
// Contract: has_builtin_method() tells whether `receiver.name` exists in
// Krait's runtime for a receiver of that type (a Counter's and an
// OrderedDict's are a dict's and their own); the call rules (rules_calls.cc)
// give each its result type and the backend its implementation.
#pragma once

#include <string>

#include "annotator/types.h"

namespace krait::annotator {

bool has_builtin_method(const Type& receiver, const std::string& name);

}  // namespace krait::annotator
