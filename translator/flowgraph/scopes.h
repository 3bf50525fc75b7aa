// Python's scopes for nested functions: which names a scope binds, which it
// takes from enclosing functions (free variables, passed in cells) and
// which of its own it must keep in cells for the scopes nested in it.
//
// Contract. A scope is a `def`, a `lambda` or a generator expression. Its
// locals are its parameters and the names its body binds (assignment,
// loop, with, except, import, del targets; names declared global or
// nonlocal are not local). names_free_in() over-approximates CPython's
// symbol table: every name mentioned anywhere inside the scope (nested
// scopes included) that the scope does not bind. A name that a nested
// scope might read is then kept in a cell even where CPython would not
// need one, which changes no result, only speed.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "translator/syntax/ast.h"

namespace krait::flow {

struct ScopeBindings {
  std::vector<std::string> names;  // parameters first, then in order of first binding
  std::vector<std::string> globals;
  std::vector<std::string> nonlocals;
  // Locals of a def bound only by `import` statements (`import util`), with
  // those statements' aliases: a module, known at translation time.
  std::map<std::string, std::vector<const syntax::ast::alias*>> module_imports;
};

// What `scope` binds (a FunctionDef, Lambda or GeneratorExp node; a
// generator expression binds only its hidden iterator parameter here: its
// targets belong to the comprehension).
ScopeBindings scope_bindings(const syntax::ast::Node& scope);

// The names mentioned inside `scope` that it does not bind itself, plus the
// ones it declares nonlocal.
std::set<std::string> names_free_in(const syntax::ast::Node& scope);

// The nested scopes anywhere inside `scope`'s body (not `scope` itself).
std::vector<const syntax::ast::Node*> nested_scopes(const syntax::ast::Node& scope);

// `def` contains `yield` or `yield from` in its own scope.
bool is_generator_function(const syntax::ast::FunctionDef& def);

// The name of the hidden parameter of a generator expression: the iterator
// over its first `for`, evaluated where the expression is (as CPython's `.0`).
inline constexpr const char* kGenexpIterator = ".0";

}  // namespace krait::flow
