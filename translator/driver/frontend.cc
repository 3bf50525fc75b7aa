#include "translator/driver/frontend.h"

#include <filesystem>

#include "ctypes_support/header_check.h"
#include "translator/flowgraph/builder.h"
#include "translator/flowgraph/module_imports.h"
#include "translator/flowgraph/module_scanner.h"

namespace krait::driver {

const flow::FunctionGraph* Frontend::find_graph(const std::string& qualname) const {
  if (qualname == "<module>") return module_graph.get();
  for (const auto& [entity, graph] : graphs) {
    if (entity->qualname == qualname) return graph.get();
  }
  return nullptr;
}

LoadStatus load_program(const std::string& path, Frontend& frontend, DiagnosticSink& sink,
                        std::string* read_error, const LoadOptions& options) {
  std::optional<SourceFile> raw = SourceFile::read(path, read_error);
  if (!raw) return LoadStatus::kUnreadable;
  frontend.raw_source = std::make_unique<SourceFile>(std::move(*raw));
  frontend.parsed = syntax::parse_file(*frontend.raw_source, sink);
  if (frontend.parsed.module == nullptr) return LoadStatus::kProgramError;

  frontend.main_module = frontend.program.add_user_module("__main__", frontend.parsed.source.get(),
                                                          frontend.parsed.module);
  std::vector<std::filesystem::path> roots{std::filesystem::path(path).parent_path()};
  roots.insert(roots.end(), options.module_path.begin(), options.module_path.end());
  frontend.modules = std::make_unique<ModuleLoader>(frontend.program, sink, std::move(roots));
  if (!flow::scan_module(frontend.program, *frontend.main_module, *frontend.modules, sink)) {
    return LoadStatus::kProgramError;
  }
  flow::unfold_names_rebound_elsewhere(frontend.program);
  frontend.module_graph = flow::build_module_graph(frontend.program, *frontend.main_module, sink);
  // (Building a graph adds the functions nested in it: an index loop.)
  for (size_t i = 0; i < frontend.program.functions().size(); ++i) {
    const flow::FunctionEntity* fn = frontend.program.functions()[i];
    frontend.graphs.emplace_back(fn, flow::build_function_graph(frontend.program, *fn, sink));
  }
  // (After the graphs: a function body's `lib.f` declares the C function f.)
  if (!sink.has_errors()) {
    ctypes_support::HeaderCheckOptions check;
    check.headers = options.c_headers.headers;
    check.use_cache = options.c_headers.use_cache;
    ctypes_support::check_c_declarations(frontend.program, check, sink, frontend.c_files);
  }
  return sink.has_errors() ? LoadStatus::kProgramError : LoadStatus::kOk;
}

}  // namespace krait::driver
