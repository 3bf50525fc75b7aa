#include "annotator/special_methods.h"

#include "annotator/defs.h"

namespace krait::annotator {
namespace {

using flow::OpKind;

// The operand's class defines (or inherits) `method`.
bool defines(const Type& t, const std::string& method) {
  if (t.kind != TypeKind::kInstance || t.cls == nullptr) return false;
  const flow::ConstValue* attr = t.cls->class_attribute(method);
  return attr != nullptr && attr->is_entity() && attr->entity->kind == flow::EntityKind::kFunction;
}

// Binary operators: (method, reflected method).
std::optional<std::pair<const char*, const char*>> binary_methods(OpKind kind) {
  switch (kind) {
    case OpKind::kAdd:
      return std::pair{"__add__", "__radd__"};
    case OpKind::kSub:
      return std::pair{"__sub__", "__rsub__"};
    case OpKind::kMul:
      return std::pair{"__mul__", "__rmul__"};
    case OpKind::kTrueDiv:
      return std::pair{"__truediv__", "__rtruediv__"};
    case OpKind::kFloorDiv:
      return std::pair{"__floordiv__", "__rfloordiv__"};
    case OpKind::kMod:
      return std::pair{"__mod__", "__rmod__"};
    case OpKind::kPow:
      return std::pair{"__pow__", "__rpow__"};
    case OpKind::kLshift:
      return std::pair{"__lshift__", "__rlshift__"};
    case OpKind::kRshift:
      return std::pair{"__rshift__", "__rrshift__"};
    case OpKind::kAnd:
      return std::pair{"__and__", "__rand__"};
    case OpKind::kOr:
      return std::pair{"__or__", "__ror__"};
    case OpKind::kXor:
      return std::pair{"__xor__", "__rxor__"};
    // Comparisons reflect to their mirror image.
    case OpKind::kLt:
      return std::pair{"__lt__", "__gt__"};
    case OpKind::kLe:
      return std::pair{"__le__", "__ge__"};
    case OpKind::kGt:
      return std::pair{"__gt__", "__lt__"};
    case OpKind::kGe:
      return std::pair{"__ge__", "__le__"};
    case OpKind::kEq:
      return std::pair{"__eq__", "__eq__"};
    default:
      return std::nullopt;
  }
}

const char* inplace_method(OpKind kind) {
  switch (kind) {
    case OpKind::kInplaceAdd:
      return "__iadd__";
    case OpKind::kInplaceSub:
      return "__isub__";
    case OpKind::kInplaceMul:
      return "__imul__";
    case OpKind::kInplaceTrueDiv:
      return "__itruediv__";
    case OpKind::kInplaceFloorDiv:
      return "__ifloordiv__";
    case OpKind::kInplaceMod:
      return "__imod__";
    case OpKind::kInplaceOr:
      return "__ior__";
    case OpKind::kInplaceAnd:
      return "__iand__";
    case OpKind::kInplaceXor:
      return "__ixor__";
    default:
      return nullptr;
  }
}

std::optional<SpecialCall> unary(const Type& t, const char* method) {
  if (!defines(t, method)) return std::nullopt;
  return SpecialCall{0, {}, method};
}

}  // namespace

std::optional<SpecialCall> special_call(OpKind kind, const std::vector<Type>& t) {
  if (t.empty()) return std::nullopt;
  if (const char* inplace = inplace_method(kind); inplace && defines(t[0], inplace))
    return SpecialCall{0, {1}, inplace};
  OpKind plain = flow::plain_kind(kind);
  if (auto methods = binary_methods(plain); methods && t.size() == 2) {
    if (defines(t[0], methods->first)) return SpecialCall{0, {1}, methods->first};
    if (defines(t[1], methods->second)) return SpecialCall{1, {0}, methods->second};
    return std::nullopt;
  }
  switch (kind) {
    case OpKind::kNe:
      if (defines(t[0], "__ne__")) return SpecialCall{0, {1}, "__ne__"};
      if (defines(t[1], "__ne__")) return SpecialCall{1, {0}, "__ne__"};
      if (defines(t[0], "__eq__")) return SpecialCall{0, {1}, "__eq__", SpecialCall::Then::kNot};
      if (defines(t[1], "__eq__")) return SpecialCall{1, {0}, "__eq__", SpecialCall::Then::kNot};
      return std::nullopt;
    case OpKind::kNeg:
      return unary(t[0], "__neg__");
    case OpKind::kPos:
      return unary(t[0], "__pos__");
    case OpKind::kInvert:
      return unary(t[0], "__invert__");
    case OpKind::kBool:
      if (defines(t[0], "__bool__")) return SpecialCall{0, {}, "__bool__"};
      if (defines(t[0], "__len__"))
        return SpecialCall{0, {}, "__len__", SpecialCall::Then::kNonZero};
      return std::nullopt;
    case OpKind::kGetItem:
      if (defines(t[0], "__getitem__")) return SpecialCall{0, {1}, "__getitem__"};
      return std::nullopt;
    case OpKind::kSetItem:
      if (defines(t[0], "__setitem__")) return SpecialCall{0, {1, 2}, "__setitem__"};
      return std::nullopt;
    case OpKind::kDelItem:
      if (defines(t[0], "__delitem__")) return SpecialCall{0, {1}, "__delitem__"};
      return std::nullopt;
    case OpKind::kContains:
      if (defines(t[0], "__contains__")) return SpecialCall{0, {1}, "__contains__"};
      return std::nullopt;
    case OpKind::kIter:
      return unary(t[0], "__iter__");
    case OpKind::kNext:
      return unary(t[0], "__next__");
    default:
      return std::nullopt;
  }
}

std::optional<SpecialCall> special_builtin_call(const std::string& builtin,
                                                const std::vector<Type>& t) {
  if (t.size() != 1) return std::nullopt;
  if (builtin == "len") return unary(t[0], "__len__");
  if (builtin == "abs") return unary(t[0], "__abs__");
  if (builtin == "hash") return unary(t[0], "__hash__");
  if (builtin == "iter") return unary(t[0], "__iter__");
  if (builtin == "next") return unary(t[0], "__next__");
  if (builtin == "bool") {
    if (defines(t[0], "__bool__")) return SpecialCall{0, {}, "__bool__"};
    if (defines(t[0], "__len__")) return SpecialCall{0, {}, "__len__", SpecialCall::Then::kNonZero};
  }
  return std::nullopt;
}

}  // namespace krait::annotator
