#!/usr/bin/env python3
"""Line editing on a real terminal: tests/tty/readline-program.js in a pseudo-terminal under
Kiln and under node, the same keys typed into both, the same bytes required back (prompts,
redraw escapes, answers, raw mode on and off). Usage: test-readline-pty.py KILN"""
import os
import sys

from ptylib import compare

PROGRAM = os.path.join(os.path.dirname(os.path.abspath(__file__)), "readline-program.js")
STEPS = [
    ("wait", b"demo> "),
    ("keys", b"hello"),
    ("keys", b"\x1b[D\x1b[D"),     # left, left
    ("keys", b"X"),
    ("keys", b"\r"),
    ("keys", b"\x1b[A"),           # up: history
    ("keys", b"\x01"),             # ctrl-a
    ("keys", b"\x1b[3~"),          # delete
    ("keys", b"\r"),
    ("keys", b"st"),
    ("keys", b"\t"),               # completes the common prefix "sta" of status/stash
    ("keys", b"\t"),               # a second tab lists the candidates
    ("keys", b"a\t"),              # "staa": no candidates, nothing happens
    ("keys", b"\x15"),             # ctrl-u
    ("keys", b"one two three"),
    ("keys", b"\x17"),             # ctrl-w
    ("keys", b"\x1bb"),            # meta-b
    ("keys", b"\x0b"),             # ctrl-k
    ("keys", b"\r"),
    ("keys", b"\x03"),             # ctrl-c: the SIGINT listener
    ("keys", b"quit\r"),
]

if __name__ == "__main__":
    sys.exit(compare(sys.argv[1], PROGRAM, STEPS))
