// The arguments of a call of a built-in function or method, as the typing
// rules of built-ins (rules_builtins.cc, rules_sets.cc) read them.
//
// Contract: `pos` and `kw` are the argument types (a *tuple expanded);
// `expect` checks their number and the allowed keywords, `numeric` that one
// is a number, reporting CPython-like messages named after `name`; `fail`
// reports "name(): why". Each returns false (impossible) after reporting.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "annotator/rules_builtins.h"

namespace krait::annotator {

struct Args {
  OpContext& ctx;
  const CallSite& site;
  const std::string& name;
  std::vector<Type> pos;
  std::map<std::string, Type> kw;

  Args(OpContext& c, const CallSite& s, const std::string& n) : ctx(c), site(s), name(n) {
    for (const CallArg& a : s.positional) pos.push_back(s.type_of(c, a));
    for (const auto& [k, a] : s.keywords) kw[k] = s.type_of(c, a);
  }

  bool expect(size_t min, size_t max, std::initializer_list<const char*> keywords = {}) {
    for (const auto& [k, t] : kw) {
      bool allowed = false;
      for (const char* a : keywords) allowed = allowed || k == a;
      if (!allowed) {
        op_error(ctx, name + "() got an unexpected keyword argument '" + k + "'");
        return false;
      }
    }
    if (pos.size() < min || pos.size() > max) {
      std::string count =
          min == max ? std::to_string(min)
                     : (max == SIZE_MAX ? "at least " + std::to_string(min)
                                        : std::to_string(min) + " to " + std::to_string(max));
      op_error(ctx, name + "() takes " + count + " positional argument" +
                        (max == 1 && min == 1 ? "" : "s") + ", " + std::to_string(pos.size()) +
                        " given");
      return false;
    }
    return true;
  }

  bool numeric(size_t i) {
    if (pos[i].is_numeric() && !pos[i].can_be_none) return true;
    op_error(ctx, name + "() needs a number, not " + describe(pos[i]));
    return false;
  }

  Type fail(const std::string& why) { return op_error(ctx, name + "(): " + why); }
};

// A new list of `item`s made by the call (its origin: "built" there).
inline Type new_list_of(Args& a, const Type& item) {
  return Type::list_of(
      a.ctx.annotator.new_list(item, a.ctx.annotator.origin_at(a.ctx.op, "built")));
}

// An int argument (an int or a bool).
inline bool int_argument(const Type& t) {
  return (t.kind == TypeKind::kInt || t.kind == TypeKind::kBool) && !t.can_be_none;
}

// The item type of an iterable argument (list, str, range, dict, iterator...).
inline Type item_of(Args& a, const Type& t) {
  Type it = iterator_over(a.ctx, t);
  return it.is_impossible() ? it : it.items[0];
}

// bytes and bytearray (rules_bytes.cc): bytes(), bytearray(), bytes.fromhex,
// int.from_bytes; the methods of bytes and bytearray, str.encode and
// int.to_bytes.
Type bytes_builtin(Args& a);
Type bytes_method(Args& a, const Type& receiver);

// key=f of sorted(), list.sort(), min(), max(), heapq.nlargest ...: f called
// on each item. f is a function of the program (specialised for the item
// type) or len, str or abs; its results are compared with <. Returns the
// key type (None without key=, after typing the items' __lt__); impossible
// (after reporting, or while f's return type is not known yet) otherwise.
Type sort_key(Args& a, const Type& item);
// What functools.cmp_to_key(cmp) returns: a builtin method bound to cmp.
inline bool is_cmp_key(const Type& t) {
  return t.kind == TypeKind::kBoundMethod && t.cls == nullptr && t.method == "functools.cmp_to_key";
}

// The functions of the heapq and bisect modules (rules_heapq.cc).
Type heapq_function(Args& a);
Type bisect_function(Args& a);

// collections.defaultdict/Counter/OrderedDict, and the methods a Counter or
// an OrderedDict has beyond a dict's (nullopt: a dict's method, typed by
// the dict rules) (rules_collections.cc).
Type collections_function(Args& a);
std::optional<Type> collections_dict_method(Args& a, const Type& receiver);
// collections.deque's methods beyond (or other than) a list's; nullopt: a
// list's method, typed by the list rules.
std::optional<Type> deque_method(Args& a, const Type& receiver);

// The functions of the itertools module (rules_itertools.cc).
Type itertools_function(Args& a);

// The functions of the functools module (rules_functools.cc).
Type functools_function(Args& a);

// The functions of the random module (rules_random.cc).
Type random_function(Args& a);

// copy.copy and copy.deepcopy (rules_copy.cc).
Type copy_function(Args& a);

// A function of the table in simple_functions.h (rules_simple_functions.cc).
struct SimpleFunction;
Type simple_function_call(Args& a, const SimpleFunction& f);

// The re module (rules_re.cc): its functions, the methods of a compiled
// pattern and of a match, a match's items (m[1]), and the data attributes
// of both (nullopt: not one).
Type re_function(Args& a);
// re.<name>(pattern, ...): the parameters after the pattern, by position;
// null for a function without a pattern (escape, purge).
struct ReSignature {
  const char* name;
  std::vector<const char*> params;
};
const ReSignature* re_signature(const std::string& function);
Type re_pattern_method(Args& a, const Type& receiver);
Type re_match_method(Args& a, const Type& receiver);
Type re_match_item(OpContext& ctx, const Type& match, const Type& group);
std::optional<Type> re_attribute(const Type& object, const std::string& name);

// set(), set(iterable), frozenset(...) and the methods of sets (rules_sets.cc).
Type set_builtin(Args& a);
Type set_method(Args& a, const Type& receiver);

}  // namespace krait::annotator
