#!/usr/bin/env python3
"""Runs a command with stdin, stdout and stderr on a pseudo-terminal, as a person at a
terminal would meet it, and answers its question.

    on_terminal.py ANSWER COMMAND [ARGS...]

Waits for a prompt's "[y/N] " (in any language: "[da/N] ", "[ν/Ο] "), types ANSWER and Enter, then prints everything the command
wrote on the terminal and exits with the command's exit status (127 when no prompt came
within 10 seconds). ANSWER "-" expects no question: the command just runs on the terminal
(127 when it has not ended within 10 seconds)."""
import os
import pty
import re
import select
import sys
import time


PROMPT = re.compile(rb"\[[^][/]+/[^][/]+\] $")


def main() -> int:
    answer, argv = sys.argv[1], sys.argv[2:]
    asks = answer != "-"
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    seen = b""
    answered = False
    timed_out = False
    deadline = time.monotonic() + 10
    while True:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        if asks and not answered and PROMPT.search(seen):
            os.write(fd, answer.encode() + b"\n")
            answered = True
        if (not asks or not answered) and time.monotonic() > deadline:
            os.kill(pid, 9)
            timed_out = True
            break
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(seen.decode("utf-8", "replace").replace("\r\n", "\n"))
    if (asks and not answered) or timed_out:
        return 127
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
