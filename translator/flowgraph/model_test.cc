// Tests for the flow-graph model: hand-built graphs, the invariant checker
// (every invariant has a graph that breaks it) and the three dumps.
#include <gtest/gtest.h>

#include <sstream>

#include "translator/flowgraph/checker.h"
#include "translator/flowgraph/dump.h"
#include "translator/flowgraph/entity.h"

namespace krait::flow {
namespace {

// def absval(x):
//     if x < 0: return -x
//     return x
struct AbsGraph {
  FunctionGraph graph{"absval", {}};
  Block* start = graph.start();
  Block* neg = graph.new_block();
  Value* x = graph.new_variable("x");
  Value* cond = graph.new_variable();
  Value* x2 = graph.new_variable("x");
  Value* negated = graph.new_variable();

  AbsGraph() {
    graph.parameters = {"x"};
    start->inputs = {x};
    start->operations.push_back(
        {OpKind::kLt, {x, graph.constant(ConstValue::of_int(0))}, cond, {}});
    start->exitswitch = cond;
    start->exits.push_back({neg, {x}, ConstValue::of_bool(true), nullptr, nullptr, {}});
    start->exits.push_back(
        {graph.return_block(), {x}, ConstValue::of_bool(false), nullptr, nullptr, {}});
    neg->inputs = {x2};
    neg->operations.push_back({OpKind::kNeg, {x2}, negated, {}});
    neg->exits.push_back({graph.return_block(), {negated}, std::nullopt, nullptr, nullptr, {}});
  }
};

bool mentions(const std::vector<std::string>& errors, const std::string& text) {
  for (const std::string& e : errors) {
    if (e.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(OperationTableTest, NamesAndArities) {
  EXPECT_EQ(op_name(OpKind::kAdd), "add");
  EXPECT_EQ(op_arity(OpKind::kSetAttr), 3);
  EXPECT_EQ(op_arity(OpKind::kSimpleCall), -1);
  EXPECT_EQ(op_from_name("getslice"), OpKind::kGetSlice);
  EXPECT_FALSE(op_from_name("frobnicate").has_value());
}

TEST(ConstantTest, ReprMatchesPython) {
  EXPECT_EQ(const_repr(ConstValue::of_float(0.1)), "0.1");
  EXPECT_EQ(const_repr(ConstValue::of_float(1e16)), "1e+16");
  EXPECT_EQ(const_repr(ConstValue::of_float(1e-5)), "1e-05");
  EXPECT_EQ(const_repr(ConstValue::of_float(123456.0)), "123456.0");
  EXPECT_EQ(const_repr(ConstValue::of_float(-0.0)), "-0.0");
  EXPECT_EQ(const_repr(ConstValue::of_float(0.0001)), "0.0001");
  EXPECT_EQ(const_repr(ConstValue::of_str("it's")), "\"it's\"");
  EXPECT_EQ(const_repr(ConstValue::of_str("a\nb")), "'a\\nb'");
  EXPECT_EQ(const_repr(ConstValue::of_bytes("\xff")), "b'\\xff'");
  EXPECT_EQ(const_repr(ConstValue::of_tuple({ConstValue::of_int(1)})), "(1,)");
  Entity len(EntityKind::kBuiltin, "len");
  EXPECT_EQ(const_repr(ConstValue::of_entity(&len)), "<builtin len>");
}

TEST(ConstantTest, EqualityIsByValueAndKind) {
  EXPECT_EQ(ConstValue::of_int(1), ConstValue::of_int(1));
  EXPECT_NE(ConstValue::of_int(1), ConstValue::of_bool(true));
  EXPECT_NE(ConstValue::of_float(0.0), ConstValue::of_float(-0.0));
}

TEST(CheckerTest, WellFormedGraphPasses) {
  AbsGraph g;
  EXPECT_TRUE(check_graph(g.graph).empty());
}

TEST(CheckerTest, VariableFromAnotherBlockIsRejected) {
  AbsGraph g;
  g.neg->operations[0].args = {g.x};  // x belongs to the start block
  EXPECT_TRUE(mentions(check_graph(g.graph), "is not defined in this block"));
}

TEST(CheckerTest, DoubleAssignmentIsRejected) {
  AbsGraph g;
  g.neg->operations[0].result = g.cond;
  EXPECT_TRUE(mentions(check_graph(g.graph), "assigned more than once"));
}

TEST(CheckerTest, LinkArityMustMatchTargetInputs) {
  AbsGraph g;
  g.start->exits[0].args.push_back(g.x);
  EXPECT_TRUE(mentions(check_graph(g.graph), "passes 2 values for 1 inputs"));
}

TEST(CheckerTest, SwitchNeedsDistinctCases) {
  AbsGraph g;
  g.start->exits[1].exitcase = ConstValue::of_bool(true);
  EXPECT_TRUE(mentions(check_graph(g.graph), "same case"));
  g.start->exitswitch = nullptr;
  EXPECT_TRUE(mentions(check_graph(g.graph), "no exit switch"));
}

TEST(CheckerTest, BlockWithoutExitIsRejected) {
  AbsGraph g;
  g.neg->exits.clear();
  EXPECT_TRUE(mentions(check_graph(g.graph), "has no exits"));
}

TEST(CheckerTest, OperationArityIsChecked) {
  AbsGraph g;
  g.neg->operations[0].args.push_back(g.x2);
  EXPECT_TRUE(mentions(check_graph(g.graph), "neg takes 1 arguments, not 2"));
}

TEST(CheckerTest, ExceptionExitsCannotSeeTheFailedResult) {
  FunctionGraph graph("f", {});
  Entity index_error(EntityKind::kBuiltin, "IndexError");
  Value* lst = graph.new_variable("lst");
  Value* item = graph.new_variable("item");
  Value* etype = graph.new_variable();
  Value* evalue = graph.new_variable();
  Block* start = graph.start();
  graph.parameters = {"lst"};
  start->inputs = {lst};
  start->operations.push_back(
      {OpKind::kGetItem, {lst, graph.constant(ConstValue::of_int(0))}, item, {}});
  start->raises = true;
  start->exits.push_back({graph.return_block(), {item}, std::nullopt, nullptr, nullptr, {}});
  start->exits.push_back({graph.except_block(),
                          {etype, evalue},
                          ConstValue::of_entity(&index_error),
                          etype,
                          evalue,
                          {}});
  EXPECT_TRUE(check_graph(graph).empty());
  start->exits[1].args = {etype, item};
  EXPECT_TRUE(mentions(check_graph(graph), "is not defined in this block"));
  start->exits[1].exitcase.reset();
  EXPECT_TRUE(mentions(check_graph(graph), "must carry an exception class"));
}

TEST(CheckerTest, SpecialBlocksKeepTheirShape) {
  AbsGraph g;
  g.graph.return_block()->inputs.push_back(g.graph.new_variable());
  EXPECT_TRUE(mentions(check_graph(g.graph), "return block must have one input"));
}

TEST(CheckerTest, StartBlockTakesEveryParameter) {
  AbsGraph g;
  g.graph.parameters.push_back("unused");
  EXPECT_TRUE(mentions(check_graph(g.graph), "one input per parameter (2), not 1"));
}

TEST(DumpTest, TextDump) {
  AbsGraph g;
  std::ostringstream out;
  dump_text(out, g.graph);
  EXPECT_EQ(out.str(),
            "graph absval(x)\n"
            "block0(x_3):\n"
            "    v4 = lt(x_3, 0)\n"
            "    switch v4\n"
            "    case True --> block3(x_3)\n"
            "    case False --> return(x_3)\n"
            "block3(x_5):\n"
            "    v6 = neg(x_5)\n"
            "    --> return(v6)\n");
}

TEST(DumpTest, JsonDump) {
  AbsGraph g;
  nlohmann::ordered_json j = dump_json(g.graph);
  EXPECT_EQ(j["name"], "absval");
  EXPECT_EQ(j["blocks"].size(), 3u);  // start, negate, return
  EXPECT_EQ(j["blocks"][0]["operations"][0]["op"], "lt");
  EXPECT_EQ(j["blocks"][0]["exits"][0]["case"], "True");
  EXPECT_EQ(j["blocks"][0]["exits"][1]["target"], g.graph.return_block()->id);
}

TEST(DumpTest, DotDumpHasANodePerBlockAndAnEdgePerLink) {
  AbsGraph g;
  std::ostringstream out;
  dump_dot(out, g.graph);
  std::string dot = out.str();
  EXPECT_NE(dot.find("digraph \"absval\""), std::string::npos);
  EXPECT_NE(dot.find("b0 -> b3 [label=\"True: x_3\"]"), std::string::npos);
  EXPECT_NE(dot.find("v6 = neg(x_5)\\l"), std::string::npos);
}

}  // namespace
}  // namespace krait::flow
