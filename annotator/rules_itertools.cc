// Typing rules of the `itertools` module (runtime/itertools_module.h).
//
// Each function's result is an iterator (IterKind kCount ... kZipLongest)
// whose `items` carry what the backend needs to name the C++ iterator:
// items[0] the item type, then the inner iterators or the pools' item
// types. The r-tuples of the combinatoric iterators are fixed tuples when r
// is a constant (len of the pool for permutations without r: variadic).
#include "annotator/builtin_args.h"
#include "annotator/instance_hooks.h"
#include "annotator/rules.h"
#include "annotator/union.h"

namespace krait::annotator {
namespace {

bool is_int_or_none(const Type& t) {
  return t.kind == TypeKind::kNone || int_argument(t);
}

// The argument called `name`, positional at `index` or by keyword; null if
// not given.
const Type* find(Args& a, size_t index, const char* name) {
  if (index < a.pos.size()) return &a.pos[index];
  auto it = a.kw.find(name);
  return it == a.kw.end() ? nullptr : &it->second;
}

// The tuple of r items of type `item`: fixed for a constant r, else
// variadic.
Type r_tuple(const Type& item, const Type* r) {
  if (r != nullptr && r->constant && r->constant->kind == flow::ConstValue::Kind::kInt &&
      r->constant->int_value >= 0 && r->constant->int_value <= 32) {
    return Type::tuple_of(std::vector<Type>(static_cast<size_t>(r->constant->int_value), item));
  }
  return Type::var_tuple_of(item);
}

// A function of the program called with `args` (key=, func=; accumulate
// also takes the built-ins max and min): its result
// type; impossible after reporting, or while not known yet.
Type call_plain_function(Args& a, const Type& fn, std::vector<Type> args, const char* what) {
  const flow::Entity* e = fn.single_pbc();
  if (fn.kind != TypeKind::kPbc || e == nullptr || e->kind != flow::EntityKind::kFunction)
    return a.fail(std::string(what) +
                  " must be a function or lambda without free variables in "
                  "Krait, not " +
                  describe(fn));
  return a.ctx.annotator.call_function(static_cast<const flow::FunctionEntity*>(e), std::move(args),
                                       a.ctx.op);
}

Type combinatoric(Args& a, IterKind kind, const char* name) {
  bool r_optional = kind == IterKind::kPermutations;
  if (!a.expect(r_optional ? 1 : 2, 2, {"r"})) return Type::impossible();
  const Type* r = find(a, 1, "r");
  if (r == nullptr && !r_optional) return a.fail("missing required argument 'r'");
  if (r != nullptr && !(r_optional ? is_int_or_none(*r) : int_argument(*r)))
    return a.fail(std::string("r must be an int, not ") + describe(*r));
  Type item = item_of(a, a.pos[0]);
  if (item.is_impossible() && a.ctx.annotator.failed()) return item;
  item = without_constant(item);
  if (r != nullptr && r->kind == TypeKind::kNone) r = nullptr;
  (void)name;
  return Type::iterator_of(kind, r_tuple(item, r), {item});
}

}  // namespace

Type itertools_function(Args& a) {
  const std::string n = a.name.substr(std::string("itertools.").size());
  Annotator& an = a.ctx.annotator;
  if (n == "count") {
    if (!a.expect(0, 2, {"start", "step"})) return Type::impossible();
    Type t = Type::of(TypeKind::kInt);
    for (const Type* arg : {find(a, 0, "start"), find(a, 1, "step")}) {
      if (arg == nullptr) continue;
      if (!arg->is_numeric() || arg->can_be_none)
        return a.fail("needs numbers, not " + describe(*arg));
      UnionResult r = unite(t, without_constant(*arg));
      t = r.type;
    }
    return Type::iterator_of(IterKind::kCount, t);
  }
  if (n == "repeat") {
    if (!a.expect(1, 2, {"times"})) return Type::impossible();
    const Type* times = find(a, 1, "times");
    if (times != nullptr && !int_argument(*times))
      return a.fail("times must be an int, not " + describe(*times));
    return Type::iterator_of(IterKind::kRepeat, without_constant(a.pos[0]));
  }
  if (n == "cycle" || n == "islice" || n == "accumulate") {
    if (n == "cycle" && !a.expect(1, 1)) return Type::impossible();
    if (n == "islice" && !a.expect(2, 4)) return Type::impossible();
    if (n == "accumulate" && !a.expect(1, 2, {"func", "initial"})) return Type::impossible();
    Type inner = iterator_over(a.ctx, a.pos[0]);
    if (inner.is_impossible()) return inner;
    Type item = inner.items[0];
    if (n == "cycle") return Type::iterator_of(IterKind::kCycle, item, {inner});
    if (n == "islice") {
      for (size_t i = 1; i < a.pos.size(); ++i) {
        if (!is_int_or_none(a.pos[i]))
          return a.fail("indices must be ints or None, not " + describe(a.pos[i]));
      }
      return Type::iterator_of(IterKind::kISlice, item, {inner});
    }
    const Type* func = find(a, 1, "func");
    const flow::Entity* builtin = func != nullptr ? func->single_pbc() : nullptr;
    bool min_or_max = builtin != nullptr && builtin->kind == flow::EntityKind::kBuiltin &&
                      (builtin->qualname == "max" || builtin->qualname == "min");
    if (min_or_max) {
      if (!annotate_instance_hook(a.ctx, item, "__lt__")) return Type::impossible();
    } else if (func != nullptr && func->kind != TypeKind::kNone) {
      Type r = call_plain_function(a, *func, {item, item}, "func=");
      if (r.is_impossible()) return r;
      UnionResult u = unite(item, without_constant(r));
      if (u.error) return a.fail("func= returns " + describe(r) + ", not the items' type");
      item = u.type;
    } else if (!item.is_numeric() && !item.is_impossible()) {
      return a.fail("without func=, the items must be numbers in Krait, not " + describe(item));
    }
    if (auto it = a.kw.find("initial"); it != a.kw.end() && it->second.kind != TypeKind::kNone) {
      UnionResult u = unite(item, without_constant(it->second));
      if (u.error) return a.fail("initial= and the items differ: " + *u.error);
      item = u.type;
    }
    return Type::iterator_of(IterKind::kAccumulate, item, {inner});
  }
  if (n == "chain" || n == "chain.from_iterable") {
    std::vector<Type> inners;
    Type item;
    if (n == "chain") {
      if (!a.expect(0, SIZE_MAX)) return Type::impossible();
      for (const Type& t : a.pos) inners.push_back(iterator_over(a.ctx, t));
    } else {
      if (!a.expect(1, 1)) return Type::impossible();
      Type outer = iterator_over(a.ctx, a.pos[0]);
      if (outer.is_impossible()) return outer;
      Type sub = iterator_over(a.ctx, outer.items[0]);
      if (sub.is_impossible()) return sub;
      return Type::iterator_of(IterKind::kChainFromIterable, without_constant(sub.items[0]),
                               {outer});
    }
    for (const Type& inner : inners) {
      if (inner.is_impossible()) return inner;
      UnionResult u = unite(item, without_constant(inner.items[0]));
      if (u.error) return a.fail("the iterables' items differ: " + *u.error);
      item = u.type;
    }
    return Type::iterator_of(IterKind::kChain, item, std::move(inners));
  }
  if (n == "permutations") return combinatoric(a, IterKind::kPermutations, "permutations");
  if (n == "combinations") return combinatoric(a, IterKind::kCombinations, "combinations");
  if (n == "combinations_with_replacement")
    return combinatoric(a, IterKind::kCombinationsWithReplacement, "combinations_with_replacement");
  if (n == "product") {
    if (!a.expect(0, SIZE_MAX, {"repeat"})) return Type::impossible();
    int64_t repeat = 1;
    if (auto it = a.kw.find("repeat"); it != a.kw.end()) {
      const Type& r = it->second;
      if (!r.constant || r.constant->kind != flow::ConstValue::Kind::kInt ||
          r.constant->int_value < 0 || r.constant->int_value > 32)
        return a.fail("repeat= must be a constant int from 0 to 32 in Krait");
      repeat = r.constant->int_value;
    }
    std::vector<Type> pools;
    for (const Type& t : a.pos) {
      Type item = item_of(a, t);
      if (item.is_impossible() && an.failed()) return item;
      pools.push_back(without_constant(item));
    }
    std::vector<Type> all;
    for (int64_t k = 0; k < repeat; ++k) all.insert(all.end(), pools.begin(), pools.end());
    return Type::iterator_of(IterKind::kProduct, Type::tuple_of(all), all);
  }
  if (n == "groupby") {
    if (!a.expect(1, 2, {"key"})) return Type::impossible();
    Type inner = iterator_over(a.ctx, a.pos[0]);
    if (inner.is_impossible()) return inner;
    Type item = without_constant(inner.items[0]);
    Type key = item;
    if (const Type* fn = find(a, 1, "key"); fn != nullptr && fn->kind != TypeKind::kNone) {
      key = call_plain_function(a, *fn, {item}, "key=");
      if (key.is_impossible()) return key;
      key = without_constant(key);
    }
    if (!annotate_instance_hook(a.ctx, key, "__eq__")) return Type::impossible();
    Type group = Type::list_of(an.new_list(item, an.origin_at(a.ctx.op, "grouped")));
    return Type::iterator_of(IterKind::kGroupBy, Type::tuple_of({key, group}), {inner});
  }
  if (n == "zip_longest") {
    if (!a.expect(0, SIZE_MAX, {"fillvalue"})) return Type::impossible();
    Type fill = Type::none();
    if (auto it = a.kw.find("fillvalue"); it != a.kw.end()) fill = without_constant(it->second);
    std::vector<Type> slots, sources = {fill};
    for (const Type& t : a.pos) {
      Type inner = iterator_over(a.ctx, t);
      if (inner.is_impossible()) return inner;
      UnionResult u = unite(without_constant(inner.items[0]), fill);
      if (u.error)
        return a.fail("the fill value and the items of an iterable differ (" + *u.error +
                      "): give fillvalue= of the items' type");
      slots.push_back(u.type);
      sources.push_back(inner);
    }
    return Type::iterator_of(IterKind::kZipLongest, Type::tuple_of(slots), sources);
  }
  return a.fail("not supported by Krait yet");
}

}  // namespace krait::annotator
