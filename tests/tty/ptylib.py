"""Runs a program in a pseudo-terminal and plays steps against it: ("keys", bytes) types,
("resize", columns, rows) changes the window size (SIGWINCH), ("wait", bytes) waits until the
output contains the text. compare() runs the same steps under Kiln and the machine's node and
requires identical output bytes and exit codes."""
import fcntl
import os
import pty
import select
import shutil
import signal
import struct
import termios
import time


def run(argv, steps, settle=0.25):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm"
        for name in ("NO_COLOR", "FORCE_COLOR", "NODE_DISABLE_COLORS"):
            os.environ.pop(name, None)
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
                    return
                if not data:
                    return
                transcript += data

    for step in steps:
        if step[0] == "wait":
            deadline = time.time() + 20
            while step[1] not in transcript and time.time() < deadline:
                read_for(0.1)
        elif step[0] == "keys":
            os.write(fd, step[1])
        elif step[0] == "resize":
            fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", step[2], step[1], 0, 0))
        read_for(settle)
    read_for(1.0)
    finished, status = os.waitpid(pid, os.WNOHANG)
    if finished == 0:
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    os.close(fd)
    return transcript, os.waitstatus_to_exitcode(status)


def compare(kiln, program, steps):
    node = shutil.which("node")
    if node is None:
        print("node is not installed: skipped")
        return 77
    got, got_code = run([kiln, program], steps)
    want, want_code = run([node, program], steps)
    if got != want or got_code != want_code:
        print("kiln:", got_code, repr(got))
        print("node:", want_code, repr(want))
        return 1
    print(f"ok: {len(got)} bytes identical, exit {got_code}")
    return 0
