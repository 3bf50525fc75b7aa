// The translation unit: includes, class structs, globals, functions, main().
#include <functional>
#include <map>
#include <set>

#include "annotator/instance_hooks.h"
#include "backend/emitter.h"

namespace krait::backend {
namespace {

using annotator::ClassDef;
using annotator::Type;

constexpr const char* kIncludes =
    "#include \"runtime/program.h\"\n"
    "\nnamespace rt = krait::rt;\n";

// User classes, bases before subclasses, in definition order otherwise.
std::vector<const ClassDef*> user_classes(const annotator::Annotator& annotator) {
  std::vector<const ClassDef*> out;
  std::set<const ClassDef*> done;
  std::function<void(const ClassDef*)> add = [&](const ClassDef* c) {
    if (c == nullptr || c->entity->kind != flow::EntityKind::kClass || done.count(c)) return;
    add(c->base);
    done.insert(c);
    out.push_back(c);
  };
  for (const auto& c : annotator.classdefs()) add(c.get());
  return out;
}

// The specialization of a class's own __str__ or __repr__ (annotated when
// the class or a subclass is instantiated), or null.
const annotator::Specialization* str_hook(const annotator::Annotator& annotator,
                                          const ClassDef& cls, const char* hook) {
  const auto* entity = static_cast<const flow::ClassEntity*>(cls.entity);
  const flow::ConstValue* method = entity->own_attribute(hook);
  if (method == nullptr || !method->is_entity()) return nullptr;
  for (const auto& spec : annotator.specializations()) {
    if (spec->function == method->entity) return spec.get();
  }
  return nullptr;
}

constexpr std::pair<const char*, const char*> kStrHooks[] = {{"__str__", "py_str"},
                                                             {"__repr__", "py_repr"}};

// The specialization of a class's own __lt__ / __eq__ that the runtime
// calls (annotator/instance_hooks.h: other is an instance), or null.
const annotator::Specialization* instance_hook(const annotator::Annotator& annotator,
                                               const ClassDef& cls, const char* method) {
  const auto* entity = static_cast<const flow::ClassEntity*>(cls.entity);
  const flow::ConstValue* own = entity->own_attribute(method);
  if (own == nullptr || !own->is_entity()) return nullptr;
  for (const auto& spec : annotator.specializations()) {
    if (spec->function != own->entity) continue;
    const auto& inputs = spec->graph->start()->inputs;
    if (inputs.size() == 2 && annotator.type_of(*spec, inputs[0]).cls == &cls &&
        annotator.type_of(*spec, inputs[1]).kind == annotator::TypeKind::kInstance)
      return spec.get();
  }
  return nullptr;
}

// The definitions of the rt::Object hooks a class overrides with its
// __str__ / __repr__, __lt__ / __eq__ (declared in its struct).
std::string str_hook_definitions(ProgramContext& ctx, const ClassDef& cls) {
  std::string out;
  for (const annotator::InstanceHook& hook : annotator::kInstanceHooks) {
    if (const annotator::Specialization* spec = instance_hook(ctx.annotator, cls, hook.method)) {
      const auto& inputs = spec->graph->start()->inputs;
      const ClassDef* other = ctx.annotator.type_of(*spec, inputs[1]).cls;
      out += "bool " + ctx.names.cls(&cls) + "::" + hook.member + "(rt::Object* other) { return " +
             ctx.names.function(spec) + "(this, static_cast<" + ctx.names.cls(other) +
             "*>(other)); }\n";
    }
  }
  for (const auto& [hook, member] : kStrHooks) {
    if (const annotator::Specialization* spec = str_hook(ctx.annotator, cls, hook)) {
      out += "rt::Str " + ctx.names.cls(&cls) + "::" + member + "() { return " +
             ctx.names.function(spec) + "(this); }\n";
    }
  }
  // Truth where the runtime tests instances: __bool__, else __len__ != 0
  // (when no class of the chain defines __bool__).
  if (const annotator::Specialization* spec = str_hook(ctx.annotator, cls, "__bool__")) {
    out += "bool " + ctx.names.cls(&cls) + "::bool_hook() { return " + ctx.names.function(spec) +
           "(this); }\n";
  } else if (const annotator::Specialization* spec = str_hook(ctx.annotator, cls, "__len__");
             spec != nullptr && cls.class_attribute("__bool__") == nullptr) {
    out += "bool " + ctx.names.cls(&cls) + "::bool_hook() { return " + ctx.names.function(spec) +
           "(this) != 0; }\n";
  }
  // hash() of what __hash__ returns: CPython reduces it as an int's hash.
  if (const annotator::Specialization* spec = str_hook(ctx.annotator, cls, "__hash__")) {
    out += "int64_t " + ctx.names.cls(&cls) + "::hash_hook() { return rt::hash_of(" +
           ctx.names.function(spec) + "(this)); }\n";
  }
  return out;
}

// copy.copy and copy.deepcopy of the class's instances (runtime/copy_module.h):
// a copy made by the C++ copy constructor (cast to const, so an exception
// class's forwarding constructor is not chosen), whose fields deepcopy then
// replaces with copies, the base class's fields first.
std::string copy_methods(ProgramContext& ctx, const ClassDef& cls) {
  std::string name = ctx.names.cls(&cls);
  std::string self = "static_cast<const " + name + "&>(*this)";
  std::string out =
      "  rt::Object* shallow_copy() override { return rt::gc_new<" + name + ">(" + self + "); }\n";
  out += "  rt::Object* deep_copy(rt::CopyMemo& memo) override {\n    auto* c = rt::gc_new<" +
         name + ">(" + self + ");\n    memo.remember(this, c);\n    c->deep_copy_fields(memo);\n" +
         "    return c;\n  }\n";
  out += "  void deep_copy_fields(rt::CopyMemo& memo) {\n";
  if (cls.base != nullptr && !cls.base->is_object() &&
      cls.base->entity->kind != flow::EntityKind::kBuiltin)
    out += "    " + ctx.names.cls(cls.base) + "::deep_copy_fields(memo);\n";
  for (const auto& [attr, slot] : cls.attributes) {
    if (slot.type.is_impossible()) continue;
    std::string field = CppNames::field(attr);
    out += "    " + field + " = rt::copy::deepcopy(" + field + ", memo);\n";
  }
  return out + "  }\n";
}

// The struct of a user class: its fields, and a constructor that stores the
// class id and the class-level defaults of instance attributes; with
// `copyable` (the program imports copy), its copy methods.
std::string class_struct(ProgramContext& ctx, const ClassDef& cls, bool copyable) {
  std::string name = ctx.names.cls(&cls);
  std::string base = cls.base ? ctx.names.cls(cls.base) : "rt::Object";
  std::string out = "struct " + name + " : " + base + " {\n";
  out += "  const char* type_name() const override { return " +
         cpp_string_literal(flow::python_qualname(cls.entity)) + "; }\n";
  const flow::ModuleEntity* module = static_cast<const flow::ClassEntity*>(cls.entity)->module;
  if (!module->is_main())
    out += "  const char* module_name() const override { return " +
           cpp_string_literal(module->qualname) + "; }\n";
  for (const auto& [hook, member] : kStrHooks) {
    if (str_hook(ctx.annotator, cls, hook))
      out += "  rt::Str " + std::string(member) + "() override;\n";
  }
  for (const annotator::InstanceHook& hook : annotator::kInstanceHooks) {
    if (instance_hook(ctx.annotator, cls, hook.method))
      out += "  bool " + std::string(hook.member) + "(rt::Object* other) override;\n";
  }
  if (str_hook(ctx.annotator, cls, "__hash__")) out += "  int64_t hash_hook() override;\n";
  if (str_hook(ctx.annotator, cls, "__bool__") ||
      (str_hook(ctx.annotator, cls, "__len__") && cls.class_attribute("__bool__") == nullptr))
    out += "  bool bool_hook() override;\n";
  for (const auto& [attr, slot] : cls.attributes) {
    if (slot.type.is_impossible()) continue;
    out += "  " + ctx.type(slot.type, {}) + " " + CppNames::field(attr) + "{};\n";
  }
  std::string init = "    class_id = " + std::to_string(ctx.class_ids.at(&cls).first) + ";\n";
  const auto* entity = static_cast<const flow::ClassEntity*>(cls.entity);
  auto init_constant = [&](const std::string& attr, const flow::ConstValue& value) {
    annotator::ClassDef* definer = const_cast<ClassDef&>(cls).definer_of(attr);
    if (definer == nullptr) return;
    const Type& field = definer->own_attribute(attr)->type;
    FunctionEmitter fe(ctx, *ctx.annotator.specializations()[0]);
    Type constant_type = Type::of_constant(value);
    init += "    " + CppNames::field(attr) + " = " +
            fe.convert(fe.constant(value, constant_type), constant_type, field) + ";\n";
  };
  for (const auto& [attr, value] : entity->attributes) {
    if (!value.is_entity()) init_constant(attr, value);
  }
  // A field of this class holding a constant a base class defines (the
  // field lives here when only instances of this class read it).
  for (const auto& [attr, slot] : cls.attributes) {
    const flow::ConstValue* inherited = cls.class_attribute(attr);
    if (entity->own_attribute(attr) == nullptr && inherited != nullptr && !inherited->is_entity())
      init_constant(attr, *inherited);
  }
  for (const auto& [attr, value] : entity->computed) {
    annotator::ClassDef* definer = const_cast<ClassDef&>(cls).definer_of(attr);
    if (definer == nullptr) continue;  // never read through an instance
    const Type& field = definer->own_attribute(attr)->type;
    std::string shared = entity->qualname + "." + attr;
    FunctionEmitter fe(ctx, *ctx.annotator.specializations()[0]);
    init += "    " + CppNames::field(attr) + " = " +
            fe.convert(CppNames::global(shared), ctx.annotator.globals().at(shared).type, field) +
            ";\n";
  }
  if (copyable) out += copy_methods(ctx, cls);
  if (cls.is_exception) {
    // Exceptions are built with the arguments of their base's constructors.
    out += "  template <class... Args>\n  explicit " + name + "(Args&&... args) : " + base +
           "(std::forward<Args>(args)...) {\n" + init + "  }\n";
    out +=
        "  [[noreturn]] void raise() override {\n    capture_traceback();\n"
        "    rt::detail::g_in_flight = this;\n    throw this;\n  }\n";
  } else {
    out += "  " + name + "() {\n" + init + "  }\n";
  }
  return out + "};\n";
}

// The structs of the program's closures (declared first: a cell may hold
// a closure of its own function), one per closure type, from the
// make_closure operations that create them.
std::string closure_structs(ProgramContext& ctx) {
  std::map<std::string, const Type*> closures;
  for (const auto& spec : ctx.annotator.specializations()) {
    for (const auto& [value, type] : spec->types) {
      if (type.kind == annotator::TypeKind::kClosure)
        closures.emplace(CppNames::closure(type), &type);
    }
  }
  std::string out;
  for (const auto& [name, type] : closures) out += "struct " + name + ";\n";
  for (const auto& [name, type] : closures) {
    out += "struct " + name + " {\n";
    for (size_t i = 0; i < type->items.size(); ++i)
      out += "  " + ctx.type(type->items[i], {}) + " c" + std::to_string(i) + ";\n";
    out += "};\n";
  }
  return out;
}

// rt::py_iter of the classes whose instances the runtime iterates
// (list(obj), sum(obj) ...; annotator: instance_iterator), found by
// argument-dependent lookup: __iter__'s result when it is an iterator (a
// generator method), else a NextIter_ struct over the instance it returns,
// whose next() calls __next__ until it raises StopIteration.
std::string instance_iterators(ProgramContext& ctx, const std::vector<const ClassDef*>& classes) {
  std::string out;
  std::set<std::string> structs;
  for (const ClassDef* c : classes) {
    const annotator::Specialization* iter = str_hook(ctx.annotator, *c, "__iter__");
    if (iter == nullptr) continue;
    const Type r = iter->result_type();
    std::string call = ctx.names.function(iter) + "(o)";
    std::string head = "[[maybe_unused]] static inline auto py_iter(" + ctx.names.cls(c) + "* o) {";
    if (r.kind == annotator::TypeKind::kIterator) {
      out += head + " return " + call + "; }\n";
      continue;
    }
    if (r.kind != annotator::TypeKind::kInstance || r.cls == nullptr) continue;
    const flow::ConstValue* next = r.cls->class_attribute("__next__");
    if (next == nullptr || !next->is_entity()) continue;
    const annotator::Specialization* next_spec = nullptr;
    for (const auto& spec : ctx.annotator.specializations()) {
      if (spec->function == next->entity) next_spec = spec.get();
    }
    if (next_spec == nullptr || next_spec->result_type().is_impossible()) continue;
    std::string name = "NextIter_" + ctx.names.cls(r.cls);
    if (structs.insert(name).second) {
      out += "struct " + name + " {\n  using Item = " + ctx.type(next_spec->result_type(), {}) +
             ";\n  " + ctx.type(r, {}) + " o;\n  bool next(Item& out) {\n" +
             "    const int depth = rt::g_depth;\n    try {\n      out = " +
             ctx.names.function(next_spec) + "(o);\n      return true;\n" +
             "    } catch (rt::StopIteration* e) {\n      e->caught_at(depth);\n" +
             "      return false;\n    }\n  }\n};\n";
    }
    out += head + " return " + name + "{" + call + "}; }\n";
  }
  return out;
}

// The runtime headers of the standard-library modules the program imports.
// They stay out of runtime/program.h, the header every program compiles
// with precompiled, so a program pays for the modules it uses only.
std::string module_includes(const flow::Program& program) {
  static const std::map<std::string, std::string> kHeaders = {
      {"bisect", "heapq_module.h"},
      {"collections", "collections_module.h"},
      {"functools", "functools_module.h"},
      {"heapq", "heapq_module.h"},
      {"itertools", "itertools_module.h"},
      {"random", "random_module.h"},
      {"re", "re_module.h"},
      {"time", "time_module.h"},
      {"os", "os_module.h"},
      {"os.path", "os_module.h"},
      {"base64", "binascii_module.h"},
      {"binascii", "binascii_module.h"},
      {"copy", "copy_module.h"}};
  std::set<std::string> headers;
  for (const std::string& module : program.imported_provided_modules()) {
    auto it = kHeaders.find(module);
    if (it != kHeaders.end()) headers.insert(it->second);
  }
  std::string out;
  for (const std::string& h : headers) out += "#include \"runtime/" + h + "\"\n";
  return out;
}

}  // namespace

std::optional<std::string> emit_program(annotator::Annotator& annotator, const EmitOptions& options,
                                        DiagnosticSink& sink) {
  std::vector<const ClassDef*> classes = user_classes(annotator);
  ProgramContext ctx{annotator, options, sink, CppNames(annotator), number_classes(classes), false,
                     {},        {},      {}};
  std::ostringstream out;
  out << "// Generated by Krait from " << options.script_name << ". Do not edit.\n";
  out << ctypes_link_flags(annotator.program(), options.linked_libraries);
  if (options.int_mode == IntMode::kBig)
    out << "#include \"runtime/big_int_ops.h\"\n#include \"runtime/big_int_text.h\"\n"
           "#include \"runtime/big_number.h\"\n";
  out << kIncludes;
  out << module_includes(annotator.program()) << '\n';

  // A Python function may recurse until it raises (RecursionError, or its own
  // exception at the bottom); GCC cannot see that raising ends it.
  out << "#pragma GCC diagnostic ignored \"-Winfinite-recursion\"\n\n";
  out << "namespace program {\n\n";
  out << ctypes_declarations(ctx);
  for (const ClassDef* c : classes) out << "struct " << ctx.names.cls(c) << ";\n";
  for (const auto& spec : annotator.specializations()) {
    if (spec->is_generator) out << "struct " << ctx.names.frame(spec.get()) << ";\n";
  }
  out << closure_structs(ctx);
  // (Globals first: class constructors read the computed class attributes.)
  for (const auto& [name, slot] : annotator.globals()) {
    out << "static " << ctx.type(slot.type, {}) << " " << CppNames::global(name) << "{};\n";
  }
  for (const auto& spec : annotator.specializations()) {
    if (spec->function != nullptr && spec->function->is_module_body)
      out << "static bool " << CppNames::imported_flag(ctx.names.function(spec.get()))
          << " = false;\n";
  }
  bool copyable = annotator.program().imported_provided_modules().count("copy") != 0;
  for (const ClassDef* c : classes) out << class_struct(ctx, *c, copyable) << '\n';

  std::string declarations;
  std::vector<std::string> definitions;
  for (const auto& spec : annotator.specializations()) {
    FunctionEmitter fe(ctx, *spec);
    declarations += "static inline " + fe.signature() + ";\n";
    FunctionEmitter body(ctx, *spec);
    definitions.push_back(body.definition());
    out << body.frame_struct();
  }
  out << '\n' << declarations << '\n';
  out << ctypes_callbacks(ctx);
  out << instance_iterators(ctx, classes) << '\n';
  out << "static const rt::TraceSite krait_sites[] = {\n";
  for (const std::string& site : ctx.trace_sites) out << "    " << site << ",\n";
  if (ctx.trace_sites.empty()) out << "    {\"\", 0, \"\", \"\"},\n";  // no empty arrays in C++
  out << "};\n\n";
  for (const ClassDef* c : classes) out << str_hook_definitions(ctx, *c);
  out << '\n';
  for (const std::string& d : definitions) out << d << '\n';
  out << "static void run_module() { module_body(); }\n\n"
      << "}  // namespace program\n\n"
      << "int main(int argc, char** argv) {\n"
      << "  rt::init(argc, argv, \"" << options.script_name << "\");\n"
      << "  return rt::run_main(&program::run_module);\n"
      << "}\n";
  if (ctx.failed || sink.has_errors()) return std::nullopt;
  return out.str();
}

}  // namespace krait::backend
