"""Article in, :class:`~graphkit.model.Extraction` out.

read → nlp (statistical NER + KB ruler) → link → relate. Nothing here knows
about Neo4j; the store takes the Extraction as it is.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult

from graphkit.ingest.linking import link
from graphkit.ingest.pipeline import build_nlp
from graphkit.ingest.relations import relate
from graphkit.ingest.weak_names import drop_common_phrases
from spacy.language import Language
from spacy.tokens import Doc

from graphkit.kb import KnowledgeBase, load_kb
from graphkit.model import Article, Extraction


def extraction_from_doc(article: Article, doc: Doc, kb: KnowledgeBase) -> Extraction:
    """Pure: a parsed article to its entities and claims."""
    linking = link(doc, kb)
    relations = relate(doc, linking, kb)
    entities = drop_common_phrases(linking.to_entities(doc), relations, kb)
    return Extraction(article=article, entities=entities, relations=relations)


class Extractor:
    """Holds the loaded pipeline and KB so many articles share one load."""

    def __init__(self, *, model: str, kb: KnowledgeBase | None = None) -> None:
        self.nlp: Language = build_nlp(model)
        self.kb = kb or load_kb()

    def extract(self, article: Article) -> Extraction:
        return extraction_from_doc(article, self.nlp(article.text), self.kb)

    def extract_many(self, articles: Iterable[Article], *, batch_size: int = 32, workers: int = 1) -> Iterator[Extraction]:
        """Stream extractions in input order; with ``workers`` > 1, whole articles go to worker processes.

        Each worker parses *and* extracts a batch and sends back the small
        Extraction, rather than ``nlp.pipe(n_process=…)`` sending every parsed
        Doc back for this process to deserialise, link and relate: that kept
        this process busy while it also has to write to Neo4j. At most
        2 × ``workers`` batches are out at a time, so a long input is read
        lazily and memory stays bounded.
        """
        if workers <= 1:
            yield from self._pipe(articles, batch_size=batch_size, n_process=1)
            return
        yield from _extract_in_processes(self, articles, batch_size=batch_size, workers=workers)

    def _pipe(self, articles: Iterable[Article], *, batch_size: int, n_process: int) -> Iterator[Extraction]:
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
            yield extraction_from_doc(article, doc, self.kb)

    def _extract_batch(self, batch: list[Article]) -> list[Extraction]:
        docs = self.nlp.pipe((a.text for a in batch), batch_size=len(batch))
        return [extraction_from_doc(article, doc, self.kb) for article, doc in zip(batch, docs, strict=True)]


#: The extractor a forked worker inherits (set just before the pool forks; workers only read it).
_INHERITED: Extractor | None = None


def _worker_extract(batch: list[Article]) -> list[Extraction]:
    assert _INHERITED is not None, "worker started without an extractor"
    return _INHERITED._extract_batch(batch)


def _extract_in_processes(extractor: Extractor, articles: Iterable[Article], *, batch_size: int,
                          workers: int) -> Iterator[Extraction]:
    """Forked workers share the loaded model copy-on-write, so starting them costs no model load.

    Where ``fork`` does not exist (Windows), spaCy's own ``n_process`` is used instead.
    """
    global _INHERITED
    if "fork" not in multiprocessing.get_all_start_methods():
        yield from extractor._pipe(articles, batch_size=batch_size, n_process=workers)
        return
    it = iter(articles)
    _INHERITED = extractor
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            out: deque[AsyncResult[list[Extraction]]] = deque()
            while True:
                while len(out) < 2 * workers and (batch := list(islice(it, batch_size))):
                    out.append(pool.apply_async(_worker_extract, (batch,)))
                if not out:
                    return
                yield from out.popleft().get()
    finally:
        _INHERITED = None
