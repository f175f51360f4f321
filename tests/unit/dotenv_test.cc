// The .env parser: one test per syntax rule of issue 6 (what Node's --env-file and the dotenv
// package agree on, plus Kiln's ${VAR} expansion and warnings).
#include "dotenv.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace kiln::dotenv {
namespace {

using Map = std::map<std::string, std::string>;

Map ToMap(const ParseResult& result) {
  Map map;
  for (const Entry& entry : result.entries) map[entry.key] = entry.value;
  return map;
}

Map Literal(std::string_view text) { return ToMap(Parse(text)); }

// Expansion with a fake real environment.
Map Expanded(std::string_view text, Map environment = {},
             const std::map<std::string, std::string, std::less<>>* defined = nullptr) {
  ParseOptions options;
  options.expand = true;
  options.environment = [environment](const std::string& name) -> std::optional<std::string> {
    auto found = environment.find(name);
    if (found == environment.end()) return std::nullopt;
    return found->second;
  };
  options.defined = defined;
  return ToMap(Parse(text, options));
}

TEST(Dotenv, KeyValue) {
  EXPECT_EQ(Literal("A=1\nB=two words\n"), (Map{{"A", "1"}, {"B", "two words"}}));
}

TEST(Dotenv, LastLineWithoutNewline) {
  EXPECT_EQ(Literal("A=1\nB=2"), (Map{{"A", "1"}, {"B", "2"}}));
}

TEST(Dotenv, ExportPrefix) {
  EXPECT_EQ(Literal("export A=1\nexport  B=2\nexport\tC=3\n"),
            (Map{{"A", "1"}, {"B", "2"}, {"C", "3"}}));
  // "export" alone is a key like any other.
  EXPECT_EQ(Literal("export=1\nexportD=2\n"), (Map{{"export", "1"}, {"exportD", "2"}}));
}

TEST(Dotenv, SpacesAroundEquals) {
  EXPECT_EQ(Literal("A = 1\n  B  =  2  \nC\t=\t3\t\n"), (Map{{"A", "1"}, {"B", "2"}, {"C", "3"}}));
}

TEST(Dotenv, SpacesInsideUnquotedValueKept) {
  EXPECT_EQ(Literal("A=  multiple   spaces  \n"), (Map{{"A", "multiple   spaces"}}));
}

TEST(Dotenv, WholeLineComments) {
  EXPECT_EQ(Literal("# comment\n  # indented comment B=2\nA=1\n#C=3"), (Map{{"A", "1"}}));
}

TEST(Dotenv, CommentAfterUnquotedValue) {
  EXPECT_EQ(Literal("A=value # comment\nB=x#y\nC=#all comment\nD= # empty\n"),
            (Map{{"A", "value"}, {"B", "x"}, {"C", ""}, {"D", ""}}));
}

TEST(Dotenv, HashInsideQuotesIsNotAComment) {
  EXPECT_EQ(Literal("A=\"a # b\"\nB='#c' # real comment\nC=`#d`\n"),
            (Map{{"A", "a # b"}, {"B", "#c"}, {"C", "#d"}}));
}

TEST(Dotenv, Quotes) {
  EXPECT_EQ(Literal("A='single'\nB=\"double\"\nC=`backtick`\nD=\" padded \"\n"),
            (Map{{"A", "single"}, {"B", "double"}, {"C", "backtick"}, {"D", " padded "}}));
}

TEST(Dotenv, OtherQuotesInsideQuotes) {
  EXPECT_EQ(Literal("A=`say \"hi\" it's`\nB=\"it's\"\nC='say \"hi\"'\n"),
            (Map{{"A", "say \"hi\" it's"}, {"B", "it's"}, {"C", "say \"hi\""}}));
}

TEST(Dotenv, QuotesInsideUnquotedValueKept) {
  EXPECT_EQ(Literal("A=a\"b\"c\n"), (Map{{"A", "a\"b\"c"}}));
}

TEST(Dotenv, MultiLineQuotedValues) {
  EXPECT_EQ(Literal("A=\"line 1\nline 2\"\nB='x\ny'\nC=`p\n\nq`\nD=after\n"),
            (Map{{"A", "line 1\nline 2"}, {"B", "x\ny"}, {"C", "p\n\nq"}, {"D", "after"}}));
}

TEST(Dotenv, NewlineEscapeOnlyInDoubleQuotes) {
  EXPECT_EQ(Literal("A=\"a\\nb\"\nB='a\\nb'\nC=`a\\nb`\nD=a\\nb\n"),
            (Map{{"A", "a\nb"}, {"B", "a\\nb"}, {"C", "a\\nb"}, {"D", "a\\nb"}}));
}

TEST(Dotenv, OtherEscapesStayLiteral) {
  EXPECT_EQ(Literal("A=\"tab\\tx\"\nB=\"r\\rx\"\n"), (Map{{"A", "tab\\tx"}, {"B", "r\\rx"}}));
}

TEST(Dotenv, EmptyValues) {
  EXPECT_EQ(Literal("A=\nB=\"\"\nC=''\nD=  \nE=``\n"),
            (Map{{"A", ""}, {"B", ""}, {"C", ""}, {"D", ""}, {"E", ""}}));
}

TEST(Dotenv, DuplicateKeysLastWins) {
  ParseResult result = Parse("A=1\nB=2\nA=3\n");
  ASSERT_EQ(result.entries.size(), 2u);
  EXPECT_EQ(result.entries[0].key, "A");
  EXPECT_EQ(result.entries[0].value, "3");
  EXPECT_EQ(result.entries[1].key, "B");
}

TEST(Dotenv, EqualsInValue) {
  EXPECT_EQ(Literal("A=1=2\nB==x\n"), (Map{{"A", "1=2"}, {"B", "=x"}}));
}

TEST(Dotenv, TextAfterClosingQuoteIgnoredWithWarning) {
  ParseResult result = Parse("A=\"x\" trailing\nB=\"y\" # comment\n");
  EXPECT_EQ(ToMap(result), (Map{{"A", "x"}, {"B", "y"}}));
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_EQ(result.warnings[0].line, 1u);
}

TEST(Dotenv, CrlfLineEndings) {
  EXPECT_EQ(Literal("A=1\r\nB=\"x\r\ny\"\r\nC=3\r\n"),
            (Map{{"A", "1"}, {"B", "x\ny"}, {"C", "3"}}));
  EXPECT_EQ(Literal("A=1\rB=2\r"), (Map{{"A", "1"}, {"B", "2"}}));
}

TEST(Dotenv, Utf8ByteOrderMark) {
  EXPECT_EQ(Literal("\xEF\xBB\xBF"
                    "A=1\n"),
            (Map{{"A", "1"}}));
}

TEST(Dotenv, Utf8KeysAndValues) {
  EXPECT_EQ(Literal("K\xC3\xA9=caf\xC3\xA9\nKEY.with-dash=1\n"),
            (Map{{"K\xC3\xA9", "caf\xC3\xA9"}, {"KEY.with-dash", "1"}}));
}

TEST(Dotenv, MalformedLinesWarnWithLineNumbersAndTheRestLoads) {
  ParseResult result = Parse("A=1\ngarbage line\n=novalue\nMY KEY=x\n\"Q\"=1\nB=2\n");
  EXPECT_EQ(ToMap(result), (Map{{"A", "1"}, {"B", "2"}}));
  ASSERT_EQ(result.warnings.size(), 4u);
  EXPECT_EQ(result.warnings[0].line, 2u);
  EXPECT_EQ(result.warnings[1].line, 3u);
  EXPECT_EQ(result.warnings[2].line, 4u);
  EXPECT_EQ(result.warnings[3].line, 5u);
}

TEST(Dotenv, LineNumbersCountMultiLineValues) {
  ParseResult result = Parse("A=\"1\n2\n3\"\nbad\n");
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_EQ(result.warnings[0].line, 4u);
}

TEST(Dotenv, UnterminatedQuoteTakesTheLineAndWarns) {
  ParseResult result = Parse("A=\"unterminated\nB=2\n");
  EXPECT_EQ(ToMap(result), (Map{{"A", "\"unterminated"}, {"B", "2"}}));
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_EQ(result.warnings[0].line, 1u);
}

TEST(Dotenv, NoExpansionWithoutTheOption) {
  EXPECT_EQ(Literal("A=1\nB=${A}\nC=$A\nD=\\$A\n"),
            (Map{{"A", "1"}, {"B", "${A}"}, {"C", "$A"}, {"D", "\\$A"}}));
}

TEST(Dotenv, ExpansionFromEarlierKeys) {
  EXPECT_EQ(Expanded("A=hello\nB=${A} world\nC=$A-x\nD=pre${A}post\n"),
            (Map{{"A", "hello"}, {"B", "hello world"}, {"C", "hello-x"}, {"D", "prehellopost"}}));
}

TEST(Dotenv, ExpansionFromTheEnvironmentWhichWins) {
  EXPECT_EQ(Expanded("HOME_DIR=$HOME/x\nA=file\nB=$A\n", {{"HOME", "/home/u"}, {"A", "real"}}),
            (Map{{"HOME_DIR", "/home/u/x"}, {"A", "file"}, {"B", "real"}}));
}

TEST(Dotenv, ExpansionFromEarlierFiles) {
  std::map<std::string, std::string, std::less<>> defined = {{"BASE", "/srv"}};
  EXPECT_EQ(Expanded("DIR=${BASE}/app\n", {}, &defined), (Map{{"DIR", "/srv/app"}}));
}

TEST(Dotenv, ExpansionInDoubleQuotesAndBackticksNotSingle) {
  EXPECT_EQ(Expanded("A=x\nB=\"$A\"\nC=`$A`\nD='$A'\n"),
            (Map{{"A", "x"}, {"B", "x"}, {"C", "x"}, {"D", "$A"}}));
}

TEST(Dotenv, EscapedDollarIsLiteral) {
  EXPECT_EQ(Expanded("A=x\nB=\\$A\nC=\"cost \\${A}\"\n"),
            (Map{{"A", "x"}, {"B", "$A"}, {"C", "cost ${A}"}}));
}

TEST(Dotenv, UndefinedVariablesExpandToEmpty) {
  EXPECT_EQ(Expanded("A=${NOPE}x\nB=$NOPE\n"), (Map{{"A", "x"}, {"B", ""}}));
}

TEST(Dotenv, DefaultValues) {
  EXPECT_EQ(Expanded("E=\nA=${NOPE:-def}\nB=${E:-def}\nC=${E-def}\nD=${NOPE-$X}\n", {{"X", "x"}}),
            (Map{{"E", ""}, {"A", "def"}, {"B", "def"}, {"C", ""}, {"D", "x"}}));
}

TEST(Dotenv, MalformedReferencesStayLiteral) {
  EXPECT_EQ(Expanded("A=${\nB=${1}\nC=$\nD=a$\nE=$1\nF=${A\n"),
            (Map{{"A", "${"}, {"B", "${1}"}, {"C", "$"}, {"D", "a$"}, {"E", "$1"}, {"F", "${A"}}));
}

TEST(Dotenv, NewlineEscapeAndExpansionTogether) {
  EXPECT_EQ(Expanded("A=v\nB=\"$A\\n${A}\"\n"), (Map{{"A", "v"}, {"B", "v\nv"}}));
}

TEST(Dotenv, ExpandedValueIsNotReExpanded) {
  EXPECT_EQ(Expanded("A='$B'\nB=b\nC=$A\n"), (Map{{"A", "$B"}, {"B", "b"}, {"C", "$B"}}));
}

TEST(Dotenv, EmptyAndBlankInput) {
  EXPECT_TRUE(Parse("").entries.empty());
  EXPECT_TRUE(Parse("\n\n  \n\t\n").entries.empty());
  EXPECT_TRUE(Parse("\n\n  \n\t\n").warnings.empty());
}

TEST(Dotenv, NulBytesDoNotCrash) {
  std::string text("A=1\0B\nC=2", 9);
  ParseResult result = Parse(text);
  EXPECT_EQ(ToMap(result)["C"], "2");
}

}  // namespace
}  // namespace kiln::dotenv
