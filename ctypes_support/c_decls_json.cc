#include "ctypes_support/c_decls_json.h"

namespace krait::ctypes_support {
namespace {

using nlohmann::json;

// Writing: a field goes into the JSON only when it is not its default.
template <typename T>
void put(json& j, const char* key, const T& value) {
  if (value != T{}) j[key] = value;
}

void put_location(json& j, const CLocation& location) {
  if (location == CLocation{}) return;
  j["location"] = {{"file", location.file}, {"line", location.line}, {"column", location.column}};
}

bool is_ascii(const std::string& text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

// Reading: a missing field is its default; a field of the wrong JSON type
// throws json::type_error, which header_from_json turns into an error value.
template <typename T>
T get(const json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() ? T{} : it->get<T>();
}

CLocation get_location(const json& j) {
  CLocation location;
  auto it = j.find("location");
  if (it == j.end()) return location;
  location.file = get<std::string>(*it, "file");
  location.line = get<int>(*it, "line");
  location.column = get<int>(*it, "column");
  return location;
}

CType type_from_json(const json& j) {
  CType type;
  std::optional<CTypeKind> kind = kind_from_name(j.at("kind").get<std::string>());
  if (!kind) throw std::runtime_error("unknown type kind " + j.at("kind").dump());
  type.kind = *kind;
  type.spelling = get<std::string>(j, "spelling");
  type.canonical = j.contains("canonical") ? j["canonical"].get<std::string>() : type.spelling;
  type.typedef_name = get<std::string>(j, "typedef");
  type.is_const = get<bool>(j, "const");
  type.bits = get<int>(j, "bits");
  type.is_signed = get<bool>(j, "signed");
  type.is_char = get<bool>(j, "char");
  type.builtin = get<std::string>(j, "builtin");
  type.record_name = get<std::string>(j, "record");
  type.is_union = get<bool>(j, "union");
  type.array_length = j.contains("length") ? j["length"].get<int64_t>() : -1;
  type.variadic = get<bool>(j, "variadic");
  if (auto it = j.find("inner"); it != j.end()) {
    for (const json& item : *it) type.inner.push_back(type_from_json(item));
  }
  return type;
}

json function_to_json(const CFunction& f) {
  json j = {{"name", f.name}, {"result", type_to_json(f.result)}};
  json params = json::array();
  for (const CParam& p : f.params) {
    json param = {{"type", type_to_json(p.type)}};
    put(param, "name", p.name);
    params.push_back(std::move(param));
  }
  j["params"] = std::move(params);
  put(j, "variadic", f.variadic);
  if (!f.has_prototype) j["has_prototype"] = false;
  put(j, "inline", f.is_inline);
  put_location(j, f.location);
  put(j, "declaration", f.declaration);
  put(j, "in_main_file", f.in_main_file);
  return j;
}

CFunction function_from_json(const json& j) {
  CFunction f;
  f.name = j.at("name").get<std::string>();
  f.result = type_from_json(j.at("result"));
  for (const json& p : j.at("params")) {
    f.params.push_back(CParam{get<std::string>(p, "name"), type_from_json(p.at("type"))});
  }
  f.variadic = get<bool>(j, "variadic");
  f.has_prototype = j.value("has_prototype", true);
  f.is_inline = get<bool>(j, "inline");
  f.location = get_location(j);
  f.declaration = get<std::string>(j, "declaration");
  f.in_main_file = get<bool>(j, "in_main_file");
  return f;
}

json record_to_json(const CRecord& r) {
  json j = {{"name", r.name}, {"kind", r.is_union ? "union" : "struct"}};
  put(j, "anonymous", r.anonymous);
  put(j, "complete", r.complete);
  put(j, "size", r.size);
  put(j, "align", r.align);
  put(j, "pack", r.pack);
  json fields = json::array();
  for (const CField& f : r.fields) {
    json field = {{"name", f.name}, {"type", type_to_json(f.type)}, {"offset_bits", f.offset_bits}};
    if (f.bit_width) field["bit_width"] = *f.bit_width;
    put_location(field, f.location);
    fields.push_back(std::move(field));
  }
  j["fields"] = std::move(fields);
  put_location(j, r.location);
  put(j, "declaration", r.declaration);
  put(j, "in_main_file", r.in_main_file);
  return j;
}

CRecord record_from_json(const json& j) {
  CRecord r;
  r.name = j.at("name").get<std::string>();
  r.is_union = j.at("kind").get<std::string>() == "union";
  r.anonymous = get<bool>(j, "anonymous");
  r.complete = get<bool>(j, "complete");
  r.size = get<int64_t>(j, "size");
  r.align = get<int64_t>(j, "align");
  r.pack = get<int>(j, "pack");
  for (const json& f : j.at("fields")) {
    CField field;
    field.name = f.at("name").get<std::string>();
    field.type = type_from_json(f.at("type"));
    field.offset_bits = f.at("offset_bits").get<int64_t>();
    if (f.contains("bit_width")) field.bit_width = f["bit_width"].get<int>();
    field.location = get_location(f);
    r.fields.push_back(std::move(field));
  }
  r.location = get_location(j);
  r.declaration = get<std::string>(j, "declaration");
  r.in_main_file = get<bool>(j, "in_main_file");
  return r;
}

json typedef_to_json(const CTypedef& t) {
  json j = {{"name", t.name}, {"type", type_to_json(t.type)}};
  put_location(j, t.location);
  put(j, "in_main_file", t.in_main_file);
  return j;
}

CTypedef typedef_from_json(const json& j) {
  return CTypedef{j.at("name").get<std::string>(), type_from_json(j.at("type")), get_location(j),
                  get<bool>(j, "in_main_file")};
}

json enum_to_json(const CEnum& e) {
  json j = {{"name", e.name}, {"integer", type_to_json(e.integer)}};
  put(j, "anonymous", e.anonymous);
  json constants = json::array();
  for (const CEnumConstant& c : e.constants) constants.push_back({c.name, c.value});
  j["constants"] = std::move(constants);
  put_location(j, e.location);
  put(j, "in_main_file", e.in_main_file);
  return j;
}

CEnum enum_from_json(const json& j) {
  CEnum e;
  e.name = j.at("name").get<std::string>();
  e.integer = type_from_json(j.at("integer"));
  e.anonymous = get<bool>(j, "anonymous");
  for (const json& c : j.at("constants")) {
    e.constants.push_back(CEnumConstant{c.at(0).get<std::string>(), c.at(1).get<int64_t>()});
  }
  e.location = get_location(j);
  e.in_main_file = get<bool>(j, "in_main_file");
  return e;
}

json macro_to_json(const CMacro& m) {
  json j = {{"name", m.name}};
  if (m.kind == CMacro::Kind::kInteger) {
    if (m.is_unsigned) {
      j["value"] = static_cast<uint64_t>(m.int_value);
      j["unsigned"] = true;
    } else {
      j["value"] = m.int_value;
    }
  } else if (is_ascii(m.string_value)) {
    j["string"] = m.string_value;
  } else {
    json bytes = json::array();
    for (unsigned char c : m.string_value) bytes.push_back(static_cast<int>(c));
    j["bytes"] = std::move(bytes);
  }
  put(j, "replacement", m.replacement);
  put_location(j, m.location);
  put(j, "in_main_file", m.in_main_file);
  return j;
}

CMacro macro_from_json(const json& j) {
  CMacro m;
  m.name = j.at("name").get<std::string>();
  if (j.contains("value")) {
    m.kind = CMacro::Kind::kInteger;
    m.is_unsigned = get<bool>(j, "unsigned");
    m.int_value = m.is_unsigned ? static_cast<int64_t>(j["value"].get<uint64_t>())
                                : j["value"].get<int64_t>();
  } else {
    m.kind = CMacro::Kind::kString;
    if (j.contains("string")) {
      m.string_value = j["string"].get<std::string>();
    } else {
      for (const json& b : j.at("bytes")) m.string_value.push_back(static_cast<char>(b.get<int>()));
    }
  }
  m.replacement = get<std::string>(j, "replacement");
  m.location = get_location(j);
  m.in_main_file = get<bool>(j, "in_main_file");
  return m;
}

template <typename T, typename F>
json array_of(const std::vector<T>& items, F to_json) {
  json array = json::array();
  for (const T& item : items) array.push_back(to_json(item));
  return array;
}

template <typename T, typename F>
std::vector<T> vector_of(const json& j, const char* key, F from_json) {
  std::vector<T> items;
  for (const json& item : j.at(key)) items.push_back(from_json(item));
  return items;
}

}  // namespace

json type_to_json(const CType& type) {
  json j = {{"kind", kind_name(type.kind)}, {"spelling", type.spelling}};
  if (type.canonical != type.spelling) put(j, "canonical", type.canonical);
  put(j, "typedef", type.typedef_name);
  put(j, "const", type.is_const);
  put(j, "bits", type.bits);
  put(j, "signed", type.is_signed);
  put(j, "char", type.is_char);
  put(j, "builtin", type.builtin);
  put(j, "record", type.record_name);
  put(j, "union", type.is_union);
  if (type.array_length != -1) j["length"] = type.array_length;
  put(j, "variadic", type.variadic);
  if (!type.inner.empty()) j["inner"] = array_of(type.inner, type_to_json);
  return j;
}

json header_to_json(const CHeader& header) {
  json j;
  j["header"] = header.header;
  j["flags"] = header.flags;
  j["functions"] = array_of(header.functions, function_to_json);
  j["records"] = array_of(header.records, record_to_json);
  j["typedefs"] = array_of(header.typedefs, typedef_to_json);
  j["enums"] = array_of(header.enums, enum_to_json);
  j["macros"] = array_of(header.macros, macro_to_json);
  json deps = json::array();
  for (const CDependency& d : header.dependencies) deps.push_back({d.path, d.hash});
  j["dependencies"] = std::move(deps);
  return j;
}

std::optional<CHeader> header_from_json(const json& j, std::string* error) {
  try {
    CHeader header;
    header.header = j.at("header").get<std::string>();
    header.flags = j.at("flags").get<std::vector<std::string>>();
    header.functions = vector_of<CFunction>(j, "functions", function_from_json);
    header.records = vector_of<CRecord>(j, "records", record_from_json);
    header.typedefs = vector_of<CTypedef>(j, "typedefs", typedef_from_json);
    header.enums = vector_of<CEnum>(j, "enums", enum_from_json);
    header.macros = vector_of<CMacro>(j, "macros", macro_from_json);
    for (const json& d : j.at("dependencies")) {
      header.dependencies.push_back(
          CDependency{d.at(0).get<std::string>(), d.at(1).get<std::string>()});
    }
    return header;
  } catch (const std::exception& e) {
    if (error != nullptr) *error = e.what();
    return std::nullopt;
  }
}

}  // namespace krait::ctypes_support
