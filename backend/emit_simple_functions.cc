// Calls of the standard-library functions of annotator/simple_functions.h:
// `rt::<module>::<name>(args)` (runtime/time_module.h, os_module.h,
// binascii_module.h), each argument in the C++ form its parameter takes.
#include "annotator/simple_functions.h"
#include "backend/emitter.h"

namespace krait::backend {

using annotator::SimpleParam;
using annotator::Type;
using annotator::TypeKind;

std::string emit_simple_function_call(FunctionEmitter& fe, const annotator::SimpleFunction& f,
                                      const CArgs& pos) {
  std::vector<std::string> args;
  for (size_t i = 0; i < pos.size(); ++i) {
    const auto& [value, type] = pos[i];
    SimpleParam param = f.params[std::min(i, f.params.size() - 1)];
    if (type.kind == TypeKind::kNone) continue;  // os.getenv's default=None
    if (type.kind == TypeKind::kBytes || type.kind == TypeKind::kByteArray)
      args.push_back(value + "->view()");
    else if (param == SimpleParam::kNumber)
      args.push_back(fe.convert(value, type, Type::of(TypeKind::kFloat)));
    else
      args.push_back(value);
  }
  std::string out;
  size_t fixed = f.variadic ? std::min(args.size(), f.params.size() - 1) : args.size();
  for (size_t i = 0; i < fixed; ++i) out += (i ? ", " : "") + args[i];
  if (f.variadic) {
    out += ", {";
    for (size_t i = fixed; i < args.size(); ++i) out += (i > fixed ? ", " : "") + args[i];
    out += "}";
  }
  return CppNames::runtime_name(f.qualname) + "(" + out + ")";
}

}  // namespace krait::backend
