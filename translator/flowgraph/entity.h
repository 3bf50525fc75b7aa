// Program entities: what a name at module level can denote at translation time.
//
// Contract: an Entity is a function, class, builtin or module known before
// the program runs (RPython's prebuilt constants). The flow-graph builder
// creates them from the module's top-level statements and refers to them from
// graphs through ConstValue::of_entity; the annotator attaches its
// descriptions (FunctionDesc, ClassDef) to them by identity. `qualname` is
// the dotted name a person reads in dumps and diagnostics ("Body.__init__",
// "math.sqrt").
#pragma once

#include <string>

namespace krait::flow {

enum class EntityKind {
  kFunction,  // a def (module-level function or method) or lambda
  kClass,     // a user class
  kBuiltin,   // a builtin function, type or exception class (len, range, ValueError)
  kModule,    // an imported module (math, sys) or a user module
  kCtypes,    // a ctypes declaration: C type, library, C function, callback
              // (ctypes_support/c_entities.h)
};

struct Entity {
  EntityKind kind;
  std::string qualname;

  Entity(EntityKind kind, std::string qualname) : kind(kind), qualname(std::move(qualname)) {}
  virtual ~Entity() = default;
};

const char* entity_kind_name(EntityKind kind);

}  // namespace krait::flow
