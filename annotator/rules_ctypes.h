// Typing rules of ctypes (rules_ctypes.cc): calls of C functions and of
// ctypes types, the functions of the ctypes module, and the attributes,
// items and truth of ctypes objects (Type kind cdata).
#pragma once

#include <optional>
#include <string>

#include "annotator/builtin_args.h"
#include "ctypes_support/c_entities.h"

namespace krait::annotator {

// A call of a ctypes entity: a C function, a ctypes type (a constructor),
// a callback or a library.
Type call_ctypes_entity(OpContext& ctx, const CallSite& site, const flow::Entity* entity);
// A call of an array type made at run time (`(c_ubyte * n)()`).
Type call_c_array_type(OpContext& ctx, const CallSite& site, const Type& callee);
// Whether `name` is a class method of ctypes types Krait provides
// (from_buffer_copy), and its call on `receiver` (a ctypes type or an
// array type made at run time).
bool is_ctypes_class_method(const std::string& name);
Type ctypes_class_method(Args& a, const Type& receiver);
// A call of a function of the ctypes module ("ctypes.byref" ...).
Type ctypes_builtin(Args& a);
// An operation on a ctypes object (getattr, setattr, getitem, setitem,
// slices, truth) or type (`T * n`); nullopt when the operation's first operand is not one.
std::optional<Type> ctypes_operation(OpContext& ctx);
// The attribute `name` of a ctypes object of `type` (`.value`, `.raw`,
// `.contents`, a field): its C type, or null.
const ctypes::CType* cdata_attribute_type(const ctypes::CType& type, const std::string& name);
// Its Python type, or nullopt when there is no such attribute.
std::optional<Type> cdata_attribute(const ctypes::CType& type, const std::string& name,
                                    bool c_value);
// An int or bool that is never None.
bool is_plain_int(const Type& t);

}  // namespace krait::annotator
