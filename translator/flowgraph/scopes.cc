#include "translator/flowgraph/scopes.h"

#include <map>

#include "translator/syntax/ast_walk.h"

namespace krait::flow {
namespace {

namespace ast = syntax::ast;

std::string to_string(ast::Identifier id) {
  return std::string(id.data(), id.size());
}

bool is_scope(ast::NodeKind kind) {
  switch (kind) {
    case ast::NodeKind::kFunctionDef:
    case ast::NodeKind::kAsyncFunctionDef:
    case ast::NodeKind::kLambda:
    case ast::NodeKind::kClassDef:
    case ast::NodeKind::kGeneratorExp:
    case ast::NodeKind::kListComp:
    case ast::NodeKind::kSetComp:
    case ast::NodeKind::kDictComp:
      return true;
    default:
      return false;
  }
}

// `inner` lies within `outer` in the source.
bool inside(const ast::Location& inner, const ast::Location& outer) {
  auto before = [](int32_t l1, int32_t c1, int32_t l2, int32_t c2) {
    return l1 < l2 || (l1 == l2 && c1 <= c2);
  };
  return before(outer.lineno, outer.col_offset, inner.lineno, inner.col_offset) &&
         before(inner.end_lineno, inner.end_col_offset, outer.end_lineno, outer.end_col_offset);
}

// Collects the names a function body binds, as Python's compiler does:
// assignment targets, loop targets, `with ... as`, `except ... as`, imports,
// `del` and walrus targets; nested functions, classes and comprehensions
// have scopes of their own (only their names are bound here).
class BoundNames {
 public:
  std::vector<std::string> names;
  std::vector<std::string> globals;
  std::vector<std::string> nonlocals;
  // The `import` aliases binding each name, and the names bound otherwise.
  std::map<std::string, std::vector<const ast::alias*>> imports;
  std::set<std::string> bound_otherwise;

  void body(const syntax::Span<ast::Stmt*>& stmts) {
    for (const ast::Stmt* s : stmts) stmt(s);
  }

 private:
  void add(const std::string& name, bool by_import = false) {
    if (!by_import) bound_otherwise.insert(name);
    for (const std::string& n : names) {
      if (n == name) return;
    }
    names.push_back(name);
  }

  void target(const ast::Expr* e) {
    if (e == nullptr) return;
    switch (e->kind) {
      case ast::NodeKind::kName:
        add(to_string(static_cast<const ast::Name*>(e)->id));
        break;
      case ast::NodeKind::kTuple:
      case ast::NodeKind::kList:
        for (const ast::Expr* elt : static_cast<const ast::List*>(e)->elts) target(elt);
        break;
      case ast::NodeKind::kStarred:
        target(static_cast<const ast::Starred*>(e)->value);
        break;
      default:
        break;  // attributes and subscripts bind no name
    }
  }

  void stmt(const ast::Stmt* s) {
    ast::visit_node(*s, [&](const auto& n) { visit(n); });
  }

  template <class T>
  void visit(const T&) {}
  void visit(const ast::FunctionDef& n) { add(to_string(n.name)); }
  void visit(const ast::ClassDef& n) { add(to_string(n.name)); }
  void visit(const ast::Assign& n) {
    for (const ast::Expr* t : n.targets) target(t);
  }
  void visit(const ast::AugAssign& n) { target(n.target); }
  void visit(const ast::AnnAssign& n) {
    if (n.value != nullptr) target(n.target);
  }
  void visit(const ast::For& n) {
    target(n.target);
    body(n.body);
    body(n.orelse);
  }
  void visit(const ast::While& n) {
    body(n.body);
    body(n.orelse);
  }
  void visit(const ast::If& n) {
    body(n.body);
    body(n.orelse);
  }
  void visit(const ast::With& n) {
    for (const ast::withitem* item : n.items) target(item->optional_vars);
    body(n.body);
  }
  void visit(const ast::Match& n) {
    for (const ast::match_case* c : n.cases) {
      ast::for_each_node(*c->pattern, [&](const ast::Node& p) {
        if (p.kind == ast::NodeKind::kMatchAs) {
          ast::Identifier name = static_cast<const ast::MatchAs&>(p).name;
          if (name.data() != nullptr) add(to_string(name));
        } else if (p.kind == ast::NodeKind::kMatchStar) {
          ast::Identifier name = static_cast<const ast::MatchStar&>(p).name;
          if (name.data() != nullptr) add(to_string(name));
        }
      });
      body(c->body);
    }
  }
  void visit(const ast::Try& n) {
    body(n.body);
    for (const ast::ExceptHandler* h : n.handlers) {
      if (h->name.data() != nullptr) add(to_string(h->name));
      body(h->body);
    }
    body(n.orelse);
    body(n.finalbody);
  }
  void visit(const ast::Delete& n) {
    for (const ast::Expr* t : n.targets) target(t);
  }
  void visit(const ast::Import& n) {
    for (const ast::alias* a : n.names) {
      std::string name = to_string(a->asname.data() ? a->asname : a->name);
      name = name.substr(0, name.find('.'));
      add(name, true);
      imports[name].push_back(a);
    }
  }
  void visit(const ast::ImportFrom& n) {
    for (const ast::alias* a : n.names) add(to_string(a->asname.data() ? a->asname : a->name));
  }
  void visit(const ast::Global& n) {
    auto& declared = n.kind == ast::NodeKind::kGlobal ? globals : nonlocals;
    for (ast::Identifier id : n.names) declared.push_back(to_string(id));
  }
};

// Calls f on every node of a scope's body (nested scopes included), not on
// the scope node itself nor its parameters' defaults (evaluated outside).
template <class F>
void for_each_in_body(const ast::Node& scope, F&& f) {
  switch (scope.kind) {
    case ast::NodeKind::kFunctionDef:
    case ast::NodeKind::kAsyncFunctionDef:
      for (const ast::Stmt* s : static_cast<const ast::FunctionDef&>(scope).body)
        ast::for_each_node(*s, f);
      break;
    case ast::NodeKind::kLambda:
      ast::for_each_node(*static_cast<const ast::Lambda&>(scope).body, f);
      break;
    case ast::NodeKind::kGeneratorExp: {
      const auto& g = static_cast<const ast::ListComp&>(scope);
      ast::for_each_node(*g.elt, f);
      for (size_t i = 0; i < g.generators.size; ++i) {
        const ast::comprehension* c = g.generators[i];
        ast::for_each_node(*c->target, f);
        if (i > 0) ast::for_each_node(*c->iter, f);  // the first is evaluated outside
        for (const ast::Expr* cond : c->ifs) ast::for_each_node(*cond, f);
      }
      break;
    }
    default:
      break;
  }
}

void add_parameters(const ast::arguments& args, std::vector<std::string>& names) {
  for (const ast::arg* a : args.posonlyargs) names.push_back(to_string(a->arg_name));
  for (const ast::arg* a : args.args) names.push_back(to_string(a->arg_name));
  if (args.vararg != nullptr) names.push_back(to_string(args.vararg->arg_name));
  for (const ast::arg* a : args.kwonlyargs) names.push_back(to_string(a->arg_name));
  if (args.kwarg != nullptr) names.push_back(to_string(args.kwarg->arg_name));
}

}  // namespace

ScopeBindings scope_bindings(const ast::Node& scope) {
  ScopeBindings out;
  switch (scope.kind) {
    case ast::NodeKind::kFunctionDef:
    case ast::NodeKind::kAsyncFunctionDef: {
      const auto& def = static_cast<const ast::FunctionDef&>(scope);
      add_parameters(*def.args, out.names);
      BoundNames bound;
      bound.body(def.body);
      out.globals = bound.globals;
      out.nonlocals = bound.nonlocals;
      for (const auto& [name, aliases] : bound.imports) {
        if (!bound.bound_otherwise.count(name)) out.module_imports[name] = aliases;
      }
      auto declared = [&](const std::string& name) {
        for (const auto* list : {&out.globals, &out.nonlocals}) {
          for (const std::string& d : *list) {
            if (d == name) return true;
          }
        }
        return false;
      };
      for (const std::string& name : bound.names) {
        bool seen = false;
        for (const std::string& n : out.names) seen = seen || n == name;
        if (!seen && !declared(name)) out.names.push_back(name);
      }
      break;
    }
    case ast::NodeKind::kLambda:
      add_parameters(*static_cast<const ast::Lambda&>(scope).args, out.names);
      break;
    case ast::NodeKind::kGeneratorExp:
      out.names.push_back(kGenexpIterator);
      break;
    default:
      break;
  }
  return out;
}

std::set<std::string> names_free_in(const ast::Node& scope) {
  ScopeBindings bindings = scope_bindings(scope);
  std::set<std::string> bound(bindings.names.begin(), bindings.names.end());
  bound.insert(bindings.globals.begin(), bindings.globals.end());
  std::set<std::string> out(bindings.nonlocals.begin(), bindings.nonlocals.end());
  for_each_in_body(scope, [&](const ast::Node& n) {
    if (n.kind != ast::NodeKind::kName) return;
    std::string name = to_string(static_cast<const ast::Name&>(n).id);
    if (!bound.count(name)) out.insert(name);
  });
  return out;
}

std::vector<const ast::Node*> nested_scopes(const ast::Node& scope) {
  std::vector<const ast::Node*> out;
  for_each_in_body(scope, [&](const ast::Node& n) {
    if (is_scope(n.kind)) out.push_back(&n);
  });
  return out;
}

bool is_generator_function(const ast::FunctionDef& def) {
  // A yield belongs to the innermost scope around it: the walk sees nested
  // scopes too, so yields inside them (by source position) do not count.
  std::vector<ast::Location> yields;
  std::vector<ast::Location> scopes;
  for_each_in_body(def, [&](const ast::Node& n) {
    if (n.kind == ast::NodeKind::kYield || n.kind == ast::NodeKind::kYieldFrom)
      yields.push_back(n.loc);
    if (is_scope(n.kind)) scopes.push_back(n.loc);
  });
  for (const ast::Location& y : yields) {
    bool nested = false;
    for (const ast::Location& scope : scopes) nested = nested || inside(y, scope);
    if (!nested) return true;
  }
  return false;
}

}  // namespace krait::flow
