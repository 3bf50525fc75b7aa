// The Python 3.11 abstract syntax tree, node for node as CPython's `ast` module.
//
// Contract: every class of CPython's Python.asdl (3.11) is a struct here with
// the same name and the same fields in the same order, so that the JSON dump
// (ast_json.h) is a plain walk. Nodes live in an Arena and are never freed
// one by one: lists are `Span`s, identifiers and string payloads are
// `std::string_view`s into the arena (or into the decoded source, which the
// ParseResult keeps alive). An absent optional node is nullptr; an absent
// optional identifier is a view with a null data pointer.
//
// Every struct lists its fields once more in `visit_fields`, in CPython's
// order; dumps and walkers use that instead of naming fields themselves.
// Locations follow CPython: 1-based lines, 0-based UTF-8 byte columns, end
// exclusive. The classes CPython gives no location (Module, arguments,
// comprehension, withitem, match_case) carry a zero Location that is never
// dumped.
#pragma once

#include <cstdint>
#include <string_view>

#include "translator/syntax/arena.h"

namespace krait::syntax::ast {

// X(Name) for every concrete node class; the order is free. The statement
// class CPython calls `Expr` is ExprStmt here (Expr is the expression base).
// clang-format off
#define KRAIT_AST_NODE_KINDS(X)                                                              \
  X(Module)                                                                                  \
  X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign) X(AugAssign)  \
  X(AnnAssign) X(For) X(AsyncFor) X(While) X(If) X(With) X(AsyncWith) X(Match) X(Raise)      \
  X(Try) X(TryStar) X(Assert) X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(ExprStmt)     \
  X(Pass)                                                                                    \
  X(Break) X(Continue)                                                                       \
  X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) X(Set) X(ListComp)   \
  X(SetComp) X(DictComp) X(GeneratorExp) X(Await) X(Yield) X(YieldFrom) X(Compare) X(Call)   \
  X(FormattedValue) X(JoinedStr) X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name)    \
  X(List) X(Tuple) X(Slice)                                                                  \
  X(comprehension) X(ExceptHandler) X(arguments) X(arg) X(keyword) X(alias) X(withitem)      \
  X(match_case)                                                                              \
  X(MatchValue) X(MatchSingleton) X(MatchSequence) X(MatchMapping) X(MatchClass)            \
  X(MatchStar) X(MatchAs) X(MatchOr)
// clang-format on

enum class NodeKind : uint8_t {
#define KRAIT_AST_ENUM(name) k##name,
  KRAIT_AST_NODE_KINDS(KRAIT_AST_ENUM)
#undef KRAIT_AST_ENUM
};

const char* node_kind_name(NodeKind kind);
// False for Module, arguments, comprehension, withitem and match_case.
bool node_kind_has_location(NodeKind kind);

struct Location {
  int32_t lineno = 0;
  int32_t col_offset = 0;
  int32_t end_lineno = 0;
  int32_t end_col_offset = 0;
};

struct Node {
  NodeKind kind;
  Location loc;
};
struct Stmt : Node {};
struct Expr : Node {};
struct Pattern : Node {};

using Identifier = std::string_view;  // data() == nullptr: absent

// The singleton enumerations; each value dumps as {"_type": name}.
enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOperator : uint8_t { And, Or };
enum class Operator : uint8_t {
  Add,
  Sub,
  Mult,
  MatMult,
  Div,
  Mod,
  Pow,
  LShift,
  RShift,
  BitOr,
  BitXor,
  BitAnd,
  FloorDiv
};
enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOperator : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

const char* name_of(ExprContext value);
const char* name_of(BoolOperator value);
const char* name_of(Operator value);
const char* name_of(UnaryOperator value);
const char* name_of(CmpOperator value);

// The value of a Constant (or MatchSingleton).
//  kInt:     `text` holds the literal's digits without underscores, with its
//            0x/0o/0b prefix if any (converted to decimal only when dumped).
//  kFloat:   `number`;  kComplex: `number` is the imaginary part.
//  kStr:     `text` is UTF-8, except that lone surrogates (from escapes such
//            as "\udc80") are kept as their 3-byte generalised UTF-8 form.
//  kBytes:   `text` holds the raw bytes.
struct ConstantValue {
  enum class Kind : uint8_t {
    kNone,
    kTrue,
    kFalse,
    kEllipsis,
    kInt,
    kFloat,
    kComplex,
    kStr,
    kBytes
  };
  Kind kind = Kind::kNone;
  std::string_view text;
  double number = 0;
};

// Field-visitor helper: F(v, "name", member) for each field, in order.
#define KRAIT_FIELD(name) v(#name, name)

// ---- Helper classes without a category ----------------------------------------

struct arguments;
struct keyword;
struct comprehension;
struct ExceptHandler;
struct alias;
struct withitem;
struct match_case;
struct arg;

struct Module : Node {
  Span<Stmt*> body;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(body);
    v.type_ignores();
  }
};

struct arg : Node {
  Identifier arg_name;  // CPython's field `arg`
  Expr* annotation;
  template <class V>
  void visit_fields(V& v) const {
    v("arg", arg_name);
    KRAIT_FIELD(annotation);
    v.null("type_comment");
  }
};

struct arguments : Node {
  Span<arg*> posonlyargs;
  Span<arg*> args;
  arg* vararg;
  Span<arg*> kwonlyargs;
  Span<Expr*> kw_defaults;  // one per kwonlyarg; nullptr where there is no default
  arg* kwarg;
  Span<Expr*> defaults;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(posonlyargs);
    KRAIT_FIELD(args);
    KRAIT_FIELD(vararg);
    KRAIT_FIELD(kwonlyargs);
    KRAIT_FIELD(kw_defaults);
    KRAIT_FIELD(kwarg);
    KRAIT_FIELD(defaults);
  }
};

struct keyword : Node {
  Identifier arg_name;  // CPython's field `arg`; absent for **kwargs
  Expr* value;
  template <class V>
  void visit_fields(V& v) const {
    v("arg", arg_name);
    KRAIT_FIELD(value);
  }
};

struct comprehension : Node {
  Expr* target;
  Expr* iter;
  Span<Expr*> ifs;
  int32_t is_async;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(target);
    KRAIT_FIELD(iter);
    KRAIT_FIELD(ifs);
    KRAIT_FIELD(is_async);
  }
};

struct ExceptHandler : Node {
  Expr* type;
  Identifier name;
  Span<Stmt*> body;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(type);
    KRAIT_FIELD(name);
    KRAIT_FIELD(body);
  }
};

struct alias : Node {
  Identifier name;
  Identifier asname;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(name);
    KRAIT_FIELD(asname);
  }
};

struct withitem : Node {
  Expr* context_expr;
  Expr* optional_vars;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(context_expr);
    KRAIT_FIELD(optional_vars);
  }
};

struct match_case : Node {
  Pattern* pattern;
  Expr* guard;
  Span<Stmt*> body;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(pattern);
    KRAIT_FIELD(guard);
    KRAIT_FIELD(body);
  }
};

// ---- Statements -------------------------------------------------------------

struct FunctionDef : Stmt {  // also AsyncFunctionDef (kind tells which)
  Identifier name;
  arguments* args;
  Span<Stmt*> body;
  Span<Expr*> decorator_list;
  Expr* returns;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(name);
    KRAIT_FIELD(args);
    KRAIT_FIELD(body);
    KRAIT_FIELD(decorator_list);
    KRAIT_FIELD(returns);
    v.null("type_comment");
  }
};
using AsyncFunctionDef = FunctionDef;

struct ClassDef : Stmt {
  Identifier name;
  Span<Expr*> bases;
  Span<keyword*> keywords;
  Span<Stmt*> body;
  Span<Expr*> decorator_list;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(name);
    KRAIT_FIELD(bases);
    KRAIT_FIELD(keywords);
    KRAIT_FIELD(body);
    KRAIT_FIELD(decorator_list);
  }
};

struct Return : Stmt {
  Expr* value;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(value);
  }
};

struct Delete : Stmt {
  Span<Expr*> targets;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(targets);
  }
};

struct Assign : Stmt {
  Span<Expr*> targets;
  Expr* value;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(targets);
    KRAIT_FIELD(value);
    v.null("type_comment");
  }
};

struct AugAssign : Stmt {
  Expr* target;
  Operator op;
  Expr* value;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(target);
    KRAIT_FIELD(op);
    KRAIT_FIELD(value);
  }
};

struct AnnAssign : Stmt {
  Expr* target;
  Expr* annotation;
  Expr* value;
  int32_t simple;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(target);
    KRAIT_FIELD(annotation);
    KRAIT_FIELD(value);
    KRAIT_FIELD(simple);
  }
};

struct For : Stmt {  // also AsyncFor
  Expr* target;
  Expr* iter;
  Span<Stmt*> body;
  Span<Stmt*> orelse;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(target);
    KRAIT_FIELD(iter);
    KRAIT_FIELD(body);
    KRAIT_FIELD(orelse);
    v.null("type_comment");
  }
};
using AsyncFor = For;

struct While : Stmt {
  Expr* test;
  Span<Stmt*> body;
  Span<Stmt*> orelse;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(test);
    KRAIT_FIELD(body);
    KRAIT_FIELD(orelse);
  }
};

struct If : Stmt {
  Expr* test;
  Span<Stmt*> body;
  Span<Stmt*> orelse;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(test);
    KRAIT_FIELD(body);
    KRAIT_FIELD(orelse);
  }
};

struct With : Stmt {  // also AsyncWith
  Span<withitem*> items;
  Span<Stmt*> body;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(items);
    KRAIT_FIELD(body);
    v.null("type_comment");
  }
};
using AsyncWith = With;

struct Match : Stmt {
  Expr* subject;
  Span<match_case*> cases;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(subject);
    KRAIT_FIELD(cases);
  }
};

struct Raise : Stmt {
  Expr* exc;
  Expr* cause;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(exc);
    KRAIT_FIELD(cause);
  }
};

struct Try : Stmt {  // also TryStar
  Span<Stmt*> body;
  Span<ExceptHandler*> handlers;
  Span<Stmt*> orelse;
  Span<Stmt*> finalbody;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(body);
    KRAIT_FIELD(handlers);
    KRAIT_FIELD(orelse);
    KRAIT_FIELD(finalbody);
  }
};
using TryStar = Try;

struct Assert : Stmt {
  Expr* test;
  Expr* msg;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(test);
    KRAIT_FIELD(msg);
  }
};

struct Import : Stmt {
  Span<alias*> names;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(names);
  }
};

struct ImportFrom : Stmt {
  Identifier module;
  Span<alias*> names;
  int32_t level;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(module);
    KRAIT_FIELD(names);
    KRAIT_FIELD(level);
  }
};

struct Global : Stmt {  // also Nonlocal
  Span<Identifier> names;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(names);
  }
};
using Nonlocal = Global;

struct ExprStmt : Stmt {  // CPython's statement class `Expr`
  Expr* value;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(value);
  }
};

struct Pass : Stmt {  // also Break, Continue
  template <class V>
  void visit_fields(V&) const {}
};
using Break = Pass;
using Continue = Pass;

// ---- Expressions ------------------------------------------------------------

struct BoolOp : Expr {
  BoolOperator op;
  Span<Expr*> values;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(op);
    KRAIT_FIELD(values);
  }
};

struct NamedExpr : Expr {
  Expr* target;
  Expr* value;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(target);
    KRAIT_FIELD(value);
  }
};

struct BinOp : Expr {
  Expr* left;
  Operator op;
  Expr* right;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(left);
    KRAIT_FIELD(op);
    KRAIT_FIELD(right);
  }
};

struct UnaryOp : Expr {
  UnaryOperator op;
  Expr* operand;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(op);
    KRAIT_FIELD(operand);
  }
};

struct Lambda : Expr {
  arguments* args;
  Expr* body;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(args);
    KRAIT_FIELD(body);
  }
};

struct IfExp : Expr {
  Expr* test;
  Expr* body;
  Expr* orelse;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(test);
    KRAIT_FIELD(body);
    KRAIT_FIELD(orelse);
  }
};

struct Dict : Expr {
  Span<Expr*> keys;  // nullptr for a `**mapping` entry
  Span<Expr*> values;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(keys);
    KRAIT_FIELD(values);
  }
};

struct Set : Expr {
  Span<Expr*> elts;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(elts);
  }
};

struct ListComp : Expr {  // also SetComp, GeneratorExp
  Expr* elt;
  Span<comprehension*> generators;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(elt);
    KRAIT_FIELD(generators);
  }
};
using SetComp = ListComp;
using GeneratorExp = ListComp;

struct DictComp : Expr {
  Expr* key;
  Expr* value;
  Span<comprehension*> generators;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(key);
    KRAIT_FIELD(value);
    KRAIT_FIELD(generators);
  }
};

struct Await : Expr {  // also Yield (value optional), YieldFrom
  Expr* value;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(value);
  }
};
using Yield = Await;
using YieldFrom = Await;

struct Compare : Expr {
  Expr* left;
  Span<CmpOperator> ops;
  Span<Expr*> comparators;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(left);
    KRAIT_FIELD(ops);
    KRAIT_FIELD(comparators);
  }
};

struct Call : Expr {
  Expr* func;
  Span<Expr*> args;
  Span<keyword*> keywords;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(func);
    KRAIT_FIELD(args);
    KRAIT_FIELD(keywords);
  }
};

struct FormattedValue : Expr {
  Expr* value;
  int32_t conversion;  // -1, or 's', 'r', 'a'
  Expr* format_spec;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(value);
    KRAIT_FIELD(conversion);
    KRAIT_FIELD(format_spec);
  }
};

struct JoinedStr : Expr {
  Span<Expr*> values;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(values);
  }
};

struct Constant : Expr {
  ConstantValue value;
  bool kind_u;  // CPython's `kind` is "u" (for a u"..." literal) or None
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(value);
    v.kind("kind", kind_u);
  }
};

struct Attribute : Expr {
  Expr* value;
  Identifier attr;
  ExprContext ctx;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(value);
    KRAIT_FIELD(attr);
    KRAIT_FIELD(ctx);
  }
};

struct Subscript : Expr {
  Expr* value;
  Expr* slice;
  ExprContext ctx;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(value);
    KRAIT_FIELD(slice);
    KRAIT_FIELD(ctx);
  }
};

struct Starred : Expr {
  Expr* value;
  ExprContext ctx;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(value);
    KRAIT_FIELD(ctx);
  }
};

struct Name : Expr {
  Identifier id;
  ExprContext ctx;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(id);
    KRAIT_FIELD(ctx);
  }
};

struct List : Expr {  // also Tuple
  Span<Expr*> elts;
  ExprContext ctx;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(elts);
    KRAIT_FIELD(ctx);
  }
};
using Tuple = List;

struct Slice : Expr {
  Expr* lower;
  Expr* upper;
  Expr* step;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(lower);
    KRAIT_FIELD(upper);
    KRAIT_FIELD(step);
  }
};

// ---- Patterns ---------------------------------------------------------------

struct MatchValue : Pattern {
  Expr* value;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(value);
  }
};

struct MatchSingleton : Pattern {
  ConstantValue value;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(value);
  }
};

struct MatchSequence : Pattern {  // also MatchOr
  Span<Pattern*> patterns;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(patterns);
  }
};
using MatchOr = MatchSequence;

struct MatchMapping : Pattern {
  Span<Expr*> keys;
  Span<Pattern*> patterns;
  Identifier rest;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(keys);
    KRAIT_FIELD(patterns);
    KRAIT_FIELD(rest);
  }
};

struct MatchClass : Pattern {
  Expr* cls;
  Span<Pattern*> patterns;
  Span<Identifier> kwd_attrs;
  Span<Pattern*> kwd_patterns;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(cls);
    KRAIT_FIELD(patterns);
    KRAIT_FIELD(kwd_attrs);
    KRAIT_FIELD(kwd_patterns);
  }
};

struct MatchStar : Pattern {
  Identifier name;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(name);
  }
};

struct MatchAs : Pattern {
  Pattern* pattern;
  Identifier name;
  template <class V>
  void visit_fields(V& v) const {
    KRAIT_FIELD(pattern);
    KRAIT_FIELD(name);
  }
};

#undef KRAIT_FIELD

// Calls `f(static_cast<const T&>(node))` with T the struct of node.kind.
template <class F>
decltype(auto) visit_node(const Node& node, F&& f) {
  switch (node.kind) {
#define KRAIT_AST_CASE(name) \
  case NodeKind::k##name:    \
    return f(static_cast<const name&>(node));
    KRAIT_AST_NODE_KINDS(KRAIT_AST_CASE)
#undef KRAIT_AST_CASE
  }
  return f(static_cast<const Pass&>(node));  // unreachable: every kind has a case
}

}  // namespace krait::syntax::ast
