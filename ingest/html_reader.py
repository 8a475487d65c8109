"""HTML pages: main text by trafilatura (boilerplate dropped), title, date and site from the page's metadata."""

from __future__ import annotations

import json
import logging

import lxml.html
import trafilatura
from graphkit.ingest.dates import parse_date

from graphkit.errors import InputError
from graphkit.model import Article

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs every short fragment as an error


def html_to_text(html: str) -> str:
    """Main text of an HTML page or fragment ('' when there is none).

    trafilatura finds the main text of whole pages; a short fragment (a feed
    summary, a scraped paragraph) is below what it treats as a page, so its
    text is taken with lxml, scripts and styles removed.
    """
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if text:
        return text
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return " ".join(root.text_content().split())


def parse_html(html: str, *, source: str, url: str | None = None) -> Article:
    """One article from an HTML page; refuses pages with no main text (only scripts, styles, menus)."""
    raw = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                              include_tables=False, favor_recall=True, url=url)
    if not raw:
        raise InputError("the HTML page has no main text (only scripts, styles or navigation?)", source=source)
    data = json.loads(raw)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError("the HTML page has no main text (only scripts, styles or navigation?)", source=source)
    page_url = url or data.get("source") or data.get("url")
    return Article.create(
        text=text,
        title=data.get("title") or "",
        url=page_url if page_url and str(page_url).startswith(("http://", "https://")) else None,
        source=data.get("sitename") or data.get("hostname") or source,
        published=parse_date(data.get("date"), source=source, lenient=True),
    )
