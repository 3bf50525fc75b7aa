#include "ctypes_support/header_check.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "ctypes_support/c_decls.h"
#include "ctypes_support/c_diagnostic.h"
#include "ctypes_support/c_entities.h"
#include "ctypes_support/header_reader.h"
#include "translator/flowgraph/ctypes_module.h"

namespace krait::ctypes_support {
namespace {

using krait::ctypes::CKind;
using krait::ctypes::SimpleKind;
using PyType = krait::ctypes::CType;

// The headers named in a `# krait: c-header A.h, B.h` comment on a line.
std::vector<std::string> pragma_headers(std::string_view line) {
  const std::string marker = "# krait: c-header";
  size_t at = line.find(marker);
  if (at == std::string_view::npos) return {};
  std::vector<std::string> out;
  std::string rest(line.substr(at + marker.size()));
  for (char& c : rest) c = c == ',' ? ' ' : c;
  size_t i = 0;
  while (i < rest.size()) {
    while (i < rest.size() && rest[i] == ' ') ++i;
    size_t j = i;
    while (j < rest.size() && rest[j] != ' ') ++j;
    if (j > i) out.push_back(rest.substr(i, j - i));
    i = j;
  }
  return out;
}

// A header as the program names it ("zlib.h", "<math.h>", "include/x.h"):
// the file itself when it exists from the current folder, else found in
// the system's include folders as `#include <...>` would find it.
std::string resolve_header(std::string name) {
  if (name.size() > 2 && name.front() == '<' && name.back() == '>')
    name = name.substr(1, name.size() - 2);
  if (std::filesystem::exists(name)) return name;
  for (const std::string& dir : system_include_dirs()) {
    std::filesystem::path candidate = std::filesystem::path(dir) / name;
    if (std::filesystem::exists(candidate)) return candidate.string();
  }
  return name;
}

// How a Python ctypes type is written: c_int, POINTER(c_int), c_int * 4, Point.
std::string spelling(const PyType* t) {
  if (t == nullptr) return "None";
  switch (t->kind) {
    case CKind::kPointer:
      return "POINTER(" + spelling(t->target) + ")";
    case CKind::kArray:
      return spelling(t->target) + " * " + std::to_string(t->length);
    case CKind::kFunctionPointer:
      return "CFUNCTYPE(...)";
    default:
      return t->python_name();
  }
}

class Checker {
 public:
  Checker(flow::Program& program, DiagnosticSink& sink,
          std::deque<std::unique_ptr<SourceFile>>& c_files)
      : program_(program), sink_(sink), c_files_(c_files) {}

  // Reads (once) a header; null after reporting.
  const CHeader* header(const std::string& name, const HeaderCheckOptions& check,
                        const SourceRange& named_at) {
    auto it = headers_.find(name);
    if (it != headers_.end()) return it->second ? &*it->second : nullptr;
    ReadOptions options;
    options.header = resolve_header(name);
    options.flags = check.flags;
    options.use_cache = check.use_cache;
    ReadResult r = read_c_header(options);
    if (r.status != ReadResult::Status::kOk) {
      Diagnostic d;
      d.range = named_at;
      d.message = "cannot read the C header '" + name + "'";
      DiagnosticSink scratch;
      report_c_diagnostics(r.diagnostics, scratch, c_files_);
      for (const Diagnostic& n : scratch.diagnostics()) {
        Diagnostic note = n;
        note.severity = Severity::kNote;
        d.notes.push_back(note);
      }
      sink_.report(d);
      ok_ = false;
      headers_[name] = std::nullopt;
      return nullptr;
    }
    headers_[name] = std::move(r.header);
    return &*headers_[name];
  }

  // The error at `where` with a note showing the C declaration.
  void mismatch(const SourceRange& where, const std::string& message, const CLocation& c_at,
                const std::string& c_declaration) {
    Diagnostic d;
    d.range = where;
    d.message = message;
    CDiagnostic note;
    note.severity = Severity::kNote;
    note.location = c_at;
    // A header of the program's own is shown as the program named it.
    std::error_code ec;
    std::string cwd = std::filesystem::current_path(ec).string() + "/";
    if (!ec && note.location.file.rfind(cwd, 0) == 0)
      note.location.file = note.location.file.substr(cwd.size());
    note.message = "the C declaration: " + c_declaration;
    DiagnosticSink scratch;
    report_c_diagnostics({note}, scratch, c_files_);
    d.notes = scratch.diagnostics();
    sink_.report(d);
    ok_ = false;
  }

  // Whether Python type `py` matches C type `c` (typedefs resolved).
  bool matches(const PyType* py, const CType& c, const CHeader& h) {
    if (c.kind == CTypeKind::kEnum) return matches(py, c.integer(), h);
    if (py == nullptr) return c.kind == CTypeKind::kVoid;
    switch (py->kind) {
      case CKind::kSimple:
        return simple_matches(*py, c);
      case CKind::kPointer:
        if (c.kind != CTypeKind::kPointer) return false;
        if (c.pointee().kind == CTypeKind::kVoid) return true;  // void *: any pointer
        if (py->target != nullptr && py->target->is_record() && !py->target->fields_set)
          return opaque_matches(c.pointee());
        return matches(py->target, c.pointee(), h);
      case CKind::kArray:
        return c.kind == CTypeKind::kArray && c.array_length == py->length &&
               matches(py->target, c.element(), h);
      case CKind::kStruct:
      case CKind::kUnion: {
        const CRecord* r = c.kind == CTypeKind::kRecord ? h.record_of(c) : nullptr;
        return r != nullptr && record_matches(*py, *r, h);
      }
      case CKind::kFunctionPointer: {
        if (!c.is_function_pointer()) return false;
        const CType& fn = c.pointee();
        std::vector<CType> params = fn.params();
        if (params.size() != py->argtypes.size() || !matches(py->restype, fn.result(), h))
          return false;
        for (size_t i = 0; i < params.size(); ++i)
          if (!matches(py->argtypes[i], params[i], h)) return false;
        return true;
      }
    }
    return false;
  }

  // A Structure or Union without _fields_ is an opaque handle, used only
  // through pointers: it matches any C record, complete or not (what it
  // points to is C's business, as in C with `struct S;`).
  static bool opaque_matches(const CType& c) { return c.kind == CTypeKind::kRecord; }

  bool simple_matches(const PyType& py, const CType& c) {
    int bits = static_cast<int>(py.size * 8);
    switch (py.simple) {
      case SimpleKind::kBool:
        return c.kind == CTypeKind::kBool;
      case SimpleKind::kChar:
        return c.kind == CTypeKind::kInt && c.bits == 8;
      case SimpleKind::kSigned:
      case SimpleKind::kUnsigned:
        return c.kind == CTypeKind::kInt && c.bits == bits &&
               (c.is_char || c.is_signed == (py.simple == SimpleKind::kSigned));
      case SimpleKind::kFloat:
        return c.kind == CTypeKind::kFloat && c.bits == bits;
      case SimpleKind::kCharP:
        return c.kind == CTypeKind::kPointer && c.pointee().kind == CTypeKind::kInt &&
               c.pointee().bits == 8;
      case SimpleKind::kVoidP:
        return c.kind == CTypeKind::kPointer;
      case SimpleKind::kWChar:  // wchar_t: a 32-bit int on Linux
        return c.kind == CTypeKind::kInt && c.bits == 32;
      case SimpleKind::kWCharP:
        return c.kind == CTypeKind::kPointer && c.pointee().kind == CTypeKind::kInt &&
               c.pointee().bits == 32;
    }
    return false;
  }

  bool record_matches(const PyType& py, const CRecord& r, const CHeader& h) {
    if (!compared_.insert({&py, &r}).second) return true;  // under comparison (recursive types)
    return !record_difference(py, r, h);
  }

  // The first difference between a Python record and a C one, in words;
  // nullopt when they lay out the same. C's fields are found by name (an
  // unnamed member by a field listed in _anonymous_ at its offset); a field
  // C does not have must be padding (its name starts with '_'); a C integer
  // may be a bit field of its width in Python (how bindgen places a field in
  // the storage unit of the bit fields before it, as C does).
  std::optional<std::string> record_difference(const PyType& py, const CRecord& r,
                                               const CHeader& h) {
    if (r.is_union != (py.kind == CKind::kUnion))
      return std::string("C declares a ") + (r.is_union ? "union" : "struct");
    if (!r.complete) return std::string("C declares it without fields");
    std::vector<int64_t> offsets = layout_offsets(py);
    std::vector<bool> used(py.fields.size());
    for (const CField& c : r.fields) {
      std::optional<size_t> i = python_field(py, c, offsets, used);
      if (!i) return "C's field '" + (c.name.empty() ? "(unnamed)" : c.name) + "' is missing";
      used[*i] = true;
      const krait::ctypes::CField& f = py.fields[*i];
      std::string field = "field '" + f.name + "'";
      int c_bits = c.bit_width.value_or(0);
      if (f.bits == c_bits) {
        if (!matches(f.type, c.type, h))
          return field + " is " + spelling(f.type) + ", but '" + c.type.spelling + "' in C";
      } else if (c_bits != 0 || !integer_as_bit_field(f, c.type)) {
        return field + " has " + std::to_string(f.bits) + " bits, but " + std::to_string(c_bits) +
               " in C";
      }
      if (offsets[*i] != c.offset_bits) {
        bool bits = offsets[*i] % 8 != 0 || c.offset_bits % 8 != 0;
        int64_t unit = bits ? 1 : 8;
        return field + " is at " + (bits ? "bit " : "byte ") + std::to_string(offsets[*i] / unit) +
               ", but at " + (bits ? "bit " : "byte ") + std::to_string(c.offset_bits / unit) +
               " in C";
      }
    }
    for (size_t i = 0; i < py.fields.size(); ++i) {
      if (!used[i] && py.fields[i].name.rfind('_', 0) != 0)
        return "field '" + py.fields[i].name + "' is not in C (padding is named '_...')";
    }
    if (record_size(py) != r.size)
      return "its size is " + std::to_string(record_size(py)) + " bytes, but " +
             std::to_string(r.size) + " in C";
    return std::nullopt;
  }

  // The Python field for C's field `c`, not yet `used`.
  static std::optional<size_t> python_field(const PyType& py, const CField& c,
                                            const std::vector<int64_t>& offsets,
                                            const std::vector<bool>& used) {
    for (size_t i = 0; i < py.fields.size(); ++i) {
      const krait::ctypes::CField& f = py.fields[i];
      if (used[i]) continue;
      bool anonymous = std::count(py.anonymous.begin(), py.anonymous.end(), f.name) != 0;
      if (c.name.empty() ? anonymous && offsets[i] == c.offset_bits : f.name == c.name) return i;
    }
    return std::nullopt;
  }

  // A C integer field written as a Python bit field of its width and signedness.
  static bool integer_as_bit_field(const krait::ctypes::CField& f, const CType& c) {
    return f.bits > 0 && c.kind == CTypeKind::kInt && c.bits == f.bits &&
           (c.is_char || c.is_signed == (f.type->simple == SimpleKind::kSigned));
  }

  // The bit offset of each field as C (GCC, x86-64) lays out the record.
  std::vector<int64_t> layout_offsets(const PyType& py) {
    std::vector<int64_t> out;
    int64_t bit = 0;
    for (const krait::ctypes::CField& f : py.fields) {
      int64_t align = field_align(py, *f.type) * 8;
      int64_t size = type_size(*f.type) * 8;
      if (py.kind == CKind::kUnion) {
        out.push_back(0);
        continue;
      }
      if (f.bits > 0) {
        // A bit field starts in the storage unit of its type at the current
        // bit unless it would straddle that unit's end (no packing).
        if (py.pack == 0 && (bit / size) != ((bit + f.bits - 1) / size))
          bit = (bit + size - 1) / size * size;
        out.push_back(bit);
        bit += f.bits;
      } else {
        bit = (bit + align - 1) / align * align;
        out.push_back(bit);
        bit += size;
      }
    }
    return out;
  }

  int64_t field_align(const PyType& record, const PyType& t) {
    int64_t a = type_align(t);
    return record.pack > 0 ? std::min(a, record.pack) : a;
  }

  int64_t type_align(const PyType& t) {
    if (t.kind == CKind::kArray) return type_align(*t.target);
    if (!t.is_record()) return t.align;
    int64_t a = 1;
    for (const krait::ctypes::CField& f : t.fields) a = std::max(a, field_align(t, *f.type));
    return a;
  }

  int64_t type_size(const PyType& t) {
    if (t.kind == CKind::kArray) return type_size(*t.target) * t.length;
    if (t.is_record()) return record_size(t);
    return t.size;
  }

  int64_t record_size(const PyType& t) {
    std::vector<int64_t> offsets = layout_offsets(t);
    int64_t end = 0;
    for (size_t i = 0; i < t.fields.size(); ++i) {
      int64_t size = t.fields[i].bits > 0 ? t.fields[i].bits : type_size(*t.fields[i].type) * 8;
      end = std::max(end, offsets[i] + size);
    }
    int64_t align = type_align(t) * 8;
    return (end + align - 1) / align * align / 8;
  }

  // The ctypes type a C type becomes where a header supplies a prototype;
  // null when ctypes has none Krait can use (reported by the caller).
  const PyType* ctypes_type(const CType& c, const CHeader& h) {
    if (c.kind == CTypeKind::kEnum) return ctypes_type(c.integer(), h);
    auto simple = [&](const char* name) { return flow::ctypes_simple_type(program_, name); };
    switch (c.kind) {
      case CTypeKind::kBool:
        return simple("c_bool");
      case CTypeKind::kInt: {
        static const std::map<std::pair<int, bool>, const char*> kInts = {
            {{8, true}, "c_byte"},     {{8, false}, "c_ubyte"}, {{16, true}, "c_short"},
            {{16, false}, "c_ushort"}, {{32, true}, "c_int"},   {{32, false}, "c_uint"},
            {{64, true}, "c_long"},    {{64, false}, "c_ulong"}};
        if (c.is_char) return simple("c_char");
        auto it = kInts.find({c.bits, c.is_signed});
        return it == kInts.end() ? nullptr : simple(it->second);
      }
      case CTypeKind::kFloat:
        return simple(c.bits == 32 ? "c_float" : c.bits == 64 ? "c_double" : "c_longdouble");
      case CTypeKind::kPointer: {
        const CType& p = c.pointee();
        if (p.kind == CTypeKind::kInt && p.bits == 8) return simple("c_char_p");
        if (p.kind == CTypeKind::kVoid || p.kind == CTypeKind::kFunction ||
            p.kind == CTypeKind::kRecord)
          return simple("c_void_p");  // records: only those the program declares have a type
        const PyType* target = ctypes_type(p, h);
        return target ? flow::c_pointer_type(program_, target) : nullptr;
      }
      default:
        return nullptr;
    }
  }

  void check_function(krait::ctypes::CFunction& fn, const std::vector<const CHeader*>& headers) {
    const CFunction* c = nullptr;
    const CHeader* in = nullptr;
    for (const CHeader* h : headers) {
      if (c == nullptr && (c = h->find_function(fn.symbol)) != nullptr) in = h;
    }
    SourceRange where = fn.argtypes ? fn.argtypes_at : fn.restype_at;
    if (where.file == nullptr) where = fn.library->declared;
    if (c == nullptr) {
      sink_.error(where, "'" + fn.symbol + "' is not declared in the C header" +
                             (headers.size() == 1 ? " " + headers[0]->header
                                                  : "s of library " + fn.library->qualname));
      ok_ = false;
      return;
    }
    std::string decl = c->declaration;
    if (fn.argtypes) {
      const std::vector<const PyType*>& args = *fn.argtypes;
      bool count_ok =
          c->variadic ? args.size() >= c->params.size() : args.size() == c->params.size();
      if (!count_ok) {
        mismatch(fn.argtypes_at,
                 "argtypes of '" + fn.symbol + "' give " + std::to_string(args.size()) +
                     " argument" + (args.size() == 1 ? "" : "s") + ", but the C prototype takes " +
                     (c->variadic ? "at least " : "") + std::to_string(c->params.size()),
                 c->location, decl);
        return;
      }
      for (size_t i = 0; i < c->params.size(); ++i) {
        if (matches(args[i], c->params[i].type, *in)) continue;
        SourceRange at = i < fn.argtype_ranges.size() ? fn.argtype_ranges[i] : fn.argtypes_at;
        mismatch(at,
                 "argument " + std::to_string(i + 1) + " of '" + fn.symbol + "' is declared " +
                     spelling(args[i]) + ", but the C prototype's is '" +
                     c->params[i].type.spelling + "'",
                 c->location, decl);
        return;
      }
    } else {
      std::vector<const PyType*> supplied;
      for (const CParam& p : c->params) {
        const PyType* t = ctypes_type(p.type, *in);
        if (t == nullptr) {
          mismatch(where,
                   "'" + fn.symbol + "' takes a '" + p.type.spelling +
                       "', which has no ctypes type Krait can supply: set argtypes",
                   c->location, decl);
          return;
        }
        supplied.push_back(t);
      }
      fn.argtypes = std::move(supplied);
    }
    bool restype_set = fn.restype_at.file != nullptr;
    if (!matches(fn.restype, c->result, *in)) {
      // ctypes' default c_int is harmless for a void or narrower int result.
      bool default_ok = !restype_set &&
                        (c->result.kind == CTypeKind::kVoid ||
                         (c->result.kind == CTypeKind::kInt && c->result.bits <= 32) ||
                         c->result.kind == CTypeKind::kBool || c->result.kind == CTypeKind::kEnum);
      if (!default_ok) {
        mismatch(where,
                 restype_set ? "restype of '" + fn.symbol + "' is " + spelling(fn.restype) +
                                   ", but the C prototype returns '" + c->result.spelling + "'"
                             : "'" + fn.symbol + "' returns '" + c->result.spelling +
                                   "' but its restype is ctypes' default c_int: set restype",
                 c->location, decl);
      }
    }
  }

  void check_record(const PyType& py, const std::vector<const CHeader*>& headers) {
    for (const CHeader* h : headers) {
      const CRecord* r = h->find_record(py.python_name());
      if (r == nullptr || !r->complete) continue;
      compared_.clear();
      if (record_matches(py, *r, *h)) return;
      compared_ = {{&py, r}};  // the nested records are compared again
      std::string why = *record_difference(py, *r, *h);
      mismatch(py.declared,
               (py.kind == CKind::kUnion ? "Union '" : "Structure '") + py.python_name() +
                   "' does not match the C declaration: " + why,
               r->location, r->declaration);
      return;
    }
  }

  bool ok() const { return ok_; }

 private:
  flow::Program& program_;
  DiagnosticSink& sink_;
  std::deque<std::unique_ptr<SourceFile>>& c_files_;
  std::map<std::string, std::optional<CHeader>> headers_;
  std::set<std::pair<const PyType*, const CRecord*>> compared_;
  bool ok_ = true;
};

}  // namespace

bool check_c_declarations(flow::Program& program, const HeaderCheckOptions& options,
                          DiagnosticSink& sink, std::deque<std::unique_ptr<SourceFile>>& c_files) {
  Checker checker(program, sink, c_files);
  std::vector<const CHeader*> all;
  std::map<const krait::ctypes::CLibrary*, std::vector<const CHeader*>> by_library;
  for (const krait::ctypes::CLibrary* lib : program.c_libraries) {
    std::vector<std::string> names = options.headers;
    const SourceFile* file = lib->declared.file;
    std::set<int> lines = {lib->declared.begin.line - 1, lib->declared.begin.line,
                           lib->declared.end.line};
    for (int line : lines) {
      if (file == nullptr || line < 1) continue;
      for (std::string& h : pragma_headers(file->line(line))) names.push_back(std::move(h));
    }
    for (const std::string& name : names) {
      if (const CHeader* h = checker.header(name, options, lib->declared)) {
        by_library[lib].push_back(h);
        if (std::find(all.begin(), all.end(), h) == all.end()) all.push_back(h);
      }
    }
  }
  std::vector<krait::ctypes::CFunction*> functions;
  for (const auto& [key, fn] : program.c_functions) functions.push_back(fn);
  std::sort(functions.begin(), functions.end(),
            [](const auto* a, const auto* b) { return a->qualname < b->qualname; });
  for (krait::ctypes::CFunction* fn : functions) {
    auto headers = by_library.find(fn->library);
    if (headers != by_library.end() && !headers->second.empty())
      checker.check_function(*fn, headers->second);
  }
  for (const PyType* record : program.c_records) checker.check_record(*record, all);
  return checker.ok();
}

}  // namespace krait::ctypes_support
