// The standard-library functions typed from a table rather than by code:
// those of time, os, os.path, base64 and binascii, whose parameters each
// take one simple type and whose result has one type.
//
// Contract: `simple_function("os.path.join")` is the row of a function, or
// null. rules_simple_functions.cc types a call from it (number of
// arguments, the type of each, the result); the backend emits
// `rt::<module>::<name>(args)` (`os.path` is `rt::os::path`) with each
// argument in the C++ form its parameter kind asks for.
#pragma once

#include <string>
#include <vector>

namespace krait::annotator {

enum class SimpleParam {
  kStr,
  kBytes,       // bytes or bytearray (passed as a std::string_view)
  kStrOrBytes,  // an ASCII str or bytes (the decoders)
  kNumber,      // int or float (passed as a double)
  kInt,
};

enum class SimpleResult {
  kNone,
  kBool,
  kInt,
  kFloat,
  kStr,
  kBytes,
  kStrList,
  kStrPair,
  // os.getenv: str when a str default is given, else str | None.
  kEnvValue,
  kFile,  // io.StringIO
};

struct SimpleFunction {
  const char* qualname;
  std::vector<SimpleParam> params;
  size_t required;  // how many of params a call must give
  bool variadic;    // the last parameter takes any number of arguments
  SimpleResult result;
};

const SimpleFunction* simple_function(const std::string& qualname);

}  // namespace krait::annotator
