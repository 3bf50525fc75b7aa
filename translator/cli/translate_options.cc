#include "translator/cli/translate_options.h"

#include "translator/cli/load.h"

namespace krait::cli {

void add_translate_options(CLI::App& cmd, TranslateOptions& opts) {
  cmd.add_option("file", opts.file, "Python source file (the main module)")->required();
  cmd.add_option(
         "--int", opts.int_mode,
         "Integer semantics: checked (64-bit, OverflowError on overflow), wrap (64-bit "
         "two's complement, RPython), big (arbitrary precision as CPython: a 64-bit fast path, "
         "GMP beyond)")
      ->check(CLI::IsMember({"checked", "wrap", "big"}));
  cmd.add_option("--cxx", opts.cxx, "C++ compiler for the generated code");
  cmd.add_option("-O", opts.opt_level, "Optimisation level of the generated code")
      ->check(CLI::IsMember({"0", "1", "2", "3", "s"}));
  add_c_header_option(cmd, opts.c_headers);
  add_module_path_option(cmd, opts.module_path);
  cmd.add_option("--linked-library", opts.linked_libraries,
                 "A library the program loads with ctypes (its CDLL name) that the build "
                 "system links itself: left out of the link flags");
  cmd.add_option("-L,--library-path", opts.library_path,
                 "Also look for the libraries the program loads with ctypes in this directory "
                 "(when linking, and when the program runs)");
  cmd.add_flag("--time-passes", opts.time_passes, "Print the time each stage takes");
}

}  // namespace krait::cli
