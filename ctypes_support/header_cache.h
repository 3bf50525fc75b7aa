// The on-disk cache of read C headers: one JSON file (c_decls_json.h) per
// (header, content, flags, Clang version), so a second read starts no Clang.
//
// Contract: the cache folder is the caller's choice, else c-headers in
// krait's cache folder: $KRAIT_CACHE_DIR/c-headers, else
// $XDG_CACHE_HOME/krait/c-headers, else ~/.cache/krait/c-headers. An
// entry is `<key>.json`, the key a hash of the header's absolute path and
// bytes, the flags and the Clang (major) version. An entry is used only when every
// file the header's translation unit read (CHeader::dependencies) still has
// the recorded hash, so editing an included header also misses. Writes are
// atomic (a temporary file in the folder, then rename), so concurrent
// readers see a whole entry or none. A cache that cannot be read or written
// is just a miss: the cache never makes a read fail.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ctypes_support/c_decls.h"

namespace krait::ctypes_support {

// The default folder (see above); empty when no environment variable helps.
std::string default_cache_dir();

std::string cache_key(const std::string& absolute_header, const std::string& content,
                      const std::vector<std::string>& flags, const std::string& clang_version);

// The entry's path in `dir`.
std::string cache_file(const std::string& dir, const std::string& key);

// The cached model, or nullopt when absent, unreadable or stale.
std::optional<CHeader> cache_load(const std::string& dir, const std::string& key);

// Stores the model; false when the folder or file cannot be written.
bool cache_store(const std::string& dir, const std::string& key, const CHeader& header);

// The bytes of a file; nullopt (and the reason in *error) when unreadable.
std::optional<std::string> read_file_bytes(const std::string& path, std::string* error);

}  // namespace krait::ctypes_support
