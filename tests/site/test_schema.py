"""`docket schema` checked with a real JSON Schema validator, check-jsonschema.

The sample content must pass its type's schema, with no special flags: check-jsonschema
reads YAML as YAML 1.2 with timestamps left as strings, as the YAML language server does,
so `2026-11-21` is a string and `yes` is a string. Then each invalid file below must be
rejected by both `docket validate` (exit 1, with the expected rule id and no other error in
that file) and check-jsonschema (non-zero, at the expected place in the document).
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from sample_site import FOLDERS, REPO, copy_sample, diagnostics, run, sample_files, tool


@pytest.fixture(scope="session")
def schemas(docket, tmp_path_factory) -> Path:
    """`docket schema TYPE > TYPE.json` for each type, run in the sample site (so its
    docket.yml limits apply), in a temporary folder."""
    folder = tmp_path_factory.mktemp("schemas")
    for kind in FOLDERS:
        result = run([docket, "schema", kind], cwd=REPO)
        assert result.returncode == 0, result.stderr
        schema = json.loads(result.stdout)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        (folder / f"{kind}.json").write_text(result.stdout, encoding="utf-8")
    return folder


def check_jsonschema(schema: Path, instance: Path) -> tuple[int, dict]:
    """check-jsonschema's exit code and its JSON report (`status`, `errors` with a JSON
    path each, `parse_errors`)."""
    result = run([tool("check-jsonschema"), "--output-format", "json", "--schemafile", schema, instance],
                 cwd=instance.parent, timeout=120)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise AssertionError(f"check-jsonschema printed no JSON ({result.returncode}):\n"
                             f"{result.stdout}\n{result.stderr}") from None
    return result.returncode, report


SAMPLE = sample_files()


def test_sample_has_every_type_in_yaml_and_json():
    """The parametrised test below covers every type, and JSON as well as YAML."""
    kinds = {kind for kind, _ in SAMPLE}
    assert kinds == set(FOLDERS), f"types with no sample file: {set(FOLDERS) - kinds}"
    suffixes = {path.suffix for _, path in SAMPLE}
    assert {".yml", ".json"} <= suffixes, suffixes


@pytest.mark.parametrize("kind,path", SAMPLE, ids=[f"{p.parent.name}/{p.name}" for _, p in SAMPLE])
def test_schema_accepts_sample_file(schemas, kind, path):
    status, report = check_jsonschema(schemas / f"{kind}.json", path)
    assert status == 0 and report["status"] == "ok", json.dumps(report, indent=2)


def test_docket_accepts_the_sample(docket, tmp_path):
    """The other half of "both agree" on valid content."""
    status, found = diagnostics(docket, copy_sample(tmp_path / "site"))
    errors = [d for d in found if d["severity"] == "error"]
    assert status == 0 and not errors, errors


# --- Invalid files: both must reject them ------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Invalid:
    id: str
    file: str             # the sample file edited, relative to content/
    old: str              # text that occurs once in it
    new: str              # what replaces it
    rule: str             # the rule docket must report, and no other error in the file
    path: str             # where check-jsonschema must report it ("$" for the object itself)

    @property
    def kind(self) -> str:
        return next(kind for kind, folder in FOLDERS.items() if self.file.startswith(folder + "/"))


ROUTE53 = "requests/route53-dns-cutover.yml"
MAYA = "experts/maya-okafor.yml"
FENWICK = "firms/fenwick-stack.yml"
WEEKEND = "proposals/weekend-route53-migration.yml"
VPC_JSON = "requests/vpc-serverless-lockdown.json"

INVALID = [
    Invalid("title-too-short", ROUTE53, "title: Move our domain DNS to Route 53 over a weekend",
            "title: DNS move", "request.title", "$.title"),
    Invalid("unknown-key", ROUTE53, "budget: 50-100", "budget: 50-100\nbudjet: 50-100",
            "schema.unknown-key", "$"),
    Invalid("bad-budget", ROUTE53, "budget: 50-100", "budget: 50-500", "request.budget", "$.budget"),
    Invalid("missing-required-email", ROUTE53, "email: tom.b@example.org\n", "",
            "request.email", "$"),
    Invalid("bad-date-month-13", ROUTE53, "created: 2026-10-20T18:10:00Z", "created: 2026-13-20",
            "request.created", "$.created"),
    Invalid("date-time-without-seconds", ROUTE53, "created: 2026-10-20T18:10:00Z",
            "created: 2026-10-20T18:10Z", "request.created", "$.created"),
    Invalid("json-boolean-as-word", VPC_JSON, '"accepting_responses": true',
            '"accepting_responses": "maybe"', "request.accepting_responses", "$.accepting_responses"),
    Invalid("money-three-decimals-string", WEEKEND, "total: 90\n", 'total: "90.125"\n',
            "proposal.total", "$.total"),
    Invalid("money-negative", WEEKEND, "total: 90\n", "total: -90\n", "proposal.total", "$.total"),
    Invalid("link-url-not-http", MAYA, "url: https://harborlight.example.com/case-studies/ticketing-fargate",
            "url: ftp://harborlight.example.com/case-studies/ticketing-fargate", "link.url", "$.links[0].url"),
    Invalid("skill-over-40", MAYA, "  - Terraform\n", "  - " + "Terraform modules for every account " + "x" * 10 + "\n",
            "expert.skill", "$.skills[2]"),
    Invalid("certification-level", MAYA, "    level: professional", "    level: foundational",
            "certification.level", "$.certifications[0].level"),
    Invalid("expert-country", MAYA, "country: US", "country: DE", "expert.country", "$.country"),
    Invalid("rating-6", FENWICK, "  - rating: 5", "  - rating: 6", "review.rating", "$.reviews[0].rating"),
    Invalid("would-work-again-maybe", FENWICK, "would_work_again: no", "would_work_again: maybe",
            "review.would_work_again", "$.reviews[1].would_work_again"),
]


@pytest.fixture(scope="module")
def invalid_sites(tmp_path_factory) -> dict[str, Path]:
    """One copy of the sample per invalid case, with that one edit made."""
    sites = {}
    for case in INVALID:
        site = copy_sample(tmp_path_factory.mktemp(case.id) / "site")
        file = site / "content" / case.file
        text = file.read_text(encoding="utf-8")
        assert text.count(case.old) == 1, f"{case.id}: {case.old!r} occurs {text.count(case.old)} times in {case.file}"
        file.write_text(text.replace(case.old, case.new), encoding="utf-8")
        sites[case.id] = site
    return sites


@pytest.mark.parametrize("case", INVALID, ids=[c.id for c in INVALID])
def test_docket_rejects_invalid_file(docket, invalid_sites, case):
    site = invalid_sites[case.id]
    status, found = diagnostics(docket, site)
    assert status == 1, f"docket validate exited {status}"
    errors = {d["rule"] for d in found if d["severity"] == "error" and d["file"] == f"content/{case.file}"}
    assert errors == {case.rule}, json.dumps(found, indent=2)
    elsewhere = [d for d in found if d["severity"] == "error" and d["file"] != f"content/{case.file}"]
    assert not elsewhere, elsewhere


@pytest.mark.parametrize("case", INVALID, ids=[c.id for c in INVALID])
def test_schema_rejects_invalid_file(schemas, invalid_sites, case):
    file = invalid_sites[case.id] / "content" / case.file
    status, report = check_jsonschema(schemas / f"{case.kind}.json", file)
    assert status != 0 and report["status"] == "fail", json.dumps(report, indent=2)
    assert not report["parse_errors"], report["parse_errors"]
    paths = {error["path"] for error in report["errors"]}
    assert paths == {case.path}, json.dumps(report["errors"], indent=2)


# What a user types into each placeholder `docket new` leaves empty (issue 14, point 11).
PLACEHOLDERS = {
    "title": "Migrate our billing stack to containers",
    "description": "We run a monolith on two servers and want it on a managed container service.",
    "name": "Ada Byron",
    "email": "ada@example.com",
    "bio": "Ada designs container platforms and moves old workloads onto them safely.",
    "request": "billing-migration",
    "expert": "ada-byron",
    "total": "1500",
    "body": "We move the monolith in three steps, each with a rollback plan and a review.",
}


def fill(skeleton: str) -> str:
    """The skeleton with each empty required placeholder given a value; optional keys stay
    empty, as a user who does not need them leaves them."""
    lines = []
    for line in skeleton.splitlines():
        stripped = line.lstrip(" -")
        key, _, rest = stripped.partition(":")
        if key in PLACEHOLDERS and rest.strip().startswith("#") and "optional" not in rest:
            line = line.replace(f"{key}:", f"{key}: {PLACEHOLDERS[key]}  ", 1)
        elif key == "name" and rest.strip().startswith("#"):
            line = line.replace("name:", "name: Solutions Architect  ", 1)
        lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("kind", sorted(FOLDERS))
def test_a_filled_in_skeleton_passes_the_schema(docket, schemas, tmp_path, kind):
    (tmp_path / "content").mkdir()
    result = run([docket, "new", kind, "new-one"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    path = tmp_path / "content" / FOLDERS[kind] / "new-one.yml"
    path.write_text(fill(path.read_text(encoding="utf-8")), encoding="utf-8")
    status, report = check_jsonschema(schemas / f"{kind}.json", path)
    assert status == 0, f"{path.read_text()}\n{json.dumps(report, indent=1)[:3000]}"
