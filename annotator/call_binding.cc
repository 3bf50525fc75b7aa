#include "annotator/call_binding.h"

#include <algorithm>

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
    case ast::NodeKind::kAttribute: {  // a class constant: Move.NORMAL
      const auto* a = static_cast<const ast::Attribute*>(e);
      std::optional<flow::ConstValue> owner = evaluate_default(module, a->value);
      if (!owner || !owner->is_entity() || owner->entity->kind != flow::EntityKind::kClass)
        return std::nullopt;
      for (const flow::Entity* c = owner->entity; c && c->kind == flow::EntityKind::kClass;
           c = static_cast<const flow::ClassEntity*>(c)->base) {
        const flow::ConstValue* v =
            static_cast<const flow::ClassEntity*>(c)->own_attribute(to_string(a->attr));
        if (v != nullptr) return v->is_entity() ? std::nullopt : std::optional(*v);
      }
      return std::nullopt;
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

// The parameters that can be passed by name: the positional ones, then the
// keyword-only ones; each with its default's expression (null: none).
struct NamedParams {
  std::vector<const ast::arg*> params;
  std::vector<const ast::Expr*> defaults;
  size_t positional = 0;  // params[0..positional) are positional
};

NamedParams named_params(const ast::arguments* args) {
  NamedParams out;
  out.params = positional_params(args);
  out.positional = out.params.size();
  out.defaults.assign(out.params.size(), nullptr);
  if (args == nullptr) return out;
  size_t first_default = out.positional - args->defaults.size;
  for (size_t i = first_default; i < out.positional; ++i)
    out.defaults[i] = args->defaults[i - first_default];
  for (size_t k = 0; k < args->kwonlyargs.size; ++k) {
    out.params.push_back(args->kwonlyargs[k]);
    out.defaults.push_back(args->kw_defaults[k]);
  }
  return out;
}

std::string joined_names(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += (i + 1 == names.size()) ? (names.size() > 2 ? ", and " : " and ") : ", ";
    out += names[i];
  }
  return out;
}

}  // namespace

std::optional<flow::ConstValue> default_value(const flow::FunctionEntity& fn, size_t param) {
  NamedParams named = named_params(fn.arguments());
  if (param >= named.params.size() || named.defaults[param] == nullptr) return std::nullopt;
  return evaluate_default(*fn.module, named.defaults[param]);
}

CallBinding bind_call(const flow::FunctionEntity& fn, const std::vector<CallArg>& positional,
                      const std::vector<std::pair<std::string, CallArg>>& keywords) {
  CallBinding out;
  const ast::arguments* args = fn.arguments();
  NamedParams named = named_params(args);
  const std::vector<const ast::arg*>& params = named.params;
  bool has_varargs = args != nullptr && args->vararg != nullptr;
  ParamBinding kwargs;
  kwargs.kind = ParamBinding::Kind::kKwargs;
  std::string fname = fn.name + "()";
  std::vector<std::optional<CallArg>> bound(params.size());
  bool starred_list = !positional.empty() && positional.back().tuple_item == kStarredList;
  if (starred_list && (!has_varargs || positional.size() - 1 < named.positional)) {
    out.error = "a '*' argument that is a list must fill the *args parameter of " + fname +
                " (its length is not known)";
    return out;
  }
  if (positional.size() > named.positional && !has_varargs) {
    size_t given = positional.size();
    out.error = fname + " takes " + std::to_string(named.positional) + " positional argument" +
                (named.positional == 1 ? "" : "s") + " but " + std::to_string(given) +
                (given == 1 ? " was" : " were") + " given";
    return out;
  }
  for (size_t i = 0; i < positional.size() && i < named.positional; ++i) bound[i] = positional[i];
  for (const auto& [name, arg] : keywords) {
    size_t index = params.size();
    for (size_t i = 0; i < params.size(); ++i) {
      if (params[i] != nullptr && to_string(params[i]->arg_name) == name) index = i;
    }
    if (index == params.size() && args != nullptr && args->kwarg != nullptr) {
      kwargs.kwargs.emplace_back(name, arg);
      continue;
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
  std::vector<std::string> missing_keywords;
  std::vector<ParamBinding> bindings;
  for (size_t i = 0; i < params.size(); ++i) {
    ParamBinding p;
    std::string param = params[i] ? to_string(params[i]->arg_name) : "";
    auto computed = std::find_if(fn.computed_defaults.begin(), fn.computed_defaults.end(),
                                 [&](const auto& d) { return d.first == param; });
    if (bound[i]) {
      p.arg = *bound[i];
    } else if (computed != fn.computed_defaults.end()) {
      p.kind = ParamBinding::Kind::kDefault;
      p.default_global = fn.default_global(param);
    } else if (std::optional<flow::ConstValue> d = default_value(fn, i)) {
      p.kind = ParamBinding::Kind::kDefault;
      p.default_value = *d;
    } else if (named.defaults[i] != nullptr) {
      out.error =
          "the default value of parameter '" + to_string(params[i]->arg_name) + "' of " + fname +
          " must be a constant (a literal or a module-level constant): computed defaults are "
          "supported for module-level functions and methods, not nested functions";
      return out;
    } else {
      (i < named.positional ? missing : missing_keywords)
          .push_back("'" + to_string(params[i]->arg_name) + "'");
    }
    bindings.push_back(std::move(p));
  }
  if (!missing.empty()) {
    out.error = fname + " missing " + plural(missing.size(), "required positional argument") +
                ": " + joined_names(missing);
    return out;
  }
  if (!missing_keywords.empty()) {
    out.error = fname + " missing " +
                plural(missing_keywords.size(), "required keyword-only argument") + ": " +
                joined_names(missing_keywords);
    return out;
  }
  // Parameters in the graph's order: positional, *args, keyword-only, **kwargs.
  out.params.assign(bindings.begin(), bindings.begin() + named.positional);
  if (has_varargs) {
    ParamBinding p;
    p.kind = ParamBinding::Kind::kVarargs;
    for (size_t i = named.positional; i < positional.size(); ++i)
      p.varargs.push_back(positional[i]);
    out.params.push_back(std::move(p));
  }
  out.params.insert(out.params.end(), bindings.begin() + named.positional, bindings.end());
  if (args != nullptr && args->kwarg != nullptr) out.params.push_back(std::move(kwargs));
  return out;
}

}  // namespace krait::annotator
