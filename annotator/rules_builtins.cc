// Typing rules of built-in functions and of the methods of built-in types.
#include "annotator/rules_builtins.h"

#include <cctype>
#include <map>

#include "annotator/builtin_args.h"
#include "annotator/instance_hooks.h"
#include "annotator/rules_ctypes.h"
#include "annotator/simple_functions.h"
#include "annotator/union.h"
#include "translator/syntax/ast.h"

namespace krait::annotator {
namespace {

Type T(TypeKind kind) {
  return Type::of(kind);
}

bool is_int_like(const Type& t) {
  return t.kind == TypeKind::kInt || t.kind == TypeKind::kBool;
}

}  // namespace

Type sort_key(Args& a, const Type& item) {
  auto key = a.kw.find("key");
  if (key == a.kw.end())  // items compared with <: instances with their __lt__
    return annotate_instance_hook(a.ctx, item, "__lt__") ? T(TypeKind::kNone) : Type::impossible();
  const Type& fn = key->second;
  if (is_cmp_key(fn)) {  // key=functools.cmp_to_key(cmp): cmp(a, b) called on pairs of items
    const auto* cmp = static_cast<const flow::FunctionEntity*>(fn.items[0].single_pbc());
    Type r = a.ctx.annotator.call_function(cmp, {without_constant(item), without_constant(item)},
                                           a.ctx.op);
    if (r.is_impossible()) return r;
    if (!r.is_numeric() || r.can_be_none)
      return a.fail("the comparison " + cmp->qualname + " returns " + describe(r) +
                    ", not a number");
    return r;
  }
  const flow::Entity* e = fn.kind == TypeKind::kClosure ? *fn.pbcs.begin() : fn.single_pbc();
  if (e != nullptr && e->kind == flow::EntityKind::kFunction) {
    std::vector<Type> args;  // a closure's cells come first
    if (fn.kind == TypeKind::kClosure) args = fn.items;
    args.push_back(without_constant(item));
    Type r = a.ctx.annotator.call_function(static_cast<const flow::FunctionEntity*>(e),
                                           std::move(args), a.ctx.op);
    if (r.is_impossible()) return r;
    bool comparable = (r.is_numeric() || r.kind == TypeKind::kStr || r.kind == TypeKind::kTuple ||
                       r.kind == TypeKind::kList) &&
                      !r.can_be_none;
    if (!comparable)
      return a.fail("key=" + e->qualname + " returns " + describe(r) +
                    ", which cannot be compared with <");
    return r;
  }
  if (e != nullptr && e->kind == flow::EntityKind::kBuiltin) {
    if (e->qualname == "len") return T(TypeKind::kInt);
    if (e->qualname == "str") return T(TypeKind::kStr);
    if (e->qualname == "abs" && item.is_numeric()) return without_constant(item);
  }
  return a.fail("key= must be a function or lambda of the program, or len, str or abs, not " +
                describe(key->second));
}

namespace {

// sum(lists, start_list): a new list of the items of start and of each list.
Type sum_of_lists(Args& a, const Type& item) {
  if (item.kind != TypeKind::kList)
    return a.fail("can only add lists to a list start, not " + describe(item));
  Annotator& an = a.ctx.annotator;
  ListDef* start = resolve(a.pos[1].list);
  ListDef* each = resolve(item.list);
  an.read(start->item);
  an.read(each->item);
  UnionResult r = unite(each->item.type, start->item.type);
  if (r.error) return a.fail("the lists and the start hold different items: " + *r.error);
  return new_list_of(a, without_constant(r.type));
}

// dict(), dict(mapping), dict(iterable of pairs), dict(name=value, ...).
Type dict_builtin(Args& a) {
  Annotator& an = a.ctx.annotator;
  Type key = Type::impossible(), value = Type::impossible();
  if (a.pos.size() > 1)
    return a.fail("expected at most 1 argument, got " + std::to_string(a.pos.size()));
  if (!a.pos.empty() && !a.kw.empty())
    return a.fail("an iterable and keyword arguments together are not supported by Krait yet");
  if (!a.pos.empty() && a.pos[0].kind == TypeKind::kDict) {
    DictDef* def = resolve(a.pos[0].dict);
    an.read(def->key);
    an.read(def->value);
    key = def->key.type;
    value = def->value.type;
  } else if (!a.pos.empty()) {
    Type item = item_of(a, a.pos[0]);
    if (item.is_impossible()) return item;
    if (!item.is_fixed_tuple() || item.items.size() != 2)
      return a.fail("needs (key, value) pairs, not items of type " + describe(item));
    key = without_constant(item.items[0]);
    value = without_constant(item.items[1]);
  }
  for (const auto& [name, t] : a.kw) {
    key = T(TypeKind::kStr);
    UnionResult r = unite(value, without_constant(t));
    if (r.error) return a.fail("keyword arguments of different types: " + *r.error);
    value = r.type;
  }
  return Type::dict_of(an.new_dict(key, value, an.origin_at(a.ctx.op, "built")));
}

// What the built-in `fn` returns for an item, for map(fn, iterable); impossible
// when map() does not support it.
Type map_builtin_result(const std::string& fn, const Type& item) {
  bool num = item.is_numeric() && !item.can_be_none;
  bool str = item.kind == TypeKind::kStr && !item.can_be_none;
  if (fn == "str" || fn == "repr" || fn == "ascii") return T(TypeKind::kStr);
  if (fn == "bool") return T(TypeKind::kBool);
  if (fn == "len" && (str || item.kind == TypeKind::kList || item.kind == TypeKind::kDict ||
                      item.kind == TypeKind::kSet || item.kind == TypeKind::kTuple))
    return T(TypeKind::kInt);
  if (fn == "abs" && num)
    return item.kind == TypeKind::kBool ? T(TypeKind::kInt) : without_constant(item);
  if ((fn == "int" || fn == "float") && (num || str))
    return T(fn == "int" ? TypeKind::kInt : TypeKind::kFloat);
  if (fn == "ord" && str) return T(TypeKind::kInt);
  if (fn == "chr" && is_int_like(item)) return T(TypeKind::kStr);
  return Type::impossible();
}

// map(f, iterable, ...): an iterator calling f on the items (of several
// iterables in step, stopping at the shortest). f is a function of the
// program taking exactly one positional parameter per iterable, or a
// built-in conversion (str, repr, int, float, len, abs, ord, chr, bool).
Type map_builtin(Args& a) {
  if (!a.expect(2, 3)) return Type::impossible();
  std::vector<Type> items, inners;
  for (size_t i = 1; i < a.pos.size(); ++i) {
    Type inner = iterator_over(a.ctx, a.pos[i]);
    if (inner.is_impossible()) return inner;
    items.push_back(without_constant(inner.items[0]));
    inners.push_back(inner);
  }
  const Type& fn = a.pos[0];
  const flow::Entity* e = fn.kind == TypeKind::kPbc ? fn.single_pbc() : nullptr;
  Type r;
  if (e != nullptr && e->kind == flow::EntityKind::kFunction) {
    const auto* f = static_cast<const flow::FunctionEntity*>(e);
    const syntax::ast::arguments* params = f->arguments();
    if (params == nullptr || params->vararg || params->kwarg || !params->kwonlyargs.empty() ||
        params->posonlyargs.size + params->args.size != items.size() || f->owner != nullptr)
      return a.fail(f->qualname + " must take exactly " + std::to_string(items.size()) +
                    " positional parameter" + (items.size() == 1 ? "" : "s") +
                    " (one per iterable) in Krait");
    r = a.ctx.annotator.call_function(f, items, a.ctx.op);
    if (r.is_impossible()) return r;
  } else if (e != nullptr && e->kind == flow::EntityKind::kBuiltin && items.size() == 1) {
    r = map_builtin_result(e->qualname, items[0]);
    if (r.is_impossible())
      return a.fail(e->qualname + "() of items of type " + describe(items[0]) +
                    " is not supported by Krait in map()");
  } else {
    return a.fail(
        "the function must be a function or lambda of the program that uses no "
        "enclosing variables, or str, repr, int, float, len, abs, ord, chr or bool "
        "(with one iterable), not " +
        describe(fn));
  }
  return Type::iterator_of(IterKind::kMap, without_constant(r), std::move(inners));
}

Type min_max(Args& a) {
  if (a.kw.count("key")) {  // min(iterable, key=f)
    if (!a.expect(1, 1, {"key"})) return Type::impossible();
    Type item = item_of(a, a.pos[0]);
    if (item.is_impossible() || sort_key(a, item).is_impossible()) return Type::impossible();
    return without_constant(item);
  }
  if (!a.expect(1, SIZE_MAX)) return Type::impossible();
  if (a.pos.size() == 1) {
    Type item = item_of(a, a.pos[0]);
    if (item.is_impossible()) return item;
    if (!annotate_instance_hook(a.ctx, item, "__lt__")) return Type::impossible();
    return without_constant(item);
  }
  Type out;
  for (const Type& t : a.pos) {
    UnionResult r = unite(out, t);
    if (r.error) return a.fail("arguments of different types: " + *r.error);
    out = r.type;
  }
  return without_constant(out);
}

Type math_function(Args& a) {
  const std::string& n = a.name;
  static const std::map<std::string, std::pair<int, TypeKind>> kMath = {
      {"sqrt", {1, TypeKind::kFloat}},      {"sin", {1, TypeKind::kFloat}},
      {"cos", {1, TypeKind::kFloat}},       {"tan", {1, TypeKind::kFloat}},
      {"asin", {1, TypeKind::kFloat}},      {"acos", {1, TypeKind::kFloat}},
      {"atan", {1, TypeKind::kFloat}},      {"atan2", {2, TypeKind::kFloat}},
      {"exp", {1, TypeKind::kFloat}},       {"log10", {1, TypeKind::kFloat}},
      {"log2", {1, TypeKind::kFloat}},      {"pow", {2, TypeKind::kFloat}},
      {"fabs", {1, TypeKind::kFloat}},      {"fmod", {2, TypeKind::kFloat}},
      {"floor", {1, TypeKind::kInt}},       {"ceil", {1, TypeKind::kInt}},
      {"trunc", {1, TypeKind::kInt}},       {"isnan", {1, TypeKind::kBool}},
      {"isinf", {1, TypeKind::kBool}},      {"isfinite", {1, TypeKind::kBool}},
      {"ldexp", {2, TypeKind::kFloat}},     {"copysign", {2, TypeKind::kFloat}},
      {"degrees", {1, TypeKind::kFloat}},   {"radians", {1, TypeKind::kFloat}},
      {"gcd", {2, TypeKind::kInt}},         {"factorial", {1, TypeKind::kInt}},
      {"sinh", {1, TypeKind::kFloat}},      {"cosh", {1, TypeKind::kFloat}},
      {"tanh", {1, TypeKind::kFloat}},      {"isqrt", {1, TypeKind::kInt}},
      {"comb", {2, TypeKind::kInt}},        {"log1p", {1, TypeKind::kFloat}},
      {"expm1", {1, TypeKind::kFloat}},     {"erf", {1, TypeKind::kFloat}},
      {"erfc", {1, TypeKind::kFloat}},      {"gamma", {1, TypeKind::kFloat}},
      {"lgamma", {1, TypeKind::kFloat}},    {"cbrt", {1, TypeKind::kFloat}},
      {"exp2", {1, TypeKind::kFloat}},      {"acosh", {1, TypeKind::kFloat}},
      {"asinh", {1, TypeKind::kFloat}},     {"atanh", {1, TypeKind::kFloat}},
      {"remainder", {2, TypeKind::kFloat}}, {"nextafter", {2, TypeKind::kFloat}},
      {"ulp", {1, TypeKind::kFloat}}};
  std::string short_name = n.substr(5);
  if (short_name == "gcd" || short_name == "lcm" || short_name == "perm") {
    if (short_name == "perm" && !a.expect(1, 2)) return Type::impossible();
    for (const Type& t : a.pos) {
      if (!is_int_like(t) || t.can_be_none) return a.fail("needs ints, not " + describe(t));
    }
    return T(TypeKind::kInt);
  }
  if (short_name == "fsum" || short_name == "prod") {
    if (!a.expect(1, 1, {"start"})) return Type::impossible();
    Type item = item_of(a, a.pos[0]);
    if (item.is_impossible() && a.ctx.annotator.failed()) return item;
    if (short_name == "fsum") return T(TypeKind::kFloat);
    Type r = item.is_impossible() ? T(TypeKind::kInt) : without_constant(item);
    if (auto start = a.kw.find("start"); start != a.kw.end()) {
      UnionResult u = unite(r, without_constant(start->second));
      if (u.error) return a.fail("start= and the items differ: " + *u.error);
      r = u.type;
    }
    if (!r.is_numeric() || r.can_be_none) return a.fail("needs numbers, not " + describe(r));
    return r;
  }
  if (short_name == "hypot") {
    for (size_t i = 0; i < a.pos.size(); ++i) {
      if (!a.numeric(i)) return Type::impossible();
    }
    return a.expect(0, SIZE_MAX) ? T(TypeKind::kFloat) : Type::impossible();
  }
  if (short_name == "dist") {
    if (!a.expect(2, 2)) return Type::impossible();
    for (const Type& point : a.pos) {
      Type item = item_of(a, point);
      if (item.is_impossible() && a.ctx.annotator.failed()) return item;
      if (!item.is_impossible() && (!item.is_numeric() || item.can_be_none))
        return a.fail("the points' coordinates must be numbers, not " + describe(item));
    }
    return T(TypeKind::kFloat);
  }
  if (short_name == "isclose") {
    if (!a.expect(2, 2, {"rel_tol", "abs_tol"}) || !a.numeric(0) || !a.numeric(1))
      return Type::impossible();
    return T(TypeKind::kBool);
  }
  if (short_name == "log") {
    if (!a.expect(1, 2) || !a.numeric(0) || (a.pos.size() == 2 && !a.numeric(1)))
      return Type::impossible();
    return T(TypeKind::kFloat);
  }
  if (short_name == "frexp") {
    if (!a.expect(1, 1) || !a.numeric(0)) return Type::impossible();
    return Type::tuple_of({T(TypeKind::kFloat), T(TypeKind::kInt)});
  }
  if (short_name == "modf") {
    if (!a.expect(1, 1) || !a.numeric(0)) return Type::impossible();
    return Type::tuple_of({T(TypeKind::kFloat), T(TypeKind::kFloat)});
  }
  auto it = kMath.find(short_name);
  if (it == kMath.end()) return a.fail("not supported by Krait yet");
  size_t arity = it->second.first;
  if (!a.expect(arity, arity)) return Type::impossible();
  for (size_t i = 0; i < arity; ++i) {
    if (!a.numeric(i)) return Type::impossible();
    if ((short_name == "factorial" || short_name == "isqrt" || short_name == "comb") &&
        !is_int_like(a.pos[i])) {
      return a.fail("needs an int, not " + describe(a.pos[i]));
    }
  }
  if (short_name == "ldexp" && !is_int_like(a.pos[1])) return a.fail("the exponent must be an int");
  return T(it->second.second);
}

// super(): the builder passes the method's class and its self.
Type super_object(Args& a) {
  ClassDef* owner = a.ctx.annotator.classdef(a.pos[0].single_pbc());
  if (owner->base == nullptr ||
      (owner->base->entity->kind != flow::EntityKind::kClass && !owner->base->is_exception))
    return a.fail("super() in class " + owner->name() + ", which has no base class in Krait");
  Type base = Type::instance_of(owner->base);
  base.is_super = true;
  return base;
}

// open(path, mode="r", encoding="utf-8"): text files only.
Type open_file(Args& a) {
  if (!a.expect(1, 2, {"mode", "encoding"})) return Type::impossible();
  if (a.pos[0].kind != TypeKind::kStr || a.pos[0].can_be_none)
    return a.fail("the path must be a str, not " + describe(a.pos[0]));
  auto mode = a.kw.find("mode");
  const Type* m = a.pos.size() == 2 ? &a.pos[1] : mode != a.kw.end() ? &mode->second : nullptr;
  if (m != nullptr && (m->kind != TypeKind::kStr || m->can_be_none))
    return a.fail("the mode must be a str, not " + describe(*m));
  if (m != nullptr && m->constant && m->constant->text.find('b') != std::string::npos)
    return a.fail("binary files (mode '" + m->constant->text + "') are not supported by Krait yet");
  auto encoding = a.kw.find("encoding");
  if (encoding != a.kw.end()) {
    const Type& e = encoding->second;
    std::string name = e.constant && e.constant->kind == flow::ConstValue::Kind::kStr
                           ? e.constant->text
                           : std::string();
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name != "utf-8" && name != "utf8")
      return a.fail("only UTF-8 text files are supported by Krait (encoding='utf-8')");
  }
  return T(TypeKind::kFile);
}

// The methods of a text file from open().
Type file_method(Args& a) {
  const std::string& m = a.name;
  if (m == "read" || m == "readline" || m == "readlines") {
    if (!a.expect(0, 0)) return a.fail("reading a given number of characters is not supported");
    return m == "readlines" ? new_list_of(a, T(TypeKind::kStr)) : T(TypeKind::kStr);
  }
  if (m == "write") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (a.pos[0].kind != TypeKind::kStr || a.pos[0].can_be_none)
      return a.fail("write() argument must be str, not " + describe(a.pos[0]));
    return T(TypeKind::kInt);
  }
  if (m == "close" || m == "flush") return a.expect(0, 0) ? Type::none() : Type::impossible();
  if (m == "getvalue") return a.expect(0, 0) ? T(TypeKind::kStr) : Type::impossible();
  if (m == "__enter__") return a.expect(0, 0) ? T(TypeKind::kFile) : Type::impossible();
  if (m == "__exit__") return a.expect(0, 3) ? T(TypeKind::kBool) : Type::impossible();
  return a.fail("not supported by Krait yet");
}

Type builtin_function(Args& a) {
  const std::string& n = a.name;
  if (n.rfind("math.", 0) == 0) return math_function(a);
  if (n.rfind("ctypes.", 0) == 0) return ctypes_builtin(a);
  if (n.rfind("random.", 0) == 0) return random_function(a);
  if (n.rfind("heapq.", 0) == 0) return heapq_function(a);
  if (n.rfind("collections.", 0) == 0) return collections_function(a);
  if (n.rfind("itertools.", 0) == 0) return itertools_function(a);
  if (n.rfind("functools.", 0) == 0) return functools_function(a);
  if (n.rfind("bisect.", 0) == 0) return bisect_function(a);
  if (n.rfind("re.", 0) == 0) return re_function(a);
  if (n.rfind("copy.", 0) == 0) return copy_function(a);
  if (const SimpleFunction* f = simple_function(n)) return simple_function_call(a, *f);
  if (n == "super") return super_object(a);
  if (n == "open") return open_file(a);
  if (n == "print") {
    if (!a.expect(0, SIZE_MAX, {"sep", "end", "file", "flush"})) return Type::impossible();
    for (const char* k : {"sep", "end"}) {
      auto it = a.kw.find(k);
      if (it != a.kw.end() && it->second.kind != TypeKind::kStr &&
          it->second.kind != TypeKind::kNone) {
        return a.fail(std::string(k) + " must be None or a string, not " + describe(it->second));
      }
    }
    auto file = a.kw.find("file");
    if (file != a.kw.end() && file->second.kind != TypeKind::kFile &&
        file->second.kind != TypeKind::kNone)
      return a.fail(
          "file= must be a file object (sys.stdout, sys.stderr, a file from open()), "
          "not " +
          describe(file->second));
    return Type::none();
  }
  if (n == "len") {
    if (!a.expect(1, 1)) return Type::impossible();
    switch (a.pos[0].kind) {
      case TypeKind::kStr:
      case TypeKind::kBytes:
      case TypeKind::kByteArray:
      case TypeKind::kList:
      case TypeKind::kDict:
      case TypeKind::kSet:
      case TypeKind::kTuple:
      case TypeKind::kRange:
      case TypeKind::kCData:
        if (a.pos[0].kind == TypeKind::kCData && a.pos[0].ctype->kind != ctypes::CKind::kArray)
          return a.fail("TypeError: object of type '" + a.pos[0].ctype->python_name() +
                        "' has no len()");
        if (a.pos[0].can_be_none)
          return a.fail("argument may be None (" + describe(a.pos[0]) + ")");
        if (a.pos[0].is_fixed_tuple())  // known: `if len(args):` picks a branch
          return Type::of_constant(
              flow::ConstValue::of_int(static_cast<int64_t>(a.pos[0].items.size())));
        return T(TypeKind::kInt);
      default:
        return a.fail("object of type " + describe(a.pos[0]) + " has no len()");
    }
  }
  if (n == "range") {
    if (!a.expect(1, 3)) return Type::impossible();
    for (const Type& t : a.pos) {
      if (!is_int_like(t))
        return a.fail("'" + describe(t) + "' object cannot be interpreted as an integer");
    }
    return T(TypeKind::kRange);
  }
  if (n == "pow") {  // pow(b, e) is b ** e; pow(b, e, m) is for ints
    if (!a.expect(2, 3) || !a.numeric(0) || !a.numeric(1)) return Type::impossible();
    if (a.pos.size() == 3) {
      for (const Type& t : a.pos) {
        if (!is_int_like(t))
          return a.fail("pow() 3rd argument not allowed unless all arguments are integers");
      }
      return T(TypeKind::kInt);
    }
    if (!is_int_like(a.pos[0]) || !is_int_like(a.pos[1])) return T(TypeKind::kFloat);
    const Type& e = a.pos[1];
    bool non_negative = e.constant && e.constant->kind == flow::ConstValue::Kind::kInt &&
                        e.constant->int_value >= 0;
    return T(non_negative ? TypeKind::kInt : TypeKind::kNumber);  // a negative one gives a float
  }
  if (n == "bin" || n == "oct" || n == "hex") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (!is_int_like(a.pos[0]))
      return a.fail("'" + describe(a.pos[0]) + "' object cannot be interpreted as an integer");
    return T(TypeKind::kStr);
  }
  if (n == "abs") {
    if (!a.expect(1, 1) || !a.numeric(0)) return Type::impossible();
    return a.pos[0].kind == TypeKind::kBool ? T(TypeKind::kInt) : T(a.pos[0].kind);
  }
  if (n == "min" || n == "max") return min_max(a);
  if (n == "map") return map_builtin(a);
  if (n == "sum") {
    if (!a.expect(1, 2)) return Type::impossible();
    Type item = item_of(a, a.pos[0]);
    // A list that gets no items elsewhere sums to its start (the recursive
    // call in `1 + sum(size(c) for c in children)` is typed from there).
    if (item.is_impossible() && (a.pos[0].kind != TypeKind::kList || a.pos.size() == 2 ||
                                 a.ctx.annotator.wait_until_settled()))
      return item;
    if (a.pos.size() == 2 && a.pos[1].kind == TypeKind::kList) return sum_of_lists(a, item);
    if (!item.is_numeric() && !(item.kind == TypeKind::kImpossible))
      return a.fail("can only sum numbers, not " + describe(item));
    Type start = a.pos.size() == 2 ? a.pos[1] : T(TypeKind::kInt);
    UnionResult r = unite(without_constant(item), without_constant(start));
    if (r.error) return a.fail(*r.error);
    Type out = r.type;
    if (out.kind == TypeKind::kBool) out = T(TypeKind::kInt);
    return out;
  }
  if (n == "int") {
    if (!a.expect(0, 2)) return Type::impossible();
    if (a.pos.size() == 2 && (a.pos[0].kind != TypeKind::kStr || !is_int_like(a.pos[1]))) {
      return a.fail("int(x, base) needs a string and an int");
    }
    if (a.pos.size() == 1 && !a.pos[0].is_numeric() && a.pos[0].kind != TypeKind::kStr) {
      return a.fail("argument must be a string or a number, not " + describe(a.pos[0]));
    }
    return T(TypeKind::kInt);
  }
  if (n == "float") {
    if (!a.expect(0, 1)) return Type::impossible();
    if (a.pos.size() == 1 && !a.pos[0].is_numeric() && a.pos[0].kind != TypeKind::kStr) {
      return a.fail("argument must be a string or a number, not " + describe(a.pos[0]));
    }
    return T(TypeKind::kFloat);
  }
  if (n == "str" || n == "repr" || n == "ascii") {
    if (!a.expect(n == "str" ? 0 : 1, 1)) return Type::impossible();
    return T(TypeKind::kStr);
  }
  if (n == "bool") {
    if (!a.expect(0, 1)) return Type::impossible();
    return T(TypeKind::kBool);
  }
  if (n == "type") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (a.pos[0].kind != TypeKind::kInstance || a.pos[0].can_be_none)
      return a.fail("type() of " + describe(a.pos[0]) + " is not supported by Krait yet");
    return class_of_instance(a.ctx, a.pos[0]);
  }
  if (n == "ord") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (a.pos[0].kind != TypeKind::kStr)
      return a.fail("expected a string of length 1, not " + describe(a.pos[0]));
    return T(TypeKind::kInt);
  }
  if (n == "chr") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (!is_int_like(a.pos[0])) return a.fail("an integer is required, not " + describe(a.pos[0]));
    return T(TypeKind::kStr);
  }
  if (n == "round") {
    if (!a.expect(1, 2) || !a.numeric(0)) return Type::impossible();
    if (a.pos.size() == 1) return T(TypeKind::kInt);
    if (!is_int_like(a.pos[1])) return a.fail("ndigits must be an int");
    if (a.pos[0].kind == TypeKind::kNumber) return T(TypeKind::kNumber);
    return a.pos[0].kind == TypeKind::kFloat ? T(TypeKind::kFloat) : T(TypeKind::kInt);
  }
  if (n == "divmod") {
    if (!a.expect(2, 2) || !a.numeric(0) || !a.numeric(1)) return Type::impossible();
    TypeKind k = (a.pos[0].kind == TypeKind::kFloat || a.pos[1].kind == TypeKind::kFloat)
                     ? TypeKind::kFloat
                     : TypeKind::kInt;
    return Type::tuple_of({T(k), T(k)});
  }
  if (n == "enumerate") {
    if (!a.expect(1, 2, {"start"})) return Type::impossible();
    const Type* start = a.pos.size() == 2 ? &a.pos[1] : nullptr;
    if (auto it = a.kw.find("start"); it != a.kw.end()) start = &it->second;
    if (start != nullptr && !is_int_like(*start))
      return a.fail("'" + describe(*start) + "' object cannot be interpreted as an integer");
    Type inner = iterator_over(a.ctx, a.pos[0]);
    if (inner.is_impossible()) return inner;
    return Type::iterator_of(IterKind::kEnumerate,
                             Type::tuple_of({T(TypeKind::kInt), inner.items[0]}), {inner});
  }
  if (n == "zip") {
    if (!a.expect(1, 3)) return Type::impossible();
    std::vector<Type> items, inners;
    for (const Type& t : a.pos) {
      Type inner = iterator_over(a.ctx, t);
      if (inner.is_impossible()) return inner;
      items.push_back(inner.items[0]);
      inners.push_back(inner);
    }
    return Type::iterator_of(IterKind::kZip, Type::tuple_of(std::move(items)), std::move(inners));
  }
  if (n == "sorted") {
    if (!a.expect(1, 1, {"reverse", "key"})) return Type::impossible();
    Type item = item_of(a, a.pos[0]);
    if (item.is_impossible() || sort_key(a, item).is_impossible()) return Type::impossible();
    return new_list_of(a, item);
  }
  if (n == "reversed") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (a.pos[0].kind != TypeKind::kList)
      return a.fail("only lists can be reversed in Krait, not " + describe(a.pos[0]));
    ListDef* def = resolve(a.pos[0].list);
    a.ctx.annotator.read(def->item);
    return Type::iterator_of(IterKind::kReversedList, def->item.type);
  }
  if (n == "list") {
    if (!a.expect(0, 1)) return Type::impossible();
    if (a.pos.empty()) return new_list_of(a, Type::impossible());
    Type item = item_of(a, a.pos[0]);
    if (item.is_impossible() && a.ctx.annotator.failed()) return item;
    return new_list_of(a, item);
  }
  if (n == "tuple") {  // of a fixed tuple: itself; of another iterable: its length is run time's
    if (!a.expect(0, 1)) return Type::impossible();
    if (a.pos.empty()) return Type::tuple_of({});
    if (a.pos[0].kind == TypeKind::kTuple && !a.pos[0].can_be_none)
      return without_constant(a.pos[0]);
    Type item = item_of(a, a.pos[0]);
    if (item.is_impossible() && a.ctx.annotator.failed()) return item;
    return Type::var_tuple_of(without_constant(item));
  }
  if (n == "set" || n == "frozenset") return set_builtin(a);
  if (n == "bytes" || n == "bytearray" || n == "bytes.fromhex" || n == "int.from_bytes")
    return bytes_builtin(a);
  if (n == "dict") return dict_builtin(a);
  if (n == "format") {  // format(value, spec=""): the value's format-spec mini-language
    if (!a.expect(1, 2)) return Type::impossible();
    if (a.pos.size() == 2 && a.pos[1].kind != TypeKind::kStr)
      return a.fail("format spec must be a str, not " + describe(a.pos[1]));
    return T(TypeKind::kStr);
  }
  if (n == "input") {
    if (!a.expect(0, 1)) return Type::impossible();
    return T(TypeKind::kStr);
  }
  if (n == "hash") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (a.pos[0].kind == TypeKind::kByteArray) return a.fail("unhashable type: 'bytearray'");
    return T(TypeKind::kInt);
  }
  if (n == "iter") {
    if (!a.expect(1, 1)) return Type::impossible();
    return iterator_over(a.ctx, a.pos[0]);
  }
  if (n == "next") {
    if (!a.expect(1, 2)) return Type::impossible();
    if (a.pos[0].kind != TypeKind::kIterator)
      return a.fail(describe(a.pos[0]) + " is not an iterator");
    Type item = a.pos[0].items[0];
    if (a.pos.size() == 2) {
      UnionResult r = unite(item, a.pos[1]);
      if (r.error) return a.fail("the default and the items differ: " + *r.error);
      item = without_constant(r.type);
    }
    return item;
  }
  if (n == "any" || n == "all") {
    if (!a.expect(1, 1)) return Type::impossible();
    Type item = item_of(a, a.pos[0]);
    if (item.is_impossible() && a.ctx.annotator.failed()) return item;
    if (!annotate_truth_hook(a.ctx, item)) return Type::impossible();
    return T(TypeKind::kBool);
  }
  if (n == "sys.exit") {
    if (!a.expect(0, 1)) return Type::impossible();
    if (!a.pos.empty() && !is_int_like(a.pos[0]) && a.pos[0].kind != TypeKind::kStr &&
        a.pos[0].kind != TypeKind::kNone) {
      return a.fail("the exit status must be an int, a string or None");
    }
    return Type::none();  // it raises SystemExit; the backend knows
  }
  if (n == "sys.setrecursionlimit") {
    if (!a.expect(1, 1)) return Type::impossible();
    return Type::none();
  }
  return op_error(a.ctx, "the built-in '" + n + "' is not supported by Krait yet");
}

Type list_method(Args& a, const Type& receiver) {
  ListDef* def = resolve(receiver.list);
  Annotator& an = a.ctx.annotator;
  const std::string& m = a.name;
  auto widen_item = [&](const Type& t, const char* action) {
    def->mutated = true;
    return an.widen(def->item, t, an.origin_at(a.ctx.op, action), a.ctx.op, "list item");
  };
  if (m == "append") {
    if (!a.expect(1, 1) || !widen_item(a.pos[0], "appended")) return Type::impossible();
    return Type::none();
  }
  if (m == "insert") {
    if (!a.expect(2, 2)) return Type::impossible();
    if (!is_int_like(a.pos[0])) return a.fail("the index must be an int");
    if (!widen_item(a.pos[1], "inserted")) return Type::impossible();
    return Type::none();
  }
  if (m == "extend") {
    if (!a.expect(1, 1)) return Type::impossible();
    Type item = item_of(a, a.pos[0]);
    if (item.is_impossible() && an.failed()) return item;
    if (!widen_item(item, "added")) return Type::impossible();
    return Type::none();
  }
  an.read(def->item);
  if (m == "pop") {
    if (!a.expect(0, 1)) return Type::impossible();
    if (a.pos.size() == 1 && !is_int_like(a.pos[0])) return a.fail("the index must be an int");
    def->mutated = true;
    return def->item.type;
  }
  if ((m == "index" || m == "count" || m == "remove") &&
      !annotate_instance_hook(a.ctx, def->item.type, "__eq__"))
    return Type::impossible();
  if (m == "index" || m == "count") {  // index(x, start, end)
    if (!a.expect(1, m == "index" ? 3 : 1)) return Type::impossible();
    for (size_t i = 1; i < a.pos.size(); ++i) {
      if (!is_int_like(a.pos[i]))
        return a.fail("slice indices must be integers, not " + describe(a.pos[i]));
    }
    return T(TypeKind::kInt);
  }
  if (m == "remove" || m == "reverse" || m == "clear") {
    if (!a.expect(m == "remove" ? 1 : 0, m == "remove" ? 1 : 0)) return Type::impossible();
    def->mutated = true;
    return Type::none();
  }
  if (m == "sort") {
    if (!a.expect(0, 0, {"reverse", "key"})) return Type::impossible();
    a.ctx.annotator.read(def->item);
    if (sort_key(a, def->item.type).is_impossible()) return Type::impossible();
    return Type::none();
  }
  if (m == "copy") {
    if (!a.expect(0, 0)) return Type::impossible();
    return new_list_of(a, def->item.type);
  }
  return a.fail("not supported by Krait yet");
}

Type str_method(Args& a) {
  const std::string& m = a.name;
  static const std::map<std::string, std::pair<std::pair<size_t, size_t>, TypeKind>> kSimple = {
      {"strip", {{0, 1}, TypeKind::kStr}},        {"lstrip", {{0, 1}, TypeKind::kStr}},
      {"rstrip", {{0, 1}, TypeKind::kStr}},       {"upper", {{0, 0}, TypeKind::kStr}},
      {"lower", {{0, 0}, TypeKind::kStr}},        {"capitalize", {{0, 0}, TypeKind::kStr}},
      {"title", {{0, 0}, TypeKind::kStr}},        {"swapcase", {{0, 0}, TypeKind::kStr}},
      {"replace", {{2, 3}, TypeKind::kStr}},      {"ljust", {{1, 2}, TypeKind::kStr}},
      {"rjust", {{1, 2}, TypeKind::kStr}},        {"center", {{1, 2}, TypeKind::kStr}},
      {"zfill", {{1, 1}, TypeKind::kStr}},        {"startswith", {{1, 3}, TypeKind::kBool}},
      {"endswith", {{1, 3}, TypeKind::kBool}},    {"isdigit", {{0, 0}, TypeKind::kBool}},
      {"isalpha", {{0, 0}, TypeKind::kBool}},     {"isalnum", {{0, 0}, TypeKind::kBool}},
      {"isspace", {{0, 0}, TypeKind::kBool}},     {"isupper", {{0, 0}, TypeKind::kBool}},
      {"islower", {{0, 0}, TypeKind::kBool}},     {"isdecimal", {{0, 0}, TypeKind::kBool}},
      {"find", {{1, 3}, TypeKind::kInt}},         {"rfind", {{1, 3}, TypeKind::kInt}},
      {"index", {{1, 3}, TypeKind::kInt}},        {"rindex", {{1, 3}, TypeKind::kInt}},
      {"count", {{1, 3}, TypeKind::kInt}},        {"isnumeric", {{0, 0}, TypeKind::kBool}},
      {"isprintable", {{0, 0}, TypeKind::kBool}}, {"istitle", {{0, 0}, TypeKind::kBool}},
      {"expandtabs", {{0, 1}, TypeKind::kStr}},   {"removeprefix", {{1, 1}, TypeKind::kStr}},
      {"removesuffix", {{1, 1}, TypeKind::kStr}}};
  if ((m == "startswith" || m == "endswith") && !a.pos.empty()) {  // a str or a tuple of them
    const Type& p = a.pos[0];
    bool strs = p.kind == TypeKind::kStr && !p.can_be_none;
    if (p.kind == TypeKind::kTuple) {
      strs = true;
      for (const Type& item : p.items)
        strs = strs && item.kind == TypeKind::kStr && !item.can_be_none;
    }
    if (!strs) return a.fail("first arg must be str or a tuple of str, not " + describe(p));
    for (size_t i = 1; i < a.pos.size(); ++i) {
      if (!is_int_like(a.pos[i]))
        return a.fail("slice indices must be integers, not " + describe(a.pos[i]));
    }
  }
  auto it = kSimple.find(m);
  if (it != kSimple.end()) {
    if (!a.expect(it->second.first.first, it->second.first.second)) return Type::impossible();
    return T(it->second.second);
  }
  if (m == "split" || m == "rsplit") {
    if (!a.expect(0, 2, {"sep", "maxsplit"})) return Type::impossible();
    return new_list_of(a, T(TypeKind::kStr));
  }
  if (m == "splitlines") {
    if (!a.expect(0, 0)) return Type::impossible();
    return new_list_of(a, T(TypeKind::kStr));
  }
  if (m == "partition" || m == "rpartition") {
    if (!a.expect(1, 1)) return Type::impossible();
    return Type::tuple_of({T(TypeKind::kStr), T(TypeKind::kStr), T(TypeKind::kStr)});
  }
  if (m == "join") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (a.pos[0].is_fixed_tuple() && a.pos[0].items.empty())
      return T(TypeKind::kStr);  // (): no items, ever
    Type item = item_of(a, a.pos[0]);
    if (item.is_impossible()) return item;
    if (item.kind != TypeKind::kStr || item.can_be_none) {
      return a.fail("sequence items must be strings, not " + describe(item));
    }
    return T(TypeKind::kStr);
  }
  if (m == "format") return T(TypeKind::kStr);
  if (m == "encode") return bytes_method(a, T(TypeKind::kStr));
  return a.fail("not supported by Krait yet");
}

Type dict_method(Args& a, const Type& receiver) {
  DictDef* def = resolve(receiver.dict);
  Annotator& an = a.ctx.annotator;
  const std::string& m = a.name;
  auto key_ok = [&](const Type& k) {
    return an.widen(def->key, k, an.origin_at(a.ctx.op, "used as a key"), a.ctx.op, "dict key");
  };
  if (m == "keys" || m == "values" || m == "items") {
    if (!a.expect(0, 0)) return Type::impossible();
    an.read(def->key);
    an.read(def->value);
    Type dict = without_constant(receiver);
    dict.can_be_none = false;
    if (m == "keys") return Type::iterator_of(IterKind::kDictKeys, def->key.type, {dict});
    if (m == "values") return Type::iterator_of(IterKind::kDictValues, def->value.type, {dict});
    return Type::iterator_of(IterKind::kDictItems, Type::tuple_of({def->key.type, def->value.type}),
                             {dict});
  }
  if (m == "get" || m == "pop" || m == "setdefault") {
    if (!a.expect(m == "get" || m == "setdefault" ? 1 : 1, 2) || !key_ok(a.pos[0]))
      return Type::impossible();
    if (m == "setdefault" && a.pos.size() == 2 &&
        !an.widen(def->value, a.pos[1], an.origin_at(a.ctx.op, "stored"), a.ctx.op, "dict value")) {
      return Type::impossible();
    }
    an.read(def->value);
    Type value = def->value.type;
    if (a.pos.size() == 2 && m != "setdefault") {
      UnionResult r = unite(value, a.pos[1]);
      if (r.error) return a.fail("the default and the values differ: " + *r.error);
      value = without_constant(r.type);
    } else if (m == "get" && a.pos.size() == 1) {
      UnionResult r = unite(value, Type::none());
      if (r.error) {
        return a.fail("get() without a default may return None, which a dict of " +
                      describe(value) + " values cannot hold; give a default");
      }
      value = r.type;
    }
    return value;
  }
  if (m == "popitem") {
    if (!a.expect(0, 0)) return Type::impossible();
    an.read(def->key);
    an.read(def->value);
    return Type::tuple_of({def->key.type, def->value.type});
  }
  if (m == "update") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (a.pos[0].kind != TypeKind::kDict) return a.fail("needs a dict, not " + describe(a.pos[0]));
    UnionResult r = unite(receiver, a.pos[0]);
    if (r.error) return a.fail(*r.error);
    return Type::none();
  }
  if (m == "copy") {
    if (!a.expect(0, 0)) return Type::impossible();
    an.read(def->key);
    an.read(def->value);
    return Type::dict_of(
        an.new_dict(def->key.type, def->value.type, an.origin_at(a.ctx.op, "copied")));
  }
  if (m == "clear") {
    if (!a.expect(0, 0)) return Type::impossible();
    return Type::none();
  }
  return a.fail("not supported by Krait yet");
}

}  // namespace

Type call_builtin(OpContext& ctx, const CallSite& site, const flow::BuiltinEntity* builtin) {
  for (const CallArg& arg : site.positional) {
    if (arg.tuple_item == kStarredList)  // its length is not known here
      return op_error(ctx,
                      "a '*' argument that is a list is not supported in calls of the built-in '" +
                          builtin->qualname + "'");
  }
  if (std::optional<SpecialCall> special = special_builtin_call(ctx, site, builtin->qualname))
    return call_special(ctx, *special);
  Args a(ctx, site, builtin->qualname);
  return builtin_function(a);
}

std::optional<SpecialCall> special_builtin_call(OpContext& ctx, const CallSite& site,
                                                const std::string& builtin) {
  if (!site.keywords.empty()) return std::nullopt;
  std::vector<Type> types;
  for (const CallArg& arg : site.positional) {
    if (arg.tuple_item >= 0) return std::nullopt;
    types.push_back(site.type_of(ctx, arg));
  }
  std::optional<SpecialCall> call = special_builtin_call(builtin, types);
  if (call) call->receiver = site.positional[call->receiver].operand;  // unary: no args
  return call;
}

Type call_builtin_method(OpContext& ctx, const CallSite& site, const Type& receiver,
                         const std::string& name) {
  Args a(ctx, site, name);
  switch (receiver.kind) {
    case TypeKind::kList:
      if (std::optional<Type> t = deque_method(a, receiver)) return *t;
      return list_method(a, receiver);
    case TypeKind::kStr:
      return str_method(a);
    case TypeKind::kDict:
      if (std::optional<Type> t = collections_dict_method(a, receiver)) return *t;
      return dict_method(a, receiver);
    case TypeKind::kSet:
      return set_method(a, receiver);
    case TypeKind::kFile:
      return file_method(a);
    case TypeKind::kRePattern:
      return re_pattern_method(a, receiver);
    case TypeKind::kReMatch:
      return re_match_method(a, receiver);
    case TypeKind::kBytes:
    case TypeKind::kByteArray:
    case TypeKind::kInt:  // to_bytes
      return bytes_method(a, receiver);
    case TypeKind::kTuple: {  // count, index: on the items as a variadic tuple
      if (!a.expect(1, 1)) return Type::impossible();
      UnionResult items = tuple_items_union(receiver);
      if (items.error)
        return a.fail("needs a tuple whose items have one type, not " + describe(receiver));
      if (!annotate_instance_hook(ctx, items.type, "__eq__")) return Type::impossible();
      return T(TypeKind::kInt);
    }
    case TypeKind::kPbc:  // a ctypes type
    case TypeKind::kCArrayType:
      return ctypes_class_method(a, receiver);
    case TypeKind::kInstance:  // BaseException.__init__ through super()
      if (!a.expect(0, SIZE_MAX)) return Type::impossible();
      return Type::none();
    default:
      return op_error(ctx, describe(receiver) + "." + name + "() is not supported by Krait yet");
  }
}

}  // namespace krait::annotator
