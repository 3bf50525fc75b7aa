// str.format over positional arguments.
#include "runtime/str_format.h"

#include <string>

#include "runtime/big_int_text.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/format_spec.h"
#include "runtime/str_repr.h"

namespace krait::rt {

namespace {

using Kind = FmtArg::Kind;

Str format_arg(const FmtArg& a, Str spec) {
  switch (a.kind) {
    case Kind::kInt:
      return format(a.i, spec);
    case Kind::kBigInt:
      return format(fmt_arg_int(a), spec);
    case Kind::kFloat:
      return format(a.f, spec);
    case Kind::kBool:
      return format(a.i != 0, spec);
    case Kind::kStr:
      return format(a.s, spec);
    default:
      if (spec.nbytes() != 0) {
        raise_type_error(Str("unsupported format string passed to ") + Str(a.type_name) +
                         Str(".__format__"));
      }
      return a.s;
  }
}

}  // namespace

Str str_format(Str fmt, std::initializer_list<FmtArg> args,
               std::initializer_list<NamedFmtArg> named) {
  StrBuilder out(fmt.nbytes() + 16);
  std::string_view v = fmt.view();
  int auto_index = 0;  // -1 once manual numbering is used
  bool manual = false;
  for (size_t i = 0; i < v.size(); ++i) {
    char ch = v[i];
    if (ch == '}') {
      if (i + 1 < v.size() && v[i + 1] == '}') {
        out.push('}');
        ++i;
        continue;
      }
      raise_value_error("Single '}' encountered in format string");
    }
    if (ch != '{') {
      out.push(ch);
      continue;
    }
    if (i + 1 < v.size() && v[i + 1] == '{') {
      out.push('{');
      ++i;
      continue;
    }
    size_t close = v.find('}', i + 1);
    if (close == std::string_view::npos)
      raise_value_error("Single '{' encountered in format string");
    std::string_view field = v.substr(i + 1, close - i - 1);
    i = close;
    std::string_view spec, conv;
    if (size_t colon = field.find(':'); colon != std::string_view::npos) {
      spec = field.substr(colon + 1);
      field = field.substr(0, colon);
    }
    if (size_t bang = field.find('!'); bang != std::string_view::npos) {
      conv = field.substr(bang + 1);
      field = field.substr(0, bang);
    }
    const FmtArg* named_arg = nullptr;
    if (!field.empty() && field.find_first_not_of("0123456789") != std::string_view::npos) {
      for (const NamedFmtArg& n : named) {
        if (field == n.name) named_arg = &n.arg;
      }
      if (named_arg == nullptr) raise_key_error(key_args(Str(field)));
    }
    int64_t index = 0;
    if (named_arg != nullptr) {
      // {name}: a keyword argument, whatever the numbering of the others
    } else if (field.empty()) {
      if (manual) {
        raise_value_error(
            "cannot switch from manual field specification to automatic field numbering");
      }
      index = auto_index++;
    } else {
      if (auto_index > 0) {
        raise_value_error(
            "cannot switch from automatic field numbering to manual field specification");
      }
      manual = true;
      index = std::stoll(std::string(field));
    }
    if (named_arg == nullptr && index >= static_cast<int64_t>(args.size())) {
      std::string m =
          "Replacement index " + std::to_string(index) + " out of range for positional args tuple";
      raise_index_error(m.c_str());
    }
    const FmtArg& a = named_arg != nullptr ? *named_arg : args.begin()[index];
    if (conv == "r" || conv == "a") {
      Str r = fmt_arg_repr(a);
      out.append(format(conv == "a" ? ascii_escape(r) : r, Str(spec)));
    } else if (conv == "s") {
      out.append(format(fmt_arg_str(a), Str(spec)));
    } else if (!conv.empty()) {
      raise_value_error(Str("Unknown conversion specifier " + std::string(conv)));
    } else {
      out.append(format_arg(a, Str(spec)));
    }
  }
  return out.finish();
}

}  // namespace krait::rt
