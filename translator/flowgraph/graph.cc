#include "translator/flowgraph/graph.h"

#include <unordered_set>

namespace krait::flow {

FunctionGraph::FunctionGraph(std::string name, SourceRange range)
    : name_(std::move(name)), range_(range) {
  start_ = new_block();
  return_block_ = new_block();
  return_block_->inputs.push_back(new_variable("result"));
  except_block_ = new_block();
  except_block_->inputs.push_back(new_variable("etype"));
  except_block_->inputs.push_back(new_variable("evalue"));
}

Block* FunctionGraph::new_block() {
  Block& block = blocks_.emplace_back();
  block.id = static_cast<int>(blocks_.size()) - 1;
  return &block;
}

Value* FunctionGraph::new_variable(std::string name) {
  Value& value = values_.emplace_back();
  value.id = next_variable_id_++;
  value.name = std::move(name);
  return &value;
}

Value* FunctionGraph::constant(ConstValue constant) {
  Value& value = values_.emplace_back();
  value.constant = std::move(constant);
  return &value;
}

void FunctionGraph::note_assignment(const std::string& name, const Value* value, SourceRange rhs) {
  assignments_.emplace(std::make_pair(name, value), rhs);
}

const SourceRange* FunctionGraph::assignment(const std::string& name, const Value* value) const {
  auto it = assignments_.find({name, value});
  return it == assignments_.end() ? nullptr : &it->second;
}

std::vector<Block*> FunctionGraph::reachable_blocks() const {
  std::vector<Block*> order;
  std::unordered_set<const Block*> seen;
  std::vector<Block*> stack = {start_};
  while (!stack.empty()) {
    Block* block = stack.back();
    stack.pop_back();
    if (!seen.insert(block).second) continue;
    order.push_back(block);
    // Push in reverse so the first exit is visited first.
    for (auto it = block->exits.rbegin(); it != block->exits.rend(); ++it) {
      if (!seen.count(it->target)) stack.push_back(it->target);
    }
  }
  return order;
}

}  // namespace krait::flow
