// Definitions the annotator shares by identity: lists, dicts, sets and
// classes.
//
// Contract. A ListDef (DictDef, SetDef) is the one description of every
// list (dict, set) that can flow to the same variables: merging two of them (union-find,
// `resolve`) makes them one, so an item type widened anywhere is widened
// everywhere. A ClassDef describes a user class (or a built-in exception
// class): its base, its methods, and its instance attributes, each with the
// type of every value written to it, kept on the class that first defines
// the attribute (writes through a subclass generalise up to it).
//
// Each widening records where its values came from (Origin), so a type
// error can say "int (appended at x.py:3:5) vs str (appended at x.py:7:9)".
// Readers are the blocks that read the item or attribute; they are
// re-flowed when it widens.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "annotator/types.h"
#include "translator/diagnostics/source_file.h"
#include "translator/flowgraph/graph.h"
#include "translator/flowgraph/program.h"

namespace krait::annotator {

struct Specialization;

// Where a value came from: "appended at x.py:3:5". In a specialised
// function, `call` is the call that made the specialization, so the two
// sides of a conflict at one line of two specializations can be told apart
// ("appended at x.py:2:5 in the call at x.py:7:1").
struct Origin {
  std::string action;  // "appended", "assigned", "returned", ...; empty: just "at x.py:3:5"
  SourceRange where;
  SourceRange call;  // empty in the module body
};
// "appended at x.py:3:5", with "in the call at x.py:7:1" when `with_call`.
std::string describe(const Origin& origin, bool with_call = false);

// A block of a specialization, to re-flow when something it read widens.
using Reader = std::pair<Specialization*, const flow::Block*>;

// A value slot shared by identity: a list's items, a dict's keys or values,
// an instance attribute.
struct Slot {
  Type type;
  std::vector<std::pair<TypeKind, Origin>> origins;  // first origin of each kind seen
  std::set<Reader> readers;

  const Origin* origin_of(TypeKind kind) const;
  void note_origin(const Type& t, const Origin& origin);
};

struct ListDef {
  ListDef* merged_into = nullptr;
  Slot item;
  bool mutated = false;  // appended to, inserted into, resized
  bool deque = false;    // collections.deque: a list with its own methods
};

// The dict subclasses of `collections` a dict may be (a dict of any flavor
// is a dict; methods and d[k] of a missing key depend on it). Dicts of two
// flavors that meet take the non-plain one; each object keeps its own at
// run time (runtime/dict.h).
enum class DictFlavor { kDict, kDefaultDict, kCounter, kOrderedDict };

struct DictDef {
  DictDef* merged_into = nullptr;
  Slot key;
  Slot value;
  DictFlavor flavor = DictFlavor::kDict;
};

// A variable shared with nested scopes: every function that reads or
// writes it sees one type. `index` numbers cells in creation order
// (specialization keys tell closures over different cells apart).
struct CellDef {
  Slot value;
  int index = 0;
};

// A set or a frozenset: the two never share a variable.
struct SetDef {
  SetDef* merged_into = nullptr;
  Slot item;
  bool frozen = false;
};

ListDef* resolve(ListDef* def);
DictDef* resolve(DictDef* def);
SetDef* resolve(SetDef* def);

struct ClassDef {
  const flow::Entity* entity;  // a ClassEntity or a builtin exception class
  ClassDef* base = nullptr;
  std::vector<ClassDef*> subclasses;
  // Instance attributes defined on this class (name order is definition order).
  std::vector<std::pair<std::string, Slot>> attributes;
  bool is_exception = false;

  std::string name() const { return entity->qualname; }
  // The built-in `object`: the base of every user class without one.
  bool is_object() const {
    return base == nullptr && entity->kind == flow::EntityKind::kBuiltin &&
           entity->qualname == "object";
  }
  Slot* own_attribute(const std::string& name);
  // The class in this class's ancestry (itself included) that defines `name`.
  ClassDef* definer_of(const std::string& name);
  bool is_subclass_of(const ClassDef* other) const;
  // A method or class attribute from the class body, looked up through the bases.
  const flow::ConstValue* class_attribute(const std::string& name) const;
};

// The nearest common ancestor, or null when the classes share none.
ClassDef* common_base(ClassDef* a, ClassDef* b);

}  // namespace krait::annotator
