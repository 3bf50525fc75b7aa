// The compile-and-link step: generated C++ to a native executable.
//
// Contract: build_executable() compiles one generated translation unit with
// the chosen C++ compiler (g++ by default) and links it against the runtime
// archive, which runtime_archive() builds once per (runtime sources,
// compiler, flags) and keeps in the cache directory, together with the
// precompiled form of runtime/program.h (the header generated code
// includes) that build_executable() compiles with. Floats must round as
// CPython's do, so the flags include -ffp-contract=off and never
// -ffast-math. Tools are run without a shell. A compiler failure on
// generated code is reported as an internal error with the compiler's log:
// it is a Krait bug, not the user's.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace krait::backend {

struct CompileOptions {
  std::string cxx = "g++";
  std::string opt_level = "2";
  std::string runtime_root;               // the directory that contains runtime/
  std::string cache_dir;                  // where the runtime archive (and run's binaries) are kept
  std::vector<std::string> library_path;  // absolute: -L and the run-time search path
};

// The directory that contains runtime/: $KRAIT_RUNTIME_ROOT, else the
// runfiles of the Bazel test or program running krait ($RUNFILES_DIR,
// $TEST_SRCDIR), else the krait binary's own runfiles; empty when none has it.
std::string find_runtime_root();

// $KRAIT_CACHE_DIR, $XDG_CACHE_HOME/krait or ~/.cache/krait.
std::string default_cache_dir();

// Builds (or finds) the runtime archive; nullopt and `error` on failure.
std::optional<std::string> runtime_archive(const CompileOptions& options, std::string* error);

// The link flags of the C libraries a generated program (its C++ text)
// loads with ctypes: its second line, "// krait-link: -lm -l:libfoo.so"
// (emit_program), if any.
std::vector<std::string> c_library_flags(const std::string& cpp);
// The same as a GNU ld linker script (INPUT(-lm) ...), for build systems
// that link the program themselves (Bazel's krait_binary).
std::string link_script(const std::vector<std::string>& flags);

bool build_executable(const std::string& cpp_file, const std::string& output,
                      const CompileOptions& options, std::string* error);

// A hex digest of `text` (FNV-1a 64): cache keys, not security.
std::string content_hash(const std::string& text);

// Runs a program without a shell; returns its exit status (or -1), with
// stdout and stderr appended to `log` when it is given. A program killed by
// a signal returns -1 and stores the signal in `*signal` when given.
int run_process(const std::vector<std::string>& argv, std::string* log, int* signal = nullptr);

}  // namespace krait::backend
