// libFuzzer target for the syntax stage: arbitrary bytes as a Python file.
//
// Each input goes through what `krait parse --json` does: the raw bytes
// become a SourceFile, parse_file decodes, tokenizes and parses them, and a
// parsed module is turned into CPython-shaped JSON and serialised (which
// also checks that every string in the tree is valid UTF-8). A rejected
// input must have reported an error, and its diagnostics must render. Any
// crash, sanitizer report, uncaught exception, hang or broken invariant is a
// bug: the parser promises that no input crashes it.
//
// Built outside Bazel by run_fuzzer.sh (clang++-16 -fsanitize=fuzzer,...).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "translator/diagnostics/diagnostic.h"
#include "translator/diagnostics/source_file.h"
#include "translator/syntax/ast_json.h"
#include "translator/syntax/parse.h"

namespace {

// Stops the run with a reproducer, like a sanitizer report would.
void fail(const char* why) {
  __builtin_printf("parser_fuzzer: broken invariant: %s\n", why);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  krait::SourceFile raw("fuzz.py", std::string(reinterpret_cast<const char*>(data), size));
  krait::DiagnosticSink sink;
  krait::syntax::ParseResult result = krait::syntax::parse_file(raw, sink);
  if (result.source == nullptr) fail("ParseResult.source is null");
  if (result.module != nullptr) {
    if (sink.has_errors()) fail("a module was returned although an error was reported");
    std::string json = krait::syntax::to_cpython_json(*result.module).dump();
    if (json.empty()) fail("empty JSON");
  } else {
    if (!sink.has_errors()) fail("no module and no error reported");
    std::ostringstream out;
    krait::render_all(out, sink);
    if (out.str().empty()) fail("the error rendered as nothing");
  }
  return 0;
}
