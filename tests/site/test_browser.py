"""One page of each type, in headless Chromium loaded from file://: axe-core finds no
WCAG 2.1 A/AA violation at 1280 and 320 px, nothing is loaded from elsewhere, nothing
scrolls sideways at 320 px, and screenshots at 390 and 1280 px for reviewers."""
import base64

import pytest

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def need(page):
    if page.path is None:
        pytest.fail(f"{page.site.name} has no page of type {page.kind}")


def axe_report(violations):
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:6]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node.get('failureSummary', '').splitlines()[-1:]}")
            lines.append(f"      {node['html'][:160]}")
    return "\n".join(lines)


@pytest.mark.parametrize("width", [1280, 320])
def test_axe_finds_no_wcag_violation(browser, page, width):
    # At 320 px too: what scrolls sideways on a phone must be reachable by keyboard.
    need(page)
    browser.open(page.file, width)
    results = browser.axe(WCAG_TAGS)
    assert "error" not in results, results.get("error")
    assert results["testEngine"]["version"].startswith("4.9"), results["testEngine"]
    violations = results["violations"]
    assert not violations, f"{page.id} ({page.path}) at {width} px: axe-core found\n{axe_report(violations)}"


def local_load_problems(browser):
    """What the open page loads from elsewhere, or fails to load."""
    state = browser.js("""
        return {
          remote: performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('file:')),
          // The JSON-LD block is data the browser never runs (docs/decisions.md); one with a
          // src, or of any other type, is a script.
          scripts: [...document.scripts].filter(s => s.type !== 'application/ld+json' || s.src)
                     .map(s => s.src || '(inline)'),
          brokenImages: [...document.images].filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src')),
          unloadedStyles: [...document.querySelectorAll('link[rel~=stylesheet]')].filter(l => !l.sheet).map(l => l.getAttribute('href')),
        };""")
    problems = [f"loads from elsewhere: {u}" for u in state["remote"]]
    problems += [f"has a script, and no page needs JavaScript: {u}" for u in state["scripts"]]
    problems += [f"image did not load: {u}" for u in state["brokenImages"]]
    problems += [f"stylesheet did not load: {u}" for u in state["unloadedStyles"]]
    return problems


def test_loads_only_local_files(browser, page):
    need(page)
    browser.open(page.file, 1280)
    problems = local_load_problems(browser)
    assert not problems, f"{page.id} ({page.path}):\n  " + "\n  ".join(problems)


def overflow_problems(browser, file):
    """Sideways scrolling at 320 px: measured in a 320 px window (the layout viewport cannot
    grow there), then on a 320 px phone, which zooms out when the page is wider than the
    screen or declares no `width=device-width` viewport."""
    browser.open(file, 320, 640, mobile=False)
    o = browser.overflow()
    problems = []
    if o["scrollWidth"] > o["innerWidth"]:
        problems.append(f"{o['scrollWidth']} px wide in a {o['innerWidth']} px viewport; sticking out: {o['wide']}")
    browser.open(file, 320, 640, mobile=True)
    phone = browser.js("return window.innerWidth")
    if phone != 320:
        problems.append(f"a 320 px phone shows it {phone} px wide (zoomed out): wider than the screen, "
                        "or no <meta name=viewport content=width=device-width>")
    return problems


def test_no_horizontal_scroll_at_320px(browser, page):
    need(page)
    problems = overflow_problems(browser, page.file)
    assert not problems, f"{page.id} ({page.path}):\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshot(browser, page, width, screenshot_dir):
    need(page)
    png = base64.b64decode(browser.screenshot(page.file, width))
    assert png.startswith(b"\x89PNG"), "not a PNG"
    target = screenshot_dir / page.site.name / f"{page.kind}-{width}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(png)
