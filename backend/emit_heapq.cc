// Calls of the heapq and bisect modules' functions (runtime/heapq_module.h),
// as the annotator typed them (annotator/rules_heapq.cc).
#include "backend/emitter.h"

namespace krait::backend {

using annotator::Type;
using annotator::TypeKind;

std::string emit_heapq_call(FunctionEmitter& fe, const flow::Operation& op, const std::string& name,
                            const CArgs& pos, const CKwArgs& kw, const Type& item,
                            const std::string& key) {
  std::string module = name.substr(0, name.find('.'));
  std::string fn = name.substr(module.size() + 1);
  auto item_arg = [&](size_t i) { return fe.convert(pos[i].first, pos[i].second, item); };
  if (module == "heapq") {
    if (fn == "nsmallest" || fn == "nlargest") {
      return "rt::heapq::first_sorted<" + fe.ctx_.type(item, op.range) + ">(" + pos[0].first +
             ", " + pos[1].first + ", " + (fn == "nlargest" ? "true" : "false") +
             (key.empty() ? "" : ", " + key) + ")";
    }
    std::string call = "rt::heapq::" + fn + "(" + pos[0].first;
    return call + (pos.size() == 2 ? ", " + item_arg(1) : "") + ")";
  }
  // bisect: (a, x, lo=0, hi=len(a), *, key=None)
  std::string lo = pos.size() > 2 ? pos[2].first : "0", hi = pos.size() > 3 ? pos[3].first : "-1";
  for (const auto& [k, a] : kw) {
    if (k == "lo") lo = a.first;
    if (k == "hi" && a.second.kind != TypeKind::kNone) hi = a.first;
  }
  if (fn == "bisect") fn = "bisect_right";
  if (fn == "insort") fn = "insort_right";
  bool insort = fn.rfind("insort", 0) == 0;
  std::string x = insort ? item_arg(1) : pos[1].first;
  std::string args = pos[0].first + ", " + x + ", " + lo + ", " + hi;
  if (!key.empty()) return "rt::bisect::" + fn + "_key(" + args + ", " + key + ")";
  return "rt::bisect::" + fn + "(" + args + ")";
}

}  // namespace krait::backend
