// The URL Standard parser of runtime/src/url.cc and the IDNA of runtime/src/idna.cc (the full
// web-platform-tests data runs through the JS API in tests/wpt/url.js).
#include "url.h"

#include <gtest/gtest.h>

#include "idna.h"

namespace kiln::url {
namespace {

std::string Href(std::string_view input, std::string_view base = {}) {
  std::optional<Url> base_url;
  if (!base.empty()) base_url = Parse(base);
  std::optional<Url> url = Parse(input, base_url ? &*base_url : nullptr);
  return url ? Serialize(*url) : "<failure>";
}

TEST(UrlParser, SerializesAbsoluteUrls) {
  EXPECT_EQ(Href("  HTTP://User:Pa ss@EXAMPLE.com:80/a/./b/../c?q=1 2#f g\n"),
            "http://User:Pa%20ss@example.com/a/c?q=1%202#f%20g");
  EXPECT_EQ(Href("https://example.com:443"), "https://example.com/");
  EXPECT_EQ(Href("file:///C|/x"), "file:///C:/x");
  EXPECT_EQ(Href("data:text/plain,a b"), "data:text/plain,a b");
  EXPECT_EQ(Href("sc://\xC3\xA9/"), "sc://%C3%A9/");
}

TEST(UrlParser, ResolvesAgainstBase) {
  EXPECT_EQ(Href("../x?y", "http://h/a/b/c"), "http://h/a/x?y");
  EXPECT_EQ(Href("//other/p", "https://h/a"), "https://other/p");
  EXPECT_EQ(Href("#frag", "sc:opaque?q"), "sc:opaque?q#frag");
  EXPECT_EQ(Href("x", "sc:opaque"), "<failure>");
}

TEST(UrlParser, RejectsBadInput) {
  EXPECT_EQ(Href("http://"), "<failure>");
  EXPECT_EQ(Href("http://a:99999/"), "<failure>");
  EXPECT_EQ(Href("http://[::1/"), "<failure>");
  EXPECT_EQ(Href("no-scheme"), "<failure>");
}

TEST(UrlHost, ParsesIpAddresses) {
  EXPECT_EQ(ParseHost("0x7f.1", false), "127.0.0.1");
  EXPECT_EQ(ParseHost("4294967295", false), "255.255.255.255");
  EXPECT_EQ(ParseHost("4294967296", false), std::nullopt);
  EXPECT_EQ(ParseHost("[0:0:0:0:0:ffff:7f00:1]", false), "[::ffff:7f00:1]");
  EXPECT_EQ(ParseHost("[1:0:0:2::3:0]", false), "[1::2:0:0:3:0]");
}

TEST(UrlHost, AppliesIdna) {
  EXPECT_EQ(ParseHost("B\xC3\xBC" "cher.de", false), "xn--bcher-kva.de");
  EXPECT_EQ(ParseHost("fa\xC3\x9F.de", false), "xn--fa-hia.de");  // nontransitional: ß stays
  EXPECT_EQ(ParseHost("xn--a.\xC3\x9F", false), std::nullopt);    // bad Punycode label
  EXPECT_EQ(ParseHost("xn--a", false), "xn--a");                  // ASCII is only lowercased
  EXPECT_EQ(DomainToUnicode("xn--bcher-kva.de"), "b\xC3\xBC" "cher.de");
}

TEST(UrlSetters, UseStateOverrides) {
  std::optional<Url> url = Parse("http://example.com:8080/p?q#f");
  ASSERT_TRUE(url);
  EXPECT_TRUE(BasicParse("https:", nullptr, &*url, State::kSchemeStart));
  EXPECT_EQ(Serialize(*url), "https://example.com:8080/p?q#f");
  EXPECT_FALSE(BasicParse("99999", nullptr, &*url, State::kPort));
  EXPECT_TRUE(BasicParse("443", nullptr, &*url, State::kPort));
  EXPECT_EQ(Serialize(*url), "https://example.com/p?q#f");
  url->path.clear();
  EXPECT_TRUE(BasicParse("a b/c", nullptr, &*url, State::kPathStart));
  EXPECT_EQ(Serialize(*url), "https://example.com/a%20b/c?q#f");
}

TEST(UrlComponents, GiveOffsetsIntoHref) {
  std::optional<Url> url = Parse("https://u:p@h:1/path?q#f");
  ASSERT_TRUE(url);
  Components c;
  std::string href = Serialize(*url, false, &c);
  EXPECT_EQ(href.substr(0, c.protocol_end), "https:");
  EXPECT_EQ(href.substr(c.host_start, c.host_end - c.host_start), "h");
  EXPECT_EQ(c.port, 1);
  EXPECT_EQ(href.substr(c.pathname_start, c.search_start - c.pathname_start), "/path");
  EXPECT_EQ(href.substr(c.hash_start), "#f");
}

TEST(Punycode, RoundTrips) {
  std::string encoded;
  ASSERT_TRUE(idna::PunycodeEncode(U"b\u00fccher", &encoded));
  EXPECT_EQ(encoded, "bcher-kva");
  std::u32string decoded;
  ASSERT_TRUE(idna::PunycodeDecode(U"bcher-kva", &decoded));
  EXPECT_EQ(decoded, U"b\u00fccher");
  EXPECT_FALSE(idna::PunycodeDecode(U"99999999999", &decoded));
}

}  // namespace
}  // namespace kiln::url
