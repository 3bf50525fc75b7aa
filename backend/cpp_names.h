// C++ names for the Python program's functions, classes, fields, globals and
// variables.
//
// Contract: names are derived from the Python names (readable), made valid
// and unique C++ identifiers deterministically: the same program always gets
// the same names. Python names that are C++ keywords or reserved get a
// trailing underscore; specialisations of one function are numbered in
// creation order (f, f_2, ...).
#pragma once

#include <map>
#include <string>

#include "annotator/annotator.h"

namespace krait::backend {

// A C++ string literal for UTF-8 text (octal escapes keep it byte-exact).
std::string cpp_string_literal(const std::string& text);

class CppNames {
 public:
  explicit CppNames(const annotator::Annotator& annotator);

  const std::string& function(const annotator::Specialization* spec) const {
    return functions_.at(spec);
  }
  std::string cls(const annotator::ClassDef* cls) const;
  // The struct of a closure type: its cells (c0, c1, ...), named after the
  // function and the cells (one struct per set of cells).
  static std::string closure(const annotator::Type& closure);
  // The frame struct of a generator function's specialization.
  std::string frame(const annotator::Specialization* spec) const { return "G_" + function(spec); }
  static std::string field(const std::string& python_name);
  static std::string global(const std::string& python_name) {
    return "g_" + identifier(python_name);
  }
  static std::string variable(const flow::Value* v);
  // The flag an imported module's body sets when it starts (the C++ name
  // of the body function given).
  static std::string imported_flag(const std::string& body) { return "imported_" + body; }
  // A valid C++ identifier from a Python name.
  static std::string identifier(const std::string& python_name);
  // The runtime's C++ name of a dotted Python name: "os.path.join" is
  // rt::os::path::join, "re.error" rt::re::error.
  static std::string runtime_name(const std::string& python_qualname);

 private:
  std::map<const annotator::Specialization*, std::string> functions_;
};

}  // namespace krait::backend
