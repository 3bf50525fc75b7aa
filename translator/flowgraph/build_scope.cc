// Names for the flow-graph builder: which names are local, and how a name
// is read or written (local slot, module constant, run-time global, builtin).
#include "translator/flowgraph/builder_impl.h"
#include "translator/syntax/ast_walk.h"

namespace krait::flow {
namespace {

std::string to_string(ast::Identifier id) {
  return std::string(id.data(), id.size());
}

// Collects the names a function body binds, as Python's compiler does:
// assignment targets, loop targets, `with ... as`, `except ... as`, imports,
// `del` and walrus targets; nested functions, classes and comprehensions
// have scopes of their own (only their names are bound here).
class BoundNames {
 public:
  std::vector<std::string> names;
  std::vector<std::string> globals;

  void body(const syntax::Span<ast::Stmt*>& stmts) {
    for (const ast::Stmt* s : stmts) stmt(s);
  }

 private:
  void add(const std::string& name) {
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
      add(name.substr(0, name.find('.')));
    }
  }
  void visit(const ast::ImportFrom& n) {
    for (const ast::alias* a : n.names) add(to_string(a->asname.data() ? a->asname : a->name));
  }
  void visit(const ast::Global& n) {
    if (n.kind != ast::NodeKind::kGlobal) return;
    for (ast::Identifier id : n.names) globals.push_back(to_string(id));
  }
};

}  // namespace

bool GraphBuilder::is_declared_global(const std::string& name) const {
  for (const std::string& g : declared_global_) {
    if (g == name) return true;
  }
  return false;
}

void GraphBuilder::collect_locals(const ast::FunctionDef& def) {
  BoundNames bound;
  bound.body(def.body);
  declared_global_ = bound.globals;
  auto add_param = [&](const ast::arg* a) {
    std::string name = to_string(a->arg_name);
    int slot = new_slot();
    local_slots_[name] = slot;
    Value* v = graph_->new_variable(name);
    graph_->start()->inputs.push_back(v);
    graph_->parameters.push_back(name);
    env_[slot] = v;
  };
  for (const ast::arg* a : def.args->posonlyargs) add_param(a);
  for (const ast::arg* a : def.args->args) add_param(a);
  if (def.args->vararg != nullptr) add_param(def.args->vararg);
  for (const std::string& name : bound.names) {
    if (local_slots_.count(name) || is_declared_global(name)) continue;
    local_slots_[name] = new_slot();
  }
  name_local_slots();
}

void GraphBuilder::name_local_slots() {
  slot_names_.assign(env_.size(), "");
  for (const auto& [name, slot] : local_slots_) slot_names_[slot] = name;
}

bool GraphBuilder::is_builtin_call(const ast::Expr* e, const std::string& name) const {
  if (e->kind != ast::NodeKind::kCall) return false;
  const ast::Expr* callee = static_cast<const ast::Call*>(e)->func;
  if (callee->kind != ast::NodeKind::kName) return false;
  std::string called = to_string(static_cast<const ast::Name*>(callee)->id);
  if (called != name || local_slots_.count(called)) return false;
  std::optional<ConstValue> value = static_name(called);
  return value && value->is_entity() && value->entity == program_.builtin(name);
}

std::optional<ConstValue> GraphBuilder::static_name(const std::string& name) const {
  auto it = module_.constants.find(name);
  if (it != module_.constants.end()) return it->second;
  if (module_.globals.count(name)) return std::nullopt;
  if (const Entity* b = program_.builtin(name)) return ConstValue::of_entity(b);
  return std::nullopt;
}

int GraphBuilder::load_name(const ast::Name& n) {
  std::string name = to_string(n.id);
  for (auto it = comprehension_scopes_.rbegin(); it != comprehension_scopes_.rend(); ++it) {
    auto found = it->find(name);
    if (found != it->end()) return found->second;
  }
  auto local = local_slots_.find(name);
  if (local != local_slots_.end()) {
    if (env_[local->second] == nullptr && reachable()) {
      error(n, "local variable '" + name + "' is not assigned on every path that reaches this use");
      return -1;
    }
    return local->second;
  }
  if (module_.globals.count(name)) {
    return emit(OpKind::kLoadGlobal, {constant(ConstValue::of_str(name))}, n);
  }
  if (std::optional<ConstValue> value = static_name(name)) return constant_slot(*value);
  error(n, "name '" + name + "' is not defined");
  return -1;
}

void GraphBuilder::note_assignment(const std::string& name, int value_slot, const ast::Node& rhs) {
  const Value* value = get(value_slot);
  if (value == nullptr || value->is_constant() || !local_slots_.count(name)) return;
  SourceRange where = range_of(rhs);
  if (value->range.file == where.file && value->range.begin == where.begin) return;
  graph_->note_assignment(name, value, where);
}

void GraphBuilder::store_name(const std::string& name, int value_slot, const ast::Node& at) {
  for (auto it = comprehension_scopes_.rbegin(); it != comprehension_scopes_.rend(); ++it) {
    auto found = it->find(name);
    if (found != it->end()) {
      env_[found->second] = get(value_slot);
      return;
    }
  }
  auto local = local_slots_.find(name);
  if (local != local_slots_.end()) {
    Value* value = get(value_slot);
    // Name the value after the first Python variable that holds it, so
    // dumps read like the source.
    if (value->is_variable() && value->name.empty()) value->name = name;
    env_[local->second] = value;
    return;
  }
  if (module_.globals.count(name)) {
    emit(OpKind::kStoreGlobal, {constant(ConstValue::of_str(name)), get(value_slot)}, at);
    return;
  }
  if (module_level_ && module_.constants.count(name)) return;  // folded by the scanner
  error(at, "cannot assign to '" + name + "' here");
}

void GraphBuilder::delete_name(const ast::Name& n) {
  std::string name = to_string(n.id);
  auto local = local_slots_.find(name);
  if (local == local_slots_.end()) {
    unsupported(n, "'del' of a global name is");
    return;
  }
  env_[local->second] = nullptr;
}

bool GraphBuilder::is_generator_function(const ast::FunctionDef& def) {
  // A yield belongs to the innermost scope around it: the walk sees nested
  // scopes too, so yields inside them (by source position) do not count.
  auto inside = [](const ast::Location& inner, const ast::Location& outer) {
    auto before = [](int32_t l1, int32_t c1, int32_t l2, int32_t c2) {
      return l1 < l2 || (l1 == l2 && c1 <= c2);
    };
    return before(outer.lineno, outer.col_offset, inner.lineno, inner.col_offset) &&
           before(inner.end_lineno, inner.end_col_offset, outer.end_lineno, outer.end_col_offset);
  };
  std::vector<ast::Location> yields;
  std::vector<ast::Location> scopes;
  for (const ast::Stmt* s : def.body) {
    ast::for_each_node(*s, [&](const ast::Node& n) {
      switch (n.kind) {
        case ast::NodeKind::kYield:
        case ast::NodeKind::kYieldFrom:
          yields.push_back(n.loc);
          break;
        case ast::NodeKind::kFunctionDef:
        case ast::NodeKind::kAsyncFunctionDef:
        case ast::NodeKind::kLambda:
        case ast::NodeKind::kClassDef:
        case ast::NodeKind::kGeneratorExp:
        case ast::NodeKind::kListComp:
        case ast::NodeKind::kSetComp:
        case ast::NodeKind::kDictComp:
          scopes.push_back(n.loc);
          break;
        default:
          break;
      }
    });
  }
  for (const ast::Location& y : yields) {
    bool nested = false;
    for (const ast::Location& scope : scopes) nested = nested || inside(y, scope);
    if (!nested) return true;
  }
  return false;
}

}  // namespace krait::flow
