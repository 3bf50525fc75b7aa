// Checking a program's ctypes declarations against the C headers that
// declare its libraries.
//
// Contract: check_c_declarations() runs after the module scanner (every
// ctypes declaration is then an entity of the Program, c_entities.h) and
// before the annotator. The headers of a library are those given on the
// command line (`--c-header HEADER`, for every library of the program) and
// those named on the line of its CDLL call or the line above it, in a
// comment CPython ignores:
//
//     libz = ctypes.CDLL(ctypes.util.find_library("z"))  # krait: c-header zlib.h
//
// Each header is read once (header_reader.h: Clang, then the cache). Every
// C function of a library with headers must be declared in one of them;
// where the program set argtypes, their number (at least the prototype's
// for a variadic function) and each type must match the prototype, and the
// restype must match its result (an unset restype is ctypes' c_int, which
// a function returning a non-int result contradicts); where the program set
// no argtypes, the prototype supplies them. Every Structure or Union of the
// program named like a record of a header must have the record's size and
// the same fields (names, offsets, types, bit widths). Types match when C
// lays them out alike: integers by width and signedness, floats by width,
// c_char_p a pointer to 8-bit chars, c_void_p any pointer, POINTER(T) a
// pointer to what T matches, records by layout. A mismatch is an error at
// the Python declaration with a note showing the C declaration at its place.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "translator/diagnostics/diagnostic.h"
#include "translator/flowgraph/program.h"

namespace krait::ctypes_support {

struct HeaderCheckOptions {
  std::vector<std::string> headers;  // --c-header: for every library
  std::vector<std::string> flags;    // extra flags for reading them (-I, -D)
  bool use_cache = true;             // through the header cache (header_reader.h)
};

// False after reporting. `c_files` keeps the C sources the notes show.
bool check_c_declarations(flow::Program& program, const HeaderCheckOptions& options,
                          DiagnosticSink& sink, std::deque<std::unique_ptr<SourceFile>>& c_files);

}  // namespace krait::ctypes_support
