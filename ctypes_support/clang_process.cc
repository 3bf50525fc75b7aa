#include "ctypes_support/clang_process.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "ctypes_support/c_decls_json.h"

extern char** environ;

namespace krait::ctypes_support {
namespace {

namespace fs = std::filesystem;

constexpr const char* kHelper = "krait-clang-reader";

std::atomic<int> start_count{0};

CDiagnostic error_about(const std::string& header, const std::string& message) {
  return CDiagnostic{Severity::kError, CLocation{header, 0, 0}, message, {}};
}

// Runs argv, returning its stdout and exit status (-1 when it could not run,
// 128 + N when signal N ended it).
int run_capturing(const std::vector<std::string>& argv, std::string& out, std::string* error) {
  int fds[2];
  if (pipe(fds) != 0) {
    *error = std::strerror(errno);
    return -1;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  posix_spawn_file_actions_addclose(&actions, fds[1]);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    *error = std::strerror(rc);
    return -1;
  }
  char buffer[65536];
  while (true) {
    ssize_t n = read(fds[0], buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buffer, static_cast<size_t>(n));
  }
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      *error = std::strerror(errno);
      return -1;
    }
  }
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool is_executable(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec) && access(path.c_str(), X_OK) == 0;
}

}  // namespace

int clang_start_count() {
  return start_count.load();
}

std::string find_clang_reader() {
  if (const char* env = std::getenv("KRAIT_CLANG_READER"); env != nullptr && *env != '\0') {
    return env;
  }
  std::vector<fs::path> candidates;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back(exe.parent_path() / kHelper);
  fs::path in_runfiles = fs::path("krait") / "ctypes_support" / kHelper;
  for (const char* var : {"RUNFILES_DIR", "TEST_SRCDIR"}) {
    if (const char* dir = std::getenv(var)) candidates.push_back(fs::path(dir) / in_runfiles);
  }
  if (!ec) {
    candidates.push_back(fs::path(exe.string() + ".runfiles") / in_runfiles);
    // bazel-bin/translator/cli/krait -> bazel-bin/ctypes_support/krait-clang-reader
    candidates.push_back(exe.parent_path().parent_path().parent_path() / "ctypes_support" /
                         kHelper);
  }
  for (const fs::path& candidate : candidates) {
    if (is_executable(candidate)) return candidate.string();
  }
  return "";
}

std::optional<CHeader> parse_in_clang_process(const std::string& header,
                                              const std::vector<std::string>& flags,
                                              std::vector<CDiagnostic>& diagnostics,
                                              bool* unavailable) {
  *unavailable = false;
  std::string helper = find_clang_reader();
  if (helper.empty()) {
    *unavailable = true;
    diagnostics.push_back(error_about(
        "", std::string("cannot find ") + kHelper +
                ", the C header reader's Clang process (set KRAIT_CLANG_READER to its path)"));
    return std::nullopt;
  }
  std::vector<std::string> argv = {helper, header};
  argv.insert(argv.end(), flags.begin(), flags.end());
  ++start_count;
  std::string out, error;
  int status = run_capturing(argv, out, &error);
  if (status != 0) {
    *unavailable = status < 0;
    diagnostics.push_back(
        error_about("", status < 0 ? "cannot run " + helper + ": " + error
                                   : kHelper + std::string(" failed (exit status ") +
                                         std::to_string(status) + ") reading " + header));
    return std::nullopt;
  }
  nlohmann::json answer = nlohmann::json::parse(out, nullptr, /*allow_exceptions=*/false);
  if (answer.is_object() && answer.contains("header")) {
    std::string json_error;
    std::optional<CHeader> model = header_from_json(answer["header"], &json_error);
    if (model) return model;
  } else if (answer.is_object() && answer.contains("diagnostics") &&
             answer["diagnostics"].is_array() && !answer["diagnostics"].empty()) {
    for (const nlohmann::json& d : answer["diagnostics"]) {
      if (std::optional<CDiagnostic> diagnostic = diagnostic_from_json(d)) {
        diagnostics.push_back(std::move(*diagnostic));
      }
    }
    if (!diagnostics.empty()) return std::nullopt;
  }
  *unavailable = true;
  diagnostics.push_back(
      error_about("", std::string(kHelper) + " gave an answer krait cannot read"));
  return std::nullopt;
}

}  // namespace krait::ctypes_support
