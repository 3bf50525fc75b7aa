#include "ctypes_support/bindgen.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <vector>

#include "ctypes_support/ctypes_names.h"

namespace krait::ctypes_support {
namespace {

bool is_internal(const std::string& name) {
  return name.rfind("__", 0) == 0;
}

std::string basename(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

template <typename T>
const T* find_exact(const std::vector<T>& items, const std::string& name) {
  for (const T& item : items) {
    if (item.name == name) return &item;
  }
  return nullptr;
}

// Writes the module's type section on demand: asking for a type's Python
// expression first writes whatever that expression names.
class Generator {
 public:
  Generator(const CHeader& header, const BindgenOptions& options) : h_(header), options_(options) {
    for (const CFunction& f : h_.functions) ordinary_[f.name] = "";
    for (const CMacro& m : h_.macros) ordinary_[m.name] = "";
    for (const CEnum& e : h_.enums) {
      for (const CEnumConstant& c : e.constants) ordinary_[c.name] = "";
    }
    for (const CTypedef& t : h_.typedefs) {
      ordinary_[t.name] = t.type.kind == CTypeKind::kRecord ? t.type.record_name : "";
    }
  }

  std::string run() {
    std::ostringstream out;
    out << "# ctypes declarations of " << basename(h_.header) << ", written by `krait bindgen`.\n"
        << "# Regenerate rather than edit.\n"
        << "import ctypes\n"
        << "import ctypes.util\n\n";
    if (options_.lib.empty()) {
      out << "_lib = ctypes.CDLL(None)";
    } else {
      out << "_lib = ctypes.CDLL(ctypes.util.find_library(\"" << options_.lib << "\"))";
    }
    if (!options_.header_comment.empty()) out << "  # krait: c-header " << options_.header_comment;
    out << "\n";
    std::string constants = constants_section();
    types_section();
    // Functions add the types their prototypes need to the types section.
    std::string functions = functions_section();
    if (!constants.empty()) out << "\n" << constants;
    if (!types_.empty()) out << "\n" << types_;
    if (!functions.empty()) out << "\n" << functions;
    return out.str();
  }

 private:
  // --- constants ---

  std::string constants_section() {
    struct Item {
      CLocation location;
      std::string text;
    };
    std::vector<Item> items;
    for (const CMacro& m : h_.macros) {
      if (!m.in_main_file || is_internal(m.name)) continue;
      std::string value;
      if (m.kind == CMacro::Kind::kString) {
        value = python_bytes_literal(m.string_value);
      } else if (m.is_unsigned) {
        value = std::to_string(static_cast<uint64_t>(m.int_value));
      } else {
        value = std::to_string(m.int_value);
      }
      items.push_back({m.location, python_identifier(m.name) + " = " + value + "\n"});
    }
    for (const CEnum& e : h_.enums) {
      if (!e.in_main_file || e.constants.empty()) continue;
      std::string text = "# enum " + (e.anonymous ? std::string("(anonymous)") : e.name) + "\n";
      for (const CEnumConstant& c : e.constants) {
        text += python_identifier(c.name) + " = " + std::to_string(c.value) + "\n";
      }
      items.push_back({e.location, text});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
      return std::make_pair(a.location.line, a.location.column) <
             std::make_pair(b.location.line, b.location.column);
    });
    std::string text;
    for (const Item& item : items) text += item.text;
    return text;
  }

  // --- types ---

  void types_section() {
    struct Item {
      CLocation location;
      const CRecord* record;
      const CTypedef* alias;
    };
    std::vector<Item> items;
    for (const CRecord& r : h_.records) {
      if (r.in_main_file && !is_internal(r.name)) items.push_back({r.location, &r, nullptr});
    }
    for (const CTypedef& t : h_.typedefs) {
      if (t.in_main_file && !is_internal(t.name)) items.push_back({t.location, nullptr, &t});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
      return std::make_pair(a.location.line, a.location.column) <
             std::make_pair(b.location.line, b.location.column);
    });
    for (const Item& item : items) {
      if (item.record != nullptr) {
        complete_record(*item.record);
      } else if (!alias(*item.alias)) {
        types_ += "# " + item.alias->name + ": ctypes has no type for '" +
                  item.alias->type.spelling + "'\n";
      }
    }
  }

  std::string record_name(const CRecord& r) const {
    auto it = ordinary_.find(r.name);
    if (it != ordinary_.end() && it->second != r.name) {
      return (r.is_union ? "union_" : "struct_") + r.name;
    }
    return python_identifier(r.name);
  }

  // The Python expression for `type`; `complete`: the expression is used by
  // value (a field, an array element, an argument), so a record it names
  // needs its fields first. nullopt when ctypes has no such type.
  std::optional<std::string> expr(const CType& type, bool complete) {
    if (is_va_list(type)) return std::nullopt;
    if (!type.typedef_name.empty()) {
      if (auto name = ctypes_name_of_typedef(type.typedef_name)) return "ctypes." + *name;
      const CTypedef* td = find_exact(h_.typedefs, type.typedef_name);
      if (td != nullptr && !is_internal(td->name)) {
        if (std::optional<std::string> name = alias(*td)) {
          if (complete) complete_records_in(td->type);
          return name;
        }
      }
    }
    switch (type.kind) {
      case CTypeKind::kVoid:
        return "None";
      case CTypeKind::kBool:
      case CTypeKind::kInt:
      case CTypeKind::kFloat:
      case CTypeKind::kEnum: {
        std::optional<std::string> name = simple_ctypes_name(type);
        if (!name) return std::nullopt;
        return "ctypes." + *name;
      }
      case CTypeKind::kPointer: {
        const CType& pointee = type.pointee();
        if (pointee.kind == CTypeKind::kFunction) return function_type(pointee);
        CType plain = type;
        plain.typedef_name.clear();
        if (std::optional<std::string> name = simple_ctypes_name(plain)) return "ctypes." + *name;
        std::optional<std::string> target = expr(pointee, false);
        if (!target || *target == "None") return std::nullopt;
        return "ctypes.POINTER(" + *target + ")";
      }
      case CTypeKind::kArray: {
        std::optional<std::string> element = expr(type.element(), true);
        if (!element || *element == "None") return std::nullopt;
        if (element->find(" * ") != std::string::npos) *element = "(" + *element + ")";
        return *element + " * " + std::to_string(std::max<int64_t>(type.array_length, 0));
      }
      case CTypeKind::kRecord: {
        const CRecord* r = find_exact(h_.records, type.record_name);
        if (r == nullptr) return std::nullopt;
        if (complete) {
          complete_record(*r);
        } else {
          declare_record(*r);
        }
        return record_name(*r);
      }
      case CTypeKind::kFunction:
      case CTypeKind::kOther:
        return std::nullopt;
    }
    return std::nullopt;
  }

  // va_list: GCC's is an array of a compiler-internal record (a pointer to
  // it as a parameter), which no ctypes type can pass.
  static bool is_va_list(const CType& type) {
    if (type.typedef_name == "va_list" || type.typedef_name == "__gnuc_va_list" ||
        type.typedef_name == "__builtin_va_list")
      return true;
    if (type.kind == CTypeKind::kRecord) return type.record_name == "__va_list_tag";
    if (type.kind == CTypeKind::kPointer || type.kind == CTypeKind::kArray)
      return is_va_list(type.kind == CTypeKind::kPointer ? type.pointee() : type.element());
    return false;
  }

  std::optional<std::string> function_type(const CType& fn) {
    std::optional<std::string> result = expr(fn.result(), true);
    if (!result) return std::nullopt;
    std::string text = "ctypes.CFUNCTYPE(" + *result;
    for (const CType& param : fn.params()) {
      std::optional<std::string> p = expr(param, true);
      if (!p || *p == "None") return std::nullopt;
      text += ", " + *p;
    }
    return text + ")";
  }

  void complete_records_in(const CType& type) {
    if (type.kind == CTypeKind::kRecord) {
      if (const CRecord* r = find_exact(h_.records, type.record_name)) complete_record(*r);
    } else if (type.kind == CTypeKind::kArray) {
      complete_records_in(type.element());
    }
  }

  // Writes `NAME = EXPR` once; the alias's name, or nullopt when the typedef
  // names nothing ctypes has (void, a function type, __int128 ...).
  std::optional<std::string> alias(const CTypedef& td) {
    if (auto it = aliases_.find(td.name); it != aliases_.end()) return it->second;
    aliases_[td.name] = std::nullopt;  // a typedef cannot refer to itself
    if (td.type.kind == CTypeKind::kVoid || td.type.kind == CTypeKind::kFunction) {
      return std::nullopt;
    }
    std::optional<std::string> value = expr(td.type, false);
    if (!value) return std::nullopt;
    std::string name = python_identifier(td.name);
    if (*value != name) types_ += name + " = " + *value + "\n";
    aliases_[td.name] = name;
    return name;
  }

  const char* base_class(const CRecord& r) const {
    return r.is_union ? "ctypes.Union" : "ctypes.Structure";
  }

  void declare_record(const CRecord& r) {
    if (!declared_.insert(r.name).second) return;
    types_ += "\nclass " + record_name(r) + "(" + base_class(r) + "):\n    pass\n\n";
  }

  void complete_record(const CRecord& r) {
    if (completed_.count(r.name) != 0 || in_progress_.count(r.name) != 0) return;
    if (!r.complete) return declare_record(r);
    in_progress_.insert(r.name);
    std::vector<std::string> anonymous;
    std::string fields;
    const std::string indent = "        ";  // inside `class X:`; see below
    int unnamed = 0;
    int pads = 0;
    BitFieldUnit run;
    for (const CField& f : r.fields) {
      std::string name = f.name;
      if (name.empty()) {
        name = "_anon" + std::to_string(++unnamed);
        if (!f.bit_width) anonymous.push_back(name);
      }
      if (f.bit_width && *f.bit_width == 0) {
        fields += indent + "# " + f.type.spelling + " : 0 (ctypes has no zero-width bit-fields)\n";
        continue;
      }
      if (std::optional<std::string> moved = in_bit_field_unit(r, f, run, pads, indent)) {
        fields += *moved;
        continue;
      }
      std::optional<std::string> type = expr(f.type, true);
      std::string comment;
      if (!type || *type == "None") {
        type = "ctypes.c_ubyte * " + std::to_string(f.type.bits / 8);
        comment = "  # " + f.type.spelling + ": no ctypes type, kept as bytes";
      }
      fields += indent + "(\"" + name + "\", " + *type;
      if (f.bit_width) fields += ", " + std::to_string(*f.bit_width);
      fields += ")," + comment + "\n";
    }
    std::string attrs;
    std::string name = record_name(r);
    // Declared meanwhile (a field points back to it): `X._fields_ = [` at the
    // module's top level, its items indented once.
    bool declared = declared_.count(r.name) != 0;
    if (declared) {
      std::string outdented;
      std::istringstream lines(fields);
      for (std::string line; std::getline(lines, line);) outdented += line.substr(4) + "\n";
      fields = outdented;
    }
    std::string prefix = declared ? name + "." : "    ";
    if (r.pack > 0) attrs += prefix + "_pack_ = " + std::to_string(r.pack) + "\n";
    if (!anonymous.empty()) {
      attrs += prefix + "_anonymous_ = (";
      for (const std::string& a : anonymous) attrs += "\"" + a + "\",";
      attrs += ")\n";
    }
    std::string body = prefix + "_fields_ = [\n" + fields + (declared ? "]\n" : "    ]\n");
    if (fields.empty()) body = prefix + "_fields_ = []\n";
    if (declared) {
      types_ += attrs + body + "\n";
    } else {
      types_ += "\nclass " + name + "(" + base_class(r) + "):\n" + attrs + body + "\n";
      declared_.insert(r.name);
    }
    in_progress_.erase(r.name);
    completed_.insert(r.name);
  }

  // The storage unit of the last bit-field: where ctypes and C part ways.
  struct BitFieldUnit {
    bool active = false;
    int64_t start = 0;  // bits
    int size = 0;       // bits
    int64_t end = 0;    // the bit after the last bit-field
  };

  // C (GCC's x86-64 ABI) puts an integer field that follows bit-fields into
  // the bytes left in their storage unit; ctypes starts it after the unit.
  // Such a field is written as a bit-field of the unit's type (after a
  // padding bit-field up to its offset), which ctypes lays out as C does and
  // reads and writes as the same integer. Returns the lines, or nullopt for
  // a field ctypes places right as it is (and tracks bit-field units).
  std::optional<std::string> in_bit_field_unit(const CRecord& r, const CField& f,
                                               BitFieldUnit& unit, int& pads,
                                               const std::string& indent) {
    if (r.is_union) return std::nullopt;
    if (f.bit_width) {
      int size = f.type.bits > 0 ? f.type.bits : 32;
      unit = BitFieldUnit{true, f.offset_bits / size * size, size, f.offset_bits + *f.bit_width};
      return std::nullopt;
    }
    bool integral = f.type.kind == CTypeKind::kInt || f.type.kind == CTypeKind::kEnum ||
                    f.type.kind == CTypeKind::kBool;
    bool inside = unit.active && f.offset_bits >= unit.end &&
                  f.offset_bits + f.type.bits <= unit.start + unit.size;
    std::optional<std::string> type_name =
        ctypes_name_of_builtin(integer_builtin(unit.size, f.type.is_signed));
    if (!integral || !inside || !type_name) {
      unit.active = false;
      return std::nullopt;
    }
    std::string type = "ctypes." + *type_name;
    std::string text;
    if (f.offset_bits > unit.end) {
      text += indent + "(\"_pad" + std::to_string(++pads) + "\", " + type + ", " +
              std::to_string(f.offset_bits - unit.end) + "),\n";
    }
    text += indent + "(\"" + f.name + "\", " + type + ", " + std::to_string(f.type.bits) +
            "),  # " + f.type.spelling + ", in the bit-fields' unit as C lays it out\n";
    unit.end = f.offset_bits + f.type.bits;
    return text;
  }

  static std::string integer_builtin(int bits, bool is_signed) {
    const char* name = bits == 8 ? "char" : bits == 16 ? "short" : bits == 64 ? "long" : "int";
    if (bits == 8) return is_signed ? "signed char" : "unsigned char";
    return is_signed ? name : std::string("unsigned ") + name;
  }

  // --- functions ---

  std::string functions_section() {
    std::string text;
    for (const CFunction& f : h_.functions) {
      if (!f.in_main_file || is_internal(f.name) || f.is_inline) continue;
      if (options_.exported && !options_.exported(f.name)) {
        text += "# " + f.declaration + ": not exported by the library\n";
        continue;
      }
      std::string py = python_identifier(f.name);
      std::string lib = py == f.name ? "_lib." + f.name : "getattr(_lib, \"" + f.name + "\")";
      std::optional<std::string> result = expr(f.result, true);
      std::vector<std::string> params;
      std::string missing = result ? "" : f.result.spelling;
      for (const CParam& p : f.params) {
        std::optional<std::string> e = expr(p.type, true);
        if (!e || *e == "None") {
          if (missing.empty()) missing = p.type.spelling;
        } else {
          params.push_back(*e);
        }
      }
      if (!missing.empty()) {
        text += "# " + f.declaration + ": ctypes has no type for '" + missing + "'\n";
        continue;
      }
      if (f.variadic || !f.has_prototype) {
        text += "# " + f.declaration + ": " + (f.variadic ? "variadic" : "no prototype") +
                ", so no argtypes (ctypes converts each argument as given)\n";
      } else {
        text += lib + ".argtypes = [";
        for (size_t i = 0; i < params.size(); ++i) text += (i > 0 ? ", " : "") + params[i];
        text += "]\n";
      }
      text += lib + ".restype = " + *result + "\n";
      text += py + " = " + lib + "\n";
    }
    return text;
  }

  const CHeader& h_;
  const BindgenOptions& options_;
  // Ordinary C identifiers; for a typedef naming a record, that record.
  std::map<std::string, std::string> ordinary_;
  std::string types_;
  std::map<std::string, std::optional<std::string>> aliases_;
  std::set<std::string> declared_, completed_, in_progress_;
};

}  // namespace

std::string python_identifier(const std::string& name) {
  static const std::set<std::string> kReserved = {
      "False",   "None",     "True",     "and",    "as",   "assert", "async",  "await",
      "break",   "class",    "continue", "def",    "del",  "elif",   "else",   "except",
      "finally", "for",      "from",     "global", "if",   "import", "in",     "is",
      "lambda",  "nonlocal", "not",      "or",     "pass", "raise",  "return", "try",
      "while",   "with",     "yield",    "ctypes", "_lib",
  };
  return kReserved.count(name) != 0 ? name + "_" : name;
}

std::string python_bytes_literal(const std::string& bytes) {
  std::string text = "b\"";
  for (unsigned char c : bytes) {
    switch (c) {
      case '\\':
        text += "\\\\";
        break;
      case '"':
        text += "\\\"";
        break;
      case '\n':
        text += "\\n";
        break;
      case '\r':
        text += "\\r";
        break;
      case '\t':
        text += "\\t";
        break;
      default:
        if (c >= 0x20 && c < 0x7f) {
          text += static_cast<char>(c);
        } else {
          char hex[8];
          std::snprintf(hex, sizeof hex, "\\x%02x", c);
          text += hex;
        }
    }
  }
  return text + "\"";
}

std::string generate_bindings(const CHeader& header, const BindgenOptions& options) {
  return Generator(header, options).run();
}

}  // namespace krait::ctypes_support
