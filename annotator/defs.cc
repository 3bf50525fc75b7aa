#include "annotator/defs.h"

namespace krait::annotator {

namespace {

// "x.py:3:5" (1-based column), or "" for an unknown place.
std::string place(const SourceRange& range) {
  if (range.file == nullptr) return "";
  return range.file->name() + ":" + std::to_string(range.begin.line) + ":" +
         std::to_string(range.begin.column + 1);
}

}  // namespace

std::string describe(const Origin& origin, bool with_call) {
  std::string where = place(origin.where);
  if (where.empty()) return origin.action;
  std::string text = origin.action.empty() ? "at " + where : origin.action + " at " + where;
  std::string call = place(origin.call);
  if (with_call && !call.empty()) text += " in the call at " + call;
  return text;
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

SetDef* resolve(SetDef* def) {
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
