// Parsing of the env-file and watch flags (issue 6).
#include <gtest/gtest.h>

#include "args.h"

namespace kiln::cli {
namespace {

TEST(ParseArgsEnv, EnvFilesInOrderBothForms) {
  Command c = ParseArgs(
      {"kiln", "--env-file=a.env", "--env-file", "b.env", "--env-file-if-exists=c.env", "app.js"});
  ASSERT_EQ(c.kind, CommandKind::kRun);
  ASSERT_EQ(c.run.env_files.size(), 3u);
  EXPECT_EQ(c.run.env_files[0].path, "a.env");
  EXPECT_TRUE(c.run.env_files[0].required);
  EXPECT_EQ(c.run.env_files[1].path, "b.env");
  EXPECT_EQ(c.run.env_files[2].path, "c.env");
  EXPECT_FALSE(c.run.env_files[2].required);
  EXPECT_EQ(c.run.exec_argv, (std::vector<std::string>{"--env-file=a.env", "--env-file", "b.env",
                                                       "--env-file-if-exists=c.env"}));
}

TEST(ParseArgsEnv, NoEnvFile) {
  Command c = ParseArgs({"kiln", "--no-env-file", "app.js"});
  EXPECT_TRUE(c.run.no_env_file);
}

TEST(ParseArgsEnv, MissingPathIsAnError) {
  EXPECT_EQ(ParseArgs({"kiln", "--env-file"}).kind, CommandKind::kError);
  EXPECT_EQ(ParseArgs({"kiln", "--env-file=", "app.js"}).kind, CommandKind::kError);
}

TEST(ParseArgsEnv, FlagAfterTheScriptBelongsToTheScript) {
  Command c = ParseArgs({"kiln", "app.js", "--env-file=x.env"});
  EXPECT_TRUE(c.run.env_files.empty());
  EXPECT_EQ(c.run.script_args, (std::vector<std::string>{"--env-file=x.env"}));
}

TEST(ParseArgsWatch, WatchFlagsAndTheChildsArguments) {
  Command c = ParseArgs({"kiln", "run", "--watch", "--env-file=.env.dev", "--watch-path", "src",
                         "--watch-path=lib", "--watch-preserve-output", "app.js", "--port", "1"});
  ASSERT_EQ(c.kind, CommandKind::kRun);
  EXPECT_TRUE(c.watch.enabled);
  EXPECT_TRUE(c.watch.preserve_output);
  EXPECT_EQ(c.watch.paths, (std::vector<std::string>{"src", "lib"}));
  EXPECT_EQ(c.watch.child_args,
            (std::vector<std::string>{"--env-file=.env.dev", "app.js", "--port", "1"}));
  EXPECT_EQ(c.run.entry, "app.js");
}

TEST(ParseArgsWatch, WatchPathImpliesWatch) {
  EXPECT_TRUE(ParseArgs({"kiln", "--watch-path=src", "app.js"}).watch.enabled);
}

TEST(ParseArgsWatch, WatchNeedsAFile) {
  EXPECT_EQ(ParseArgs({"kiln", "--watch"}).kind, CommandKind::kError);
  EXPECT_EQ(ParseArgs({"kiln", "--watch", "-e", "1"}).kind, CommandKind::kError);
}

TEST(ParseArgsWatch, InternalChildFlagReportsOnFd3AndIsHidden) {
  Command c = ParseArgs({"kiln", kWatchChildFlag, "app.js"});
  EXPECT_EQ(c.run.watch_report_fd, 3);
  EXPECT_FALSE(c.watch.enabled);
  EXPECT_TRUE(c.run.exec_argv.empty());
}

TEST(ParseArgsWatch, EntryAfterDoubleDash) {
  Command c = ParseArgs({"kiln", "--watch", "--", "-odd.js"});
  EXPECT_EQ(c.watch.child_args, (std::vector<std::string>{"--", "-odd.js"}));
}

}  // namespace
}  // namespace kiln::cli
