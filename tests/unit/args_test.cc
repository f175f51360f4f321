#include "args.h"

#include <gtest/gtest.h>

#include "node_options.h"

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

TEST(ParseArgs, UnknownShortFlagIsAnError) {
  Command c = ParseArgs({"kiln", "-z", "app.js"});
  EXPECT_EQ(c.kind, CommandKind::kError);
  EXPECT_EQ(c.error, "bad option: -z");
}

// V8 decides on other long flags when the run starts (Run() reports the ones it refuses).
TEST(ParseArgs, OtherLongFlagsGoToV8) {
  Command c = ParseArgs({"kiln", "--expose-gc", "app.js", "--not-mine"});
  ASSERT_EQ(c.kind, CommandKind::kRun);
  EXPECT_EQ(c.run.v8_flags, (std::vector<std::string>{"--expose-gc"}));
  EXPECT_EQ(c.run.exec_argv, (std::vector<std::string>{"--expose-gc"}));
  EXPECT_EQ(c.run.script_args, (std::vector<std::string>{"--not-mine"}));
}

TEST(ParseArgs, NodeOptionsInEveryForm) {
  Command c = ParseArgs({"kiln", "-r", "a", "--require=b", "--import", "c", "--no-warnings",
                         "--unhandled-rejections=strict", "-C", "dev", "app.js"});
  ASSERT_EQ(c.kind, CommandKind::kRun);
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(c.run.node_options, (Pairs{{"--require", "a"},
                                       {"--require", "b"},
                                       {"--import", "c"},
                                       {"--warnings", "false"},
                                       {"--unhandled-rejections", "strict"},
                                       {"--conditions", "dev"}}));
  EXPECT_EQ(c.run.exec_argv.size(), 9u);
  EXPECT_EQ(c.run.entry, "app.js");
}

TEST(ParseArgs, NodeOptionValuesAreChecked) {
  EXPECT_EQ(ParseArgs({"kiln", "--unhandled-rejections=loud", "a.js"}).error,
            "invalid value for --unhandled-rejections");
  EXPECT_EQ(ParseArgs({"kiln", "--input-type=json", "a.js"}).error,
            "--input-type must be \"module\" or \"commonjs\"");
  EXPECT_EQ(ParseArgs({"kiln", "--max-old-space-size=lots", "a.js"}).error,
            "invalid value for --max-old-space-size");
  EXPECT_EQ(ParseArgs({"kiln", "-r"}).error, "-r requires an argument");
  EXPECT_EQ(ParseArgs({"kiln", "--loader", "x", "a.js"}).kind, CommandKind::kError);
  EXPECT_EQ(ParseArgs({"kiln", "-c", "-e", "1"}).kind, CommandKind::kError);
}

TEST(ParseArgs, HeapSizesAndCheck) {
  Command c = ParseArgs(
      {"kiln", "--max-old-space-size=4096", "--max-semi-space-size", "64", "-c", "app.js"});
  ASSERT_EQ(c.kind, CommandKind::kRun);
  EXPECT_EQ(c.run.max_old_space_mb, 4096u);
  EXPECT_EQ(c.run.max_semi_space_mb, 64u);
  EXPECT_TRUE(c.run.check_only);
}

TEST(NodeOptionsEnv, SplitsLikeNode) {
  std::vector<std::string> words;
  ASSERT_TRUE(SplitNodeOptions(R"(  -r ./a.js  --title "my \"app\" x" )", &words));
  EXPECT_EQ(words, (std::vector<std::string>{"-r", "./a.js", "--title", "my \"app\" x"}));
  words.clear();
  EXPECT_FALSE(SplitNodeOptions(R"(--title "open)", &words));
}

TEST(NodeOptionsEnv, GoesBeforeTheCommandLine) {
  Command c = ParseArgs({"kiln", "-r", "cli", "--max-old-space-size=10", "app.js"});
  EXPECT_EQ(MergeNodeOptionsEnv("-r env --max-old-space-size=99 --jitless", &c.run), "");
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(c.run.node_options, (Pairs{{"--require", "env"}, {"--require", "cli"}}));
  EXPECT_EQ(c.run.max_old_space_mb, 10u);  // the command line wins
  EXPECT_EQ(c.run.v8_flags, (std::vector<std::string>{"--jitless"}));
  // NODE_OPTIONS never shows in process.execArgv.
  EXPECT_EQ(c.run.exec_argv, (std::vector<std::string>{"-r", "cli", "--max-old-space-size=10"}));
}

TEST(NodeOptionsEnv, CommandLineOnlyFlagsAreRefused) {
  RunOptions run;
  EXPECT_EQ(MergeNodeOptionsEnv("-e 1", &run), "-e is not allowed in NODE_OPTIONS");
  EXPECT_EQ(MergeNodeOptionsEnv("--check", &run), "--check is not allowed in NODE_OPTIONS");
  EXPECT_EQ(MergeNodeOptionsEnv("--watch", &run), "--watch is not allowed in NODE_OPTIONS");
}

TEST(ParseArgs, MissingEvalArgumentIsAnError) {
  EXPECT_EQ(ParseArgs({"kiln", "-e"}).kind, CommandKind::kError);
}

TEST(ParseArgs, NoScriptReadsStdin) { EXPECT_EQ(ParseArgs({"kiln"}).kind, CommandKind::kStdin); }

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
