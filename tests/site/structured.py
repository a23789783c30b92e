"""What the JSON-LD and link-preview checks share: the extractor (extruct, an independent
reader of embedded metadata), the site's base_url and its private values."""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import extruct

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs/jsonld.schema.json"


def extract(html: str, syntaxes: list[str]) -> dict:
    return extruct.extract(html, syntaxes=syntaxes, uniform=False, errors="strict")


@functools.lru_cache(maxsize=None)
def base_url(content: Path) -> str | None:
    """base_url from the site's docket.yml, ending in "/" as Docket keeps it."""
    config = content / "docket.yml"
    if not config.is_file():
        return None
    match = re.search(r"^base_url:\s*['\"]?([^'\"\s#]+)", config.read_text(encoding="utf-8"), re.M)
    if not match:
        return None
    return match.group(1) if match.group(1).endswith("/") else match.group(1) + "/"


@functools.lru_cache(maxsize=None)
def private_values(content: Path) -> tuple[str, ...]:
    """Every e-mail address of the content (what `email` holds), plus the marker
    `would_work_again` itself: neither may reach any JSON-LD or meta."""
    emails = set()
    for file in (content / "content").rglob("*"):
        if file.suffix in (".yml", ".yaml", ".json") and file.is_file():
            text = file.read_text(encoding="utf-8", errors="replace")
            emails.update(m.group(1) for m in re.finditer(r'"?email"?\s*:\s*"?([^"\s,}]+@[^"\s,}]+)', text))
    return tuple(sorted(emails)) + ("would_work_again", "wouldWorkAgain")


def is_noindex(html: str) -> bool:
    return '<meta name="robots" content="noindex">' in html


def schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
