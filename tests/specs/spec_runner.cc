// Runs one golden CLI test: tests/specs/<group>/<case>/ holds
//   args           the kiln arguments, one per line (default: main.js)
//   stdin          optional input
//   env            optional KEY=VALUE lines set in the command's environment (KEY= sets it empty)
//   expected.out   expected stdout (required)
//   expected.err   expected stderr (when absent, stderr must be empty)
//   expected.code  expected exit code (default 0)
// Expected text may contain [WILDCARD] (any text, also across lines) and [DIR] (the case
// directory). The command runs in the case directory with a 60 s timeout.
// Usage: spec_runner KILN CASE_DIR
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <climits>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  *out = text.str();
  return true;
}

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (size_t pos = 0; (pos = text.find(from, pos)) != std::string::npos; pos += to.size()) {
    text.replace(pos, from.size(), to);
  }
  return text;
}

// Matches `text` against `pattern`, where [WILDCARD] matches any run of characters.
bool WildcardMatch(const std::string& pattern, const std::string& text) {
  const std::string kWild = "[WILDCARD]";
  std::vector<std::string> parts;
  size_t start = 0, pos;
  while ((pos = pattern.find(kWild, start)) != std::string::npos) {
    parts.push_back(pattern.substr(start, pos - start));
    start = pos + kWild.size();
  }
  parts.push_back(pattern.substr(start));
  if (parts.size() == 1) return pattern == text;
  if (text.compare(0, parts.front().size(), parts.front()) != 0) return false;
  size_t cursor = parts.front().size();
  for (size_t i = 1; i + 1 < parts.size(); i++) {
    size_t found = text.find(parts[i], cursor);
    if (found == std::string::npos) return false;
    cursor = found + parts[i].size();
  }
  const std::string& last = parts.back();
  return text.size() >= cursor + last.size() &&
         text.compare(text.size() - last.size(), last.size(), last) == 0;
}

struct Result {
  std::string out, err;
  int code = -1;
  bool timed_out = false;
};

Result Run(const std::vector<std::string>& argv, const std::string& cwd, const std::string& input,
           const std::vector<std::string>& env) {
  Result result;
  int out_pipe[2], err_pipe[2], in_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0 || pipe(in_pipe) != 0) return result;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1], in_pipe[0], in_pipe[1]}) {
      close(fd);
    }
    if (chdir(cwd.c_str()) != 0) _exit(127);
    std::vector<char*> args;
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    for (const std::string& entry : env) {
      size_t equals = entry.find('=');
      if (equals != std::string::npos) {
        setenv(entry.substr(0, equals).c_str(), entry.substr(equals + 1).c_str(), 1);
      }
    }
    execv(args[0], args.data());
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  close(in_pipe[0]);
  signal(SIGPIPE, SIG_IGN);
  if (!input.empty()) {
    ssize_t ignored = write(in_pipe[1], input.data(), input.size());
    (void)ignored;
  }
  close(in_pipe[1]);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  struct pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  int open_count = 2;
  char buffer[65536];
  while (open_count > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                    deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      kill(pid, SIGKILL);
      result.timed_out = true;
      break;
    }
    if (poll(fds, 2, static_cast<int>(left)) < 0) continue;
    for (int i = 0; i < 2; i++) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
      ssize_t n = read(fds[i].fd, buffer, sizeof(buffer));
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        open_count--;
      } else {
        (i == 0 ? result.out : result.err).append(buffer, static_cast<size_t>(n));
      }
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFEXITED(status)) result.code = WEXITSTATUS(status);
  else if (WIFSIGNALED(status)) result.code = 128 + WTERMSIG(status);
  return result;
}

bool Compare(const char* what, const std::string& expected, const std::string& actual) {
  if (WildcardMatch(expected, actual)) return true;
  std::cout << "=== " << what << " differs\n--- expected\n" << expected << "\n--- actual\n"
            << actual << "\n";
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: spec_runner KILN CASE_DIR\n";
    return 2;
  }
  // Absolute paths: the command runs in the case directory.
  char resolved[PATH_MAX];
  if (realpath(argv[1], resolved) == nullptr) {
    std::cerr << "spec_runner: no such binary " << argv[1] << "\n";
    return 2;
  }
  std::string kiln = resolved;
  if (realpath(argv[2], resolved) == nullptr) {
    std::cerr << "spec_runner: no such case " << argv[2] << "\n";
    return 2;
  }
  std::string dir = resolved;
  std::vector<std::string> command = {kiln};
  std::string args_text;
  if (ReadFile(dir + "/args", &args_text)) {
    std::istringstream lines(args_text);
    std::string line;
    while (std::getline(lines, line)) {
      if (!line.empty()) command.push_back(ReplaceAll(line, "[DIR]", dir));
    }
  } else {
    command.push_back("main.js");
  }
  std::string input, expected_out, expected_err, expected_code = "0";
  ReadFile(dir + "/stdin", &input);
  if (!ReadFile(dir + "/expected.out", &expected_out)) {
    std::cerr << "spec_runner: " << dir << " has no expected.out\n";
    return 2;
  }
  ReadFile(dir + "/expected.err", &expected_err);
  ReadFile(dir + "/expected.code", &expected_code);

  std::vector<std::string> env;
  std::string env_text;
  if (ReadFile(dir + "/env", &env_text)) {
    std::istringstream lines(env_text);
    std::string line;
    while (std::getline(lines, line)) {
      if (!line.empty()) env.push_back(ReplaceAll(line, "[DIR]", dir));
    }
  }
  Result result = Run(command, dir, input, env);
  if (result.timed_out) {
    std::cout << "timed out after 60 s\n";
    return 1;
  }
  bool ok = Compare("stdout", ReplaceAll(expected_out, "[DIR]", dir), result.out);
  ok = Compare("stderr", ReplaceAll(expected_err, "[DIR]", dir), result.err) && ok;
  int want = std::atoi(expected_code.c_str());
  if (result.code != want) {
    std::cout << "=== exit code: expected " << want << ", got " << result.code << "\n";
    ok = false;
  }
  return ok ? 0 : 1;
}
