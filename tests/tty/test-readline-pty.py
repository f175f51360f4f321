#!/usr/bin/env python3
"""Line editing on a real terminal: runs tests/tty/readline-program.js in a pseudo-terminal
under Kiln and under the machine's node, types the same keys into both and requires the same
bytes back (prompts, redraw escapes, answers). Usage: test-readline-pty.py KILN"""
import fcntl
import os
import pty
import select
import shutil
import struct
import sys
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAM = os.path.join(HERE, "readline-program.js")
KEYS = [
    b"hello",
    b"\x1b[D\x1b[D",       # left, left
    b"X",
    b"\r",
    b"\x1b[A",             # up: history
    b"\x01",               # ctrl-a
    b"\x1b[3~",            # delete
    b"\r",
    b"st",
    b"\t",                 # completes the common prefix "sta" of status/stash
    b"\t",                 # a second tab lists the candidates
    b"a\t",                # "staa": no candidates, nothing happens
    b"\x15",               # ctrl-u
    b"one two three",
    b"\x17",               # ctrl-w
    b"\x1bb",              # meta-b
    b"\x0b",               # ctrl-k
    b"\r",
    b"\x03",               # ctrl-c: SIGINT listener
    b"quit\r",
]


def run(argv):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm"
        os.environ.pop("NO_COLOR", None)
        os.environ.pop("FORCE_COLOR", None)
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    transcript = b""

    def read_for(seconds):
        nonlocal transcript
        deadline = time.time() + seconds
        while time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    data = os.read(fd, 4096)
                except OSError:
                    return False
                if not data:
                    return False
                transcript += data
        return True

    # Wait for the first prompt before typing.
    deadline = time.time() + 10
    while b"demo> " not in transcript and time.time() < deadline:
        if not read_for(0.1):
            break
    for key in KEYS:
        os.write(fd, key)
        read_for(0.25)
    read_for(1.0)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return transcript, os.waitstatus_to_exitcode(status)


def main():
    kiln = sys.argv[1]
    node = shutil.which("node")
    if node is None:
        print("node is not installed: skipped")
        return 77
    got, got_code = run([kiln, PROGRAM])
    want, want_code = run([node, PROGRAM])
    if got != want or got_code != want_code:
        print("kiln:", got_code, repr(got))
        print("node:", want_code, repr(want))
        return 1
    print(f"ok: {len(got)} bytes identical, exit {got_code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
