// Typing rules of the `collections` module's dict subclasses
// (runtime/collections_module.h): defaultdict(factory), Counter(iterable),
// OrderedDict(), and the methods a Counter or an OrderedDict adds to a
// dict's.
#include "annotator/builtin_args.h"
#include "annotator/union.h"

namespace krait::annotator {
namespace {

Type new_flavored_dict(Args& a, const Type& key, const Type& value, DictFlavor flavor) {
  Annotator& an = a.ctx.annotator;
  DictDef* def = an.new_dict(key, value, an.origin_at(a.ctx.op, "made"));
  def->flavor = flavor;
  return Type::dict_of(def);
}

// What defaultdict's factory returns when called with no argument: a
// built-in type's empty value, or a function's (or lambda's) result.
std::optional<Type> factory_result(Args& a, const Type& factory) {
  Annotator& an = a.ctx.annotator;
  const flow::Entity* e = factory.single_pbc();
  if (e != nullptr && e->kind == flow::EntityKind::kBuiltin) {
    const std::string& n = e->qualname;
    if (n == "int") return Type::of(TypeKind::kInt);
    if (n == "float") return Type::of(TypeKind::kFloat);
    if (n == "str") return Type::of(TypeKind::kStr);
    if (n == "bool") return Type::of(TypeKind::kBool);
    Origin origin = an.origin_at(a.ctx.op, "made");
    if (n == "list") return Type::list_of(an.new_list(Type::impossible(), origin));
    if (n == "set") return Type::set_of(an.new_set(Type::impossible(), false, origin));
    if (n == "dict")
      return Type::dict_of(an.new_dict(Type::impossible(), Type::impossible(), origin));
  }
  if (e != nullptr && e->kind == flow::EntityKind::kFunction && factory.kind == TypeKind::kPbc)
    return an.call_function(static_cast<const flow::FunctionEntity*>(e), {}, a.ctx.op);
  a.fail(
      "the default factory must be int, float, str, bool, list, set, dict or a function "
      "without free variables in Krait, not " +
      describe(factory));
  return std::nullopt;
}

}  // namespace

Type collections_function(Args& a) {
  const std::string n = a.name.substr(std::string("collections.").size());
  if (n == "defaultdict") {
    if (!a.expect(0, 1)) return Type::impossible();
    if (a.pos.empty() || a.pos[0].kind == TypeKind::kNone)
      return new_flavored_dict(a, Type::impossible(), Type::impossible(), DictFlavor::kDefaultDict);
    std::optional<Type> value = factory_result(a, a.pos[0]);
    if (!value) return Type::impossible();
    return new_flavored_dict(a, Type::impossible(), *value, DictFlavor::kDefaultDict);
  }
  if (n == "Counter") {
    if (!a.expect(0, 1)) return Type::impossible();
    Type key = Type::impossible();
    if (!a.pos.empty()) {
      if (a.pos[0].kind == TypeKind::kDict)
        return a.fail("a Counter made from a mapping is not supported by Krait yet");
      key = item_of(a, a.pos[0]);
      if (key.is_impossible() && a.ctx.annotator.failed()) return key;
    }
    return new_flavored_dict(a, key, Type::of(TypeKind::kInt), DictFlavor::kCounter);
  }
  if (n == "deque") {
    if (!a.expect(0, 2, {"maxlen"})) return Type::impossible();
    const Type* maxlen = a.pos.size() == 2 ? &a.pos[1] : nullptr;
    if (auto it = a.kw.find("maxlen"); it != a.kw.end()) maxlen = &it->second;
    if (maxlen != nullptr && !int_argument(*maxlen) && maxlen->kind != TypeKind::kNone)
      return a.fail("maxlen must be an int or None, not " + describe(*maxlen));
    Type item = Type::impossible();
    if (!a.pos.empty()) {
      item = item_of(a, a.pos[0]);
      if (item.is_impossible() && a.ctx.annotator.failed()) return item;
    }
    Annotator& an = a.ctx.annotator;
    ListDef* def = an.new_list(item, an.origin_at(a.ctx.op, "made"));
    def->deque = true;
    def->mutated = true;
    return Type::list_of(def);
  }
  if (n == "OrderedDict") {
    if (!a.expect(0, 0)) return a.fail("only OrderedDict() is supported by Krait yet");
    return new_flavored_dict(a, Type::impossible(), Type::impossible(), DictFlavor::kOrderedDict);
  }
  return a.fail("not supported by Krait yet");
}

std::optional<Type> deque_method(Args& a, const Type& receiver) {
  ListDef* def = resolve(receiver.list);
  if (!def->deque) return std::nullopt;
  Annotator& an = a.ctx.annotator;
  const std::string& m = a.name;
  auto widen_item = [&](const Type& t, const char* action) {
    def->mutated = true;
    return an.widen(def->item, t, an.origin_at(a.ctx.op, action), a.ctx.op, "deque item");
  };
  if (m == "appendleft")
    return a.expect(1, 1) && widen_item(a.pos[0], "appended") ? Type::none() : Type::impossible();
  if (m == "extendleft") {
    if (!a.expect(1, 1)) return Type::impossible();
    Type item = item_of(a, a.pos[0]);
    if (item.is_impossible() && an.failed()) return item;
    return widen_item(item, "added") ? Type::none() : Type::impossible();
  }
  if (m == "popleft" || (m == "pop" && a.pos.empty())) {
    if (!a.expect(0, 0)) return Type::impossible();
    def->mutated = true;
    an.read(def->item);
    return def->item.type;
  }
  if (m == "pop") return a.fail("TypeError: deque.pop() takes no arguments");
  if (m == "rotate") {
    if (!a.expect(0, 1)) return Type::impossible();
    if (!a.pos.empty() && !int_argument(a.pos[0]))
      return a.fail("n must be an int, not " + describe(a.pos[0]));
    return Type::none();
  }
  if (m == "copy") {
    if (!a.expect(0, 0)) return Type::impossible();
    an.read(def->item);
    ListDef* copy = an.new_list(def->item.type, an.origin_at(a.ctx.op, "copied"));
    copy->deque = true;
    return Type::list_of(copy);
  }
  return std::nullopt;  // a list's method
}

std::optional<Type> collections_dict_method(Args& a, const Type& receiver) {
  DictDef* def = resolve(receiver.dict);
  Annotator& an = a.ctx.annotator;
  const std::string& m = a.name;
  if (def->flavor == DictFlavor::kCounter) {
    if (m == "update" || m == "subtract") {
      if (!a.expect(1, 1)) return Type::impossible();
      if (a.pos[0].kind == TypeKind::kDict) {
        UnionResult r = unite(receiver, a.pos[0]);
        if (r.error) return a.fail(*r.error);
        return Type::none();
      }
      Type item = item_of(a, a.pos[0]);
      if (item.is_impossible() && an.failed()) return item;
      if (!an.widen(def->key, item, an.origin_at(a.ctx.op, "counted"), a.ctx.op, "dict key"))
        return Type::impossible();
      return Type::none();
    }
    an.read(def->key);
    an.read(def->value);
    if (m == "most_common") {
      if (!a.expect(0, 1)) return Type::impossible();
      if (!a.pos.empty() && !int_argument(a.pos[0]) && a.pos[0].kind != TypeKind::kNone)
        return a.fail("n must be an int, not " + describe(a.pos[0]));
      Type item = Type::tuple_of({def->key.type, def->value.type});
      return new_list_of(a, item);
    }
    if (m == "elements") {
      if (!a.expect(0, 0)) return Type::impossible();
      return new_list_of(a, def->key.type);
    }
    if (m == "total") return a.expect(0, 0) ? def->value.type : Type::impossible();
  }
  if (def->flavor == DictFlavor::kOrderedDict) {
    if (m == "move_to_end") {
      if (!a.expect(1, 2, {"last"})) return Type::impossible();
      if (!an.widen(def->key, a.pos[0], an.origin_at(a.ctx.op, "used as a key"), a.ctx.op,
                    "dict key"))
        return Type::impossible();
      return Type::none();
    }
    if (m == "popitem") {
      if (!a.expect(0, 1, {"last"})) return Type::impossible();
      an.read(def->key);
      an.read(def->value);
      return Type::tuple_of({def->key.type, def->value.type});
    }
  }
  return std::nullopt;  // a dict's method
}

}  // namespace krait::annotator
