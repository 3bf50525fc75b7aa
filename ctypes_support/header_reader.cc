#include "ctypes_support/header_reader.h"

#include <filesystem>

#include "ctypes_support/clang_process.h"
#include "ctypes_support/header_cache.h"

namespace krait::ctypes_support {
namespace {

// The Clang that krait-clang-reader is built with (bazel/repositories.bzl's
// llvm16): part of the cache key, as another Clang may read a header otherwise.
constexpr const char* kClang = "clang-16";

constexpr const char* kFolderFlags[] = {"-I", "-isystem", "-iquote", "-idirafter"};

std::string absolute(const std::string& path) {
  std::error_code ec;
  std::filesystem::path full = std::filesystem::absolute(path, ec);
  return ec ? path : full.lexically_normal().string();
}

}  // namespace

std::vector<std::string> absolute_include_flags(const std::vector<std::string>& flags) {
  std::vector<std::string> result;
  bool folder_next = false;
  for (const std::string& flag : flags) {
    if (folder_next) {
      result.push_back(absolute(flag));
      folder_next = false;
      continue;
    }
    std::string rewritten = flag;
    for (const char* prefix : kFolderFlags) {
      std::string p = prefix;
      if (flag == p) {
        folder_next = true;
      } else if (flag.rfind(p, 0) == 0 && !(p == "-I" && flag.rfind("-I-", 0) == 0)) {
        rewritten = p + absolute(flag.substr(p.size()));
      }
      if (flag.rfind(p, 0) == 0) break;
    }
    result.push_back(rewritten);
  }
  return result;
}

ReadResult read_c_header(const ReadOptions& options) {
  ReadResult result;
  std::string error;
  std::optional<std::string> content = read_file_bytes(options.header, &error);
  if (!content) {
    result.status = ReadResult::Status::kUnreadable;
    result.diagnostics.push_back(CDiagnostic{
        Severity::kError, CLocation{}, "cannot read '" + options.header + "': " + error, {}});
    return result;
  }
  std::string header = absolute(options.header);
  std::vector<std::string> flags = absolute_include_flags(options.flags);
  std::string dir;
  std::string key;
  if (options.use_cache) {
    dir = options.cache_dir.empty() ? default_cache_dir() : options.cache_dir;
    key = cache_key(header, *content, flags, kClang);
    if (!dir.empty()) result.cache_file = cache_file(dir, key);
    if (std::optional<CHeader> cached = cache_load(dir, key)) {
      cached->header = options.header;
      cached->flags = options.flags;
      result.header = std::move(cached);
      result.from_cache = true;
      return result;
    }
  }
  bool unavailable = false;
  std::optional<CHeader> parsed =
      parse_in_clang_process(header, flags, result.diagnostics, &unavailable);
  if (!parsed) {
    result.status =
        unavailable ? ReadResult::Status::kReaderUnavailable : ReadResult::Status::kParseError;
    return result;
  }
  parsed->header = options.header;
  parsed->flags = options.flags;
  if (!dir.empty() && !cache_store(dir, key, *parsed)) result.cache_file.clear();
  result.header = std::move(parsed);
  return result;
}

const std::vector<std::string>& system_include_dirs() {
  static const std::vector<std::string> kDirs = {"/usr/local/include",
                                                 "/usr/include/x86_64-linux-gnu", "/usr/include"};
  return kDirs;
}

std::string include_name(const std::string& path) {
  for (const std::string& dir : system_include_dirs()) {
    std::string prefix = dir + "/";
    if (path.rfind(prefix, 0) == 0 && path.find('/', prefix.size()) == std::string::npos)
      return path.substr(prefix.size());
  }
  return path;
}

}  // namespace krait::ctypes_support
