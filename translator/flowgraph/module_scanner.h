// The module scanner: what each top-level name of a module denotes.
//
// Contract: scan_module() reads a module's top-level statements before any
// graph is built and records in its ModuleEntity: functions and classes
// (with their methods and class attributes) as entities, imports of the
// modules Krait provides, names bound exactly once to a constant expression
// (numbers, strings, tuples of constants, and arithmetic on them) as folded
// constants, and every other module-level name as a run-time global. It
// reports what it cannot accept (an unknown module, an unsupported base
// class) and returns false after an error.
#pragma once

#include "translator/diagnostics/diagnostic.h"
#include "translator/flowgraph/program.h"

namespace krait::flow {

bool scan_module(Program& program, ModuleEntity& module, DiagnosticSink& sink);

}  // namespace krait::flow
