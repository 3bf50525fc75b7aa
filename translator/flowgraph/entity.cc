#include "translator/flowgraph/entity.h"

namespace krait::flow {

const char* entity_kind_name(EntityKind kind) {
  switch (kind) {
    case EntityKind::kFunction:
      return "function";
    case EntityKind::kClass:
      return "class";
    case EntityKind::kBuiltin:
      return "builtin";
    case EntityKind::kModule:
      return "module";
    case EntityKind::kCtypes:
      return "ctypes declaration";
  }
  return "entity";
}

}  // namespace krait::flow
