// Blocks, slots, edges, joins and exceptions for the flow-graph builder.
#include <algorithm>

#include "translator/flowgraph/builder_impl.h"
#include "translator/flowgraph/checker.h"

namespace krait::flow {

GraphBuilder::GraphBuilder(Program& program, const ModuleEntity& module,
                           const FunctionEntity* function, DiagnosticSink& sink)
    : program_(program), module_(module), function_(function), sink_(sink) {}

SourceRange GraphBuilder::range_of(const ast::Node& node) const {
  return SourceRange{module_.source,
                     {node.loc.lineno, node.loc.col_offset},
                     {node.loc.end_lineno, node.loc.end_col_offset}};
}

void GraphBuilder::error(const ast::Node& at, const std::string& message) {
  failed_ = true;
  sink_.error(range_of(at), message);
}

void GraphBuilder::unsupported(const ast::Node& at, const std::string& what) {
  error(at, what + " not supported by Krait yet");
}

std::string GraphBuilder::input_name(size_t slot, const Value* incoming) const {
  if (slot < slot_names_.size() && !slot_names_[slot].empty()) return slot_names_[slot];
  return incoming->is_variable() ? incoming->name : "";
}

int GraphBuilder::new_slot() {
  env_.push_back(nullptr);
  return static_cast<int>(env_.size()) - 1;
}

void GraphBuilder::release_temps(int mark) {
  if (static_cast<int>(env_.size()) > mark) env_.resize(mark);
}

int GraphBuilder::constant_slot(ConstValue value, const ast::Node* written_at) {
  int slot = new_slot();
  env_[slot] = constant(std::move(value));
  if (written_at != nullptr) env_[slot]->range = range_of(*written_at);
  return slot;
}

int GraphBuilder::emit(OpKind kind, const std::vector<Value*>& args, const ast::Node& at,
                       bool split_in_try) {
  int slot = new_slot();
  if (current_ == nullptr) return slot;
  Value* result = graph_->new_variable();
  result->range = range_of(at);
  current_->operations.push_back(Operation{kind, args, result, result->range});
  env_[slot] = result;
  if (split_in_try && !op_never_raises(kind)) {
    for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
      if (it->kind == Frame::Kind::kHandler) {
        split_for_exceptions();
        break;
      }
    }
  }
  return slot;
}

PendingEdge GraphBuilder::leave() {
  current_->exits.push_back(Link{});
  PendingEdge edge{current_, current_->exits.size() - 1, env_};
  current_ = nullptr;
  return edge;
}

std::pair<PendingEdge, PendingEdge> GraphBuilder::branch(Value* condition) {
  Block* block = current_;
  block->exitswitch = condition;
  block->exits.push_back(Link{nullptr, {}, ConstValue::of_bool(true), nullptr, nullptr, {}});
  block->exits.push_back(Link{nullptr, {}, ConstValue::of_bool(false), nullptr, nullptr, {}});
  current_ = nullptr;
  return {PendingEdge{block, 0, env_}, PendingEdge{block, 1, env_}};
}

void GraphBuilder::join(std::vector<PendingEdge> edges) {
  if (edges.empty()) {
    current_ = nullptr;
    return;
  }
  size_t size = env_.size();
  for (const PendingEdge& e : edges) size = std::max(size, e.env.size());
  Block* block = graph_->new_block();
  Env merged(size, nullptr);
  std::vector<int> passed;  // slots that become inputs
  for (size_t slot = 0; slot < size; ++slot) {
    Value* first = slot < edges[0].env.size() ? edges[0].env[slot] : nullptr;
    bool everywhere = first != nullptr;
    bool same_constant = everywhere && first->is_constant();
    for (const PendingEdge& e : edges) {
      Value* v = slot < e.env.size() ? e.env[slot] : nullptr;
      if (v == nullptr) {
        everywhere = false;
        break;
      }
      if (v != first &&
          !(v->is_constant() && first->is_constant() && *v->constant == *first->constant)) {
        same_constant = false;
      }
    }
    if (!everywhere) continue;
    if (same_constant) {
      merged[slot] = first;
      continue;
    }
    Value* input = graph_->new_variable(input_name(slot, first));
    block->inputs.push_back(input);
    merged[slot] = input;
    passed.push_back(static_cast<int>(slot));
  }
  for (const PendingEdge& e : edges) {
    Link& link = e.from->exits[e.exit_index];
    link.target = block;
    for (int slot : passed) link.args.push_back(e.env[slot]);
  }
  env_ = std::move(merged);
  env_.resize(std::max(env_.size(), size));
  current_ = block;
}

Block* GraphBuilder::start_loop_header(std::vector<int>* slots) {
  // Unlike a join, every bound slot becomes an input, constants included:
  // the back edges may bring other values.
  Env entry = env_;
  PendingEdge edge = leave();
  Block* header = graph_->new_block();
  Link& link = edge.from->exits[edge.exit_index];
  link.target = header;
  for (size_t slot = 0; slot < entry.size(); ++slot) {
    if (entry[slot] == nullptr) continue;
    Value* input = graph_->new_variable(input_name(slot, entry[slot]));
    header->inputs.push_back(input);
    link.args.push_back(entry[slot]);
    env_[slot] = input;
    slots->push_back(static_cast<int>(slot));
  }
  current_ = header;
  return header;
}

bool GraphBuilder::link_back(Block* header, const std::vector<int>& slots, const ast::Node& at) {
  Link link{header, {}, std::nullopt, nullptr, nullptr, {}};
  for (int slot : slots) {
    Value* v = slot < static_cast<int>(env_.size()) ? env_[slot] : nullptr;
    if (v == nullptr) {
      error(at, "a variable bound before the loop is deleted inside it");
      current_ = nullptr;
      return false;
    }
    link.args.push_back(v);
  }
  current_->exits.push_back(std::move(link));
  current_ = nullptr;
  return true;
}

void GraphBuilder::split_for_exceptions(const std::vector<const Entity*>& extra_cases,
                                        std::vector<PendingEdge>* extra_edges) {
  Block* block = current_;
  Value* result = block->operations.back().result;
  block->raises = true;
  block->exits.push_back(Link{});  // the normal exit, joined below
  PendingEdge normal{block, 0, env_};

  Env failed_env = env_;
  for (Value*& v : failed_env) {
    if (v == result) v = nullptr;
  }
  auto exception_edge = [&](const Entity* cls, std::vector<PendingEdge>* to, int etype_slot,
                            int evalue_slot) {
    Link link{nullptr,
              {},
              ConstValue::of_entity(cls),
              graph_->new_variable("etype"),
              graph_->new_variable("evalue"),
              {}};
    Env env = failed_env;
    if (etype_slot >= 0) {
      env.resize(std::max<size_t>(env.size(), std::max(etype_slot, evalue_slot) + 1));
      env[etype_slot] = link.last_exception;
      env[evalue_slot] = link.last_exc_value;
    }
    block->exits.push_back(std::move(link));
    to->push_back(PendingEdge{block, block->exits.size() - 1, std::move(env)});
  };
  for (const Entity* cls : extra_cases) exception_edge(cls, extra_edges, -1, -1);
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    if (it->kind != Frame::Kind::kHandler) continue;
    exception_edge(builtin("BaseException"), it->handler_edges, it->etype_slot, it->evalue_slot);
    break;
  }
  if (block->exits.size() == 1) {
    // No handler: only the listed cases (e.g. StopIteration of a for loop).
    block->raises = false;
  }
  current_ = nullptr;
  join({normal});
}

void GraphBuilder::propagate(Value* etype, Value* evalue) {
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    if (it->kind != Frame::Kind::kHandler) continue;
    Env env = env_;
    env.resize(std::max<size_t>(env.size(), std::max(it->etype_slot, it->evalue_slot) + 1));
    env[it->etype_slot] = etype;
    env[it->evalue_slot] = evalue;
    current_->exits.push_back(Link{});
    it->handler_edges->push_back(PendingEdge{current_, current_->exits.size() - 1, std::move(env)});
    current_ = nullptr;
    return;
  }
  current_->exits.push_back(
      Link{graph_->except_block(), {etype, evalue}, std::nullopt, nullptr, nullptr, {}});
  current_ = nullptr;
}

void GraphBuilder::raise_value(int value_slot, const ast::Node& at) {
  if (current_ == nullptr) return;
  Value* value = get(value_slot);
  // `type` never raises, so it stays in this block.
  int type_slot = emit(OpKind::kType, {value}, at);
  propagate(get(type_slot), value);
}

void GraphBuilder::return_value(Value* value, const ast::Node* returned) {
  current_->exits.push_back(Link{graph_->return_block(),
                                 {value},
                                 std::nullopt,
                                 nullptr,
                                 nullptr,
                                 returned ? range_of(*returned) : SourceRange{}});
  current_ = nullptr;
}

}  // namespace krait::flow
