#include "translator/flowgraph/simplify.h"

#include <map>
#include <set>

namespace krait::flow {
namespace {

// Liveness over block inputs: an input is needed when its block uses it in
// an operation, the exit switch, or a link argument whose target input is
// needed (inputs of the start block, the parameters, and of the return and
// except blocks always are).
void remove_unused_inputs(FunctionGraph& graph) {
  std::vector<Block*> blocks = graph.reachable_blocks();
  std::map<const Block*, std::vector<bool>> needed;
  for (Block* b : blocks) {
    bool fixed = b == graph.start() || b == graph.return_block() || b == graph.except_block();
    needed[b] = std::vector<bool>(b->inputs.size(), fixed);
  }
  bool changed = true;
  while (changed) {
    changed = false;
    for (Block* b : blocks) {
      std::set<const Value*> used;
      for (const Operation& op : b->operations) used.insert(op.args.begin(), op.args.end());
      if (b->exitswitch != nullptr) used.insert(b->exitswitch);
      for (const Link& link : b->exits) {
        const std::vector<bool>& target_needs = needed[link.target];
        for (size_t i = 0; i < link.args.size(); ++i) {
          if (target_needs[i]) used.insert(link.args[i]);
        }
      }
      std::vector<bool>& mine = needed[b];
      for (size_t i = 0; i < b->inputs.size(); ++i) {
        if (!mine[i] && used.count(b->inputs[i])) {
          mine[i] = true;
          changed = true;
        }
      }
    }
  }
  for (Block* b : blocks) {
    for (Link& link : b->exits) {
      const std::vector<bool>& keep = needed[link.target];
      std::vector<Value*> args;
      for (size_t i = 0; i < link.args.size(); ++i) {
        if (keep[i]) args.push_back(link.args[i]);
      }
      link.args = std::move(args);
    }
  }
  for (Block* b : blocks) {
    const std::vector<bool>& keep = needed[b];
    std::vector<Value*> inputs;
    for (size_t i = 0; i < b->inputs.size(); ++i) {
      if (keep[i]) inputs.push_back(b->inputs[i]);
    }
    b->inputs = std::move(inputs);
  }
}

Value* renamed(Value* v, const std::map<const Value*, Value*>& names) {
  auto it = names.find(v);
  return it == names.end() ? v : it->second;
}

// Merges single-successor/single-predecessor pairs of blocks.
void join_blocks(FunctionGraph& graph) {
  bool changed = true;
  while (changed) {
    changed = false;
    std::vector<Block*> blocks = graph.reachable_blocks();
    std::map<const Block*, int> predecessors;
    for (Block* b : blocks) {
      for (const Link& link : b->exits) ++predecessors[link.target];
    }
    for (Block* b : blocks) {
      if (b->exits.size() != 1 || b->raises || b->exitswitch != nullptr) continue;
      Block* next = b->exits[0].target;
      if (next == b || next == graph.return_block() || next == graph.except_block() ||
          next == graph.start() || predecessors[next] != 1) {
        continue;
      }
      std::map<const Value*, Value*> names;
      for (size_t i = 0; i < next->inputs.size(); ++i) names[next->inputs[i]] = b->exits[0].args[i];
      for (Operation& op : next->operations) {
        for (Value*& arg : op.args) arg = renamed(arg, names);
        b->operations.push_back(std::move(op));
      }
      b->exitswitch = next->exitswitch ? renamed(next->exitswitch, names) : nullptr;
      b->raises = next->raises;
      std::vector<Link> exits = std::move(next->exits);
      for (Link& link : exits) {
        for (Value*& arg : link.args) arg = renamed(arg, names);
      }
      b->exits = std::move(exits);
      next->operations.clear();
      next->exits.clear();
      next->inputs.clear();
      changed = true;
      break;  // the block list is stale now
    }
  }
}

}  // namespace

void simplify_graph(FunctionGraph& graph) {
  remove_unused_inputs(graph);
  join_blocks(graph);
}

}  // namespace krait::flow
