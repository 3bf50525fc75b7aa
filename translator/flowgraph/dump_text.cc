#include <ostream>

#include "translator/flowgraph/dump.h"

namespace krait::flow {
namespace {

std::string value_list(const std::vector<Value*>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ", ";
    out += value_name(values[i]);
  }
  return out;
}

std::string block_label(const FunctionGraph& graph, const Block* block) {
  if (block == graph.return_block()) return "return";
  if (block == graph.except_block()) return "except";
  return "block" + std::to_string(block->id);
}

void dump_link(std::ostream& out, const FunctionGraph& graph, const Link& link) {
  out << "    ";
  if (link.exitcase) out << "case " << const_repr(*link.exitcase) << ' ';
  out << "--> " << block_label(graph, link.target) << '(' << value_list(link.args) << ')';
  if (link.last_exception != nullptr) {
    out << "  [exception " << value_name(link.last_exception) << ", "
        << value_name(link.last_exc_value) << ']';
  }
  out << '\n';
}

}  // namespace

std::string value_name(const Value* value) {
  if (value == nullptr) return "<null>";
  if (value->is_constant()) return const_repr(*value->constant);
  if (value->name.empty()) return "v" + std::to_string(value->id);
  return value->name + "_" + std::to_string(value->id);
}

void dump_text(std::ostream& out, const FunctionGraph& graph) {
  out << "graph " << graph.name() << '(';
  for (size_t i = 0; i < graph.parameters.size(); ++i) {
    out << (i > 0 ? ", " : "") << graph.parameters[i];
  }
  out << ")\n";
  for (const Block* block : graph.reachable_blocks()) {
    if (block == graph.return_block() || block == graph.except_block()) continue;
    out << block_label(graph, block) << '(' << value_list(block->inputs) << "):\n";
    for (const Operation& op : block->operations) {
      out << "    " << value_name(op.result) << " = " << op_name(op.kind) << '('
          << value_list(op.args) << ")";
      if (op.range.begin.line > 0) out << "  # line " << op.range.begin.line;
      out << '\n';
    }
    if (block->exitswitch != nullptr) out << "    switch " << value_name(block->exitswitch) << '\n';
    if (block->raises) out << "    raises\n";
    for (const Link& link : block->exits) dump_link(out, graph, link);
  }
}

}  // namespace krait::flow
