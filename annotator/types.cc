#include "annotator/types.h"

#include "annotator/defs.h"
#include "ctypes_support/c_entities.h"

namespace krait::annotator {

Type Type::of(TypeKind kind) {
  Type t;
  t.kind = kind;
  return t;
}

Type Type::of_constant(const flow::ConstValue& value) {
  using K = flow::ConstValue::Kind;
  Type t;
  switch (value.kind) {
    case K::kNone:
      t.kind = TypeKind::kNone;
      break;
    case K::kBool:
      t.kind = TypeKind::kBool;
      break;
    case K::kInt:
      t.kind = TypeKind::kInt;
      break;
    case K::kFloat:
      t.kind = TypeKind::kFloat;
      break;
    case K::kStr:
      t.kind = TypeKind::kStr;
      break;
    case K::kBytes:
      t.kind = TypeKind::kBytes;
      break;
    case K::kTuple: {
      std::vector<Type> items;
      for (const flow::ConstValue& item : value.items) items.push_back(of_constant(item));
      t = tuple_of(std::move(items));
      break;
    }
    case K::kEntity:
      t = pbc_of(value.entity);
      break;
    case K::kBigInt:  // (--int=big) an int, whose value nothing folds
      return of(TypeKind::kInt);
    case K::kEllipsis:
      return impossible();  // rejected by the builder before annotation
  }
  t.constant = value;
  return t;
}

Type Type::list_of(ListDef* def) {
  Type t = of(TypeKind::kList);
  t.list = def;
  return t;
}

Type Type::dict_of(DictDef* def) {
  Type t = of(TypeKind::kDict);
  t.dict = def;
  return t;
}

Type Type::set_of(SetDef* def) {
  Type t = of(TypeKind::kSet);
  t.set = def;
  return t;
}

Type Type::tuple_of(std::vector<Type> items) {
  Type t = of(TypeKind::kTuple);
  t.items = std::move(items);
  return t;
}

Type Type::var_tuple_of(Type item) {
  Type t = of(TypeKind::kTuple);
  t.variadic = true;
  t.items = {std::move(item)};
  return t;
}

Type Type::instance_of(ClassDef* cls) {
  Type t = of(TypeKind::kInstance);
  t.cls = cls;
  return t;
}

Type Type::iterator_of(IterKind kind, Type item, std::vector<Type> sources) {
  Type t = of(TypeKind::kIterator);
  t.iter = kind;
  t.items = {std::move(item)};
  t.items.insert(t.items.end(), sources.begin(), sources.end());
  return t;
}

Type Type::pbc_of(const flow::Entity* entity) {
  Type t = of(TypeKind::kPbc);
  t.pbcs = {entity};
  return t;
}

Type Type::bound_method(ClassDef* cls, std::string name) {
  Type t = of(TypeKind::kBoundMethod);
  t.cls = cls;
  t.method = std::move(name);
  return t;
}

std::vector<std::string> method_names(const Type& bound_method) {
  if (!bound_method.method_choices.empty()) return bound_method.method_choices;
  return {bound_method.method};
}

Type Type::builtin_method(Type receiver, std::string name) {
  Type t = of(TypeKind::kBoundMethod);
  t.items = {std::move(receiver)};
  t.method = std::move(name);
  return t;
}

Type Type::cell_of(CellDef* def) {
  Type t = of(TypeKind::kCell);
  t.cell = def;
  return t;
}

Type Type::closure_of(const flow::Entity* function, std::vector<Type> cells) {
  Type t = of(TypeKind::kClosure);
  t.pbcs = {function};
  t.items = std::move(cells);
  return t;
}

Type Type::cdata_of(const ctypes::CType* ctype) {
  Type t = of(TypeKind::kCData);
  t.ctype = ctype;
  return t;
}

Type Type::c_array_type_of(const ctypes::CType* array) {
  Type t = of(TypeKind::kCArrayType);
  t.ctype = array;
  return t;
}

bool Type::is_reference() const {
  switch (kind) {
    case TypeKind::kStr:
    case TypeKind::kBytes:
    case TypeKind::kByteArray:
    case TypeKind::kList:
    case TypeKind::kDict:
    case TypeKind::kSet:
    case TypeKind::kTuple:
    case TypeKind::kInstance:
    case TypeKind::kPbc:
    case TypeKind::kCData:  // boxes and addresses: None is the null pointer
    case TypeKind::kRePattern:
    case TypeKind::kReMatch:
      return true;
    default:
      return false;
  }
}

const flow::Entity* Type::single_pbc() const {
  return kind == TypeKind::kPbc && pbcs.size() == 1 ? *pbcs.begin() : nullptr;
}

bool same_type(const Type& a, const Type& b) {
  if (a.kind != b.kind || a.can_be_none != b.can_be_none) return false;
  switch (a.kind) {
    case TypeKind::kList:
      return resolve(a.list) == resolve(b.list);
    case TypeKind::kDict:
      return resolve(a.dict) == resolve(b.dict);
    case TypeKind::kSet:
      return resolve(a.set) == resolve(b.set);
    case TypeKind::kInstance:
      return a.cls == b.cls && a.is_super == b.is_super;
    case TypeKind::kBoundMethod:
      if (a.cls != b.cls || a.method != b.method || a.method_choices != b.method_choices ||
          a.items.size() != b.items.size())
        return false;
      return a.items.empty() || same_type(a.items[0], b.items[0]);
    case TypeKind::kPbc:
      return a.pbcs == b.pbcs;
    case TypeKind::kCell:
      return a.cell == b.cell;
    case TypeKind::kCData:
      return a.ctype == b.ctype && a.c_value == b.c_value && a.c_ref == b.c_ref;
    case TypeKind::kCArrayType:
      return a.ctype == b.ctype;
    case TypeKind::kRePattern:
    case TypeKind::kReMatch:
      return a.regex == b.regex;
    case TypeKind::kClosure:
      if (a.pbcs != b.pbcs) return false;
      [[fallthrough]];
    case TypeKind::kIterator:
      if (a.iter != b.iter || a.generator != b.generator) return false;
      [[fallthrough]];
    case TypeKind::kTuple:
      if (a.variadic != b.variadic || a.items.size() != b.items.size()) return false;
      for (size_t i = 0; i < a.items.size(); ++i) {
        if (!same_type(a.items[i], b.items[i])) return false;
      }
      return true;
    default:
      return true;
  }
}

namespace {

const char* iterator_name(IterKind kind) {
  switch (kind) {
    case IterKind::kRange:
      return "range iterator";
    case IterKind::kList:
      return "list iterator";
    case IterKind::kReversedList:
      return "reversed list iterator";
    case IterKind::kStr:
      return "str iterator";
    case IterKind::kTuple:
      return "tuple iterator";
    case IterKind::kBytes:
      return "bytes iterator";
    case IterKind::kDictKeys:
      return "dict key iterator";
    case IterKind::kDictValues:
      return "dict value iterator";
    case IterKind::kDictItems:
      return "dict item iterator";
    case IterKind::kSet:
      return "set iterator";
    case IterKind::kEnumerate:
      return "enumerate";
    case IterKind::kGenerator:
      return "generator";
    case IterKind::kZip:
      return "zip";
    case IterKind::kCArray:
      return "ctypes array iterator";
    case IterKind::kMap:
      return "map";
    case IterKind::kInstance:
      return "iterator";
    case IterKind::kFileLines:
      return "file line iterator";
    case IterKind::kReMatches:
      return "re.finditer iterator";
    case IterKind::kCount:
      return "itertools.count";
    case IterKind::kRepeat:
      return "itertools.repeat";
    case IterKind::kCycle:
      return "itertools.cycle";
    case IterKind::kISlice:
      return "itertools.islice";
    case IterKind::kAccumulate:
      return "itertools.accumulate";
    case IterKind::kChain:
    case IterKind::kChainFromIterable:
      return "itertools.chain";
    case IterKind::kPermutations:
      return "itertools.permutations";
    case IterKind::kCombinations:
      return "itertools.combinations";
    case IterKind::kCombinationsWithReplacement:
      return "itertools.combinations_with_replacement";
    case IterKind::kProduct:
      return "itertools.product";
    case IterKind::kGroupBy:
      return "itertools.groupby";
    case IterKind::kZipLongest:
      return "itertools.zip_longest";
  }
  return "iterator";
}

std::string describe_base(const Type& t) {
  switch (t.kind) {
    case TypeKind::kImpossible:
      return "impossible";
    case TypeKind::kInt:
      return "int";
    case TypeKind::kFloat:
      return "float";
    case TypeKind::kBool:
      return "bool";
    case TypeKind::kNumber:
      return "int or float";
    case TypeKind::kNone:
      return "None";
    case TypeKind::kStr:
      return "str";
    case TypeKind::kBytes:
      return "bytes";
    case TypeKind::kByteArray:
      return "bytearray";
    case TypeKind::kList: {
      const Type& item = resolve(t.list)->item.type;
      return std::string(resolve(t.list)->deque ? "deque[" : "list[") +
             (item.is_impossible() ? std::string("?") : describe(item)) + "]";
    }
    case TypeKind::kDict: {
      const DictDef* d = resolve(t.dict);
      auto part = [](const Type& x) { return x.is_impossible() ? std::string("?") : describe(x); };
      const char* name = d->flavor == DictFlavor::kDefaultDict   ? "defaultdict"
                         : d->flavor == DictFlavor::kCounter     ? "Counter"
                         : d->flavor == DictFlavor::kOrderedDict ? "OrderedDict"
                                                                 : "dict";
      return std::string(name) + "[" + part(d->key.type) + ", " + part(d->value.type) + "]";
    }
    case TypeKind::kSet: {
      const SetDef* s = resolve(t.set);
      std::string item = s->item.type.is_impossible() ? "?" : describe(s->item.type);
      return std::string(s->frozen ? "frozenset[" : "set[") + item + "]";
    }
    case TypeKind::kTuple: {
      if (t.variadic)
        return "tuple[" + (t.items[0].is_impossible() ? std::string("?") : describe(t.items[0])) +
               ", ...]";
      std::string out = "tuple[";
      for (size_t i = 0; i < t.items.size(); ++i) out += (i ? ", " : "") + describe(t.items[i]);
      return out + "]";
    }
    case TypeKind::kInstance:
      return t.cls->name();
    case TypeKind::kIterator:
      return std::string(iterator_name(t.iter)) + " of " + describe(t.items[0]);
    case TypeKind::kPbc: {
      std::string out;
      for (const flow::Entity* e : t.pbcs) {
        if (!out.empty()) out += " or ";
        out += std::string(flow::entity_kind_name(e->kind)) + " " + e->qualname;
      }
      return out;
    }
    case TypeKind::kBoundMethod:
      if (t.cls == nullptr) return "method " + describe(t.items[0]) + "." + t.method;
      if (t.method_choices.empty()) return "method " + t.cls->name() + "." + t.method;
      {
        std::string out = "one of the methods ";
        for (const std::string& name : t.method_choices)
          out += (name == t.method_choices.front() ? "" : ", ") + t.cls->name() + "." + name;
        return out;
      }
    case TypeKind::kRange:
      return "range";
    case TypeKind::kFile:
      return "file";
    case TypeKind::kRePattern:
      return "re.Pattern";
    case TypeKind::kReMatch:
      return "re.Match";
    case TypeKind::kCell:
      return "cell of " + describe(t.cell->value.type);
    case TypeKind::kClosure:
      return "function " + (*t.pbcs.begin())->qualname;
    case TypeKind::kCData:
      if (t.c_ref) return "byref(ctypes " + t.ctype->target->python_name() + ")";
      return t.c_value ? "int (a C address)" : "ctypes " + t.ctype->python_name();
    case TypeKind::kCArrayType:
      return "ctypes array type " + t.ctype->python_name();
  }
  return "?";
}

}  // namespace

std::string describe(const Type& type) {
  std::string base = describe_base(type);
  return type.can_be_none ? base + " | None" : base;
}

}  // namespace krait::annotator
