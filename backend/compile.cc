#include "backend/compile.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

extern char** environ;

namespace krait::backend {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> common_flags(const CompileOptions& o) {
  return {"-std=c++20", "-O" + o.opt_level,   "-ffp-contract=off", "-fno-fast-math",
          "-w",         "-I" + o.runtime_root};
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::string content_hash(const std::string& text) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

int run_process(const std::vector<std::string>& argv, std::string* log, int* signal) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  char log_path[] = "/tmp/krait-log-XXXXXX";
  int fd = log != nullptr ? mkstemp(log_path) : -1;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (fd >= 0) {
    posix_spawn_file_actions_adddup2(&actions, fd, 1);
    posix_spawn_file_actions_adddup2(&actions, fd, 2);
  }
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  int status = -1;
  if (rc == 0 && waitpid(pid, &status, 0) == pid) {
    if (signal != nullptr && WIFSIGNALED(status)) *signal = WTERMSIG(status);
    status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  } else {
    status = -1;
  }
  if (fd >= 0) {
    close(fd);
    *log += read_file(log_path);
    unlink(log_path);
    if (rc != 0) *log += "cannot run " + argv[0] + "\n";
  }
  return status;
}

std::string find_runtime_root() {
  if (const char* env = std::getenv("KRAIT_RUNTIME_ROOT")) return env;
  // Under `bazel test` and `bazel run`, the runfiles of the test or program
  // that runs krait hold the runtime's sources (krait's data); krait's own
  // runfiles tree may be missing or stale then, as nothing needs it built.
  std::vector<fs::path> candidates;
  for (const char* var : {"RUNFILES_DIR", "TEST_SRCDIR"}) {
    if (const char* dir = std::getenv(var)) candidates.push_back(fs::path(dir) / "krait");
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back(fs::path(exe.string() + ".runfiles") / "krait");
  for (const fs::path& candidate : candidates) {
    if (fs::exists(candidate / "runtime" / "main.h")) return candidate.string();
  }
  return "";
}

std::string default_cache_dir() {
  if (const char* env = std::getenv("KRAIT_CACHE_DIR")) return env;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME")) return std::string(xdg) + "/krait";
  if (const char* home = std::getenv("HOME")) return std::string(home) + "/.cache/krait";
  return "/tmp/krait-cache";
}

std::optional<std::string> runtime_archive(const CompileOptions& o, std::string* error) {
  fs::path dir = fs::path(o.runtime_root) / "runtime";
  std::vector<fs::path> sources;
  std::string key = o.cxx + " " + o.opt_level;
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) files.push_back(entry.path());
  if (ec || files.empty()) {
    *error = "cannot read the runtime sources in " + dir.string();
    return std::nullopt;
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::string name = f.filename().string();
    bool is_test = name.find("_test") != std::string::npos;
    if (is_test || (f.extension() != ".cc" && f.extension() != ".h")) continue;
    key += name + read_file(f);
    if (f.extension() == ".cc") sources.push_back(f);
  }
  fs::path out_dir = fs::path(o.cache_dir) / ("runtime-" + content_hash(key));
  fs::path archive = out_dir / "libkrait_rt.a";
  if (fs::exists(archive)) return archive.string();
  fs::create_directories(out_dir, ec);
  // A folder of its own (not named by the pid: processes in different
  // sandboxes, such as concurrent Bazel tests, can have the same one).
  std::string work_name = (out_dir / "build-XXXXXX").string();
  if (ec || mkdtemp(work_name.data()) == nullptr) {
    *error = "cannot create a folder in " + out_dir.string();
    return std::nullopt;
  }
  fs::path work = work_name;
  std::vector<std::string> objects;
  std::string log;
  for (const fs::path& src : sources) {
    std::string obj = (work / (src.stem().string() + ".o")).string();
    std::vector<std::string> cmd = {o.cxx, "-c", src.string(), "-o", obj};
    for (const std::string& f : common_flags(o)) cmd.push_back(f);
    if (run_process(cmd, &log) != 0) {
      *error = "compiling the runtime failed:\n" + log;
      return std::nullopt;
    }
    objects.push_back(obj);
  }
  // runtime/program.h precompiled, beside the archive: build_executable()
  // compiles every program with it.
  fs::path pch_dir = work / "pch";
  fs::create_directories(pch_dir, ec);
  std::ofstream(pch_dir / "program.h") << "#include \"runtime/program.h\"\n";
  std::vector<std::string> pch = {o.cxx,        "-x",
                                  "c++-header", (pch_dir / "program.h").string(),
                                  "-o",         (pch_dir / "program.h.gch").string()};
  for (const std::string& f : common_flags(o)) pch.push_back(f);
  if (run_process(pch, &log) != 0) {
    *error = "precompiling runtime/program.h failed:\n" + log;
    return std::nullopt;
  }
  fs::rename(pch_dir, out_dir / "pch", ec);
  fs::path tmp_archive = work / "libkrait_rt.a";
  std::vector<std::string> ar = {"ar", "rcs", tmp_archive.string()};
  ar.insert(ar.end(), objects.begin(), objects.end());
  if (run_process(ar, &log) != 0) {
    *error = "archiving the runtime failed:\n" + log;
    return std::nullopt;
  }
  fs::rename(tmp_archive, archive, ec);  // atomic: concurrent builders agree
  fs::remove_all(work, ec);
  return archive.string();
}

std::vector<std::string> c_library_flags(const std::string& cpp) {
  std::istringstream in(cpp);
  std::string line;
  for (int i = 0; i < 2 && std::getline(in, line); ++i) {
    const std::string prefix = "// krait-link:";
    if (line.rfind(prefix, 0) != 0) continue;
    std::istringstream flags(line.substr(prefix.size()));
    std::vector<std::string> out;
    for (std::string flag; flags >> flag;) out.push_back(flag);
    return out;
  }
  return {};
}

std::string link_script(const std::vector<std::string>& flags) {
  std::string out = "/* The C libraries the program loads with ctypes (krait translate). */\n";
  for (const std::string& flag : flags) out += "INPUT(" + flag + ")\n";
  return out;
}

bool build_executable(const std::string& cpp_file, const std::string& output,
                      const CompileOptions& o, std::string* error) {
  std::optional<std::string> archive = runtime_archive(o, error);
  if (!archive) return false;
  std::string tmp_output = output + ".tmp-" + std::to_string(getpid());
  // The runtime's headers precompiled with the same flags: GCC then skips
  // parsing them, most of a small program's compile time.
  fs::path pch = fs::path(*archive).parent_path() / "pch" / "program.h";
  std::vector<std::string> cmd = {o.cxx, "-include", pch.string(), cpp_file, "-o", tmp_output};
  for (const std::string& f : common_flags(o)) cmd.push_back(f);
  for (const char* f : {"-lgc", "-licuuc", "-lgmp", "-lnettle", "-lpcre2-8", "-lz", "-lpthread"}) {
    if (std::string(f) == "-lgc") cmd.push_back(*archive);
    cmd.push_back(f);
  }
  std::ifstream cpp_in(cpp_file);
  std::vector<std::string> libraries =
      c_library_flags(std::string(std::istreambuf_iterator<char>(cpp_in), {}));
  for (const std::string& dir : o.library_path) {
    cmd.push_back("-L" + dir);
    cmd.push_back("-Wl,-rpath," + dir);
  }
  cmd.insert(cmd.end(), libraries.begin(), libraries.end());
  std::string log;
  if (run_process(cmd, &log) != 0) {
    // The libraries a program loads with ctypes are the user's: a link
    // failure naming one of them is not a Krait bug.
    bool link_failed =
        log.find("ld returned") != std::string::npos && log.find("error:") == std::string::npos;
    *error =
        link_failed && !libraries.empty()
            ? "linking the C libraries the program loads with ctypes failed:\n" + log
            : "internal error: the C++ compiler rejected the generated code (a Krait bug):\n" + log;
    std::error_code ec;
    fs::remove(tmp_output, ec);
    return false;
  }
  std::error_code ec;
  fs::rename(tmp_output, output, ec);
  if (ec) {
    *error = "cannot write " + output + ": " + ec.message();
    return false;
  }
  return true;
}

}  // namespace krait::backend
