#include "translator/flowgraph/stdlib_modules.h"

namespace krait::flow {
namespace {

constexpr const char* kMathFunctions[] = {
    "sqrt",  "sin",       "cos",       "tan",      "asin",     "acos",    "atan",  "atan2",
    "exp",   "log",       "log10",     "log2",     "pow",      "floor",   "ceil",  "fabs",
    "fmod",  "hypot",     "isnan",     "isinf",    "isfinite", "frexp",   "ldexp", "modf",
    "trunc", "gcd",       "factorial", "copysign", "degrees",  "radians", "sinh",  "cosh",
    "tanh",  "lcm",       "isqrt",     "comb",     "perm",     "prod",    "fsum",  "isclose",
    "log1p", "expm1",     "erf",       "erfc",     "cbrt",     "exp2",    "acosh", "asinh",
    "atanh", "remainder", "nextafter", "ulp",      "dist",     "gamma",   "lgamma"};
constexpr const char* kRandomFunctions[] = {
    "seed",    "random", "getrandbits", "randrange", "randint",       "choice",     "choices",
    "shuffle", "sample", "uniform",     "gauss",     "normalvariate", "triangular", "expovariate"};

// A provided module whose functions are the builtins "module.name".
ModuleEntity* module_of_functions(Program& program, const std::string& module,
                                  const std::vector<const char*>& functions) {
  ModuleEntity* m = program.add_provided_module(module);
  for (const char* name : functions) {
    std::string qualname = module + "." + name;
    program.add_builtin(qualname);
    m->constants[name] = ConstValue::of_entity(program.builtin(qualname));
  }
  return m;
}

template <size_t N>
std::vector<const char*> names(const char* const (&array)[N]) {
  return std::vector<const char*>(array, array + N);
}

void add_string_module(Program& program) {
  ModuleEntity* string = program.add_provided_module("string");
  const std::string lower = "abcdefghijklmnopqrstuvwxyz", upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const std::string digits = "0123456789", punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  const std::string whitespace = " \t\n\r\x0b\x0c";
  string->constants["ascii_lowercase"] = ConstValue::of_str(lower);
  string->constants["ascii_uppercase"] = ConstValue::of_str(upper);
  string->constants["ascii_letters"] = ConstValue::of_str(lower + upper);
  string->constants["digits"] = ConstValue::of_str(digits);
  string->constants["hexdigits"] = ConstValue::of_str(digits + "abcdefABCDEF");
  string->constants["octdigits"] = ConstValue::of_str("01234567");
  string->constants["punctuation"] = ConstValue::of_str(punctuation);
  string->constants["whitespace"] = ConstValue::of_str(whitespace);
  string->constants["printable"] =
      ConstValue::of_str(digits + lower + upper + punctuation + whitespace);
}

// re: functions, flags (plain ints), and the exception class re.error.
void add_re_module(Program& program) {
  ModuleEntity* re = module_of_functions(program, "re",
                                         {"compile", "search", "match", "fullmatch", "findall",
                                          "finditer", "sub", "subn", "split", "escape", "purge"});
  const std::pair<const char*, int64_t> flags[] = {
      {"I", 2},       {"IGNORECASE", 2}, {"M", 8},        {"MULTILINE", 8}, {"S", 16},
      {"DOTALL", 16}, {"U", 32},         {"UNICODE", 32}, {"X", 64},        {"VERBOSE", 64},
      {"A", 256},     {"ASCII", 256},    {"NOFLAG", 0}};
  for (const auto& [name, value] : flags) re->constants[name] = ConstValue::of_int(value);
  program.add_builtin("re.error", "Exception");
  re->constants["error"] = ConstValue::of_entity(program.builtin("re.error"));
}

// os and os.path (`import os` binds os.path too, as in CPython); os.environ
// is a builtin the annotator types (a dict) and the backend reads.
void add_os_modules(Program& program) {
  ModuleEntity* os = module_of_functions(program, "os",
                                         {"getcwd", "listdir", "getpid", "remove", "unlink",
                                          "mkdir", "rmdir", "rename", "getenv", "environ"});
  ModuleEntity* path =
      module_of_functions(program, "os.path",
                          {"join", "exists", "isfile", "isdir", "isabs", "basename", "dirname",
                           "normpath", "abspath", "split", "splitext", "getsize"});
  path->constants["sep"] = ConstValue::of_str("/");
  os->constants["path"] = ConstValue::of_entity(path);
  os->constants["sep"] = ConstValue::of_str("/");
  os->constants["linesep"] = ConstValue::of_str("\n");
  os->constants["name"] = ConstValue::of_str("posix");
  os->constants["curdir"] = ConstValue::of_str(".");
  os->constants["pardir"] = ConstValue::of_str("..");
}

}  // namespace

void add_stdlib_modules(Program& program) {
  ModuleEntity* math = module_of_functions(program, "math", names(kMathFunctions));
  math->constants["pi"] = ConstValue::of_float(3.141592653589793);
  math->constants["e"] = ConstValue::of_float(2.718281828459045);
  math->constants["tau"] = ConstValue::of_float(6.283185307179586);
  math->constants["inf"] = ConstValue::of_float(__builtin_inf());
  math->constants["nan"] = ConstValue::of_float(__builtin_nan(""));

  // Values that exist only at run time are builtins the backend reads.
  ModuleEntity* sys = module_of_functions(
      program, "sys", {"exit", "setrecursionlimit", "argv", "stdout", "stderr", "stdin"});
  sys->constants["maxsize"] = ConstValue::of_int(INT64_MAX);

  module_of_functions(program, "random", names(kRandomFunctions));
  module_of_functions(
      program, "heapq",
      {"heappush", "heappop", "heapify", "heapreplace", "heappushpop", "nlargest", "nsmallest"});
  module_of_functions(
      program, "bisect",
      {"bisect_left", "bisect_right", "bisect", "insort_left", "insort_right", "insort"});
  module_of_functions(program, "collections", {"defaultdict", "Counter", "OrderedDict", "deque"});
  module_of_functions(
      program, "itertools",
      {"count", "cycle", "repeat", "chain", "islice", "accumulate", "permutations", "combinations",
       "combinations_with_replacement", "product", "groupby", "zip_longest"});
  program.add_builtin("itertools.chain.from_iterable");
  module_of_functions(program, "functools", {"reduce", "cache", "lru_cache", "cmp_to_key"});
  add_re_module(program);
  add_os_modules(program);
  module_of_functions(program, "io", {"StringIO"});
  module_of_functions(program, "copy", {"copy", "deepcopy"});
  module_of_functions(program, "time",
                      {"time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic",
                       "monotonic_ns", "process_time", "process_time_ns", "sleep", "strftime"});
  ModuleEntity* binascii = module_of_functions(
      program, "binascii",
      {"hexlify", "b2a_hex", "unhexlify", "a2b_hex", "crc32", "b2a_base64", "a2b_base64"});
  program.add_builtin("binascii.Error", "ValueError");
  binascii->constants["Error"] = ConstValue::of_entity(program.builtin("binascii.Error"));
  module_of_functions(program, "base64",
                      {"b64encode", "b64decode", "standard_b64encode", "standard_b64decode",
                       "urlsafe_b64encode", "urlsafe_b64decode", "b16encode", "b16decode"});
  add_string_module(program);
}

}  // namespace krait::flow
