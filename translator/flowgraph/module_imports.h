// Import statements resolved to modules, as CPython's import system would.
//
// Contract: an ImportResolver turns the import statements of one module
// into module entities: the program's own modules (files next to the main
// program, or in packages: loaded, parsed and scanned on first import by
// the driver through ModuleImporter) and the modules Krait provides. Names
// resolve as in CPython: CPython's built-in modules (sys, time, ...) first,
// then the program's files, then the rest of the standard library (which
// Krait provides in part); `import a.b.c` imports a, a.b and a.b.c in that
// order; relative imports are relative to the importing module's package.
// Every resolution is recorded in the Program (note_import) for the graph
// builder; every failure is reported with the statement's location.
#pragma once

#include <optional>
#include <string>

#include "translator/diagnostics/diagnostic.h"
#include "translator/flowgraph/program.h"

namespace krait::flow {

// Loads the program's own modules (the driver implements it).
class ModuleImporter {
 public:
  virtual ~ModuleImporter() = default;
  // The user module `name` (dotted, absolute), loaded and scanned on first
  // request; a module still being scanned (reached again through a circular
  // import) is returned as it is. Null when no file defines it; `failed` is
  // set when one does but it could not be read, parsed or scanned (reported).
  virtual ModuleEntity* import(const std::string& name, bool& failed) = 0;
};

class ImportResolver {
 public:
  ImportResolver(Program& program, ModuleEntity& importing, ModuleImporter& importer,
                 DiagnosticSink& sink)
      : program_(program), importing_(importing), importer_(importer), sink_(sink) {}

  // `import a.b.c` / `import a.b.c as x`: imports each module of the chain;
  // returns what the alias binds (a; a.b.c with `as`), null after an error.
  ModuleEntity* import_alias(const syntax::ast::alias& alias);
  // `from m import ...`: the module m, imported; null after an error.
  ModuleEntity* import_from(const syntax::ast::ImportFrom& statement);
  // What `from m import name` binds when it is known now: a constant of m
  // or a submodule (imported). Nullopt when the name is a run-time global
  // of m (or not yet bound in m, being scanned: the graph builder decides),
  // or after an error (ok() is false).
  std::optional<ConstValue> imported_name(ModuleEntity& module, const syntax::ast::alias& alias);

  bool ok() const { return ok_; }

 private:
  // The module called `name`, imported; null after an error.
  ModuleEntity* module_named(const std::string& name, const syntax::ast::Node& at);
  // The absolute name of a relative import's module; "" after an error.
  std::string absolute_name(const syntax::ast::ImportFrom& statement);
  void error(const syntax::ast::Node& at, const std::string& message);

  Program& program_;
  ModuleEntity& importing_;
  ModuleImporter& importer_;
  DiagnosticSink& sink_;
  bool ok_ = true;
};

// After every module is scanned: a module's name that another module
// rebinds (`config.verbose = True`, `config.level += 1`) is a run-time
// global of its module rather than a folded constant. (Functions, classes
// and modules stay constants; the graph builder rejects rebinding them.)
void unfold_names_rebound_elsewhere(Program& program);

}  // namespace krait::flow
