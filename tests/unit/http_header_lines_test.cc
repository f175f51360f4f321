// The response head collector fed by libcurl's header callback (runtime/src/http_header_lines.h).
#include "http_header_lines.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <vector>

namespace kiln::http {
namespace {

using State = ResponseHead::State;

ResponseHead Feed(std::initializer_list<const char*> lines) {
  ResponseHead head;
  for (const char* line : lines) head.Feed(line);
  return head;
}

TEST(ResponseHeadTest, CollectsStatusReasonAndHeaders) {
  ResponseHead head = Feed({"HTTP/1.1 404 Not Found\r\n", "Content-Type: text/plain\r\n",
                            "X-A:   spaced value \t\r\n", "\r\n"});
  EXPECT_EQ(head.state(), State::kComplete);
  EXPECT_EQ(head.status(), 404);
  EXPECT_EQ(head.reason(), "Not Found");
  EXPECT_EQ(head.headers(),
            (std::vector<std::string>{"Content-Type", "text/plain", "X-A", "spaced value"}));
}

TEST(ResponseHeadTest, StatusLineWithoutReason) {
  ResponseHead head = Feed({"HTTP/1.1 204\r\n", "\r\n"});
  EXPECT_EQ(head.state(), State::kComplete);
  EXPECT_EQ(head.status(), 204);
  EXPECT_EQ(head.reason(), "");
}

TEST(ResponseHeadTest, SkipsInterimResponses) {
  ResponseHead head = Feed({"HTTP/1.1 100 Continue\r\n", "X-Early: 1\r\n", "\r\n",
                            "HTTP/1.1 200 OK\r\n", "X-Late: 2\r\n", "\r\n"});
  EXPECT_EQ(head.status(), 200);
  EXPECT_EQ(head.headers(), (std::vector<std::string>{"X-Late", "2"}));
}

TEST(ResponseHeadTest, FoldedLinesJoinThePreviousValue) {
  ResponseHead head = Feed({"HTTP/1.1 200 OK\r\n", "X-A: one\r\n", "   two\r\n", "\r\n"});
  EXPECT_EQ(head.headers(), (std::vector<std::string>{"X-A", "one two"}));
}

TEST(ResponseHeadTest, TrailersAfterTheHeadAreIgnored) {
  ResponseHead head = Feed({"HTTP/1.1 200 OK\r\n", "\r\n", "X-Trailer: 1\r\n", "\r\n"});
  EXPECT_TRUE(head.headers().empty());
}

TEST(ResponseHeadTest, RejectsMalformedInput) {
  for (auto lines : std::vector<std::vector<const char*>>{
           {"HTTP/1.1 20 OK\r\n"},
           {"HTTP/1.1 2000 OK\r\n"},
           {"ICY 200 OK\r\n"},
           {"HTTP/1.1 200 OK\r\n", "Bad Name: x\r\n"},
           {"HTTP/1.1 200 OK\r\n", "no colon\r\n"},
           {"HTTP/1.1 200 OK\r\n", " fold first\r\n"},
       }) {
    ResponseHead head;
    State state = State::kStatusLine;
    for (const char* line : lines) state = head.Feed(line);
    EXPECT_EQ(state, State::kInvalid) << lines.back();
  }
}

TEST(ResponseHeadTest, NulInsideAValueIsInvalid) {
  ResponseHead head;
  head.Feed("HTTP/1.1 200 OK\r\n");
  EXPECT_EQ(head.Feed(std::string_view("X: a\0b\r\n", 8)), State::kInvalid);
  ResponseHead folded;
  folded.Feed("HTTP/1.1 200 OK\r\n");
  folded.Feed("X: a\r\n");
  EXPECT_EQ(folded.Feed(std::string_view(" b\0\r\n", 5)), State::kInvalid);
}

TEST(ResponseHeadTest, TokenCharacters) {
  EXPECT_TRUE(IsToken("X-Custom_1.~!#$%&'*+^`|"));
  EXPECT_FALSE(IsToken(""));
  EXPECT_FALSE(IsToken("a b"));
  EXPECT_FALSE(IsToken("a:b"));
  EXPECT_FALSE(IsToken("caf\xc3\xa9"));
}

}  // namespace
}  // namespace kiln::http
