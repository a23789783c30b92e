"""Each checker fails on a page broken on purpose (conftest.BROKEN_PAGE, added to a copy
of a built site): a checker that passes everything would be caught here."""
import re

from conftest import describe_nu, nu_errors, run_docket_check
from test_browser import WCAG_TAGS, local_load_problems, overflow_problems


def test_docket_check_fails_on_broken_page(docket, broken_site):
    result = run_docket_check(docket, broken_site.build, broken_site.content)
    assert result.returncode == 1, f"docket check exited {result.returncode}:\n{result.stdout}{result.stderr}"
    problems = result.stdout.splitlines()
    assert any(p.startswith("broken.html") and "[check.link]" in p and "nobody-by-this-name" in p for p in problems), problems
    assert any(p.startswith("broken.html") and "[check.external]" in p and "cdn.example.com" in p for p in problems), problems
    assert all(p.startswith("broken.html") for p in problems), f"problems on pages not broken: {problems}"


def test_nu_html_checker_fails_on_broken_page(broken_site):
    errors = nu_errors(broken_site.build)
    broken = errors.get("broken.html", [])
    text = describe_nu(broken)
    assert any(re.search(r"No .p. element in scope", m["message"]) for m in broken), text
    assert any(re.search(r"Element .foo. not allowed", m["message"]) for m in broken), text
    assert set(errors) == {"broken.html"}, f"errors on pages not broken: {sorted(errors)}"


def test_axe_fails_on_broken_page(browser, broken_site):
    browser.open(broken_site.build / "broken.html", 1280)
    results = browser.axe(WCAG_TAGS)
    ids = {v["id"] for v in results["violations"]}
    assert "label" in ids, f"axe-core missed the unlabelled input: {ids}"


def test_local_loads_check_fails_on_broken_page(browser, broken_site):
    browser.open(broken_site.build / "broken.html", 1280)
    problems = local_load_problems(browser)
    assert any("cdn.example.com/tracker.js" in p for p in problems), problems


def test_overflow_check_fails_on_broken_page(browser, broken_site):
    problems = overflow_problems(browser, broken_site.build / "broken.html")
    assert len(problems) == 2, problems
    assert "sticking out" in problems[0] and "'div right=" in problems[0], problems
