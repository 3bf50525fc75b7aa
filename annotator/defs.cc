#include "annotator/defs.h"

namespace krait::annotator {

std::string describe(const Origin& origin) {
  std::string where;
  if (origin.where.file != nullptr) {
    where = origin.where.file->name() + ":" + std::to_string(origin.where.begin.line) + ":" +
            std::to_string(origin.where.begin.column + 1);
  }
  return where.empty() ? origin.action : origin.action + " at " + where;
}

const Origin* Slot::origin_of(TypeKind kind) const {
  for (const auto& [k, origin] : origins) {
    if (k == kind) return &origin;
  }
  return nullptr;
}

void Slot::note_origin(const Type& t, const Origin& origin) {
  if (t.is_impossible() || origin_of(t.kind) != nullptr) return;
  origins.emplace_back(t.kind, origin);
}

ListDef* resolve(ListDef* def) {
  while (def != nullptr && def->merged_into != nullptr) def = def->merged_into;
  return def;
}

DictDef* resolve(DictDef* def) {
  while (def != nullptr && def->merged_into != nullptr) def = def->merged_into;
  return def;
}

Slot* ClassDef::own_attribute(const std::string& name) {
  for (auto& [attr, slot] : attributes) {
    if (attr == name) return &slot;
  }
  return nullptr;
}

ClassDef* ClassDef::definer_of(const std::string& name) {
  for (ClassDef* c = this; c != nullptr; c = c->base) {
    if (c->own_attribute(name) != nullptr) return c;
  }
  return nullptr;
}

bool ClassDef::is_subclass_of(const ClassDef* other) const {
  for (const ClassDef* c = this; c != nullptr; c = c->base) {
    if (c == other) return true;
  }
  return false;
}

const flow::ConstValue* ClassDef::class_attribute(const std::string& name) const {
  for (const ClassDef* c = this; c != nullptr; c = c->base) {
    if (c->entity->kind != flow::EntityKind::kClass) continue;
    const auto* cls = static_cast<const flow::ClassEntity*>(c->entity);
    if (const flow::ConstValue* v = cls->own_attribute(name)) return v;
  }
  return nullptr;
}

ClassDef* common_base(ClassDef* a, ClassDef* b) {
  for (ClassDef* c = a; c != nullptr; c = c->base) {
    if (b->is_subclass_of(c)) return c;
  }
  return nullptr;
}

}  // namespace krait::annotator
