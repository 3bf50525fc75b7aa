// Names for the flow-graph builder: which names are local, and how a name
// is read or written (local slot, module constant, run-time global, builtin).
#include <algorithm>
#include <set>

#include "translator/flowgraph/builder_impl.h"
#include "translator/flowgraph/scopes.h"
#include "translator/syntax/ast_walk.h"

namespace krait::flow {
namespace {

std::string to_string(ast::Identifier id) {
  return std::string(id.data(), id.size());
}

}  // namespace

bool GraphBuilder::is_declared_global(const std::string& name) const {
  for (const std::string& g : declared_global_) {
    if (g == name) return true;
  }
  return false;
}

void GraphBuilder::collect_locals() {
  const ast::Node& scope = *function_->node;
  ScopeBindings bound = scope_bindings(scope);
  declared_global_ = bound.globals;
  auto add_param = [&](const std::string& name, std::map<std::string, int>& slots) {
    int slot = new_slot();
    slots[name] = slot;
    Value* v = graph_->new_variable(&slots == &cell_slots_ ? "cell_" + name : name);
    graph_->start()->inputs.push_back(v);
    graph_->parameters.push_back(v->name);
    env_[slot] = v;
  };
  for (const std::string& name : function_->freevars) add_param(name, cell_slots_);
  if (const ast::arguments* args = function_->arguments()) {
    for (const ast::arg* a : args->posonlyargs) add_param(to_string(a->arg_name), local_slots_);
    for (const ast::arg* a : args->args) add_param(to_string(a->arg_name), local_slots_);
    if (args->vararg != nullptr) add_param(to_string(args->vararg->arg_name), local_slots_);
    for (const ast::arg* a : args->kwonlyargs) add_param(to_string(a->arg_name), local_slots_);
    if (args->kwarg != nullptr) add_param(to_string(args->kwarg->arg_name), local_slots_);
  } else {
    add_param(kGenexpIterator, local_slots_);
  }
  // Locals some nested scope may use live in cells.
  std::set<std::string> shared;
  for (const ast::Node* nested : nested_scopes(scope)) {
    std::set<std::string> free = names_free_in(*nested);
    shared.insert(free.begin(), free.end());
  }
  // Modules bound by imports here or in an enclosing function (not cells:
  // constants; Program::nested_function leaves them out of free variables).
  for (const FunctionEntity* f = function_; f != nullptr; f = f->parent) {
    for (const auto& [name, aliases] : scope_bindings(*f->node).module_imports) {
      if (local_slots_.count(name) || module_locals_.count(name)) continue;
      bool own_binding = f != function_ && std::find(bound.names.begin(), bound.names.end(),
                                                     name) != bound.names.end();
      if (own_binding) continue;
      if (const ModuleEntity* module = program_.module_bound_by(aliases))
        module_locals_[name] = module;
    }
  }
  for (const std::string& name : bound.names) {
    if (local_slots_.count(name) || is_declared_global(name) || module_locals_.count(name))
      continue;
    local_slots_[name] = new_slot();
  }
  for (const std::string& name : bound.names) {
    if (shared.count(name) && local_slots_.count(name) && !cell_slots_.count(name)) {
      cellvars_.push_back(name);
      cell_slots_[name] = new_slot();
    }
  }
  name_local_slots();
}

void GraphBuilder::make_cells() {
  for (const std::string& name : cellvars_) {
    int slot = cell_slots_[name];
    int cell = emit(OpKind::kNewCell, {}, *function_->node);
    env_[slot] = get(cell);
    env_[slot]->name = "cell_" + name;
    int local = local_slots_[name];
    if (env_[local] != nullptr)  // a parameter: its value moves into the cell
      emit(OpKind::kSetCell, {env_[slot], env_[local]}, *function_->node);
    local_slots_.erase(name);
  }
}

int GraphBuilder::closure(const ast::Node& scope) {
  // (Entities refer to their module as mutable; the builder only reads it.)
  FunctionEntity* fn =
      program_.nested_function(&scope, function_, const_cast<ModuleEntity*>(&module_));
  std::vector<Value*> args = {constant(ConstValue::of_entity(fn))};
  for (const std::string& name : fn->freevars) args.push_back(get(cell_slots_.at(name)));
  return emit(OpKind::kMakeClosure, args, scope);
}

void GraphBuilder::name_local_slots() {
  slot_names_.assign(env_.size(), "");
  for (const auto& [name, slot] : local_slots_) slot_names_[slot] = name;
  for (const auto& [name, slot] : cell_slots_) slot_names_[slot] = "cell_" + name;
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
  if (module_.has_global(name)) return std::nullopt;
  if (const Entity* b = program_.builtin(name)) return ConstValue::of_entity(b);
  return std::nullopt;
}

int GraphBuilder::load_name(const ast::Name& n) {
  std::string name = to_string(n.id);
  for (auto it = comprehension_scopes_.rbegin(); it != comprehension_scopes_.rend(); ++it) {
    auto found = it->find(name);
    if (found != it->end()) return found->second;
  }
  auto cell = cell_slots_.find(name);
  if (cell != cell_slots_.end()) return emit(OpKind::kGetCell, {get(cell->second)}, n);
  auto module = module_locals_.find(name);
  if (module != module_locals_.end()) return constant_slot(ConstValue::of_entity(module->second));
  auto local = local_slots_.find(name);
  if (local != local_slots_.end()) {
    if (env_[local->second] == nullptr && reachable()) {
      error(n, "local variable '" + name + "' is not assigned on every path that reaches this use");
      return -1;
    }
    return local->second;
  }
  if (module_.has_global(name)) {
    return emit(OpKind::kLoadGlobal, {constant(ConstValue::of_str(module_.qualify(name)))}, n);
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
  auto cell = cell_slots_.find(name);
  if (cell != cell_slots_.end()) {
    emit(OpKind::kSetCell, {get(cell->second), get(value_slot)}, at);
    return;
  }
  if (module_locals_.count(name)) return;  // the import binds the module it always binds
  auto local = local_slots_.find(name);
  if (local != local_slots_.end()) {
    Value* value = get(value_slot);
    // Name the value after the first Python variable that holds it, so
    // dumps read like the source.
    if (value->is_variable() && value->name.empty()) value->name = name;
    env_[local->second] = value;
    return;
  }
  if (module_.has_global(name)) {
    emit(OpKind::kStoreGlobal,
         {constant(ConstValue::of_str(module_.qualify(name))), get(value_slot)}, at);
    return;
  }
  if (module_level_ && module_.constants.count(name)) return;  // folded by the scanner
  error(at, "cannot assign to '" + name + "' here");
}

void GraphBuilder::delete_name(const ast::Name& n) {
  std::string name = to_string(n.id);
  if (cell_slots_.count(name)) {
    unsupported(n, "'del' of a variable that a nested function uses is");
    return;
  }
  auto local = local_slots_.find(name);
  if (local == local_slots_.end()) {
    unsupported(n, "'del' of a global name is");
    return;
  }
  env_[local->second] = nullptr;
}

}  // namespace krait::flow
