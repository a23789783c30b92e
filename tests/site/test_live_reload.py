"""Live reload as a person sees it (issue 14, points 1-2): headless Chromium opens a page
served by `docket serve` on the 1k corpus, the test edits the content right after the page
loaded, and the page shows the new text by itself, four rounds in a row, each on a fresh
load. A bad edit brings the error page with path:line:col; the fix brings the page back.

The median edit-to-repaint time is written to artifacts/reload-latency.txt (a report, not
an assertion: speed is measured, not unit-tested)."""
from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import time
from pathlib import Path

import pytest

ROUNDS = 4


def _corpus(request):
    from conftest import _sites

    sites = _sites(request.config)
    return next((s for s in sites if s.name == "corpus"), sites[-1])


@pytest.fixture(scope="module")
def served(request, docket, tmp_path_factory):
    """A copy of the corpus content, served by `docket serve` on a free port."""
    root = tmp_path_factory.mktemp("serve") / "site"
    source = _corpus(request).content
    shutil.copytree(source, root, ignore=shutil.ignore_patterns("public", ".public*"))
    log = open(root.parent / "serve.log", "w+")
    process = subprocess.Popen([str(docket), "serve", "--port", "0", "--now", "2026-11-22"], cwd=root,
                               stdout=log, stderr=log, stdin=subprocess.DEVNULL)
    port = None
    deadline = time.monotonic() + 120
    while port is None and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.1)
        match = re.search(r"serving on http://127\.0\.0\.1:(\d+)/", (root.parent / "serve.log").read_text())
        port = match and int(match.group(1))
    if port is None:
        process.kill()
        pytest.fail("docket serve did not start:\n" + (root.parent / "serve.log").read_text())
    yield root, f"http://127.0.0.1:{port}"
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


def _expert(root: Path) -> tuple[Path, str, str]:
    """A YAML expert file of the corpus, its slug and its `name:` line."""
    for path in sorted((root / "content" / "experts").glob("*.yml")):
        match = re.search(r"^name: .*$", path.read_text(), re.M)
        if match:
            return path, path.stem, match.group(0)
    pytest.fail("the corpus has no YAML expert with a name line")


def _wait_for_text(browser, text: str, limit: float = 10.0) -> float | None:
    """Seconds until the open page's body holds `text` (checked every few ms), or None."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        try:
            body = browser.js("return document.body ? document.body.innerText : ''")
        except Exception:  # the page is being replaced by the reload
            body = ""
        if text in body:
            return time.perf_counter() - start
        time.sleep(0.005)
    return None


def test_the_open_page_updates_on_the_first_edit_after_each_load(browser, served, screenshot_dir):
    root, base = served
    path, slug, name_line = _expert(root)
    original = path.read_text()
    url = f"{base}/experts/{slug}/"
    times = []
    try:
        for attempt in range(ROUNDS):
            browser.driver.get(url)
            assert browser.js("return document.querySelector('script[data-version]') !== null"), \
                "the served page carries no reload script with its generation"
            name = f"Reloaded Name {attempt}"
            start = time.perf_counter()
            path.write_text(original.replace(name_line, f"name: {name}", 1))
            waited = _wait_for_text(browser, name)
            assert waited is not None, f"round {attempt + 1}: the page did not show the edit by itself"
            times.append(time.perf_counter() - start)
    finally:
        path.write_text(original)
    median_ms = statistics.median(times) * 1000
    report = Path(screenshot_dir).parent / "reload-latency.txt"
    report.write_text(f"edit to repaint, {ROUNDS} rounds on the 1k corpus, ms: "
                      + " ".join(f"{t * 1000:.0f}" for t in times) + f"; median {median_ms:.0f}\n")
    print(report.read_text())


def test_a_bad_edit_shows_the_error_page_and_the_fix_brings_the_page_back(browser, served):
    root, base = served
    path, slug, name_line = _expert(root)
    original = path.read_text()
    browser.driver.get(f"{base}/experts/{slug}/")
    relative = path.relative_to(root).as_posix()
    try:
        path.write_text(original.replace(name_line, "name: [unclosed", 1))
        assert _wait_for_text(browser, relative + ":") is not None, "the error page did not appear"
        shown = browser.js("return document.body.innerText")
        assert re.search(re.escape(relative) + r":\d+:\d+", shown), shown[:500]
        assert "Reloaded" not in shown
    finally:
        path.write_text(original.replace(name_line, "name: Fixed Again", 1))
    try:
        assert _wait_for_text(browser, "Fixed Again") is not None, "the fixed page did not come back by itself"
    finally:
        path.write_text(original)
