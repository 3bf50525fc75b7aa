// Finding, reading and parsing the program's own modules.
//
// Contract: a ModuleLoader finds module `a.b.c` as CPython's path finder
// does: a top-level module is looked up in each root in turn (the main
// program's folder first, like sys.path[0], then the --module-path
// folders), a package's (a/__init__.py) modules in the package's folder;
// in a folder, the package `c/__init__.py` comes before the module `c.py`,
// and a folder without __init__.py is a namespace package (an empty
// module) when nothing else matches. A module found is read, parsed and
// scanned (module_scanner.h) once; the loader owns its source and tree, so
// it must outlive every stage.
#pragma once

#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "translator/diagnostics/diagnostic.h"
#include "translator/flowgraph/module_imports.h"
#include "translator/flowgraph/program.h"
#include "translator/syntax/parse.h"

namespace krait::driver {

class ModuleLoader : public flow::ModuleImporter {
 public:
  // roots[0] is the main program's folder.
  ModuleLoader(flow::Program& program, DiagnosticSink& sink,
               std::vector<std::filesystem::path> roots)
      : program_(program), sink_(sink), roots_(std::move(roots)) {}

  flow::ModuleEntity* import(const std::string& name, bool& failed) override;

 private:
  struct Found {
    std::filesystem::path file;    // empty for a namespace package
    std::filesystem::path folder;  // a package's folder, else empty
    size_t root = 0;               // the root it was found under
  };
  std::optional<Found> find(const std::string& name) const;
  flow::ModuleEntity* load(const std::string& name, const Found& found, bool& failed);

  flow::Program& program_;
  DiagnosticSink& sink_;
  std::vector<std::filesystem::path> roots_;
  // The folder of each package loaded, and the root it came from.
  std::map<std::string, std::pair<std::filesystem::path, size_t>> packages_;
  std::deque<std::unique_ptr<SourceFile>> raw_sources_;
  std::deque<syntax::ParseResult> parsed_;
};

}  // namespace krait::driver
