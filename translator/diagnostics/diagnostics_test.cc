// Tests for source files, locations and GCC-style diagnostic rendering.
#include <gtest/gtest.h>

#include <sstream>

#include "translator/diagnostics/diagnostic.h"

namespace krait {
namespace {

std::string render(const Diagnostic& d, bool color = false) {
  std::ostringstream out;
  render_diagnostic(out, d, RenderOptions{color});
  return out.str();
}

TEST(SourceFileTest, SplitsLinesOnEveryPythonLineEnding) {
  SourceFile file("f.py", "a = 1\nb = 2\r\nc = 3\rd = 4");
  ASSERT_EQ(file.line_count(), 4);
  EXPECT_EQ(file.line(1), "a = 1");
  EXPECT_EQ(file.line(2), "b = 2");
  EXPECT_EQ(file.line(3), "c = 3");
  EXPECT_EQ(file.line(4), "d = 4");
  EXPECT_EQ(file.line(5), "");
  EXPECT_EQ(file.line(0), "");
  EXPECT_EQ(file.line_start(3), 13u);
}

TEST(SourceFileTest, TrailingNewlineDoesNotAddALine) {
  SourceFile file("f.py", "x\ny\n");
  EXPECT_EQ(file.line_count(), 2);
}

TEST(SourceFileTest, ReadReportsMissingFile) {
  std::string error;
  EXPECT_FALSE(SourceFile::read("/nonexistent/krait/file.py", &error).has_value());
  EXPECT_EQ(error, "No such file or directory");
}

TEST(DiagnosticTest, RendersLocationMessageLineAndCaret) {
  SourceFile file("prog.py", "x = 1\nprint(x +)\n");
  Diagnostic d{Severity::kError, {&file, {2, 9}, {2, 10}}, "invalid syntax", {}};
  EXPECT_EQ(render(d),
            "prog.py:2:10: error: invalid syntax\n"
            " 2 | print(x +)\n"
            "   |          ^\n");
}

TEST(DiagnosticTest, UnderlinesTheRangeWithTildes) {
  SourceFile file("p.py", "y = foo + 1\n");
  Diagnostic d{Severity::kError, {&file, {1, 4}, {1, 7}}, "name 'foo' is not defined", {}};
  EXPECT_EQ(render(d),
            "p.py:1:5: error: name 'foo' is not defined\n"
            " 1 | y = foo + 1\n"
            "   |     ^~~\n");
}

TEST(DiagnosticTest, ColumnsCountCodePointsAndKeepTabs) {
  SourceFile file("u.py", "\ts = 'é' + 1\n");
  // Byte column of '+' is 10 (tab, "s = '", two bytes of é, "' ").
  Diagnostic d{Severity::kError, {&file, {1, 10}, {1, 11}}, "bad operand", {}};
  EXPECT_EQ(render(d),
            "u.py:1:10: error: bad operand\n"
            " 1 | \ts = 'é' + 1\n"
            "   | \t        ^\n");
}

TEST(DiagnosticTest, MultiLineRangeMarksOnlyTheStart) {
  SourceFile file("m.py", "f(1,\n  2)\n");
  Diagnostic d{Severity::kError, {&file, {1, 0}, {2, 4}}, "too many arguments", {}};
  EXPECT_EQ(render(d),
            "m.py:1:1: error: too many arguments\n"
            " 1 | f(1,\n"
            "   | ^\n");
}

TEST(DiagnosticTest, NotesFollowTheirError) {
  SourceFile file("n.py", "a = [1]\na.append('s')\n");
  Diagnostic d{Severity::kError,
               {&file, {2, 9}, {2, 12}},
               "list item type conflict: int vs str",
               {Diagnostic{Severity::kNote, {&file, {1, 5}, {1, 6}}, "int item added here", {}}}};
  EXPECT_EQ(render(d),
            "n.py:2:10: error: list item type conflict: int vs str\n"
            " 2 | a.append('s')\n"
            "   |          ^~~\n"
            "n.py:1:6: note: int item added here\n"
            " 1 | a = [1]\n"
            "   |      ^\n");
}

TEST(DiagnosticTest, WithoutFileNamesTheTool) {
  Diagnostic d{Severity::kError, {}, "no input files", {}};
  EXPECT_EQ(render(d), "krait: error: no input files\n");
}

TEST(DiagnosticTest, ColourOnlyWhenAsked) {
  SourceFile file("c.py", "x\n");
  Diagnostic d{Severity::kWarning, {&file, {1, 0}, {1, 1}}, "unused", {}};
  EXPECT_EQ(render(d).find('\033'), std::string::npos);
  std::string colored = render(d, true);
  EXPECT_NE(colored.find("\033[1;35mwarning:"), std::string::npos);
  EXPECT_NE(colored.find("\033[1;32m^"), std::string::npos);
}

TEST(DiagnosticSinkTest, CountsOnlyErrors) {
  DiagnosticSink sink;
  sink.report(Diagnostic{Severity::kWarning, {}, "w", {}});
  EXPECT_FALSE(sink.has_errors());
  sink.error({}, "e");
  EXPECT_EQ(sink.error_count(), 1);
  EXPECT_EQ(sink.diagnostics().size(), 2u);
}

TEST(DisplayColumnTest, PastEndOfLineKeepsCounting) {
  EXPECT_EQ(display_column("ab", 0), 1);
  EXPECT_EQ(display_column("ab", 2), 3);
  EXPECT_EQ(display_column("ab", 4), 5);
  EXPECT_EQ(display_column("é", 2), 2);
}

}  // namespace
}  // namespace krait
