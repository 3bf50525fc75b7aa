#include "annotator/simple_functions.h"

namespace krait::annotator {
namespace {

using P = SimpleParam;
using R = SimpleResult;

const SimpleFunction kFunctions[] = {
    {"time.time", {}, 0, false, R::kFloat},
    {"time.time_ns", {}, 0, false, R::kInt},
    {"time.perf_counter", {}, 0, false, R::kFloat},
    {"time.perf_counter_ns", {}, 0, false, R::kInt},
    {"time.monotonic", {}, 0, false, R::kFloat},
    {"time.monotonic_ns", {}, 0, false, R::kInt},
    {"time.process_time", {}, 0, false, R::kFloat},
    {"time.process_time_ns", {}, 0, false, R::kInt},
    {"time.sleep", {P::kNumber}, 1, false, R::kNone},
    {"time.strftime", {P::kStr}, 1, false, R::kStr},
    {"os.getcwd", {}, 0, false, R::kStr},
    {"os.listdir", {P::kStr}, 0, false, R::kStrList},
    {"os.getpid", {}, 0, false, R::kInt},
    {"os.remove", {P::kStr}, 1, false, R::kNone},
    {"os.unlink", {P::kStr}, 1, false, R::kNone},
    {"os.mkdir", {P::kStr}, 1, false, R::kNone},
    {"os.rmdir", {P::kStr}, 1, false, R::kNone},
    {"os.rename", {P::kStr, P::kStr}, 2, false, R::kNone},
    {"os.getenv", {P::kStr, P::kStr}, 1, false, R::kEnvValue},
    {"os.path.join", {P::kStr, P::kStr}, 1, true, R::kStr},
    {"os.path.exists", {P::kStr}, 1, false, R::kBool},
    {"os.path.isfile", {P::kStr}, 1, false, R::kBool},
    {"os.path.isdir", {P::kStr}, 1, false, R::kBool},
    {"os.path.isabs", {P::kStr}, 1, false, R::kBool},
    {"os.path.basename", {P::kStr}, 1, false, R::kStr},
    {"os.path.dirname", {P::kStr}, 1, false, R::kStr},
    {"os.path.normpath", {P::kStr}, 1, false, R::kStr},
    {"os.path.abspath", {P::kStr}, 1, false, R::kStr},
    {"os.path.split", {P::kStr}, 1, false, R::kStrPair},
    {"os.path.splitext", {P::kStr}, 1, false, R::kStrPair},
    {"os.path.getsize", {P::kStr}, 1, false, R::kInt},
    {"binascii.hexlify", {P::kBytes}, 1, false, R::kBytes},
    {"binascii.b2a_hex", {P::kBytes}, 1, false, R::kBytes},
    {"binascii.unhexlify", {P::kStrOrBytes}, 1, false, R::kBytes},
    {"binascii.a2b_hex", {P::kStrOrBytes}, 1, false, R::kBytes},
    {"binascii.crc32", {P::kBytes, P::kInt}, 1, false, R::kInt},
    {"binascii.b2a_base64", {P::kBytes}, 1, false, R::kBytes},
    {"binascii.a2b_base64", {P::kStrOrBytes}, 1, false, R::kBytes},
    {"base64.b64encode", {P::kBytes}, 1, false, R::kBytes},
    {"base64.b64decode", {P::kStrOrBytes}, 1, false, R::kBytes},
    {"base64.standard_b64encode", {P::kBytes}, 1, false, R::kBytes},
    {"base64.standard_b64decode", {P::kStrOrBytes}, 1, false, R::kBytes},
    {"base64.urlsafe_b64encode", {P::kBytes}, 1, false, R::kBytes},
    {"base64.urlsafe_b64decode", {P::kStrOrBytes}, 1, false, R::kBytes},
    {"base64.b16encode", {P::kBytes}, 1, false, R::kBytes},
    {"base64.b16decode", {P::kStrOrBytes}, 1, false, R::kBytes},
    {"io.StringIO", {P::kStr}, 0, false, R::kFile},
};

}  // namespace

const SimpleFunction* simple_function(const std::string& qualname) {
  for (const SimpleFunction& f : kFunctions)
    if (qualname == f.qualname) return &f;
  return nullptr;
}

}  // namespace krait::annotator
