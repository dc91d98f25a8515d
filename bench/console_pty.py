#!/usr/bin/env python3
"""Drives `ecomctl console` on a pseudo-terminal of 80x24 for the console
benchmarks (bench/console_*.sh), reading the screen through a small
terminal emulator: ratatui redraws only the cells that change, so "the
results are drawn" is a fact about the screen, not about the bytes.

  console_pty.py start BIN RUNS        first drawn results vs `orders list`
  console_pty.py keystroke BIN KEYS    keystroke -> redrawn results, median
  console_pty.py memory BIN SECONDS    RSS of a console watching the feed
"""

import codecs
import fcntl
import os
import pty
import re
import select
import statistics
import struct
import subprocess
import sys
import termios
import time

WIDTH, HEIGHT = 80, 24
# The list's title row: "┌ 12 order(s) · of about 200000 · 4 ms … ─┐".
TITLE_ROW = 4
QUERY_ROW = 2


class Screen:
    """Enough of VT100 for what crossterm writes: cursor moves, clears, text."""

    def __init__(self):
        self.rows = [[" "] * WIDTH for _ in range(HEIGHT)]
        self.row = self.col = 0
        self.escape = ""
        self.decode = codecs.getincrementaldecoder("utf-8")("replace")

    def feed(self, data):
        for c in self.decode.decode(data):
            if self.escape or c == "\x1b":
                self.escape += c
                self.apply()
            elif c == "\r":
                self.col = 0
            elif c == "\n":
                self.row = min(self.row + 1, HEIGHT - 1)
            elif c.isprintable():
                if self.row < HEIGHT and self.col < WIDTH:
                    self.rows[self.row][self.col] = c
                self.col += 1

    def apply(self):
        seq = self.escape
        if not seq.startswith("\x1b["):
            if len(seq) >= 2:
                self.escape = ""
            return
        last = seq[-1]
        if len(seq) < 3 or not ("@" <= last <= "~"):
            return
        self.escape = ""
        params = [int(p) if p.isdigit() else 0 for p in seq[2:-1].split(";")]
        at = lambda i: max(params[i] if i < len(params) else 1, 1) - 1
        if last in "Hf":
            self.row, self.col = min(at(0), HEIGHT - 1), at(1)
        elif last == "J":
            self.rows = [[" "] * WIDTH for _ in range(HEIGHT)]
        elif last == "K":
            self.rows[self.row][self.col:] = [" "] * (WIDTH - min(self.col, WIDTH))

    def line(self, n):
        return "".join(self.rows[n])


class Console:
    def __init__(self, binary, args=("console",)):
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))
            os.environ["TERM"] = "xterm"
            os.environ["NO_COLOR"] = "1"
            os.execv(binary, [binary, *args])
        self.pid, self.fd, self.screen = pid, fd, Screen()

    def pump(self, wait):
        ready, _, _ = select.select([self.fd], [], [], wait)
        if ready:
            try:
                self.screen.feed(os.read(self.fd, 65536))
            except OSError:
                raise SystemExit("the console ended early")

    def until(self, done, timeout=60.0):
        deadline = time.perf_counter() + timeout
        while not done(self.screen):
            if time.perf_counter() > deadline:
                raise SystemExit("timed out; the screen shows:\n" + "\n".join(
                    self.screen.line(n) for n in range(HEIGHT)))
            self.pump(0.05)
        return time.perf_counter()

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def quit(self):
        self.send("\x03")
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                self.pump(0.05)
            except SystemExit:
                break
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                return
        os.kill(self.pid, 9)

    def rss_kib(self):
        with open(f"/proc/{self.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0


def results_drawn(screen):
    """The list shows the answer to what is typed (no "…" in its title)."""
    title = screen.line(TITLE_ROW)
    return re.search(r"\d+ order\(s\)", title) is not None and "…" not in title


def start(binary, runs):
    """The first frame, and the first frame with the first search's answer,
    against `orders list` run whole; interleaved run by run."""
    frame_ms, console_ms, list_ms = [], [], []
    for i in range(runs + 2):
        t0 = time.perf_counter()
        subprocess.run([binary, "-q", "orders", "list"], check=True, stdout=subprocess.DEVNULL)
        listed = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        console = Console(binary)
        framed = (console.until(lambda s: "ecomctl console" in s.line(0)) - t0) * 1000
        drawn = (console.until(results_drawn) - t0) * 1000
        console.quit()
        if i >= 2:  # warm-up runs
            list_ms.append(listed)
            frame_ms.append(framed)
            console_ms.append(drawn)
    f, a, b = (statistics.median(x) for x in (frame_ms, console_ms, list_ms))
    print(f"console, first frame          median {f:7.1f} ms")
    print(f"console, first drawn results  median {a:7.1f} ms")
    print(f"orders list, whole process    median {b:7.1f} ms")
    print(f"ratio, first results / orders list {a / b:.2f}, first frame {f / b:.2f}  (bar: <= 1.5)")


def keystroke(binary, keys):
    console = Console(binary)
    console.until(results_drawn)
    samples = []
    words = [f"customer{n}" for n in (1234, 987, 4321, 55, 2020, 3141, 777, 4999)]
    typed = ""
    while len(samples) < keys:
        for word in words:
            for c in word + "\b" * len(word):
                if len(samples) >= keys:
                    break
                typed = typed[:-1] if c == "\b" else typed + c
                shown = typed
                t0 = time.perf_counter()
                console.send("\x7f" if c == "\b" else c)
                # The frame that shows the new text, then the one with its results.
                console.until(lambda s: s.line(QUERY_ROW)[1:].rstrip("│ ") == shown)
                t1 = console.until(results_drawn)
                samples.append((t1 - t0) * 1000)
                time.sleep(0.1)  # a fast typist: ten keys a second
    console.quit()
    samples.sort()
    p95 = samples[int(len(samples) * 0.95) - 1]
    print(f"keystroke -> redrawn results over {len(samples)} keys: "
          f"median {statistics.median(samples):.1f} ms, p95 {p95:.1f} ms  (bar: median <= 50 ms)")


def memory(binary, seconds):
    console = Console(binary)
    console.until(results_drawn)
    warm = time.time() + 30
    while time.time() < warm:
        console.pump(0.05)
    first = console.rss_kib()
    samples = [first]
    end = time.time() + seconds
    next_sample = time.time() + 30
    while time.time() < end:
        console.pump(0.05)
        if time.time() >= next_sample:
            samples.append(console.rss_kib())
            next_sample += 30
    last = console.rss_kib()
    shown = console.screen.line(TITLE_ROW).strip()
    console.quit()
    print("RSS (MiB) every 30 s: " + " ".join(f"{s / 1024:.1f}" for s in samples + [last]))
    print(f"list title at the end: {shown}")
    print(f"RSS growth over {seconds} s: {(last - first) / 1024:.1f} MiB  (bar: <= 10 MiB)")


if __name__ == "__main__":
    mode, binary, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    {"start": start, "keystroke": keystroke, "memory": memory}[mode](binary, n)
