#include "translator/flowgraph/module_scanner.h"

#include <cmath>
#include <map>
#include <set>

#include "translator/flowgraph/ctypes_declarations.h"
#include "translator/flowgraph/literal.h"
#include "translator/flowgraph/module_imports.h"
#include "translator/syntax/ast_walk.h"

namespace krait::flow {
namespace {

namespace ast = syntax::ast;

std::string to_string(ast::Identifier id) {
  return std::string(id.data(), id.size());
}

// Counts how often each name is bound at module level, and which names any
// function declares `global` (those must stay run-time globals).
class BindingCounter {
 public:
  std::map<std::string, int> bindings;
  std::map<std::string, bool> declared_global;
  // Packages bound by `import pkg.mod` (`import pkg.a` and `import pkg.b`
  // bind pkg once, to the same module).
  std::set<std::string> imported_packages;

  void body(const syntax::Span<ast::Stmt*>& stmts, bool module_level) {
    for (const ast::Stmt* s : stmts) stmt(s, module_level);
  }
  void stmt(const ast::Stmt* s, bool module_level);

 private:
  void target(const ast::Expr* e) {
    if (e == nullptr) return;
    if (e->kind == ast::NodeKind::kName) {
      ++bindings[to_string(static_cast<const ast::Name*>(e)->id)];
    } else if (e->kind == ast::NodeKind::kTuple || e->kind == ast::NodeKind::kList) {
      for (const ast::Expr* item : static_cast<const ast::List*>(e)->elts) target(item);
    } else if (e->kind == ast::NodeKind::kStarred) {
      target(static_cast<const ast::Starred*>(e)->value);
    }
  }
};

void BindingCounter::stmt(const ast::Stmt* s, bool module_level) {
  switch (s->kind) {
    case ast::NodeKind::kFunctionDef:
    case ast::NodeKind::kAsyncFunctionDef: {
      const auto* f = static_cast<const ast::FunctionDef*>(s);
      if (module_level) ++bindings[to_string(f->name)];
      body(f->body, false);
      return;
    }
    case ast::NodeKind::kClassDef: {
      const auto* c = static_cast<const ast::ClassDef*>(s);
      if (module_level) ++bindings[to_string(c->name)];
      body(c->body, false);
      return;
    }
    case ast::NodeKind::kGlobal:
      for (ast::Identifier id : static_cast<const ast::Global*>(s)->names) {
        declared_global[to_string(id)] = true;
      }
      return;
    default:
      break;
  }
  if (module_level) {
    switch (s->kind) {
      case ast::NodeKind::kAssign:
        for (const ast::Expr* t : static_cast<const ast::Assign*>(s)->targets) target(t);
        break;
      case ast::NodeKind::kAugAssign:
        target(static_cast<const ast::AugAssign*>(s)->target);
        ++bindings[""];  // keeps the count honest for unusual targets
        break;
      case ast::NodeKind::kAnnAssign:
        target(static_cast<const ast::AnnAssign*>(s)->target);
        break;
      case ast::NodeKind::kFor:
        target(static_cast<const ast::For*>(s)->target);
        break;
      case ast::NodeKind::kWith:
        for (const ast::withitem* w : static_cast<const ast::With*>(s)->items) {
          target(w->optional_vars);
        }
        break;
      case ast::NodeKind::kImport:
        for (const ast::alias* a : static_cast<const ast::Import*>(s)->names) {
          std::string name = to_string(a->asname.data() ? a->asname : a->name);
          if (a->asname.data() == nullptr) {
            name = name.substr(0, name.find('.'));
            if (!imported_packages.insert(name).second) continue;
          }
          ++bindings[name];
        }
        break;
      case ast::NodeKind::kImportFrom:
        for (const ast::alias* a : static_cast<const ast::ImportFrom*>(s)->names) {
          ++bindings[to_string(a->asname.data() ? a->asname : a->name)];
        }
        break;
      case ast::NodeKind::kTry: {
        const auto* t = static_cast<const ast::Try*>(s);
        for (const ast::ExceptHandler* h : t->handlers) {
          if (h->name.data()) ++bindings[to_string(h->name)];
        }
        break;
      }
      case ast::NodeKind::kMatch:  // capture patterns bind names
        for (const ast::match_case* c : static_cast<const ast::Match*>(s)->cases) {
          ast::for_each_node(*c->pattern, [&](const ast::Node& p) {
            ast::Identifier name;
            if (p.kind == ast::NodeKind::kMatchAs)
              name = static_cast<const ast::MatchAs&>(p).name;
            else if (p.kind == ast::NodeKind::kMatchStar)
              name = static_cast<const ast::MatchStar&>(p).name;
            if (name.data() != nullptr) ++bindings[to_string(name)];
          });
        }
        break;
      default:
        break;
    }
  }
  // Nested statement lists of compound statements.
  switch (s->kind) {
    case ast::NodeKind::kIf: {
      const auto* n = static_cast<const ast::If*>(s);
      body(n->body, module_level);
      body(n->orelse, module_level);
      break;
    }
    case ast::NodeKind::kWhile: {
      const auto* n = static_cast<const ast::While*>(s);
      body(n->body, module_level);
      body(n->orelse, module_level);
      break;
    }
    case ast::NodeKind::kFor: {
      const auto* n = static_cast<const ast::For*>(s);
      body(n->body, module_level);
      body(n->orelse, module_level);
      break;
    }
    case ast::NodeKind::kWith:
      body(static_cast<const ast::With*>(s)->body, module_level);
      break;
    case ast::NodeKind::kMatch:
      for (const ast::match_case* c : static_cast<const ast::Match*>(s)->cases)
        body(c->body, module_level);
      break;
    case ast::NodeKind::kTry: {
      const auto* n = static_cast<const ast::Try*>(s);
      body(n->body, module_level);
      for (const ast::ExceptHandler* h : n->handlers) body(h->body, module_level);
      body(n->orelse, module_level);
      body(n->finalbody, module_level);
      break;
    }
    default:
      break;
  }
}

class Scanner {
 public:
  Scanner(Program& program, ModuleEntity& module, ModuleImporter& importer, DiagnosticSink& sink)
      : program_(program),
        module_(module),
        sink_(sink),
        imports_(program, module, importer, sink),
        ctypes_(program, module, sink, [this](const ast::Expr* e) { return evaluate(e); }) {}

  bool run() {
    module_.scanning = true;
    counter_.body(module_.tree->body, true);
    module_.constants["__name__"] = ConstValue::of_str(module_.qualname);
    class_attribute_stores_ = names_stored_as_attributes();
    for (const ast::Stmt* s : module_.tree->body) {
      top_level(s);
      BindingCounter bound;  // what a circular import of this module finds bound
      bound.stmt(s, true);
      for (const auto& [name, count] : bound.bindings) module_.bound_so_far.insert(name);
    }
    // Every other name bound at module level is a run-time global if a
    // function, a class or another module can see it, else a local of the
    // module body.
    std::set<std::string> nested_reads = names_in_nested_scopes();
    for (const auto& [name, count] : counter_.bindings) {
      if (name.empty() || module_.constants.count(name) || module_.has_global(name)) continue;
      if (nested_reads.count(name) || counter_.declared_global.count(name) || !module_.is_main()) {
        module_.globals[module_.qualify(name)] = SourceRange{module_.source, {}, {}};
      } else {
        module_.body_locals.insert(name);
      }
    }
    module_.scanning = false;
    // Imports the module body does not run at the top level (in functions,
    // under if or try) load their modules now, after this one's names.
    ast::for_each_node(*module_.tree, [&](const ast::Node& n) {
      if (!resolved_imports_.insert(&n).second) return;
      if (n.kind == ast::NodeKind::kImport) {
        for (const ast::alias* a : static_cast<const ast::Import&>(n).names)
          imports_.import_alias(*a);
      } else if (n.kind == ast::NodeKind::kImportFrom) {
        import_from(static_cast<const ast::ImportFrom&>(n), false);
      }
    });
    return ok_ && imports_.ok() && ctypes_.ok();
  }

 private:
  // (X, attr) for every `X.attr = ...` / `X.attr += ...` in the module: a
  // class attribute rebound through its class is computed, not constant.
  std::set<std::pair<std::string, std::string>> names_stored_as_attributes() const {
    std::set<std::pair<std::string, std::string>> out;
    auto note = [&](const ast::Expr* target) {
      if (target->kind != ast::NodeKind::kAttribute) return;
      const auto* a = static_cast<const ast::Attribute*>(target);
      if (a->value->kind != ast::NodeKind::kName) return;
      out.emplace(to_string(static_cast<const ast::Name*>(a->value)->id), to_string(a->attr));
    };
    ast::for_each_node(*module_.tree, [&](const ast::Node& n) {
      if (n.kind == ast::NodeKind::kAssign) {
        for (const ast::Expr* t : static_cast<const ast::Assign&>(n).targets) note(t);
      } else if (n.kind == ast::NodeKind::kAugAssign) {
        note(static_cast<const ast::AugAssign&>(n).target);
      }
    });
    return out;
  }

  // Every name mentioned inside a def, lambda, generator expression or class
  // of the module.
  std::set<std::string> names_in_nested_scopes() const {
    std::set<std::string> names;
    auto collect_names = [&](const ast::Node& n) {
      if (n.kind == ast::NodeKind::kName)
        names.insert(to_string(static_cast<const ast::Name&>(n).id));
    };
    ast::for_each_node(*module_.tree, [&](const ast::Node& n) {
      if (n.kind == ast::NodeKind::kFunctionDef || n.kind == ast::NodeKind::kLambda ||
          n.kind == ast::NodeKind::kClassDef || n.kind == ast::NodeKind::kGeneratorExp) {
        ast::for_each_node(n, collect_names);
      }
    });
    return names;
  }

  SourceRange range_of(const ast::Node& n) const {
    return {
        module_.source, {n.loc.lineno, n.loc.col_offset}, {n.loc.end_lineno, n.loc.end_col_offset}};
  }
  void error(const ast::Node& n, const std::string& message) {
    ok_ = false;
    sink_.error(range_of(n), message);
  }

  bool bound_once(const std::string& name) const {
    auto it = counter_.bindings.find(name);
    return it != counter_.bindings.end() && it->second == 1 &&
           !counter_.declared_global.count(name);
  }

  void bind_constant(const std::string& name, ConstValue value, const ast::Node& at) {
    if (!bound_once(name)) {
      if (value.is_entity()) {
        error(at, "'" + name + "' names a " + entity_kind_name(value.entity->kind) +
                      " and is bound again at module level; Krait needs it bound once");
      }
      return;
    }
    module_.constants[name] = std::move(value);
  }

  void top_level(const ast::Stmt* s) {
    std::optional<ConstValue> declared;
    if (ctypes_.statement(s, declared)) {
      if (declared && s->kind == ast::NodeKind::kAssign) {
        const auto* target = static_cast<const ast::Assign*>(s)->targets[0];
        bind_constant(to_string(static_cast<const ast::Name*>(target)->id), *declared, *s);
      }
      return;
    }
    switch (s->kind) {
      case ast::NodeKind::kFunctionDef: {
        // A decorated function is a run-time global: the module body binds
        // it to what the decorators return (see the graph builder); but
        // @functools.cache and @lru_cache leave the function as it is.
        const auto* f = static_cast<const ast::FunctionDef*>(s);
        bool memoized = f->decorator_list.size == 1 && is_cache_decorator(f->decorator_list[0]);
        if (!f->decorator_list.empty() && !memoized) break;
        std::string name = to_string(f->name);
        FunctionEntity* fn =
            program_.add_function(module_.qualify(name), f, &module_, nullptr, name);
        fn->memoized = memoized;
        note_computed_defaults(*fn);
        bind_constant(name, ConstValue::of_entity(fn), *s);
        break;
      }
      case ast::NodeKind::kClassDef:
        class_def(static_cast<const ast::ClassDef&>(*s));
        break;
      case ast::NodeKind::kImport:
        resolved_imports_.insert(s);
        for (const ast::alias* a : static_cast<const ast::Import*>(s)->names) {
          std::string name = to_string(a->asname.data() ? a->asname : a->name);
          if (ModuleEntity* m = imports_.import_alias(*a))
            bind_constant(name.substr(0, name.find('.')), ConstValue::of_entity(m), *a);
        }
        break;
      case ast::NodeKind::kImportFrom:
        import_from(static_cast<const ast::ImportFrom&>(*s), true);
        break;
      case ast::NodeKind::kAssign: {
        const auto* a = static_cast<const ast::Assign*>(s);
        if (a->targets.size != 1 || a->targets[0]->kind != ast::NodeKind::kName) break;
        std::string name = to_string(static_cast<const ast::Name*>(a->targets[0])->id);
        if (!bound_once(name)) break;
        if (std::optional<ConstValue> value = evaluate(a->value)) module_.constants[name] = *value;
        break;
      }
      default:
        break;
    }
  }

  // `from m import a, b as c`: binds the names known now (constants of m,
  // submodules) when the statement is at the top level.
  void import_from(const ast::ImportFrom& n, bool top_level) {
    resolved_imports_.insert(&n);
    if (n.level == 0 && n.module.data() && to_string(n.module) == "__future__") return;
    ModuleEntity* m = imports_.import_from(n);
    if (m == nullptr) return;
    if (star_import_of_provided(n, *m, top_level)) return;
    for (const ast::alias* a : n.names) {
      std::optional<ConstValue> value = imports_.imported_name(*m, *a);
      if (value && top_level)
        bind_constant(to_string(a->asname.data() ? a->asname : a->name), *value, *a);
    }
  }

  // `from ctypes import *` (a module Krait provides) at the top level: its
  // public names the module does not bind itself become its constants.
  bool star_import_of_provided(const ast::ImportFrom& n, ModuleEntity& m, bool top_level) {
    if (n.names.size != 1 || to_string(n.names[0]->name) != "*" || m.tree != nullptr) return false;
    if (!top_level) {
      error(n, "'from " + m.qualname + " import *' is allowed only at module level");
      return true;
    }
    for (const auto& [name, value] : m.constants) {
      if (name[0] != '_' && !counter_.bindings.count(name)) module_.constants[name] = value;
    }
    return true;
  }

  void class_def(const ast::ClassDef& n) {
    std::string name = to_string(n.name);
    ClassEntity* cls = program_.add_class(module_.qualify(name), &n, &module_);
    if (!n.decorator_list.empty())
      error(*n.decorator_list[0], "class decorators are not supported by Krait yet");
    if (!n.keywords.empty())
      error(*n.keywords[0], "class keywords (metaclass=...) are not supported by Krait");
    if (n.bases.size >= 1) {
      std::optional<ConstValue> base = evaluate(n.bases[0]);
      const Entity* e = base && base->is_entity() ? base->entity : nullptr;
      bool is_class =
          e != nullptr &&
          (e->kind == EntityKind::kClass ||
           (e->kind == EntityKind::kBuiltin && (is_subclass(e, program_.builtin("BaseException")) ||
                                                e == program_.builtin("object"))));
      if (!is_class) {
        error(*n.bases[0],
              "a base class must be a class defined in the program, 'object' or a built-in "
              "exception");
      } else if (e != program_.builtin("object")) {
        cls->base = e;
      }
    }
    for (const ast::Stmt* s : n.body) class_member(*cls, s);
    for (size_t i = 1; i < n.bases.size; ++i) mix_in(*cls, *n.bases[i]);
    bind_constant(name, ConstValue::of_entity(cls), n);
  }

  // A further base class is a mix-in: its methods and constants (and its
  // bases') that neither the class nor its first base's chain defines are
  // copied into the class, which is what CPython's method resolution order
  // finds for bases whose hierarchies do not meet. The copies are methods
  // of the class (self is the class's instance).
  void mix_in(ClassEntity& cls, const ast::Expr& base) {
    std::optional<ConstValue> value = evaluate(&base);
    const Entity* e = value && value->is_entity() ? value->entity : nullptr;
    if (e == nullptr || e->kind != EntityKind::kClass) {
      error(base, "a further base class (a mix-in) must be a class defined in the program");
      return;
    }
    for (const Entity* c = e; c != nullptr && c->kind == EntityKind::kClass;
         c = static_cast<const ClassEntity*>(c)->base) {
      const auto& mixin = static_cast<const ClassEntity&>(*c);
      if (is_subclass(&cls, c)) {
        error(base, "the mix-in " + mixin.qualname + " is also a base of " + cls.qualname +
                        "'s first base, which Krait does not support");
        return;
      }
      if (!mixin.computed.empty()) {
        error(base, "a mix-in class with computed class attributes (" + mixin.computed[0].first +
                        " of " + mixin.qualname + ") is not supported");
        return;
      }
      for (const auto& [name, member] : mixin.attributes) {
        if (defines(cls, name)) continue;
        if (!member.is_entity() || member.entity->kind != EntityKind::kFunction) {
          cls.attributes.emplace_back(name, member);
          continue;
        }
        cls.attributes.emplace_back(
            name, ConstValue::of_entity(
                      copy_method(cls, *static_cast<const FunctionEntity*>(member.entity))));
      }
    }
  }

  // Defaults that are not literals, names or attributes (a list, a call,
  // arithmetic ...) are computed when the def runs, into a module global.
  void note_computed_defaults(FunctionEntity& fn) {
    const ast::arguments* args = fn.def->args;
    auto note = [&](const ast::arg* param, const ast::Expr* value) {
      if (value == nullptr) return;
      switch (value->kind) {
        case ast::NodeKind::kConstant:
        case ast::NodeKind::kName:
        case ast::NodeKind::kAttribute:
        case ast::NodeKind::kUnaryOp:
        case ast::NodeKind::kTuple:
          return;  // constants the annotator evaluates (or rejects)
        default:
          break;
      }
      std::string name = to_string(param->arg_name);
      fn.computed_defaults.emplace_back(name, value);
      module_.globals[fn.default_global(name)] = range_of(*value);
    };
    std::vector<const ast::arg*> positional(args->posonlyargs.begin(), args->posonlyargs.end());
    positional.insert(positional.end(), args->args.begin(), args->args.end());
    size_t first = positional.size() - args->defaults.size;
    for (size_t i = first; i < positional.size(); ++i)
      note(positional[i], args->defaults[i - first]);
    for (size_t k = 0; k < args->kwonlyargs.size; ++k)
      note(args->kwonlyargs[k], args->kw_defaults[k]);
  }

  // `name` is an attribute of cls or of a class in its first base's chain.
  static bool defines(const ClassEntity& cls, const std::string& name) {
    for (const Entity* c = &cls; c != nullptr && c->kind == EntityKind::kClass;
         c = static_cast<const ClassEntity*>(c)->base) {
      if (static_cast<const ClassEntity*>(c)->own_attribute(name) != nullptr) return true;
    }
    return false;
  }

  FunctionEntity* copy_method(ClassEntity& cls, const FunctionEntity& method) {
    FunctionEntity* fn = program_.add_function(cls.qualname + "." + method.name, method.def,
                                               method.module, &cls, method.name);
    fn->method_kind = method.method_kind;
    fn->computed_defaults = method.computed_defaults;
    for (const auto& [param, value] : fn->computed_defaults)
      module_.globals[fn->default_global(param)] = range_of(*value);
    if (method.setter != nullptr) fn->setter = copy_method(cls, *method.setter);
    return fn;
  }

  void class_member(ClassEntity& cls, const ast::Stmt* s) {
    switch (s->kind) {
      case ast::NodeKind::kFunctionDef: {
        const auto* f = static_cast<const ast::FunctionDef*>(s);
        std::string name = to_string(f->name);
        FunctionEntity* fn =
            program_.add_function(cls.qualname + "." + name, f, &module_, &cls, name);
        note_computed_defaults(*fn);
        if (f->decorator_list.size > 1) {
          error(*f->decorator_list[1], "more than one decorator on a method is not supported");
          return;
        }
        if (f->decorator_list.size == 1) {
          const ast::Expr* d = f->decorator_list[0];
          if (is_builtin_name(d, "staticmethod")) {
            fn->method_kind = FunctionEntity::MethodKind::kStatic;
          } else if (is_builtin_name(d, "classmethod")) {
            fn->method_kind = FunctionEntity::MethodKind::kClass;
          } else if (is_builtin_name(d, "property")) {
            fn->method_kind = FunctionEntity::MethodKind::kProperty;
          } else if (const FunctionEntity* getter = property_setter_of(cls, d, name)) {
            const_cast<FunctionEntity*>(getter)->setter = fn;  // not an attribute of its own
            return;
          } else {
            error(*d,
                  "this method decorator is not supported (staticmethod, classmethod, property "
                  "and a property's .setter are)");
            return;
          }
        }
        cls.attributes.emplace_back(name, ConstValue::of_entity(fn));
        return;
      }
      case ast::NodeKind::kAssign: {
        const auto* a = static_cast<const ast::Assign*>(s);
        std::optional<ConstValue> value = evaluate(a->value);
        if (a->targets.size != 1 || a->targets[0]->kind != ast::NodeKind::kName) {
          error(*s, "a class attribute must be assigned to a single name");
          return;
        }
        std::string name = to_string(static_cast<const ast::Name*>(a->targets[0])->id);
        if (const FunctionEntity* fn = static_method_value(a->value)) {  // f = staticmethod(...)
          cls.attributes.emplace_back(name, ConstValue::of_entity(fn));
          return;
        }
        if (value && !class_attribute_stores_.count({python_qualname(&cls), name})) {
          cls.attributes.emplace_back(name, *value);
        } else {  // computed by the module body when the class statement runs
          cls.computed.emplace_back(name, a->value);
          module_.globals[cls.qualname + "." + name] = range_of(*s);
        }
        return;
      }
      case ast::NodeKind::kPass:
        return;
      case ast::NodeKind::kExprStmt: {
        const ast::Expr* e = static_cast<const ast::ExprStmt*>(s)->value;
        if (e->kind == ast::NodeKind::kConstant) return;  // docstring
        break;
      }
      default:
        break;
    }
    error(*s, std::string("this statement in a class body (") + ast::node_kind_name(s->kind) +
                  ") is not supported by Krait yet");
  }

  // `e` names the builtin `name` (not rebound in the module).
  // The entity a module-level name or `module.name` is bound to, or null.
  const Entity* bound_entity(const ast::Expr* e) const {
    const std::map<std::string, ConstValue>* scope = &module_.constants;
    std::string name;
    if (e->kind == ast::NodeKind::kName) {
      name = to_string(static_cast<const ast::Name*>(e)->id);
    } else if (e->kind == ast::NodeKind::kAttribute) {
      const auto* a = static_cast<const ast::Attribute*>(e);
      const Entity* m = bound_entity(a->value);
      if (m == nullptr || m->kind != EntityKind::kModule) return nullptr;
      scope = &static_cast<const ModuleEntity*>(m)->constants;
      name = to_string(a->attr);
    } else {
      return nullptr;
    }
    auto it = scope->find(name);
    return it != scope->end() && it->second.is_entity() ? it->second.entity : nullptr;
  }

  // @functools.cache, @functools.lru_cache, @functools.lru_cache(...)
  // (however the names were imported).
  bool is_cache_decorator(const ast::Expr* d) const {
    bool called = d->kind == ast::NodeKind::kCall;
    const Entity* e = bound_entity(called ? static_cast<const ast::Call*>(d)->func : d);
    if (e == nullptr) return false;
    return e->qualname == "functools.lru_cache" || (!called && e->qualname == "functools.cache");
  }

  bool is_builtin_name(const ast::Expr* e, const char* name) const {
    if (e->kind != ast::NodeKind::kName) return false;
    std::string id = to_string(static_cast<const ast::Name*>(e)->id);
    return id == name && !counter_.bindings.count(id);
  }

  // `@name.setter` above a def named `name`: the property's getter.
  const FunctionEntity* property_setter_of(const ClassEntity& cls, const ast::Expr* d,
                                           const std::string& name) const {
    if (d->kind != ast::NodeKind::kAttribute) return nullptr;
    const auto* a = static_cast<const ast::Attribute*>(d);
    if (to_string(a->attr) != "setter" || a->value->kind != ast::NodeKind::kName ||
        to_string(static_cast<const ast::Name*>(a->value)->id) != name)
      return nullptr;
    const ConstValue* getter = cls.own_attribute(name);
    if (getter == nullptr || !getter->is_entity()) return nullptr;
    const auto* fn = static_cast<const FunctionEntity*>(getter->entity);
    return fn->method_kind == FunctionEntity::MethodKind::kProperty ? fn : nullptr;
  }

  // `staticmethod(lambda ...)` or `staticmethod(f)` in a class body.
  const FunctionEntity* static_method_value(const ast::Expr* e) {
    if (e->kind != ast::NodeKind::kCall) return nullptr;
    const auto* call = static_cast<const ast::Call*>(e);
    if (!is_builtin_name(call->func, "staticmethod") || call->args.size != 1) return nullptr;
    const ast::Expr* target = call->args[0];
    FunctionEntity* fn = nullptr;
    if (target->kind == ast::NodeKind::kLambda) {
      fn = program_.nested_function(target, nullptr, &module_);
    } else if (std::optional<ConstValue> v = evaluate(target);
               v && v->is_entity() && v->entity->kind == EntityKind::kFunction) {
      fn = const_cast<FunctionEntity*>(static_cast<const FunctionEntity*>(v->entity));
    }
    if (fn != nullptr) fn->method_kind = FunctionEntity::MethodKind::kStatic;
    return fn;
  }

  // The value of a constant expression, if it is one; names bound before
  // (constants, functions, classes, modules, builtins) count as constants.
  std::optional<ConstValue> evaluate(const ast::Expr* e) {
    switch (e->kind) {
      case ast::NodeKind::kConstant:
        return literal_value(static_cast<const ast::Constant*>(e)->value);
      case ast::NodeKind::kName: {
        std::string name = to_string(static_cast<const ast::Name*>(e)->id);
        auto it = module_.constants.find(name);
        if (it != module_.constants.end()) return it->second;
        if (counter_.bindings.count(name)) return std::nullopt;
        if (const Entity* b = program_.builtin(name)) return ConstValue::of_entity(b);
        return std::nullopt;
      }
      case ast::NodeKind::kAttribute: {
        const auto* a = static_cast<const ast::Attribute*>(e);
        std::optional<ConstValue> base = evaluate(a->value);
        if (!base || !base->is_entity() || base->entity->kind != EntityKind::kModule)
          return std::nullopt;
        const auto* m = static_cast<const ModuleEntity*>(base->entity);
        auto it = m->constants.find(to_string(a->attr));
        if (it == m->constants.end()) return std::nullopt;
        return it->second;
      }
      case ast::NodeKind::kTuple: {
        std::vector<ConstValue> items;
        for (const ast::Expr* item : static_cast<const ast::List*>(e)->elts) {
          std::optional<ConstValue> v = evaluate(item);
          if (!v) return std::nullopt;
          items.push_back(*v);
        }
        return ConstValue::of_tuple(std::move(items));
      }
      case ast::NodeKind::kUnaryOp: {
        if (std::optional<ConstValue> folded = evaluate_int64(e)) return folded;
        const auto* u = static_cast<const ast::UnaryOp*>(e);
        std::optional<ConstValue> v = evaluate(u->operand);
        if (!v || u->op != ast::UnaryOperator::USub) return std::nullopt;
        if (v->kind == ConstValue::Kind::kFloat) return ConstValue::of_float(-v->float_value);
        if (v->kind == ConstValue::Kind::kInt && v->int_value != INT64_MIN) {
          return ConstValue::of_int(-v->int_value);
        }
        return std::nullopt;
      }
      case ast::NodeKind::kBinOp: {
        if (std::optional<ConstValue> folded = evaluate_int64(e)) return folded;
        const auto* b = static_cast<const ast::BinOp*>(e);
        std::optional<ConstValue> l = evaluate(b->left);
        std::optional<ConstValue> r = l ? evaluate(b->right) : std::nullopt;
        if (!l || !r) return std::nullopt;
        return fold_binary(b->op, *l, *r);
      }
      default:
        return std::nullopt;
    }
  }

  // Integer arithmetic folded with 128-bit intermediates, as Python's big
  // ints compute it (`MAXINT = 2 ** 63 - 1`): the value when it fits in 64
  // bits (anything else is left to run time, where it overflows).
  std::optional<ConstValue> evaluate_int64(const ast::Expr* e) {
    std::optional<__int128> v = evaluate_wide(e);
    if (!v || *v < INT64_MIN || *v > INT64_MAX) return std::nullopt;
    return ConstValue::of_int(static_cast<int64_t>(*v));
  }

  std::optional<__int128> evaluate_wide(const ast::Expr* e) {
    if (e->kind == ast::NodeKind::kUnaryOp) {
      const auto* u = static_cast<const ast::UnaryOp*>(e);
      std::optional<__int128> v = evaluate_wide(u->operand);
      if (!v) return std::nullopt;
      __int128 negated = 0;
      switch (u->op) {
        case ast::UnaryOperator::USub:
          if (__builtin_sub_overflow(__int128(0), *v, &negated)) return std::nullopt;
          return negated;
        case ast::UnaryOperator::UAdd:
          return *v;
        case ast::UnaryOperator::Invert:
          return ~*v;
        default:
          return std::nullopt;
      }
    }
    if (e->kind == ast::NodeKind::kBinOp) {
      const auto* b = static_cast<const ast::BinOp*>(e);
      std::optional<__int128> l = evaluate_wide(b->left);
      std::optional<__int128> r = l ? evaluate_wide(b->right) : std::nullopt;
      if (!l || !r) return std::nullopt;
      return fold_wide(b->op, *l, *r);
    }
    if (e->kind != ast::NodeKind::kConstant && e->kind != ast::NodeKind::kName) return std::nullopt;
    std::optional<ConstValue> leaf = evaluate(e);
    if (!leaf || leaf->kind != ConstValue::Kind::kInt) return std::nullopt;
    return leaf->int_value;
  }

  // a OP b on Python ints, nullopt when the result needs more than 127 bits
  // or is not an int (a negative power, a division by zero).
  static std::optional<__int128> fold_wide(ast::Operator op, __int128 a, __int128 b) {
    __int128 out = 0;
    switch (op) {
      case ast::Operator::Add:
        if (__builtin_add_overflow(a, b, &out)) return std::nullopt;
        return out;
      case ast::Operator::Sub:
        if (__builtin_sub_overflow(a, b, &out)) return std::nullopt;
        return out;
      case ast::Operator::Mult:
        if (__builtin_mul_overflow(a, b, &out)) return std::nullopt;
        return out;
      case ast::Operator::FloorDiv:
      case ast::Operator::Mod: {
        if (b == 0) return std::nullopt;
        __int128 q = a / b, m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) {
          q -= 1;
          m += b;
        }
        return op == ast::Operator::FloorDiv ? q : m;
      }
      case ast::Operator::Pow: {
        if (b < 0) return std::nullopt;
        __int128 result = 1;
        for (__int128 i = 0; i < b; ++i) {
          if (__builtin_mul_overflow(result, a, &result)) return std::nullopt;
          if (result == 0 || result == 1) break;  // 0 ** n, 1 ** n
        }
        return result;
      }
      case ast::Operator::LShift:
        if (b < 0 || b > 126 || __builtin_mul_overflow(a, __int128(1) << b, &out))
          return std::nullopt;
        return out;
      case ast::Operator::RShift:
        if (b < 0) return std::nullopt;
        return b >= 127 ? (a < 0 ? -1 : 0) : a >> b;
      case ast::Operator::BitAnd:
        return a & b;
      case ast::Operator::BitOr:
        return a | b;
      case ast::Operator::BitXor:
        return a ^ b;
      default:
        return std::nullopt;
    }
  }

  // Folds arithmetic on float constants, and on int constants where the
  // result is exact and fits (anything else is left to run time).
  static std::optional<ConstValue> fold_binary(ast::Operator op, const ConstValue& l,
                                               const ConstValue& r) {
    using K = ConstValue::Kind;
    bool ints = l.kind == K::kInt && r.kind == K::kInt;
    bool numbers =
        (l.kind == K::kInt || l.kind == K::kFloat) && (r.kind == K::kInt || r.kind == K::kFloat);
    if (l.kind == K::kStr && r.kind == K::kStr && op == ast::Operator::Add) {
      return ConstValue::of_str(l.text + r.text);
    }
    if (ints) {
      int64_t a = l.int_value, b = r.int_value, out = 0;
      switch (op) {
        case ast::Operator::Add:
          if (__builtin_add_overflow(a, b, &out)) return std::nullopt;
          return ConstValue::of_int(out);
        case ast::Operator::Sub:
          if (__builtin_sub_overflow(a, b, &out)) return std::nullopt;
          return ConstValue::of_int(out);
        case ast::Operator::Mult:
          if (__builtin_mul_overflow(a, b, &out)) return std::nullopt;
          return ConstValue::of_int(out);
        default:
          return std::nullopt;
      }
    }
    if (!numbers) return std::nullopt;
    double a = l.kind == K::kInt ? static_cast<double>(l.int_value) : l.float_value;
    double b = r.kind == K::kInt ? static_cast<double>(r.int_value) : r.float_value;
    switch (op) {
      case ast::Operator::Add:
        return ConstValue::of_float(a + b);
      case ast::Operator::Sub:
        return ConstValue::of_float(a - b);
      case ast::Operator::Mult:
        return ConstValue::of_float(a * b);
      case ast::Operator::Div:
        if (b == 0.0) return std::nullopt;
        return ConstValue::of_float(a / b);
      default:
        return std::nullopt;
    }
  }

  Program& program_;
  ModuleEntity& module_;
  DiagnosticSink& sink_;
  BindingCounter counter_;
  std::set<std::pair<std::string, std::string>> class_attribute_stores_;
  ImportResolver imports_;
  std::set<const ast::Node*> resolved_imports_;  // import statements seen
  CtypesDeclarations ctypes_;
  bool ok_ = true;
};

}  // namespace

bool scan_module(Program& program, ModuleEntity& module, ModuleImporter& importer,
                 DiagnosticSink& sink) {
  return Scanner(program, module, importer, sink).run();
}

}  // namespace krait::flow
