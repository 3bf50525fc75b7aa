#include "translator/flowgraph/dump.h"

namespace krait::flow {
namespace {

nlohmann::ordered_json names(const std::vector<Value*>& values) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Value* v : values) out.push_back(value_name(v));
  return out;
}

nlohmann::ordered_json link_json(const Link& link) {
  nlohmann::ordered_json out;
  out["target"] = link.target->id;
  out["args"] = names(link.args);
  out["case"] = link.exitcase ? nlohmann::ordered_json(const_repr(*link.exitcase)) : nullptr;
  if (link.last_exception != nullptr) {
    out["last_exception"] = value_name(link.last_exception);
    out["last_exc_value"] = value_name(link.last_exc_value);
  }
  return out;
}

}  // namespace

nlohmann::ordered_json dump_json(const FunctionGraph& graph) {
  nlohmann::ordered_json out;
  out["name"] = graph.name();
  out["parameters"] = graph.parameters;
  out["start"] = graph.start()->id;
  out["return"] = graph.return_block()->id;
  out["except"] = graph.except_block()->id;
  nlohmann::ordered_json blocks = nlohmann::ordered_json::array();
  for (const Block* block : graph.reachable_blocks()) {
    nlohmann::ordered_json b;
    b["id"] = block->id;
    b["inputs"] = names(block->inputs);
    nlohmann::ordered_json ops = nlohmann::ordered_json::array();
    for (const Operation& op : block->operations) {
      ops.push_back({{"op", op_name(op.kind)},
                     {"args", names(op.args)},
                     {"result", value_name(op.result)},
                     {"line", op.range.begin.line},
                     {"col", op.range.begin.column}});
    }
    b["operations"] = std::move(ops);
    b["exitswitch"] = block->exitswitch ? nlohmann::ordered_json(value_name(block->exitswitch))
                                        : nlohmann::ordered_json(nullptr);
    b["raises"] = block->raises;
    nlohmann::ordered_json exits = nlohmann::ordered_json::array();
    for (const Link& link : block->exits) exits.push_back(link_json(link));
    b["exits"] = std::move(exits);
    blocks.push_back(std::move(b));
  }
  out["blocks"] = std::move(blocks);
  return out;
}

}  // namespace krait::flow
