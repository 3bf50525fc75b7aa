// Expressions for the flow-graph builder. Each returns the slot holding the
// expression's value, or -1 after reporting an error.
#include <algorithm>

#include "ctypes_support/c_entities.h"
#include "translator/flowgraph/builder_impl.h"
#include "translator/flowgraph/cpython_folding.h"
#include "translator/flowgraph/ctypes_module.h"
#include "translator/flowgraph/literal.h"

namespace krait::flow {
namespace {

std::string to_string(ast::Identifier id) {
  return std::string(id.data(), id.size());
}

OpKind binary_op(ast::Operator op, bool inplace) {
  switch (op) {
    case ast::Operator::Add:
      return inplace ? OpKind::kInplaceAdd : OpKind::kAdd;
    case ast::Operator::Sub:
      return inplace ? OpKind::kInplaceSub : OpKind::kSub;
    case ast::Operator::Mult:
      return inplace ? OpKind::kInplaceMul : OpKind::kMul;
    case ast::Operator::Div:
      return inplace ? OpKind::kInplaceTrueDiv : OpKind::kTrueDiv;
    case ast::Operator::FloorDiv:
      return inplace ? OpKind::kInplaceFloorDiv : OpKind::kFloorDiv;
    case ast::Operator::Mod:
      return inplace ? OpKind::kInplaceMod : OpKind::kMod;
    case ast::Operator::Pow:
      return inplace ? OpKind::kInplacePow : OpKind::kPow;
    case ast::Operator::LShift:
      return inplace ? OpKind::kInplaceLshift : OpKind::kLshift;
    case ast::Operator::RShift:
      return inplace ? OpKind::kInplaceRshift : OpKind::kRshift;
    case ast::Operator::BitAnd:
      return inplace ? OpKind::kInplaceAnd : OpKind::kAnd;
    case ast::Operator::BitOr:
      return inplace ? OpKind::kInplaceOr : OpKind::kOr;
    case ast::Operator::BitXor:
      return inplace ? OpKind::kInplaceXor : OpKind::kXor;
    case ast::Operator::MatMult:
      break;
  }
  return OpKind::kAdd;  // MatMult is rejected before this is called
}

}  // namespace

void collect_target_names(const ast::Expr* target, std::vector<std::string>& names);

// The builder's expression walker; a friend-less helper over GraphBuilder.
class ExprBuilder {
 public:
  explicit ExprBuilder(GraphBuilder& b) : b_(b) {}

  int expr(const ast::Expr* e) {
    if (!b_.reachable()) return b_.constant_slot(ConstValue::none());
    return ast::visit_node(*e, [&](const auto& n) { return visit(n); });
  }

  int augmented(const ast::AugAssign& n);
  void assign(const ast::Expr* target, int value_slot);

  // a and b: the value of a if it is false, else the value of b. Where only
  // the truth of the result matters (truth_only: an if or while test, an
  // operand of `not`), the result is the truth of that operand instead, so
  // `if n > 0 and name:` does not join a bool with a str.
  int bool_op(const ast::BoolOp& n, bool truth_only) {
    int result = b_.new_slot();
    std::vector<PendingEdge> done;
    for (uint32_t i = 0; i < n.values.size; ++i) {
      int value = truth_only ? b_.truth(n.values[i]) : expr(n.values[i]);
      if (!ok(value)) return -1;
      b_.set(result, v(value));
      if (i + 1 == n.values.size) break;
      int truth = truth_only ? value : b_.emit(OpKind::kBool, {v(value)}, *n.values[i]);
      if (!b_.reachable()) return -1;
      auto [if_true, if_false] = b_.branch(v(truth));
      bool is_and = n.op == ast::BoolOperator::And;
      done.push_back(is_and ? if_false : if_true);
      b_.join({is_and ? if_true : if_false});
    }
    done.push_back(b_.leave());
    b_.join(std::move(done));
    return result;
  }

 private:
  Value* v(int slot) { return b_.get(slot); }
  bool ok(int slot) { return slot >= 0 && b_.reachable(); }

  template <class T>
  int visit(const T& n) {
    b_.unsupported(n, std::string(ast::node_kind_name(n.kind)) + " expressions are");
    return -1;
  }

  int visit(const ast::Constant& n) {
    std::optional<ConstValue> value = literal_value(n.value);
    if (!value && b_.program().big_ints) value = big_int_literal(n.value);
    if (!value) {
      b_.error(n, literal_error(n.value));
      return -1;
    }
    return b_.constant_slot(*value, &n);
  }

  int visit(const ast::Name& n) { return b_.load_name(n); }

  // `yield value` and `yield from iterable` (which re-yields each item; its
  // value, the inner generator's return value, is None: send() and a
  // generator's return value are not supported).
  int visit(const ast::Await& n) {
    if (n.kind == ast::NodeKind::kAwait) {
      b_.unsupported(n, "'await' expressions are");
      return -1;
    }
    if (b_.module_level_) {
      b_.error(n, "'yield' outside function");
      return -1;
    }
    if (n.kind == ast::NodeKind::kYield) {
      int value = n.value ? expr(n.value) : b_.constant_slot(ConstValue::none());
      if (!ok(value)) return -1;
      return b_.emit(OpKind::kYield, {v(value)}, n);
    }
    int iterable = expr(n.value);
    if (!ok(iterable)) return -1;
    int it = b_.emit(OpKind::kIter, {v(iterable)}, *n.value);
    std::vector<int> slots;
    Block* header = b_.start_loop_header(&slots);
    int item = b_.emit(OpKind::kNext, {v(it)}, *n.value, false);
    std::vector<PendingEdge> exhausted;
    b_.split_for_exceptions({b_.builtin("StopIteration")}, &exhausted);
    b_.emit(OpKind::kYield, {v(item)}, n);
    if (!b_.link_back(header, slots, n)) return -1;
    b_.join(std::move(exhausted));
    return b_.emit(OpKind::kGeneratorReturn, {v(it)}, n);
  }

  int visit(const ast::BinOp& n) {
    if (n.op == ast::Operator::MatMult) {
      b_.unsupported(n, "the matrix multiplication operator '@' is");
      return -1;
    }
    int left = expr(n.left);
    int right = expr(n.right);
    if (!ok(left) || !ok(right)) return -1;
    // `ctypes.c_int * 3` anywhere: the array type, known at translation time.
    const ctypes::CType* item =
        v(left)->is_constant() ? ctypes::as_ctype(v(left)->constant->entity) : nullptr;
    if (item != nullptr && n.op == ast::Operator::Mult && v(right)->is_constant() &&
        v(right)->constant->kind == ConstValue::Kind::kInt && v(right)->constant->int_value >= 0) {
      return b_.constant_slot(
          ConstValue::of_entity(c_array_type(b_.program_, item, v(right)->constant->int_value)));
    }
    return b_.emit(binary_op(n.op, false), {v(left), v(right)}, n);
  }

  int visit(const ast::UnaryOp& n) {
    // `not x` needs only the truth of x.
    int operand = n.op == ast::UnaryOperator::Not ? b_.truth(n.operand) : expr(n.operand);
    if (!ok(operand)) return -1;
    switch (n.op) {
      case ast::UnaryOperator::Not:
        return b_.emit(OpKind::kIs, {v(operand), b_.constant(ConstValue::of_bool(false))}, n);
      case ast::UnaryOperator::USub: {
        const Value* x = v(operand);
        if (x->is_constant() && x->constant->kind == ConstValue::Kind::kInt &&
            x->constant->int_value != INT64_MIN) {
          return b_.constant_slot(ConstValue::of_int(-x->constant->int_value), &n);
        }
        if (x->is_constant() && x->constant->kind == ConstValue::Kind::kFloat) {
          return b_.constant_slot(ConstValue::of_float(-x->constant->float_value), &n);
        }
        return b_.emit(OpKind::kNeg, {v(operand)}, n);
      }
      case ast::UnaryOperator::UAdd:
        return b_.emit(OpKind::kPos, {v(operand)}, n);
      case ast::UnaryOperator::Invert:
        return b_.emit(OpKind::kInvert, {v(operand)}, n);
    }
    return -1;
  }

  int visit(const ast::BoolOp& n) { return bool_op(n, false); }

  int visit(const ast::IfExp& n) {
    int result = b_.new_slot();
    int test = b_.truth(n.test);
    if (!ok(test)) return -1;
    auto [if_true, if_false] = b_.branch(v(test));
    std::vector<PendingEdge> done;
    b_.join({if_true});
    if (!branch_value(n.body, result, &done)) return -1;
    b_.join({if_false});
    if (!branch_value(n.orelse, result, &done)) return -1;
    b_.join(std::move(done));
    label_join_input(result, "conditional expression", n);
    return result;
  }

  // One branch of a conditional expression: its value goes into `result`
  // on an edge to the join that remembers the branch's expression.
  bool branch_value(const ast::Expr* branch, int result, std::vector<PendingEdge>* done) {
    int value = expr(branch);
    if (!ok(value)) return false;
    b_.set(result, v(value));
    PendingEdge edge = b_.leave();
    edge.from->exits[edge.exit_index].range = b_.range_of(*branch);
    done->push_back(std::move(edge));
    return true;
  }

  // Names the join's input for `slot` (when the branches gave it different
  // values) after the expression `at` the user wrote, for diagnostics.
  void label_join_input(int slot, const char* label, const ast::Node& at) {
    Value* joined = v(slot);
    if (!b_.reachable() || joined == nullptr || joined->is_constant()) return;
    const std::vector<Value*>& inputs = b_.current_->inputs;
    if (std::find(inputs.begin(), inputs.end(), joined) == inputs.end()) return;
    joined->label = label;
    joined->range = b_.range_of(at);
  }

  int compare(ast::CmpOperator op, int left, int right, const ast::Node& at) {
    auto negate = [&](int slot) {
      return b_.emit(OpKind::kIs, {v(slot), b_.constant(ConstValue::of_bool(false))}, at);
    };
    switch (op) {
      case ast::CmpOperator::Eq:
        return b_.emit(OpKind::kEq, {v(left), v(right)}, at);
      case ast::CmpOperator::NotEq:
        return b_.emit(OpKind::kNe, {v(left), v(right)}, at);
      case ast::CmpOperator::Lt:
        return b_.emit(OpKind::kLt, {v(left), v(right)}, at);
      case ast::CmpOperator::LtE:
        return b_.emit(OpKind::kLe, {v(left), v(right)}, at);
      case ast::CmpOperator::Gt:
        return b_.emit(OpKind::kGt, {v(left), v(right)}, at);
      case ast::CmpOperator::GtE:
        return b_.emit(OpKind::kGe, {v(left), v(right)}, at);
      case ast::CmpOperator::Is:
        return b_.emit(OpKind::kIs, {v(left), v(right)}, at);
      case ast::CmpOperator::IsNot:
        return negate(b_.emit(OpKind::kIs, {v(left), v(right)}, at));
      case ast::CmpOperator::In:
        return b_.emit(OpKind::kContains, {v(right), v(left)}, at);
      case ast::CmpOperator::NotIn: {
        int contains = b_.emit(OpKind::kContains, {v(right), v(left)}, at);
        return b_.reachable() ? negate(contains) : -1;
      }
    }
    return -1;
  }

  int visit(const ast::Compare& n) {
    // a < b < c is (a < b) and (b < c) with b evaluated once.
    int left = expr(n.left);
    if (!ok(left)) return -1;
    if (n.ops.size == 1) {
      int right = expr(n.comparators[0]);
      if (!ok(right)) return -1;
      int folded = fold_equality(n.ops[0], left, right);
      return folded >= 0 ? folded : compare(n.ops[0], left, right, n);
    }
    int result = b_.new_slot();
    std::vector<PendingEdge> done;
    for (uint32_t i = 0; i < n.ops.size; ++i) {
      int right = expr(n.comparators[i]);
      if (!ok(right)) return -1;
      int cmp = compare(n.ops[i], left, right, n);
      if (!ok(cmp)) return -1;
      b_.set(result, v(cmp));
      if (i + 1 == n.ops.size) break;
      int truth = b_.emit(OpKind::kBool, {v(cmp)}, n);
      if (!b_.reachable()) return -1;
      auto [if_true, if_false] = b_.branch(v(truth));
      done.push_back(if_false);
      b_.join({if_true});
      left = right;
    }
    done.push_back(b_.leave());
    b_.join(std::move(done));
    return result;
  }

  // `==` and `!=` between two constants of the same kind are known now; this
  // folds `if __name__ == "__main__":`.
  int fold_equality(ast::CmpOperator op, int left, int right) {
    const Value* a = v(left);
    const Value* c = v(right);
    if (!a->is_constant() || !c->is_constant() || a->constant->kind != c->constant->kind) return -1;
    if (a->constant->kind != ConstValue::Kind::kStr &&
        a->constant->kind != ConstValue::Kind::kInt) {
      return -1;
    }
    bool equal = *a->constant == *c->constant;
    if (op == ast::CmpOperator::Eq) return b_.constant_slot(ConstValue::of_bool(equal));
    if (op == ast::CmpOperator::NotEq) return b_.constant_slot(ConstValue::of_bool(!equal));
    return -1;
  }

  int visit(const ast::Attribute& n) {
    int object = expr(n.value);
    if (!ok(object)) return -1;
    std::string attr = to_string(n.attr);
    if (const ctypes::CLibrary* library = library_of(object))
      return b_.constant_slot(ConstValue::of_entity(c_function(b_.program_, library, attr)));
    if (const ModuleEntity* module = module_of(object)) {
      auto it = module->constants.find(attr);
      if (it != module->constants.end()) return b_.constant_slot(it->second);
      if (module->has_global(attr))
        return b_.emit(OpKind::kLoadGlobal,
                       {b_.constant(ConstValue::of_str(module->qualify(attr)))}, n);
      b_.error(n, module->tree == nullptr
                      ? "module '" + module->qualname + "' has no attribute '" + attr +
                            "' that Krait provides"
                      : "module '" + module->qualname + "' has no attribute '" + attr + "'");
      return -1;
    }
    return b_.emit(OpKind::kGetAttr, {v(object), b_.constant(ConstValue::of_str(attr))}, n);
  }

  // The ctypes library a slot holds (a constant), else null.
  const ctypes::CLibrary* library_of(int slot) {
    const Value* value = v(slot);
    return value->is_constant() ? ctypes::as_library(value->constant->entity) : nullptr;
  }

  // The module a slot holds (a constant), else null.
  const ModuleEntity* module_of(int slot) {
    const Value* value = v(slot);
    if (!value->is_constant() || !value->constant->is_entity() ||
        value->constant->entity->kind != EntityKind::kModule)
      return nullptr;
    return static_cast<const ModuleEntity*>(value->constant->entity);
  }

  // `module.name = value` from another module: the global it rebinds
  // (null after reporting when the name is not a run-time global of one of
  // the program's modules).
  Value* module_global_target(const ModuleEntity& module, const ast::Attribute& target) {
    std::string attr = to_string(target.attr);
    if (module.tree == nullptr || !module.has_global(attr)) {
      b_.error(target, "assigning to '" + module.qualname + "." + attr +
                           "' is not supported: Krait can rebind only a module's global "
                           "variables, not its functions, classes, constants or modules");
      return nullptr;
    }
    return b_.constant(ConstValue::of_str(module.qualify(attr)));
  }

  int slice_bound(const ast::Expr* e) {
    return e == nullptr ? b_.constant_slot(ConstValue::none()) : expr(e);
  }

  int visit(const ast::Subscript& n) {
    int object = expr(n.value);
    if (!ok(object)) return -1;
    if (n.slice->kind == ast::NodeKind::kSlice) {
      const auto& s = static_cast<const ast::Slice&>(*n.slice);
      int lower = slice_bound(s.lower);
      int upper = slice_bound(s.upper);
      int step = slice_bound(s.step);
      if (!ok(lower) || !ok(upper) || !ok(step)) return -1;
      return b_.emit(OpKind::kGetSlice, {v(object), v(lower), v(upper), v(step)}, n);
    }
    int index = expr(n.slice);
    if (!ok(index)) return -1;
    return b_.emit(OpKind::kGetItem, {v(object), v(index)}, n);
  }

  int sequence(OpKind kind, const syntax::Span<ast::Expr*>& elts, const ast::Node& at) {
    std::vector<int> slots;
    for (const ast::Expr* e : elts) {
      if (e->kind == ast::NodeKind::kStarred) {
        b_.unsupported(*e, "starred items in a list or tuple display are");
        return -1;
      }
      int slot = expr(e);
      if (!ok(slot)) return -1;
      slots.push_back(slot);
    }
    std::vector<Value*> args;
    bool all_constant = kind == OpKind::kNewTuple;
    for (int s : slots) {
      args.push_back(v(s));
      all_constant = all_constant && v(s)->is_constant();
    }
    if (all_constant) {
      std::vector<ConstValue> items;
      for (Value* a : args) items.push_back(*a->constant);
      return b_.constant_slot(ConstValue::of_tuple(std::move(items)), &at);
    }
    return b_.emit(kind, args, at);
  }

  int visit(const ast::List& n) {
    return sequence(n.kind == ast::NodeKind::kTuple ? OpKind::kNewTuple : OpKind::kNewList, n.elts,
                    n);
  }

  int visit(const ast::Set& n) {
    std::vector<Value*> args;
    for (const ast::Expr* e : n.elts) {
      if (e->kind == ast::NodeKind::kStarred) {
        b_.unsupported(*e, "starred items in a set display are");
        return -1;
      }
      int slot = expr(e);
      if (!ok(slot)) return -1;
      args.push_back(v(slot));
    }
    bool folded = n.elts.size > 2 && std::all_of(n.elts.begin(), n.elts.end(), cpython_folds);
    return b_.emit(folded ? OpKind::kNewSetFolded : OpKind::kNewSet, args, n);
  }

  int visit(const ast::Dict& n) {
    std::vector<Value*> args;
    std::vector<int> slots;
    for (uint32_t i = 0; i < n.keys.size; ++i) {
      if (n.keys[i] == nullptr) {
        b_.unsupported(*n.values[i], "'**' unpacking in a dict display is");
        return -1;
      }
      int key = expr(n.keys[i]);
      int value = expr(n.values[i]);
      if (!ok(key) || !ok(value)) return -1;
      slots.push_back(key);
      slots.push_back(value);
    }
    for (int s : slots) args.push_back(v(s));
    return b_.emit(OpKind::kNewDict, args, n);
  }

  int visit(const ast::NamedExpr& n) {
    int value = expr(n.value);
    if (!ok(value)) return -1;
    assign(n.target, value);
    return value;
  }

  int visit(const ast::JoinedStr& n) {
    std::vector<int> pieces;
    for (const ast::Expr* part : n.values) {
      int piece = part->kind == ast::NodeKind::kFormattedValue
                      ? formatted(static_cast<const ast::FormattedValue&>(*part))
                      : expr(part);
      if (!ok(piece)) return -1;
      pieces.push_back(piece);
    }
    if (pieces.size() == 1 && v(pieces[0])->is_constant()) return pieces[0];
    std::vector<Value*> args;
    for (int p : pieces) args.push_back(v(p));
    return b_.emit(OpKind::kBuildStr, args, n);
  }

  int formatted(const ast::FormattedValue& n) {
    int value = expr(n.value);
    if (!ok(value)) return -1;
    ConstValue conversion = ConstValue::none();
    if (n.conversion >= 0)
      conversion = ConstValue::of_str(std::string(1, static_cast<char>(n.conversion)));
    int spec =
        n.format_spec == nullptr ? b_.constant_slot(ConstValue::of_str("")) : expr(n.format_spec);
    if (!ok(spec)) return -1;
    return b_.emit(OpKind::kFormat, {v(value), b_.constant(conversion), v(spec)}, n);
  }

  int visit(const ast::Call& n);
  int visit(const ast::ListComp& n);
  void starred_assign(const ast::Expr& target, const syntax::Span<ast::Expr*>& elts, uint32_t star,
                      int value_slot);
  // The list (set) a list comprehension or generator expression (set
  // comprehension) builds, adding each element with `method`.
  int element_comprehension(const ast::ListComp& n, const char* method, OpKind make);
  int visit(const ast::DictComp& n);
  // The loops of a comprehension around add_item; `make` (newlist,
  // newdict) makes the result first, unless absent (a generator
  // expression's body, which yields). The first loop iterates over the
  // iterator in `first_iterator` if given (a generator expression's
  // parameter), else over its own iterable.
  int comprehension(const ast::Node& at, const syntax::Span<ast::comprehension*>& generators,
                    const std::function<bool(int result)>& add_item, std::optional<OpKind> make,
                    int first_iterator = -1);

 public:
  void generator_expression_body(const ast::ListComp& n, int iterator_slot) {
    comprehension(
        n, n.generators,
        [&](int) {
          int item = expr(n.elt);
          if (!ok(item)) return false;
          b_.emit(OpKind::kYield, {v(item)}, *n.elt);
          return true;
        },
        std::nullopt, iterator_slot);
  }

 private:
  int visit(const ast::Lambda& n) { return b_.closure(n); }

  GraphBuilder& b_;
};

int ExprBuilder::visit(const ast::Call& n) {
  int callee = expr(n.func);
  if (!ok(callee)) return -1;
  const Value* f = v(callee);
  bool is_isinstance = f->is_constant() && f->constant->is_entity() &&
                       f->constant->entity == b_.builtin("isinstance");
  bool is_super =
      f->is_constant() && f->constant->is_entity() && f->constant->entity == b_.builtin("super");
  bool is_next =
      f->is_constant() && f->constant->is_entity() && f->constant->entity == b_.builtin("next");
  if (is_super) {
    const FunctionEntity* fn = b_.function_;
    if (n.args.size != 0 || fn == nullptr || fn->owner == nullptr ||
        b_.graph_->parameters.empty()) {
      b_.unsupported(n, "super() with arguments or outside a method is");
      return -1;
    }
    int self = b_.local_slots_.at(b_.graph_->parameters[0]);
    if (b_.get(self) == nullptr) {
      b_.error(n, "super() needs the method's first parameter to be bound");
      return -1;
    }
    if (!ok(self)) return -1;
    return b_.emit(OpKind::kSimpleCall,
                   {v(callee), b_.constant(ConstValue::of_entity(fn->owner)), v(self)}, n);
  }
  std::vector<int> args;
  bool star = false;
  for (const ast::Expr* a : n.args) {
    const ast::Expr* e = a;
    if (a->kind == ast::NodeKind::kStarred) {
      if (star || a != n.args[n.args.size - 1]) {
        b_.unsupported(*a, "more than one '*' argument, or one before other arguments, is");
        return -1;
      }
      star = true;
      e = static_cast<const ast::Starred*>(a)->value;
    }
    // A generator expression consumed by a call is built as a list: the
    // consumers Krait supports (sum, min, max, sorted, list, any, all, ...)
    // see the same items. next() takes an iterator: a generator then.
    int slot = e->kind == ast::NodeKind::kGeneratorExp && !is_next
                   ? element_comprehension(static_cast<const ast::ListComp&>(*e), "append",
                                           OpKind::kNewList)
                   : expr(e);
    if (!ok(slot)) return -1;
    args.push_back(slot);
  }
  std::vector<std::string> keywords;
  for (const ast::keyword* k : n.keywords) {
    if (k->arg_name.data() == nullptr) {
      b_.unsupported(*k, "'**' arguments are");
      return -1;
    }
    int slot = expr(k->value);
    if (!ok(slot)) return -1;
    args.push_back(slot);
    keywords.push_back(to_string(k->arg_name));
  }
  if (is_isinstance) {
    if (args.size() != 2 || !keywords.empty() || star) {
      b_.error(n, "isinstance() takes exactly 2 arguments");
      return -1;
    }
    return b_.emit(OpKind::kIsInstance, {v(args[0]), v(args[1])}, n);
  }
  std::vector<Value*> values = {v(callee)};
  if (keywords.empty() && !star) {
    for (int a : args) values.push_back(v(a));
    return b_.emit(OpKind::kSimpleCall, values, n);
  }
  // The call's shape: (number of positional arguments, keyword names,
  // whether the last positional argument is *args).
  std::vector<ConstValue> names;
  for (const std::string& k : keywords) names.push_back(ConstValue::of_str(k));
  ConstValue shape =
      ConstValue::of_tuple({ConstValue::of_int(static_cast<int64_t>(args.size() - keywords.size())),
                            ConstValue::of_tuple(std::move(names)), ConstValue::of_bool(star)});
  values.push_back(b_.constant(shape));
  for (int a : args) values.push_back(v(a));
  return b_.emit(OpKind::kCallArgs, values, n);
}

int ExprBuilder::comprehension(const ast::Node& at,
                               const syntax::Span<ast::comprehension*>& generators,
                               const std::function<bool(int)>& add_item, std::optional<OpKind> make,
                               int first_iterator) {
  int result = make ? b_.emit(*make, {}, at) : b_.constant_slot(ConstValue::none());
  b_.comprehension_scopes_.emplace_back();
  struct Level {
    Block* header;
    std::vector<int> slots;
    std::vector<PendingEdge> exits;
  };
  std::vector<Level> levels;
  levels.reserve(generators.size);
  bool good = true;
  for (const ast::comprehension* gen : generators) {
    if (gen->is_async) {
      b_.unsupported(*gen->iter, "async comprehensions are");
      good = false;
      break;
    }
    bool given = first_iterator >= 0 && levels.empty();
    int iterable = given ? first_iterator : expr(gen->iter);
    if (!ok(iterable)) {
      good = false;
      break;
    }
    int it = given ? iterable : b_.emit(OpKind::kIter, {v(iterable)}, *gen->iter);
    // The comprehension's targets get slots of their own (its own scope).
    std::vector<std::string> names;
    collect_target_names(gen->target, names);
    for (const std::string& name : names) b_.comprehension_scopes_.back()[name] = b_.new_slot();
    Level& level = levels.emplace_back();
    level.header = b_.start_loop_header(&level.slots);
    int item = b_.emit(OpKind::kNext, {v(it)}, *gen->iter, false);
    b_.split_for_exceptions({b_.builtin("StopIteration")}, &level.exits);
    assign(gen->target, item);
    for (const ast::Expr* cond : gen->ifs) {
      int truth = b_.truth(cond);
      if (!ok(truth)) {
        good = false;
        break;
      }
      auto [if_true, if_false] = b_.branch(v(truth));
      b_.join({if_false});
      b_.link_back(level.header, level.slots, *cond);
      b_.join({if_true});
    }
    if (!good) break;
  }
  if (good && b_.reachable()) good = add_item(result);
  // Close the loops from the innermost out.
  for (auto it = levels.rbegin(); it != levels.rend(); ++it) {
    if (b_.reachable()) b_.link_back(it->header, it->slots, at);
    b_.join(std::move(it->exits));
  }
  b_.comprehension_scopes_.pop_back();
  return good ? result : -1;
}

int ExprBuilder::visit(const ast::ListComp& n) {
  if (n.kind == ast::NodeKind::kSetComp) return element_comprehension(n, "add", OpKind::kNewSet);
  if (n.kind == ast::NodeKind::kGeneratorExp) {
    // A generator: its function called with the iterator over its first
    // iterable, evaluated here as in CPython.
    const ast::Expr* first = n.generators[0]->iter;
    int iterable = expr(first);
    if (!ok(iterable)) return -1;
    int it = b_.emit(OpKind::kIter, {v(iterable)}, *first);
    int fn = b_.closure(n);
    if (!ok(it) || !ok(fn)) return -1;
    return b_.emit(OpKind::kSimpleCall, {v(fn), v(it)}, n);
  }
  return element_comprehension(n, "append", OpKind::kNewList);
}

int ExprBuilder::element_comprehension(const ast::ListComp& n, const char* method, OpKind make) {
  return comprehension(
      n, n.generators,
      [&](int result) {
        int item = expr(n.elt);
        if (!ok(item)) return false;
        int add =
            b_.emit(OpKind::kGetAttr, {v(result), b_.constant(ConstValue::of_str(method))}, *n.elt);
        b_.emit(OpKind::kSimpleCall, {v(add), v(item)}, *n.elt);
        return true;
      },
      make);
}

int ExprBuilder::visit(const ast::DictComp& n) {
  return comprehension(
      n, n.generators,
      [&](int result) {
        int key = expr(n.key);
        int value = expr(n.value);
        if (!ok(key) || !ok(value)) return false;
        b_.emit(OpKind::kSetItem, {v(result), v(key), v(value)}, *n.key);
        return true;
      },
      OpKind::kNewDict);
}

void collect_target_names(const ast::Expr* target, std::vector<std::string>& names) {
  if (target->kind == ast::NodeKind::kName) {
    names.push_back(to_string(static_cast<const ast::Name*>(target)->id));
  } else if (target->kind == ast::NodeKind::kTuple || target->kind == ast::NodeKind::kList) {
    for (const ast::Expr* e : static_cast<const ast::List*>(target)->elts) {
      collect_target_names(e, names);
    }
  }
}

void ExprBuilder::assign(const ast::Expr* target, int value_slot) {
  if (!ok(value_slot)) return;
  switch (target->kind) {
    case ast::NodeKind::kName:
      b_.store_name(to_string(static_cast<const ast::Name*>(target)->id), value_slot, *target);
      return;
    case ast::NodeKind::kAttribute: {
      const auto& a = static_cast<const ast::Attribute&>(*target);
      int object = expr(a.value);
      if (!ok(object)) return;
      if (const ModuleEntity* module = module_of(object)) {
        if (Value* global = module_global_target(*module, a))
          b_.emit(OpKind::kStoreGlobal, {global, v(value_slot)}, *target);
        return;
      }
      b_.emit(OpKind::kSetAttr,
              {v(object), b_.constant(ConstValue::of_str(to_string(a.attr))), v(value_slot)},
              *target);
      return;
    }
    case ast::NodeKind::kSubscript: {
      const auto& s = static_cast<const ast::Subscript&>(*target);
      int object = expr(s.value);
      if (!ok(object)) return;
      if (s.slice->kind == ast::NodeKind::kSlice) {
        const auto& sl = static_cast<const ast::Slice&>(*s.slice);
        int lower = slice_bound(sl.lower);
        int upper = slice_bound(sl.upper);
        int step = slice_bound(sl.step);
        if (!ok(lower) || !ok(upper) || !ok(step)) return;
        b_.emit(OpKind::kSetSlice, {v(object), v(lower), v(upper), v(step), v(value_slot)},
                *target);
        return;
      }
      int index = expr(s.slice);
      if (!ok(index)) return;
      b_.emit(OpKind::kSetItem, {v(object), v(index), v(value_slot)}, *target);
      return;
    }
    case ast::NodeKind::kTuple:
    case ast::NodeKind::kList: {
      // a, b = value: check the length, then take the items by index.
      const auto& elts = static_cast<const ast::List*>(target)->elts;
      int star = -1;
      for (uint32_t i = 0; i < elts.size; ++i) {
        if (elts[i]->kind != ast::NodeKind::kStarred) continue;
        if (star >= 0) {
          b_.error(*elts[i], "multiple starred expressions in assignment");
          return;
        }
        star = static_cast<int>(i);
      }
      if (star >= 0) {
        starred_assign(*target, elts, static_cast<uint32_t>(star), value_slot);
        return;
      }
      b_.emit(OpKind::kCheckLength, {v(value_slot), b_.constant(ConstValue::of_int(elts.size))},
              *target);
      for (uint32_t i = 0; i < elts.size && b_.reachable(); ++i) {
        int item = b_.emit(OpKind::kGetItem, {v(value_slot), b_.constant(ConstValue::of_int(i))},
                           *elts[i]);
        assign(elts[i], item);
      }
      return;
    }
    default:
      b_.unsupported(*target,
                     std::string("assignment to ") + ast::node_kind_name(target->kind) + " is");
  }
}

// `a, *rest, z = value`: the items before and after the starred target by
// index (from the end for those after), the rest as a list of the slice.
void ExprBuilder::starred_assign(const ast::Expr& target, const syntax::Span<ast::Expr*>& elts,
                                 uint32_t star, int value_slot) {
  auto constant = [&](int64_t i) { return b_.constant(ConstValue::of_int(i)); };
  int64_t after = static_cast<int64_t>(elts.size - star - 1);
  b_.emit(OpKind::kCheckLengthAtLeast, {v(value_slot), constant(elts.size - 1)}, target);
  for (uint32_t i = 0; i < elts.size && b_.reachable(); ++i) {
    if (i == star) continue;
    int64_t index = i < star ? i : static_cast<int64_t>(i) - static_cast<int64_t>(elts.size);
    int item = b_.emit(OpKind::kGetItem, {v(value_slot), constant(index)}, *elts[i]);
    assign(elts[i], item);
  }
  if (!b_.reachable()) return;
  const ast::Expr* rest = static_cast<const ast::Starred*>(elts[star])->value;
  assign(rest, b_.starred_items(value_slot, star, after, *elts[star]));
}

int ExprBuilder::augmented(const ast::AugAssign& n) {
  if (n.op == ast::Operator::MatMult) {
    b_.unsupported(n, "the matrix multiplication operator '@=' is");
    return -1;
  }
  OpKind op = binary_op(n.op, true);
  int value = expr(n.value);
  if (!ok(value)) return -1;
  switch (n.target->kind) {
    case ast::NodeKind::kName: {
      int current = b_.load_name(static_cast<const ast::Name&>(*n.target));
      if (!ok(current)) return -1;
      int result = b_.emit(op, {v(current), v(value)}, n);
      b_.store_name(to_string(static_cast<const ast::Name*>(n.target)->id), result, n);
      return result;
    }
    case ast::NodeKind::kAttribute: {
      const auto& a = static_cast<const ast::Attribute&>(*n.target);
      int object = expr(a.value);
      if (!ok(object)) return -1;
      if (const ModuleEntity* module = module_of(object)) {
        Value* global = module_global_target(*module, a);
        if (global == nullptr) return -1;
        int current = b_.emit(OpKind::kLoadGlobal, {global}, *n.target);
        int result = b_.emit(op, {v(current), v(value)}, n);
        b_.emit(OpKind::kStoreGlobal, {global, v(result)}, n);
        return result;
      }
      Value* name = b_.constant(ConstValue::of_str(to_string(a.attr)));
      int current = b_.emit(OpKind::kGetAttr, {v(object), name}, *n.target);
      int result = b_.emit(op, {v(current), v(value)}, n);
      b_.emit(OpKind::kSetAttr, {v(object), name, v(result)}, n);
      return result;
    }
    case ast::NodeKind::kSubscript: {
      const auto& s = static_cast<const ast::Subscript&>(*n.target);
      if (s.slice->kind == ast::NodeKind::kSlice) {
        b_.unsupported(n, "augmented assignment to a slice is");
        return -1;
      }
      int object = expr(s.value);
      int index = ok(object) ? expr(s.slice) : -1;
      if (!ok(index)) return -1;
      int current = b_.emit(OpKind::kGetItem, {v(object), v(index)}, *n.target);
      int result = b_.emit(op, {v(current), v(value)}, n);
      b_.emit(OpKind::kSetItem, {v(object), v(index), v(result)}, n);
      return result;
    }
    default:
      b_.error(n, "illegal target for augmented assignment");
      return -1;
  }
}

int GraphBuilder::expr(const ast::Expr* e) {
  return ExprBuilder(*this).expr(e);
}

int GraphBuilder::starred_items(int seq, int64_t first, int64_t after, const ast::Node& at) {
  auto number = [&](int64_t i) { return constant(ConstValue::of_int(i)); };
  Value* none = constant(ConstValue::none());
  int slice = emit(OpKind::kGetSlice,
                   {get(seq), number(first), after > 0 ? number(-after) : none, none}, at);
  return emit(OpKind::kSimpleCall, {constant(ConstValue::of_entity(builtin("list"))), get(slice)},
              at);
}

void GraphBuilder::generator_expression_body(const ast::ListComp& genexp, int iterator_slot) {
  ExprBuilder(*this).generator_expression_body(genexp, iterator_slot);
}

void GraphBuilder::assign(const ast::Expr* target, int value_slot) {
  ExprBuilder(*this).assign(target, value_slot);
}

int GraphBuilder::augmented_assign(const ast::AugAssign& n) {
  return ExprBuilder(*this).augmented(n);
}

int GraphBuilder::truth(const ast::Expr* e) {
  if (e->kind == ast::NodeKind::kBoolOp)
    return ExprBuilder(*this).bool_op(*static_cast<const ast::BoolOp*>(e), true);
  int slot = expr(e);
  if (slot < 0 || !reachable()) return -1;
  const Value* value = get(slot);
  if (value->is_constant()) {
    const ConstValue& c = *value->constant;
    switch (c.kind) {
      case ConstValue::Kind::kNone:
        return constant_slot(ConstValue::of_bool(false));
      case ConstValue::Kind::kBool:
        return slot;
      case ConstValue::Kind::kInt:
        return constant_slot(ConstValue::of_bool(c.int_value != 0));
      case ConstValue::Kind::kStr:
        return constant_slot(ConstValue::of_bool(!c.text.empty()));
      default:
        break;
    }
  }
  // Comparisons, `not` and isinstance already give a bool.
  bool is_bool = e->kind == ast::NodeKind::kCompare ||
                 (e->kind == ast::NodeKind::kUnaryOp &&
                  static_cast<const ast::UnaryOp*>(e)->op == ast::UnaryOperator::Not);
  if (is_bool) {
    const Block* block = current_;
    is_bool = !block->operations.empty() && block->operations.back().result == value;
  }
  return is_bool ? slot : emit(OpKind::kBool, {get(slot)}, *e);
}

bool GraphBuilder::test_edges(const ast::Expr* e, int mark, TestEdges* out) {
  auto trimmed = [mark](PendingEdge edge) {
    if (static_cast<int>(edge.env.size()) > mark) edge.env.resize(mark);
    return edge;
  };
  if (e->kind == ast::NodeKind::kUnaryOp &&
      static_cast<const ast::UnaryOp*>(e)->op == ast::UnaryOperator::Not) {
    TestEdges inner;
    if (!test_edges(static_cast<const ast::UnaryOp*>(e)->operand, mark, &inner)) return false;
    for (PendingEdge& edge : inner.if_true) out->if_false.push_back(std::move(edge));
    for (PendingEdge& edge : inner.if_false) out->if_true.push_back(std::move(edge));
    return true;
  }
  if (e->kind == ast::NodeKind::kBoolOp) {
    const auto& n = *static_cast<const ast::BoolOp*>(e);
    bool is_and = n.op == ast::BoolOperator::And;
    for (uint32_t i = 0; i < n.values.size; ++i) {
      TestEdges operand;
      if (!test_edges(n.values[i], mark, &operand)) return false;
      // `and` goes on while operands are true, `or` while they are false.
      std::vector<PendingEdge>& decided = is_and ? operand.if_false : operand.if_true;
      std::vector<PendingEdge>& go_on = is_and ? operand.if_true : operand.if_false;
      std::vector<PendingEdge>& result = is_and ? out->if_false : out->if_true;
      for (PendingEdge& edge : decided) result.push_back(std::move(edge));
      if (i + 1 == n.values.size || go_on.empty()) {
        std::vector<PendingEdge>& last = is_and ? out->if_true : out->if_false;
        for (PendingEdge& edge : go_on) last.push_back(std::move(edge));
        return true;
      }
      join(std::move(go_on));
    }
    return true;
  }
  int test = truth(e);
  if (test < 0 || !reachable()) return false;
  const Value* t = get(test);
  if (t->is_constant()) {
    (t->constant->bool_value ? out->if_true : out->if_false).push_back(trimmed(leave()));
    return true;
  }
  auto [if_true, if_false] = branch(get(test));
  out->if_true.push_back(trimmed(std::move(if_true)));
  out->if_false.push_back(trimmed(std::move(if_false)));
  return true;
}

}  // namespace krait::flow
