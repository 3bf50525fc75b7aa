#include "translator/syntax/source_encoding.h"

#include <iconv.h>

#include <cctype>
#include <cstring>
#include <optional>

namespace krait::syntax {
namespace {

std::string normalize_newlines(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '\r') {
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      c = '\n';
    }
    out += c;
  }
  return out;
}

// CPython's get_normal_name.
std::string normal_name(const std::string& name) {
  std::string lower;
  for (size_t i = 0; i < name.size() && i < 12; ++i) {
    char c = name[i];
    lower += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  auto starts = [&](const char* prefix) { return lower.rfind(prefix, 0) == 0; };
  if (lower == "utf-8" || starts("utf-8-")) return "utf-8";
  if (lower == "latin-1" || lower == "iso-8859-1" || lower == "iso-latin-1" || starts("latin-1-") ||
      starts("iso-8859-1-") || starts("iso-latin-1-")) {
    return "iso-8859-1";
  }
  return name;
}

// CPython's get_coding_spec on one line: nullopt when the line is not a
// comment-only line naming an encoding.
std::optional<std::string> coding_spec(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return std::nullopt;
  for (size_t at = line.find("coding", i); at != std::string_view::npos;
       at = line.find("coding", at + 1)) {
    size_t p = at + 6;
    if (p >= line.size() || (line[p] != ':' && line[p] != '=')) continue;
    do {
      ++p;
    } while (p < line.size() && (line[p] == ' ' || line[p] == '\t'));
    size_t begin = p;
    while (p < line.size() && (std::isalnum(static_cast<unsigned char>(line[p])) ||
                               line[p] == '-' || line[p] == '_' || line[p] == '.')) {
      ++p;
    }
    if (p > begin) return normal_name(std::string(line.substr(begin, p - begin)));
  }
  return std::nullopt;
}

bool blank_or_comment(std::string_view line) {
  for (char c : line) {
    if (c == '#') return true;
    if (c != ' ' && c != '\t' && c != '\f') return false;
  }
  return true;
}

// Converts with iconv; nullopt if the encoding is unknown, `*failed` set if
// the bytes do not decode.
std::optional<std::string> convert_to_utf8(const std::string& encoding, std::string_view text,
                                           bool* failed) {
  iconv_t cd = iconv_open("UTF-8", encoding.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    std::string dashed = encoding;
    for (char& c : dashed) c = c == '_' ? '-' : c;
    cd = iconv_open("UTF-8", dashed.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  }
  std::string out(text.size() * 4 + 16, '\0');
  char* in_ptr = const_cast<char*>(text.data());
  size_t in_left = text.size();
  char* out_ptr = out.data();
  size_t out_left = out.size();
  *failed = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left) == static_cast<size_t>(-1);
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace

DecodedSource decode_source(std::string_view raw) {
  DecodedSource result;
  auto fail = [&](std::string message, int line) {
    result.ok = false;
    result.error = std::move(message);
    result.error_line = line;
    return result;
  };
  bool bom = raw.size() >= 3 && std::memcmp(raw.data(), "\xEF\xBB\xBF", 3) == 0;
  if (bom) raw.remove_prefix(3);
  std::string text = normalize_newlines(raw);

  size_t nul = text.find('\0');
  if (nul != std::string::npos) {
    int line = 1;
    for (size_t i = 0; i < nul; ++i) line += text[i] == '\n';
    return fail("source code string cannot contain null bytes", line);
  }

  size_t end1 = text.find('\n');
  std::string_view line1 = std::string_view(text).substr(0, end1);
  std::optional<std::string> encoding = coding_spec(line1);
  if (!encoding && end1 != std::string::npos && blank_or_comment(line1)) {
    size_t end2 = text.find('\n', end1 + 1);
    std::string_view line2 =
        std::string_view(text).substr(end1 + 1, end2 == std::string::npos ? end2 : end2 - end1 - 1);
    encoding = coding_spec(line2);
  }
  if (encoding && bom && *encoding != "utf-8") {
    return fail("encoding problem: " + *encoding + " with BOM", 0);
  }
  result.declares_encoding = bom || encoding.has_value();
  if (!encoding || *encoding == "utf-8") {
    result.text = std::move(text);
    return result;
  }
  bool failed = false;
  std::optional<std::string> converted = convert_to_utf8(*encoding, text, &failed);
  if (!converted) return fail("unknown encoding: " + *encoding, 0);
  if (failed) return fail("(unicode error) '" + *encoding + "' codec can't decode the source", 0);
  result.text = std::move(*converted);
  return result;
}

}  // namespace krait::syntax
