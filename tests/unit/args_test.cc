#include "args.h"

#include <gtest/gtest.h>

namespace kiln::cli {
namespace {

TEST(ParseArgs, ScriptAndItsArguments) {
  Command c = ParseArgs({"kiln", "app.js", "--flag", "x"});
  ASSERT_EQ(c.kind, CommandKind::kRun);
  EXPECT_EQ(c.run.mode, RunMode::kFile);
  EXPECT_EQ(c.run.entry, "app.js");
  EXPECT_EQ(c.run.script_args, (std::vector<std::string>{"--flag", "x"}));
}

TEST(ParseArgs, RunSubcommandIsTheSameAsAFile) {
  Command c = ParseArgs({"kiln", "run", "app.js", "a"});
  EXPECT_EQ(c.run.entry, "app.js");
  EXPECT_EQ(c.run.script_args, (std::vector<std::string>{"a"}));
}

TEST(ParseArgs, EvalAndPrint) {
  Command e = ParseArgs({"kiln", "-e", "1+1", "x"});
  EXPECT_EQ(e.run.mode, RunMode::kEval);
  EXPECT_EQ(e.run.entry, "1+1");
  EXPECT_EQ(e.run.script_args, (std::vector<std::string>{"x"}));
  EXPECT_EQ(e.run.exec_argv, (std::vector<std::string>{"-e", "1+1"}));
  Command p = ParseArgs({"kiln", "--print=2"});
  EXPECT_EQ(p.run.mode, RunMode::kPrint);
  EXPECT_EQ(p.run.entry, "2");
}

TEST(ParseArgs, DoubleDashEndsOptions) {
  Command c = ParseArgs({"kiln", "--", "-weird.js", "-e"});
  EXPECT_EQ(c.run.entry, "-weird.js");
  EXPECT_EQ(c.run.script_args, (std::vector<std::string>{"-e"}));
}

TEST(ParseArgs, UnknownFlagIsAnError) {
  Command c = ParseArgs({"kiln", "--no-such-flag", "app.js"});
  EXPECT_EQ(c.kind, CommandKind::kError);
  EXPECT_EQ(c.error, "bad option: --no-such-flag");
}

TEST(ParseArgs, MissingEvalArgumentIsAnError) {
  EXPECT_EQ(ParseArgs({"kiln", "-e"}).kind, CommandKind::kError);
}

TEST(ParseArgs, NoScriptReadsStdin) {
  EXPECT_EQ(ParseArgs({"kiln"}).kind, CommandKind::kStdin);
}

TEST(ParseArgs, StripTakesTheRestOfTheArguments) {
  Command c = ParseArgs({"kiln", "strip", "--transform-types", "a.ts"});
  EXPECT_EQ(c.kind, CommandKind::kStrip);
  EXPECT_EQ(c.subcommand_args, (std::vector<std::string>{"--transform-types", "a.ts"}));
}

TEST(ParseArgs, TransformTypesIsAKilnFlag) {
  Command c = ParseArgs({"kiln", "--transform-types", "app.ts", "--transform-types"});
  EXPECT_EQ(c.kind, CommandKind::kRun);
  EXPECT_EQ(c.run.entry, "app.ts");
  EXPECT_EQ(c.run.exec_argv, (std::vector<std::string>{"--transform-types"}));
  EXPECT_EQ(c.run.script_args, (std::vector<std::string>{"--transform-types"}));
}

}  // namespace
}  // namespace kiln::cli
