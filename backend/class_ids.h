// Class numbering for fast instance tests.
//
// Contract: the program's user classes are numbered in pre-order over the
// inheritance forest (bases before subclasses, siblings in definition
// order), so the instances of a class and of all its subclasses carry
// exactly the ids first..last of that class's range. Generated constructors
// store the id in rt::Object::class_id; method dispatch and isinstance then
// test `rt::class_in(obj, first, last)`: one subtraction and compare instead
// of a dynamic_cast (RPython numbers its classes the same way).
#pragma once

#include <map>
#include <vector>

#include "annotator/defs.h"

namespace krait::backend {

struct ClassIdRange {
  int first = 0;
  int last = 0;
};

// `classes` lists every user class after its base (emit order).
std::map<const annotator::ClassDef*, ClassIdRange> number_classes(
    const std::vector<const annotator::ClassDef*>& classes);

}  // namespace krait::backend
