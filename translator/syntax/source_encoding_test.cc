#include "translator/syntax/source_encoding.h"

#include <gtest/gtest.h>

namespace krait::syntax {
namespace {

TEST(SourceEncoding, Utf8AndBom) {
  DecodedSource plain = decode_source("x = 'é'\r\ny = 1\r");
  ASSERT_TRUE(plain.ok);
  EXPECT_EQ(plain.text, "x = 'é'\ny = 1\n");
  EXPECT_FALSE(plain.declares_encoding);

  DecodedSource bom = decode_source("\xEF\xBB\xBFx = 1\n");
  ASSERT_TRUE(bom.ok);
  EXPECT_EQ(bom.text, "x = 1\n");
  EXPECT_TRUE(bom.declares_encoding);
}

TEST(SourceEncoding, CookieOnFirstOrSecondLine) {
  DecodedSource latin1 = decode_source("# -*- coding: latin-1 -*-\ns = '\xe9'\n");
  ASSERT_TRUE(latin1.ok);
  EXPECT_EQ(latin1.text, "# -*- coding: latin-1 -*-\ns = '\xc3\xa9'\n");

  DecodedSource second =
      decode_source("#!/usr/bin/python\n# vim: set fileencoding=koi8-r :\nx='\xc1'\n");
  ASSERT_TRUE(second.ok);
  EXPECT_EQ(second.text.substr(second.text.size() - 7), "x='\xd0\xb0'\n");

  // A cookie after a line of code does not count.
  DecodedSource ignored = decode_source("x = 1\n# coding: latin-1\ns = '\xc3\xa9'\n");
  ASSERT_TRUE(ignored.ok);
  EXPECT_FALSE(ignored.declares_encoding);
}

TEST(SourceEncoding, Errors) {
  DecodedSource unknown = decode_source("# coding: uft-8\n");
  EXPECT_FALSE(unknown.ok);
  EXPECT_EQ(unknown.error, "unknown encoding: uft-8");
  EXPECT_EQ(unknown.error_line, 0);

  DecodedSource bom = decode_source("\xEF\xBB\xBF# coding: latin-1\n");
  EXPECT_FALSE(bom.ok);
  EXPECT_EQ(bom.error, "encoding problem: iso-8859-1 with BOM");

  DecodedSource nul = decode_source(std::string("x = 1\ny\0\n", 9));
  EXPECT_FALSE(nul.ok);
  EXPECT_EQ(nul.error, "source code string cannot contain null bytes");
  EXPECT_EQ(nul.error_line, 2);
}

}  // namespace
}  // namespace krait::syntax
