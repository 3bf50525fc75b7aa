// The program as the flow-graph builder sees it: modules and their entities.
//
// Contract: a Program owns every Entity of a translation: the builtins
// (functions such as len, types such as int, exception classes), the
// modules Krait provides (math, sys), and the user's modules with their
// top-level functions, classes and globals. scan_module() (module_scanner.h)
// fills a ModuleEntity from a module's syntax tree before any graph is built,
// so graphs can refer to every top-level name as a constant. Entities are
// stable in memory for the Program's lifetime.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "translator/diagnostics/source_file.h"
#include "translator/flowgraph/constant.h"
#include "translator/flowgraph/entity.h"
#include "translator/syntax/ast.h"

namespace krait::ctypes {
struct CLibrary;
struct CFunction;
struct CType;
struct CCallback;
}  // namespace krait::ctypes

namespace krait::flow {

struct ModuleEntity;
struct ClassEntity;

struct FunctionEntity : Entity {
  const syntax::ast::FunctionDef* def;  // null for a lambda or generator expression
  ModuleEntity* module;
  ClassEntity* owner;  // the class of a method, else null
  std::string name;    // the def's own name ("__init__", "<lambda>", "<genexpr>")
  // Nested scopes: the scope's node (the def, lambda or generator
  // expression), the function it is nested in (null at module level) and
  // the variables of enclosing functions it uses, whose cells a call passes
  // before the arguments (scopes.h).
  const syntax::ast::Node* node = nullptr;
  const FunctionEntity* parent = nullptr;
  std::vector<std::string> freevars;
  // Methods: how the class body declared it (@staticmethod, @classmethod,
  // @property; a property's @name.setter is its `setter`).
  enum class MethodKind {
    kInstance,
    kStatic,
    kClass,
    kProperty
  } method_kind = MethodKind::kInstance;
  const FunctionEntity* setter = nullptr;
  // A module-level function whose only decorator is functools.cache or
  // functools.lru_cache(...): bound as a constant like an undecorated one,
  // its results cached per argument tuple by the generated code.
  bool memoized = false;
  // The top-level code of an imported module (`<module>`): no parameters,
  // run by the first `import` of the module (ModuleEntity::body).
  bool is_module_body = false;
  // Parameters whose default is computed when the def runs (`acc=[]`,
  // `n=len(TABLE)`): the module global default_global(name) holds it.
  std::vector<std::pair<std::string, const syntax::ast::Expr*>> computed_defaults;
  std::string default_global(const std::string& param) const {
    return qualname + ".__defaults__." + param;
  }

  // The parameter list (null for a generator expression, whose only
  // parameter is the iterator of its first `for`).
  const syntax::ast::arguments* arguments() const;

  FunctionEntity(std::string qualname, const syntax::ast::FunctionDef* def, ModuleEntity* module,
                 ClassEntity* owner, std::string name)
      : Entity(EntityKind::kFunction, std::move(qualname)),
        def(def),
        module(module),
        owner(owner),
        name(std::move(name)),
        node(def) {}
};

struct ClassEntity : Entity {
  const syntax::ast::ClassDef* def;
  ModuleEntity* module;
  const Entity* base = nullptr;  // a ClassEntity, a builtin exception class, or null (object)
  // Class attributes in definition order: methods (function entities) and
  // constants.
  std::vector<std::pair<std::string, ConstValue>> attributes;
  // Class attributes computed when the class statement runs (`stuff = [1,
  // 2]`): each is the module global computed_global(name), and the default
  // of the instance attribute of that name (instances share the value).
  std::vector<std::pair<std::string, const syntax::ast::Expr*>> computed;

  ClassEntity(std::string qualname, const syntax::ast::ClassDef* def, ModuleEntity* module)
      : Entity(EntityKind::kClass, std::move(qualname)), def(def), module(module) {}

  // Looks the attribute up in this class only.
  const ConstValue* own_attribute(const std::string& name) const;
  // The module global of a computed attribute of this class or a base
  // ("Shape.registry"), or "" when there is none.
  std::string computed_global(const std::string& name) const;
};

struct BuiltinEntity : Entity {
  const BuiltinEntity* base;  // exception classes: the parent class
  explicit BuiltinEntity(std::string qualname, const BuiltinEntity* base = nullptr)
      : Entity(EntityKind::kBuiltin, std::move(qualname)), base(base) {}
};

struct ModuleEntity : Entity {
  const SourceFile* source = nullptr;         // null for modules Krait provides
  const syntax::ast::Module* tree = nullptr;  // null for modules Krait provides
  // A user module other than __main__: the function its `import` runs once
  // (null for __main__, whose body is the program, and provided modules).
  FunctionEntity* body = nullptr;
  // The module is a package (pkg/__init__.py): relative imports in it are
  // relative to itself rather than to its parent.
  bool is_package = false;
  // Where tracebacks say its code is: relative to the main script's folder
  // (CPython's sys.path[0]) or absolute ("" for __main__).
  std::string trace_path;
  // Scanning it has begun and not ended: a circular import reached it,
  // after the top-level statements binding `bound_so_far` ran.
  bool scanning = false;
  std::set<std::string> bound_so_far;
  // Names bound once to a value known at translation time.
  std::map<std::string, ConstValue> constants;
  // Names that hold a run-time value: read with load_global, written with
  // store_global (by the module body, by functions that declare them global
  // and, for imported modules, by other modules). Keyed by qualify(name),
  // the program-wide name of the global.
  std::map<std::string, SourceRange> globals;
  // Names bound by the module body that no function or class reads: plain
  // local variables of the module body's graph, so that each binding may
  // hold its own type (`for i, c in ...` then `for c in ...` at top level).
  std::set<std::string> body_locals;

  explicit ModuleEntity(std::string name) : Entity(EntityKind::kModule, std::move(name)) {}

  bool is_main() const { return qualname == "__main__"; }
  // The program-wide name of a name defined in this module: itself in
  // __main__, else prefixed with the module ("util.helper"), so entities
  // and globals of different modules never share a name.
  std::string qualify(const std::string& name) const {
    return is_main() ? name : qualname + "." + name;
  }
  bool has_global(const std::string& name) const { return globals.count(qualify(name)) != 0; }
};

// What CPython's __qualname__ says of a function or class: its qualname
// without the module prefix (ModuleEntity::qualify).
std::string python_qualname(const Entity* entity);

class Program {
 public:
  Program();

  // A builtin by name ("len", "ValueError", "math.sqrt"); null if unknown.
  const BuiltinEntity* builtin(const std::string& name) const;
  // A module Krait provides ("math", "sys"); null if Krait has no such module.
  ModuleEntity* provided_module(const std::string& name) const;

  // A user module; every module but __main__ gets its body function.
  ModuleEntity* add_user_module(std::string name, const SourceFile* source,
                                const syntax::ast::Module* tree);
  // A user module by its dotted name ("pkg.mod"); null if none was loaded.
  ModuleEntity* user_module(const std::string& name) const;
  // What a module name denotes once the scanner resolved the imports: the
  // program's module of that name, else the one Krait provides, else null.
  ModuleEntity* module_named(const std::string& name) const;
  // The module an import statement or `import` alias resolved to (recorded
  // by the scanner, read by the graph builder); null if none.
  void note_import(const syntax::ast::Node* at, ModuleEntity* module) { imports_[at] = module; }
  ModuleEntity* imported(const syntax::ast::Node* at) const;
  // The names of the provided modules the program's imports name, sorted.
  std::set<std::string> imported_provided_modules() const;
  // The module that every one of these `import` aliases binds, or null.
  const ModuleEntity* module_bound_by(const std::vector<const syntax::ast::alias*>& aliases) const;
  FunctionEntity* add_function(std::string qualname, const syntax::ast::FunctionDef* def,
                               ModuleEntity* module, ClassEntity* owner, std::string name);
  ClassEntity* add_class(std::string qualname, const syntax::ast::ClassDef* def,
                         ModuleEntity* module);
  // The entity of a def, lambda or generator expression nested in `parent`
  // (null: in the module body), made on first request.
  FunctionEntity* nested_function(const syntax::ast::Node* node, const FunctionEntity* parent,
                                  ModuleEntity* module);

  const std::vector<ModuleEntity*>& user_modules() const { return user_modules_; }
  const std::vector<FunctionEntity*>& functions() const { return functions_; }
  const std::vector<ClassEntity*>& classes() const { return classes_; }
  // Every builtin, by name (the exception classes among them).
  const std::map<std::string, const BuiltinEntity*>& builtins() const { return builtins_; }

  // Provided modules and their members (program.cc, ctypes_module.cc).
  ModuleEntity* add_provided_module(const std::string& name);
  void add_builtin(const std::string& name, const std::string& base = "");
  // Takes ownership of an entity made elsewhere (ctypes declarations).
  template <class T>
  T* adopt(std::unique_ptr<T> entity) {
    T* raw = entity.get();
    owned_.push_back(std::move(entity));
    return raw;
  }
  // Module-level statements that are ctypes declarations (`lib.f.argtypes
  // = [...]`): the scanner carried them out, the module body skips them.
  void note_c_declaration(const syntax::ast::Node* statement) { c_declarations_.insert(statement); }
  bool is_c_declaration(const syntax::ast::Node* statement) const {
    return c_declarations_.count(statement) != 0;
  }
  // The libraries the program loads with ctypes, in the order declared.
  std::vector<const ctypes::CLibrary*> c_libraries;
  // Its Structures and Unions (in the order declared) and callbacks.
  std::vector<const ctypes::CType*> c_records;
  std::vector<const ctypes::CCallback*> c_callbacks;
  // The functions of libraries (`libm.cos`), the POINTER(T), T * n and
  // CFUNCTYPE(R, A...) types made so far (ctypes_module.h makes them on
  // demand; like CPython, one prototype type per signature).
  std::map<std::pair<const Entity*, std::string>, ctypes::CFunction*> c_functions;
  std::map<const Entity*, const ctypes::CType*> c_pointer_types;
  std::map<std::pair<const Entity*, int64_t>, const ctypes::CType*> c_array_types;
  std::map<std::vector<const Entity*>, const ctypes::CType*> c_function_types;

  // Ints have arbitrary precision (`--int=big`): an int literal beyond 64
  // bits is a big-int constant rather than an error.
  bool big_ints = false;

 private:
  std::set<const syntax::ast::Node*> c_declarations_;
  std::map<const syntax::ast::Node*, FunctionEntity*> nested_functions_;

  std::deque<std::unique_ptr<Entity>> owned_;
  std::map<std::string, const BuiltinEntity*> builtins_;
  std::map<std::string, ModuleEntity*> provided_modules_;
  std::vector<ModuleEntity*> user_modules_;
  std::map<std::string, ModuleEntity*> user_modules_by_name_;
  std::map<const syntax::ast::Node*, ModuleEntity*> imports_;
  std::vector<FunctionEntity*> functions_;
  std::vector<ClassEntity*> classes_;
};

// The modules `import a.b.c` imports, in order: "a", "a.b", "a.b.c".
std::vector<std::string> module_chain(const std::string& dotted);

// True when `entity` is `ancestor` or derives from it (user or builtin classes).
bool is_subclass(const Entity* entity, const Entity* ancestor);

}  // namespace krait::flow
