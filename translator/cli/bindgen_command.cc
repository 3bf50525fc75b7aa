// `krait bindgen HEADER.h [--lib NAME] [-o OUT.py] [--json]`: the ctypes
// declarations of a C header (ctypes_support/bindgen.h), or with --json the
// header's model as the C header reader sees it (ctypes_support/c_decls.h).
#include <dlfcn.h>

#include <deque>
#include <fstream>
#include <memory>
#include <ostream>

#include "ctypes_support/bindgen.h"
#include "ctypes_support/c_decls_json.h"
#include "ctypes_support/header_reader.h"
#include "translator/cli/command.h"

namespace krait::cli {
namespace {

namespace cs = ctypes_support;

struct Options {
  std::string header;
  std::string lib;
  std::string output;
  bool json = false;
  std::vector<std::string> includes;
  std::vector<std::string> defines;
  std::string cache_dir;
  bool no_cache = false;
};

// The library --lib names, as the dynamic linker finds libNAME.so (or
// libNAME.so.N); null when it cannot be opened, and then every declared
// function is written.
std::shared_ptr<void> open_library(const std::string& lib) {
  if (lib.empty()) return nullptr;
  std::vector<std::string> names = {"lib" + lib + ".so"};
  for (int version = 0; version <= 9; ++version) {
    names.push_back("lib" + lib + ".so." + std::to_string(version));
  }
  for (const std::string& name : names) {
    if (void* handle = dlopen(name.c_str(), RTLD_LAZY | RTLD_LOCAL)) {
      return std::shared_ptr<void>(handle, [](void* h) { dlclose(h); });
    }
  }
  return nullptr;
}

int run_bindgen(const Options& opts, CommandContext& ctx) {
  cs::ReadOptions read;
  read.header = opts.header;
  for (const std::string& dir : opts.includes) read.flags.push_back("-I" + dir);
  for (const std::string& define : opts.defines) read.flags.push_back("-D" + define);
  read.use_cache = !opts.no_cache;
  read.cache_dir = opts.cache_dir;
  cs::ReadResult result = cs::read_c_header(read);
  if (result.status == cs::ReadResult::Status::kUnreadable ||
      result.status == cs::ReadResult::Status::kReaderUnavailable) {
    return usage_error(ctx, result.diagnostics.empty() ? "cannot read '" + opts.header + "'"
                                                       : result.diagnostics[0].message);
  }
  if (result.status != cs::ReadResult::Status::kOk) {
    DiagnosticSink sink;
    std::deque<std::unique_ptr<SourceFile>> files;
    cs::report_c_diagnostics(result.diagnostics, sink, files);
    render_all(ctx.err, sink, ctx.render);
    return kProgramError;
  }
  std::string text;
  if (opts.json) {
    text = cs::header_to_json(*result.header)
               .dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
           "\n";
  } else {
    // The header check reads the header without -I/-D flags: a header that
    // needs them gets no comment (translate's --c-header can't pass them).
    bool plain = opts.includes.empty() && opts.defines.empty();
    cs::BindgenOptions bindgen{opts.lib, nullptr, plain ? cs::include_name(opts.header) : ""};
    std::shared_ptr<void> library = open_library(opts.lib);
    if (library != nullptr) {
      bindgen.exported = [&library](const std::string& name) {
        return dlsym(library.get(), name.c_str()) != nullptr;
      };
    }
    text = cs::generate_bindings(*result.header, bindgen);
  }
  if (opts.output.empty()) {
    ctx.out << text;
    return kSuccess;
  }
  std::ofstream out(opts.output, std::ios::binary);
  out << text;
  out.close();
  if (!out) return usage_error(ctx, "cannot write '" + opts.output + "'");
  return kSuccess;
}

}  // namespace

void add_bindgen_command(CLI::App& app, CommandContext& ctx) {
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "bindgen", "Write the ctypes declarations of a C header as a Python module");
  cmd->add_option("header", opts->header, "C header file")->required();
  cmd->add_option("--lib", opts->lib,
                  "Library the functions come from, as ctypes.util.find_library names it "
                  "(z for libz); default: the process itself, ctypes.CDLL(None)");
  cmd->add_option("-o,--output", opts->output, "Python module to write (default: stdout)");
  cmd->add_flag("--json", opts->json,
                "Print the header's declarations as the C header reader sees them (JSON)");
  cmd->add_option("-I", opts->includes, "Include folder for the C preprocessor (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("-D", opts->defines, "Macro definition NAME[=VALUE] (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--cache-dir", opts->cache_dir,
                  "Cache folder for read headers (default: $KRAIT_CACHE_DIR/c-headers, else "
                  "$XDG_CACHE_HOME/krait/c-headers, else ~/.cache/krait/c-headers)");
  cmd->add_flag("--no-cache", opts->no_cache, "Neither use nor fill the header cache");
  cmd->callback([&ctx, opts] { ctx.exit_code = run_bindgen(*opts, ctx); });
}

}  // namespace krait::cli
