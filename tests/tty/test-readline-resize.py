#!/usr/bin/env python3
"""SIGWINCH: process.stdout's columns/rows change and 'resize' is emitted; readline redraws
its line for the new width, byte for byte as node does. Usage: test-readline-resize.py KILN"""
import os
import sys

from ptylib import compare

PROGRAM = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resize-program.js")
STEPS = [
    ("wait", b"w> "),
    ("resize", 40, 30),
    ("keys", b"\x1b[D"),
    ("resize", 20, 30),
    ("keys", b"\x04"),
    ("keys", b"\x15"),
    ("keys", b"\x04"),
]

if __name__ == "__main__":
    sys.exit(compare(sys.argv[1], PROGRAM, STEPS))
