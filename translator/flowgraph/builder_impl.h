// Internals of the flow-graph builder, shared by its implementation files
// (builder_core.cc: blocks, joins and exceptions; build_expr.cc:
// expressions; build_stmt.cc: statements; build_scope.cc: names).
//
// Design. The builder walks the syntax tree with a "current block" and an
// environment of slots: one slot per local variable and one per temporary
// of the statement being built (an evaluated operand waiting for its
// consumer). A slot holds the Value that is current in the current block.
// Whenever control leaves the block, the environment travels with the edge;
// a join block is made only when all of its incoming edges are known, and
// its inputs are the slots bound on every incoming edge (a slot bound to the
// same constant on every edge stays that constant). A slot unbound on some
// edge is unbound after the join, so reading it is a translation error,
// like Python's UnboundLocalError. Loop headers are made at loop entry from
// the slots bound there; back edges pass those slots again.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "translator/flowgraph/builder.h"
#include "translator/syntax/ast.h"

namespace krait::flow {

namespace ast = syntax::ast;

using Env = std::vector<Value*>;  // slot -> current value (null: unbound)

// A link whose target is not made yet.
struct PendingEdge {
  Block* from;
  size_t exit_index;
  Env env;
};

class GraphBuilder {
 public:
  GraphBuilder(Program& program, const ModuleEntity& module, const FunctionEntity* function,
               DiagnosticSink& sink);

  std::unique_ptr<FunctionGraph> build_function();
  std::unique_ptr<FunctionGraph> build_module();

  // ---- builder_core.cc: blocks, slots, edges and exceptions ----
  int new_slot();
  // Records each local slot's variable name (after the locals are known).
  void name_local_slots();
  Value* get(int slot) const { return env_[slot]; }
  void set(int slot, Value* value) { env_[slot] = value; }
  bool reachable() const { return current_ != nullptr; }

  // Appends an operation; its result goes into a fresh temporary slot.
  // Inside a `try`, an operation that may raise ends the block
  // (split_for_exceptions) unless split_in_try is false.
  int emit(OpKind kind, const std::vector<Value*>& args, const ast::Node& at,
           bool split_in_try = true);
  // A slot holding a constant; `written_at` is the literal it comes from, if any.
  int constant_slot(ConstValue value, const ast::Node* written_at = nullptr);

  // Ends the current block with a one-way edge to a join made later.
  PendingEdge leave();
  // Ends the current block with a two-way switch on `condition`.
  std::pair<PendingEdge, PendingEdge> branch(Value* condition);
  // Makes the block where the edges meet and continues there (unreachable
  // when there are none).
  void join(std::vector<PendingEdge> edges);
  // Makes a loop header from the current environment and continues there;
  // `slots` receives the slot of each header input, for link_back.
  Block* start_loop_header(std::vector<int>* slots);
  // Ends the current block with a back edge to a loop header.
  bool link_back(Block* header, const std::vector<int>& slots, const ast::Node& at);

  // After emitting an operation that may raise inside a `try`: ends the
  // block with the normal exit and exception exits (extra_cases first, then
  // the handler's catch-all).
  void split_for_exceptions(const std::vector<const Entity*>& extra_cases = {},
                            std::vector<PendingEdge>* extra_edges = nullptr);
  // Raises the exception in `value_slot` (its class computed with `type`).
  void raise_value(int value_slot, const ast::Node& at);
  // Sends the current exception (class, value) to the innermost handler or out.
  void propagate(Value* etype, Value* evalue);
  // Ends the current block with a return; `returned` is the expression, if any.
  void return_value(Value* value, const ast::Node* returned = nullptr);

  // ---- build_scope.cc: names ----
  // The function's parameters (after the cells of its free variables) and
  // locals; the locals that nested scopes use live in cells (scopes.h).
  void collect_locals();
  // Makes the cells of the locals that nested scopes use (at the start).
  void make_cells();
  // The value of a nested def, lambda or generator expression: its
  // function, with the cells of the variables it uses from this scope.
  int closure(const ast::Node& scope);
  int load_name(const ast::Name& name);
  void store_name(const std::string& name, int value_slot, const ast::Node& at);
  // After `name = rhs` stored the value in `value_slot`: records where a
  // local got a value computed elsewhere (FunctionGraph::note_assignment).
  void note_assignment(const std::string& name, int value_slot, const ast::Node& rhs);
  void delete_name(const ast::Name& name);
  // A module-level name's value if it is known at translation time
  // (module constants, functions, classes, modules, then builtins).
  std::optional<ConstValue> static_name(const std::string& name) const;
  bool is_declared_global(const std::string& name) const;
  // `e` is a call of the built-in function `name` (not shadowed by a local).
  bool is_builtin_call(const ast::Expr* e, const std::string& name) const;

  // ---- build_expr.cc ----
  int expr(const ast::Expr* e);   // -1 after an error or when control cannot continue
  int truth(const ast::Expr* e);  // bool(e), folded for constants
  // A test (if, while) as jumps: the edges taken when `e` is true and when it
  // is false, each trimmed to the slots below `mark`. `and`, `or` and `not`
  // branch on each operand, so `x is not None and isinstance(x, C)` narrows
  // x in the body. False after an error or when control cannot continue.
  struct TestEdges {
    std::vector<PendingEdge> if_true, if_false;
  };
  bool test_edges(const ast::Expr* e, int mark, TestEdges* out);
  void assign(const ast::Expr* target, int value_slot);
  int augmented_assign(const ast::AugAssign& n);
  // The body of a generator expression's function: its loops over the
  // iterator in `iterator_slot` (the first `for`'s), yielding each item.
  void generator_expression_body(const ast::ListComp& genexp, int iterator_slot);

  // list(seq[first:-after]) (to the end when after is 0): what a starred
  // target takes in `a, *rest, z = seq` and in the pattern [a, *rest, z].
  int starred_items(int seq, int64_t first, int64_t after, const ast::Node& at);

  // ---- build_match.cc ----
  void match_statement(const ast::Match& n);
  // Emits the tests of a pattern on the value in `subject`: the current
  // block continues where it matched (names bound), `fail` gets the edges
  // where it did not. False after an error.
  bool match_pattern(const ast::Pattern* p, int subject, std::vector<PendingEdge>* fail);
  bool match_sequence(const ast::MatchSequence& p, int subject, std::vector<PendingEdge>* fail);
  bool match_class(const ast::MatchClass& p, int subject, std::vector<PendingEdge>* fail);
  void require(Value* condition, std::vector<PendingEdge>* fail);

  // ---- build_stmt.cc ----
  void statements(const syntax::Span<ast::Stmt*>& body);
  void statement(const ast::Stmt* s);

  // ---- diagnostics ----
  void unsupported(const ast::Node& at, const std::string& what);
  void error(const ast::Node& at, const std::string& message);
  SourceRange range_of(const ast::Node& node) const;
  bool failed() const { return failed_; }

  Value* constant(ConstValue value) { return graph_->constant(std::move(value)); }
  const Entity* builtin(const std::string& name) const { return program_.builtin(name); }
  const Program& program() const { return program_; }

  // Frames of the statement nesting that control transfers must respect.
  struct Frame {
    enum class Kind { kLoop, kHandler, kFinally } kind;
    // kLoop
    Block* header = nullptr;
    const std::vector<int>* header_slots = nullptr;
    std::vector<PendingEdge>* breaks = nullptr;
    // kHandler: exceptions raised inside go to these edges, with the
    // exception in the two slots.
    std::vector<PendingEdge>* handler_edges = nullptr;
    int etype_slot = -1;
    int evalue_slot = -1;
    // kFinally: code to run when control leaves through return/break/continue.
    std::function<void()> on_exit;
  };
  std::vector<Frame> frames_;
  int temp_mark() const { return static_cast<int>(env_.size()); }
  // The name a block input made for `slot` gets in dumps.
  std::string input_name(size_t slot, const Value* incoming) const;
  void release_temps(int mark);

  // The builder's state (an internal class: the implementation files share it).
  Program& program_;
  const ModuleEntity& module_;
  const FunctionEntity* function_;
  DiagnosticSink& sink_;
  std::unique_ptr<FunctionGraph> graph_;
  Block* current_ = nullptr;
  Env env_;
  std::map<std::string, int> local_slots_;  // local variable name -> slot
  // Variables shared with nested scopes: name -> the slot holding its cell
  // (made here for a local, a hidden parameter for a free variable).
  std::map<std::string, int> cell_slots_;
  // Locals bound only by `import` statements, always to one module: a
  // constant, so that `util.f` resolves at translation time in loops too.
  std::map<std::string, const ModuleEntity*> module_locals_;
  std::vector<std::string> cellvars_;    // locals kept in cells, in order
  std::vector<std::string> slot_names_;  // slot -> local variable name ("" for temporaries)
  // The exceptions being handled (their slots), innermost last: `raise` re-raises.
  std::vector<std::pair<int, int>> handling_;
  // Comprehension scopes, innermost last: their targets' names -> slot.
  std::vector<std::map<std::string, int>> comprehension_scopes_;
  std::vector<std::string> declared_global_;  // names of `global` statements
  bool failed_ = false;
  bool module_level_ = false;
};

}  // namespace krait::flow
