// Blocks and links as C++: every variable is declared at the top of the
// function, each block is a label, each link a parallel assignment and a
// goto. A C++ compiler turns this back into the SSA it came from.
#include <cctype>
#include <set>

#include "backend/emitter.h"
#include "backend/trace_sites.h"

namespace krait::backend {

using annotator::Type;
using annotator::TypeKind;

void ProgramContext::unsupported(const SourceRange& where, const std::string& what) {
  if (failed) return;
  failed = true;
  sink.error(where, what + " not supported by the C++ backend yet");
}

std::string ProgramContext::type(const Type& t, const SourceRange& where) {
  std::string why;
  std::optional<std::string> out = cpp_type(t, names, options.int_mode, &why);
  if (!out) {
    if (!failed) {
      failed = true;
      sink.error(where, why);
    }
    return "rt::NoneType";
  }
  return *out;
}

std::string ProgramContext::return_type(const annotator::Specialization& spec) {
  return type(spec.result_type(), spec.graph->range());
}

std::string ProgramContext::instance_test(const std::string& value,
                                          const annotator::ClassDef* cls) {
  auto range = class_ids.find(cls);
  if (range == class_ids.end())  // a built-in exception class
    return "(dynamic_cast<" + names.cls(cls) + "*>(" + value + ") != nullptr)";
  return "rt::class_in(" + value + ", " + std::to_string(range->second.first) + ", " +
         std::to_string(range->second.last) + ")";
}

int ProgramContext::entity_id(const flow::Entity* entity) {
  return entity_ids.emplace(entity, static_cast<int>(entity_ids.size()) + 1).first->second;
}

int ProgramContext::trace_site(const std::string& function, const std::string& file,
                               const SourceRange& range, bool frameless) {
  std::string site = backend::trace_site(function, file, range, frameless);
  auto [it, added] = trace_site_index.emplace(site, static_cast<int>(trace_sites.size()));
  if (added) trace_sites.push_back(site);
  return it->second;
}

int FunctionEmitter::trace_site(const flow::Operation& op) {
  const flow::FunctionEntity* fn = spec_.function;
  return ctx_.trace_site(fn ? fn->name : "<module>", fn ? fn->module->trace_path : "", op.range,
                         frameless_);
}

void FunctionEmitter::set_trace_site(const flow::Operation& op) {
  int site = trace_site(op);
  if (site == last_site_) return;
  last_site_ = site;
  line("*krait_site = &krait_sites[" + std::to_string(site) + "];");
}

void FunctionEmitter::unsupported(const flow::Operation& op, const std::string& what) {
  ctx_.unsupported(op.range, what);
}

void FunctionEmitter::source_line(const SourceRange& range) {
  if (range.begin.line <= 0 || range.begin.line == last_line_) return;
  last_line_ = range.begin.line;
  body_ << "#line " << range.begin.line << " \""
        << (range.file != nullptr ? range.file->name() : ctx_.options.script_name) << "\"\n";
}

namespace {

// `text` contains `identifier` as a whole C++ identifier.
bool mentions(const std::string& text, const std::string& identifier) {
  auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (size_t at = text.find(identifier); at != std::string::npos;
       at = text.find(identifier, at + 1)) {
    bool starts = at == 0 || !is_word(text[at - 1]);
    size_t end = at + identifier.size();
    if (starts && (end == text.size() || !is_word(text[end]))) return true;
  }
  return false;
}

}  // namespace

std::string FunctionEmitter::signature() {
  std::string name = ctx_.names.function(&spec_);
  if (spec_.function == nullptr) return "rt::NoneType " + name + "()";
  std::string out = ctx_.return_type(spec_) + " " + name + "(";
  const flow::Block* start = spec_.graph->start();
  std::string body = body_.str();
  for (size_t i = 0; i < start->inputs.size(); ++i) {
    const flow::Value* p = start->inputs[i];
    // A parameter the generated body does not mention (a method's self,
    // often, or one whose only use was decided from its type) is unnamed.
    std::string name = CppNames::variable(p);
    // (A generator stores every parameter in its frame.)
    if (!mentions(body, name) && !spec_.is_generator) name = "/*" + name + "*/";
    out += (i ? ", " : "") + ctx_.type(type_of(p), spec_.graph->range()) + " " + name;
  }
  return out + ")";
}

std::string FunctionEmitter::definition() {
  std::vector<const flow::Block*> blocks;
  for (const flow::Block* b : spec_.graph->reachable_blocks()) {
    if (spec_.flowed.count(b) && b != spec_.graph->return_block() &&
        b != spec_.graph->except_block()) {
      blocks.push_back(b);
    }
  }
  for (const flow::Block* b : blocks) {
    for (const flow::Operation& op : b->operations) {
      used_.insert(op.args.begin(), op.args.end());
      // next() and dict displays write their result through the variable.
      if (op.kind == flow::OpKind::kNext || op.kind == flow::OpKind::kNewDict)
        used_.insert(op.result);
    }
    if (b->exitswitch != nullptr) used_.insert(b->exitswitch);
    for (const flow::Link& link : b->exits) {
      if (link.target == spec_.graph->except_block()) {
        used_.insert(link.args[1]);  // raising needs the exception, not its class
      } else if (link.target == spec_.graph->return_block()) {
        used_.insert(link.args[0]);
      }
    }
  }
  // A link's argument is read when the block input it becomes is.
  for (bool grew = true; grew;) {
    grew = false;
    for (const flow::Block* b : blocks) {
      for (const flow::Link& link : b->exits) {
        if (link.target == spec_.graph->except_block() ||
            link.target == spec_.graph->return_block())
          continue;
        for (size_t i = 0; i < link.args.size(); ++i) {
          if (used_.count(link.target->inputs[i]) && used_.insert(link.args[i]).second) grew = true;
        }
      }
    }
  }
  frameless_ = !spec_.is_generator && !needs_frame(blocks);
  for (const flow::Block* b : blocks) block(*b);
  std::string body = body_.str();
  // Declarations: every typed variable that is read and that the generated
  // body mentions (a None, or a value decided from its type, is not), except
  // the parameters.
  std::ostringstream decls;
  std::set<const flow::Value*> declared(spec_.graph->start()->inputs.begin(),
                                        spec_.graph->start()->inputs.end());
  auto declare = [&](const flow::Value* v) {
    if (v == nullptr || !used_.count(v) || !declared.insert(v).second) return;
    Type t = type_of(v);
    if (t.is_impossible() || !mentions(body, CppNames::variable(v))) return;
    // [[maybe_unused]]: a link into a block cut short by an operation that
    // never returns (on a value whose type stays impossible) sets variables
    // nothing reads, which -Wunused-but-set-variable would reject.
    decls << "  [[maybe_unused]] " << ctx_.type(t, spec_.graph->range()) << " "
          << CppNames::variable(v) << "{};\n";
  };
  for (const flow::Block* b : blocks) {
    for (const flow::Value* v : b->inputs) declare(v);
    for (const flow::Operation& op : b->operations) declare(op.result);
    for (const flow::Link& link : b->exits) {
      declare(link.last_exception);
      declare(link.last_exc_value);
    }
  }
  // The call's slot in the frame stack that tracebacks show (runtime/traceback.h),
  // cleared on entry even when no operation here stores into it.
  std::string frame;
  if (!frameless_) {
    frame = "  const int krait_depth = ++rt::g_depth;\n";
    frame += mentions(body, "krait_site")
                 ? "  const rt::TraceSite** const krait_site = rt::frame_slot(krait_depth);\n"
                 : "  rt::frame_slot(krait_depth);\n";
  }
  if (spec_.is_generator) return generator_definition(decls.str(), body);
  std::string definition =
      "static inline " + signature() + " {\n" + decls.str() + frame + body + "}\n";
  if (spec_.function != nullptr && spec_.function->memoized) return memoized(definition);
  return definition;
}

// @functools.cache / @lru_cache: the function's own code under another
// name, and under its name a wrapper that looks the arguments up in a
// cache of its results (one per specialization; a call that raises stores
// nothing, as in CPython). The cache is a dict of argument tuples, so the
// arguments must be hashable, as CPython requires.
std::string FunctionEmitter::memoized(const std::string& definition) {
  std::string name = ctx_.names.function(&spec_);
  std::string uncached = name + "_uncached";
  std::string out = definition;
  out.replace(out.find(" " + name + "("), name.size() + 2, " " + uncached + "(");
  std::string result = ctx_.return_type(spec_);
  std::string params, args, types;
  const flow::Block* start = spec_.graph->start();
  for (size_t i = 0; i < start->inputs.size(); ++i) {
    Type t = type_of(start->inputs[i]);
    if (t.kind == TypeKind::kList || t.kind == TypeKind::kDict || t.kind == TypeKind::kByteArray ||
        (t.kind == TypeKind::kSet && !annotator::resolve(t.set)->frozen)) {
      ctx_.unsupported(spec_.graph->range(), "a cached function (functools.cache) taking a " +
                                                 annotator::describe(t) +
                                                 " (unhashable, a TypeError in CPython) is");
      return out;
    }
    std::string cpp = ctx_.type(t, spec_.graph->range());
    std::string arg = "krait_a" + std::to_string(i);
    params += (i ? ", " : "") + cpp + " " + arg;
    args += (i ? ", " : "") + arg;
    types += (i ? ", " : "") + cpp;
  }
  std::string key = "rt::Tuple<" + types + ">";
  out += "static inline " + result + " " + name + "(" + params + ") {\n";
  out += "  static auto* const krait_cache = rt::Dict<" + key + ", " + result + ">::make();\n";
  out += "  " + key + " krait_key(" + args + ");\n";
  out += "  if (const auto* hit = krait_cache->find_value(krait_key)) return *hit;\n";
  out += "  " + result + " krait_result = " + uncached + "(" + args + ");\n";
  out += "  krait_cache->set_item(krait_key, krait_result);\n";
  out += "  return krait_result;\n}\n";
  return out;
}

// A generator's locals live in its frame (a GC-allocated struct), so they
// survive from one next() to the next; next() resumes after the yield that
// suspended it, and a frame that returned or raised is exhausted.
std::string FunctionEmitter::generator_definition(const std::string& decls,
                                                  const std::string& body) {
  std::string frame = ctx_.names.frame(&spec_);
  const flow::Block* start = spec_.graph->start();
  std::string params;
  std::string store;
  for (const flow::Value* p : start->inputs) {
    std::string name = CppNames::variable(p);
    params += "  " + ctx_.type(type_of(p), spec_.graph->range()) + " " + name + "{};\n";
    store += "  krait_frame->" + name + " = " + name + ";\n";
  }
  frame_struct_ = "struct " + frame +
                  " {\n  using Item = " + ctx_.type(spec_.yielded.type, spec_.graph->range()) +
                  ";\n" + params + decls +
                  (has_runtime_value(spec_.return_type)
                       ? "  " + ctx_.type(spec_.return_type, spec_.graph->range()) +
                             " krait_return{};  // what it returned (yield from's value)\n"
                       : std::string()) +
                  "  int krait_resume = 0;  // 0: not started, k: after the k-th yield, -1: done\n"
                  "  bool next(Item& krait_out);\n};\n";
  std::string out = "static inline " + signature() + " {\n  auto* krait_frame = rt::gc_new<" +
                    frame + ">();\n" + store + "  return {krait_frame};\n}\n";
  out += "bool " + frame + "::next(Item& krait_out) {\n";
  out += "  const int krait_depth = ++rt::g_depth;\n";
  if (mentions(body, "krait_site"))
    out += "  const rt::TraceSite** const krait_site = rt::frame_slot(krait_depth);\n";
  else
    out += "  rt::frame_slot(krait_depth);\n";
  out += "  switch (std::exchange(krait_resume, -1)) {\n    case 0:\n      break;\n";
  for (size_t k = 1; k <= resume_points_; ++k)
    out +=
        "    case " + std::to_string(k) + ":\n      goto krait_resume_" + std::to_string(k) + ";\n";
  out += "    default:\n      rt::g_depth = krait_depth - 1;\n      return false;\n  }\n";
  return out + body + "}\n";
}

bool FunctionEmitter::needs_frame(const std::vector<const flow::Block*>& blocks) {
  for (const flow::Block* b : blocks) {
    for (const flow::Operation& op : b->operations) {
      if (op.kind == flow::OpKind::kType || (may_raise(op) && !passes_site(op))) return true;
    }
    for (const flow::Link& link : b->exits) {
      if (link.target == spec_.graph->except_block()) return true;  // raise
      if (!link.exitcase || !link.exitcase->is_entity()) continue;
      // An except clause needs the frame; a for loop's end of iteration does not.
      // (An instance's __next__ raises StopIteration: caught, so a frame.)
      const flow::Operation& last = b->operations.back();
      bool loop_end = last.kind == flow::OpKind::kNext &&
                      type_of(last.args[0]).kind != TypeKind::kInstance &&
                      link.exitcase->entity->qualname == "StopIteration";
      if (!loop_end) return true;
    }
  }
  return false;
}

void FunctionEmitter::block(const flow::Block& b) {
  if (&b != spec_.graph->start()) body_ << label(&b) << ":;\n";
  last_site_ = -1;
  for (size_t i = 0; i < b.operations.size(); ++i) {
    const flow::Operation& op = b.operations[i];
    bool last_raises = b.raises && i + 1 == b.operations.size();
    if (last_raises) break;  // emitted with the exits
    bool args_known = true;
    for (const flow::Value* a : op.args) args_known = args_known && !type_of(a).is_impossible();
    if (!args_known) {
      line("std::abort();  // not reached: the annotator found no value here");
      return;
    }
    operation(op);
    if (type_of(op.result).is_impossible()) {
      line("std::abort();  // not reached: the operation above never returns");
      return;
    }
  }
  exits(b);
}

void FunctionEmitter::exits(const flow::Block& b) {
  if (b.raises) {
    raising_exits(b);
    return;
  }
  if (b.exits.size() == 1) {
    follow(b.exits[0], b);
    return;
  }
  Type sw = type_of(b.exitswitch);
  for (const flow::Link& link : b.exits) {
    bool case_true =
        link.exitcase->kind == flow::ConstValue::Kind::kBool && link.exitcase->bool_value;
    if (sw.constant && sw.constant->kind == flow::ConstValue::Kind::kBool &&
        sw.constant->bool_value != case_true) {
      continue;
    }
    if (!spec_.flowed.count(link.target) && link.target != spec_.graph->return_block() &&
        link.target != spec_.graph->except_block()) {
      continue;  // a branch the annotator proved impossible
    }
    line(std::string("if (") + (case_true ? "" : "!") + value(b.exitswitch) + ") {");
    follow(link, b);
    line("}");
  }
  line("std::abort();  // not reached");
}

// The last operation of the block may raise into the exception exits.
void FunctionEmitter::raising_exits(const flow::Block& b) {
  const flow::Operation& op = b.operations.back();
  const flow::Link& normal = b.exits[0];
  size_t first_handler = 1;
  if (op.kind == flow::OpKind::kNext && type_of(op.args[0]).kind != TypeKind::kInstance &&
      b.exits.size() > 1 && b.exits[1].exitcase->entity->qualname == "StopIteration") {
    // Iterators report exhaustion by returning false, not by throwing; a
    // generator's body may raise anything.
    source_line(op.range);
    if (type_of(op.args[0]).iter == annotator::IterKind::kGenerator) set_trace_site(op);
    if (type_of(op.result).is_impossible()) {  // iterating over an empty list literal
      std::string it = value(op.args[0]);
      line("if (decltype(" + it + ")::Item krait_none{}; !" + it + ".next(krait_none)) {");
      follow(b.exits[1], b);
      line("}");
      line("std::abort();  // not reached: the iterable is always empty");
      return;
    }
    first_handler = 2;
    // Other exceptions come from the iterator's own code (a generator's).
    bool handled = first_handler < b.exits.size();
    if (handled) line("try {");
    if (ctx_.options.int_mode == IntMode::kBig) {  // the items may be int64_t (range)
      line("if (!rt::next_into(" + value(op.args[0]) + ", " + CppNames::variable(op.result) +
           ")) {");
    } else {
      line("if (!" + value(op.args[0]) + ".next(" + CppNames::variable(op.result) + ")) {");
    }
    follow(b.exits[1], b);
    line("}");
    if (!handled) {
      follow(normal, b);
      return;
    }
  } else {
    line("try {");
    operation(op);
  }
  line("} ");
  for (size_t i = first_handler; i < b.exits.size(); ++i) {
    const flow::Link& link = b.exits[i];
    const annotator::ClassDef* cls = ctx_.annotator.classdef(link.exitcase->entity);
    line("catch (" + ctx_.names.cls(cls) + "* e) {");
    line("  e->caught_at(krait_depth);");
    if (link.last_exc_value != nullptr && used_.count(link.last_exc_value) &&
        !type_of(link.last_exc_value).is_impossible()) {
      line("  " + CppNames::variable(link.last_exc_value) + " = e;");
    } else {
      line("  (void)e;");
    }
    follow(link, b);
    line("}");
  }
  if (type_of(op.result).is_impossible()) {
    line("std::abort();  // not reached: the operation above never returns");
    return;
  }
  follow(normal, b);
}

void FunctionEmitter::follow(const flow::Link& link, const flow::Block& from) {
  (void)from;
  const flow::Block* target = link.target;
  if (target == spec_.graph->return_block()) {
    const flow::Value* v = link.args[0];
    if (!frameless_) line("rt::g_depth = krait_depth - 1;");
    if (spec_.function == nullptr) {
      line("return rt::None;");
    } else if (spec_.is_generator) {
      if (has_runtime_value(spec_.return_type) && has_runtime_value(type_of(v)))
        line("krait_return = " + convert(value(v), type_of(v), spec_.return_type) + ";");
      line("return false;");  // exhausted (krait_resume is -1 since next() began)
    } else {
      line("return " + convert(value(v), type_of(v), spec_.return_type) + ";");
    }
    return;
  }
  if (target == spec_.graph->except_block()) {
    line("rt::raise(" + value(link.args[1]) + ");");
    return;
  }
  // Parallel assignment: through temporaries when a target is also a source.
  std::set<const flow::Value*> targets(target->inputs.begin(), target->inputs.end());
  bool overlap = false;
  for (const flow::Value* a : link.args) overlap = overlap || targets.count(a);
  std::vector<std::string> sources;
  for (size_t i = 0; i < link.args.size(); ++i) {
    const flow::Value* input = target->inputs[i];
    if (type_of(input).is_impossible() || !used_.count(input)) {  // nothing reads it
      sources.push_back("");
      continue;
    }
    sources.push_back(convert(value(link.args[i]), type_of(link.args[i]), type_of(input)));
  }
  if (overlap) {
    line("{");
    for (size_t i = 0; i < sources.size(); ++i) {
      if (!sources[i].empty()) line("  auto t" + std::to_string(i) + " = " + sources[i] + ";");
    }
    for (size_t i = 0; i < sources.size(); ++i) {
      if (!sources[i].empty())
        line("  " + CppNames::variable(target->inputs[i]) + " = t" + std::to_string(i) + ";");
    }
    line("}");
  } else {
    for (size_t i = 0; i < sources.size(); ++i) {
      if (!sources[i].empty())
        line(CppNames::variable(target->inputs[i]) + " = " + sources[i] + ";");
    }
  }
  line("goto " + label(target) + ";");
}

}  // namespace krait::backend
