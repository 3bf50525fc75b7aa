// The annotator's type lattice (RPython's "SomeValue"s).
//
// Contract. A Type describes every value a variable can hold. Types form a
// lattice that only grows: union(a, b) is the least type containing both,
// or an error (never a silent "any object"). The kinds:
//
//   impossible        bottom: no value reaches here (yet)
//   int, float, bool  unboxed machine values
//   number            an int or a float that remembers which it holds
//                     (int ∪ float), so `total = 0; total += price` prints 0
//                     when no float arrived
//   none              only None
//   str, bytes      immutable values
//   bytearray       a mutable byte buffer shared by identity (like a list)
//   list(ListDef), dict(DictDef), set(SetDef)  containers shared by
//                     identity: every variable that can hold the same list
//                     shares one ListDef, so an append anywhere widens the
//                     item type everywhere; a SetDef also says whether it is
//                     a frozenset
//   tuple(t0, t1, …)  fixed length, one type per position
//   tuple(t, ...)     variadic: any length, every item of type t (items = {t});
//                     what tuples of different lengths unite into
//   instance(ClassDef)   an instance of the class or of a subclass
//   iterator(kind, item) what iter() returns; also a generator (kind generator)
//   pbc({entities})   prebuilt constants: functions, classes, builtins,
//                     modules (RPython's SomePBC)
//   bound_method(ClassDef, name)  `obj.method` before the call; with no
//                     ClassDef, a method of a built-in type (`lst.append`),
//                     the receiver's type in items[0]; joined with another
//                     method of the class, one of several (method_choices)
//   range             what range() returns
//   cell(CellDef)     a variable shared by a function and the scopes nested in it
//   closure(f, cells) a nested function that uses variables of enclosing
//                     ones (a nested function that uses none is a pbc)
//   cdata(CType)      a ctypes object (rules_ctypes.cc): an instance of a
//                     simple type (a box: c_int(5)), an array, a Structure
//                     or Union, a POINTER(T) object (a box holding the
//                     address, so byref(p) lets C set it); with `c_value`,
//                     a c_void_p result of a C function (the address
//                     itself, None when NULL); with `c_ref`, what byref(x)
//                     returns: x's address itself, only passed to C
//   re_pattern, re_match  a compiled pattern and a match of the re module,
//                     with the pattern's RegexShape when it is known
//   c_array_type(CType)  an array type made at run time (`c_ubyte * n`, n
//                     not a constant): ctype is the array type of length -1
//                     (c_ubyte_Array_n); the C++ value is the length
//
// Reference kinds (str, bytes, bytearray, list, dict, set, tuple, instance, pbc of
// functions or classes) and methods bound to an instance carry `can_be_none`:
// None joins them (not tuples, which are values in C++). None joined
// with int, float or bool is an error whose message suggests a sentinel.
// Types are small values (a kind, a flag, a few pointers); container and
// class definitions are owned by the Annotator.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "translator/flowgraph/constant.h"
#include "translator/flowgraph/entity.h"

namespace krait::ctypes {
struct CType;
}

namespace krait::annotator {

struct ListDef;
struct DictDef;
struct SetDef;
struct ClassDef;
struct Specialization;
struct CellDef;

enum class TypeKind {
  kImpossible,
  kInt,
  kFloat,
  kBool,
  kNumber,
  kNone,
  kStr,
  kBytes,
  kByteArray,
  kList,
  kDict,
  kSet,  // set or frozenset (SetDef::frozen)
  kTuple,
  kInstance,
  kIterator,
  kPbc,
  kBoundMethod,
  kRange,
  kFile,        // a text file from open()
  kCell,        // a variable shared with nested scopes (CellDef)
  kClosure,     // a nested function with the cells it uses: pbcs = {function}, items = cell types
  kCData,       // a ctypes object: ctype
  kCArrayType,  // a ctypes array type made at run time: ctype (length -1)
  kRePattern,   // a compiled regular expression (re.compile): regex
  kReMatch,     // a match object of the re module: regex
};

// What an iterator walks over; the item type is Type::items[0].
enum class IterKind {
  kRange,
  kList,
  kReversedList,
  kStr,
  kBytes,  // bytes or bytearray (items[1] is which): ints
  kTuple,
  kDictKeys,
  kDictValues,
  kDictItems,
  kSet,
  kEnumerate,
  kZip,
  kFileLines,
  kGenerator,  // a generator function's call; Type::generator names its specialization
  kMap,        // map(f, iterables...): items[1..] the inner iterators
  kInstance,   // an instance's __next__ (its __iter__ returned it): items[1] that instance
  kCArray,     // a ctypes array: items[1] the array (cdata)
  // itertools (rules_itertools.cc says what items[1..] hold for each).
  kCount,
  kRepeat,
  kCycle,
  kISlice,
  kAccumulate,
  kChain,
  kChainFromIterable,
  kPermutations,
  kCombinations,
  kCombinationsWithReplacement,
  kProduct,
  kGroupBy,
  kZipLongest,
  kReMatches,  // re.finditer: match objects
};

// What the annotator knows of a regular expression whose pattern is known
// at translation time (rules_re.cc): its capturing groups, which of them a
// match may leave unset (optional[g], index 0 unused), their names.
struct RegexShape {
  int64_t groups = 0;
  std::vector<bool> optional{false};
  std::vector<std::pair<std::string, int64_t>> names;
};

struct Type {
  TypeKind kind = TypeKind::kImpossible;
  bool can_be_none = false;
  ListDef* list = nullptr;  // kList
  DictDef* dict = nullptr;  // kDict
  SetDef* set = nullptr;    // kSet
  ClassDef* cls = nullptr;  // kInstance, kBoundMethod
  CellDef* cell = nullptr;  // kCell
  // kTuple: the items. kIterator: the item type, then what the backend needs
  // to know about the iterated values: the tuple (kTuple), the dict (dict
  // views), the inner iterators (kEnumerate, kZip).
  std::vector<Type> items;
  IterKind iter = IterKind::kRange;    // kIterator
  std::set<const flow::Entity*> pbcs;  // kPbc
  std::string method;                  // kBoundMethod
  // kBoundMethod of a class that may be any of several of its methods (a
  // dict of handlers): their names, sorted; `method` is empty then.
  std::vector<std::string> method_choices;
  // kIterator of kGenerator: the generator function's specialization (its
  // frame's C++ type). Generators of different specializations do not unite.
  const Specialization* generator = nullptr;
  // kTuple of any length (`tuple[T, ...]`): items = {T}.
  bool variadic = false;
  // kInstance: the object super() returns: attribute lookup starts at cls
  // (the base of the calling method's class) and calls are not virtual.
  bool is_super = false;
  // kCData, kCArrayType: its ctypes type; c_value: an address (c_void_p)
  // held directly; c_ref: byref(x) (ctype POINTER(T)).
  const ctypes::CType* ctype = nullptr;
  bool c_value = false;
  bool c_ref = false;
  // kRePattern, kReMatch: the pattern's shape, null when the pattern is
  // made at run time (shapes are interned: equal patterns share one).
  const RegexShape* regex = nullptr;
  // A value known at translation time (a folded constant), if any.
  std::optional<flow::ConstValue> constant;

  static Type impossible() { return {}; }
  static Type of(TypeKind kind);
  static Type none() { return of(TypeKind::kNone); }
  static Type of_constant(const flow::ConstValue& value);
  static Type list_of(ListDef* def);
  static Type dict_of(DictDef* def);
  static Type set_of(SetDef* def);
  static Type tuple_of(std::vector<Type> items);
  static Type var_tuple_of(Type item);
  static Type instance_of(ClassDef* cls);
  static Type iterator_of(IterKind kind, Type item, std::vector<Type> sources = {});
  static Type pbc_of(const flow::Entity* entity);
  static Type bound_method(ClassDef* cls, std::string name);
  static Type builtin_method(Type receiver, std::string name);
  static Type cell_of(CellDef* def);
  static Type closure_of(const flow::Entity* function, std::vector<Type> cells);
  static Type cdata_of(const ctypes::CType* ctype);
  static Type c_array_type_of(const ctypes::CType* array);

  bool is_impossible() const { return kind == TypeKind::kImpossible; }
  bool is_var_tuple() const { return kind == TypeKind::kTuple && variadic; }
  bool is_fixed_tuple() const { return kind == TypeKind::kTuple && !variadic; }
  bool is_numeric() const {
    return kind == TypeKind::kInt || kind == TypeKind::kFloat || kind == TypeKind::kBool ||
           kind == TypeKind::kNumber;
  }
  // A reference kind that may carry can_be_none.
  bool is_reference() const;
  // The single entity of a pbc, or null.
  const flow::Entity* single_pbc() const;
};

// The names a bound method of a class may be: its method, or its choices.
std::vector<std::string> method_names(const Type& bound_method);

// The same values (containers by identity), ignoring constants.
bool same_type(const Type& a, const Type& b);

// "int", "list[float]", "dict[str, list[int]]", "set[int]", "frozenset[str]", "Body | None",
// "function f" ...
std::string describe(const Type& type);

}  // namespace krait::annotator
