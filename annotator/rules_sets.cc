// Typing rules of sets and frozensets: displays and comprehensions,
// set()/frozenset(), the methods, the operators | & - ^ (and their in-place
// forms) and the subset comparisons.
//
// Every set an operation combines or derives from another (s | t, s.copy(),
// s.union(t), set(s)) shares its item type with it both ways, so one C++
// item type serves the family and the runtime can merge tables as CPython
// does. Items must be hashable: lists, dicts and (non-frozen) sets are
// rejected as CPython rejects them at run time.
#include "annotator/builtin_args.h"
#include "annotator/union.h"

namespace krait::annotator {
namespace {

// The unhashable type inside t, if any ("list", "dict", "set").
std::optional<std::string> unhashable(const Type& t) {
  switch (t.kind) {
    case TypeKind::kList:
      return "list";
    case TypeKind::kDict:
      return "dict";
    case TypeKind::kByteArray:
      return "bytearray";
    case TypeKind::kSet:
      if (!resolve(t.set)->frozen) return "set";
      return std::nullopt;
    case TypeKind::kTuple:
      for (const Type& item : t.items) {
        if (auto why = unhashable(item)) return why;
      }
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

bool widen_item(OpContext& ctx, SetDef* def, const Type& t, const Origin& origin) {
  if (std::optional<std::string> why = unhashable(t)) {
    std::string what = t.kind == TypeKind::kTuple ? describe(t) + " values" : *why + "s";
    op_error(ctx, "sets of " + what + " are not supported: " + *why + " is unhashable");
    return false;
  }
  return ctx.annotator.widen(def->item, t, origin, ctx.op, "set item");
}

// a and b exchange item types (and re-flow this block when either widens).
bool share_items(OpContext& ctx, SetDef* a, SetDef* b) {
  a = resolve(a);
  b = resolve(b);
  if (a == b) return true;
  Annotator& an = ctx.annotator;
  Origin origin = an.origin_at(ctx.op, "combined");
  // Widen before reading: a set made by this flow must not re-flow it.
  if (!an.widen(a->item, b->item.type, origin, ctx.op, "set item") ||
      !an.widen(b->item, a->item.type, origin, ctx.op, "set item")) {
    return false;
  }
  an.read(a->item);
  an.read(b->item);
  return true;
}

// A new set (or frozenset) sharing its items with `from`.
Type derived(OpContext& ctx, SetDef* from, bool frozen) {
  SetDef* def =
      ctx.annotator.new_set(Type::impossible(), frozen, ctx.annotator.origin_at(ctx.op, "built"));
  return share_items(ctx, def, from) ? Type::set_of(def) : Type::impossible();
}

// An iterable argument of a set method or of set()/frozenset(): a set
// shares its items, any other iterable widens def's items with its own.
bool take_items(Args& a, SetDef* def, const Type& arg) {
  if (arg.kind == TypeKind::kSet && !arg.can_be_none) return share_items(a.ctx, def, arg.set);
  Type item = item_of(a, arg);
  if (item.is_impossible()) return !a.ctx.annotator.failed();
  return widen_item(a.ctx, def, item, a.ctx.annotator.origin_at(a.ctx.op, "added"));
}

bool take_all(Args& a, SetDef* def) {
  for (const Type& arg : a.pos) {
    if (!take_items(a, def, arg)) return false;
  }
  return true;
}

bool is_mutating(const std::string& m) {
  for (const char* name :
       {"add", "remove", "discard", "pop", "clear", "update", "intersection_update",
        "difference_update", "symmetric_difference_update"}) {
    if (m == name) return true;
  }
  return false;
}

}  // namespace

Type new_set_display(OpContext& ctx) {
  SetDef* def =
      ctx.annotator.new_set(Type::impossible(), false, ctx.annotator.origin_at(ctx.op, "listed"));
  for (size_t i = 0; i < ctx.args.size(); ++i) {
    const SourceRange& item = ctx.op.args[i]->range;
    Origin origin = ctx.annotator.origin_at(item.file != nullptr ? item : ctx.op.range, "listed");
    if (!widen_item(ctx, def, ctx.args[i], origin)) return Type::impossible();
  }
  return Type::set_of(def);
}

bool share_set_items(OpContext& ctx, const Type& a, const Type& b) {
  return share_items(ctx, a.set, b.set);
}

Type set_operator(OpContext& ctx) {
  const Type& a = ctx.args[0];
  const Type& b = ctx.args[1];
  if (!share_set_items(ctx, a, b)) return Type::impossible();
  SetDef* def = resolve(a.set);
  // s |= t updates s; a frozenset has no in-place forms and rebinds.
  if (ctx.op.kind != flow::plain_kind(ctx.op.kind) && !def->frozen) return without_constant(a);
  return derived(ctx, def, def->frozen);
}

Type set_builtin(Args& a) {
  if (!a.expect(0, 1)) return Type::impossible();
  SetDef* def = a.ctx.annotator.new_set(Type::impossible(), a.name == "frozenset",
                                        a.ctx.annotator.origin_at(a.ctx.op, "built"));
  if (!take_all(a, def)) return Type::impossible();
  return Type::set_of(def);
}

Type set_method(Args& a, const Type& receiver) {
  SetDef* def = resolve(receiver.set);
  Annotator& an = a.ctx.annotator;
  const std::string& m = a.name;
  if (def->frozen && is_mutating(m))
    return op_error(a.ctx, "'frozenset' object has no attribute '" + m + "'");
  if (m == "add" || m == "remove" || m == "discard") {
    if (!a.expect(1, 1) ||
        !widen_item(a.ctx, def, a.pos[0], an.origin_at(a.ctx.op, m == "add" ? "added" : "used")))
      return Type::impossible();
    return Type::none();
  }
  an.read(def->item);
  if (m == "pop") return a.expect(0, 0) ? def->item.type : Type::impossible();
  if (m == "clear") return a.expect(0, 0) ? Type::none() : Type::impossible();
  if (m == "copy") {
    if (!a.expect(0, 0)) return Type::impossible();
    return def->frozen ? without_constant(receiver) : derived(a.ctx, def, false);
  }
  bool one = m == "symmetric_difference" || m == "symmetric_difference_update" || m == "issubset" ||
             m == "issuperset" || m == "isdisjoint";
  if (!a.expect(one ? 1 : 0, one ? 1 : SIZE_MAX) || !take_all(a, def)) return Type::impossible();
  if (m == "issubset" || m == "issuperset" || m == "isdisjoint") return Type::of(TypeKind::kBool);
  if (m.size() > 7 && m.compare(m.size() - 7, 7, "_update") == 0) return Type::none();
  if (m == "update") return Type::none();
  return derived(a.ctx, def, def->frozen);
}

}  // namespace krait::annotator
