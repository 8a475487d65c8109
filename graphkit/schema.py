"""The graph schema as validated data.

``data/schema.json`` is the single source of labels, relation types, their
domain and range, and which types are symmetric. Extraction, the store, the API
filters and ``cypher/schema.cypher`` follow it; a test checks they agree.
Dynamic labels and relationship types in Cypher are only ever taken from here,
which is what makes interpolating them into a query safe.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from graphkit.errors import SchemaError


class RelationType(BaseModel):
    """One relation type: who may be its subject and its object."""

    model_config = ConfigDict(frozen=True)

    name: str
    subject: frozenset[str]
    object: frozenset[str]
    symmetric: bool = False

    def allows(self, subject_type: str, object_type: str) -> bool:
        """True when the pair of entity types fits domain and range (either way if symmetric)."""
        if subject_type in self.subject and object_type in self.object:
            return True
        return self.symmetric and object_type in self.subject and subject_type in self.object


class GraphSchema(BaseModel):
    """Labels and relation types; frozen, validated on load."""

    model_config = ConfigDict(frozen=True)

    labels: dict[str, str]
    relations: dict[str, RelationType]

    @model_validator(mode="after")
    def _ends_are_labels(self) -> GraphSchema:
        for rel in self.relations.values():
            unknown = (rel.subject | rel.object) - set(self.labels)
            if unknown:
                raise ValueError(f"relation {rel.name} names unknown labels {sorted(unknown)}")
            if not rel.name.isupper() or not rel.name.replace("_", "").isalpha():
                raise ValueError(f"relation type {rel.name!r} must be UPPER_SNAKE_CASE")
        for label in self.labels:
            if not label.isalpha():
                raise ValueError(f"label {label!r} must be letters only")
        return self

    @property
    def symmetric(self) -> frozenset[str]:
        return frozenset(n for n, r in self.relations.items() if r.symmetric)

    def check_label(self, label: str) -> str:
        """Return ``label`` if the schema has it, else raise with the valid choices."""
        if label not in self.labels:
            raise SchemaError(f"unknown entity type {label!r}; use one of {', '.join(self.labels)}")
        return label

    def check_relation(self, rel_type: str) -> str:
        """Return ``rel_type`` if the schema has it, else raise with the valid choices."""
        if rel_type not in self.relations:
            raise SchemaError(f"unknown relation type {rel_type!r}; use one of {', '.join(self.relations)}")
        return rel_type

    def allows(self, rel_type: str, subject_type: str, object_type: str) -> bool:
        rel = self.relations.get(rel_type)
        return rel is not None and rel.allows(subject_type, object_type)


def parse_schema(raw: dict) -> GraphSchema:
    """Validate a schema document (the shape of ``data/schema.json``)."""
    try:
        rels = {
            name: RelationType(name=name, **spec) for name, spec in (raw.get("relations") or {}).items()
        }
        return GraphSchema(labels=raw.get("labels") or {}, relations=rels)
    except (ValidationError, TypeError, ValueError) as exc:
        raise SchemaError(f"schema data does not validate: {exc}. Fix graphkit/data/schema.json.") from exc


@lru_cache(maxsize=1)
def load_schema() -> GraphSchema:
    """The packaged schema (cached: it never changes while running)."""
    text = resources.files("graphkit.data").joinpath("schema.json").read_text(encoding="utf-8")
    return parse_schema(json.loads(text))


SCHEMA = load_schema()
LABELS: tuple[str, ...] = tuple(SCHEMA.labels)
RELATION_TYPES: tuple[str, ...] = tuple(SCHEMA.relations)
