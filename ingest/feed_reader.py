"""RSS and Atom feed files: each item's content (or summary) with its link and date."""

from __future__ import annotations

import re
from collections.abc import Iterator

import feedparser
from graphkit.ingest.dates import parse_date
from graphkit.ingest.html_reader import html_to_text
from graphkit.ingest.skips import Skipped

from graphkit.errors import InputError
from graphkit.model import Article

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def parse_feed(data: bytes, *, source: str) -> Iterator[Article | Skipped]:
    """Articles from a feed; a broken item is reported and the rest land."""
    if _ENTITY_DECL.search(data):
        yield Skipped(source, "the feed declares XML entities (a possible entity-expansion attack); refused")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = str(feed.get("bozo_exception") or "no items")
        yield Skipped(source, f"no readable feed items ({reason})")
        return
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{source}#item{number}"
        try:
            yield _article(entry, where)
        except InputError as exc:
            yield Skipped(where, exc.reason)


def _article(entry: dict, where: str) -> Article:
    body = ""
    for content in entry.get("content") or []:
        body = html_to_text(content.get("value", "")) or body
    if not body and entry.get("summary"):
        body = html_to_text(entry["summary"]) or entry["summary"]
    if not body.strip():
        raise InputError("the feed item has no content or summary", source=where)
    link = entry.get("link")
    when = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published")
    return Article.create(
        text=body,
        title=entry.get("title") or "",
        url=link if isinstance(link, str) and link.startswith(("http://", "https://")) else None,
        source=where.split("#")[0],
        published=parse_date(when, source=where, lenient=True),
    )
