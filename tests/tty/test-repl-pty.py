#!/usr/bin/env python3
"""The REPL on a real terminal: `kiln` with no script in a pseudo-terminal gets the banner and
prompt, evaluates, continues an unfinished input behind "... ", answers a first Ctrl+C with
Node's hint and leaves on .exit with code 0. Kiln-only (node's REPL adds previews and its own
banner), so the transcript is checked for each answer. Usage: test-repl-pty.py KILN"""
import re
import sys

from ptylib import run

STEPS = [
    ("wait", b"> "),
    ("keys", b"1 + 2\r"),
    ("wait", b"3"),
    ("keys", b"function twice(x) {\r"),
    ("wait", b"... "),
    ("keys", b"return 2 * x }\r"),
    ("keys", b"twice(21)\r"),
    ("wait", b"42"),
    ("keys", b"\x03"),
    ("wait", b"press Ctrl+C again"),
    ("keys", b"os.EOL === '\\n'\r"),
    ("wait", b"true"),
    ("keys", b".exit\r"),
]


def main():
    transcript, code = run([sys.argv[1]], STEPS)
    text = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", transcript).decode("utf-8", "replace")
    expected = ["Welcome to Kiln", "> 1 + 2", "\n3", "... ", "\n42",
                "(To exit, press Ctrl+C again or Ctrl+D or type .exit)", "\ntrue"]
    missing = [item for item in expected if item not in text]
    if missing or code != 0:
        print(f"exit code {code}; missing {missing!r}\n--- transcript ---\n{text}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
