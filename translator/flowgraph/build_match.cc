// `match` statements for the flow-graph builder: each case's pattern is a
// chain of tests (equality for literals, `is` for None/True/False,
// isinstance and attributes for class patterns, length and items for
// sequence patterns) whose failure goes on to the next case; capture
// patterns bind names on the success path. Mapping patterns are not
// supported.
#include "translator/flowgraph/builder_impl.h"
#include "translator/flowgraph/literal.h"

namespace krait::flow {
namespace {

std::string to_string(ast::Identifier id) {
  return std::string(id.data(), id.size());
}

}  // namespace

// Continues on the path where `condition` is true; the false path fails.
void GraphBuilder::require(Value* condition, std::vector<PendingEdge>* fail) {
  auto [if_true, if_false] = branch(condition);
  fail->push_back(std::move(if_false));
  join({if_true});
}

bool GraphBuilder::match_pattern(const ast::Pattern* p, int subject,
                                 std::vector<PendingEdge>* fail) {
  if (!reachable()) return true;
  switch (p->kind) {
    case ast::NodeKind::kMatchValue: {
      int value = expr(static_cast<const ast::MatchValue*>(p)->value);
      if (value < 0 || !reachable()) return false;
      require(get(emit(OpKind::kEq, {get(subject), get(value)}, *p)), fail);
      return true;
    }
    case ast::NodeKind::kMatchSingleton: {
      std::optional<ConstValue> value =
          literal_value(static_cast<const ast::MatchSingleton*>(p)->value);
      require(get(emit(OpKind::kIs, {get(subject), constant(*value)}, *p)), fail);
      return true;
    }
    case ast::NodeKind::kMatchAs: {
      const auto* as = static_cast<const ast::MatchAs*>(p);
      if (as->pattern != nullptr && !match_pattern(as->pattern, subject, fail)) return false;
      if (as->name.data() != nullptr && reachable()) store_name(to_string(as->name), subject, *p);
      return true;
    }
    case ast::NodeKind::kMatchOr: {
      const auto& alternatives = static_cast<const ast::MatchOr*>(p)->patterns;
      std::vector<PendingEdge> matched;
      for (size_t i = 0; i < alternatives.size; ++i) {
        bool last = i + 1 == alternatives.size;
        std::vector<PendingEdge> next;
        if (!match_pattern(alternatives[i], subject, last ? fail : &next)) return false;
        if (reachable()) matched.push_back(leave());
        if (!last) join(std::move(next));
      }
      join(std::move(matched));
      return true;
    }
    case ast::NodeKind::kMatchSequence:
      return match_sequence(static_cast<const ast::MatchSequence&>(*p), subject, fail);
    case ast::NodeKind::kMatchClass:
      return match_class(static_cast<const ast::MatchClass&>(*p), subject, fail);
    default:
      unsupported(*p, std::string(ast::node_kind_name(p->kind)) + " patterns are");
      return false;
  }
}

// [a, b, *rest]: the length, then each item (those after a star counted
// from the end), the star's items as a list.
bool GraphBuilder::match_sequence(const ast::MatchSequence& p, int subject,
                                  std::vector<PendingEdge>* fail) {
  const auto& items = p.patterns;
  int star = -1;
  for (size_t i = 0; i < items.size; ++i) {
    if (items[i]->kind == ast::NodeKind::kMatchStar) star = static_cast<int>(i);
  }
  auto number = [&](int64_t i) { return constant(ConstValue::of_int(i)); };
  int64_t fixed = static_cast<int64_t>(items.size) - (star >= 0 ? 1 : 0);
  int length =
      emit(OpKind::kSimpleCall, {constant(ConstValue::of_entity(builtin("len"))), get(subject)}, p);
  require(get(emit(star >= 0 ? OpKind::kGe : OpKind::kEq, {get(length), number(fixed)}, p)), fail);
  for (size_t i = 0; i < items.size && reachable(); ++i) {
    if (static_cast<int>(i) == star) {
      ast::Identifier name = static_cast<const ast::MatchStar*>(items[i])->name;
      if (name.data() == nullptr) continue;
      int64_t after = static_cast<int64_t>(items.size) - star - 1;
      store_name(to_string(name), starred_items(subject, star, after, *items[i]), *items[i]);
      continue;
    }
    // Items after a star are counted from the end.
    int64_t index = star >= 0 && static_cast<int>(i) > star ? -static_cast<int64_t>(items.size - i)
                                                            : static_cast<int64_t>(i);
    int item = emit(OpKind::kGetItem, {get(subject), number(index)}, *items[i]);
    if (!match_pattern(items[i], item, fail)) return false;
  }
  return true;
}

// Cls(a, b, attr=p): isinstance, then positional patterns through the
// class's __match_args__ (the subject itself for a built-in type), then
// the keyword patterns on attributes.
bool GraphBuilder::match_class(const ast::MatchClass& p, int subject,
                               std::vector<PendingEdge>* fail) {
  int cls = expr(p.cls);
  if (cls < 0 || !reachable()) return false;
  const Value* c = get(cls);
  if (!c->is_constant() || !c->constant->is_entity()) {
    error(*p.cls, "a class pattern needs a class known at translation time");
    return false;
  }
  const Entity* entity = c->constant->entity;
  require(get(emit(OpKind::kIsInstance, {get(subject), get(cls)}, p)), fail);
  std::vector<std::string> match_args;
  if (entity->kind == EntityKind::kClass) {
    for (const Entity* e = entity; e != nullptr && e->kind == EntityKind::kClass;
         e = static_cast<const ClassEntity*>(e)->base) {
      const ConstValue* args = static_cast<const ClassEntity*>(e)->own_attribute("__match_args__");
      if (args == nullptr || args->kind != ConstValue::Kind::kTuple) continue;
      for (const ConstValue& name : args->items) match_args.push_back(name.text);
      break;
    }
  }
  for (size_t i = 0; i < p.patterns.size && reachable(); ++i) {
    if (entity->kind != EntityKind::kClass) {  // int(x), str(s): the subject itself
      if (i > 0) {
        error(*p.patterns[i], entity->qualname + "() accepts 1 positional sub-pattern");
        return false;
      }
      if (!match_pattern(p.patterns[i], subject, fail)) return false;
      continue;
    }
    if (i >= match_args.size()) {
      error(*p.patterns[i], entity->qualname + "() accepts " + std::to_string(match_args.size()) +
                                " positional sub-patterns (its __match_args__)");
      return false;
    }
    int value = emit(OpKind::kGetAttr, {get(subject), constant(ConstValue::of_str(match_args[i]))},
                     *p.patterns[i]);
    if (!match_pattern(p.patterns[i], value, fail)) return false;
  }
  for (size_t i = 0; i < p.kwd_attrs.size && reachable(); ++i) {
    int value = emit(OpKind::kGetAttr,
                     {get(subject), constant(ConstValue::of_str(to_string(p.kwd_attrs[i])))},
                     *p.kwd_patterns[i]);
    if (!match_pattern(p.kwd_patterns[i], value, fail)) return false;
  }
  return true;
}

void GraphBuilder::match_statement(const ast::Match& n) {
  int mark = temp_mark();
  int subject = expr(n.subject);
  if (subject < 0 || !reachable()) return;
  std::vector<PendingEdge> done;
  for (const ast::match_case* c : n.cases) {
    if (!reachable()) break;
    std::vector<PendingEdge> fail;
    if (!match_pattern(c->pattern, subject, &fail)) return;
    if (c->guard != nullptr && reachable()) {
      int guard = truth(c->guard);
      if (guard < 0) return;
      if (reachable()) require(get(guard), &fail);
    }
    statements(c->body);
    if (reachable()) done.push_back(leave());
    join(std::move(fail));
  }
  if (reachable()) done.push_back(leave());
  for (PendingEdge& e : done) {
    if (static_cast<int>(e.env.size()) > mark) e.env.resize(mark);
  }
  join(std::move(done));
}

}  // namespace krait::flow
