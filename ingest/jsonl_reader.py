"""JSON Lines dumps: one article per line with title, text or html, url, published, source."""

from __future__ import annotations

import json
from collections.abc import Iterator

from graphkit.ingest.dates import parse_date
from graphkit.ingest.html_reader import html_to_text
from graphkit.ingest.skips import Skipped

from graphkit.errors import InputError
from graphkit.model import Article


def parse_jsonl(text: str, *, source: str) -> Iterator[Article | Skipped]:
    """Articles from JSON Lines; a bad line is reported with its number and the other lines still land."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"line {number} is not valid JSON ({exc.msg}); fix or remove that line")
            continue
        if not isinstance(row, dict):
            yield Skipped(where, f"line {number} is not a JSON object with title/text/url fields")
            continue
        try:
            yield article_from_record(row, source=where)
        except InputError as exc:
            yield Skipped(where, exc.reason)


def article_from_record(row: dict, *, source: str) -> Article:
    text = row.get("text")
    if not (isinstance(text, str) and text.strip()) and isinstance(row.get("html"), str):
        text = html_to_text(row["html"])
    if not (isinstance(text, str) and text.strip()):
        raise InputError("has no 'text' (or 'html' with main text); add the article body", source=source)
    url = row.get("url") if isinstance(row.get("url"), str) and row["url"].startswith(("http://", "https://")) else None
    return Article.create(
        text=text,
        title=str(row.get("title") or ""),
        url=url,
        source=str(row.get("source")) if row.get("source") else None,
        published=parse_date(row.get("published") or row.get("date"), source=source, lenient=True),
    )
