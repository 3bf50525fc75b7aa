// JSON form of the C header model (c_decls.h): `krait bindgen --json` prints
// it and the header cache (header_cache.h) stores it.
//
// Contract: header_from_json(header_to_json(h)) == h for every CHeader. Fields
// at their default value (false, 0, empty) are left out of the JSON; a
// reader fills them back in. Malformed JSON is an error value, never an
// exception. Strings that are not ASCII (a macro's bytes) are stored as an
// array of byte values, so the JSON is always valid UTF-8.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "ctypes_support/c_decls.h"

namespace krait::ctypes_support {

nlohmann::json header_to_json(const CHeader& header);
nlohmann::json type_to_json(const CType& type);

// nullopt (and a message in *error) when `json` is not a header's JSON.
std::optional<CHeader> header_from_json(const nlohmann::json& json, std::string* error);

}  // namespace krait::ctypes_support
