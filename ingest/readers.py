"""Read articles from what analysts have: Markdown and text (YAML front matter),
HTML pages, JSON Lines dumps, RSS/Atom feeds, URL lists, URLs, standard input;
folders recurse and globs expand.

A reader never raises for one bad input in a batch: :func:`read_paths` yields
either an :class:`~graphkit.model.Article` or a :class:`Skipped` naming the
file (and line or item) and the reason, so the caller stores the good ones and
reports the rest.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import yaml
from graphkit.ingest.dates import parse_date
from graphkit.ingest.feed_reader import looks_like_feed, parse_feed
from graphkit.ingest.html_reader import parse_html
from graphkit.ingest.jsonl_reader import parse_jsonl
from graphkit.ingest.skips import Skipped
from graphkit.ingest.url_reader import read_url

from graphkit.errors import InputError
from graphkit.model import Article

__all__ = ["Skipped", "parse_date", "parse_markdown", "read_file", "read_one", "read_paths"]

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".feed"}
URL_LIST_SUFFIXES = {".urls"}
ALL_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | URL_LIST_SUFFIXES | {".xml"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_URL = re.compile(r"^https?://", re.I)


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


def _load(path: Path, *, max_bytes: int) -> tuple[bytes, list[Skipped]]:
    """The bytes of a file after the checks every format shares (exists, not empty, not too big, not binary)."""
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
    notes = []
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        notes.append(Skipped(source, "not valid UTF-8; read with replacement characters", kept=True))
    return data, notes


def read_file(path: Path, *, max_bytes: int) -> Article:
    """One article from one Markdown or text file; raises :class:`InputError` naming the file."""
    data, _ = _load(path, max_bytes=max_bytes)
    return parse_markdown(data.decode("utf-8", errors="replace"), source=str(path))


def read_one(path: Path, *, max_bytes: int, allow_private_urls: bool = False) -> Iterator[Article | Skipped]:
    """Every article in one file, whatever its format; problems come back as :class:`Skipped`."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        data, notes = _load(path, max_bytes=max_bytes)
    except InputError as exc:
        yield Skipped(source, exc.reason)
        return
    yield from notes
    text = data.decode("utf-8", errors="replace")
    try:
        if suffix in JSONL_SUFFIXES:
            yield from parse_jsonl(text, source=source)
        elif suffix in FEED_SUFFIXES or (suffix == ".xml" and looks_like_feed(data)):
            yield from parse_feed(data, source=source)
        elif suffix in HTML_SUFFIXES:
            yield parse_html(text, source=source)
        elif suffix in URL_LIST_SUFFIXES:
            for line in text.splitlines():
                if line.strip() and not line.lstrip().startswith("#"):
                    yield from read_url(line.strip(), max_bytes=max_bytes, allow_private=allow_private_urls)
        elif suffix in TEXT_SUFFIXES:
            yield parse_markdown(text, source=source)
        else:
            yield Skipped(source, f"unsupported file type {suffix or '(none)'}; use .md, .txt, .html, .jsonl, .rss, .atom or .urls")
    except InputError as exc:
        yield Skipped(source, exc.reason)


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path | str | Skipped]:
    """Files under the given paths (folders recurse, globs expand, sorted for a stable order), URLs and '-'."""
    for raw in paths:
        text = str(raw)
        if text == "-" or _URL.match(text):
            yield text
            continue
        path = Path(text)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in ALL_SUFFIXES and not child.name.startswith("."):
                    yield child
        elif path.is_file():
            yield path
        elif any(ch in text for ch in "*?["):
            matches = sorted(p for p in Path().glob(text) if p.is_file()) if not path.is_absolute() else \
                sorted(p for p in Path(path.anchor).glob(str(path.relative_to(path.anchor))) if p.is_file())
            if not matches:
                yield Skipped(text, "the pattern matches no file")
            yield from matches
        else:
            yield Skipped(text, "no such file or folder")


def read_paths(paths: Iterable[str | Path], *, max_bytes: int, allow_private_urls: bool = False,
               stdin: IO[str] | None = None) -> Iterator[Article | Skipped]:
    """Articles from files, folders, globs, URLs and standard input ('-'); bad inputs come back as :class:`Skipped`."""
    for item in iter_inputs(paths):
        if isinstance(item, Skipped):
            yield item
        elif item == "-":
            text = (stdin or sys.stdin).read(max_bytes + 1)
            if len(text.encode("utf-8", errors="replace")) > max_bytes:
                yield Skipped("<stdin>", f"standard input is over the {max_bytes:,}-byte limit")
            elif not text.strip():
                yield Skipped("<stdin>", "standard input is empty")
            else:
                try:
                    yield parse_markdown(text, source="<stdin>")
                except InputError as exc:
                    yield Skipped("<stdin>", exc.reason)
        elif isinstance(item, str):
            yield from read_url(item, max_bytes=max_bytes, allow_private=allow_private_urls)
        else:
            yield from read_one(item, max_bytes=max_bytes, allow_private_urls=allow_private_urls)
