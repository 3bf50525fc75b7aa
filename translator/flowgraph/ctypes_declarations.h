// ctypes declarations at module level, carried out at translation time.
//
// Contract: the module scanner hands each top-level statement to
// CtypesDeclarations::statement() first. A statement that declares
// something with ctypes is carried out here and never runs in the module
// body (Program::is_c_declaration):
//   lib = ctypes.CDLL("libm.so.6")          also CDLL(None),
//         CDLL(ctypes.util.find_library("m")), ctypes.cdll.LoadLibrary(...),
//         use_errno=True
//   cos = lib.cos                           a function of a library
//   lib.cos.argtypes = [ctypes.c_double]    also restype (a type or None)
//   lib.cos.restype = ctypes.c_double         and errcheck (a module function)
//   IntArray5 = ctypes.c_int * 5            array, pointer and prototype types,
//   PInt = ctypes.POINTER(ctypes.c_int)       and aliases of types
//   CMP = ctypes.CFUNCTYPE(ctypes.c_int, PInt, PInt)
//   cmp = CMP(py_cmp)                       a callback of a module function
//   class Point(ctypes.Structure):          records: _fields_ (name, type
//       _fields_ = [("x", ctypes.c_int)]      [, bits]) and _pack_, in the
//   Node._fields_ = [...]                     class or assigned after it
// The names they bind are folded constants of the module (ctypes entities,
// c_entities.h). Anything else done with ctypes at module level is left to
// the module body; a declaration Krait cannot carry out is reported.
#pragma once

#include <functional>
#include <optional>

#include "translator/diagnostics/diagnostic.h"
#include "translator/flowgraph/program.h"

namespace krait::flow {

class CtypesDeclarations {
 public:
  // `evaluate` folds an expression to a module-level constant, if it is one.
  using Evaluate = std::function<std::optional<ConstValue>(const syntax::ast::Expr*)>;

  CtypesDeclarations(Program& program, ModuleEntity& module, DiagnosticSink& sink,
                     Evaluate evaluate)
      : program_(program), module_(module), sink_(sink), evaluate_(std::move(evaluate)) {}

  // True when `s` is a ctypes declaration (carried out, or reported); the
  // value a `name = ...` declaration binds is then in `bound`.
  bool statement(const syntax::ast::Stmt* s, std::optional<ConstValue>& bound);

  bool ok() const { return ok_; }

 private:
  std::optional<ConstValue> declaration_value(const syntax::ast::Expr* e, const std::string& name);
  std::optional<ConstValue> library(const syntax::ast::Call& call, const std::string& name);
  std::optional<ConstValue> prototype(const syntax::ast::Call& call);
  std::optional<ConstValue> callback(const ctypes::CType& prototype, const syntax::ast::Call& call,
                                     const std::string& name);
  bool attribute_store(const syntax::ast::Attribute& target, const syntax::ast::Expr* value);
  bool record_class(const syntax::ast::ClassDef& n, std::optional<ConstValue>& bound);
  void set_fields(ctypes::CType& record, const syntax::ast::Expr* fields);
  // A type operand (argtypes item, restype, field type): a CType, or null
  // after reporting; `none_ok`: None is allowed (restype) and gives null
  // with *is_none set.
  const ctypes::CType* type_operand(const syntax::ast::Expr* e, bool none_ok = false,
                                    bool* is_none = nullptr);
  std::optional<ConstValue> entity_value(const syntax::ast::Expr* e);
  const Entity* ctypes_builtin(const syntax::ast::Expr* e, const char* name);
  void error(const syntax::ast::Node& at, const std::string& message);
  SourceRange range_of(const syntax::ast::Node& n) const;

  Program& program_;
  ModuleEntity& module_;
  DiagnosticSink& sink_;
  Evaluate evaluate_;
  bool ok_ = true;
};

}  // namespace krait::flow
