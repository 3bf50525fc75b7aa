// The annotator: RPython-style type inference over all reachable graphs.
//
// Contract. annotate() starts from the main module's body graph and
// abstractly interprets every block reachable from it, to a fixpoint: each
// variable gets a Type (types.h) that only grows. A function is specialised
// per call signature (one Specialization per distinct key of argument
// types, so `def max2(a, b)` gets one copy for ints and one for floats); its
// graph is built afresh for each. A block is flowed again whenever the types
// entering it grow, or something it read (a list's items, an instance
// attribute, a callee's return type) widens. Errors are reported to the sink
// with provenance: the line, the two types that could not be joined, and
// where each came from. After a successful annotate(), every variable of
// every specialization has its final type, which the backend reads.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "annotator/defs.h"
#include "annotator/types.h"
#include "translator/diagnostics/diagnostic.h"
#include "translator/flowgraph/graph.h"
#include "translator/flowgraph/program.h"

namespace krait::annotator {

struct Specialization {
  const flow::FunctionEntity* function = nullptr;  // null: the module body
  std::vector<Type> arg_types;                     // the parameters' types
  std::string signature_key;
  SourceRange call;  // the call that made this specialization (empty: the module body)
  std::unique_ptr<flow::FunctionGraph> graph;
  std::map<const flow::Value*, Type> types;
  std::map<const flow::Value*, Origin> origins;
  Type return_type;
  std::vector<std::pair<TypeKind, Origin>> return_origins;
  std::set<Reader> return_readers;  // callers, re-flowed when the return type widens
  // A generator function: calling it returns iterator(kGenerator) of the
  // union of what it yields (readers: the calls, re-flowed when it widens).
  bool is_generator = false;
  Slot yielded;
  std::set<const flow::Block*> flowed;  // blocks reached at least once
  // The specializations each call operation may run (for the backend).
  std::map<const flow::Operation*, std::set<Specialization*>> callees;
  int index = 0;  // order of creation (deterministic names)

  // What a call returns: the return type, or for a generator function the
  // generator (iterator of kGenerator over what it yields).
  Type result_type() const;
};

// What a bool variable tells about other variables on each branch
// (RPython's knowntypedata): after `isinstance(x, C)` or `x is None`.
struct Narrowing {
  const flow::Value* subject;
  Type if_true;
  Type if_false;
};

class Annotator {
 public:
  Annotator(flow::Program& program, DiagnosticSink& sink);
  ~Annotator();

  // Annotates the program whose main module body is `module_graph`.
  bool annotate(const flow::ModuleEntity& main, std::unique_ptr<flow::FunctionGraph> module_graph);

  const std::vector<std::unique_ptr<Specialization>>& specializations() const { return specs_; }
  const std::vector<std::unique_ptr<ClassDef>>& classdefs() const { return classdefs_; }
  ClassDef* classdef(const flow::Entity* class_entity);
  Type type_of(const Specialization& spec, const flow::Value* value) const;

  // ---- used by the operation rules (rules_*.cc) ----
  flow::Program& program() { return program_; }
  void error(const flow::Operation& op, const std::string& message,
             std::vector<Diagnostic> notes = {});
  ListDef* new_list(Type item, const Origin& origin);
  // The cell the newcell operation being flowed makes (one per operation
  // and specialization).
  CellDef* cell_of(const flow::Operation& op);
  DictDef* new_dict(Type key, Type value, const Origin& origin);
  // The **kwargs dict the call operation being flowed makes (one per
  // operation and specialization, so its type settles like a variable's).
  DictDef* kwargs_of(const flow::Operation& op);
  SetDef* new_set(Type item, bool frozen, const Origin& origin);
  // Widens a shared slot with `t`; re-flows its readers when it grew. False
  // (after reporting) when the types conflict.
  bool widen(Slot& slot, const Type& t, const Origin& origin, const flow::Operation& op,
             const std::string& what);
  // Registers the block being flowed as a reader of the slot.
  void read(Slot& slot);
  // True (and the block being flowed will be flowed again) until the
  // worklist has emptied once: a rule that cannot tell "no value yet" from
  // "never a value" (the items of a list only a recursive call fills)
  // waits, then assumes the latter.
  bool wait_until_settled();
  // Calls a function entity with argument types; returns its return type.
  Type call_function(const flow::FunctionEntity* fn, std::vector<Type> args,
                     const flow::Operation& op);
  const std::vector<Narrowing>& narrowings_of(const flow::Value* value) const;
  // Attribute names some instance is assigned (obj.name = ...): an
  // instance reads any other computed class attribute from the class.
  void note_instance_assignment(const std::string& name) { instance_assigned_.insert(name); }
  bool instance_assigned(const std::string& name) const { return instance_assigned_.count(name); }
  // load_global / store_global of a module's run-time global.
  Type global(struct OpContext& ctx);
  // Reads (stored null) or writes a module global, or a computed class
  // attribute ("Shape.registry"); a write returns None.
  Type access_global(const std::string& name, const flow::Operation& op,
                     const Type* stored = nullptr);
  const std::map<std::string, Slot>& globals() const { return globals_; }
  // The specialization being flowed.
  Specialization* current_spec() const { return current_.first; }
  // The (specialization, block) being flowed, as a reader to re-flow.
  Reader current_reader() const { return current_; }
  // Instance attribute slot of `cls` (created, generalised as needed); null
  // after reporting when generalising joins conflicting types.
  Slot* instance_attribute(ClassDef* cls, const std::string& name);
  // An origin in the specialization being flowed (its call recorded).
  Origin origin_at(const flow::Operation& op, const std::string& action) const;
  Origin origin_at(const SourceRange& where, const std::string& action) const;
  // An error was reported, or one is pending for the block being flowed.
  bool failed() const { return failed_ || pending_errors_.count(current_) != 0; }

 private:
  // An operation's error, held until the fixpoint (see error()).
  struct PendingError {
    long order;  // when the operation first failed
    Diagnostic diagnostic;
  };
  Specialization* specialize(const flow::FunctionEntity* fn, const std::vector<Type>& args,
                             const flow::Operation& op);
  void schedule(Specialization* spec, const flow::Block* block);
  void flow_block(Specialization& spec, const flow::Block& block);
  bool flow_link(Specialization& spec, const flow::Link& link,
                 const std::vector<Narrowing>& narrowings);
  bool merge_into(Specialization& spec, const flow::Value* input, const Type& t,
                  const Origin& origin);
  // Where a value of `spec` came from: its recorded origin, or where the
  // builder says it was computed.
  Origin origin_of(const Specialization& spec, const flow::Value* value) const;
  // Where the value link `link` passes as its target's input `i` came from
  // (the returned expression, a conditional expression's branch).
  Origin link_origin(const Specialization& spec, const flow::Link& link, size_t i) const;
  // "WHAT type conflict: A (origin) vs B (origin)" at B's origin, or with
  // `program_order` the two sides in source order, at the later one, or at
  // `at` if given; `why` is the union's explanation.
  void report_conflict(const std::string& what, const Type& a, const Origin& a_origin,
                       const Type& b, const Origin& b_origin, const std::string& why,
                       bool program_order = false, const SourceRange& at = {});
  void check_attributes();
  // At the fixpoint: reports the operation error found first, if one is left.
  void report_pending_error();

  flow::Program& program_;
  DiagnosticSink& sink_;
  std::vector<std::unique_ptr<Specialization>> specs_;
  std::map<std::pair<const flow::FunctionEntity*, std::string>, Specialization*> spec_index_;
  std::vector<std::unique_ptr<ClassDef>> classdefs_;
  std::map<const flow::Entity*, ClassDef*> classdef_index_;
  std::deque<std::unique_ptr<ListDef>> lists_;
  std::deque<std::unique_ptr<DictDef>> dicts_;
  std::map<std::pair<Specialization*, const flow::Operation*>, std::unique_ptr<CellDef>> cells_;
  std::map<std::pair<Specialization*, const flow::Operation*>, DictDef*> kwargs_;
  std::deque<std::unique_ptr<SetDef>> sets_;
  std::deque<Reader> worklist_;
  std::set<Reader> queued_;
  // Blocks flowed again once the worklist is empty (wait_until_settled).
  std::set<Reader> waiting_;
  bool settled_ = false;
  Reader current_{nullptr, nullptr};
  std::map<const flow::Value*, std::vector<Narrowing>> narrowings_;  // per bool result
  // Operation errors of the blocks' latest flows, reported only if still
  // there at the fixpoint: wider types may make the operation valid (None
  // joined with an instance) and a conflict of joins is the real cause.
  std::map<Reader, PendingError> pending_errors_;
  std::map<std::pair<Specialization*, const flow::Operation*>, long> error_order_;
  std::map<std::string, Slot> globals_;  // the main module's run-time globals
  std::set<std::string> instance_assigned_;
  ListDef* argv_ = nullptr;     // sys.argv: list[str]
  DictDef* environ_ = nullptr;  // os.environ: dict[str, str]
  bool failed_ = false;
};

}  // namespace krait::annotator
