"""Read articles from files, folders and standard input.

A reader never raises for one bad file in a batch: :func:`read_paths` yields
either an :class:`~graphkit.model.Article` or a :class:`Skipped` naming the file
and the reason, so the caller can store the good ones and report the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import yaml

from graphkit.errors import InputError
from graphkit.model import Article

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_URL = re.compile(r"^https?://", re.I)


@dataclass(frozen=True)
class Skipped:
    """A file that was not read, and why."""

    source: str
    reason: str


def parse_date(value: object, *, source: str = "") -> date | None:
    """ISO dates (and datetimes) become dates; ``unknown`` and blanks become None."""
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value  # type: ignore[return-value]
    if isinstance(value, datetime):
        return value.date()
    text = str(value).strip()
    if not text or text.lower() in {"unknown", "n/a", "none", "null"}:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            raise InputError(f"field 'date' is {text!r}, not an ISO date like 2025-01-13", source=source) from None


def parse_markdown(raw: str, *, source: str) -> Article:
    """A Markdown or text article with optional YAML front matter (title, url, source, date)."""
    meta: dict = {}
    body = raw
    match = _FRONT_MATTER.match(raw)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as exc:
            raise InputError(f"the YAML front matter does not parse ({exc.__class__.__name__}); fix it or remove it", source=source) from exc
        if not isinstance(loaded, dict):
            raise InputError("the front matter is not a mapping of fields (title: …, date: …)", source=source)
        meta = loaded
        body = raw[match.end():]
    if not body.strip():
        raise InputError("the file has no article text", source=source)
    src = meta.get("source")
    url = meta.get("url") or (str(src) if src and _URL.match(str(src)) else None)
    title = meta.get("title")
    if not title or str(title).strip().lower() == "untitled":
        title = _first_line(body)
    return Article.create(
        text=body,
        title=str(title),
        url=str(url) if url else None,
        source=str(src) if src else None,
        published=parse_date(meta.get("date") or meta.get("published"), source=source),
    )


def _first_line(body: str) -> str:
    for line in body.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:120]
    return ""


def read_file(path: Path, *, max_bytes: int) -> Article:
    """One article from one file; raises :class:`InputError` naming the file."""
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", source=source) from exc
    if size == 0:
        raise InputError("the file is empty", source=source)
    if size > max_bytes:
        raise InputError(
            f"the file is {size:,} bytes, over the {max_bytes:,}-byte limit; split it or raise GRAPHKIT_MAX_ARTICLE_BYTES",
            source=source,
        )
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise InputError("looks binary (NUL bytes), not text", source=source)
    text = data.decode("utf-8", errors="replace")
    return parse_markdown(text, source=source)


def iter_files(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Files under the given paths (folders recurse, sorted for a stable order)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in TEXT_SUFFIXES and not child.name.startswith("."):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield Skipped(str(path), "no such file or folder")


def read_paths(paths: Iterable[Path], *, max_bytes: int) -> Iterator[Article | Skipped]:
    """Articles from files and folders; bad files come back as :class:`Skipped`."""
    for item in iter_files(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        if item.suffix.lower() not in TEXT_SUFFIXES:
            yield Skipped(str(item), f"unsupported file type {item.suffix or '(none)'}; use .md or .txt")
            continue
        try:
            yield read_file(item, max_bytes=max_bytes)
        except InputError as exc:
            yield Skipped(str(item), exc.reason)
