#include "backend/cpp_types.h"

#include "annotator/defs.h"
#include "backend/int_spelling.h"
#include "ctypes_support/c_entities.h"

namespace krait::backend {

using annotator::Type;
using annotator::TypeKind;

namespace {

std::optional<std::string> item_type(const Type& t, const CppNames& names, IntMode int_mode,
                                     std::string* why_not) {
  // A container nothing was ever stored in holds no values; any type does.
  if (t.is_impossible()) return std::string("rt::NoneType");
  return cpp_type(t, names, int_mode, why_not);
}

// The C++ iterator of an itertools function (runtime/itertools_module.h);
// `cpp` gives the C++ type of a Type (nullopt: none).
template <class CppOf>
std::optional<std::string> itertools_cpp_type(const Type& t, const CppOf& cpp) {
  const std::string ns = "rt::itertools::";
  std::vector<std::string> parts;  // the C++ types of items[0..]
  for (const Type& x : t.items) {
    std::optional<std::string> c = cpp(x);
    if (!c) return std::nullopt;
    parts.push_back(*c);
  }
  auto from = [&](size_t first, const std::string& wrap_before, const std::string& wrap_after) {
    std::string out;
    for (size_t i = first; i < parts.size(); ++i)
      out += (i > first ? ", " : "") + wrap_before + parts[i] + wrap_after;
    return out;
  };
  const std::string& item = parts[0];
  switch (t.iter) {
    case annotator::IterKind::kCount:
      return ns + "Count<" + item + ">";
    case annotator::IterKind::kRepeat:
      return ns + "Repeat<" + item + ">";
    case annotator::IterKind::kCycle:
      return ns + "Cycle<" + parts[1] + ">";
    case annotator::IterKind::kISlice:
      return ns + "ISlice<" + parts[1] + ">";
    case annotator::IterKind::kAccumulate:
      return ns + "Accumulate<" + item + ", " + parts[1] + ">";
    case annotator::IterKind::kChain:
      return ns + "Chain<" + item + (parts.size() > 1 ? ", " + from(1, "", "") : "") + ">";
    case annotator::IterKind::kChainFromIterable:
      return ns + "ChainFromIterable<" + item + ", " + parts[1] + ">";
    case annotator::IterKind::kPermutations:
      return ns + "Combinatoric<" + item + ", " + parts[1] + ", " + ns + "Choose::kPermutations>";
    case annotator::IterKind::kCombinations:
      return ns + "Combinatoric<" + item + ", " + parts[1] + ", " + ns + "Choose::kCombinations>";
    case annotator::IterKind::kCombinationsWithReplacement:
      return ns + "Combinatoric<" + item + ", " + parts[1] + ", " + ns +
             "Choose::kWithReplacement>";
    case annotator::IterKind::kProduct:
      return ns + "Product<" + item + (parts.size() > 1 ? ", " + from(1, "rt::List<", ">*") : "") +
             ">";
    case annotator::IterKind::kGroupBy: {  // items[0]: tuple[key, list[item]]
      std::optional<std::string> key = cpp(t.items[0].items[0]);
      std::optional<std::string> element =
          cpp(annotator::resolve(t.items[0].items[1].list)->item.type);
      if (!key || !element) return std::nullopt;
      return ns + "GroupBy<" + *key + ", " + parts[1] + ", " + *key + " (*)(" + *element +
             " const&)>";
    }
    case annotator::IterKind::kZipLongest:
      return ns + "ZipLongest<" + item + ", " + from(1, "", "") + ">";
    default:
      return std::nullopt;
  }
}

// The runtime's iterator object (see runtime/iterators.h) for an iterator
// type, built from what it iterates over.
std::optional<std::string> iterator_type(const Type& t, const CppNames& names, IntMode int_mode,
                                         std::string* why_not) {
  std::optional<std::string> item = item_type(t.items[0], names, int_mode, why_not);
  if (!item) return std::nullopt;
  auto iter_of = [](const std::string& iterable) {
    return "decltype(rt::py_iter(std::declval<" + iterable + ">()))";
  };
  // The C++ types of items[first..], comma-separated.
  auto sources = [&](size_t first) -> std::optional<std::string> {
    std::string out;
    for (size_t i = first; i < t.items.size(); ++i) {
      std::optional<std::string> s = cpp_type(t.items[i], names, int_mode, why_not);
      if (!s) return std::nullopt;
      out += (i > first ? ", " : "") + *s;
    }
    return out;
  };
  std::optional<std::string> inner;
  switch (t.iter) {
    case annotator::IterKind::kRange:
      return iter_of("rt::Range");
    case annotator::IterKind::kList:
      return iter_of("rt::List<" + *item + ">*");
    case annotator::IterKind::kSet:
      return iter_of("rt::Set<" + *item + ">*");
    case annotator::IterKind::kReversedList:
      return "rt::ReversedIter<" + *item + ">";
    case annotator::IterKind::kStr:
      return iter_of("rt::Str");
    case annotator::IterKind::kBytes:
      if (!(inner = sources(1))) return std::nullopt;
      return iter_of(*inner);
    case annotator::IterKind::kFileLines:
      return std::string("rt::FileLines");
    case annotator::IterKind::kReMatches:
      return std::string("rt::ReMatches");
    case annotator::IterKind::kTuple:
      if (t.items[1].variadic) return "rt::VarTupleIter<" + *item + ">";
      return "rt::ArrayIter<" + *item + ", " + std::to_string(t.items[1].items.size()) + ">";
    case annotator::IterKind::kDictKeys:
    case annotator::IterKind::kDictValues:
    case annotator::IterKind::kDictItems: {
      if (!(inner = sources(1))) return std::nullopt;
      const char* view = t.iter == annotator::IterKind::kDictKeys     ? "keys"
                         : t.iter == annotator::IterKind::kDictValues ? "values"
                                                                      : "items";
      return "decltype(rt::py_iter(std::declval<" + *inner + ">()->" + view + "()))";
    }
    case annotator::IterKind::kEnumerate:
      if (!(inner = sources(1))) return std::nullopt;
      return "rt::EnumerateIter<" + *inner + ">";
    case annotator::IterKind::kZip:
      if (!(inner = sources(1))) return std::nullopt;
      return "rt::ZipIter<" + *inner + ">";
    case annotator::IterKind::kInstance:  // emit_program.cc: instance_iterators
      return "NextIter_" + names.cls(t.items[1].cls);
    case annotator::IterKind::kCArray:
      return "rt::CArrayIter<" + ctypes::c_declaration(*t.items[1].ctype->target, "") + ">";
    case annotator::IterKind::kMap:
      if (!(inner = sources(1))) return std::nullopt;
      return "rt::MapIter<" + *item + ", " + *inner + ">";
    case annotator::IterKind::kGenerator:
      return "rt::Generator<" + names.frame(t.generator) + ", " + *item + ">";
    default:
      return itertools_cpp_type(
          t, [&](const Type& x) { return item_type(x, names, int_mode, why_not); });
  }
  return std::nullopt;
}

// A ctypes object: its C storage (runtime/ctypes.h).
std::string cdata_cpp_type(const Type& t) {
  if (t.c_value) return "void*";
  const ctypes::CType& c = *t.ctype;
  switch (c.kind) {
    case ctypes::CKind::kSimple:
    case ctypes::CKind::kStruct:
    case ctypes::CKind::kUnion:
      return ctypes::c_declaration(c, "") +
             (c.kind == ctypes::CKind::kSimple && ctypes::c_declaration(c, "").back() == '*'
                  ? "*"
                  : " *");
    case ctypes::CKind::kPointer:  // a box holding the address; byref(x): the address
    case ctypes::CKind::kFunctionPointer: {
      // `int (**)(int)` names a type but cannot start a declaration.
      std::string type = ctypes::c_declaration(c, t.c_ref ? "" : "*");
      return type.find('(') == std::string::npos ? type : "std::type_identity_t<" + type + ">";
    }
    case ctypes::CKind::kArray:
      return "rt::CArray<" + ctypes::c_declaration(*c.target, "") + ">";
  }
  return "";
}

}  // namespace

bool is_numbered_pbc(const Type& t) {
  return t.kind == TypeKind::kPbc && (t.pbcs.size() > 1 || t.can_be_none);
}

bool has_runtime_value(const Type& t) {
  return !(t.is_impossible() || t.kind == TypeKind::kNone ||
           (t.kind == TypeKind::kPbc && !is_numbered_pbc(t)));
}

std::optional<std::string> cpp_type(const Type& t, const CppNames& names, IntMode int_mode,
                                    std::string* why_not) {
  switch (t.kind) {
    case TypeKind::kInt:
      return std::string(int_cpp_type(int_mode));
    case TypeKind::kFloat:
      return std::string("double");
    case TypeKind::kBool:
      return std::string("bool");
    case TypeKind::kPbc:
      // One function or class is known at translation time; a value that
      // may be one of several (or None) is the entity's number
      // (ProgramContext::entity_id), 0 for None.
      return std::string(is_numbered_pbc(t) ? "int32_t" : "rt::NoneType");
    case TypeKind::kNone:
    case TypeKind::kImpossible:
      return std::string("rt::NoneType");
    case TypeKind::kStr:
      return std::string("rt::Str");
    case TypeKind::kRange:
      return std::string("rt::Range");
    case TypeKind::kFile:
      return std::string("rt::File*");
    case TypeKind::kRePattern:
      return std::string("rt::RePattern*");
    case TypeKind::kReMatch:
      return std::string("rt::ReMatch*");
    case TypeKind::kList: {
      std::optional<std::string> item =
          item_type(annotator::resolve(t.list)->item.type, names, int_mode, why_not);
      if (!item) return std::nullopt;
      return "rt::List<" + *item + ">*";
    }
    case TypeKind::kDict: {
      const annotator::DictDef* d = annotator::resolve(t.dict);
      std::optional<std::string> k = item_type(d->key.type, names, int_mode, why_not);
      std::optional<std::string> v =
          k ? item_type(d->value.type, names, int_mode, why_not) : std::nullopt;
      if (!v) return std::nullopt;
      return "rt::Dict<" + *k + ", " + *v + ">*";
    }
    case TypeKind::kSet: {
      std::optional<std::string> item =
          item_type(annotator::resolve(t.set)->item.type, names, int_mode, why_not);
      if (!item) return std::nullopt;
      return "rt::Set<" + *item + ">*";
    }
    case TypeKind::kTuple: {
      if (t.variadic) {
        std::optional<std::string> item = item_type(t.items[0], names, int_mode, why_not);
        if (!item) return std::nullopt;
        return "rt::VarTuple<" + *item + ">";
      }
      std::string out = "rt::Tuple<";
      for (size_t i = 0; i < t.items.size(); ++i) {
        std::optional<std::string> item = cpp_type(t.items[i], names, int_mode, why_not);
        if (!item) return std::nullopt;
        out += (i ? ", " : "") + *item;
      }
      return out + ">";
    }
    case TypeKind::kInstance:
      return names.cls(t.cls) + "*";
    case TypeKind::kBoundMethod:
      if (t.cls == nullptr) return cpp_type(t.items[0], names, int_mode, why_not);
      if (!t.method_choices.empty()) return "rt::MethodChoice<" + names.cls(t.cls) + "*>";
      return names.cls(t.cls) + "*";
    case TypeKind::kIterator:
      return iterator_type(t, names, int_mode, why_not);
    case TypeKind::kNumber:
      return std::string(number_cpp_type(int_mode));
    case TypeKind::kCell: {
      std::optional<std::string> item = item_type(t.cell->value.type, names, int_mode, why_not);
      if (!item) return std::nullopt;
      return "rt::Cell<" + *item + ">*";
    }
    case TypeKind::kClosure:  // a struct of its cells (a cell may hold the closure itself)
      return CppNames::closure(t);
    case TypeKind::kBytes:
      return std::string("rt::Bytes*");
    case TypeKind::kByteArray:
      return std::string("rt::ByteArray*");
    case TypeKind::kCData: {
      std::string c = cdata_cpp_type(t);
      if (c.empty()) {
        if (why_not) *why_not = "ctypes " + t.ctype->python_name() + " values are";
        return std::nullopt;
      }
      return c;
    }
    case TypeKind::kCArrayType:  // its length; the item type is known statically
      return std::string("int64_t");
  }
  return std::nullopt;
}

}  // namespace krait::backend
