// The front half of the pipeline, as one call: source file -> syntax tree ->
// program entities -> flow graphs.
//
// Contract: load_program() reads and parses the main module, scans it
// (module_scanner.h) and builds the flow graph of the module body and of
// every function and method. Every problem is reported to the sink; the
// result is usable only when it returns true. The Frontend owns everything
// the later stages point into (sources, syntax trees, entities, graphs), so
// it must outlive them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "translator/diagnostics/diagnostic.h"
#include "translator/flowgraph/graph.h"
#include "translator/flowgraph/program.h"
#include "translator/syntax/parse.h"

namespace krait::driver {

struct Frontend {
  std::unique_ptr<SourceFile> raw_source;
  syntax::ParseResult parsed;
  flow::Program program;
  flow::ModuleEntity* main_module = nullptr;
  std::unique_ptr<flow::FunctionGraph> module_graph;
  // One graph per function entity, in definition order.
  std::vector<std::pair<const flow::FunctionEntity*, std::unique_ptr<flow::FunctionGraph>>> graphs;

  // The graph of a function by qualified name ("f", "C.m") or "<module>".
  const flow::FunctionGraph* find_graph(const std::string& qualname) const;
};

enum class LoadStatus { kOk, kUnreadable, kProgramError };

// `read_error` receives the reason when the file cannot be read.
LoadStatus load_program(const std::string& path, Frontend& frontend, DiagnosticSink& sink,
                        std::string* read_error);

}  // namespace krait::driver
