// Typing rules of the standard-library functions of the table in
// simple_functions.h (time, os, os.path, base64, binascii).
#include "annotator/builtin_args.h"
#include "annotator/simple_functions.h"

namespace krait::annotator {
namespace {

bool accepts(SimpleParam param, const Type& t) {
  bool bytes = (t.kind == TypeKind::kBytes || t.kind == TypeKind::kByteArray) && !t.can_be_none;
  bool str = t.kind == TypeKind::kStr && !t.can_be_none;
  switch (param) {
    case SimpleParam::kStr:
      return str;
    case SimpleParam::kBytes:
      return bytes;
    case SimpleParam::kStrOrBytes:
      return str || bytes;
    case SimpleParam::kNumber:
      return t.is_numeric() && !t.can_be_none;
    case SimpleParam::kInt:
      return int_argument(t);
  }
  return false;
}

const char* expected(SimpleParam param) {
  switch (param) {
    case SimpleParam::kStr:
      return "a str";
    case SimpleParam::kBytes:
      return "a bytes-like object (bytes or bytearray)";
    case SimpleParam::kStrOrBytes:
      return "a bytes-like object or an ASCII str";
    case SimpleParam::kNumber:
      return "a number";
    case SimpleParam::kInt:
      return "an int";
  }
  return "";
}

Type result_type(Args& a, const SimpleFunction& f) {
  Type str = Type::of(TypeKind::kStr);
  switch (f.result) {
    case SimpleResult::kNone:
      return Type::none();
    case SimpleResult::kBool:
      return Type::of(TypeKind::kBool);
    case SimpleResult::kInt:
      return Type::of(TypeKind::kInt);
    case SimpleResult::kFloat:
      return Type::of(TypeKind::kFloat);
    case SimpleResult::kStr:
      return str;
    case SimpleResult::kBytes:
      return Type::of(TypeKind::kBytes);
    case SimpleResult::kStrList:
      return new_list_of(a, str);
    case SimpleResult::kStrPair:
      return Type::tuple_of({str, str});
    case SimpleResult::kFile:
      return Type::of(TypeKind::kFile);
    case SimpleResult::kEnvValue:
      if (a.pos.size() < 2 || a.pos[1].kind == TypeKind::kNone) str.can_be_none = true;
      return str;
  }
  return Type::impossible();
}

}  // namespace

Type simple_function_call(Args& a, const SimpleFunction& f) {
  if (!a.expect(f.required, f.variadic ? SIZE_MAX : f.params.size())) return Type::impossible();
  for (size_t i = 0; i < a.pos.size(); ++i) {
    SimpleParam param = f.params[std::min(i, f.params.size() - 1)];
    if (f.result == SimpleResult::kEnvValue && i == 1 && a.pos[i].kind == TypeKind::kNone) continue;
    if (!accepts(param, a.pos[i]))
      return a.fail("argument " + std::to_string(i + 1) + " must be " + expected(param) + ", not " +
                    describe(a.pos[i]));
  }
  return result_type(a, f);
}

}  // namespace krait::annotator
