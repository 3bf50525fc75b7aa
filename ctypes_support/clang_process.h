// Runs the C header reader's Clang process (krait-clang-reader, built from
// clang_reader_main.cc) and reads back its answer, so that krait loads no
// Clang libraries (they cost ~0.2 s and 65 MB at every start) and a crash
// inside Clang is an error message, not a crash of krait.
//
// Contract: parse_in_clang_process(header, flags) gives what
// parse_with_clang (clang_parse.h) gives in the helper process: the model,
// or nullopt with diagnostics. When the helper cannot be found, run or
// understood, the diagnostic says so and `*unavailable` is set. The helper
// is $KRAIT_CLANG_READER, else krait-clang-reader beside the running
// executable, else in the Bazel runfiles of the test or program running
// (ctypes_support/krait-clang-reader), else in the executable's own
// runfiles, else in the bazel-bin tree the executable was built in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ctypes_support/c_decls.h"
#include "ctypes_support/c_diagnostic.h"

namespace krait::ctypes_support {

std::optional<CHeader> parse_in_clang_process(const std::string& header,
                                              const std::vector<std::string>& flags,
                                              std::vector<CDiagnostic>& diagnostics,
                                              bool* unavailable);

// The helper's path; empty when none is found.
std::string find_clang_reader();

// How many times this process has started Clang (tests check cache hits).
int clang_start_count();

}  // namespace krait::ctypes_support
