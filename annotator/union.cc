#include "annotator/union.h"

namespace krait::annotator {
namespace {

UnionResult fail(const Type& a, const Type& b) {
  return {{}, describe(a) + " and " + describe(b) + " cannot share a variable"};
}

bool is_plain_number(TypeKind k) {
  return k == TypeKind::kInt || k == TypeKind::kFloat || k == TypeKind::kNumber;
}

// Unites two shared slots into `into`; readers of a slot whose type changed
// must be re-flowed.
std::optional<std::string> merge_slot(Slot& into, Slot& from, std::set<Reader>* reflow) {
  UnionResult r = unite(into.type, from.type, reflow);
  if (r.error) return r.error;
  if (reflow != nullptr) {
    if (!same_type(r.type, into.type)) reflow->insert(into.readers.begin(), into.readers.end());
    if (!same_type(r.type, from.type)) reflow->insert(from.readers.begin(), from.readers.end());
  }
  into.type = without_constant(r.type);
  for (const auto& [kind, origin] : from.origins) {
    if (into.origin_of(kind) == nullptr) into.origins.emplace_back(kind, origin);
  }
  into.readers.insert(from.readers.begin(), from.readers.end());
  return std::nullopt;
}

UnionResult unite_same_kind(const Type& a, const Type& b, std::set<Reader>* reflow) {
  Type out = a;
  out.can_be_none = a.can_be_none || b.can_be_none;
  switch (a.kind) {
    case TypeKind::kList: {
      ListDef* x = resolve(a.list);
      ListDef* y = resolve(b.list);
      if (x != y) {
        if (auto e = merge_slot(x->item, y->item, reflow)) return {{}, "list items: " + *e};
        x->mutated = x->mutated || y->mutated;
        x->deque = x->deque || y->deque;
        y->merged_into = x;
      }
      out.list = x;
      return {out, std::nullopt};
    }
    case TypeKind::kDict: {
      DictDef* x = resolve(a.dict);
      DictDef* y = resolve(b.dict);
      if (x != y) {
        if (auto e = merge_slot(x->key, y->key, reflow)) return {{}, "dict keys: " + *e};
        if (auto e = merge_slot(x->value, y->value, reflow)) return {{}, "dict values: " + *e};
        if (x->flavor == DictFlavor::kDict) x->flavor = y->flavor;
        y->merged_into = x;
      }
      out.dict = x;
      return {out, std::nullopt};
    }
    case TypeKind::kCell:
      if (a.cell != b.cell) return fail(a, b);
      return {out, std::nullopt};
    case TypeKind::kCData:
      if (a.ctype != b.ctype || a.c_value != b.c_value || a.c_ref != b.c_ref) return fail(a, b);
      return {out, std::nullopt};
    case TypeKind::kCArrayType:
      if (a.ctype != b.ctype) return fail(a, b);
      return {out, std::nullopt};
    case TypeKind::kRePattern:
    case TypeKind::kReMatch:  // patterns of different shapes: no shape known
      if (a.regex != b.regex) out.regex = nullptr;
      return {out, std::nullopt};
    case TypeKind::kClosure:
      if (a.pbcs != b.pbcs)
        return {{},
                "two different nested functions that use variables of enclosing ones "
                "cannot share a variable"};
      [[fallthrough]];
    case TypeKind::kSet: {
      SetDef* x = resolve(a.set);
      SetDef* y = resolve(b.set);
      if (x != y) {
        if (x->frozen != y->frozen) return fail(a, b);
        if (auto e = merge_slot(x->item, y->item, reflow)) return {{}, "set items: " + *e};
        y->merged_into = x;
      }
      out.set = x;
      return {out, std::nullopt};
    }
    case TypeKind::kTuple:
      if (a.variadic || b.variadic || a.items.size() != b.items.size()) {
        UnionResult x = tuple_items_union(a, reflow);
        UnionResult y = x.error ? x : tuple_items_union(b, reflow);
        UnionResult r = y.error ? y : unite(x.type, y.type, reflow);
        if (r.error)
          return {{},
                  describe(a) + " and " + describe(b) +
                      " cannot share a variable; a variable holding tuples of different lengths "
                      "needs items of one type (" +
                      r.error->substr(0, r.error->find(';')) + ")"};
        out = Type::var_tuple_of(without_constant(r.type));
        out.can_be_none = a.can_be_none || b.can_be_none;
        return {out, std::nullopt};
      }
      [[fallthrough]];
    case TypeKind::kIterator: {
      if (a.items.size() != b.items.size() ||
          (a.kind == TypeKind::kIterator && (a.iter != b.iter || a.generator != b.generator))) {
        return fail(a, b);
      }
      for (size_t i = 0; i < a.items.size(); ++i) {
        UnionResult r = unite(a.items[i], b.items[i], reflow);
        if (r.error) return r;
        out.items[i] = r.type;
      }
      return {out, std::nullopt};
    }
    case TypeKind::kInstance: {
      ClassDef* base = common_base(a.cls, b.cls);
      if (base == nullptr || base->is_object()) {
        return {{},
                "instances of the unrelated classes " + a.cls->name() + " and " + b.cls->name() +
                    " cannot share a variable; " + a.cls->name() + " and " + b.cls->name() +
                    " have no common base class"};
      }
      out.cls = base;
      return {out, std::nullopt};
    }
    case TypeKind::kBoundMethod: {
      if (a.cls == nullptr || b.cls == nullptr) {
        if (!same_type(a, b)) return fail(a, b);
        return {out, std::nullopt};
      }
      ClassDef* base = common_base(a.cls, b.cls);
      if (base == nullptr) return fail(a, b);
      out.cls = base;
      std::set<std::string> names;
      for (const Type* t : {&a, &b}) {
        for (std::string& name : method_names(*t)) names.insert(std::move(name));
      }
      if (names.size() > 1) {  // one of several methods, chosen at run time
        out.method.clear();
        out.method_choices.assign(names.begin(), names.end());
      }
      return {out, std::nullopt};
    }
    case TypeKind::kPbc:
      out.pbcs.insert(b.pbcs.begin(), b.pbcs.end());
      return {out, std::nullopt};
    default:
      return {out, std::nullopt};
  }
}

}  // namespace

Type without_constant(const Type& t) {
  Type out = t;
  out.constant.reset();
  for (Type& item : out.items) item = without_constant(item);
  return out;
}

UnionResult tuple_items_union(const Type& tuple, std::set<Reader>* reflow) {
  UnionResult all;
  for (const Type& item : tuple.items) {
    all = unite(all.type, item, reflow);
    if (all.error) return all;
  }
  return all;
}

UnionResult unite(const Type& a, const Type& b, std::set<Reader>* reflow) {
  if (a.is_impossible()) return {b, std::nullopt};
  if (b.is_impossible()) return {a, std::nullopt};
  bool same_constant = a.constant && b.constant && *a.constant == *b.constant;
  UnionResult r;
  if (a.kind == b.kind) {
    r = unite_same_kind(a, b, reflow);
  } else if (a.kind == TypeKind::kNone || b.kind == TypeKind::kNone) {
    const Type& other = a.kind == TypeKind::kNone ? b : a;
    // Tuples are values in C++ (no null): None joins them no more than ints.
    // A method of a user class bound to its receiver is a pointer (or a
    // MethodChoice) in C++: a null receiver is None.
    bool method = other.kind == TypeKind::kBoundMethod && other.cls != nullptr;
    if ((!other.is_reference() && !method) || other.kind == TypeKind::kTuple) {
      return {
          {},
          "None and " + describe(other) + " cannot share a variable; " +
              (std::string("aeiou").find(describe(other)[0]) == std::string::npos ? "a " : "an ") +
              describe(other) +
              " cannot be None: use a sentinel value (such as -1) or an object holding it"};
    }
    r = {other, std::nullopt};
    r.type.can_be_none = true;
  } else if (is_plain_number(a.kind) && is_plain_number(b.kind)) {
    r = {Type::of(TypeKind::kNumber), std::nullopt};
  } else {
    return fail(a, b);
  }
  if (!r.error && !same_constant) r.type.constant.reset();
  return r;
}

}  // namespace krait::annotator
