#include "annotator/annotator.h"

#include "annotator/rules.h"
#include "annotator/union.h"
#include "translator/flowgraph/builder.h"

namespace krait::annotator {
namespace {

// Specialisation key of one argument: numbers by kind (so int and float
// callers get separate copies), every reference kind together (their types
// unite, as in RPython).
std::string key_of(const Type& t) {
  switch (t.kind) {
    case TypeKind::kInt:
      return "i";
    case TypeKind::kFloat:
      return "f";
    case TypeKind::kBool:
      return "b";
    case TypeKind::kNumber:
      return "n";
    case TypeKind::kTuple: {  // by shape: tuples of different lengths (*args) get copies
      if (t.variadic) return "tv(" + key_of(t.items[0]) + ")";
      std::string key = "t" + std::to_string(t.items.size()) + "(";
      for (const Type& item : t.items) key += key_of(item);
      return key + ")";
    }
    case TypeKind::kCell:  // a closure's function is specialised per cell
      return "c" + std::to_string(t.cell->index);
    case TypeKind::kClosure: {
      std::string key = "C(";
      for (const Type& cell : t.items) key += key_of(cell);
      return key + ")";
    }
    case TypeKind::kIterator:  // iterators of different kinds cannot unite
      return "I" + std::to_string(static_cast<int>(t.iter)) +
             (t.generator ? "g" + std::to_string(t.generator->index) : "");
    default:
      return "r";
  }
}

bool has_unknown_tuple_item(const Type& t) {
  if (t.kind != TypeKind::kTuple) return false;
  for (const Type& item : t.items) {
    if (item.is_impossible() || has_unknown_tuple_item(item)) return true;
  }
  return false;
}

// What the user calls a block input: "return value of f", "variable 'x'",
// "conditional expression".
std::string input_label(const Specialization& spec, const flow::Value* v) {
  if (v == spec.graph->return_block()->inputs[0]) return "return value of " + spec.graph->name();
  if (!v->label.empty()) return v->label;
  return v->name.empty() ? "a temporary value" : "variable '" + v->name + "'";
}

bool same_line(const SourceRange& a, const SourceRange& b) {
  return a.file != nullptr && a.file == b.file && a.begin.line == b.begin.line;
}

bool same_place(const SourceRange& a, const SourceRange& b) {
  return a.file == b.file && a.begin == b.begin;
}

constexpr long kMaxBlockFlows = 5'000'000;  // a guard against a non-terminating fixpoint

}  // namespace

Annotator::Annotator(flow::Program& program, DiagnosticSink& sink)
    : program_(program), sink_(sink) {
  argv_ = new_list(Type::of(TypeKind::kStr), Origin{"the program's arguments", {}, {}});
  environ_ = new_dict(Type::of(TypeKind::kStr), Type::of(TypeKind::kStr),
                      Origin{"the process environment", {}, {}});
}

Annotator::~Annotator() = default;

ClassDef* Annotator::classdef(const flow::Entity* entity) {
  auto it = classdef_index_.find(entity);
  if (it != classdef_index_.end()) return it->second;
  auto def = std::make_unique<ClassDef>();
  def->entity = entity;
  const flow::Entity* base = nullptr;
  if (entity->kind == flow::EntityKind::kClass) {
    base = static_cast<const flow::ClassEntity*>(entity)->base;
  } else if (entity->kind == flow::EntityKind::kBuiltin) {
    base = static_cast<const flow::BuiltinEntity*>(entity)->base;
  }
  def->is_exception = flow::is_subclass(entity, program_.builtin("BaseException"));
  ClassDef* raw = def.get();
  classdef_index_[entity] = raw;
  classdefs_.push_back(std::move(def));
  // A user class without a base derives from object (so bound methods of
  // unrelated classes have a common class: object's, whose subclasses
  // implement the method).
  if (base == nullptr && entity->kind == flow::EntityKind::kClass)
    base = program_.builtin("object");
  if (base != nullptr) {
    raw->base = classdef(base);
    raw->base->subclasses.push_back(raw);
  }
  return raw;
}

Type Annotator::type_of(const Specialization& spec, const flow::Value* value) const {
  if (value->is_constant()) {
    const flow::ConstValue& c = *value->constant;
    if (c.is_entity() && c.entity == program_.builtin("sys.argv")) return Type::list_of(argv_);
    if (c.is_entity() &&
        (c.entity == program_.builtin("sys.stdin") || c.entity == program_.builtin("sys.stdout") ||
         c.entity == program_.builtin("sys.stderr")))
      return Type::of(TypeKind::kFile);
    if (c.is_entity() && c.entity == program_.builtin("os.environ")) return Type::dict_of(environ_);
    return Type::of_constant(c);
  }
  auto it = spec.types.find(value);
  return it == spec.types.end() ? Type::impossible() : it->second;
}

Origin Annotator::origin_at(const flow::Operation& op, const std::string& action) const {
  return origin_at(op.range, action);
}

Origin Annotator::origin_at(const SourceRange& where, const std::string& action) const {
  SourceRange call = current_.first != nullptr ? current_.first->call : SourceRange{};
  return Origin{action, where, call};
}

Origin Annotator::origin_of(const Specialization& spec, const flow::Value* value) const {
  auto o = spec.origins.find(value);
  if (o != spec.origins.end()) return o->second;
  return Origin{"assigned", value->range, spec.call};
}

void Annotator::report_conflict(const std::string& what, const Type& a, const Origin& a_origin,
                                const Type& b, const Origin& b_origin, const std::string& why,
                                bool program_order, const SourceRange& at) {
  // The error points at the second side.
  bool swap = program_order && a_origin.where.file != nullptr && b_origin.where.file != nullptr &&
              b_origin.where.begin < a_origin.where.begin;
  const Type& first = swap ? b : a;
  const Type& second = swap ? a : b;
  const Origin& first_origin = swap ? b_origin : a_origin;
  const Origin& second_origin = swap ? a_origin : b_origin;
  // Two specializations of one function meet at the same line: name their calls.
  bool with_call = same_line(first_origin.where, second_origin.where) &&
                   !same_place(first_origin.call, second_origin.call);
  auto side = [with_call](const Type& t, const Origin& o) {
    std::string where = describe(o, with_call);
    return describe(t) + (where.empty() ? "" : " (" + where + ")");
  };
  std::string message =
      what + " type conflict: " + side(first, first_origin) + " vs " + side(second, second_origin);
  // The union's explanation, when it says more than "X and Y differ".
  if (why.find(';') != std::string::npos) message += why.substr(why.find(';'));
  failed_ = true;
  SourceRange where = at.file                    ? at
                      : second_origin.where.file ? second_origin.where
                                                 : first_origin.where;
  sink_.report(Diagnostic{Severity::kError, where, message, {}});
}

void Annotator::error(const flow::Operation& op, const std::string& message,
                      std::vector<Diagnostic> notes) {
  if (failed_) return;  // the first error is the one worth reading
  Diagnostic diagnostic{Severity::kError, op.range, message, std::move(notes)};
  if (current_.first == nullptr) {
    failed_ = true;
    sink_.report(std::move(diagnostic));
    return;
  }
  long next = static_cast<long>(error_order_.size());
  long order = error_order_.emplace(std::make_pair(current_.first, &op), next).first->second;
  pending_errors_[current_] = PendingError{order, std::move(diagnostic)};
}

void Annotator::report_pending_error() {
  const PendingError* first = nullptr;
  for (const auto& [reader, pending] : pending_errors_) {
    if (first == nullptr || pending.order < first->order) first = &pending;
  }
  if (first == nullptr) return;
  failed_ = true;
  sink_.report(first->diagnostic);
}

ListDef* Annotator::new_list(Type item, const Origin& origin) {
  auto def = std::make_unique<ListDef>();
  def->item.type = without_constant(item);
  def->item.note_origin(item, origin);
  lists_.push_back(std::move(def));
  return lists_.back().get();
}

DictDef* Annotator::new_dict(Type key, Type value, const Origin& origin) {
  auto def = std::make_unique<DictDef>();
  def->key.type = without_constant(key);
  def->key.note_origin(key, origin);
  def->value.type = without_constant(value);
  def->value.note_origin(value, origin);
  dicts_.push_back(std::move(def));
  return dicts_.back().get();
}

SetDef* Annotator::new_set(Type item, bool frozen, const Origin& origin) {
  auto def = std::make_unique<SetDef>();
  def->item.type = without_constant(item);
  def->item.note_origin(item, origin);
  def->frozen = frozen;
  sets_.push_back(std::move(def));
  return sets_.back().get();
}

const std::vector<Narrowing>& Annotator::narrowings_of(const flow::Value* value) const {
  static const std::vector<Narrowing> kNone;
  auto it = narrowings_.find(value);
  return it == narrowings_.end() ? kNone : it->second;
}

Type Annotator::global(OpContext& ctx) {
  const std::string& name = ctx.op.args[0]->constant->text;
  return access_global(name, ctx.op,
                       ctx.op.kind == flow::OpKind::kLoadGlobal ? nullptr : &ctx.args[1]);
}

Type Annotator::access_global(const std::string& name, const flow::Operation& op,
                              const Type* stored) {
  Slot& slot = globals_[name];
  if (stored == nullptr) {
    read(slot);
    return slot.type;
  }
  bool attribute = name.find('.') != std::string::npos;  // a computed class attribute
  return widen(slot, *stored, origin_at(op, "assigned"), op,
               (attribute ? "class attribute '" : "global '") + name + "'")
             ? Type::none()
             : Type::impossible();
}

bool Annotator::wait_until_settled() {
  if (settled_) return false;
  waiting_.insert(current_);
  return true;
}

void Annotator::read(Slot& slot) {
  if (current_.first != nullptr) slot.readers.insert(current_);
}

bool Annotator::widen(Slot& slot, const Type& t, const Origin& origin, const flow::Operation& op,
                      const std::string& what) {
  std::set<Reader> reflow;
  UnionResult r = unite(slot.type, t, &reflow);
  if (r.error) {
    // Where the slot's values came from: one of another kind than t's if
    // there is one, else the first (two unrelated classes, two tuple shapes).
    Origin old_origin = slot.origins.empty() ? origin_at(op, "") : slot.origins.front().second;
    for (const auto& [kind, o] : slot.origins) {
      if (kind != t.kind) old_origin = o;
    }
    report_conflict(what, slot.type, old_origin, t, origin, *r.error);
    return false;
  }
  Type widened = without_constant(r.type);
  slot.note_origin(t, origin);
  if (!same_type(widened, slot.type)) {
    slot.type = widened;
    reflow.insert(slot.readers.begin(), slot.readers.end());
  }
  for (const Reader& reader : reflow) schedule(reader.first, reader.second);
  return true;
}

Slot* Annotator::instance_attribute(ClassDef* cls, const std::string& name) {
  if (ClassDef* definer = cls->definer_of(name)) return definer->own_attribute(name);
  // Not defined above: subclasses that define it move up to this class.
  Slot merged;
  std::vector<ClassDef*> pending = cls->subclasses;
  while (!pending.empty()) {
    ClassDef* sub = pending.back();
    pending.pop_back();
    auto& attrs = sub->attributes;
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
      if (it->first != name) continue;
      std::set<Reader> reflow;
      UnionResult r = unite(merged.type, it->second.type, &reflow);
      if (r.error) {
        const Slot& other = it->second;
        Origin a = merged.origins.empty() ? Origin{} : merged.origins.front().second;
        Origin b = other.origins.empty() ? Origin{} : other.origins.front().second;
        report_conflict("attribute '" + name + "' of " + cls->name(), merged.type, a, other.type, b,
                        *r.error, true);
        return nullptr;
      }
      merged.type = r.type;
      merged.origins.insert(merged.origins.end(), it->second.origins.begin(),
                            it->second.origins.end());
      merged.readers.insert(it->second.readers.begin(), it->second.readers.end());
      attrs.erase(it);
      break;
    }
    pending.insert(pending.end(), sub->subclasses.begin(), sub->subclasses.end());
  }
  for (const Reader& reader : merged.readers) schedule(reader.first, reader.second);
  cls->attributes.emplace_back(name, std::move(merged));
  return &cls->attributes.back().second;
}

void Annotator::schedule(Specialization* spec, const flow::Block* block) {
  Reader r{spec, block};
  if (queued_.insert(r).second) worklist_.push_back(r);
}

Specialization* Annotator::specialize(const flow::FunctionEntity* fn, const std::vector<Type>& args,
                                      const flow::Operation& op) {
  // A tuple whose items are not known yet would make a specialization of
  // its own (the key has the items' kinds): wait until they are.
  for (const Type& t : args) {
    if (has_unknown_tuple_item(t)) return nullptr;
  }
  std::string key;
  for (const Type& t : args) key += key_of(t);
  auto found = spec_index_.find({fn, key});
  Specialization* spec = nullptr;
  if (found != spec_index_.end()) {
    spec = found->second;
  } else {
    auto graph = flow::build_function_graph(program_, *fn, sink_);
    if (graph == nullptr) {
      failed_ = true;
      return nullptr;
    }
    auto owned = std::make_unique<Specialization>();
    spec = owned.get();
    spec->function = fn;
    spec->signature_key = key;
    spec->call = op.range;
    spec->is_generator = graph->is_generator;
    spec->graph = std::move(graph);
    spec->index = static_cast<int>(specs_.size());
    spec->arg_types.resize(args.size());
    specs_.push_back(std::move(owned));
    spec_index_[{fn, key}] = spec;
  }
  const flow::Block* start = spec->graph->start();
  if (start->inputs.size() != args.size()) {
    error(op, "internal error: " + fn->qualname + " called with " + std::to_string(args.size()) +
                  " arguments for " + std::to_string(start->inputs.size()) + " parameters");
    return nullptr;
  }
  bool grew = spec->flowed.empty();
  for (size_t i = 0; i < args.size(); ++i) {
    const flow::Value* param = start->inputs[i];
    Type before = type_of(*spec, param);
    std::set<Reader> reflow;
    UnionResult r = unite(before, without_constant(args[i]), &reflow);
    if (r.error) {
      report_conflict("argument '" + param->name + "' of " + fn->qualname, before,
                      origin_of(*spec, param), args[i], origin_at(op, "passed"), *r.error);
      return nullptr;
    }
    for (const Reader& reader : reflow) schedule(reader.first, reader.second);
    if (!same_type(r.type, before)) {
      spec->types[param] = r.type;
      spec->origins.emplace(param, origin_at(op, "passed"));
      spec->arg_types[i] = r.type;
      grew = true;
    }
  }
  if (grew) schedule(spec, start);
  return spec;
}

CellDef* Annotator::cell_of(const flow::Operation& op) {
  auto& cell = cells_[{current_.first, &op}];
  if (cell == nullptr) {
    cell = std::make_unique<CellDef>();
    cell->index = static_cast<int>(cells_.size());
  }
  return cell.get();
}

DictDef* Annotator::kwargs_of(const flow::Operation& op) {
  DictDef*& def = kwargs_[{current_.first, &op}];
  if (def == nullptr)
    def =
        new_dict(Type::of(TypeKind::kStr), Type::impossible(), origin_at(op, "passed as **kwargs"));
  return def;
}

Type Specialization::result_type() const {
  if (!is_generator) return return_type;
  Type t = Type::iterator_of(IterKind::kGenerator, yielded.type);
  t.generator = this;
  return t;
}

Type Annotator::call_function(const flow::FunctionEntity* fn, std::vector<Type> args,
                              const flow::Operation& op) {
  Specialization* spec = specialize(fn, args, op);
  if (spec == nullptr) return Type::impossible();
  if (current_.first != nullptr) {
    (spec->is_generator ? spec->yielded.readers : spec->return_readers).insert(current_);
    current_.first->callees[&op].insert(spec);
  }
  return spec->result_type();
}

bool Annotator::merge_into(Specialization& spec, const flow::Value* input, const Type& t,
                           const Origin& origin) {
  Type before = type_of(spec, input);
  std::set<Reader> reflow;
  UnionResult r = unite(before, t, &reflow);
  if (r.error) {
    auto old = spec.origins.find(input);
    Origin earlier = old != spec.origins.end() ? old->second : Origin{"assigned", {}, {}};
    // Branches may be flowed in any order: report them in program order; a
    // labelled expression is where its branches meet.
    report_conflict(input_label(spec, input), before, earlier, t, origin, *r.error, true,
                    input->label.empty() ? SourceRange{} : input->range);
    return false;
  }
  for (const Reader& reader : reflow) schedule(reader.first, reader.second);
  if (same_type(r.type, before) && (r.type.constant.has_value() == before.constant.has_value())) {
    return false;
  }
  spec.types[input] = r.type;
  spec.origins.emplace(input, origin);
  return true;
}

Origin Annotator::link_origin(const Specialization& spec, const flow::Link& link, size_t i) const {
  Origin origin = origin_of(spec, link.args[i]);
  const flow::Value* input = link.target->inputs[i];
  if (link.target == spec.graph->return_block()) {
    origin.action = "returned";
    if (link.range.file != nullptr) origin.where = link.range;
  } else if (!input->label.empty() && link.range.file != nullptr) {
    origin.action = "";  // "at x.py:2:13": the branch's expression
    origin.where = link.range;
  } else if (const SourceRange* rhs = spec.graph->assignment(input->name, link.args[i])) {
    origin.action = "assigned";  // `best = v`: where v became best
    origin.where = *rhs;
  }
  return origin;
}

bool Annotator::flow_link(Specialization& spec, const flow::Link& link,
                          const std::vector<Narrowing>& narrowings) {
  bool changed = false;
  const flow::Block& target = *link.target;
  for (size_t i = 0; i < link.args.size(); ++i) {
    const flow::Value* value = link.args[i];
    Type t;
    if (value == link.last_exception) {
      t = Type::pbc_of(link.exitcase->entity);
      spec.types[value] = t;
    } else if (value == link.last_exc_value) {
      t = Type::instance_of(classdef(link.exitcase->entity));
      spec.types[value] = t;
    } else {
      t = type_of(spec, value);
      for (const Narrowing& n : narrowings) {
        if (n.subject == value) t = n.if_true;  // flow_block passes the branch's side
      }
    }
    if (merge_into(spec, target.inputs[i], t, link_origin(spec, link, i))) changed = true;
    if (failed_) return false;
  }
  if (&target == spec.graph->return_block() && changed) {
    const flow::Value* result = target.inputs[0];
    spec.return_type = without_constant(type_of(spec, result));
    for (const Reader& reader : spec.return_readers) schedule(reader.first, reader.second);
  }
  return changed || !spec.flowed.count(&target);
}

void Annotator::flow_block(Specialization& spec, const flow::Block& block) {
  current_ = {&spec, &block};
  pending_errors_.erase(current_);  // this flow finds the block's errors again
  spec.flowed.insert(&block);
  bool normal_exit = true;
  for (size_t i = 0; i < block.operations.size(); ++i) {
    const flow::Operation& op = block.operations[i];
    std::vector<Type> args;
    for (const flow::Value* a : op.args) {
      args.push_back(type_of(spec, a));
      if (args.back().is_impossible()) return;  // wait until the value is known
    }
    std::vector<Narrowing> narrowings;
    OpContext ctx{*this, spec, op, args, narrowings};
    // The callees are those of the widest argument types: a specialization
    // for narrower ones, called by an earlier flow, is no longer called here.
    spec.callees.erase(&op);
    Type result = annotate_op(ctx);
    if (failed()) return;
    if (result.is_impossible()) {
      // The operation never completes (yet): only a raising block's
      // exception exits can still be taken.
      if (!(block.raises && i + 1 == block.operations.size())) return;
      normal_exit = false;
      break;
    }
    Type before = type_of(spec, op.result);
    // Uniting may merge container definitions: their readers must re-flow.
    std::set<Reader> reflow;
    UnionResult r = unite(before, result, &reflow);
    for (const Reader& reader : reflow) schedule(reader.first, reader.second);
    spec.types[op.result] = r.error ? result : r.type;
    spec.origins.emplace(op.result, origin_at(op, "assigned"));
    if (!narrowings.empty()) narrowings_[op.result] = std::move(narrowings);
  }
  for (size_t i = 0; i < block.exits.size(); ++i) {
    const flow::Link& link = block.exits[i];
    if (block.raises && i == 0 && !normal_exit) continue;
    std::vector<Narrowing> applied;
    if (block.exitswitch != nullptr && link.exitcase) {
      Type sw = type_of(spec, block.exitswitch);
      bool case_true =
          link.exitcase->kind == flow::ConstValue::Kind::kBool && link.exitcase->bool_value;
      if (sw.constant && sw.constant->kind == flow::ConstValue::Kind::kBool &&
          sw.constant->bool_value != case_true) {
        continue;  // a branch that cannot be taken
      }
      auto known = narrowings_.find(block.exitswitch);
      if (known != narrowings_.end()) {
        for (const Narrowing& n : known->second) {
          const Type& side = case_true ? n.if_true : n.if_false;
          if (side.is_impossible()) goto next_link;  // this branch cannot be taken
          applied.push_back(Narrowing{n.subject, side, side});
        }
      }
    }
    if (flow_link(spec, link, applied)) schedule(&spec, link.target);
    if (failed_) return;
  next_link:;
  }
}

void Annotator::check_attributes() {
  for (const auto& cls : classdefs_) {
    for (const auto& [name, slot] : cls->attributes) {
      if (!slot.type.is_impossible() || slot.readers.empty()) continue;
      const Reader& reader = *slot.readers.begin();
      for (const flow::Operation& op : reader.second->operations) {
        if (op.kind == flow::OpKind::kGetAttr && op.args[1]->is_constant() &&
            op.args[1]->constant->text == name) {
          error(op, "attribute '" + name + "' of " + cls->name() +
                        " is read but never assigned anywhere in the program");
          return;
        }
      }
    }
  }
}

bool Annotator::annotate(const flow::ModuleEntity& main,
                         std::unique_ptr<flow::FunctionGraph> module_graph) {
  (void)main;
  auto spec = std::make_unique<Specialization>();
  spec->graph = std::move(module_graph);
  spec->index = 0;
  Specialization* raw = spec.get();
  specs_.push_back(std::move(spec));
  schedule(raw, raw->graph->start());
  long flows = 0;
  while (!failed_) {
    if (worklist_.empty()) {
      // Settled: what waited for the rest to settle is flowed again, now
      // knowing that nothing else will come.
      if (waiting_.empty()) break;
      for (const Reader& r : waiting_) schedule(r.first, r.second);
      waiting_.clear();
      settled_ = true;
    }
    Reader r = worklist_.front();
    worklist_.pop_front();
    queued_.erase(r);
    flow_block(*r.first, *r.second);
    if (++flows > kMaxBlockFlows) {
      sink_.error({}, "internal error: type inference did not reach a fixpoint");
      return false;
    }
  }
  current_ = {nullptr, nullptr};
  if (!failed_) report_pending_error();
  if (!failed_) check_attributes();
  return !failed_;
}

}  // namespace krait::annotator
