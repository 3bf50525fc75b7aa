// krait-clang-reader: the C header reader's Clang process. krait starts it
// on a cache miss (clang_process.h), so that krait itself loads no Clang.
//
//   krait-clang-reader HEADER [CLANG_FLAG...]
//       prints {"header": MODEL} (c_decls_json.h) or {"diagnostics": [...]}
//       (c_diagnostic.h) on stdout; exit 0 either way
//   krait-clang-reader --resource-dir
//       prints Clang's resource directory (clang_parse.h)
// Exit 2 on a usage error.
#include <iostream>
#include <string>
#include <vector>

#include "ctypes_support/c_decls_json.h"
#include "ctypes_support/c_diagnostic.h"
#include "ctypes_support/clang_parse.h"

namespace cs = krait::ctypes_support;

int main(int argc, char** argv) {
  if (argc == 2 && std::string(argv[1]) == "--resource-dir") {
    std::cout << cs::clang_resource_dir() << '\n';
    return 0;
  }
  if (argc < 2) {
    std::cerr << "usage: krait-clang-reader HEADER [CLANG_FLAG...] | --resource-dir\n";
    return 2;
  }
  std::vector<std::string> flags(argv + 2, argv + argc);
  std::vector<cs::CDiagnostic> diagnostics;
  std::optional<cs::CHeader> header = cs::parse_with_clang(argv[1], flags, diagnostics);
  nlohmann::json out;
  if (header) {
    out["header"] = cs::header_to_json(*header);
  } else {
    out["diagnostics"] = nlohmann::json::array();
    for (const cs::CDiagnostic& d : diagnostics) {
      out["diagnostics"].push_back(cs::diagnostic_to_json(d));
    }
  }
  std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  return std::cout.good() ? 0 : 1;
}
