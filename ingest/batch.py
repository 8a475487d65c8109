"""Ingest many files: read, skip what is stored unchanged, extract in batches, write, summarise.

Bad files never stop a batch: they are collected with their reasons and the
rest lands. Articles already stored with the same text are recognised by id
and text hash and skipped without parsing, so re-running a folder resumes.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TypeVar

from graphkit.ingest.extract import Extractor
from graphkit.ingest.readers import read_paths
from graphkit.ingest.skips import Skipped

from graphkit.kb import KnowledgeBase
from graphkit.model import Article, Extraction
from graphkit.store import Store

T = TypeVar("T")

#: Parse batches written per transaction: fewer, larger transactions cost Neo4j less CPU
#: (600 articles: 9.9 -> 6.9 CPU-s at 128 per write instead of 32), which counts when workers fill both cores.
WRITE_BATCHES = 4
#: Written batches allowed to wait for the writer; bounds memory while hiding a slow write behind parsing.
WRITES_IN_FLIGHT = 3
#: Parse batches whose stored text hashes are looked up in one query.
LOOKUP_BATCHES = 8


@dataclass
class IngestSummary:
    """What an ingest run did; printed at the end and returned by the API."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    entities: int = 0
    claims: int = 0
    kb_facts: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return {
            "read": self.read, "stored": self.stored, "unchanged": self.unchanged, "entities": self.entities,
            "claims": self.claims, "kb_facts_considered": self.kb_facts, "seconds": round(self.seconds, 2),
            "skipped": [{"source": s.source, "reason": s.reason} for s in self.skipped],
            "notes": [{"source": s.source, "note": s.reason} for s in self.notes],
        }

    def describe(self) -> str:
        rate = self.stored / self.seconds if self.seconds else 0.0
        lines = [
            f"articles read {self.read}, stored {self.stored}, unchanged {self.unchanged}, skipped {len(self.skipped)}",
            f"entities written {self.entities}, claims {self.claims}, background kb facts considered {self.kb_facts}",
            f"{self.seconds:.1f}s ({rate:.1f} articles/s)",
        ]
        lines += [f"skipped {s.source}: {s.reason}" for s in self.skipped]
        lines += [f"note {s.source}: {s.reason}" for s in self.notes]
        return "\n".join(lines)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ingest_articles(
    articles: Iterable[Article | Skipped],
    *,
    store: Store,
    extractor: Extractor,
    batch_size: int = 32,
    force: bool = False,
    workers: int = 1,
    on_article: Callable[[IngestSummary], None] | None = None,
    write_batch_size: int | None = None,
) -> IngestSummary:
    """Extract and store a stream of articles (and skips), batch by batch.

    ``batch_size`` articles are parsed together; ``write_batch_size`` (default
    ``WRITE_BATCHES`` × ``batch_size``) are stored in one transaction.
    """
    per_write = write_batch_size or batch_size * WRITE_BATCHES
    summary = IngestSummary()
    started = time.perf_counter()
    touched: set[str] = set()

    def good() -> Iterator[Article]:
        for item in articles:
            if isinstance(item, Skipped):
                (summary.notes if item.kept else summary.skipped).append(item)
                continue
            summary.read += 1
            yield item

    # Entities whose background facts this run has already stored. A fact goes out with the first batch that
    # names either end (it lands if the other end is stored by then) and again with the first batch naming the
    # other end, so every fact whose two ends are in the graph lands, each sent about twice instead of with every
    # batch that names a busy entity like the United States. Runs only in the writer thread.
    covered: set[str] = set()

    def record(extractions: list[Extraction]) -> None:
        ids = {e.id for x in extractions for e in x.entities}
        facts = kb_facts_for(extractor.kb, ids - covered)
        for extraction, result in zip(extractions, store.write_many(extractions, kb_facts=facts), strict=True):
            summary.stored += 1
            summary.entities += result.entities
            summary.claims += result.claims
            touched.update(e.id for e in extraction.entities)
            covered.difference_update(result.dropped)  # a dropped entity may be gone, with its facts
            if on_article:
                on_article(summary)
        covered.update(ids)

    def todo() -> Iterator[Article]:
        """Articles not yet stored with this text, checked against the store in chunks (fast resume).

        A chunk spans several batches: each check is a round trip on the parsing thread.
        """
        for batch in _batches(good(), batch_size * LOOKUP_BATCHES):
            stored = {} if force else store.existing_articles(a.id for a in batch)
            for article in batch:
                if stored.get(article.id) == article.text_hash:
                    summary.unchanged += 1
                else:
                    yield article

    # One extraction stream over the whole input (worker processes start once), and parsing overlaps writing:
    # while Neo4j stores a write batch (the driver waits on the socket, releasing the GIL) the next are parsed.
    # A single writer thread keeps write batches landing in order; up to WRITES_IN_FLIGHT may queue for it,
    # so one slow write (the first, while the server plans and compiles the queries) does not stall parsing,
    # and memory stays bounded.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="graphkit-writer") as writer:
        pending: deque[Future[None]] = deque()
        try:
            for extractions in _batches(extractor.extract_many(todo(), batch_size=batch_size, workers=workers), per_write):
                if len(pending) >= WRITES_IN_FLIGHT:
                    pending.popleft().result()
                pending.append(writer.submit(record, extractions))
            while pending:
                pending.popleft().result()
        finally:
            for queued in pending:  # after a failed write, batches still waiting are not tried
                queued.cancel()
    summary.kb_facts = len(kb_facts_for(extractor.kb, touched))
    summary.seconds = time.perf_counter() - started
    return summary


def kb_facts_for(kb: KnowledgeBase, entity_ids: set[str]) -> list[dict]:
    """Background facts with at least one end among ``entity_ids``; the store merges those whose both ends exist."""
    return [f for f in kb.facts() if f["subject"] in entity_ids or f["object"] in entity_ids]


def ingest_paths(
    paths: Iterable[Path | str],
    *,
    store: Store,
    extractor: Extractor,
    max_bytes: int,
    batch_size: int = 32,
    force: bool = False,
    workers: int = 1,
    allow_private_urls: bool = False,
    on_article: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Ingest files, folders, globs, URLs and standard input (see :func:`ingest_articles`)."""
    return ingest_articles(
        read_paths(paths, max_bytes=max_bytes, allow_private_urls=allow_private_urls), store=store, extractor=extractor,
        batch_size=batch_size, force=force, workers=workers, on_article=on_article,
    )
