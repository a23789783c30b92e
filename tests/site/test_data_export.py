"""The public data export, `data/` (docs/content.md "Data export"), read with tools that
are not Docket's: check-jsonschema validates each data file against the schema published
beside it and each schema against the draft 2020-12 metaschema; Python's csv module reads
experts.csv. Then the files are tampered with, to show both checks can fail.
"""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import _sites, run_docket_check
from sample_site import NOW, copy_sample, edit, run, tool

DATA = ("experts", "firms", "requests")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EMAIL = re.compile(r'^\s*"?email"?\s*:\s*"?([^"\s,]+)"?', re.MULTILINE)


def check_jsonschema(*arguments, cwd: Path) -> tuple[int, dict]:
    result = run([tool("check-jsonschema"), "--output-format", "json", *arguments], cwd=cwd, timeout=600)
    try:
        return result.returncode, json.loads(result.stdout)
    except json.JSONDecodeError:
        raise AssertionError(f"check-jsonschema printed no JSON ({result.returncode}):\n"
                             f"{result.stdout}\n{result.stderr}") from None


def entities(build: Path, name: str) -> list[dict]:
    return json.loads((build / "data" / f"{name}.json").read_text(encoding="utf-8"))[name]


def content_emails(content: Path) -> set[str]:
    """Every e-mail address of the content, read with a pattern, not with Docket."""
    found = set()
    for path in (content / "content").rglob("*"):
        if path.suffix in (".yml", ".yaml", ".json"):
            found |= set(EMAIL.findall(path.read_text(encoding="utf-8")))
    return {address.lower() for address in found}


@pytest.mark.parametrize("name", DATA)
def test_data_file_matches_its_published_schema(site, name):
    folder = site.build / "data"
    status, report = check_jsonschema("--schemafile", folder / f"{name}.schema.json", folder / f"{name}.json", cwd=folder)
    assert status == 0 and report["status"] == "ok", json.dumps(report, indent=2)[:6000]


@pytest.mark.parametrize("name", DATA)
def test_published_schema_is_valid_against_the_metaschema(site, name):
    schema = site.build / "data" / f"{name}.schema.json"
    assert json.loads(schema.read_text(encoding="utf-8"))["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    status, report = check_jsonschema("--check-metaschema", schema, cwd=schema.parent)
    assert status == 0 and report["status"] == "ok", json.dumps(report, indent=2)[:6000]


@pytest.mark.parametrize("name", DATA)
def test_entities_are_sorted_by_slug_and_name_real_pages(site, name):
    items = entities(site.build, name)
    slugs = [item["slug"] for item in items]
    assert slugs and slugs == sorted(slugs) and len(set(slugs)) == len(slugs)
    assert len(items) == len(list((site.content / "content" / name).glob("*.*")))
    for item in items:
        assert (site.build / item["page"]).is_file(), item["page"]
        if "photo" in item:
            assert (site.build / item["photo"]).is_file(), item["photo"]
        if "url" in item:
            assert item["url"].endswith(item["page"].removesuffix("index.html")), item["url"]


def test_references_between_the_files_resolve(site):
    experts = {item["slug"]: item for item in entities(site.build, "experts")}
    firms = {item["slug"]: item for item in entities(site.build, "firms")}
    for expert in experts.values():
        if "firm" in expert:
            assert expert["slug"] in firms[expert["firm"]]["experts"]
    for firm in firms.values():
        assert all(experts[slug].get("firm") == firm["slug"] for slug in firm["experts"])
    for request in entities(site.build, "requests"):
        assert all(slug in experts for slug in request["responses"])


def test_no_private_value_in_the_export(site):
    emails = content_emails(site.content)
    assert emails, "the content has e-mail addresses to look for"
    for path in sorted((site.build / "data").iterdir()):
        text = path.read_text(encoding="utf-8").lower()
        assert "would_work_again" not in text, path.name
        leaked = sorted(address for address in emails if address in text)
        assert not leaked, f"{path.name} holds {len(leaked)} private addresses"


def test_experts_csv_is_rfc4180(site):
    raw = (site.build / "data" / "experts.csv").read_bytes()
    text = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    assert rows[0] == ["slug", "name", "country", "firm", "levels", "certifications",
                       "hourly_rate_min", "hourly_rate_max", "skills", "page", "url"]
    experts = entities(site.build, "experts")
    assert [row[0] for row in rows[1:]] == [expert["slug"] for expert in experts]
    for row, expert in zip(rows[1:], experts):
        assert row[1] == guarded(expert["name"]) and row[9] == expert["page"] and row[10] == expert.get("url", "")
    # Python's writer with CRLF and minimal quoting gives back the same bytes: the same
    # quoting rules and a CRLF after every record, the last one included.
    again = io.StringIO(newline="")
    csv.writer(again, lineterminator="\r\n").writerows(rows)
    assert again.getvalue() == text
    assert not any(cell.startswith(FORMULA_STARTS) for row in rows for cell in row)


def guarded(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def test_experts_csv_defuses_formulas(docket, tmp_path):
    """Cells a spreadsheet would run are prefixed with a quote, and read back exactly."""
    site = copy_sample(tmp_path / "site")
    maya = site / "content/experts/maya-okafor.yml"
    name = "=cmd|' /C calc'!A0"
    edit(maya, "name: Maya Okafor", f'name: "{name}"')
    edit(maya, "  - Terraform\n", '  - "@SUM(1+1)"\n  - "-2+3"\n  - "+1, \\"two\\""\n')
    result = run([docket, "build", "--output", tmp_path / "out", "--now", NOW], cwd=site)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO((tmp_path / "out/data/experts.csv").read_text(encoding="utf-8"), newline=""), strict=True))
    row = next(row for row in rows if row[0] == "maya-okafor")
    assert row[1] == "'" + name
    assert "; @SUM(1+1); -2+3; +1, \"two\"; " in row[8], row[8]
    assert not any(cell.startswith(FORMULA_STARTS) for row in rows for cell in row)
    expert = next(e for e in entities(tmp_path / "out", "experts") if e["slug"] == "maya-okafor")
    assert expert["name"] == name, "the JSON keeps the value as written"


@pytest.fixture()
def tampered(request, tmp_path):
    """The first site's build, copied, with a private address added to an expert."""
    first = _sites(request.config)[0]
    copy = tmp_path / "build"
    shutil.copytree(first.build, copy)
    path = copy / "data" / "experts.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["experts"][0]["email"] = sorted(content_emails(first.content))[0]
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return first, copy


def test_a_tampered_data_file_fails_both_checks(docket, tampered):
    site, copy = tampered
    folder = copy / "data"
    status, report = check_jsonschema("--schemafile", folder / "experts.schema.json", folder / "experts.json", cwd=folder)
    assert status != 0 and report["status"] == "fail", json.dumps(report, indent=2)[:3000]
    assert any(error["path"] == "$.experts[0]" for error in report["errors"]), report["errors"]
    result = run_docket_check(docket, copy, site.content)
    assert result.returncode == 1
    problems = [line for line in result.stdout.splitlines() if "[check." in line]
    assert problems and all(line.startswith("data/experts.json") and "[check.private-data]" in line for line in problems), problems
