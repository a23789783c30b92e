"""The feeds and the sitemap, read by real, independent readers (issue 18, points 4 and 5;
docs/checks.md): feedparser for the Atom feed, jsonschema with a committed JSON Feed 1.1
schema for the JSON Feed, lxml (libxml2) with the sitemaps.org 0.9 XSDs for the sitemap.

Each check runs on every build (`site`), and each reader is shown to fail once on a feed
or sitemap broken on purpose, so none can pass by checking nothing.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import feedparser
import jsonschema
import pytest
from lxml import etree

from sample_site import REPO, NOW, copy_sample, edit, run

DATA = REPO / "Tests" / "DocketSiteTests" / "Data"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
FEED_FILES = ("requests/feed.xml", "requests/feed.json")


def base_url(site) -> str:
    """base_url of the site's docket.yml, ending in `/` as Docket writes it."""
    text = (site.content / "docket.yml").read_text(encoding="utf-8")
    match = re.search(r"^base_url:\s*\"?([^\"\s]+)\"?\s*$", text, re.MULTILINE)
    assert match, f"{site.content}/docket.yml has no base_url"
    return match.group(1).rstrip("/") + "/"


def private_emails(content: Path) -> set[str]:
    """Every `email` value of the content files, read with a pattern."""
    pattern = re.compile(r"^\s*\"?email\"?\s*:\s*\"?([^\"\s,]+)\"?", re.MULTILINE)
    found = set()
    for path in (content / "content").rglob("*"):
        if path.suffix in (".yml", ".yaml", ".json"):
            found |= {m.lower() for m in pattern.findall(path.read_text(encoding="utf-8"))}
    return found


def parse_atom(data: bytes):
    # Bytes, not a path or URL: feedparser reads no network and no file name guesses.
    return feedparser.parse(data)


def atom_problems(parsed, base: str) -> list[str]:
    """What a feed reader would object to in a parsed Atom feed of requests."""
    problems = []
    if parsed.bozo:
        problems.append(f"bozo: {parsed.bozo_exception!r}")
    if parsed.version != "atom10":
        problems.append(f"version {parsed.version!r}, not atom10")
    self_links = [link.href for link in parsed.feed.get("links", []) if link.get("rel") == "self"]
    if self_links != [base + "requests/feed.xml"]:
        problems.append(f"rel=self links {self_links}")
    if not parsed.feed.get("updated_parsed"):
        problems.append("no feed updated date")
    for entry in parsed.entries:
        if not entry.get("id", "").startswith(base + "requests/"):
            problems.append(f"entry id {entry.get('id')!r} is not a request URL of the site")
        if entry.get("link") != entry.get("id"):
            problems.append(f"entry link {entry.get('link')!r} differs from its id")
        if not entry.get("updated_parsed"):
            problems.append(f"entry {entry.get('id')!r} has no date")
    return problems


def json_feed_validator():
    schema = json.loads((DATA / "jsonfeed-1.1.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def xsd(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(DATA / name)))


def sitemap_problems(build: Path) -> list[str]:
    """Every sitemap file of `build` against its schema: sitemap.xml is a urlset, or an
    index whose parts (sitemap-N.xml) are urlsets."""
    problems = []
    schemas = {"urlset": xsd("sitemap.xsd"), "sitemapindex": xsd("siteindex.xsd")}
    files = sorted(p.name for p in build.glob("sitemap*.xml"))
    for name in files:
        document = etree.parse(str(build / name))
        root = etree.QName(document.getroot()).localname
        schema = schemas.get(root)
        if schema is None:
            problems.append(f"{name}: root element {root}")
        elif not schema.validate(document):
            problems += [f"{name}:{e.line}: {e.message}" for e in schema.error_log]
        if root == "sitemapindex" and name != "sitemap.xml":
            problems.append(f"{name}: only sitemap.xml may be the index")
    return problems


# --- Every build ------------------------------------------------------------------------

def test_atom_feed_passes_feedparser(site):
    data = (site.build / "requests" / "feed.xml").read_bytes()
    parsed = parse_atom(data)
    assert atom_problems(parsed, base_url(site)) == []
    requests = len(list((site.content / "content" / "requests").iterdir()))
    assert len(parsed.entries) == min(50, requests)
    ids = [entry.id for entry in parsed.entries]
    assert len(set(ids)) == len(ids)


def test_json_feed_validates_against_the_json_feed_schema(site):
    feed = json.loads((site.build / "requests" / "feed.json").read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in json_feed_validator().iter_errors(feed)]
    assert errors == []
    base = base_url(site)
    assert feed["feed_url"] == base + "requests/feed.json"
    assert feed["home_page_url"] == base + "requests/"
    # The same entries as the Atom feed, under the same ids, in the same order.
    atom = parse_atom((site.build / "requests" / "feed.xml").read_bytes())
    assert [item["id"] for item in feed["items"]] == [entry.id for entry in atom.entries]
    assert [item["title"] for item in feed["items"]] == [entry.title for entry in atom.entries]


def test_sitemap_validates_against_the_sitemaps_org_xsd(site):
    assert (site.build / "sitemap.xml").exists()
    assert sitemap_problems(site.build) == []
    document = etree.parse(str(site.build / "sitemap.xml"))
    locations = [loc.text for loc in document.iter(SITEMAP_NS + "loc")]
    assert locations and all(loc.startswith(base_url(site)) for loc in locations)
    assert not any("/proposals/" in loc for loc in locations)
    # Dated by the content: some pages have a lastmod, and none is after the build time.
    dates = [node.text for node in document.iter(SITEMAP_NS + "lastmod")]
    assert dates and max(dates)[:10] <= NOW


def test_feeds_and_sitemap_carry_no_private_value(site):
    emails = private_emails(site.content)
    assert emails, "the content has e-mail addresses to look for"
    for name in [*FEED_FILES, *(p.name for p in site.build.glob("sitemap*.xml"))]:
        text = (site.build / name).read_text(encoding="utf-8").lower()
        assert "would_work_again" not in text, name
        leaked = sorted(e for e in emails if e in text)
        assert not leaked, f"{name} holds {len(leaked)} private address(es)"


# --- Builds of their own ----------------------------------------------------------------

def build(docket, site: Path, output: Path, now: str = NOW):
    result = run([docket, "build", "--now", now, "--output", output], cwd=site)
    assert result.returncode == 0, result.stderr
    return result


def test_ids_and_bytes_are_the_same_across_builds(docket, tmp_path):
    """Two builds of the same content, at different build times and into different
    folders, give the same feeds: ids depend on the content and base_url alone."""
    site = copy_sample(tmp_path / "site")
    build(docket, site, tmp_path / "one", now=NOW)
    build(docket, site, tmp_path / "two", now="2027-03-01T12:00:00Z")
    one = parse_atom((tmp_path / "one" / "requests" / "feed.xml").read_bytes())
    two = parse_atom((tmp_path / "two" / "requests" / "feed.xml").read_bytes())
    assert one.entries and [e.id for e in one.entries] == [e.id for e in two.entries]
    assert one.feed.id == two.feed.id and one.feed.updated == two.feed.updated
    for name in [*FEED_FILES, "sitemap.xml"]:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_without_base_url_feeds_and_sitemap_are_left_out_with_a_warning(docket, tmp_path):
    site = copy_sample(tmp_path / "site")
    edit(site / "docket.yml", "base_url: https://experts.example.com\n", "")
    result = build(docket, site, tmp_path / "public")
    assert "warning: no base_url in docket.yml" in result.stderr
    for name in ["sitemap.xml", *FEED_FILES]:
        assert name in result.stderr
        assert not (tmp_path / "public" / name).exists(), f"{name} written without base_url"
    listing = (tmp_path / "public" / "requests" / "index.html").read_text(encoding="utf-8")
    assert "feed.xml" not in listing and "feed.json" not in listing
    check = run([docket, "check", tmp_path / "public"], cwd=site)
    assert check.returncode == 0, check.stdout + check.stderr


# --- Each reader can fail ---------------------------------------------------------------

def test_feedparser_check_fails_on_a_broken_feed(site):
    base = base_url(site)
    good = (site.build / "requests" / "feed.xml").read_text(encoding="utf-8")
    no_self = re.sub(r"\s*<link rel=\"self\"[^>]*/>", "", good, count=1)
    assert no_self != good
    assert any("rel=self" in p for p in atom_problems(parse_atom(no_self.encode()), base))
    not_xml = good.replace("</title>", "</titel>", 1)
    assert any(p.startswith("bozo") for p in atom_problems(parse_atom(not_xml.encode()), base))


def test_json_feed_schema_rejects_a_broken_feed(site):
    feed = json.loads((site.build / "requests" / "feed.json").read_text(encoding="utf-8"))
    validator = json_feed_validator()
    broken = [
        {**feed, "version": "https://jsonfeed.org/version/1"},
        {k: v for k, v in feed.items() if k != "items"},
        {**feed, "items": [{**feed["items"][0], "date_published": "2026-11-21"}]},
        {**feed, "items": [{k: v for k, v in feed["items"][0].items() if k != "id"}]},
        {**feed, "items": [{k: v for k, v in feed["items"][0].items() if k != "content_text"}]},
        {**feed, "feed_url": "requests/feed.json"},
        {**feed, "email": "someone@example.com"},
    ]
    for number, document in enumerate(broken):
        assert list(validator.iter_errors(document)), f"broken feed {number} passed"


def test_sitemap_xsd_rejects_a_broken_sitemap(tmp_path):
    good = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            '<url><loc>https://example.org/</loc><lastmod>2026-11-21</lastmod></url></urlset>\n')
    (tmp_path / "sitemap.xml").write_text(good, encoding="utf-8")
    assert sitemap_problems(tmp_path) == []
    for broken in [good.replace("2026-11-21", "21/11/2026"), good.replace("https://example.org/", "experts/"),
                   good.replace("<lastmod>", "<changefreq>sometimes</changefreq><lastmod>"),
                   good.replace("<url>", "<url><priority>0.5</priority>")]:
        (tmp_path / "sitemap.xml").write_text(broken, encoding="utf-8")
        assert sitemap_problems(tmp_path), broken
    index = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             '<sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap></sitemapindex>\n')
    (tmp_path / "sitemap.xml").write_text(index, encoding="utf-8")
    (tmp_path / "sitemap-1.xml").write_text(good, encoding="utf-8")
    assert sitemap_problems(tmp_path) == []
    (tmp_path / "sitemap-1.xml").write_text(good.replace("</url>", "</url><sitemap/>"), encoding="utf-8")
    assert sitemap_problems(tmp_path)
