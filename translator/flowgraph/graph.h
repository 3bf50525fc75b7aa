// Flow graphs: RPython's model of a function, as data.
//
// Contract. A FunctionGraph is made of Blocks. A Block has input variables,
// a list of Operations (opname, argument values, one fresh result variable,
// the source range it came from) and exits: Links to other blocks, each
// passing one value per input variable of its target. Values are Variables
// (each assigned exactly once: as an input of one block or as the result of
// one operation) or Constants. A variable is local to its block: a block uses
// only its own inputs and the results of its earlier operations, so
// everything that flows between blocks flows through links.
//
// A block with one exit has no exitswitch. A block with several exits
// switches on `exitswitch`, a value of its own: each link carries the case
// (True/False for a condition). A block whose last operation may raise into a
// handler has `raises = true`: its first exit is the normal path (no case) and
// each further exit carries an exception class constant (exitcase) and binds
// the raised exception's class and value for its target through
// Link::last_exception / Link::last_exc_value, which may appear among the
// link's args.
//
// Each graph has exactly one start block (its inputs are the parameters),
// one return block (one input, the returned value; no operations, no exits)
// and one except block (two inputs: exception class and value; no exits).
// The invariants are checked by check_graph() in checker.h.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "translator/diagnostics/source_file.h"
#include "translator/flowgraph/constant.h"
#include "translator/flowgraph/operation.h"

namespace krait::flow {

struct Block;

// A Variable or a Constant. Variables and constants are owned by their graph.
struct Value {
  bool is_constant() const { return constant.has_value(); }
  bool is_variable() const { return !is_constant(); }

  int id = 0;        // variables: unique in the graph (v0, v1, ...)
  std::string name;  // variables: the Python name it holds, if any
  std::optional<ConstValue> constant;
  // Where the value is computed, for diagnostics: its operation's range, or
  // the literal a constant was written as (empty for constants the builder
  // makes up, such as the None of a missing return).
  SourceRange range;
  // A variable that holds an expression with no name, for diagnostics:
  // "conditional expression" for the join of `a if c else b` (its range is
  // the whole expression).
  std::string label;
};

struct Operation {
  OpKind kind;
  std::vector<Value*> args;
  Value* result = nullptr;
  SourceRange range;
};

struct Link {
  Block* target = nullptr;
  std::vector<Value*> args;            // one per target input
  std::optional<ConstValue> exitcase;  // switch case, or exception class
  Value* last_exception = nullptr;     // exception exits: the raised class
  Value* last_exc_value = nullptr;     // exception exits: the raised value
  // The expression whose value the link passes as its target's result: on
  // links to the return block, the returned expression, if any; on the two
  // links into a conditional expression's join, the branch's expression.
  SourceRange range;
};

struct Block {
  int id = 0;
  std::vector<Value*> inputs;
  std::vector<Operation> operations;
  Value* exitswitch = nullptr;
  bool raises = false;  // the last operation has exception exits
  std::vector<Link> exits;
};

class FunctionGraph {
 public:
  FunctionGraph(std::string name, SourceRange range);

  const std::string& name() const { return name_; }
  const SourceRange& range() const { return range_; }

  Block* start() const { return start_; }
  Block* return_block() const { return return_block_; }
  Block* except_block() const { return except_block_; }

  Block* new_block();
  Value* new_variable(std::string name = "");
  Value* constant(ConstValue value);

  // Every block reachable from the start block, in depth-first order of first
  // visit, which is the order dumps print them in.
  std::vector<Block*> reachable_blocks() const;

  // Parameter names, in order; the start block's inputs hold their values.
  std::vector<std::string> parameters;
  // The function's body yields (its own scope, not a nested one): calling
  // it makes a generator, whose items are the yield_ operations' arguments.
  bool is_generator = false;

  // Where a local variable was given a value computed elsewhere (`best = v`
  // binds no new value): the right-hand side, for diagnostics. The first
  // such assignment of each (variable name, value) is kept.
  void note_assignment(const std::string& name, const Value* value, SourceRange rhs);
  const SourceRange* assignment(const std::string& name, const Value* value) const;

 private:
  std::string name_;
  SourceRange range_;
  std::deque<Block> blocks_;
  std::deque<Value> values_;
  int next_variable_id_ = 0;
  std::map<std::pair<std::string, const Value*>, SourceRange> assignments_;
  Block* start_;
  Block* return_block_;
  Block* except_block_;
};

}  // namespace krait::flow
