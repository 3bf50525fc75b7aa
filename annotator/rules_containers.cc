// Typing rules for containers (str, list, tuple, dict; sets are in
// rules_sets.cc), iteration, string
// building, unpacking, isinstance and module globals.
#include <algorithm>
#include <map>
#include <optional>

#include "annotator/builtin_args.h"
#include "annotator/ctypes_conversions.h"
#include "annotator/instance_hooks.h"
#include "annotator/rules.h"
#include "annotator/union.h"

namespace krait::annotator {
namespace {

using flow::OpKind;

bool is_int_like(const Type& t) {
  return t.kind == TypeKind::kInt || t.kind == TypeKind::kBool;
}

std::optional<int64_t> constant_int(const Type& t) {
  if (t.constant && t.constant->kind == flow::ConstValue::Kind::kInt) return t.constant->int_value;
  return std::nullopt;
}

// `t` without None. Indexing, item assignment and deletion (checked_item)
// of a list or dict that may be None are allowed: when it is None, the
// generated code raises CPython's TypeError. Other uses are errors.
Type not_none(OpContext& ctx, const Type& t, const char* what, bool checked_item = false) {
  if (t.can_be_none && checked_item &&
      (t.kind == TypeKind::kList || t.kind == TypeKind::kDict || t.kind == TypeKind::kReMatch)) {
    Type checked = t;
    checked.can_be_none = false;
    return checked;
  }
  if (t.can_be_none) {
    op_error(ctx, std::string(what) + " of a value that may be None (" + describe(t) + ")");
    return Type::impossible();
  }
  return t;
}

// Checks a dict key against the dict's key type (widening it), for reads.
bool check_key(OpContext& ctx, DictDef* dict, const Type& key) {
  return ctx.annotator.widen(dict->key, key, ctx.annotator.origin_at(ctx.op, "used as a key"),
                             ctx.op, "dict key");
}

Type get_item(OpContext& ctx) {
  Type obj = not_none(ctx, ctx.args[0], "indexing", true);
  const Type& index = ctx.args[1];
  if (obj.is_impossible()) return obj;
  switch (obj.kind) {
    case TypeKind::kList: {
      if (!is_int_like(index))
        return op_error(ctx, "list indices must be integers, not " + describe(index));
      ListDef* def = resolve(obj.list);
      ctx.annotator.read(def->item);
      return def->item.type;
    }
    case TypeKind::kStr:
      if (!is_int_like(index))
        return op_error(ctx, "string indices must be integers, not " + describe(index));
      return Type::of(TypeKind::kStr);
    case TypeKind::kBytes:
    case TypeKind::kByteArray:
      if (!is_int_like(index))
        return op_error(ctx, "byte indices must be integers, not " + describe(index));
      return Type::of(TypeKind::kInt);
    case TypeKind::kRange:
      return Type::of(TypeKind::kInt);
    case TypeKind::kReMatch:
      return re_match_item(ctx, obj, index);
    case TypeKind::kTuple: {
      if (obj.variadic) {
        if (!is_int_like(index))
          return op_error(ctx, "tuple indices must be integers, not " + describe(index));
        return obj.items[0];
      }
      std::optional<int64_t> i = constant_int(index);
      int64_t n = static_cast<int64_t>(obj.items.size());
      if (i) {
        int64_t k = *i < 0 ? *i + n : *i;
        if (k < 0 || k >= n) {
          return op_error(ctx, "tuple index " + std::to_string(*i) +
                                   " out of range for a tuple of " + std::to_string(n) + " items");
        }
        return obj.items[k];
      }
      Type all;
      for (const Type& item : obj.items) {
        UnionResult r = unite(all, item);
        if (r.error)
          return op_error(ctx, "a tuple of different item types (" + describe(obj) +
                                   ") can only be indexed by a constant");
        all = r.type;
      }
      return without_constant(all);
    }
    case TypeKind::kDict: {
      DictDef* def = resolve(obj.dict);
      if (!check_key(ctx, def, index)) return Type::impossible();
      ctx.annotator.read(def->value);
      return def->value.type;
    }
    default:
      return op_error(ctx, describe(obj) + " is not subscriptable");
  }
}

Type set_item(OpContext& ctx) {
  Type obj = not_none(ctx, ctx.args[0], "item assignment", true);
  if (obj.is_impossible()) return obj;
  const Type& index = ctx.args[1];
  const Type& value = ctx.args[2];
  if (obj.kind == TypeKind::kList) {
    if (!is_int_like(index))
      return op_error(ctx, "list indices must be integers, not " + describe(index));
    if (!ctx.annotator.widen(resolve(obj.list)->item, value,
                             ctx.annotator.origin_at(ctx.op, "stored"), ctx.op, "list item")) {
      return Type::impossible();
    }
    return Type::none();
  }
  if (obj.kind == TypeKind::kDict) {
    DictDef* def = resolve(obj.dict);
    if (!check_key(ctx, def, index)) return Type::impossible();
    if (!ctx.annotator.widen(def->value, value, ctx.annotator.origin_at(ctx.op, "stored"), ctx.op,
                             "dict value")) {
      return Type::impossible();
    }
    return Type::none();
  }
  if (obj.kind == TypeKind::kByteArray) {
    if (!is_int_like(index))
      return op_error(ctx, "bytearray indices must be integers, not " + describe(index));
    if (!is_int_like(value))
      return op_error(ctx, "'" + describe(value) + "' object cannot be interpreted as an integer");
    return Type::none();
  }
  return op_error(ctx, describe(obj) + " does not support item assignment");
}

Type del_item(OpContext& ctx) {
  Type obj = not_none(ctx, ctx.args[0], "item deletion", true);
  if (obj.is_impossible()) return obj;
  if (obj.kind == TypeKind::kList && is_int_like(ctx.args[1])) {
    resolve(obj.list)->mutated = true;
    return Type::none();
  }
  if (obj.kind == TypeKind::kDict) {
    return check_key(ctx, resolve(obj.dict), ctx.args[1]) ? Type::none() : Type::impossible();
  }
  if (obj.kind == TypeKind::kByteArray && is_int_like(ctx.args[1])) return Type::none();
  return op_error(ctx, describe(obj) + " does not support item deletion");
}

bool slice_bounds_ok(OpContext& ctx, size_t first) {
  for (size_t i = first; i < first + 3; ++i) {
    const Type& t = ctx.args[i];
    if (t.kind != TypeKind::kNone && !is_int_like(t)) {
      op_error(ctx, "slice indices must be integers or None, not " + describe(t));
      return false;
    }
  }
  return true;
}

Type get_slice(OpContext& ctx) {
  Type obj = not_none(ctx, ctx.args[0], "slicing");
  if (obj.is_impossible() || !slice_bounds_ok(ctx, 1)) return Type::impossible();
  switch (obj.kind) {
    case TypeKind::kList: {
      ListDef* def = resolve(obj.list);
      ctx.annotator.read(def->item);
      return Type::list_of(
          ctx.annotator.new_list(def->item.type, ctx.annotator.origin_at(ctx.op, "sliced")));
    }
    case TypeKind::kStr:
    case TypeKind::kBytes:
    case TypeKind::kByteArray:
      return Type::of(obj.kind);
    case TypeKind::kTuple: {
      if (obj.variadic) return without_constant(obj);
      std::optional<std::pair<int64_t, int64_t>> range = tuple_slice(ctx.args);
      if (!range)
        return op_error(ctx, "a tuple can only be sliced with constant bounds and no step");
      std::vector<Type> items;
      for (int64_t i = range->first; i < range->second; ++i) items.push_back(obj.items[i]);
      return Type::tuple_of(std::move(items));
    }
    default:
      return op_error(ctx, describe(obj) + " cannot be sliced");
  }
}

Type set_slice(OpContext& ctx) {
  Type obj = not_none(ctx, ctx.args[0], "slice assignment");
  if (obj.is_impossible() || !slice_bounds_ok(ctx, 1)) return Type::impossible();
  const Type& value = ctx.args[4];
  if (obj.kind == TypeKind::kByteArray) {
    if (!is_bytes_like(value))
      return op_error(ctx,
                      "can assign only bytes, buffers, or iterables of ints in range(0, 256) "
                      "to a bytearray slice; Krait takes bytes or a bytearray, not " +
                          describe(value));
    return Type::none();
  }
  if (obj.kind != TypeKind::kList || value.kind != TypeKind::kList) {
    return op_error(ctx, "slice assignment needs a list on both sides, not " + describe(obj) +
                             " and " + describe(value));
  }
  ListDef* target = resolve(obj.list);
  ListDef* source = resolve(value.list);
  ctx.annotator.read(source->item);
  target->mutated = true;
  return ctx.annotator.widen(target->item, source->item.type,
                             ctx.annotator.origin_at(ctx.op, "assigned to a slice"), ctx.op,
                             "list item")
             ? Type::none()
             : Type::impossible();
}

Type del_slice(OpContext& ctx) {
  Type obj = not_none(ctx, ctx.args[0], "slice deletion");
  if (obj.is_impossible() || !slice_bounds_ok(ctx, 1)) return Type::impossible();
  if (obj.kind == TypeKind::kByteArray) return Type::none();
  if (obj.kind != TypeKind::kList)
    return op_error(ctx, describe(obj) + " does not support slice deletion");
  resolve(obj.list)->mutated = true;
  return Type::none();
}

// Where item `i` of a list or dict display is: the item's own expression
// when the builder knows it (a literal, a call), else the whole display.
Origin item_origin(OpContext& ctx, size_t i) {
  const SourceRange& item = ctx.op.args[i]->range;
  return ctx.annotator.origin_at(item.file != nullptr ? item : ctx.op.range, "listed");
}

Type new_list(OpContext& ctx) {
  ListDef* def =
      ctx.annotator.new_list(Type::impossible(), ctx.annotator.origin_at(ctx.op, "listed"));
  for (size_t i = 0; i < ctx.args.size(); ++i) {
    if (!ctx.annotator.widen(def->item, ctx.args[i], item_origin(ctx, i), ctx.op, "list item"))
      return Type::impossible();
  }
  return Type::list_of(def);
}

Type new_dict(OpContext& ctx) {
  Origin origin = ctx.annotator.origin_at(ctx.op, "listed");
  DictDef* def = ctx.annotator.new_dict(Type::impossible(), Type::impossible(), origin);
  for (size_t i = 0; i + 1 < ctx.args.size(); i += 2) {
    if (!ctx.annotator.widen(def->key, ctx.args[i], item_origin(ctx, i), ctx.op, "dict key") ||
        !ctx.annotator.widen(def->value, ctx.args[i + 1], item_origin(ctx, i + 1), ctx.op,
                             "dict value")) {
      return Type::impossible();
    }
  }
  return Type::dict_of(def);
}

// isinstance(x, int) and the like, decided by x's type when that is a
// built-in one (bool is an int, as in Python); nullopt when only the run
// time can tell (a number, a value that may be None) or x is an instance.
std::optional<bool> builtin_isinstance(const Type& value,
                                       const std::vector<const flow::Entity*>& classes) {
  static const std::map<std::string, std::vector<TypeKind>> kKinds = {
      {"int", {TypeKind::kInt, TypeKind::kBool}},
      {"float", {TypeKind::kFloat}},
      {"bool", {TypeKind::kBool}},
      {"str", {TypeKind::kStr}},
      {"bytes", {TypeKind::kBytes}},
      {"bytearray", {TypeKind::kByteArray}},
      {"list", {TypeKind::kList}},
      {"dict", {TypeKind::kDict}},
      {"tuple", {TypeKind::kTuple}}};
  bool builtin_value = false;
  for (const auto& [name, kinds] : kKinds) {
    for (TypeKind k : kinds) builtin_value = builtin_value || value.kind == k;
  }
  if (!builtin_value || value.can_be_none) return std::nullopt;
  for (const flow::Entity* cls : classes) {
    auto it = cls->kind == flow::EntityKind::kBuiltin ? kKinds.find(cls->qualname) : kKinds.end();
    if (it == kKinds.end()) continue;  // a user class: never a built-in value
    for (TypeKind k : it->second) {
      if (value.kind == k) return true;
    }
  }
  return false;
}

}  // namespace

std::optional<std::pair<int64_t, int64_t>> tuple_slice(const std::vector<Type>& args) {
  int64_t n = static_cast<int64_t>(args[0].items.size());
  std::optional<int64_t> lo = args[1].kind == TypeKind::kNone ? 0 : constant_int(args[1]);
  std::optional<int64_t> hi = args[2].kind == TypeKind::kNone ? n : constant_int(args[2]);
  if (!lo || !hi || args[3].kind != TypeKind::kNone) return std::nullopt;
  return std::pair{std::clamp<int64_t>(*lo < 0 ? *lo + n : *lo, 0, n),
                   std::clamp<int64_t>(*hi < 0 ? *hi + n : *hi, 0, n)};
}

// The iterator over `t`, or impossible after an error (shared with calls:
// list(), sorted(), enumerate() ...).
namespace {

// The function of a class's method `name` (own or inherited), or null.
const flow::FunctionEntity* method_function(const ClassDef* cls, const char* name) {
  const flow::ConstValue* v = cls->class_attribute(name);
  if (v == nullptr || !v->is_entity() || v->entity->kind != flow::EntityKind::kFunction)
    return nullptr;
  return static_cast<const flow::FunctionEntity*>(v->entity);
}

// An instance where the runtime iterates (list(obj), sum(obj) ...): its
// class's __iter__ returns an iterator (a generator method), or an
// instance whose __next__ gives the items until it raises StopIteration.
// The backend makes rt::py_iter of the class call them
// (emit_program.cc: instance_iterators).
Type instance_iterator(OpContext& ctx, const Type& t) {
  const flow::FunctionEntity* iter = method_function(t.cls, "__iter__");
  if (iter == nullptr) return op_error(ctx, describe(t) + " is not iterable");
  Type self = without_constant(t);
  Type r = ctx.annotator.call_function(iter, {self}, ctx.op);
  if (r.is_impossible() || (r.kind == TypeKind::kIterator && !r.can_be_none)) return r;
  const flow::FunctionEntity* next = r.kind == TypeKind::kInstance && !r.can_be_none
                                         ? method_function(r.cls, "__next__")
                                         : nullptr;
  if (next == nullptr)
    return op_error(ctx, iter->qualname + " returns " + describe(r) +
                             ", which is not an iterator (an instance with __next__ or a "
                             "generator)");
  Type item = ctx.annotator.call_function(next, {without_constant(r)}, ctx.op);
  if (item.is_impossible()) return item;
  return Type::iterator_of(IterKind::kInstance, without_constant(item), {without_constant(r)});
}

}  // namespace

Type iterator_over(OpContext& ctx, const Type& t) {
  if (t.can_be_none)
    return op_error(ctx, "iteration over a value that may be None (" + describe(t) + ")");
  switch (t.kind) {
    case TypeKind::kList: {
      ListDef* def = resolve(t.list);
      ctx.annotator.read(def->item);
      return Type::iterator_of(IterKind::kList, def->item.type);
    }
    case TypeKind::kStr:
      return Type::iterator_of(IterKind::kStr, Type::of(TypeKind::kStr));
    case TypeKind::kBytes:
    case TypeKind::kByteArray:
      return Type::iterator_of(IterKind::kBytes, Type::of(TypeKind::kInt), {Type::of(t.kind)});
    case TypeKind::kRange:
      return Type::iterator_of(IterKind::kRange, Type::of(TypeKind::kInt));
    case TypeKind::kCData: {
      Type item = t.c_value || t.ctype->kind != ctypes::CKind::kArray
                      ? Type::impossible()
                      : python_type(*t.ctype->target);
      if (item.is_impossible())
        return op_error(ctx, "TypeError: '" + describe(t) + "' object is not iterable");
      return Type::iterator_of(IterKind::kCArray, item, {without_constant(t)});
    }
    case TypeKind::kFile:
      return Type::iterator_of(IterKind::kFileLines, Type::of(TypeKind::kStr));
    case TypeKind::kDict: {
      DictDef* def = resolve(t.dict);
      ctx.annotator.read(def->key);
      return Type::iterator_of(IterKind::kDictKeys, def->key.type, {without_constant(t)});
    }
    case TypeKind::kSet: {
      SetDef* def = resolve(t.set);
      ctx.annotator.read(def->item);
      return Type::iterator_of(IterKind::kSet, def->item.type, {without_constant(t)});
    }
    case TypeKind::kTuple: {
      UnionResult all = tuple_items_union(t);
      if (all.error)
        return op_error(ctx,
                        "iteration over a tuple of different item types (" + describe(t) + ")");
      return Type::iterator_of(IterKind::kTuple, without_constant(all.type), {without_constant(t)});
    }
    case TypeKind::kIterator:
      return t;
    case TypeKind::kInstance:
      return instance_iterator(ctx, t);
    default:
      return op_error(ctx, describe(t) + " is not iterable");
  }
}

Type annotate_container(OpContext& ctx) {
  switch (ctx.op.kind) {
    case OpKind::kGetItem:
      return get_item(ctx);
    case OpKind::kSetItem:
      return set_item(ctx);
    case OpKind::kDelItem:
      return del_item(ctx);
    case OpKind::kGetSlice:
      return get_slice(ctx);
    case OpKind::kSetSlice:
      return set_slice(ctx);
    case OpKind::kDelSlice:
      return del_slice(ctx);
    case OpKind::kNewList:
      return new_list(ctx);
    case OpKind::kNewTuple:
      return Type::tuple_of(ctx.args);
    case OpKind::kNewDict:
      return new_dict(ctx);
    case OpKind::kNewSet:
    case OpKind::kNewSetFolded:
      return new_set_display(ctx);
    case OpKind::kIter:
      return iterator_over(ctx, ctx.args[0]);
    case OpKind::kNext:
      if (ctx.args[0].kind != TypeKind::kIterator)
        return op_error(ctx, describe(ctx.args[0]) + " is not an iterator");
      return ctx.args[0].items[0];
    case OpKind::kContains: {
      const Type& c = ctx.args[0];
      if (c.kind == TypeKind::kDict && !check_key(ctx, resolve(c.dict), ctx.args[1]))
        return Type::impossible();
      if (c.kind == TypeKind::kSet &&
          !ctx.annotator.widen(resolve(c.set)->item, ctx.args[1],
                               ctx.annotator.origin_at(ctx.op, "tested for membership"), ctx.op,
                               "set item")) {
        return Type::impossible();
      }
      if (is_bytes_like(c) && !is_int_like(ctx.args[1]) && !is_bytes_like(ctx.args[1])) {
        return op_error(ctx,
                        "'in <bytes>' requires a bytes-like object or an int as left operand, "
                        "not " +
                            describe(ctx.args[1]));
      }
      if (c.kind == TypeKind::kStr && ctx.args[1].kind != TypeKind::kStr) {
        return op_error(
            ctx, "'in <string>' requires a string as left operand, not " + describe(ctx.args[1]));
      }
      if (c.kind != TypeKind::kDict && c.kind != TypeKind::kStr &&
          iterator_over(ctx, c).is_impossible()) {
        return Type::impossible();
      }
      if (c.kind == TypeKind::kList && !annotate_instance_hook(ctx, ctx.args[1], "__eq__"))
        return Type::impossible();
      return Type::of(TypeKind::kBool);
    }
    case OpKind::kFormat:
    case OpKind::kBuildStr:
      return Type::of(TypeKind::kStr);
    case OpKind::kCheckLength:
    case OpKind::kCheckLengthAtLeast: {
      const Type& seq = ctx.args[0];
      int64_t n = ctx.op.args[1]->constant->int_value;
      int64_t size = static_cast<int64_t>(seq.items.size());
      bool at_least = ctx.op.kind == OpKind::kCheckLengthAtLeast;
      if (seq.is_fixed_tuple() && (at_least ? size < n : size != n)) {
        return op_error(ctx, "cannot unpack a tuple of " + std::to_string(seq.items.size()) +
                                 " items into " + std::to_string(n) + " targets");
      }
      if (!seq.is_fixed_tuple() && iterator_over(ctx, seq).is_impossible())
        return Type::impossible();
      return Type::none();
    }
    case OpKind::kIsInstance: {
      const Type& value = ctx.args[0];
      const flow::ConstValue& classes = *ctx.op.args[1]->constant;
      std::vector<const flow::Entity*> entities;
      if (classes.kind == flow::ConstValue::Kind::kTuple) {
        for (const flow::ConstValue& c : classes.items) entities.push_back(c.entity);
      } else {
        entities.push_back(classes.entity);
      }
      if (value.kind == TypeKind::kInstance && entities.size() == 1 &&
          (entities[0]->kind == flow::EntityKind::kClass ||
           flow::is_subclass(entities[0], ctx.annotator.program().builtin("BaseException")))) {
        ClassDef* target = ctx.annotator.classdef(entities[0]);
        Type narrowed = Type::instance_of(target);
        if (!target->is_subclass_of(value.cls) && !value.cls->is_subclass_of(target)) {
          narrowed = Type::impossible();  // unrelated: never true
        } else if (value.cls->is_subclass_of(target)) {
          narrowed = value;
          narrowed.can_be_none = false;
        }
        if (ctx.op.args[0]->is_variable())
          ctx.narrowings.push_back(Narrowing{ctx.op.args[0], narrowed, value});
        // Known now: an instance of the class (or of a subclass) that cannot
        // be None, or of an unrelated class; the other branch is not taken.
        if (narrowed.is_impossible() || (narrowed.cls == value.cls && !value.can_be_none))
          return Type::of_constant(flow::ConstValue::of_bool(!narrowed.is_impossible()));
      }
      if (std::optional<bool> known = builtin_isinstance(value, entities))
        return Type::of_constant(flow::ConstValue::of_bool(*known));
      return Type::of(TypeKind::kBool);
    }
    case OpKind::kType:
      if (ctx.args[0].kind == TypeKind::kInstance) return Type::pbc_of(ctx.args[0].cls->entity);
      return op_error(ctx, "type() of " + describe(ctx.args[0]) + " is not supported");
    case OpKind::kSameAs:
      return ctx.args[0];
    case OpKind::kLoadGlobal:
    case OpKind::kStoreGlobal:
      return ctx.annotator.global(ctx);
    case OpKind::kImportModule: {
      // A call of the module's body, which returns None, except that a
      // circular import returns at once (the body is running): None even
      // before the body's return is known.
      const auto* module = static_cast<const flow::ModuleEntity*>(ctx.op.args[0]->constant->entity);
      ctx.annotator.call_function(module->body, {}, ctx.op);
      return Type::none();
    }
    case OpKind::kNewCell:
      return Type::cell_of(ctx.annotator.cell_of(ctx.op));
    case OpKind::kGetCell: {
      CellDef* cell = ctx.args[0].cell;
      ctx.annotator.read(cell->value);
      return cell->value.type;
    }
    case OpKind::kSetCell: {
      const std::string& name = ctx.op.args[0]->name;  // "cell_x"
      if (!ctx.annotator.widen(
              ctx.args[0].cell->value, without_constant(ctx.args[1]),
              ctx.annotator.origin_at(ctx.op, "assigned"), ctx.op,
              "variable '" + name.substr(name.find('_') + 1) + "' (shared with a nested function)"))
        return Type::impossible();
      return Type::none();
    }
    case OpKind::kMakeClosure: {
      const flow::Entity* fn = ctx.op.args[0]->constant->entity;
      if (ctx.args.size() == 1) return Type::pbc_of(fn);  // uses no enclosing variable
      return Type::closure_of(fn, std::vector<Type>(ctx.args.begin() + 1, ctx.args.end()));
    }
    case OpKind::kYield:
      if (!ctx.annotator.widen(ctx.spec.yielded, without_constant(ctx.args[0]),
                               ctx.annotator.origin_at(ctx.op, "yielded"), ctx.op,
                               "yielded value of " + ctx.spec.graph->name()))
        return Type::impossible();
      return Type::none();
    case OpKind::kGeneratorReturn: {  // what the generator's frame returned
      const Type& it = ctx.args[0];
      if (it.kind != TypeKind::kIterator || it.iter != IterKind::kGenerator) return Type::none();
      auto* sub = const_cast<Specialization*>(it.generator);
      sub->return_readers.insert(ctx.annotator.current_reader());
      return sub->return_type;  // impossible until known (never, if it never returns)
    }
    default:
      return op_error(ctx, "internal error: no typing rule for this operation");
  }
}

}  // namespace krait::annotator
