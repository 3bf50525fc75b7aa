// The module scanner: what each top-level name of a module denotes.
//
// Contract: scan_module() reads a module's top-level statements before any
// graph is built and records in its ModuleEntity: functions and classes
// (with their methods and class attributes) as entities, imported modules
// (module_imports.h: a top-level `import` of one of the program's modules
// loads and scans that module right there, in CPython's order, so circular
// imports see what CPython would), names bound exactly once to a constant
// expression (numbers, strings, tuples of constants, and arithmetic on
// them) as folded constants, and every other module-level name as a
// run-time global (in an imported module, every such name: other modules
// may read it). It reports what it cannot accept (an unknown module, an
// unsupported base class) and returns false after an error.
#pragma once

#include "translator/diagnostics/diagnostic.h"
#include "translator/flowgraph/module_imports.h"
#include "translator/flowgraph/program.h"

namespace krait::flow {

bool scan_module(Program& program, ModuleEntity& module, ModuleImporter& importer,
                 DiagnosticSink& sink);

}  // namespace krait::flow
