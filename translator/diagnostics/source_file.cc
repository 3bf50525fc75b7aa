#include "translator/diagnostics/source_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace krait {

SourceFile::SourceFile(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  // Python ends a line at \n, \r\n or a lone \r.
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
    if ((c == '\n' || c == '\r') && i + 1 < text_.size()) line_starts_.push_back(i + 1);
  }
}

std::optional<SourceFile> SourceFile::read(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) {
    *error = "read error";
    return std::nullopt;
  }
  return SourceFile(path, bytes.str());
}

size_t SourceFile::line_start(int lineno) const {
  if (lineno < 1) return 0;
  if (lineno > line_count()) return text_.size();
  return line_starts_[lineno - 1];
}

std::string_view SourceFile::line(int lineno) const {
  if (lineno < 1 || lineno > line_count()) return {};
  size_t begin = line_starts_[lineno - 1];
  size_t end = begin;
  while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
  return std::string_view(text_).substr(begin, end - begin);
}

}  // namespace krait
