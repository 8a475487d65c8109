"""Article in, :class:`~graphkit.model.Extraction` out.

read → nlp (statistical NER + KB ruler) → link → relate. Nothing here knows
about Neo4j; the store takes the Extraction as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from graphkit.ingest.linking import link
from graphkit.ingest.pipeline import build_nlp
from graphkit.ingest.relations import relate
from spacy.language import Language
from spacy.tokens import Doc

from graphkit.kb import KnowledgeBase, load_kb
from graphkit.model import Article, Extraction


def extraction_from_doc(article: Article, doc: Doc, kb: KnowledgeBase) -> Extraction:
    """Pure: a parsed article to its entities and claims."""
    linking = link(doc, kb)
    entities = linking.to_entities(doc)
    relations = relate(doc, linking, kb)
    return Extraction(article=article, entities=entities, relations=relations)


class Extractor:
    """Holds the loaded pipeline and KB so many articles share one load."""

    def __init__(self, *, model: str, kb: KnowledgeBase | None = None) -> None:
        self.nlp: Language = build_nlp(model)
        self.kb = kb or load_kb()

    def extract(self, article: Article) -> Extraction:
        return extraction_from_doc(article, self.nlp(article.text), self.kb)

    def extract_many(self, articles: Iterable[Article], *, batch_size: int = 32, workers: int = 1) -> Iterator[Extraction]:
        """Stream extractions; ``nlp.pipe`` batches the parsing, over ``workers`` processes when more than one."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=max(1, workers)):
            yield extraction_from_doc(article, doc, self.kb)
