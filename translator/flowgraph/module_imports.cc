#include "translator/flowgraph/module_imports.h"

#include <set>

#include "translator/syntax/ast_walk.h"

namespace krait::flow {
namespace {

namespace ast = syntax::ast;

std::string to_string(ast::Identifier id) {
  return std::string(id.data(), id.size());
}

// Modules CPython finds before any file of the program: those built into
// the interpreter and those frozen into it (CPython 3.11).
bool found_before_program_files(const std::string& name) {
  static const std::set<std::string> kBuiltIn = {"sys",
                                                 "builtins",
                                                 "time",
                                                 "itertools",
                                                 "gc",
                                                 "errno",
                                                 "marshal",
                                                 "posix",
                                                 "pwd",
                                                 "atexit",
                                                 "abc",
                                                 "codecs",
                                                 "io",
                                                 "os",
                                                 "stat",
                                                 "posixpath",
                                                 "genericpath",
                                                 "site",
                                                 "_collections_abc"};
  return kBuiltIn.count(name.substr(0, name.find('.'))) != 0;
}

std::string parent_of(const std::string& name) {
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? "" : name.substr(0, dot);
}

}  // namespace

void ImportResolver::error(const ast::Node& at, const std::string& message) {
  ok_ = false;
  sink_.error({importing_.source,
               {at.loc.lineno, at.loc.col_offset},
               {at.loc.end_lineno, at.loc.end_col_offset}},
              message);
}

ModuleEntity* ImportResolver::module_named(const std::string& name, const ast::Node& at) {
  if (name == "__main__" || (name == importing_.qualname && importing_.is_main())) {
    error(at, "importing the main program as a module is not supported by Krait");
    return nullptr;
  }
  if (!found_before_program_files(name)) {
    bool failed = false;
    if (ModuleEntity* m = importer_.import(name, failed)) {
      // A submodule is an attribute of its package once imported.
      if (ModuleEntity* package = program_.user_module(parent_of(name)))
        package->constants[name.substr(name.rfind('.') + 1)] = ConstValue::of_entity(m);
      return m;
    }
    if (failed) {
      ok_ = false;
      return nullptr;
    }
  }
  if (ModuleEntity* m = program_.provided_module(name)) return m;
  std::string parent = parent_of(name);
  if (const ModuleEntity* package = parent.empty() ? nullptr : program_.user_module(parent)) {
    error(at, "no module named '" + name + "': " +
                  (package->is_package ? "package '" + parent + "' has no module '" +
                                             name.substr(parent.size() + 1) + "'"
                                       : "'" + parent + "' is not a package"));
  } else {
    error(at, "module '" + name +
                  "' is not supported by Krait (and the program has no module of that name)");
  }
  return nullptr;
}

ModuleEntity* ImportResolver::import_alias(const ast::alias& alias) {
  ModuleEntity* root = nullptr;
  ModuleEntity* last = nullptr;
  for (const std::string& name : module_chain(to_string(alias.name))) {
    last = module_named(name, alias);
    if (last == nullptr) return nullptr;
    if (root == nullptr) root = last;
  }
  program_.note_import(&alias, last);
  return alias.asname.data() != nullptr ? last : root;
}

std::string ImportResolver::absolute_name(const ast::ImportFrom& statement) {
  std::string module = statement.module.data() ? to_string(statement.module) : "";
  if (statement.level == 0) return module;
  if (importing_.is_main()) {
    error(statement, "attempted relative import with no known parent package");
    return "";
  }
  // The package the module is in (a package's __init__ is in itself).
  std::string base = importing_.is_package ? importing_.qualname : parent_of(importing_.qualname);
  for (int up = 1; up < statement.level && !base.empty(); ++up) base = parent_of(base);
  if (base.empty()) {
    error(statement, "attempted relative import beyond top-level package");
    return "";
  }
  return module.empty() ? base : base + "." + module;
}

ModuleEntity* ImportResolver::import_from(const ast::ImportFrom& statement) {
  std::string name = absolute_name(statement);
  if (name.empty()) return nullptr;
  ModuleEntity* m = nullptr;
  for (const std::string& prefix : module_chain(name)) {
    m = module_named(prefix, statement);
    if (m == nullptr) return nullptr;
  }
  program_.note_import(&statement, m);
  return m;
}

std::optional<ConstValue> ImportResolver::imported_name(ModuleEntity& module,
                                                        const ast::alias& alias) {
  std::string name = to_string(alias.name);
  if (name == "*") {
    error(alias, "'from " + module.qualname + " import *' is not supported; import the names");
    return std::nullopt;
  }
  auto constant = module.constants.find(name);
  if (constant != module.constants.end()) return constant->second;
  if (module.tree == nullptr) {  // a module Krait provides
    error(alias,
          "module '" + module.qualname + "' has no attribute '" + name + "' that Krait provides");
    return std::nullopt;
  }
  if (module.has_global(name)) return std::nullopt;
  // CPython then tries the submodule of that name.
  bool failed = false;
  if (ModuleEntity* sub = importer_.import(module.qualname + "." + name, failed)) {
    module.constants[name] = ConstValue::of_entity(sub);
    program_.note_import(&alias, sub);
    return ConstValue::of_entity(sub);
  }
  if (failed)
    ok_ = false;
  else if (!module.scanning)
    error(alias, "cannot import name '" + name + "' from '" + module.qualname + "'");
  else if (!module.bound_so_far.count(name))
    error(alias, "cannot import name '" + name + "' from partially initialized module '" +
                     module.qualname + "' (most likely due to a circular import)");
  return std::nullopt;
}

namespace {

// The module an expression of `module` names at translation time (`config`,
// `pkg.sub`), else null.
ModuleEntity* module_named_by(const ModuleEntity& module, const ast::Expr* e) {
  const ConstValue* value = nullptr;
  if (e->kind == ast::NodeKind::kName) {
    auto it = module.constants.find(to_string(static_cast<const ast::Name*>(e)->id));
    if (it != module.constants.end()) value = &it->second;
  } else if (e->kind == ast::NodeKind::kAttribute) {
    const auto* a = static_cast<const ast::Attribute*>(e);
    if (const ModuleEntity* outer = module_named_by(module, a->value)) {
      auto it = outer->constants.find(to_string(a->attr));
      if (it != outer->constants.end()) value = &it->second;
    }
  }
  if (value == nullptr || !value->is_entity() || value->entity->kind != EntityKind::kModule)
    return nullptr;
  return const_cast<ModuleEntity*>(static_cast<const ModuleEntity*>(value->entity));
}

}  // namespace

void unfold_names_rebound_elsewhere(Program& program) {
  for (ModuleEntity* module : program.user_modules()) {
    auto unfold = [&](const ast::Expr* target) {
      if (target->kind != ast::NodeKind::kAttribute) return;
      const auto* a = static_cast<const ast::Attribute*>(target);
      ModuleEntity* owner = module_named_by(*module, a->value);
      if (owner == nullptr || owner->tree == nullptr) return;
      std::string name = to_string(a->attr);
      auto it = owner->constants.find(name);
      if (it == owner->constants.end() || it->second.is_entity() || name == "__name__") return;
      owner->constants.erase(it);
      owner->globals[owner->qualify(name)] = SourceRange{owner->source, {}, {}};
    };
    ast::for_each_node(*module->tree, [&](const ast::Node& n) {
      if (n.kind == ast::NodeKind::kAssign) {
        for (const ast::Expr* t : static_cast<const ast::Assign&>(n).targets) unfold(t);
      } else if (n.kind == ast::NodeKind::kAugAssign) {
        unfold(static_cast<const ast::AugAssign&>(n).target);
      }
    });
  }
}

}  // namespace krait::flow
