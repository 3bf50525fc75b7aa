// The `ctypes` and `ctypes.util` modules Krait provides.
//
// Contract: add_ctypes_modules() adds to a Program the modules `ctypes`
// (its simple types as CType entities under every name ctypes gives them,
// and its functions as builtins "ctypes.byref" ...) and `ctypes.util`
// (find_library). What a program declares with them (libraries, argtypes,
// structures, callbacks) is made by the module scanner
// (ctypes_declarations.h).
#pragma once

#include "translator/flowgraph/program.h"

namespace krait::flow {

void add_ctypes_modules(Program& program);

// The simple type `name` of the ctypes module ("c_int"); null if none.
const ctypes::CType* ctypes_simple_type(const Program& program, const std::string& name);

// The function `name` of a library (made on first use, returning c_int).
ctypes::CFunction* c_function(Program& program, const ctypes::CLibrary* library,
                              const std::string& name);

// POINTER(target): one type per target, as ctypes caches them.
const ctypes::CType* c_pointer_type(Program& program, const ctypes::CType* target);

// T * length: one type per item type and length (-1: a length known only
// at run time, for create_string_buffer(n)).
const ctypes::CType* c_array_type(Program& program, const ctypes::CType* item, int64_t length);
// CFUNCTYPE(restype, *argtypes): one type per signature (restype null: None).
const ctypes::CType* c_function_type(Program& program, const ctypes::CType* restype,
                                     const std::vector<const ctypes::CType*>& argtypes,
                                     const SourceRange& declared);

}  // namespace krait::flow
