"""One page of each type of a built site (docs/spec.md §5), chosen the same way on every build."""
from __future__ import annotations

import re
from pathlib import Path

# Every build must have a page of each of these types; a missing one fails the checks.
PAGE_TYPES = [
    "home", "experts", "experts-level", "experts-country", "expert-with-photo", "expert",
    "firms", "firm", "requests", "request", "proposal", "404",
]


def required_types(content: Path) -> list[str]:
    """PAGE_TYPES, less an expert with a photo when no expert of the content has one (the
    generated corpus has no photos)."""
    has_photo = any(re.search(r'(^|[\s{,])"?photo"?\s*:', f.read_text(encoding="utf-8", errors="replace"), re.M)
                    for f in (content / "content/experts").glob("*"))
    return [t for t in PAGE_TYPES if has_photo or t != "expert-with-photo"]

_NOT_SLUGS = {"level", "country", "page"}


def _entity_pages(build: Path, folder: str) -> list[Path]:
    return sorted(p for p in (build / folder).glob("*/index.html") if p.parent.name not in _NOT_SLUGS)


def _largest(pages: list[Path]) -> Path | None:
    # The page with the most on it has the most that can go wrong; ties go to the first name.
    return max(pages, key=lambda p: (p.stat().st_size, [-ord(c) for c in str(p)]), default=None)


def page_types(build: Path) -> dict[str, str]:
    """Page type -> path relative to `build`, for the types the build has. Beyond
    PAGE_TYPES, a listing's second page when there is one. "expert" is one without a photo
    when there is one."""
    found: dict[str, Path | None] = {}

    def first(pattern: str) -> Path | None:
        return next(iter(sorted(build.glob(pattern))), None)

    found["home"] = build / "index.html"
    found["experts"] = build / "experts/index.html"
    found["experts-level"] = first("experts/level/*/index.html")
    found["experts-country"] = first("experts/country/*/index.html")
    experts = _entity_pages(build, "experts")
    with_photo = [p for p in experts if "<img" in p.read_text(encoding="utf-8", errors="replace")]
    found["expert-with-photo"] = _largest(with_photo)
    without = [p for p in experts if p not in with_photo]
    found["expert"] = _largest(without) or _largest(experts)
    found["firms"] = build / "firms/index.html"
    found["firm"] = _largest(_entity_pages(build, "firms"))
    found["requests"] = build / "requests/index.html"
    found["requests-page-2"] = build / "requests/page/2/index.html"
    found["request"] = _largest(_entity_pages(build, "requests"))
    found["proposal"] = _largest(_entity_pages(build, "proposals"))
    found["404"] = build / "404.html"
    return {kind: str(path.relative_to(build)) for kind, path in found.items()
            if path is not None and path.is_file()}
