"""The one contract between extraction and everything after it.

These models are driver-free and spaCy-free: ingest produces an
:class:`Extraction`, the store writes it, the CLI prints it as the extraction
JSON of DESIGN.md. An alternative extractor only has to produce the same value.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from graphkit.schema import LABELS, SCHEMA

EntityType = Literal[
    "Government", "Agency", "Firm", "AIModel", "Hardware", "Policy", "Person", "Organization", "Event", "Location"
]
assert set(EntityType.__args__) == set(LABELS), "EntityType must list the schema's labels"  # type: ignore[attr-defined]


def normalise_text(text: str) -> str:
    """Text as used for identity: NFC, one space between words, no surrounding blanks."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def slugify(name: str) -> str:
    """A readable, stable slug for entity ids: ``"Claude 4"`` → ``"claude-4"``."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    folded = folded.replace("&", " and ").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or hashlib.sha1(name.encode()).hexdigest()[:10]


def entity_id(entity_type: str, name: str) -> str:
    """The id of an entity that the knowledge base does not know: ``type:slug``."""
    return f"{entity_type.lower()}:{slugify(name)}"


def article_id_for(*, text: str, url: str | None = None) -> str:
    """Stable article id: the URL when given, else the normalised text — so re-ingesting changes nothing."""
    basis = f"url:{url.strip()}" if url and url.strip() else f"text:{normalise_text(text)}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:24]


class Article(BaseModel):
    """One article as read from a file, stdin or the API."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str = ""
    url: str | None = None
    source: str | None = None
    published: date | None = None
    text: str

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("article text is empty; give the file some text or drop it")
        return value

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(normalise_text(self.text).encode("utf-8")).hexdigest()

    @classmethod
    def create(
        cls,
        *,
        text: str,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
        published: date | None = None,
    ) -> Article:
        return cls(
            id=article_id_for(text=text, url=url),
            title=(title or "").strip(),
            url=url,
            source=source,
            published=published,
            text=text,
        )


class Mention(BaseModel):
    """Where an entity is named in the article text (character offsets)."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Entity(BaseModel):
    """A canonical entity and its mentions in one article."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    wikidata: str | None = None
    country: str | None = None
    mentions: list[Mention] = Field(default_factory=list)

    @field_validator("wikidata")
    @classmethod
    def _qid(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"Q[1-9][0-9]*", value):
            raise ValueError(f"wikidata id {value!r} is not a QID like 'Q42'")
        return value


class Relation(BaseModel):
    """A claim: what one sentence of the article states about two entities."""

    subject: str
    type: str
    object: str
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    extractor: str = "graphkit"

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in SCHEMA.relations:
            raise ValueError(f"unknown relation type {value!r}; use one of {', '.join(SCHEMA.relations)}")
        return value

    def claim_id(self, article_id: str) -> str:
        basis = f"{article_id}|{self.subject}|{self.type}|{self.object}|{self.start}"
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:24]


class Extraction(BaseModel):
    """Everything one article asserts: its entities and its claims."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

    @model_validator(mode="after")
    def _relations_fit_schema(self) -> Extraction:
        types = {e.id: e.type for e in self.entities}
        for rel in self.relations:
            for end in (rel.subject, rel.object):
                if end not in types:
                    raise ValueError(f"relation {rel.type} refers to {end!r}, which is not among the entities")
            if not SCHEMA.allows(rel.type, types[rel.subject], types[rel.object]):
                raise ValueError(
                    f"{rel.type} does not allow {types[rel.subject]} → {types[rel.object]} ({rel.subject} → {rel.object})"
                )
        return self

    def to_json_dict(self) -> dict:
        """The extraction JSON of DESIGN.md (the article without its text)."""
        art = self.article
        return {
            "article": {
                "id": art.id,
                "title": art.title,
                "url": art.url,
                "source": art.source,
                "published": art.published.isoformat() if art.published else None,
            },
            "entities": [e.model_dump(exclude_none=True) for e in self.entities],
            "relations": [r.model_dump() for r in self.relations],
        }
