#include "ctypes_support/clang_parse.h"

#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/FileManager.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Basic/Version.h>
#include <clang/Driver/Driver.h>
#include <clang/Frontend/ASTUnit.h>
#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/Tooling.h>
#include <dlfcn.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "ctypes_support/clang_walk.h"

namespace krait::ctypes_support {
namespace {

bool has_builtin_headers(const std::string& dir) {
  return !dir.empty() && llvm::sys::fs::exists(dir + "/include/stddef.h");
}

// Shows a path under the working directory relative to it, as GCC does for
// files named relative to it.
std::string shown_path(const std::string& path) {
  llvm::SmallString<256> cwd;
  if (llvm::sys::fs::current_path(cwd)) return path;
  std::string prefix = std::string(cwd.str()) + "/";
  return path.rfind(prefix, 0) == 0 ? path.substr(prefix.size()) : path;
}

// Collects Clang's errors as CDiagnostics instead of printing them.
class Collector : public clang::DiagnosticConsumer {
 public:
  explicit Collector(std::vector<CDiagnostic>& out) : out_(out) {}

  void HandleDiagnostic(clang::DiagnosticsEngine::Level level,
                        const clang::Diagnostic& info) override {
    clang::DiagnosticConsumer::HandleDiagnostic(level, info);
    // Notes explain the error before them; warnings are not Krait's business.
    bool note = level == clang::DiagnosticsEngine::Note;
    if (note ? out_.empty() || !last_was_error_ : level < clang::DiagnosticsEngine::Error) {
      last_was_error_ = last_was_error_ && note;
      return;
    }
    CDiagnostic d;
    if (note) d.severity = Severity::kNote;
    llvm::SmallString<256> message;
    info.FormatDiagnostic(message);
    d.message = std::string(message.str());
    if (info.hasSourceManager() && info.getLocation().isValid()) {
      const clang::SourceManager& sm = info.getSourceManager();
      clang::PresumedLoc p = sm.getPresumedLoc(sm.getFileLoc(info.getLocation()));
      if (p.isValid()) {
        d.location = CLocation{shown_path(p.getFilename()), static_cast<int>(p.getLine()),
                               static_cast<int>(p.getColumn())};
      }
    }
    if (note) {
      out_.back().notes.push_back(std::move(d));
    } else {
      out_.push_back(std::move(d));
      last_was_error_ = true;
    }
  }

 private:
  std::vector<CDiagnostic>& out_;
  bool last_was_error_ = false;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Every file the translation unit read, the main file first, then by path.
std::vector<CDependency> dependencies(const clang::SourceManager& sm) {
  std::vector<std::string> paths;
  const clang::FileEntry* main = sm.getFileEntryForID(sm.getMainFileID());
  for (auto it = sm.fileinfo_begin(); it != sm.fileinfo_end(); ++it) {
    llvm::StringRef real = it->first->tryGetRealPathName();
    if (it->first != main && !real.empty()) paths.push_back(std::string(real));
  }
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  if (main != nullptr && !main->tryGetRealPathName().empty()) {
    paths.insert(paths.begin(), std::string(main->tryGetRealPathName()));
  }
  std::vector<CDependency> deps;
  for (const std::string& path : paths)
    deps.push_back(CDependency{path, content_hash(read_file(path))});
  return deps;
}

}  // namespace

std::string clang_resource_dir() {
  // The Clang library's folder stands where clang's binary looks from its
  // bin/ folder: <prefix>/lib/libclang-cpp.so -> <prefix>/bin/clang ->
  // <prefix>/lib/clang/<major>.
  Dl_info info;
  if (dladdr(reinterpret_cast<void*>(&clang::getClangFullVersion), &info) != 0 &&
      info.dli_fname != nullptr) {
    llvm::SmallString<256> library;
    if (!llvm::sys::fs::real_path(info.dli_fname, library)) {
      llvm::SmallString<256> binary = llvm::sys::path::parent_path(library);
      llvm::sys::path::append(binary, "..", "bin", "clang");
      std::string dir = clang::driver::Driver::GetResourcesPath(std::string(binary.str()));
      llvm::SmallString<256> clean(dir);
      llvm::sys::path::remove_dots(clean, /*remove_dot_dot=*/true);
      if (has_builtin_headers(std::string(clean.str()))) return std::string(clean.str());
    }
  }
  if (const char* env = std::getenv("KRAIT_CLANG_RESOURCE_DIR"); env != nullptr) {
    if (has_builtin_headers(env)) return env;
  }
  std::string fallback =
      "/usr/lib/llvm-" CLANG_VERSION_MAJOR_STRING "/lib/clang/" CLANG_VERSION_MAJOR_STRING;
  return has_builtin_headers(fallback) ? fallback : "";
}

std::optional<CHeader> parse_with_clang(const std::string& header,
                                        const std::vector<std::string>& flags,
                                        std::vector<CDiagnostic>& diagnostics) {
  try {
    std::vector<std::string> args = {"-x", "c-header"};
    std::string resource_dir = clang_resource_dir();
    if (!resource_dir.empty()) args.push_back("-resource-dir=" + resource_dir);
    args.insert(args.end(), flags.begin(), flags.end());
    clang::tooling::FixedCompilationDatabase database(".", args);
    clang::tooling::ClangTool tool(database, {header});
    tool.setPrintErrorMessage(false);
    std::vector<CDiagnostic> found;
    Collector collector(found);  // outlives the ASTs, whose engines point to it
    tool.setDiagnosticConsumer(&collector);
    std::vector<std::unique_ptr<clang::ASTUnit>> asts;
    int status = tool.buildASTs(asts);
    if (!found.empty() || status != 0 || asts.size() != 1 || asts[0] == nullptr) {
      if (found.empty()) {
        found.push_back(CDiagnostic{Severity::kError,
                                    CLocation{shown_path(header), 0, 0},
                                    "Clang could not parse this header",
                                    {}});
      }
      diagnostics.insert(diagnostics.end(), found.begin(), found.end());
      return std::nullopt;
    }
    clang::ASTUnit& ast = *asts[0];
    CHeader result;
    result.header = header;
    result.flags = flags;
    walk_translation_unit(ast.getASTContext(), ast.getPreprocessor(), result);
    result.dependencies = dependencies(ast.getSourceManager());
    return result;
  } catch (const std::exception& e) {
    diagnostics.push_back(CDiagnostic{Severity::kError,
                                      CLocation{shown_path(header), 0, 0},
                                      std::string("internal error reading the header: ") + e.what(),
                                      {}});
    return std::nullopt;
  }
}

}  // namespace krait::ctypes_support
