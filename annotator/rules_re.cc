// Typing rules of the re module (runtime/re_module.h): its functions, and
// the methods, attributes and items of compiled patterns and matches.
//
// A pattern known at translation time (a str constant, or a Pattern made
// from one with constant flags) has a RegexShape: its number of groups,
// which of them a match may leave unset, their names. findall's items
// (strings, or tuples of as many strings as groups), groups() and
// group(n) (str, or str|None for a group a match may skip) follow from
// it. A pattern built at run time has none: its groups are str|None and
// findall on it is rejected. An invalid constant pattern is not an error
// here: re.error is raised at run time, as in CPython.
#include <map>
#include <memory>

#include "annotator/builtin_args.h"
#include "runtime/re_syntax.h"

namespace krait::annotator {
namespace {

Type T(TypeKind kind) {
  return Type::of(kind);
}

Type str_or_none() {
  Type t = T(TypeKind::kStr);
  t.can_be_none = true;
  return t;
}

// One shape per (pattern, flags), for the whole translation.
const RegexShape* shape_of(const std::string& pattern, int64_t flags) {
  static std::map<std::pair<std::string, int64_t>, std::unique_ptr<RegexShape>> shapes;
  std::unique_ptr<RegexShape>& slot = shapes[{pattern, flags}];
  if (!slot) {
    slot = std::make_unique<RegexShape>();
    re_syntax::CompiledRegex r = re_syntax::compile_regex(pattern, flags);
    if (r.code != nullptr) {
      pcre2_code_free(r.code);
      slot->groups = r.groups;
      slot->optional = r.optional;
      slot->names = r.names;
    }
  }
  return slot.get();
}

// The argument at position `index` or named `name`, or null.
const Type* argument(const Args& a, size_t index, const char* name) {
  if (index < a.pos.size()) return &a.pos[index];
  auto it = a.kw.find(name);
  return it == a.kw.end() ? nullptr : &it->second;
}

bool check(Args& a, const Type* t, TypeKind kind, const char* what) {
  if (t == nullptr) return true;
  bool ok = kind == TypeKind::kInt ? int_argument(*t) : t->kind == kind && !t->can_be_none;
  if (!ok)
    a.fail(std::string(what) + " must be " + (kind == TypeKind::kInt ? "an int" : "a str") +
           ", not " + describe(*t));
  return ok;
}

// The shape of a pattern argument (a str or a Pattern) with the flags
// argument; false after reporting a wrong type.
bool pattern_shape(Args& a, const Type& pattern, const Type* flags, const RegexShape*& shape) {
  shape = nullptr;
  if (!check(a, flags, TypeKind::kInt, "flags")) return false;
  if (pattern.kind == TypeKind::kRePattern && !pattern.can_be_none) {
    if (flags == nullptr || (flags->constant && flags->constant->int_value == 0))
      shape = pattern.regex;
    return true;
  }
  if (pattern.kind != TypeKind::kStr || pattern.can_be_none) {
    a.fail("the pattern must be a str or a compiled pattern, not " + describe(pattern));
    return false;
  }
  bool flags_known = flags == nullptr || (flags->constant.has_value() &&
                                          flags->constant->kind == flow::ConstValue::Kind::kInt);
  if (pattern.constant && flags_known)
    shape = shape_of(pattern.constant->text, flags ? flags->constant->int_value : 0);
  return true;
}

Type match_of(const RegexShape* shape, bool can_be_none) {
  Type t = T(TypeKind::kReMatch);
  t.regex = shape;
  t.can_be_none = can_be_none;
  return t;
}

// Group g (an int or a name) of a match of `shape`: str when every match
// sets it, else str|None.
Type group_type(const RegexShape* shape, const Type& g) {
  int64_t number = -1;
  if (g.constant && g.constant->kind == flow::ConstValue::Kind::kInt)
    number = g.constant->int_value;
  if (number == 0) return T(TypeKind::kStr);
  if (shape == nullptr) return str_or_none();
  if (g.constant && g.constant->kind == flow::ConstValue::Kind::kStr)
    for (const auto& [name, n] : shape->names)
      if (name == g.constant->text) number = n;
  if (number == 0) return T(TypeKind::kStr);
  if (number > 0 && number <= shape->groups)
    return shape->optional[static_cast<size_t>(number)] ? str_or_none() : T(TypeKind::kStr);
  for (size_t k = 1; k < shape->optional.size(); ++k)
    if (shape->optional[k]) return str_or_none();
  return T(TypeKind::kStr);
}

bool group_argument(Args& a, const Type& g) {
  if (int_argument(g) || (g.kind == TypeKind::kStr && !g.can_be_none)) return true;
  a.fail("a group is an int or a group name (str), not " + describe(g));
  return false;
}

// sub/subn's replacement: a template string, or a function of the match
// returning a str; false after reporting.
bool replacement(Args& a, const Type& repl, const RegexShape* shape) {
  if (repl.kind == TypeKind::kStr && !repl.can_be_none) return true;
  const flow::Entity* e = repl.single_pbc();
  if (repl.kind != TypeKind::kPbc || e == nullptr || e->kind != flow::EntityKind::kFunction) {
    a.fail(
        "the replacement must be a str or a function (or lambda without free variables), "
        "not " +
        describe(repl));
    return false;
  }
  Type r = a.ctx.annotator.call_function(static_cast<const flow::FunctionEntity*>(e),
                                         {match_of(shape, false)}, a.ctx.op);
  if (r.is_impossible()) return false;
  if (r.kind != TypeKind::kStr || r.can_be_none) {
    a.fail(e->qualname + " returns " + describe(r) + ", but a replacement must be a str");
    return false;
  }
  return true;
}

// An operation of a pattern of `shape` (a module function after its
// pattern argument, or a Pattern method), its other arguments checked.
Type pattern_operation(Args& a, const std::string& n, const RegexShape* shape) {
  if (n == "search" || n == "match" || n == "fullmatch") return match_of(shape, true);
  if (n == "finditer") return Type::iterator_of(IterKind::kReMatches, match_of(shape, false));
  if (n == "findall") {
    if (shape == nullptr)
      return a.fail(
          "Krait needs the pattern known at translation time (a str constant, or "
          "re.compile of one): its groups decide what the list holds");
    if (shape->groups <= 1) return new_list_of(a, T(TypeKind::kStr));
    return new_list_of(a, Type::tuple_of(std::vector<Type>(static_cast<size_t>(shape->groups),
                                                           T(TypeKind::kStr))));
  }
  if (n == "split") {
    bool groups = shape == nullptr || shape->groups > 0;
    return new_list_of(a, groups ? str_or_none() : T(TypeKind::kStr));
  }
  if (n == "sub") return T(TypeKind::kStr);
  if (n == "subn") return Type::tuple_of({T(TypeKind::kStr), T(TypeKind::kInt)});
  return a.fail("not supported by Krait yet");
}

const ReSignature kFunctions[] = {
    {"compile", {"flags"}},
    {"search", {"string", "flags"}},
    {"match", {"string", "flags"}},
    {"fullmatch", {"string", "flags"}},
    {"findall", {"string", "flags"}},
    {"finditer", {"string", "flags"}},
    {"sub", {"repl", "string", "count", "flags"}},
    {"subn", {"repl", "string", "count", "flags"}},
    {"split", {"string", "maxsplit", "flags"}},
};

// Checks the named arguments of a pattern operation (string, repl, count,
// maxsplit, pos, endpos); `first` is the position of the first one.
bool check_operands(Args& a, const std::vector<const char*>& params, size_t first,
                    const RegexShape* shape) {
  for (size_t k = 0; k < params.size(); ++k) {
    std::string p = params[k];
    const Type* t = argument(a, first + k, params[k]);
    if (p == "flags") continue;
    if (t == nullptr) {
      if (p == "string" || p == "repl") {
        a.fail("missing required argument '" + p + "'");
        return false;
      }
      continue;
    }
    if (p == "string" && !check(a, t, TypeKind::kStr, "the string")) return false;
    if (p == "repl" && !replacement(a, *t, shape)) return false;
    bool is_int = p == "count" || p == "maxsplit" || p == "pos" || p == "endpos";
    if (is_int && !check(a, t, TypeKind::kInt, params[k])) return false;
  }
  return true;
}

std::initializer_list<const char*> keywords = {"string", "repl", "count",  "maxsplit",
                                               "flags",  "pos",  "endpos", "pattern"};

}  // namespace

Type re_function(Args& a) {
  const std::string n = a.name.substr(std::string("re.").size());
  if (n == "escape") {
    if (!a.expect(1, 1, {"pattern"})) return Type::impossible();
    const Type* p = argument(a, 0, "pattern");
    if (!check(a, p, TypeKind::kStr, "the pattern")) return Type::impossible();
    Type escaped = T(TypeKind::kStr);  // of a constant: a constant pattern, with its shape
    if (p->constant)
      escaped.constant = flow::ConstValue::of_str(re_syntax::escape(p->constant->text));
    return escaped;
  }
  if (n == "purge") return a.expect(0, 0) ? Type::none() : Type::impossible();
  for (const ReSignature& s : kFunctions) {
    if (n != s.name) continue;
    if (!a.expect(0, 1 + s.params.size(), keywords)) return Type::impossible();
    const Type* pattern = argument(a, 0, "pattern");
    if (pattern == nullptr) return a.fail("missing required argument 'pattern'");
    const Type* flags = argument(a, s.params.size(), "flags");
    const RegexShape* shape = nullptr;
    if (!pattern_shape(a, *pattern, flags, shape)) return Type::impossible();
    if (!check_operands(a, s.params, 1, shape)) return Type::impossible();
    if (n == "compile") {
      Type t = T(TypeKind::kRePattern);
      t.regex = shape;
      return t;
    }
    return pattern_operation(a, n, shape);
  }
  return a.fail("not supported by Krait yet");
}

Type re_pattern_method(Args& a, const Type& receiver) {
  const std::string& n = a.name;
  std::vector<const char*> params;
  if (n == "search" || n == "match" || n == "fullmatch" || n == "findall" || n == "finditer")
    params = {"string", "pos", "endpos"};
  else if (n == "sub" || n == "subn")
    params = {"repl", "string", "count"};
  else if (n == "split")
    params = {"string", "maxsplit"};
  else
    return a.fail("not supported by Krait yet");
  if (!a.expect(0, params.size(), keywords) || !check_operands(a, params, 0, receiver.regex))
    return Type::impossible();
  return pattern_operation(a, n, receiver.regex);
}

Type re_match_method(Args& a, const Type& receiver) {
  const std::string& n = a.name;
  const RegexShape* shape = receiver.regex;
  if (n == "group" || n == "__getitem__") {
    if (!a.expect(n == "group" ? 0 : 1, SIZE_MAX)) return Type::impossible();
    if (a.pos.empty()) return T(TypeKind::kStr);
    std::vector<Type> items;
    for (const Type& g : a.pos) {
      if (!group_argument(a, g)) return Type::impossible();
      items.push_back(group_type(shape, g));
    }
    return items.size() == 1 ? items[0] : Type::tuple_of(items);
  }
  if (n == "groups" || n == "groupdict") {
    if (!a.expect(0, 1, {"default"})) return Type::impossible();
    const Type* dflt = argument(a, 0, "default");
    bool none_default = dflt == nullptr || dflt->kind == TypeKind::kNone;
    if (!none_default && !check(a, dflt, TypeKind::kStr, "default")) return Type::impossible();
    if (n == "groupdict") {
      Type value = T(TypeKind::kStr);
      if (none_default && shape == nullptr) value = str_or_none();
      for (size_t k = 0; none_default && shape != nullptr && k < shape->names.size(); ++k)
        if (shape->optional[static_cast<size_t>(shape->names[k].second)]) value = str_or_none();
      Annotator& an = a.ctx.annotator;
      return Type::dict_of(an.new_dict(T(TypeKind::kStr), value, an.origin_at(a.ctx.op, "built")));
    }
    if (shape == nullptr)  // as many as the pattern has, known at run time
      return Type::var_tuple_of(none_default ? str_or_none() : T(TypeKind::kStr));
    std::vector<Type> items;
    for (int64_t g = 1; g <= shape->groups; ++g)
      items.push_back(none_default && shape->optional[static_cast<size_t>(g)] ? str_or_none()
                                                                              : T(TypeKind::kStr));
    return Type::tuple_of(items);
  }
  if (n == "start" || n == "end" || n == "span") {
    if (!a.expect(0, 1)) return Type::impossible();
    if (!a.pos.empty() && !group_argument(a, a.pos[0])) return Type::impossible();
    if (n == "span") return Type::tuple_of({T(TypeKind::kInt), T(TypeKind::kInt)});
    return T(TypeKind::kInt);
  }
  if (n == "expand") {
    if (!a.expect(1, 1)) return Type::impossible();
    return check(a, &a.pos[0], TypeKind::kStr, "the template") ? T(TypeKind::kStr)
                                                               : Type::impossible();
  }
  return a.fail("not supported by Krait yet");
}

Type re_match_item(OpContext& ctx, const Type& match, const Type& g) {
  if (int_argument(g) || (g.kind == TypeKind::kStr && !g.can_be_none))
    return group_type(match.regex, g);
  return op_error(ctx,
                  "a match's items are its groups, by int or by name (str), not " + describe(g));
}

const ReSignature* re_signature(const std::string& function) {
  for (const ReSignature& s : kFunctions)
    if (function == s.name) return &s;
  return nullptr;
}

std::optional<Type> re_attribute(const Type& object, const std::string& name) {
  if (object.kind == TypeKind::kRePattern) {
    if (name == "pattern") return T(TypeKind::kStr);
    if (name == "flags" || name == "groups") return T(TypeKind::kInt);
  }
  if (object.kind == TypeKind::kReMatch) {
    if (name == "string") return T(TypeKind::kStr);
    if (name == "pos" || name == "endpos") return T(TypeKind::kInt);
    if (name == "re") {
      Type t = T(TypeKind::kRePattern);
      t.regex = object.regex;
      return t;
    }
  }
  return std::nullopt;
}

}  // namespace krait::annotator
