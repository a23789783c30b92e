"""schema.org JSON-LD on every page (issue 18 point 1; docs/decisions.md, "Structured data
and link previews"): read back with extruct, each object validated against the committed
docs/jsonld.schema.json, the types each kind of page promises, script-safe text, and no
private value."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import jsonschema
import pytest

from structured import base_url, extract, is_noindex, private_values, schema

_SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
_validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_jsonld_schema_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(schema())


def test_jsonld_schema_rejects_what_docket_must_not_write():
    """The schema is not vacuous: a private key, a wrong type and a missing field all fail."""
    person = {"@context": "https://schema.org", "@type": "Person", "name": "A", "url": "a/",
              "hasCredential": [{"@type": "EducationalOccupationalCredential", "name": "C",
                                 "credentialCategory": "certification", "educationalLevel": "Professional"}],
              "address": {"@type": "PostalAddress", "addressCountry": "FR"}}
    assert _validator.is_valid(person)
    for broken in ({**person, "email": "a@example.com"}, {**person, "@type": "Thing"},
                   {k: v for k, v in person.items() if k != "hasCredential"},
                   {**person, "address": {"@type": "PostalAddress", "addressCountry": "DE"}}):
        assert not _validator.is_valid(broken), broken
    review = {"@type": "Review", "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1},
              "author": {"@type": "Person", "name": "B"}, "datePublished": "2026-11-10", "would_work_again": "yes"}
    firm = {"@context": "https://schema.org", "@type": "Organization", "name": "F", "url": "f/",
            "address": {"@type": "PostalAddress", "addressCountry": "GB"}, "review": [review],
            "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.0, "reviewCount": 1, "bestRating": 5, "worstRating": 1}}
    assert not _validator.is_valid(firm)
    review.pop("would_work_again")
    assert _validator.is_valid(firm)


def expected_types(path: str) -> set[str]:
    """The top-level @types a page must carry, by where it lives (docs/spec.md §5)."""
    parts = path.split("/")
    if path == "index.html":
        return {"WebSite"}
    if path == "404.html" or parts[0] == "proposals":
        return set()
    top_listing = len(parts) == 2  # experts/index.html: no breadcrumbs above it
    if parts[0] in ("experts", "firms", "requests") and (top_listing or parts[1] in ("level", "country", "page")):
        return {"ItemList"} if top_listing else {"ItemList", "BreadcrumbList"}
    entity = {"experts": "Person", "firms": "Organization", "requests": "Demand"}[parts[0]]
    return {entity, "BreadcrumbList"}


def jsonld_of(site, path: str) -> tuple[str, list[dict]]:
    html = (site.build / path).read_text(encoding="utf-8")
    return html, extract(html, ["json-ld"])["json-ld"]


def test_jsonld_types_and_schema(html_file):
    site, path = html_file
    html, objects = jsonld_of(site, path)
    types = [o.get("@type") for o in objects]
    assert sorted(types) == sorted(expected_types(path)), f"{path}: JSON-LD types {types}"
    for item in objects:
        errors = sorted(_validator.iter_errors(item), key=lambda e: list(e.absolute_path))
        assert not errors, f"{path}: {item.get('@type')} breaks docs/jsonld.schema.json:\n" + "\n".join(
            f"  {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:10])
    assert not (objects and is_noindex(html)), f"{path}: a noindex page carries JSON-LD"


def test_jsonld_script_is_safe_and_parses(html_file):
    """Whatever the content, the script text holds no `<` (so no `</script>` or `<!--`), no
    `>`, `&`, U+2028 or U+2029, and parses as the same JSON extruct read."""
    site, path = html_file
    html, objects = jsonld_of(site, path)
    scripts = _SCRIPT.findall(html)
    assert len(scripts) == (1 if objects else 0), f"{path}: {len(scripts)} JSON-LD scripts"
    for text in scripts:
        for bad in ("<", ">", "&", "\u2028", "\u2029"):
            assert bad not in text, f"{path}: {bad!r} unescaped in JSON-LD"
        parsed = json.loads(text)
        assert (parsed if isinstance(parsed, list) else [parsed]) == objects


def test_jsonld_urls_absolute_only_with_base_url(html_file):
    site, path = html_file
    _, objects = jsonld_of(site, path)
    base = base_url(site.content)
    text = json.dumps(objects)
    urls = re.findall(r'"(?:url|item|image|@id)": "([^"]*)"', text)
    for url in urls:
        if base:
            assert url.startswith(base), f"{path}: {url} is not under base_url {base}"
        else:
            assert not re.match(r"^[a-z]+:", url) and not url.startswith("/"), f"{path}: {url} without base_url"
    if not base:
        assert '"@id"' not in text, f"{path}: @id without base_url"


def test_jsonld_no_private_value(html_file):
    site, path = html_file
    _, objects = jsonld_of(site, path)
    text = json.dumps(objects, ensure_ascii=False).lower()
    leaked = [v for v in private_values(site.content) if v.lower() in text]
    assert not leaked, f"{path}: private values in JSON-LD ({len(leaked)} of them)"


def test_jsonld_expert_matches_content(site):
    """An expert's Person says what the expert file says: name, skills, certifications, country."""
    import yaml  # noqa: PLC0415 (pre-commit brings PyYAML)

    checked = 0
    for file in sorted((site.content / "content/experts").glob("*.yml"))[:25]:
        expert = yaml.safe_load(file.read_text(encoding="utf-8"))
        _, objects = jsonld_of(site, f"experts/{file.stem}/index.html")
        person = next(o for o in objects if o["@type"] == "Person")
        assert person["name"] == expert["name"]
        assert person.get("knowsAbout", []) == expert.get("skills", [])
        assert [c["name"] for c in person["hasCredential"]] == [c["name"] for c in expert["certifications"]]
        assert person["address"]["addressCountry"] == expert["country"]
        assert ("worksFor" in person) == bool(expert.get("firm"))
        assert ("image" in person) == bool(expert.get("photo"))
        checked += 1
    assert checked, "no expert file to compare"


# Text that must not end the script element or the line of a JavaScript-era parser.
HOSTILE = "Ana </script><script>alert(1)</script> <!-- x \u2028 y \u2029 & <b>"


@pytest.fixture(scope="module")
def hostile_build(docket, tmp_path_factory):
    root = tmp_path_factory.mktemp("jsonld-hostile")
    (root / "content/experts").mkdir(parents=True)
    (root / "content/firms").mkdir()
    (root / "content/requests").mkdir()
    (root / "docket.yml").write_text("title: Hostile\nbase_url: https://example.com/\n", encoding="utf-8")
    name = "A</script><!--\u2028B\u2029C"
    expert = {"name": name, "email": "secret.person@example.com", "country": "FR", "firm": "acme",
              "certifications": [{"name": HOSTILE[:90], "level": "professional"}],
              "bio": f"First paragraph: {HOSTILE} and more words to pass thirty.\n\nSecond paragraph.",
              "skills": ["</script>", "<!--"]}
    firm = {"name": HOSTILE, "country": "GB", "about": f"About {HOSTILE} text."}
    request = {"title": "Help </script><!-- please", "description": f"We need help with {HOSTILE} soon, thanks a lot.",
               "budget": "100-1000", "country": "anywhere", "name": "Bo", "email": "secret.customer@example.com",
               "created": "2026-11-01"}
    for folder, slug, doc in (("experts", "ana", expert), ("firms", "acme", firm), ("requests", "help", request)):
        (root / f"content/{folder}/{slug}.json").write_text(json.dumps(doc), encoding="utf-8")
    result = subprocess.run([str(docket), "build", "--output", str(root / "public"), "--now", "2026-11-22"], cwd=root,
                            capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return root / "public", name


def test_jsonld_hostile_text_stays_data(hostile_build):
    build, name = hostile_build
    for path, kind in (("experts/ana/index.html", "Person"), ("firms/acme/index.html", "Organization"),
                       ("requests/help/index.html", "Demand")):
        html = (build / path).read_text(encoding="utf-8")
        for text in _SCRIPT.findall(html):
            assert "<" not in text and "\u2028" not in text and "\u2029" not in text
        item = next(o for o in extract(html, ["json-ld"])["json-ld"] if o["@type"] == kind)
        if kind == "Person":
            assert item["name"] == name
            assert item["knowsAbout"] == ["</script>", "<!--"]
            assert item["description"].startswith("First paragraph: " + " ".join(HOSTILE.split()))
        if kind == "Organization":
            assert item["name"] == HOSTILE
        if kind == "Demand":
            assert item["name"] == "Help </script><!-- please"
        assert "secret." not in json.dumps(item)
