// Internals of the C++ emitter, shared by its implementation files
// (emit_program.cc: the translation unit; emit_function.cc: blocks and
// links; emit_ops.cc: operations; emit_calls.cc: calls).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "annotator/annotator.h"
#include "annotator/simple_functions.h"
#include "annotator/int_ranges.h"
#include "annotator/special_methods.h"
#include "backend/backend.h"
#include "backend/class_ids.h"
#include "backend/cpp_names.h"
#include "backend/cpp_types.h"
#include "ctypes_support/c_entities.h"

namespace krait::backend {

// What every function emitter needs to know about the whole program.
struct ProgramContext {
  annotator::Annotator& annotator;
  const EmitOptions& options;
  DiagnosticSink& sink;
  CppNames names;
  std::map<const annotator::ClassDef*, ClassIdRange> class_ids;
  bool failed = false;
  // The rt::TraceSite initializers of the program, indexed by trace_site().
  std::vector<std::string> trace_sites;
  std::map<std::string, int> trace_site_index;

  void unsupported(const SourceRange& where, const std::string& what);
  // The C++ type of `t`; reports and returns "rt::NoneType" when the backend
  // cannot represent it.
  std::string type(const annotator::Type& t, const SourceRange& where);
  // The C++ return type and parameter list of a specialization.
  std::string return_type(const annotator::Specialization& spec);
  // The index in krait_sites[] of the traceback site of an operation.
  int trace_site(const std::string& function, const std::string& file, const SourceRange& range,
                 bool frameless);
  // The C++ test "`value` is an instance of `cls`" (value: a pointer).
  std::string instance_test(const std::string& value, const annotator::ClassDef* cls);
  // The run-time number of a function or class held in a variable that may
  // hold one of several (numbered from 1 in the order first needed; 0 is None).
  int entity_id(const flow::Entity* entity);
  std::map<const flow::Entity*, int> entity_ids;
};

// The functions or classes a value may be, in a deterministic order (by
// name; the annotator's set is ordered by address).
std::vector<const flow::Entity*> pbc_members(const annotator::Type& pbc);

// The function `cls.name` is (a method, staticmethod, classmethod or
// property getter), or null.
const flow::FunctionEntity* method_entity(const annotator::ClassDef* cls, const std::string& name);

// A call's arguments, decoded from its operation (emit_calls.cc).
struct SiteArgs;

class FunctionEmitter;

// ---- emit_ctypes.cc ----
// Arguments as (C++ expression, type), keyword arguments by name.
using CArgs = std::vector<std::pair<std::string, annotator::Type>>;
using CKwArgs = std::vector<std::pair<std::string, std::pair<std::string, annotator::Type>>>;
std::string emit_c_call(FunctionEmitter& fe, const flow::Operation& op, const ctypes::CFunction& fn,
                        const CArgs& args);
// `length`: the C++ length of an array type made at run time (type.length -1).
std::string emit_c_construct(FunctionEmitter& fe, const flow::Operation& op,
                             const ctypes::CType& type, const CArgs& pos, const CKwArgs& kw,
                             const std::string& length = "");
// T.from_buffer_copy(source[, offset]), the one class method of ctypes
// types Krait provides, on a ctypes type or an array type made at run time
// (`receiver`, whose C++ value is `self`).
std::string emit_from_buffer_copy(const annotator::Type& receiver, const std::string& self,
                                  const CArgs& args);
std::string emit_ctypes_builtin(FunctionEmitter& fe, const flow::Operation& op,
                                const std::string& name, const CArgs& args);
// The truth of a ctypes object `v` of type `t` (a box: its value's).
std::string cdata_truth(const std::string& v, const annotator::Type& t);
// getattr, setattr, getitem, setitem, slices and truth of a ctypes object,
// and `T * n` of a ctypes type.
std::optional<std::string> emit_ctypes_op(FunctionEmitter& fe, const flow::Operation& op);
// The structs and extern declarations, the callbacks (after the function
// declarations they call), and the "// krait-link: FLAGS" line of the
// libraries (backend/compile.h reads it).
std::string ctypes_declarations(ProgramContext& ctx);
std::string ctypes_callbacks(ProgramContext& ctx);
std::string ctypes_link_flags(const flow::Program& program,
                              const std::vector<std::string>& linked_libraries);

// The argument called `name` of a call, positional at `index` or by
// keyword; null if not given or None.
const std::pair<std::string, annotator::Type>* find_argument(const CArgs& pos, const CKwArgs& kw,
                                                             size_t index, const std::string& name);

// ---- emit_random.cc ----
// A call of the random module's function `name` ("random.choice").
std::string emit_random_call(FunctionEmitter& fe, const flow::Operation& op,
                             const std::string& name, const CArgs& pos, const CKwArgs& kw);

// The specialization of `fn` the call `op` made (null if none).
const annotator::Specialization* single_callee(FunctionEmitter& fe, const flow::Operation& op,
                                               const flow::FunctionEntity* fn);

// ---- emit_collections.cc ----
// collections.defaultdict/Counter/OrderedDict(...), and the methods of a
// Counter or an OrderedDict beyond a dict's (nullopt: a dict's method).
std::string emit_collections_call(FunctionEmitter& fe, const flow::Operation& op,
                                  const std::string& name, const CArgs& pos, const CKwArgs& kw);
// The methods of a deque that are not a list's (nullopt: a list's method).
std::optional<std::string> emit_deque_method(FunctionEmitter& fe, const annotator::Type& receiver,
                                             const std::string& self, const std::string& name,
                                             const CArgs& pos);
std::optional<std::string> emit_collections_method(const annotator::Type& receiver,
                                                   const std::string& self, const std::string& name,
                                                   const CArgs& pos, const CKwArgs& kw);

// ---- emit_itertools.cc ----
// A call of an itertools function (`name`: "itertools.chain").
std::string emit_itertools_call(FunctionEmitter& fe, const flow::Operation& op,
                                const std::string& name, const CArgs& pos, const CKwArgs& kw);
// functools.reduce(f, iterable[, initial]).
std::string emit_reduce_call(FunctionEmitter& fe, const flow::Operation& op, const CArgs& pos);

// A captureless lambda (as a function pointer) calling the function that
// `fn` (a pbc) holds, with parameters of types `params`, its result
// converted to `result`; "" after reporting.
std::string function_pointer(FunctionEmitter& fe, const flow::Operation& op,
                             const annotator::Type& fn, const std::vector<annotator::Type>& params,
                             const annotator::Type& result);

// ---- emit_simple_functions.cc ----
// A call of a function of annotator/simple_functions.h's table.
std::string emit_simple_function_call(FunctionEmitter& fe, const annotator::SimpleFunction& f,
                                      const CArgs& pos);

// ---- emit_re.cc ----
// A call of a re function (`name`: "re.sub"), and a method of a compiled
// pattern or of a match (`self`: the receiver's C++ value).
std::string emit_re_call(FunctionEmitter& fe, const flow::Operation& op, const std::string& name,
                         const CArgs& pos, const CKwArgs& kw);
std::string emit_re_method(FunctionEmitter& fe, const flow::Operation& op,
                           const annotator::Type& receiver, const std::string& self,
                           const std::string& name, const CArgs& pos, const CKwArgs& kw);

// ---- emit_heapq.cc ----
// A call of a heapq or bisect function (`name`: "heapq.heappush"), on lists
// of `item`; `key`: the C++ lambda of its key= argument, or "".
std::string emit_heapq_call(FunctionEmitter& fe, const flow::Operation& op, const std::string& name,
                            const CArgs& pos, const CKwArgs& kw, const annotator::Type& item,
                            const std::string& key);

class FunctionEmitter {
 public:
  FunctionEmitter(ProgramContext& ctx, const annotator::Specialization& spec)
      : ctx_(ctx), spec_(spec) {}

  // The function's definition (or, for the module body, `void module_body()`).
  // For a generator function: the function that makes the generator and
  // its frame's next(); frame_struct() is then the frame's struct.
  std::string definition();
  const std::string& frame_struct() const { return frame_struct_; }
  // The definition of a function cached by @functools.cache, from its own.
  std::string memoized(const std::string& definition);
  const annotator::Specialization& spec() const { return spec_; }
  // `R name(T a, U b)`; a parameter the body does not read is unnamed
  // (`T /*a*/`), as is every one before definition() has run (declarations).
  std::string signature();

  // ---- emit_ops.cc ----
  void operation(const flow::Operation& op);
  std::vector<annotator::Type> arg_types(const flow::Operation& op) const;
  // The operation can raise, given the annotated types (and int ranges).
  bool may_raise(const flow::Operation& op);
  // Checked int arithmetic whose result always fits (annotator/int_ranges.h).
  bool cannot_overflow(const flow::Operation& op);
  // Its runtime function takes the traceback site as its last argument
  // (rt::note_site), so no store before it is needed.
  bool passes_site(const flow::Operation& op);
  // ", &krait_sites[K]" for an operation that passes its site, else "".
  std::string site_arg();
  // The operation's object (an instance), checked not to be None when it may
  // be (AttributeError for attribute `name`, as CPython).
  std::string checked_instance(const flow::Operation& op, const std::string& name);
  // The operation's list or dict, checked not to be None when it may be
  // (TypeError "'NoneType' object <error>", as CPython).
  std::string checked_container(const flow::Operation& op, const char* error);
  // type(instance): the number of its class among `classes` (its class and
  // subclasses), by class id.
  std::string class_number(const std::string& instance, const annotator::Type& classes);
  // obj.name for an instance of cls (or a subclass): its field, or the
  // class attribute of its run-time class when no instance assigns name.
  std::string instance_attribute(const std::string& object, const annotator::ClassDef* cls,
                                 const std::string& name, const annotator::Type& result);
  // The run-time number of a function or class value (`expr` when it has
  // one, else the constant of the one entity it is).
  std::string entity_number(const std::string& expr, const annotator::Type& pbc);
  // `cls.name` where cls is the number of one of `classes`.
  std::string class_attribute_of_number(const std::string& number, const annotator::Type& classes,
                                        const std::string& name, const annotator::Type& result);
  // rt::Slice{start, stop, step} of a slice operation (its args 1 to 3).
  std::string slice(const flow::Operation& op);
  std::string op_expr(const flow::Operation& op);
  std::string value(const flow::Value* v);
  annotator::Type type_of(const flow::Value* v) const;
  std::string constant(const flow::ConstValue& c, const annotator::Type& as);
  // `expr` of type `from` as a value of type `to`.
  std::string convert(const std::string& expr, const annotator::Type& from,
                      const annotator::Type& to);

  std::string method_choice(const std::string& expr, const annotator::Type& from,
                            const annotator::Type& to);

  // A yield_ operation: stores the item and returns from next() (generators).
  void yield(const flow::Operation& op);

  // ---- emit_calls.cc ----
  // The C++ expression of a call; may emit statements first.
  std::string call(const flow::Operation& op);
  // A call of `cls`'s method (the callee's name: bound method or __call__)
  // on `receiver` (an instance of cls or of a subclass): the override for
  // its run-time class; the result passed on as `then` says.
  // `only`: the method's name where the callees are those of several methods.
  std::string method_call(const flow::Operation& op, const SiteArgs& site,
                          const std::string& receiver, const annotator::ClassDef* cls,
                          annotator::SpecialCall::Then then = annotator::SpecialCall::Then::kResult,
                          const std::string* only = nullptr);
  // A call of a bound method chosen at run time among several (method_choices).
  std::string method_choice_call(const flow::Operation& op, const SiteArgs& site,
                                 const annotator::Type& callee);
  // obj.name = value through a property's setter (op: the setattr).
  std::string property_setter(const flow::Operation& op, const flow::FunctionEntity* setter);
  // The special method an operation runs (annotator/special_methods.h).
  std::string special(const flow::Operation& op, const annotator::SpecialCall& call);
  std::string call_one_of(const flow::Operation& op, const SiteArgs& site,
                          const annotator::Type& callee);
  std::string call_entity(const flow::Operation& op, const SiteArgs& site,
                          const flow::Entity* entity);

  // ---- emit_function.cc ----
  void line(const std::string& text) { body_ << "  " << text << '\n'; }
  void source_line(const SourceRange& range);
  void unsupported(const flow::Operation& op, const std::string& what);

  ProgramContext& ctx_;
  const annotator::Specialization& spec_;
  // Variables some operation, switch or link reads: only these are declared
  // and assigned, so the C++ has no unused variables.
  std::set<const flow::Value*> used_;

 private:
  void block(const flow::Block& b);
  void exits(const flow::Block& b);
  void raising_exits(const flow::Block& b);
  void follow(const flow::Link& link, const flow::Block& from);
  std::string label(const flow::Block* b) const { return "block" + std::to_string(b->id); }
  // The index in krait_sites[] of the operation's traceback site.
  int trace_site(const flow::Operation& op);
  // Points *krait_site at the operation's traceback site.
  void set_trace_site(const flow::Operation& op);
  // The function takes a slot in the frame stack: false when every
  // operation that can raise passes its site and nothing raises or catches
  // explicitly (a leaf doing arithmetic and indexing: no bookkeeping).
  bool needs_frame(const std::vector<const flow::Block*>& blocks);
  // definition() of a generator function, from its declarations and body.
  std::string generator_definition(const std::string& decls, const std::string& body);

  std::ostringstream body_;
  int last_line_ = -1;
  int last_site_ = -1;  // the site *krait_site holds here, if known
  bool frameless_ = false;
  std::string site_arg_;  // site_arg() of the operation being emitted
  bool site_arg_used_ = false;
  size_t resume_points_ = 0;  // generators: the yields emitted so far
  std::string frame_struct_;
  std::optional<annotator::IntRanges> int_ranges_;  // made at the first question
};

}  // namespace krait::backend
