// The front half of the pipeline, as one call: source file -> syntax tree ->
// program entities -> flow graphs.
//
// Contract: load_program() reads and parses the main module, scans it
// (module_scanner.h) together with every module of the program it imports
// (module_loader.h: found next to it or in the module path) and builds the
// flow graph of the main module's body and of every function and method
// (an imported module's body is a function), then checks the program's
// ctypes declarations against the C headers that declare its libraries
// (ctypes_support/header_check.h). Every problem is reported to the sink; the
// result is usable only when it returns true. The Frontend owns everything
// the later stages point into (sources, syntax trees, entities, graphs), so
// it must outlive them.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "translator/diagnostics/diagnostic.h"
#include "translator/driver/module_loader.h"
#include "translator/flowgraph/graph.h"
#include "translator/flowgraph/program.h"
#include "translator/syntax/parse.h"

namespace krait::driver {

struct Frontend {
  std::unique_ptr<SourceFile> raw_source;
  syntax::ParseResult parsed;
  flow::Program program;
  std::unique_ptr<ModuleLoader> modules;  // owns the imported modules' sources and trees
  flow::ModuleEntity* main_module = nullptr;
  std::unique_ptr<flow::FunctionGraph> module_graph;
  // The C headers the notes of ctypes diagnostics show.
  std::deque<std::unique_ptr<SourceFile>> c_files;
  // One graph per function entity, in definition order.
  std::vector<std::pair<const flow::FunctionEntity*, std::unique_ptr<flow::FunctionGraph>>> graphs;

  // The graph of a function by qualified name ("f", "C.m") or "<module>".
  const flow::FunctionGraph* find_graph(const std::string& qualname) const;
};

enum class LoadStatus { kOk, kUnreadable, kProgramError };

// The C headers a program's ctypes declarations are checked against, for
// every library it loads (ctypes_support/header_check.h), and whether they
// are read through the header cache (off in build actions, which Bazel
// caches itself and which must not write outside their outputs).
struct CHeaderOptions {
  std::vector<std::string> headers;
  bool use_cache = true;
};

struct LoadOptions {
  // Folders searched for imported modules after the main program's own
  // folder (like PYTHONPATH).
  std::vector<std::string> module_path;
  CHeaderOptions c_headers;
};

// `read_error` receives the reason when the file cannot be read.
LoadStatus load_program(const std::string& path, Frontend& frontend, DiagnosticSink& sink,
                        std::string* read_error, const LoadOptions& options = {});

}  // namespace krait::driver
