"""`docket build` draws `rendering N/TOTAL pages` on stderr only when stderr is a terminal:
under a pseudo-terminal the line is there, and erased at the end; through a pipe (a CI
log) stderr holds the summary alone."""
from __future__ import annotations

import os
import pty
import re
import subprocess
from pathlib import Path

from sample_site import NOW, copy_sample

PROGRESS = re.compile(rb"\rrendering (\d+)/(\d+) pages")
ERASE = b"\r\x1b[K"


def build_command(docket: Path, output: Path) -> list[str]:
    return [str(docket), "build", "--now", NOW, "--output", str(output)]


def built_pages(stderr: bytes) -> int:
    match = re.search(rb"built (\d+) pages", stderr)
    assert match, stderr
    return int(match.group(1))


def test_progress_line_on_a_terminal(docket, tmp_path):
    site = copy_sample(tmp_path / "site")
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(build_command(docket, tmp_path / "out"), cwd=site, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=terminal)
    finally:
        os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(controller)
    assert process.wait(timeout=600) == 0, seen
    pages = built_pages(seen)
    counts = [(int(done), int(total)) for done, total in PROGRESS.findall(seen)]
    assert counts, f"no progress line on the terminal: {seen!r}"
    assert all(total == pages for _, total in counts), counts
    assert counts[-1] == (pages, pages), counts
    assert [done for done, _ in counts] == sorted(done for done, _ in counts), counts
    # The line is erased before the summary, which then starts on a clean line.
    assert seen.index(ERASE) > seen.rindex(b"rendering") and seen.index(ERASE) < seen.index(b"built "), seen


def test_no_progress_line_through_a_pipe(docket, tmp_path):
    site = copy_sample(tmp_path / "site")
    result = subprocess.run(build_command(docket, tmp_path / "out"), cwd=site, stdin=subprocess.DEVNULL,
                            capture_output=True, timeout=600)
    assert result.returncode == 0, result.stderr
    built_pages(result.stderr)
    assert b"rendering" not in result.stderr and b"\r" not in result.stderr and b"\x1b" not in result.stderr, result.stderr
