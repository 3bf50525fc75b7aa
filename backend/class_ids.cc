#include "backend/class_ids.h"

#include <algorithm>
#include <functional>

namespace krait::backend {

std::map<const annotator::ClassDef*, ClassIdRange> number_classes(
    const std::vector<const annotator::ClassDef*>& classes) {
  std::map<const annotator::ClassDef*, ClassIdRange> ids;
  auto is_user = [&](const annotator::ClassDef* c) {
    return std::find(classes.begin(), classes.end(), c) != classes.end();
  };
  int next = 1;  // 0 is every object that is not an instance of a user class
  std::function<void(const annotator::ClassDef*)> visit = [&](const annotator::ClassDef* c) {
    ClassIdRange& range = ids[c];
    range.first = next++;
    for (const annotator::ClassDef* sub : classes) {
      if (sub->base == c) visit(sub);
    }
    range.last = next - 1;
  };
  for (const annotator::ClassDef* c : classes) {
    if (!is_user(c->base)) visit(c);
  }
  return ids;
}

}  // namespace krait::backend
