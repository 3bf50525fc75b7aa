#include <gtest/gtest.h>

#include <sstream>

#include "translator/syntax/ast_json.h"
#include "translator/syntax/ast_text.h"
#include "translator/syntax/parse.h"

namespace krait::syntax {
namespace {

// The text dump of `source`, or "error LINE:COL: MESSAGE".
std::string parsed(std::string_view source) {
  SourceFile raw("t.py", std::string(source));
  DiagnosticSink sink;
  ParseResult result = parse_file(raw, sink);
  if (result.module == nullptr) {
    const Diagnostic& d = sink.diagnostics().at(0);
    return "error " + std::to_string(d.range.begin.line) + ":" +
           std::to_string(d.range.begin.column) + ": " + d.message;
  }
  EXPECT_EQ(sink.error_count(), 0);
  std::ostringstream out;
  dump_text(out, *result.module);
  return out.str();
}

nlohmann::ordered_json json_of(std::string_view source) {
  SourceFile raw("t.py", std::string(source));
  DiagnosticSink sink;
  ParseResult result = parse_file(raw, sink);
  EXPECT_NE(result.module, nullptr);
  return result.module ? to_cpython_json(*result.module) : nlohmann::ordered_json();
}

TEST(Parser, PrecedenceAndLocations) {
  EXPECT_EQ(parsed("(a) + b * -c ** 2\n"),
            "Module\n"
            "  body:\n"
            "    Expr 1:0-1:17\n"
            "      value: BinOp 1:0-1:17 op=Add\n"
            "        left: Name 1:1-1:2 id=a ctx=Load\n"
            "        right: BinOp 1:6-1:17 op=Mult\n"
            "          left: Name 1:6-1:7 id=b ctx=Load\n"
            "          right: UnaryOp 1:10-1:17 op=USub\n"
            "            operand: BinOp 1:11-1:17 op=Pow\n"
            "              left: Name 1:11-1:12 id=c ctx=Load\n"
            "              right: Constant 1:16-1:17 value=2\n");
}

TEST(Parser, AssignmentTargets) {
  EXPECT_EQ(parsed("a, *b = c\n"),
            "Module\n"
            "  body:\n"
            "    Assign 1:0-1:9\n"
            "      targets:\n"
            "        Tuple 1:0-1:5 ctx=Store\n"
            "          elts:\n"
            "            Name 1:0-1:1 id=a ctx=Store\n"
            "            Starred 1:3-1:5 ctx=Store\n"
            "              value: Name 1:4-1:5 id=b ctx=Store\n"
            "      value: Name 1:8-1:9 id=c ctx=Load\n");
}

TEST(Parser, SoftKeywordMatchStaysAName) {
  nlohmann::ordered_json call = json_of("match(x)\n");
  EXPECT_EQ(call["body"][0]["_type"], "Expr");
  nlohmann::ordered_json match = json_of("match x:\n  case [1, *rest] | {'k': _} if rest: pass\n");
  EXPECT_EQ(match["body"][0]["_type"], "Match");
  EXPECT_EQ(match["body"][0]["cases"][0]["pattern"]["_type"], "MatchOr");
}

TEST(Parser, FStringsCarryCPythonLocations) {
  nlohmann::ordered_json module = json_of("x = (f'a{b!r:>{w}}'\n     f'{c}')\n");
  const nlohmann::ordered_json& joined = module["body"][0]["value"];
  EXPECT_EQ(joined["_type"], "JoinedStr");
  const nlohmann::ordered_json& field = joined["values"][1];
  EXPECT_EQ(field["_type"], "FormattedValue");
  EXPECT_EQ(field["conversion"], 'r');
  // The field spans the whole concatenation; its expression is where it is.
  EXPECT_EQ(field["end_lineno"], 2);
  EXPECT_EQ(field["value"]["col_offset"], 9);
  // The spec's JoinedStr spans only the first token.
  EXPECT_EQ(field["format_spec"]["end_lineno"], 1);
  EXPECT_EQ(joined["values"][2]["value"]["lineno"], 2);
  EXPECT_EQ(joined["values"][2]["value"]["col_offset"], 8);
}

TEST(Parser, ConstantsInJson) {
  nlohmann::ordered_json module = json_of("(0xff, 1.5e3, 2j, u'\\udc80', b'\\xe9', ...)\n");
  const nlohmann::ordered_json& elts = module["body"][0]["value"]["elts"];
  EXPECT_EQ(elts[0]["value"], nlohmann::ordered_json({{"int", "255"}}));
  EXPECT_EQ(elts[1]["value"], nlohmann::ordered_json({{"float", "1500.0"}}));
  EXPECT_EQ(elts[2]["value"], nlohmann::ordered_json({{"complex", "2j"}}));
  EXPECT_EQ(elts[3]["value"], nlohmann::ordered_json({{"str_codepoints", {0xdc80}}}));
  EXPECT_EQ(elts[3]["kind"], "u");
  EXPECT_EQ(elts[4]["value"], nlohmann::ordered_json({{"bytes", "\u00e9"}}));
  EXPECT_EQ(elts[5]["value"], nlohmann::ordered_json({{"Ellipsis", nullptr}}));
}

TEST(Parser, NonAsciiIdentifiersAreNormalized) {
  nlohmann::ordered_json module = json_of("\xef\xbc\xa1 = 1\n");  // FULLWIDTH LATIN CAPITAL A
  EXPECT_EQ(module["body"][0]["targets"][0]["id"], "A");
}

TEST(Parser, SyntaxErrorsLikeCPython) {
  EXPECT_EQ(parsed("if x\n  y\n"), "error 1:4: expected ':'");
  EXPECT_EQ(parsed("1 = x\n"),
            "error 1:0: cannot assign to literal here. Maybe you meant '==' instead of '='?");
  EXPECT_EQ(parsed("f(x for x in y, 1)\n"),
            "error 1:2: Generator expression must be parenthesized");
  EXPECT_EQ(parsed("f(a=1, b)\n"), "error 1:8: positional argument follows keyword argument");
  EXPECT_EQ(parsed("x = [1,\n2\n"), "error 1:4: '[' was never closed");
  EXPECT_EQ(parsed("x = (1 2)\n"), "error 1:5: invalid syntax. Perhaps you forgot a comma?");
  EXPECT_EQ(parsed("  x\n"), "error 1:1: unexpected indent");
  EXPECT_EQ(parsed("if x:\npass\n"),
            "error 2:0: expected an indented block after 'if' statement on line 1");
  // A lexical error later in the file wins over a parser error, as in CPython.
  EXPECT_EQ(parsed("x = = 1\ny = 'abc\n"),
            "error 2:4: unterminated string literal (detected at line 2)");
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  std::string unary = "x = " + std::string(100000, '-') + "1\n";
  EXPECT_EQ(parsed(unary).rfind("error 1:", 0), 0u);
  std::string chain = "x = a";
  for (int i = 0; i < 100000; ++i) chain += ".b";
  EXPECT_NE(parsed(chain + "\n").find("expression too deeply nested"), std::string::npos);
}

}  // namespace
}  // namespace krait::syntax
