#include "ctypes_support/header_cache.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ctypes_support/c_decls_json.h"

namespace krait::ctypes_support {
namespace {

constexpr const char* kFormat = "krait-c-header-cache-1";

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? "" : value;
}

}  // namespace

std::optional<std::string> read_file_bytes(const std::string& path, std::string* error) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    if (error != nullptr) *error = std::strerror(EISDIR);
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error != nullptr) *error = std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) {
    if (error != nullptr) *error = "read error";
    return std::nullopt;
  }
  return bytes.str();
}

std::string default_cache_dir() {
  // krait's cache folder, as the backend's (backend/compile.h) is.
  if (std::string dir = env("KRAIT_CACHE_DIR"); !dir.empty()) return dir + "/c-headers";
  if (std::string xdg = env("XDG_CACHE_HOME"); !xdg.empty()) return xdg + "/krait/c-headers";
  if (std::string home = env("HOME"); !home.empty()) return home + "/.cache/krait/c-headers";
  return "";
}

std::string cache_key(const std::string& absolute_header, const std::string& content,
                      const std::vector<std::string>& flags, const std::string& clang_version) {
  // Each part is length-prefixed so that no two different inputs meet.
  std::string material;
  auto add = [&](const std::string& part) {
    material += std::to_string(part.size()) + ":" + part + ";";
  };
  add(kFormat);
  add(clang_version);
  add(absolute_header);
  add(content_hash(content));
  for (const std::string& flag : flags) add(flag);
  return content_hash(material);
}

std::string cache_file(const std::string& dir, const std::string& key) {
  return dir + "/" + key + ".json";
}

std::optional<CHeader> cache_load(const std::string& dir, const std::string& key) {
  if (dir.empty()) return std::nullopt;
  std::optional<std::string> text = read_file_bytes(cache_file(dir, key), nullptr);
  if (!text) return std::nullopt;
  nlohmann::json json = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return std::nullopt;
  std::optional<CHeader> header = header_from_json(json, nullptr);
  if (!header) return std::nullopt;
  for (const CDependency& dep : header->dependencies) {
    std::optional<std::string> bytes = read_file_bytes(dep.path, nullptr);
    if (!bytes || content_hash(*bytes) != dep.hash) return std::nullopt;
  }
  return header;
}

bool cache_store(const std::string& dir, const std::string& key, const CHeader& header) {
  if (dir.empty()) return false;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return false;
  std::string text =
      header_to_json(header).dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::string temp = cache_file(dir, key) + ".XXXXXX";
  int fd = mkstemp(temp.data());
  if (fd < 0) return false;
  bool ok = true;
  for (size_t done = 0; ok && done < text.size();) {
    ssize_t n = write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += static_cast<size_t>(n);
  }
  ok = close(fd) == 0 && ok;
  if (ok) ok = std::rename(temp.c_str(), cache_file(dir, key).c_str()) == 0;
  if (!ok) std::remove(temp.c_str());
  return ok;
}

}  // namespace krait::ctypes_support
