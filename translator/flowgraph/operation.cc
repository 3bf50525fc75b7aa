#include "translator/flowgraph/operation.h"

#include <array>

namespace krait::flow {
namespace {

struct OpInfo {
  std::string_view name;
  int arity;
};

constexpr std::array kOps = {
#define OP(kind, name, arity) OpInfo{name, arity},
#include "translator/flowgraph/operations.def"
#undef OP
};

}  // namespace

std::string_view op_name(OpKind kind) {
  return kOps[static_cast<size_t>(kind)].name;
}

int op_arity(OpKind kind) {
  return kOps[static_cast<size_t>(kind)].arity;
}

std::optional<OpKind> op_from_name(std::string_view name) {
  for (size_t i = 0; i < kOps.size(); ++i) {
    if (kOps[i].name == name) return static_cast<OpKind>(i);
  }
  return std::nullopt;
}

bool op_never_raises(OpKind kind) {
  switch (kind) {
    case OpKind::kIs:
    case OpKind::kNewTuple:
    case OpKind::kNewList:
    case OpKind::kSameAs:
    case OpKind::kType:
    case OpKind::kIsInstance:
    case OpKind::kLoadGlobal:
    case OpKind::kStoreGlobal:
    case OpKind::kYield:
    case OpKind::kGeneratorReturn:
    case OpKind::kNewCell:
    case OpKind::kGetCell:
    case OpKind::kSetCell:
    case OpKind::kMakeClosure:
      return true;
    default:
      return false;
  }
}

OpKind plain_kind(OpKind kind) {
  switch (kind) {
    case OpKind::kInplaceAdd:
      return OpKind::kAdd;
    case OpKind::kInplaceSub:
      return OpKind::kSub;
    case OpKind::kInplaceMul:
      return OpKind::kMul;
    case OpKind::kInplaceTrueDiv:
      return OpKind::kTrueDiv;
    case OpKind::kInplaceFloorDiv:
      return OpKind::kFloorDiv;
    case OpKind::kInplaceMod:
      return OpKind::kMod;
    case OpKind::kInplacePow:
      return OpKind::kPow;
    case OpKind::kInplaceLshift:
      return OpKind::kLshift;
    case OpKind::kInplaceRshift:
      return OpKind::kRshift;
    case OpKind::kInplaceAnd:
      return OpKind::kAnd;
    case OpKind::kInplaceOr:
      return OpKind::kOr;
    case OpKind::kInplaceXor:
      return OpKind::kXor;
    default:
      return kind;
  }
}

}  // namespace krait::flow
