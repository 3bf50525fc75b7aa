// Python's `binascii` and `base64` modules (the common functions): hex and
// base64 encodings of bytes, and CRC-32 (zlib's).
//
// Contract: each function takes what CPython's takes (bytes or bytearray;
// the decoders also an ASCII str) and returns bytes, raising CPython's
// errors: `binascii.Error` (a ValueError) with CPython's messages
// ("Incorrect padding", "Odd-length string", "Non-hexadecimal digit
// found" ...), ValueError for a non-ASCII str. b64decode without
// validate=True skips characters outside the alphabet, as CPython does.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/bytes.h"
#include "runtime/exceptions.h"
#include "runtime/str.h"

namespace krait::rt {

namespace binascii {

struct Error : ValueError {
  KRAIT_EXCEPTION_BODY(Error, ValueError)
  const char* module_name() const override { return "binascii"; }
};

Bytes* hexlify(std::string_view data);
Bytes* b2a_hex(std::string_view data);
Bytes* unhexlify(std::string_view hex);
Bytes* unhexlify(Str hex);
Bytes* a2b_hex(std::string_view hex);
Bytes* a2b_hex(Str hex);
int64_t crc32(std::string_view data, int64_t value = 0);
Bytes* b2a_base64(std::string_view data);
Bytes* a2b_base64(std::string_view text);
Bytes* a2b_base64(Str text);

}  // namespace binascii

namespace base64 {

Bytes* b64encode(std::string_view data);
Bytes* b64decode(std::string_view text);
Bytes* b64decode(Str text);
Bytes* standard_b64encode(std::string_view data);
Bytes* standard_b64decode(std::string_view text);
Bytes* standard_b64decode(Str text);
Bytes* urlsafe_b64encode(std::string_view data);
Bytes* urlsafe_b64decode(std::string_view text);
Bytes* urlsafe_b64decode(Str text);
Bytes* b16encode(std::string_view data);
Bytes* b16decode(std::string_view text);
Bytes* b16decode(Str text);

}  // namespace base64
}  // namespace krait::rt
