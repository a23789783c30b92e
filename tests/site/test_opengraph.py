"""Link previews on every page (issue 18 point 2; docs/decisions.md, "Structured data and
link previews"): Open Graph read back with extruct, Twitter card and canonical read with
html5lib, the photo's declared size checked with Pillow against the published file."""
from __future__ import annotations

import html5lib
from PIL import Image

from structured import base_url, extract, is_noindex, private_values

LIMIT = 160


def head_meta(html: str) -> tuple[dict[str, str], list[str]]:
    """`name`/`property` → content of every <meta>, and every canonical href, as a browser parses them."""
    tree = html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False)
    meta = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name")
        if key:
            assert key not in meta or key.startswith("og:image"), f"<meta {key}> twice"
            meta[key] = element.get("content", "")
    canonical = [link.get("href") for link in tree.iter("link") if link.get("rel") == "canonical"]
    return meta, canonical


def test_opengraph_every_page(html_file):
    site, path = html_file
    html = (site.build / path).read_text(encoding="utf-8")
    og = dict(extract(html, ["opengraph"])["opengraph"][0]["properties"]) if "og:" in html else {}
    meta, canonical = head_meta(html)
    for key in ("og:title", "og:description", "og:type", "og:site_name"):
        assert og.get(key), f"{path}: no {key}"
    for key in ("twitter:card", "twitter:title", "twitter:description", "description"):
        assert meta.get(key), f"{path}: no {key}"
    assert og["og:description"] == meta["description"] == meta["twitter:description"]
    assert og["og:title"] == meta["twitter:title"]
    assert og["og:type"] == ("profile" if path.startswith("experts/") and path.count("/") == 2
                             and path.split("/")[1] not in ("level", "country", "page") else "website")
    base = base_url(site.content)
    public = not is_noindex(html)
    if base and public:
        expected = base + path.removesuffix("index.html").removesuffix("404.html")
        assert og.get("og:url") == expected and canonical == [expected], f"{path}: og:url {og.get('og:url')}, canonical {canonical}"
    else:
        assert "og:url" not in og and not canonical, f"{path}: og:url or canonical without base_url or on a noindex page"


def test_opengraph_description_is_plain_and_short(html_file):
    site, path = html_file
    meta, _ = head_meta((site.build / path).read_text(encoding="utf-8"))
    description = meta["description"]
    assert len(description) <= LIMIT, f"{path}: {len(description)} characters"
    # Plain text: no markup and no entity left after one decoding, and no lone surrogate.
    assert "<" not in description and not any(0xD800 <= ord(c) <= 0xDFFF for c in description), path
    for entity in ("&amp;", "&lt;", "&gt;", "&quot;", "&#"):
        assert entity not in description, f"{path}: {entity} in {description!r}"
    assert description == " ".join(description.split()), f"{path}: white space not collapsed"


def test_opengraph_image_is_the_published_photo(page):
    """An expert page with a photo shows it in previews, with the file's real pixel size."""
    if page.kind != "expert-with-photo" or page.path is None:
        return
    html = page.file.read_text(encoding="utf-8")
    meta, _ = head_meta(html)
    base = base_url(page.site.content)
    if not base:
        assert "og:image" not in meta and "twitter:image" not in meta
        return
    url = meta["og:image"]
    assert url.startswith(base) and meta["twitter:image"] == url
    published = page.site.build / url.removeprefix(base)
    assert published.is_file(), f"og:image {url} is not a published file"
    with Image.open(published) as image:
        assert (int(meta["og:image:width"]), int(meta["og:image:height"])) == image.size
    assert meta["og:image:alt"] and meta["twitter:image:alt"] == meta["og:image:alt"]


def test_opengraph_no_private_value(html_file):
    site, path = html_file
    meta, _ = head_meta((site.build / path).read_text(encoding="utf-8"))
    text = "\n".join(meta.values()).lower()
    leaked = [v for v in private_values(site.content) if v.lower() in text]
    assert not leaked, f"{path}: private values in meta ({len(leaked)} of them)"
