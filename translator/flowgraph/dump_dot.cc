#include <ostream>

#include "translator/flowgraph/dump.h"

namespace krait::flow {
namespace {

// Escapes text for a DOT record label.
std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\' || c == '{' || c == '}' || c == '<' || c == '>' || c == '|') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string joined(const std::vector<Value*>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) out += (i > 0 ? ", " : "") + value_name(values[i]);
  return out;
}

}  // namespace

void dump_dot(std::ostream& out, const FunctionGraph& graph) {
  out << "digraph \"" << escape(graph.name())
      << "\" {\n  node [shape=record, fontname=monospace];\n";
  for (const Block* block : graph.reachable_blocks()) {
    std::string label = "block" + std::to_string(block->id) + "(" + joined(block->inputs) + ")";
    if (block == graph.return_block()) label = "return(" + joined(block->inputs) + ")";
    if (block == graph.except_block()) label = "except(" + joined(block->inputs) + ")";
    std::string body;
    for (const Operation& op : block->operations) {
      body += escape(value_name(op.result) + " = " + std::string(op_name(op.kind)) + "(" +
                     joined(op.args) + ")") +
              "\\l";
    }
    if (block->exitswitch != nullptr)
      body += escape("switch " + value_name(block->exitswitch)) + "\\l";
    out << "  b" << block->id << " [label=\"{" << escape(label);
    if (!body.empty()) out << '|' << body;
    out << "}\"];\n";
    for (const Link& link : block->exits) {
      std::string edge = link.exitcase ? const_repr(*link.exitcase) + ": " : "";
      edge += joined(link.args);
      out << "  b" << block->id << " -> b" << link.target->id << " [label=\"" << escape(edge)
          << "\"];\n";
    }
  }
  out << "}\n";
}

}  // namespace krait::flow
