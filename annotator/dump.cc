#include "annotator/dump.h"

#include <ostream>

#include "annotator/union.h"

namespace krait::annotator {
namespace {

struct SpecView {
  std::string name;
  std::vector<std::pair<std::string, std::string>> params;
  std::string returns;
  std::vector<std::pair<std::string, std::string>> locals;
};

// The type of each Python name in the specialization, in order of first
// appearance in the graph's blocks.
std::vector<std::pair<std::string, std::string>> local_types(const Specialization& spec) {
  std::vector<std::string> order;
  std::map<std::string, Type> types;
  auto note = [&](const flow::Value* v) {
    if (v == nullptr || v->is_constant() || v->name.empty()) return;
    auto it = spec.types.find(v);
    if (it == spec.types.end()) return;
    if (!types.count(v->name)) {
      order.push_back(v->name);
      types[v->name] = it->second;
      return;
    }
    UnionResult r = unite(types[v->name], it->second);
    if (!r.error) types[v->name] = r.type;
  };
  for (const flow::Block* block : spec.graph->reachable_blocks()) {
    if (!spec.flowed.count(block) || block == spec.graph->return_block() ||
        block == spec.graph->except_block()) {
      continue;
    }
    for (const flow::Value* v : block->inputs) note(v);
  }
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& name : order)
    out.emplace_back(name, describe(without_constant(types[name])));
  return out;
}

SpecView view(const Specialization& spec) {
  SpecView v;
  v.name = spec.function ? spec.function->qualname : "<module>";
  const flow::Block* start = spec.graph->start();
  for (size_t i = 0; i < spec.graph->parameters.size() && i < start->inputs.size(); ++i) {
    auto it = spec.types.find(start->inputs[i]);
    v.params.emplace_back(spec.graph->parameters[i], it == spec.types.end()
                                                         ? "impossible"
                                                         : describe(without_constant(it->second)));
  }
  v.returns = describe(spec.result_type());
  v.locals = local_types(spec);
  return v;
}

}  // namespace

void dump_text(std::ostream& out, const Annotator& annotator) {
  for (const auto& cls : annotator.classdefs()) {
    if (cls->entity->kind != flow::EntityKind::kClass) continue;
    out << "class " << cls->name();
    if (cls->base) out << "(" << cls->base->name() << ")";
    out << ":\n";
    for (const auto& [name, slot] : cls->attributes)
      out << "    " << name << ": " << describe(slot.type) << '\n';
  }
  if (!annotator.globals().empty()) {
    out << "globals:\n";
    for (const auto& [name, slot] : annotator.globals())
      out << "    " << name << ": " << describe(slot.type) << '\n';
  }
  for (const auto& spec : annotator.specializations()) {
    SpecView v = view(*spec);
    out << "def " << v.name << '(';
    for (size_t i = 0; i < v.params.size(); ++i) {
      out << (i ? ", " : "") << v.params[i].first << ": " << v.params[i].second;
    }
    out << ") -> " << v.returns << '\n';
    for (const auto& [name, type] : v.locals) out << "    " << name << ": " << type << '\n';
  }
}

nlohmann::ordered_json dump_json(const Annotator& annotator) {
  nlohmann::ordered_json out;
  nlohmann::ordered_json classes = nlohmann::ordered_json::array();
  for (const auto& cls : annotator.classdefs()) {
    if (cls->entity->kind != flow::EntityKind::kClass) continue;
    nlohmann::ordered_json c;
    c["name"] = cls->name();
    c["base"] =
        cls->base ? nlohmann::ordered_json(cls->base->name()) : nlohmann::ordered_json(nullptr);
    nlohmann::ordered_json attrs = nlohmann::ordered_json::object();
    for (const auto& [name, slot] : cls->attributes) attrs[name] = describe(slot.type);
    c["attributes"] = std::move(attrs);
    classes.push_back(std::move(c));
  }
  out["classes"] = std::move(classes);
  nlohmann::ordered_json globals = nlohmann::ordered_json::object();
  for (const auto& [name, slot] : annotator.globals()) globals[name] = describe(slot.type);
  out["globals"] = std::move(globals);
  nlohmann::ordered_json functions = nlohmann::ordered_json::array();
  for (const auto& spec : annotator.specializations()) {
    SpecView v = view(*spec);
    nlohmann::ordered_json f;
    f["name"] = v.name;
    nlohmann::ordered_json params = nlohmann::ordered_json::array();
    for (const auto& [name, type] : v.params) params.push_back({{"name", name}, {"type", type}});
    f["params"] = std::move(params);
    f["returns"] = v.returns;
    nlohmann::ordered_json locals = nlohmann::ordered_json::object();
    for (const auto& [name, type] : v.locals) locals[name] = type;
    f["locals"] = std::move(locals);
    functions.push_back(std::move(f));
  }
  out["functions"] = std::move(functions);
  return out;
}

}  // namespace krait::annotator
