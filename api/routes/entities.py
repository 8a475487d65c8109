"""Entities: search, detail, neighbours, timeline."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from graphkit.api.deps import StoreDep
from graphkit.api.models import EntityDetail, EntityHits, Neighbors, Timeline

from graphkit.errors import NotFoundError
from graphkit.lucene import fuzzy_query
from graphkit.schema import LABELS, RELATION_TYPES
from graphkit.store import Store

router = APIRouter(prefix="/v1/entities", tags=["entities"])

EntityId = Annotated[str, Path(min_length=1, max_length=300, examples=["firm:anthropic"])]
EntityTypeQ = Literal[LABELS]  # type: ignore[valid-type]
RelationTypeQ = Literal[RELATION_TYPES]  # type: ignore[valid-type]


def _require_entity(store: Store, entity_id: str) -> None:
    """404 unless the entity exists; asked only when a route's own query returned nothing (one round trip saved)."""
    if not store.read("entities_by_id", ids=[entity_id]):
        raise _not_found(entity_id)


def _not_found(entity_id: str) -> NotFoundError:
    return NotFoundError(f"no entity with id {entity_id!r}; find ids with GET /v1/entities?q=<name>")


@router.get("", response_model=EntityHits)
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="words of a name or alias; typos tolerated")],
    type: Annotated[EntityTypeQ | None, Query(description="only entities of this type")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> EntityHits:
    """Full-text search over entity names and aliases (typo tolerant, filter by type)."""
    lucene = fuzzy_query(q)
    if lucene is None:
        return EntityHits(data=[], count=0)
    rows = store.read("entity_search", lucene=lucene, type=type, limit=limit)
    return EntityHits(data=rows, count=len(rows))


@router.get("/{entity_id}", response_model=EntityDetail)
def detail(store: StoreDep, entity_id: EntityId) -> EntityDetail:
    """Properties, counts per relation type, and the articles that mention it most."""
    rows = store.read("entity_get", id=entity_id, top_articles=10)
    if not rows:
        raise _not_found(entity_id)
    row = rows[0]
    row["articles"] = [a for a in row["articles"] if a]
    return EntityDetail(**row)


@router.get("/{entity_id}/neighbors", response_model=Neighbors)
def neighbors(
    store: StoreDep,
    entity_id: EntityId,
    type: Annotated[list[RelationTypeQ] | None, Query(description="relation types (repeatable)")] = None,
    direction: Literal["out", "in", "both"] = "both",
    since: date | None = None,
    until: date | None = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    min_articles: Annotated[int | None, Query(ge=0, le=2**31 - 1)] = None,  # Bolt integers are 64-bit; keep it far inside
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    after: Annotated[str | None, Query(max_length=700, description="cursor from the previous page's next_after")] = None,
) -> Neighbors:
    """Neighbours by relation type, direction, date range and confidence; keyset-paginated."""
    rows = store.read(
        "entity_neighbors", id=entity_id, types=list(type) if type else None, direction=direction,
        since=since.isoformat() if since else None, until=until.isoformat() if until else None,
        min_confidence=min_confidence, min_articles=min_articles, after=after, limit=limit,
    )
    if not rows:
        _require_entity(store, entity_id)
    next_after = rows[-1]["cursor"] if len(rows) == limit else None
    return Neighbors(data=rows, count=len(rows), next_after=next_after)


@router.get("/{entity_id}/timeline", response_model=Timeline)
def timeline(store: StoreDep, entity_id: EntityId, limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> Timeline:
    """The entity's claims ordered by article date."""
    rows = store.read("entity_timeline", id=entity_id, limit=limit)
    if not rows:
        _require_entity(store, entity_id)
    return Timeline(data=rows, count=len(rows))
