#include "annotator/type_alias.h"

#include <set>
#include <string>

#include "translator/flowgraph/program.h"

namespace krait::annotator {
namespace {

// The text of a type operand: a class or built-in type, None, an alias, or
// a tuple of those (subscript arguments).
std::optional<std::string> type_text(const Type& t, bool allow_tuple) {
  if (const flow::Entity* e = t.single_pbc()) {
    if (e->kind == flow::EntityKind::kClass)  // user classes print with their module
      return static_cast<const flow::ClassEntity*>(e)->module->qualname + "." +
             flow::python_qualname(e);
    if (e->kind == flow::EntityKind::kBuiltin) return e->qualname;
    return std::nullopt;
  }
  if (t.kind == TypeKind::kNone) return std::string("None");
  if (t.kind == TypeKind::kStr && t.constant && t.constant->kind == flow::ConstValue::Kind::kStr)
    return t.constant->text;
  if (allow_tuple && t.is_fixed_tuple()) {
    std::string out;
    for (size_t i = 0; i < t.items.size(); ++i) {
      std::optional<std::string> item = type_text(t.items[i], false);
      if (!item) return std::nullopt;
      out += (i ? ", " : "") + *item;
    }
    return out;
  }
  return std::nullopt;
}

bool is_generic_builtin(const Type& t) {
  static const std::set<std::string> kGeneric = {"list", "dict",      "tuple",
                                                 "set",  "frozenset", "type"};
  const flow::Entity* e = t.single_pbc();
  return e != nullptr && e->kind == flow::EntityKind::kBuiltin && kGeneric.count(e->qualname);
}

}  // namespace

std::optional<Type> alias_type(flow::OpKind kind, const Type& left, const Type& right) {
  std::optional<std::string> text;
  if (kind == flow::OpKind::kGetItem && is_generic_builtin(left)) {
    if (std::optional<std::string> args = type_text(right, true))
      text = left.single_pbc()->qualname + "[" + *args + "]";
  } else if (kind == flow::OpKind::kOr) {
    std::optional<std::string> a = type_text(left, false);
    std::optional<std::string> b = a ? type_text(right, false) : std::nullopt;
    // (Two str constants are not types: `"a" | "b"` stays an error.)
    bool types = left.kind != TypeKind::kStr || right.kind != TypeKind::kStr;
    if (a && b && types) text = *a + " | " + *b;
  }
  if (!text) return std::nullopt;
  return Type::of_constant(flow::ConstValue::of_str(*text));
}

}  // namespace krait::annotator
