#include "annotator/call_binding.h"

#include "translator/flowgraph/literal.h"

namespace krait::annotator {
namespace {

namespace ast = syntax::ast;

std::string to_string(ast::Identifier id) {
  return std::string(id.data(), id.size());
}

// (A generator expression's function has no parameter list: its one
// parameter is passed by the code that makes the generator.)
std::vector<const ast::arg*> positional_params(const ast::arguments* args) {
  if (args == nullptr) return {nullptr};
  std::vector<const ast::arg*> params(args->posonlyargs.begin(), args->posonlyargs.end());
  params.insert(params.end(), args->args.begin(), args->args.end());
  return params;
}

std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::optional<flow::ConstValue> evaluate_default(const flow::ModuleEntity& module,
                                                 const ast::Expr* e) {
  switch (e->kind) {
    case ast::NodeKind::kConstant:
      return flow::literal_value(static_cast<const ast::Constant*>(e)->value);
    case ast::NodeKind::kUnaryOp: {
      const auto* u = static_cast<const ast::UnaryOp*>(e);
      std::optional<flow::ConstValue> v = evaluate_default(module, u->operand);
      if (!v || u->op != ast::UnaryOperator::USub) return std::nullopt;
      if (v->kind == flow::ConstValue::Kind::kInt) return flow::ConstValue::of_int(-v->int_value);
      if (v->kind == flow::ConstValue::Kind::kFloat)
        return flow::ConstValue::of_float(-v->float_value);
      return std::nullopt;
    }
    case ast::NodeKind::kName: {
      auto it = module.constants.find(to_string(static_cast<const ast::Name*>(e)->id));
      if (it == module.constants.end()) return std::nullopt;
      return it->second;
    }
    case ast::NodeKind::kTuple: {
      std::vector<flow::ConstValue> items;
      for (const ast::Expr* item : static_cast<const ast::List*>(e)->elts) {
        std::optional<flow::ConstValue> v = evaluate_default(module, item);
        if (!v) return std::nullopt;
        items.push_back(*v);
      }
      return flow::ConstValue::of_tuple(std::move(items));
    }
    default:
      return std::nullopt;
  }
}

}  // namespace

std::optional<flow::ConstValue> default_value(const flow::FunctionEntity& fn, size_t param) {
  const ast::arguments* args = fn.arguments();
  if (args == nullptr) return std::nullopt;
  std::vector<const ast::arg*> params = positional_params(args);
  const auto& defaults = args->defaults;
  size_t first_default = params.size() - defaults.size;
  if (param < first_default || param >= params.size()) return std::nullopt;
  return evaluate_default(*fn.module, defaults[param - first_default]);
}

CallBinding bind_call(const flow::FunctionEntity& fn, const std::vector<CallArg>& positional,
                      const std::vector<std::pair<std::string, CallArg>>& keywords) {
  CallBinding out;
  const ast::arguments* args = fn.arguments();
  std::vector<const ast::arg*> params = positional_params(args);
  bool has_varargs = args != nullptr && args->vararg != nullptr;
  std::string fname = fn.name + "()";
  std::vector<std::optional<CallArg>> bound(params.size());
  if (positional.size() > params.size() && !has_varargs) {
    size_t given = positional.size();
    out.error = fname + " takes " + std::to_string(params.size()) + " positional argument" +
                (params.size() == 1 ? "" : "s") + " but " + std::to_string(given) +
                (given == 1 ? " was" : " were") + " given";
    return out;
  }
  for (size_t i = 0; i < positional.size() && i < params.size(); ++i) bound[i] = positional[i];
  for (const auto& [name, arg] : keywords) {
    size_t index = params.size();
    for (size_t i = 0; i < params.size(); ++i) {
      if (to_string(params[i]->arg_name) == name) index = i;
    }
    if (index == params.size()) {
      out.error = fname + " got an unexpected keyword argument '" + name + "'";
      return out;
    }
    if (bound[index]) {
      out.error = fname + " got multiple values for argument '" + name + "'";
      return out;
    }
    bound[index] = arg;
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < params.size(); ++i) {
    ParamBinding p;
    if (bound[i]) {
      p.arg = *bound[i];
    } else if (std::optional<flow::ConstValue> d = default_value(fn, i)) {
      p.kind = ParamBinding::Kind::kDefault;
      p.default_value = *d;
    } else if (args != nullptr && i >= params.size() - args->defaults.size) {
      out.error = "the default value of parameter '" + to_string(params[i]->arg_name) + "' of " +
                  fname + " must be a constant (a literal or a module-level constant)";
      return out;
    } else {
      missing.push_back("'" + to_string(params[i]->arg_name) + "'");
    }
    out.params.push_back(std::move(p));
  }
  if (!missing.empty()) {
    std::string names;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i > 0)
        names += (i + 1 == missing.size()) ? (missing.size() > 2 ? ", and " : " and ") : ", ";
      names += missing[i];
    }
    out.error =
        fname + " missing " + plural(missing.size(), "required positional argument") + ": " + names;
    return out;
  }
  if (has_varargs) {
    ParamBinding p;
    p.kind = ParamBinding::Kind::kVarargs;
    for (size_t i = params.size(); i < positional.size(); ++i) p.varargs.push_back(positional[i]);
    out.params.push_back(std::move(p));
  }
  return out;
}

}  // namespace krait::annotator
