// SourceFile: one Python source file as every stage sees it.
//
// Contract: `text()` is the file's content as UTF-8 (decoding from the
// declared source encoding is the tokenizer's job; a SourceFile holds the
// already-decoded text). Lines are numbered from 1 and columns are 0-based
// UTF-8 byte offsets into a line, CPython's convention for `lineno` and
// `col_offset`. A SourceFile never changes after construction, so locations
// may keep a pointer to it for as long as it lives.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace krait {

class SourceFile {
 public:
  SourceFile(std::string name, std::string text);

  // Reads a file as raw bytes; on failure returns nullopt and sets `error`
  // to a message naming the reason (e.g. "No such file or directory").
  static std::optional<SourceFile> read(const std::string& path, std::string* error);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }

  // Number of lines; a final line without a newline counts.
  int line_count() const { return static_cast<int>(line_starts_.size()); }

  // Line `lineno` (1-based) without its line terminator; empty when out of range.
  std::string_view line(int lineno) const;

  // Byte offset in text() of the start of line `lineno` (1-based).
  size_t line_start(int lineno) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<size_t> line_starts_;
};

// A position in a source file: 1-based line, 0-based UTF-8 byte column.
struct SourcePos {
  int line = 0;
  int column = 0;
  auto operator<=>(const SourcePos&) const = default;
};

// A span [begin, end) in one source file, as CPython's
// (lineno, col_offset, end_lineno, end_col_offset).
struct SourceRange {
  const SourceFile* file = nullptr;
  SourcePos begin;
  SourcePos end;
};

}  // namespace krait
