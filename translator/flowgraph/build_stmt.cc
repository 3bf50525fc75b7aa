// Statements for the flow-graph builder, and the entry points.
#include "translator/flowgraph/builder_impl.h"
#include "translator/flowgraph/checker.h"
#include "translator/flowgraph/scopes.h"
#include "translator/flowgraph/simplify.h"

namespace krait::flow {
namespace {

std::string to_string(ast::Identifier id) {
  return std::string(id.data(), id.size());
}

bool is_docstring(const ast::Stmt* s) {
  if (s->kind != ast::NodeKind::kExprStmt) return false;
  const ast::Expr* e = static_cast<const ast::ExprStmt*>(s)->value;
  return e->kind == ast::NodeKind::kConstant &&
         static_cast<const ast::Constant*>(e)->value.kind == ast::ConstantValue::Kind::kStr;
}

}  // namespace

class StmtBuilder {
 public:
  explicit StmtBuilder(GraphBuilder& b) : b_(b) {}

  void statement(const ast::Stmt* s) {
    if (!b_.reachable()) return;  // code after return/raise/break/continue
    int mark = b_.temp_mark();
    ast::visit_node(*s, [&](const auto& n) { visit(n); });
    b_.release_temps(mark);
  }

 private:
  using Frame = GraphBuilder::Frame;
  Value* v(int slot) { return b_.get(slot); }

  template <class T>
  void visit(const T& n) {
    b_.unsupported(n, std::string(ast::node_kind_name(n.kind)) + " statements are");
  }

  void visit(const ast::Pass&) {}  // also break and continue: see dispatch below
  void visit(const ast::ExprStmt& n) {
    if (!is_docstring(&n)) b_.expr(n.value);
  }

  void visit(const ast::Assign& n) {
    if (b_.module_level_ && b_.program_.is_c_declaration(&n)) return;  // carried out by the scanner
    if (b_.module_level_ && n.targets.size == 1 && n.targets[0]->kind == ast::NodeKind::kName &&
        b_.module_.constants.count(to_string(static_cast<const ast::Name*>(n.targets[0])->id))) {
      return;  // folded by the module scanner
    }
    int value = b_.expr(n.value);
    if (value < 0) return;
    for (const ast::Expr* target : n.targets) {
      b_.assign(target, value);
      if (target->kind == ast::NodeKind::kName) {
        b_.note_assignment(to_string(static_cast<const ast::Name*>(target)->id), value, *n.value);
      }
    }
  }

  void visit(const ast::AugAssign& n) { b_.augmented_assign(n); }

  void visit(const ast::AnnAssign& n) {
    if (n.value == nullptr) return;
    int value = b_.expr(n.value);
    if (value >= 0) b_.assign(n.target, value);
  }

  void visit(const ast::Match& n) { b_.match_statement(n); }

  // Declarations only: scope_bindings() and the cells act on them.
  void visit(const ast::Global&) {}

  // A nested def makes its function (with the cells it uses) when it runs;
  // module-level defs are constants made by the module scanner, unless
  // decorated. Decorators apply when the def runs, the nearest first:
  // `@a @b def f` binds f = a(b(f)).
  void visit(const ast::FunctionDef& n) {
    std::optional<ConstValue> bound =
        b_.module_level_ ? b_.static_name(to_string(n.name)) : std::nullopt;
    bool memoized = bound && bound->is_entity() && bound->entity->kind == EntityKind::kFunction &&
                    static_cast<const FunctionEntity*>(bound->entity)->memoized;
    if (b_.module_level_ && (n.decorator_list.empty() || memoized)) {  // a constant
      std::optional<ConstValue> fn = bound;
      if (fn && fn->is_entity() && fn->entity->kind == EntityKind::kFunction)
        compute_defaults(static_cast<const FunctionEntity&>(*fn->entity));
      return;
    }
    if (n.kind == ast::NodeKind::kAsyncFunctionDef) {
      b_.unsupported(n, "async functions are");
      return;
    }
    int mark = b_.temp_mark();
    int fn = b_.closure(n);
    for (size_t i = n.decorator_list.size; fn >= 0 && b_.reachable() && i-- > 0;) {
      int decorator = b_.expr(n.decorator_list[i]);
      if (decorator < 0 || !b_.reachable()) return;
      fn = b_.emit(OpKind::kSimpleCall, {v(decorator), v(fn)}, *n.decorator_list[i]);
    }
    if (fn >= 0 && b_.reachable()) b_.store_name(to_string(n.name), fn, n);
    b_.release_temps(mark);
  }
  // A def computes its defaults that are not constants (module_scanner.h).
  void compute_defaults(const FunctionEntity& fn) {
    for (const auto& [param, value] : fn.computed_defaults) {
      int mark = b_.temp_mark();
      int v = b_.expr(value);
      if (v < 0 || !b_.reachable()) return;
      b_.emit(OpKind::kStoreGlobal,
              {b_.constant(ConstValue::of_str(fn.default_global(param))), b_.get(v)}, *value);
      b_.release_temps(mark);
    }
  }

  // A class statement computes the class attributes that are not constants.
  void visit(const ast::ClassDef& n) {
    if (b_.program_.is_c_declaration(&n)) return;  // a ctypes Structure or Union
    if (!b_.module_level_) {
      b_.unsupported(n, "classes defined inside functions are");
      return;
    }
    std::optional<ConstValue> cls = b_.static_name(to_string(n.name));
    if (!cls || !cls->is_entity() || cls->entity->kind != EntityKind::kClass) return;
    const auto* entity = static_cast<const ClassEntity*>(cls->entity);
    for (const auto& [name, member] : entity->attributes) {
      if (member.is_entity() && member.entity->kind == EntityKind::kFunction &&
          static_cast<const FunctionEntity*>(member.entity)->owner == entity)
        compute_defaults(static_cast<const FunctionEntity&>(*member.entity));
    }
    for (const auto& [name, value] : entity->computed) {
      int mark = b_.temp_mark();
      int v = b_.expr(value);
      if (v < 0 || !b_.reachable()) return;
      b_.emit(OpKind::kStoreGlobal,
              {b_.constant(ConstValue::of_str(entity->qualname + "." + name)), b_.get(v)}, *value);
      b_.release_temps(mark);
    }
  }
  // An import runs the bodies of the program's modules it names that no
  // import ran before (the scanner resolved them, module_imports.h), then
  // binds the names; at the top level the scanner folded most of them.
  void visit(const ast::Import& n) {
    for (const ast::alias* a : n.names) {
      ModuleEntity* root = nullptr;
      for (const std::string& name : module_chain(to_string(a->name))) {
        ModuleEntity* m = run_import(name, *a);
        if (root == nullptr) root = m;
      }
      ModuleEntity* bound = a->asname.data() ? b_.program_.imported(a) : root;
      if (bound == nullptr || !b_.reachable()) return;
      std::string name = to_string(a->asname.data() ? a->asname : a->name);
      b_.store_name(name.substr(0, name.find('.')), b_.constant_slot(ConstValue::of_entity(bound)),
                    *a);
    }
  }
  void visit(const ast::ImportFrom& n) {
    ModuleEntity* m = b_.program_.imported(&n);
    if (m == nullptr) return;  // from __future__ import ...
    for (const std::string& name : module_chain(m->qualname)) run_import(name, n);
    for (const ast::alias* a : n.names) {
      std::string name = to_string(a->name);
      if (name == "*") return;  // a provided module's names: constants (module scanner)
      int value = -1;
      if (ModuleEntity* sub = b_.program_.imported(a)) {
        run_import(sub->qualname, *a);
        value = b_.constant_slot(ConstValue::of_entity(sub));
      } else if (auto it = m->constants.find(name); it != m->constants.end()) {
        value = b_.constant_slot(it->second);
      } else if (m->has_global(name)) {
        value =
            b_.emit(OpKind::kLoadGlobal, {b_.constant(ConstValue::of_str(m->qualify(name)))}, *a);
      } else {
        b_.error(*a, "cannot import name '" + name + "' from partially initialized module '" +
                         m->qualname + "' (most likely due to a circular import)");
        return;
      }
      if (!b_.reachable()) return;
      b_.store_name(to_string(a->asname.data() ? a->asname : a->name), value, *a);
    }
  }
  // The import_module operation of one of the program's modules; the
  // module (null for a module Krait provides).
  ModuleEntity* run_import(const std::string& name, const ast::Node& at) {
    ModuleEntity* m = b_.program_.module_named(name);
    if (m != nullptr && m->body != nullptr && b_.reachable())
      b_.emit(OpKind::kImportModule, {b_.constant(ConstValue::of_entity(m))}, at);
    return m;
  }

  void visit(const ast::If& n) {
    if (const ast::Call* test = isinstance_of_several(n.test)) {
      if_isinstance_of_several(n, *test);
      return;
    }
    GraphBuilder::TestEdges test;
    if (!b_.test_edges(n.test, b_.temp_mark(), &test)) return;
    std::vector<PendingEdge> done;
    branch_body(std::move(test.if_true), n.body, &done);
    branch_body(std::move(test.if_false), n.orelse, &done);
    b_.join(std::move(done));
  }

  // `isinstance(name, (A, B, ...))` as an if statement's test: its call,
  // else null.
  const ast::Call* isinstance_of_several(const ast::Expr* test) const {
    if (!b_.is_builtin_call(test, "isinstance")) return nullptr;
    const auto* call = static_cast<const ast::Call*>(test);
    if (call->args.size != 2 || !call->keywords.empty() ||
        call->args[0]->kind != ast::NodeKind::kName ||
        call->args[1]->kind != ast::NodeKind::kTuple ||
        static_cast<const ast::Tuple*>(call->args[1])->elts.size < 2)
      return nullptr;
    return call;
  }

  // `if isinstance(x, (A, B)): body` runs as `if isinstance(x, A): body
  // elif isinstance(x, B): body`: the body is built once per class, with x
  // narrowed to that class, so it may read attributes that the classes
  // define with different types (narrowing to their common base, as
  // RPython does, would join them).
  void if_isinstance_of_several(const ast::If& n, const ast::Call& test) {
    std::vector<PendingEdge> done;
    for (const ast::Expr* cls : static_cast<const ast::Tuple*>(test.args[1])->elts) {
      int mark = b_.temp_mark();
      int subject = b_.load_name(static_cast<const ast::Name&>(*test.args[0]));
      int class_slot = subject < 0 ? -1 : b_.expr(cls);
      if (class_slot < 0 || !b_.reachable()) return;
      int is_instance = b_.emit(OpKind::kIsInstance, {b_.get(subject), b_.get(class_slot)}, test);
      auto [if_true, if_false] = b_.branch(b_.get(is_instance));
      if_true.env.resize(std::min<size_t>(if_true.env.size(), mark));
      if_false.env.resize(std::min<size_t>(if_false.env.size(), mark));
      branch_body({std::move(if_true)}, n.body, &done);
      b_.join({std::move(if_false)});
    }
    b_.statements(n.orelse);
    if (b_.reachable()) done.push_back(b_.leave());
    b_.join(std::move(done));
  }

  // The statements reached through `edges` (none: a branch a constant test
  // never takes, which is not built).
  void branch_body(std::vector<PendingEdge> edges, const syntax::Span<ast::Stmt*>& body,
                   std::vector<PendingEdge>* done) {
    if (edges.empty()) return;
    b_.join(std::move(edges));
    b_.statements(body);
    if (b_.reachable()) done->push_back(b_.leave());
  }

  void loop_body(Block* header, const std::vector<int>& slots, const syntax::Span<ast::Stmt*>& body,
                 std::vector<PendingEdge>* breaks, const ast::Node& at) {
    b_.frames_.push_back(Frame{Frame::Kind::kLoop, header, &slots, breaks, nullptr, -1, -1, {}});
    b_.statements(body);
    b_.frames_.pop_back();
    if (b_.reachable()) b_.link_back(header, slots, at);
  }

  void visit(const ast::While& n) {
    std::vector<int> slots;
    Block* header = b_.start_loop_header(&slots);
    GraphBuilder::TestEdges test;
    if (!b_.test_edges(n.test, b_.temp_mark(), &test)) return;
    std::vector<PendingEdge> breaks;
    if (!test.if_true.empty()) {
      b_.join(std::move(test.if_true));
      loop_body(header, slots, n.body, &breaks, n);
    }
    branch_body(std::move(test.if_false), n.orelse, &breaks);  // none for `while True:`
    b_.join(std::move(breaks));
  }

  void visit(const ast::For& n) {
    if (n.kind == ast::NodeKind::kAsyncFor) {
      b_.unsupported(n, "'async for' loops are");
      return;
    }
    int iterable = b_.expr(n.iter);
    if (iterable < 0 || !b_.reachable()) return;
    int it = b_.emit(OpKind::kIter, {v(iterable)}, *n.iter);
    std::vector<int> slots;
    Block* header = b_.start_loop_header(&slots);
    // Located at the whole statement, as CPython's FOR_ITER (a traceback
    // through a generator's next shows the `for` line without carets).
    int item = b_.emit(OpKind::kNext, {v(it)}, n, false);
    std::vector<PendingEdge> exhausted;
    b_.split_for_exceptions({b_.builtin("StopIteration")}, &exhausted);
    b_.assign(n.target, item);
    std::vector<PendingEdge> breaks;
    loop_body(header, slots, n.body, &breaks, n);
    b_.join(std::move(exhausted));
    b_.statements(n.orelse);
    if (b_.reachable()) breaks.push_back(b_.leave());
    b_.join(std::move(breaks));
  }

  // Runs the `finally` (and `with` exit) code of the frames that a
  // return/break/continue leaves, innermost first, down to frame `stop`.
  void unwind(size_t stop) {
    for (size_t i = b_.frames_.size(); i-- > stop && b_.reachable();) {
      if (b_.frames_[i].kind != Frame::Kind::kFinally) continue;
      std::vector<Frame> saved = b_.frames_;
      b_.frames_.resize(i);
      saved[i].on_exit();
      b_.frames_ = std::move(saved);
    }
  }

  std::optional<size_t> innermost_loop() const {
    for (size_t i = b_.frames_.size(); i-- > 0;) {
      if (b_.frames_[i].kind == Frame::Kind::kLoop) return i;
    }
    return std::nullopt;
  }

  void break_or_continue(const ast::Node& n, bool is_break) {
    std::optional<size_t> loop = innermost_loop();
    if (!loop) {
      b_.error(n, is_break ? "'break' outside loop" : "'continue' not properly in loop");
      return;
    }
    unwind(*loop + 1);
    if (!b_.reachable()) return;
    const Frame& frame = b_.frames_[*loop];
    if (is_break) {
      frame.breaks->push_back(b_.leave());
    } else {
      b_.link_back(frame.header, *frame.header_slots, n);
    }
  }

  void visit(const ast::Return& n) {
    if (b_.module_level_) {
      b_.error(n, "'return' outside function");
      return;
    }
    int value = n.value ? b_.expr(n.value) : b_.constant_slot(ConstValue::none());
    if (value < 0 || !b_.reachable()) return;
    unwind(0);
    if (b_.reachable()) b_.return_value(v(value), n.value);
  }

  void visit(const ast::Raise& n) {
    if (n.exc == nullptr) {
      if (b_.handling_.empty()) {
        b_.error(n, "a bare 'raise' is only supported inside an except clause");
        return;
      }
      auto [etype, evalue] = b_.handling_.back();
      b_.propagate(v(etype), v(evalue));
      return;
    }
    int exc = b_.expr(n.exc);
    if (exc < 0 || !b_.reachable()) return;
    const Value* e = v(exc);
    if (e->is_constant() && e->constant->is_entity()) {  // raise ValueError
      exc = b_.emit(OpKind::kSimpleCall, {v(exc)}, *n.exc);
    }
    if (!b_.handling_.empty()) {  // raised while handling: the handled one is the context
      int handled = b_.handling_.back().second;
      b_.emit(OpKind::kSetAttr,
              {v(exc), b_.constant(ConstValue::of_str("__context__")), v(handled)}, n);
    }
    if (n.cause != nullptr) {
      int cause = b_.expr(n.cause);
      if (cause < 0 || !b_.reachable()) return;
      b_.emit(OpKind::kSetAttr, {v(exc), b_.constant(ConstValue::of_str("__cause__")), v(cause)},
              n);
    }
    b_.raise_value(exc, n);
  }

  void visit(const ast::Assert& n) {
    int test = b_.truth(n.test);
    if (test < 0 || !b_.reachable()) return;
    if (v(test)->is_constant() && v(test)->constant->bool_value) return;
    auto [ok, failed] = b_.branch(v(test));
    b_.join({failed});
    int error = b_.constant_slot(ConstValue::of_entity(b_.builtin("AssertionError")));
    std::vector<Value*> args = {v(error)};
    if (n.msg != nullptr) {
      int msg = b_.expr(n.msg);
      if (msg < 0) return;
      args.push_back(v(msg));
    }
    int exc = b_.emit(OpKind::kSimpleCall, args, n);
    b_.raise_value(exc, n);
    b_.join({ok});
  }

  void visit(const ast::Delete& n) {
    for (const ast::Expr* target : n.targets) {
      if (target->kind == ast::NodeKind::kName) {
        b_.delete_name(static_cast<const ast::Name&>(*target));
      } else if (target->kind == ast::NodeKind::kSubscript) {
        delete_item(static_cast<const ast::Subscript&>(*target));
      } else {
        b_.unsupported(*target,
                       std::string("'del' of ") + ast::node_kind_name(target->kind) + " is");
      }
    }
  }

  void delete_item(const ast::Subscript& s) {
    int object = b_.expr(s.value);
    if (object < 0) return;
    if (s.slice->kind == ast::NodeKind::kSlice) {
      const auto& sl = static_cast<const ast::Slice&>(*s.slice);
      auto bound = [&](const ast::Expr* e) {
        return e == nullptr ? b_.constant_slot(ConstValue::none()) : b_.expr(e);
      };
      int lower = bound(sl.lower);
      int upper = bound(sl.upper);
      int step = bound(sl.step);
      if (lower < 0 || upper < 0 || step < 0) return;
      b_.emit(OpKind::kDelSlice, {v(object), v(lower), v(upper), v(step)}, s);
      return;
    }
    int index = b_.expr(s.slice);
    if (index >= 0) b_.emit(OpKind::kDelItem, {v(object), v(index)}, s);
  }

  // Builds `body` with a handler frame; returns the edges of exceptions
  // raised inside it, with the exception in (etype_slot, evalue_slot).
  std::vector<PendingEdge> guarded(const std::function<void()>& body, int etype_slot,
                                   int evalue_slot) {
    std::vector<PendingEdge> raised;
    b_.frames_.push_back(Frame{
        Frame::Kind::kHandler, nullptr, nullptr, nullptr, &raised, etype_slot, evalue_slot, {}});
    body();
    b_.frames_.pop_back();
    return raised;
  }

  void try_except(const ast::Try& n) {
    int etype = b_.new_slot();
    int evalue = b_.new_slot();
    std::vector<PendingEdge> raised = guarded([&] { b_.statements(n.body); }, etype, evalue);
    std::vector<PendingEdge> after;
    b_.statements(n.orelse);
    if (b_.reachable()) after.push_back(b_.leave());
    b_.join(std::move(raised));
    for (const ast::ExceptHandler* h : n.handlers) {
      if (!b_.reachable()) break;
      std::optional<PendingEdge> no_match;
      if (h->type != nullptr) {
        int cls = b_.expr(h->type);
        if (cls < 0 || !b_.reachable()) return;
        if (!is_class_constant(v(cls))) {
          b_.error(*h->type,
                   "an except clause must name exception classes known at translation time");
          return;
        }
        int match = b_.emit(OpKind::kIsInstance, {v(evalue), v(cls)}, *h->type);
        auto [yes, no] = b_.branch(v(match));
        no_match = no;
        b_.join({yes});
      }
      std::string name = h->name.data() ? to_string(h->name) : "";
      if (!name.empty()) b_.store_name(name, evalue, *h);
      b_.handling_.emplace_back(etype, evalue);
      b_.statements(h->body);
      b_.handling_.pop_back();
      if (!name.empty() && b_.local_slots_.count(name)) b_.set(b_.local_slots_.at(name), nullptr);
      if (b_.reachable()) after.push_back(b_.leave());
      if (!no_match) break;  // a bare except: catches everything
      b_.join({*no_match});
    }
    if (b_.reachable()) b_.propagate(v(etype), v(evalue));  // no clause matched
    b_.join(std::move(after));
  }

  static bool is_class_constant(const Value* value) {
    if (!value->is_constant()) return false;
    const ConstValue& c = *value->constant;
    if (c.kind == ConstValue::Kind::kTuple) {
      for (const ConstValue& item : c.items) {
        if (!item.is_entity()) return false;
      }
      return true;
    }
    return c.is_entity();
  }

  // try/finally and with: `protected` runs with a frame that runs
  // `on_leave` when return/break/continue leave it, and exceptions raised in
  // it go to `on_exception` (with the exception in two slots) after the
  // frames are popped. Normal completion runs `on_leave` too.
  void protect(const std::function<void()>& protected_body, const std::function<void()>& on_leave,
               const std::function<void(int etype, int evalue)>& on_exception) {
    int etype = b_.new_slot();
    int evalue = b_.new_slot();
    b_.frames_.push_back(
        Frame{Frame::Kind::kFinally, nullptr, nullptr, nullptr, nullptr, -1, -1, on_leave});
    std::vector<PendingEdge> raised = guarded(protected_body, etype, evalue);
    b_.frames_.pop_back();
    std::vector<PendingEdge> after;
    if (b_.reachable()) on_leave();
    if (b_.reachable()) after.push_back(b_.leave());
    b_.join(std::move(raised));
    if (b_.reachable()) on_exception(etype, evalue);
    if (b_.reachable()) after.push_back(b_.leave());
    b_.join(std::move(after));
  }

  void visit(const ast::Try& n) {
    if (n.kind == ast::NodeKind::kTryStar) {
      b_.unsupported(n, "'except*' clauses are");
      return;
    }
    auto body = [&] {
      if (n.handlers.empty())
        b_.statements(n.body);
      else
        try_except(n);
    };
    if (n.finalbody.empty()) {
      body();
      return;
    }
    protect(
        body, [&] { b_.statements(n.finalbody); },
        [&](int etype, int evalue) {
          b_.statements(n.finalbody);
          if (b_.reachable()) b_.propagate(v(etype), v(evalue));
        });
  }

  void visit(const ast::With& n) {
    if (n.kind == ast::NodeKind::kAsyncWith) {
      b_.unsupported(n, "'async with' statements are");
      return;
    }
    with_items(n, 0);
  }

  // with a, b: body  is  with a: (with b: body)
  void with_items(const ast::With& n, uint32_t index) {
    if (index == n.items.size) {
      b_.statements(n.body);
      return;
    }
    const ast::withitem* item = n.items[index];
    int manager = b_.expr(item->context_expr);
    if (manager < 0 || !b_.reachable()) return;
    const ast::Expr& at = *item->context_expr;
    int exit =
        b_.emit(OpKind::kGetAttr, {v(manager), b_.constant(ConstValue::of_str("__exit__"))}, at);
    int enter =
        b_.emit(OpKind::kGetAttr, {v(manager), b_.constant(ConstValue::of_str("__enter__"))}, at);
    int entered = b_.emit(OpKind::kSimpleCall, {v(enter)}, at);
    if (item->optional_vars != nullptr) b_.assign(item->optional_vars, entered);
    Value* none = b_.constant(ConstValue::none());
    // A file's __exit__ never suppresses the exception, so what the body
    // assigns is assigned after the statement (`with open(p) as f: text =
    // f.read()`); another manager's might, and then the body may have been cut short.
    bool may_suppress = !b_.is_builtin_call(item->context_expr, "open");
    protect([&] { with_items(n, index + 1); },
            [&] {
              b_.emit(OpKind::kSimpleCall, {v(exit), none, none, none}, at);
            },
            [&](int etype, int evalue) {
              int result = b_.emit(OpKind::kSimpleCall, {v(exit), v(etype), v(evalue), none}, at);
              if (!may_suppress) {
                b_.propagate(v(etype), v(evalue));
                return;
              }
              int suppress = b_.emit(OpKind::kBool, {v(result)}, at);
              auto [yes, no] = b_.branch(v(suppress));
              b_.join({no});
              b_.propagate(v(etype), v(evalue));
              b_.join({yes});
            });
  }

  GraphBuilder& b_;

 public:
  void dispatch(const ast::Stmt* s) {
    if (s->kind == ast::NodeKind::kBreak || s->kind == ast::NodeKind::kContinue) {
      if (b_.reachable()) break_or_continue(*s, s->kind == ast::NodeKind::kBreak);
      return;
    }
    statement(s);
  }
};

void GraphBuilder::statements(const syntax::Span<ast::Stmt*>& body) {
  StmtBuilder builder(*this);
  for (const ast::Stmt* s : body) builder.dispatch(s);
}

void GraphBuilder::statement(const ast::Stmt* s) {
  StmtBuilder(*this).dispatch(s);
}

std::unique_ptr<FunctionGraph> GraphBuilder::build_function() {
  const ast::Node& node = *function_->node;
  graph_ = std::make_unique<FunctionGraph>(function_->qualname, range_of(node));
  current_ = graph_->start();
  const ast::FunctionDef* def = function_->def;
  if (def != nullptr) {
    if (def->kind == ast::NodeKind::kAsyncFunctionDef) unsupported(*def, "async functions are");
  }
  if (failed_) return nullptr;
  collect_locals();
  make_cells();
  if (def != nullptr) {
    graph_->is_generator = is_generator_function(*def);
    statements(def->body);
  } else if (node.kind == ast::NodeKind::kLambda) {
    const ast::Expr* body = static_cast<const ast::Lambda&>(node).body;
    int value = expr(body);
    if (value >= 0 && reachable()) return_value(get(value), body);
  } else {
    graph_->is_generator = true;
    generator_expression_body(static_cast<const ast::ListComp&>(node),
                              local_slots_.at(kGenexpIterator));
  }
  if (reachable()) return_value(constant(ConstValue::none()));
  if (failed_) return nullptr;
  simplify_graph(*graph_);
  if (!verify_graph(*graph_, sink_)) return nullptr;
  return std::move(graph_);
}

std::unique_ptr<FunctionGraph> GraphBuilder::build_module() {
  module_level_ = true;
  graph_ = std::make_unique<FunctionGraph>(module_.qualname + ".<module>",
                                           SourceRange{module_.source, {1, 0}, {1, 0}});
  current_ = graph_->start();
  for (const std::string& name : module_.body_locals) local_slots_[name] = new_slot();
  name_local_slots();
  statements(module_.tree->body);
  if (reachable()) return_value(constant(ConstValue::none()));
  if (failed_) return nullptr;
  simplify_graph(*graph_);
  if (!verify_graph(*graph_, sink_)) return nullptr;
  return std::move(graph_);
}

std::unique_ptr<FunctionGraph> build_function_graph(Program& program,
                                                    const FunctionEntity& function,
                                                    DiagnosticSink& sink) {
  if (function.is_module_body) return build_module_graph(program, *function.module, sink);
  return GraphBuilder(program, *function.module, &function, sink).build_function();
}

std::unique_ptr<FunctionGraph> build_module_graph(Program& program, const ModuleEntity& module,
                                                  DiagnosticSink& sink) {
  return GraphBuilder(program, module, nullptr, sink).build_module();
}

}  // namespace krait::flow
