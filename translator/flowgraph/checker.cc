#include "translator/flowgraph/checker.h"

#include <unordered_set>

namespace krait::flow {
namespace {

class GraphChecker {
 public:
  explicit GraphChecker(const FunctionGraph& graph) : graph_(graph) {}

  std::vector<std::string> run() {
    check_special_blocks();
    for (Block* block : graph_.reachable_blocks()) check_block(*block);
    return std::move(errors_);
  }

 private:
  void fail(const Block& block, const std::string& message) {
    errors_.push_back(graph_.name() + ": block" + std::to_string(block.id) + ": " + message);
  }

  void define(const Block& block, const Value* v, std::unordered_set<const Value*>& scope) {
    if (v == nullptr || v->is_constant()) {
      fail(block, "a block input or operation result is not a variable");
      return;
    }
    if (!defined_anywhere_.insert(v).second) {
      fail(block, "variable v" + std::to_string(v->id) + " is assigned more than once");
    }
    scope.insert(v);
  }

  void use(const Block& block, const Value* v, const std::unordered_set<const Value*>& scope,
           const char* where) {
    if (v == nullptr) {
      fail(block, std::string("missing value in ") + where);
    } else if (v->is_variable() && !scope.count(v)) {
      fail(block, std::string("variable v") + std::to_string(v->id) + " used in " + where +
                      " is not defined in this block");
    }
  }

  void check_special_blocks() {
    const Block& start = *graph_.start();
    if (start.inputs.size() != graph_.parameters.size()) {
      fail(start, "the start block must have one input per parameter (" +
                      std::to_string(graph_.parameters.size()) + "), not " +
                      std::to_string(start.inputs.size()));
    }
    const Block& ret = *graph_.return_block();
    if (ret.inputs.size() != 1 || !ret.operations.empty() || !ret.exits.empty()) {
      fail(ret, "the return block must have one input, no operations and no exits");
    }
    const Block& exc = *graph_.except_block();
    if (exc.inputs.size() != 2 || !exc.operations.empty() || !exc.exits.empty()) {
      fail(exc, "the except block must have two inputs, no operations and no exits");
    }
  }

  void check_block(const Block& block) {
    std::unordered_set<const Value*> scope;
    for (const Value* v : block.inputs) define(block, v, scope);
    for (const Operation& op : block.operations) {
      int arity = op_arity(op.kind);
      if (arity >= 0 && static_cast<int>(op.args.size()) != arity) {
        fail(block, std::string(op_name(op.kind)) + " takes " + std::to_string(arity) +
                        " arguments, not " + std::to_string(op.args.size()));
      }
      for (const Value* arg : op.args) use(block, arg, scope, op_name(op.kind).data());
      define(block, op.result, scope);
    }
    bool terminal = &block == graph_.return_block() || &block == graph_.except_block();
    if (!terminal && block.exits.empty())
      fail(block, "a block that does not end the graph has no exits");
    if (block.exitswitch != nullptr) use(block, block.exitswitch, scope, "the exit switch");
    check_exit_shape(block);

    // An exception exit is taken when the last operation raised, so its
    // result does not exist on those links.
    std::unordered_set<const Value*> raised_scope = scope;
    if (block.raises && !block.operations.empty()) {
      raised_scope.erase(block.operations.back().result);
    }
    for (size_t i = 0; i < block.exits.size(); ++i) {
      const Link& link = block.exits[i];
      bool exceptional = block.raises && i > 0;
      std::unordered_set<const Value*> link_scope = exceptional ? raised_scope : scope;
      if (link.last_exception != nullptr || link.last_exc_value != nullptr) {
        if (!exceptional) fail(block, "only exception exits may bind the raised exception");
        if (link.last_exception != nullptr) link_scope.insert(link.last_exception);
        if (link.last_exc_value != nullptr) link_scope.insert(link.last_exc_value);
      }
      if (link.target == nullptr) {
        fail(block, "an exit has no target");
        continue;
      }
      if (link.args.size() != link.target->inputs.size()) {
        fail(block, "exit to block" + std::to_string(link.target->id) + " passes " +
                        std::to_string(link.args.size()) + " values for " +
                        std::to_string(link.target->inputs.size()) + " inputs");
      }
      for (const Value* arg : link.args) use(block, arg, link_scope, "an exit");
    }
  }

  void check_exit_shape(const Block& block) {
    if (block.raises) {
      if (block.operations.empty()) fail(block, "a raising block has no operation that raises");
      if (block.exitswitch != nullptr) fail(block, "a raising block cannot also switch");
      if (block.exits.size() < 2 || block.exits[0].exitcase.has_value()) {
        fail(block, "a raising block needs a normal exit first and at least one exception exit");
      }
      for (size_t i = 1; i < block.exits.size(); ++i) {
        if (!block.exits[i].exitcase.has_value() || !block.exits[i].exitcase->is_entity()) {
          fail(block, "an exception exit must carry an exception class");
        }
      }
      return;
    }
    if (block.exits.size() <= 1) {
      if (block.exitswitch != nullptr) fail(block, "a block with one exit has an exit switch");
      if (!block.exits.empty() && block.exits[0].exitcase.has_value()) {
        fail(block, "a single exit carries a case");
      }
      return;
    }
    if (block.exitswitch == nullptr) fail(block, "a block with several exits has no exit switch");
    std::vector<const ConstValue*> cases;
    for (const Link& link : block.exits) {
      if (!link.exitcase.has_value()) {
        fail(block, "a switch exit carries no case");
        continue;
      }
      for (const ConstValue* seen : cases) {
        if (*seen == *link.exitcase) fail(block, "two exits carry the same case");
      }
      cases.push_back(&*link.exitcase);
    }
  }

  const FunctionGraph& graph_;
  std::vector<std::string> errors_;
  std::unordered_set<const Value*> defined_anywhere_;
};

}  // namespace

std::vector<std::string> check_graph(const FunctionGraph& graph) {
  return GraphChecker(graph).run();
}

bool verify_graph(const FunctionGraph& graph, DiagnosticSink& sink) {
  std::vector<std::string> errors = check_graph(graph);
  for (const std::string& e : errors)
    sink.error(graph.range(), "internal error: broken flow graph: " + e);
  return errors.empty();
}

}  // namespace krait::flow
