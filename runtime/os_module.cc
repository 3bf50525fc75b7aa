#include "runtime/os_module.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/file.h"

extern char** environ;

namespace krait::rt::os {
namespace {

std::string c_path(Str path) {
  return std::string(path.view());
}

NoneType check(int result, Str path) {
  if (result != 0) raise_os_error(errno, path);
  return None;
}

bool stat_of(Str path, struct stat& st) {
  return ::stat(c_path(path).c_str(), &st) == 0;
}

// The index after the last '/' (0 when there is none).
size_t after_last_sep(std::string_view p) {
  size_t i = p.rfind('/');
  return i == std::string_view::npos ? 0 : i + 1;
}

// posixpath.split's head: trailing slashes go unless it is all slashes.
std::string_view head_of(std::string_view p) {
  std::string_view head = p.substr(0, after_last_sep(p));
  if (!head.empty() && head.find_first_not_of('/') != std::string_view::npos) {
    while (head.back() == '/') head.remove_suffix(1);
  }
  return head;
}

}  // namespace

Str getcwd() {
  std::vector<char> buffer(4096);
  while (::getcwd(buffer.data(), buffer.size()) == nullptr) {
    if (errno != ERANGE) raise_os_error(errno, Str("."));
    buffer.resize(buffer.size() * 2);
  }
  return Str(std::string_view(buffer.data()));
}

List<Str>* listdir(Str path) {
  DIR* dir = ::opendir(c_path(path).c_str());
  if (dir == nullptr) raise_os_error(errno, path);
  auto* out = List<Str>::make();
  while (dirent* entry = ::readdir(dir)) {
    std::string_view name(entry->d_name);
    if (name != "." && name != "..") out->append(Str(name));
  }
  ::closedir(dir);
  return out;
}

int64_t getpid() {
  return ::getpid();
}

NoneType remove(Str path) {
  return check(::unlink(c_path(path).c_str()), path);
}
NoneType unlink(Str path) {
  return remove(path);
}
NoneType mkdir(Str path) {
  return check(::mkdir(c_path(path).c_str(), 0777), path);
}
NoneType rmdir(Str path) {
  return check(::rmdir(c_path(path).c_str()), path);
}

NoneType rename(Str from, Str to) {
  if (::rename(c_path(from).c_str(), c_path(to).c_str()) != 0) raise_os_error(errno, from, to);
  return None;
}

Dict<Str, Str>* environ() {
  static Dict<Str, Str>* env = nullptr;
  if (env == nullptr) {
    env = Dict<Str, Str>::make();
    for (char** e = ::environ; e != nullptr && *e != nullptr; ++e) {
      std::string_view entry(*e);
      size_t eq = entry.find('=');
      if (eq == std::string_view::npos) continue;
      env->set_item(Str(entry.substr(0, eq)), Str(entry.substr(eq + 1)));
    }
  }
  return env;
}

Str getenv(Str key, Str dflt) {
  return environ()->get(key, dflt);
}

namespace path {

Str join(Str first, std::initializer_list<Str> rest) {
  std::string out(first.view());
  for (Str part : rest) {
    std::string_view b = part.view();
    if (!b.empty() && b[0] == '/') {
      out = b;
    } else if (out.empty() || out.back() == '/') {
      out += b;
    } else {
      out += '/';
      out += b;
    }
  }
  return Str(out);
}

bool exists(Str path) {
  struct stat st {};
  return stat_of(path, st);
}
bool isfile(Str path) {
  struct stat st {};
  return stat_of(path, st) && S_ISREG(st.st_mode);
}
bool isdir(Str path) {
  struct stat st {};
  return stat_of(path, st) && S_ISDIR(st.st_mode);
}
bool isabs(Str path) {
  return !path.view().empty() && path.view()[0] == '/';
}

Str basename(Str path) {
  std::string_view p = path.view();
  return Str(p.substr(after_last_sep(p)));
}

Str dirname(Str path) {
  return Str(head_of(path.view()));
}

Tuple<Str, Str> split(Str path) {
  std::string_view p = path.view();
  return {Str(head_of(p)), Str(p.substr(after_last_sep(p)))};
}

Tuple<Str, Str> splitext(Str path) {
  std::string_view p = path.view();
  size_t sep_index = p.rfind('/'), dot_index = p.rfind('.');
  bool has_dot = dot_index != std::string_view::npos;
  if (has_dot && (sep_index == std::string_view::npos || dot_index > sep_index)) {
    // A name made only of leading dots (".bashrc") has no extension.
    size_t name = sep_index == std::string_view::npos ? 0 : sep_index + 1;
    for (size_t i = name; i < dot_index; ++i)
      if (p[i] != '.') return {Str(p.substr(0, dot_index)), Str(p.substr(dot_index))};
  }
  return {path, Str("")};
}

Str normpath(Str path) {
  std::string_view p = path.view();
  if (p.empty()) return Str(".");
  size_t initial = 0;
  if (p[0] == '/')
    initial = p.size() >= 2 && p[1] == '/' && !(p.size() >= 3 && p[2] == '/') ? 2 : 1;
  std::vector<std::string_view> comps;
  size_t start = 0;
  while (start <= p.size()) {
    size_t end = p.find('/', start);
    if (end == std::string_view::npos) end = p.size();
    std::string_view comp = p.substr(start, end - start);
    start = end + 1;
    if (comp.empty() || comp == ".") continue;
    if (comp != ".." || (initial == 0 && comps.empty()) ||
        (!comps.empty() && comps.back() == "..")) {
      comps.push_back(comp);
    } else if (!comps.empty()) {
      comps.pop_back();
    }
  }
  std::string out(initial, '/');
  for (size_t i = 0; i < comps.size(); ++i) {
    if (i > 0) out += '/';
    out += comps[i];
  }
  return Str(out.empty() ? std::string(".") : out);
}

Str abspath(Str path) {
  if (!isabs(path)) path = join(getcwd(), {path});
  return normpath(path);
}

int64_t getsize(Str path) {
  struct stat st {};
  if (!stat_of(path, st)) raise_os_error(errno, path);
  return static_cast<int64_t>(st.st_size);
}

}  // namespace path
}  // namespace krait::rt::os
