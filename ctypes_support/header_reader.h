// The C header reader: a header's declarations as the model of c_decls.h,
// read by Clang LibTooling once and then from the cache.
//
// Contract: read_c_header reads `options.header` as C (see clang_parse.h for
// how Clang is run: `-x c-header`, Clang's builtin headers, the system
// include paths, then `options.flags`, e.g. "-I", "dir", "-DNAME=1"; relative
// include folders are made absolute first). A cache hit (header_cache.h)
// returns the stored model without starting Clang; a miss runs Clang in its
// own process (clang_process.h). Failures are values:
//   kUnreadable         the header cannot be read (one diagnostic, no place)
//   kParseError         Clang found errors (each with its place in the C source)
//   kReaderUnavailable  the Clang process cannot be found or run, or crashed
// Never throws, never prints. Locations in the model are absolute paths;
// CHeader::header and CHeader::flags are the caller's, as given.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ctypes_support/c_decls.h"
#include "ctypes_support/c_diagnostic.h"

namespace krait::ctypes_support {

struct ReadOptions {
  std::string header;
  std::vector<std::string> flags;
  bool use_cache = true;
  std::string cache_dir;  // empty: default_cache_dir() of header_cache.h
};

struct ReadResult {
  enum class Status { kOk, kUnreadable, kParseError, kReaderUnavailable };
  Status status = Status::kOk;
  std::optional<CHeader> header;         // set exactly when status is kOk
  std::vector<CDiagnostic> diagnostics;  // why not
  bool from_cache = false;
  std::string cache_file;  // the entry used or written; empty without a cache
};

ReadResult read_c_header(const ReadOptions& options);

// The folders `#include <...>` searches after the -I ones: GCC's order on
// Debian x86-64 (local, multiarch, then /usr/include).
const std::vector<std::string>& system_include_dirs();
// `path` as `#include <...>` names it when it lies in one of them
// ("/usr/include/zlib.h" -> "zlib.h"), else `path` itself.
std::string include_name(const std::string& path);

// `flags` with the folders of -I, -isystem, -iquote and -idirafter made
// absolute (joined "-Idir" or separate "-I" "dir" forms).
std::vector<std::string> absolute_include_flags(const std::vector<std::string>& flags);

}  // namespace krait::ctypes_support
