// Dispatch of the typing rules by operation, and the rules for numbers,
// comparisons and truth values.
#include "annotator/rules.h"

#include "annotator/rules_ctypes.h"
#include "annotator/special_methods.h"
#include "annotator/type_alias.h"
#include "annotator/union.h"

namespace krait::annotator {
namespace {

using flow::OpKind;

bool is_int_like(const Type& t) {
  return t.kind == TypeKind::kInt || t.kind == TypeKind::kBool;
}

// The result of + - * // % on two numbers, as Python computes it.
Type numeric_result(const Type& a, const Type& b) {
  if (a.kind == TypeKind::kFloat || b.kind == TypeKind::kFloat) return Type::of(TypeKind::kFloat);
  if (a.kind == TypeKind::kNumber || b.kind == TypeKind::kNumber)
    return Type::of(TypeKind::kNumber);
  return Type::of(TypeKind::kInt);
}

const char* symbol(OpKind kind) {
  switch (kind) {
    case OpKind::kAdd:
    case OpKind::kInplaceAdd:
      return "+";
    case OpKind::kSub:
    case OpKind::kInplaceSub:
      return "-";
    case OpKind::kMul:
    case OpKind::kInplaceMul:
      return "*";
    case OpKind::kTrueDiv:
    case OpKind::kInplaceTrueDiv:
      return "/";
    case OpKind::kFloorDiv:
    case OpKind::kInplaceFloorDiv:
      return "//";
    case OpKind::kMod:
    case OpKind::kInplaceMod:
      return "%";
    case OpKind::kPow:
    case OpKind::kInplacePow:
      return "**";
    case OpKind::kLshift:
    case OpKind::kInplaceLshift:
      return "<<";
    case OpKind::kRshift:
    case OpKind::kInplaceRshift:
      return ">>";
    case OpKind::kAnd:
    case OpKind::kInplaceAnd:
      return "&";
    case OpKind::kOr:
    case OpKind::kInplaceOr:
      return "|";
    case OpKind::kXor:
    case OpKind::kInplaceXor:
      return "^";
    case OpKind::kLt:
      return "<";
    case OpKind::kLe:
      return "<=";
    case OpKind::kGt:
      return ">";
    case OpKind::kGe:
      return ">=";
    default:
      return "?";
  }
}

Type unsupported_operands(OpContext& ctx, OpKind kind, const Type& a, const Type& b) {
  return op_error(ctx, std::string("unsupported operand types for ") + symbol(kind) + ": " +
                           describe(a) + " and " + describe(b));
}

// The variadic tuple of every item of `tuples` (`t + u`, `t * n`).
Type var_tuple_of_items(OpContext& ctx, std::vector<Type> tuples, const char* what) {
  UnionResult all;
  for (const Type& t : tuples) {
    UnionResult r = tuple_items_union(t);
    if (!r.error) r = unite(all.type, r.type);
    if (r.error)
      return op_error(ctx, std::string("a tuple of a length known only at run time (") + what +
                               ") must have items of one type: " + *r.error);
    all = r;
  }
  return Type::var_tuple_of(without_constant(all.type));
}

Type binary(OpContext& ctx) {
  const Type& a = ctx.args[0];
  const Type& b = ctx.args[1];
  OpKind kind = ctx.op.kind;
  // list += iterable extends the list in place.
  if (kind == OpKind::kInplaceAdd && a.kind == TypeKind::kList && !a.can_be_none) {
    ListDef* target = resolve(a.list);
    Type item;
    if (b.kind == TypeKind::kList) {
      ListDef* source = resolve(b.list);
      ctx.annotator.read(source->item);
      item = source->item.type;
    } else {
      Type it = iterator_over(ctx, b);
      if (it.is_impossible()) return it;
      item = it.items[0];
    }
    target->mutated = true;
    if (!ctx.annotator.widen(target->item, item, ctx.annotator.origin_at(ctx.op, "added"), ctx.op,
                             "list item")) {
      return Type::impossible();
    }
    Type out = a;
    out.can_be_none = false;
    return out;
  }
  if (std::optional<Type> bytes = bytes_operator(ctx, kind, a, b)) return *bytes;
  kind = flow::plain_kind(kind);
  bool set_op =
      kind == OpKind::kOr || kind == OpKind::kAnd || kind == OpKind::kSub || kind == OpKind::kXor;
  if (set_op && a.kind == TypeKind::kSet && b.kind == TypeKind::kSet && !a.can_be_none &&
      !b.can_be_none) {
    return set_operator(ctx);
  }
  if (a.can_be_none || b.can_be_none) {
    return op_error(ctx, std::string("an operand of ") + symbol(kind) +
                             " may be None: " + describe(a) + " and " + describe(b));
  }
  if (a.is_numeric() && b.is_numeric()) {
    switch (kind) {
      case OpKind::kAdd:
      case OpKind::kSub:
      case OpKind::kMul:
      case OpKind::kFloorDiv:
      case OpKind::kMod:
        return numeric_result(a, b);
      case OpKind::kTrueDiv:
        return Type::of(TypeKind::kFloat);
      case OpKind::kPow: {
        Type r = numeric_result(a, b);
        // int ** int is an int only for a non-negative exponent.
        if (r.kind == TypeKind::kInt &&
            !(b.constant && b.constant->kind == flow::ConstValue::Kind::kInt &&
              b.constant->int_value >= 0)) {
          return Type::of(TypeKind::kNumber);
        }
        return r;
      }
      case OpKind::kLshift:
      case OpKind::kRshift:
      case OpKind::kAnd:
      case OpKind::kOr:
      case OpKind::kXor:
        if (!is_int_like(a) || !is_int_like(b)) return unsupported_operands(ctx, kind, a, b);
        if (a.kind == TypeKind::kBool && b.kind == TypeKind::kBool && kind != OpKind::kLshift &&
            kind != OpKind::kRshift) {
          return Type::of(TypeKind::kBool);
        }
        return Type::of(TypeKind::kInt);
      default:
        break;
    }
  }
  bool a_str = a.kind == TypeKind::kStr, b_str = b.kind == TypeKind::kStr;
  if (kind == OpKind::kAdd && a_str && b_str) return Type::of(TypeKind::kStr);
  // A sequence times a number that may be a float: TypeError at run time if it is.
  auto count = [](const Type& t) { return is_int_like(t) || t.kind == TypeKind::kNumber; };
  if (kind == OpKind::kMul && ((a_str && count(b)) || (b_str && count(a)))) {
    return Type::of(TypeKind::kStr);
  }
  if (kind == OpKind::kMod && a_str && b.is_var_tuple())
    return op_error(ctx, "'%' formatting with a tuple of a length known only at run time (" +
                             describe(b) + ") is not supported by Krait");
  if (kind == OpKind::kMod && a_str) return Type::of(TypeKind::kStr);  // %-formatting
  if (kind == OpKind::kAdd && a.kind == TypeKind::kList && b.kind == TypeKind::kList) {
    ListDef* x = resolve(a.list);
    ListDef* y = resolve(b.list);
    ctx.annotator.read(x->item);
    ctx.annotator.read(y->item);
    UnionResult r = unite(x->item.type, y->item.type);
    if (r.error) return op_error(ctx, "list + list: item types " + *r.error);
    return Type::list_of(
        ctx.annotator.new_list(r.type, ctx.annotator.origin_at(ctx.op, "concatenated")));
  }
  if (kind == OpKind::kMul &&
      ((a.kind == TypeKind::kList && count(b)) || (b.kind == TypeKind::kList && count(a)))) {
    const Type& list = a.kind == TypeKind::kList ? a : b;
    ctx.annotator.read(resolve(list.list)->item);
    return Type::list_of(ctx.annotator.new_list(resolve(list.list)->item.type,
                                                ctx.annotator.origin_at(ctx.op, "repeated")));
  }
  if (kind == OpKind::kMul && (a.kind == TypeKind::kTuple || b.kind == TypeKind::kTuple) &&
      (is_int_like(a) || is_int_like(b))) {
    // A fixed tuple times a constant is a fixed tuple; otherwise the length
    // is known only at run time: a variadic tuple.
    const Type& tuple = a.kind == TypeKind::kTuple ? a : b;
    const Type& count = a.kind == TypeKind::kTuple ? b : a;
    if (tuple.variadic || !count.constant || count.constant->kind != flow::ConstValue::Kind::kInt)
      return var_tuple_of_items(ctx, {tuple}, "repeated");
    std::vector<Type> items;
    for (int64_t k = 0; k < count.constant->int_value; ++k)
      items.insert(items.end(), tuple.items.begin(), tuple.items.end());
    return Type::tuple_of(std::move(items));
  }
  if (kind == OpKind::kAdd && a.kind == TypeKind::kTuple && b.kind == TypeKind::kTuple) {
    if (a.variadic || b.variadic) return var_tuple_of_items(ctx, {a, b}, "concatenated");
    std::vector<Type> items = a.items;
    items.insert(items.end(), b.items.begin(), b.items.end());
    return Type::tuple_of(std::move(items));
  }
  return unsupported_operands(ctx, kind, a, b);
}

Type unary(OpContext& ctx) {
  const Type& a = ctx.args[0];
  if (!a.is_numeric() || a.can_be_none) {
    return op_error(ctx, std::string("bad operand type for unary ") +
                             (ctx.op.kind == OpKind::kNeg   ? "-"
                              : ctx.op.kind == OpKind::kPos ? "+"
                                                            : "~") +
                             ": " + describe(a));
  }
  if (ctx.op.kind == OpKind::kInvert && !is_int_like(a)) {
    return op_error(ctx, "bad operand type for unary ~: " + describe(a));
  }
  return a.kind == TypeKind::kBool ? Type::of(TypeKind::kInt) : Type::of(a.kind);
}

bool comparable(const Type& a, const Type& b) {
  if (a.is_numeric() && b.is_numeric()) return true;
  if (is_bytes_like(a) && is_bytes_like(b)) return true;
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case TypeKind::kStr:
    case TypeKind::kBytes:
    case TypeKind::kTuple:
    case TypeKind::kList:
    case TypeKind::kSet:  // subset order
      return true;
    default:
      return false;
  }
}

Type compare(OpContext& ctx) {
  const Type& a = ctx.args[0];
  const Type& b = ctx.args[1];
  OpKind kind = ctx.op.kind;
  if (a.kind == TypeKind::kSet && b.kind == TypeKind::kSet && !share_set_items(ctx, a, b))
    return Type::impossible();
  if (kind == OpKind::kEq || kind == OpKind::kNe) return Type::of(TypeKind::kBool);
  if ((a.can_be_none || b.can_be_none) || !comparable(a, b)) {
    return op_error(ctx, std::string("'") + symbol(kind) + "' is not supported between " +
                             describe(a) + " and " + describe(b));
  }
  return Type::of(TypeKind::kBool);
}

// `x is y`; `x is None` narrows x on both branches, and `b is False` (how
// the builder spells `not b`) inverts what b tells.
Type identity(OpContext& ctx) {
  const Type& a = ctx.args[0];
  const Type& b = ctx.args[1];
  const flow::Value* subject = ctx.op.args[0];
  if (b.kind == TypeKind::kNone && a.can_be_none && subject->is_variable()) {
    Type not_none = a;
    not_none.can_be_none = false;
    ctx.narrowings.push_back(Narrowing{subject, Type::none(), not_none});
  }
  if (a.kind == TypeKind::kNone && !b.can_be_none && b.kind != TypeKind::kNone) {
    Type r = Type::of(TypeKind::kBool);
    r.constant = flow::ConstValue::of_bool(false);
    return r;
  }
  // None is None: known, so the other branch is not annotated with a None
  // that would later stay in its types (a list read before it is filled).
  if (a.kind == TypeKind::kNone && b.kind == TypeKind::kNone) {
    Type r = Type::of(TypeKind::kBool);
    r.constant = flow::ConstValue::of_bool(true);
    return r;
  }
  if (b.constant && b.constant->kind == flow::ConstValue::Kind::kBool && !b.constant->bool_value &&
      a.kind == TypeKind::kBool) {
    for (const Narrowing& n : ctx.annotator_narrowings(subject)) {
      ctx.narrowings.push_back(Narrowing{n.subject, n.if_false, n.if_true});
    }
    if (a.constant) {
      Type r = Type::of(TypeKind::kBool);
      r.constant = flow::ConstValue::of_bool(!a.constant->bool_value);
      return r;
    }
  }
  return Type::of(TypeKind::kBool);
}

// The truth of a constant number, bool or str.
std::optional<bool> constant_truth(const Type& t) {
  if (!t.constant) return std::nullopt;
  switch (t.constant->kind) {
    case flow::ConstValue::Kind::kBool:
      return t.constant->bool_value;
    case flow::ConstValue::Kind::kInt:
      return t.constant->int_value != 0;
    case flow::ConstValue::Kind::kFloat:
      return t.constant->float_value != 0.0;
    case flow::ConstValue::Kind::kStr:
      return !t.constant->text.empty();
    default:
      return std::nullopt;
  }
}

Type truth(OpContext& ctx) {
  const Type& a = ctx.args[0];
  const flow::Value* subject = ctx.op.args[0];
  if (a.kind == TypeKind::kInstance && a.can_be_none && subject->is_variable()) {
    Type not_none = a;
    not_none.can_be_none = false;
    ctx.narrowings.push_back(Narrowing{subject, not_none, a});
  }
  if (a.kind == TypeKind::kNone) {
    Type r = Type::of(TypeKind::kBool);
    r.constant = flow::ConstValue::of_bool(false);
    return r;
  }
  if (std::optional<bool> known = constant_truth(a)) {  // `if len(args):` on a known tuple
    Type r = Type::of(TypeKind::kBool);
    r.constant = flow::ConstValue::of_bool(*known);
    return r;
  }
  if (a.kind == TypeKind::kBool) {
    for (const Narrowing& n : ctx.annotator_narrowings(subject)) ctx.narrowings.push_back(n);
  }
  return Type::of(TypeKind::kBool);
}

}  // namespace

Type op_error(OpContext& ctx, const std::string& message) {
  ctx.annotator.error(ctx.op, message);
  return Type::impossible();
}

Type annotate_arith(OpContext& ctx) {
  switch (ctx.op.kind) {
    case OpKind::kNeg:
    case OpKind::kPos:
    case OpKind::kInvert:
      return unary(ctx);
    case OpKind::kLt:
    case OpKind::kLe:
    case OpKind::kEq:
    case OpKind::kNe:
    case OpKind::kGt:
    case OpKind::kGe:
      return compare(ctx);
    case OpKind::kIs:
      return identity(ctx);
    case OpKind::kBool:
      return truth(ctx);
    default:
      return binary(ctx);
  }
}

Type annotate_op(OpContext& ctx) {
  if (std::optional<Type> c = ctypes_operation(ctx)) return *c;
  if (std::optional<SpecialCall> special = special_call(ctx.op.kind, ctx.args))
    return call_special(ctx, *special);
  if (ctx.args.size() == 2) {
    if (std::optional<Type> alias = alias_type(ctx.op.kind, ctx.args[0], ctx.args[1]))
      return *alias;
  }
  switch (ctx.op.kind) {
    case OpKind::kGetAttr:
    case OpKind::kSetAttr:
      return annotate_attribute(ctx);
    case OpKind::kSimpleCall:
    case OpKind::kCallArgs:
      return annotate_call(ctx);
    case OpKind::kGetItem:
    case OpKind::kSetItem:
    case OpKind::kDelItem:
    case OpKind::kGetSlice:
    case OpKind::kSetSlice:
    case OpKind::kDelSlice:
    case OpKind::kNewList:
    case OpKind::kNewTuple:
    case OpKind::kNewDict:
    case OpKind::kNewSet:
    case OpKind::kNewSetFolded:
    case OpKind::kIter:
    case OpKind::kNext:
    case OpKind::kContains:
    case OpKind::kFormat:
    case OpKind::kBuildStr:
    case OpKind::kCheckLength:
    case OpKind::kCheckLengthAtLeast:
    case OpKind::kIsInstance:
    case OpKind::kType:
    case OpKind::kSameAs:
    case OpKind::kLoadGlobal:
    case OpKind::kStoreGlobal:
    case OpKind::kImportModule:
    case OpKind::kYield:
    case OpKind::kGeneratorReturn:
    case OpKind::kNewCell:
    case OpKind::kGetCell:
    case OpKind::kSetCell:
    case OpKind::kMakeClosure:
      return annotate_container(ctx);
    default:
      return annotate_arith(ctx);
  }
}

}  // namespace krait::annotator
