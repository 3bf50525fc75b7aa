#include "translator/flowgraph/program.h"

#include "translator/flowgraph/ctypes_module.h"
#include "translator/flowgraph/scopes.h"
#include "translator/flowgraph/stdlib_modules.h"

namespace krait::flow {
namespace {

// Builtin functions and types of the core language.
constexpr const char* kBuiltinFunctions[] = {
    "abs", "all", "any", "bin", "bool", "chr", "dict", "divmod", "enumerate", "float", "hash",
    "hex", "input", "int", "isinstance", "iter", "len", "list", "oct", "max", "min", "next", "ord",
    "pow", "print", "range", "repr", "reversed", "round", "sorted", "str", "sum", "super", "tuple",
    "type", "zip", "object", "open", "set", "map", "filter", "frozenset", "bytes", "bytearray",
    "format", "ascii",
    // Class methods of built-in types (`bytes.fromhex(s)`).
    "bytes.fromhex", "int.from_bytes"};

// CPython's built-in exception hierarchy (the part programs use), parent first.
constexpr const char* kExceptions[][2] = {
    {"BaseException", ""},
    {"SystemExit", "BaseException"},
    {"KeyboardInterrupt", "BaseException"},
    {"GeneratorExit", "BaseException"},
    {"Exception", "BaseException"},
    {"StopIteration", "Exception"},
    {"ArithmeticError", "Exception"},
    {"ZeroDivisionError", "ArithmeticError"},
    {"OverflowError", "ArithmeticError"},
    {"AssertionError", "Exception"},
    {"AttributeError", "Exception"},
    {"EOFError", "Exception"},
    {"LookupError", "Exception"},
    {"IndexError", "LookupError"},
    {"KeyError", "LookupError"},
    {"NameError", "Exception"},
    {"UnboundLocalError", "NameError"},
    {"OSError", "Exception"},
    {"FileNotFoundError", "OSError"},
    {"FileExistsError", "OSError"},
    {"PermissionError", "OSError"},
    {"IsADirectoryError", "OSError"},
    {"NotADirectoryError", "OSError"},
    {"ConnectionError", "OSError"},
    {"BrokenPipeError", "ConnectionError"},
    {"ConnectionAbortedError", "ConnectionError"},
    {"ConnectionRefusedError", "ConnectionError"},
    {"ConnectionResetError", "ConnectionError"},
    {"RuntimeError", "Exception"},
    {"NotImplementedError", "RuntimeError"},
    {"RecursionError", "RuntimeError"},
    {"TypeError", "Exception"},
    {"ValueError", "Exception"},
    {"UnicodeError", "ValueError"},
    {"UnicodeDecodeError", "UnicodeError"},
    {"UnicodeError", "ValueError"},
};

}  // namespace

const ConstValue* ClassEntity::own_attribute(const std::string& name) const {
  for (const auto& [attr, value] : attributes) {
    if (attr == name) return &value;
  }
  return nullptr;
}

std::string ClassEntity::computed_global(const std::string& name) const {
  for (const ClassEntity* c = this; c != nullptr; c = c->base && c->base->kind == EntityKind::kClass
                                                          ? static_cast<const ClassEntity*>(c->base)
                                                          : nullptr) {
    for (const auto& [attr, value] : c->computed) {
      if (attr == name) return c->qualname + "." + name;
    }
  }
  return "";
}

Program::Program() {
  for (const char* name : kBuiltinFunctions) add_builtin(name);
  for (const auto& exc : kExceptions) add_builtin(exc[0], exc[1]);

  add_stdlib_modules(*this);
  add_ctypes_modules(*this);
}

ModuleEntity* Program::add_provided_module(const std::string& name) {
  return provided_modules_[name] = adopt(std::make_unique<ModuleEntity>(name));
}

void Program::add_builtin(const std::string& name, const std::string& base) {
  const BuiltinEntity* parent = base.empty() ? nullptr : builtin(base);
  auto entity = std::make_unique<BuiltinEntity>(name, parent);
  builtins_[name] = entity.get();
  owned_.push_back(std::move(entity));
}

const BuiltinEntity* Program::builtin(const std::string& name) const {
  auto it = builtins_.find(name);
  return it == builtins_.end() ? nullptr : it->second;
}

ModuleEntity* Program::provided_module(const std::string& name) const {
  auto it = provided_modules_.find(name);
  return it == provided_modules_.end() ? nullptr : it->second;
}

ModuleEntity* Program::add_user_module(std::string name, const SourceFile* source,
                                       const syntax::ast::Module* tree) {
  auto module = std::make_unique<ModuleEntity>(std::move(name));
  module->source = source;
  module->tree = tree;
  ModuleEntity* raw = module.get();
  owned_.push_back(std::move(module));
  user_modules_.push_back(raw);
  user_modules_by_name_[raw->qualname] = raw;
  if (!raw->is_main()) {
    raw->body = add_function(raw->qualify("<module>"), nullptr, raw, nullptr, "<module>");
    raw->body->node = tree;
    raw->body->is_module_body = true;
  }
  return raw;
}

ModuleEntity* Program::user_module(const std::string& name) const {
  auto it = user_modules_by_name_.find(name);
  return it == user_modules_by_name_.end() ? nullptr : it->second;
}

std::set<std::string> Program::imported_provided_modules() const {
  std::set<std::string> out;
  for (const auto& [node, module] : imports_) {
    for (const auto& [name, provided] : provided_modules_)
      if (provided == module) out.insert(name);
  }
  return out;
}

ModuleEntity* Program::imported(const syntax::ast::Node* at) const {
  auto it = imports_.find(at);
  return it == imports_.end() ? nullptr : it->second;
}

const ModuleEntity* Program::module_bound_by(
    const std::vector<const syntax::ast::alias*>& aliases) const {
  const ModuleEntity* module = nullptr;
  for (const syntax::ast::alias* a : aliases) {
    std::string name(a->name.data(), a->name.size());
    std::string root = name.substr(0, name.find('.'));
    const ModuleEntity* m = a->asname.data() ? imported(a) : module_named(root);
    if (m == nullptr || (module != nullptr && m != module)) return nullptr;
    module = m;
  }
  return module;
}

ModuleEntity* Program::module_named(const std::string& name) const {
  ModuleEntity* m = user_module(name);
  return m != nullptr ? m : provided_module(name);
}

std::vector<std::string> module_chain(const std::string& dotted) {
  std::vector<std::string> chain;
  for (size_t dot = dotted.find('.');; dot = dotted.find('.', dot + 1)) {
    chain.push_back(dotted.substr(0, dot));
    if (dot == std::string::npos) return chain;
  }
}

std::string python_qualname(const Entity* entity) {
  const ModuleEntity* module = nullptr;
  if (entity->kind == EntityKind::kFunction)
    module = static_cast<const FunctionEntity*>(entity)->module;
  else if (entity->kind == EntityKind::kClass)
    module = static_cast<const ClassEntity*>(entity)->module;
  if (module == nullptr || module->is_main()) return entity->qualname;
  return entity->qualname.substr(module->qualname.size() + 1);
}

FunctionEntity* Program::add_function(std::string qualname, const syntax::ast::FunctionDef* def,
                                      ModuleEntity* module, ClassEntity* owner, std::string name) {
  auto fn =
      std::make_unique<FunctionEntity>(std::move(qualname), def, module, owner, std::move(name));
  FunctionEntity* raw = fn.get();
  owned_.push_back(std::move(fn));
  functions_.push_back(raw);
  return raw;
}

const syntax::ast::arguments* FunctionEntity::arguments() const {
  if (def != nullptr) return def->args;
  if (node->kind == syntax::ast::NodeKind::kLambda)
    return static_cast<const syntax::ast::Lambda*>(node)->args;
  return nullptr;
}

FunctionEntity* Program::nested_function(const syntax::ast::Node* node,
                                         const FunctionEntity* parent, ModuleEntity* module) {
  auto found = nested_functions_.find(node);
  if (found != nested_functions_.end()) return found->second;
  namespace ast = syntax::ast;
  const ast::FunctionDef* def = nullptr;
  std::string name;
  switch (node->kind) {
    case ast::NodeKind::kFunctionDef:
      def = static_cast<const ast::FunctionDef*>(node);
      name = std::string(def->name.data(), def->name.size());
      break;
    case ast::NodeKind::kLambda:
      name = "<lambda>";
      break;
    default:
      name = "<genexpr>";
      break;
  }
  std::string qualname = parent ? parent->qualname + ".<locals>." + name : module->qualify(name);
  FunctionEntity* fn = add_function(qualname, def, module, nullptr, name);
  fn->node = node;
  fn->parent = parent;
  if (parent != nullptr) {
    // Free variables: names it uses that an enclosing function binds, or
    // takes from further out itself.
    ScopeBindings outer = scope_bindings(*parent->node);
    std::set<std::string> available(outer.names.begin(), outer.names.end());
    available.insert(parent->freevars.begin(), parent->freevars.end());
    for (const std::string& g : outer.globals) available.erase(g);
    for (const auto& [name, aliases] : outer.module_imports) {
      if (module_bound_by(aliases) != nullptr) available.erase(name);  // a constant
    }
    for (const std::string& name : names_free_in(*node)) {
      if (available.count(name)) fn->freevars.push_back(name);
    }
  }
  nested_functions_[node] = fn;
  return fn;
}

ClassEntity* Program::add_class(std::string qualname, const syntax::ast::ClassDef* def,
                                ModuleEntity* module) {
  auto cls = std::make_unique<ClassEntity>(std::move(qualname), def, module);
  ClassEntity* raw = cls.get();
  owned_.push_back(std::move(cls));
  classes_.push_back(raw);
  return raw;
}

bool is_subclass(const Entity* entity, const Entity* ancestor) {
  while (entity != nullptr) {
    if (entity == ancestor) return true;
    if (entity->kind == EntityKind::kClass) {
      entity = static_cast<const ClassEntity*>(entity)->base;
    } else if (entity->kind == EntityKind::kBuiltin) {
      entity = static_cast<const BuiltinEntity*>(entity)->base;
    } else {
      return false;
    }
  }
  return false;
}

}  // namespace krait::flow
