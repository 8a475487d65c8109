"""Relationships between entities: paths, evidence, subgraph export."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response
from graphkit.api.deps import StoreDep
from graphkit.api.models import Evidence, Paths

from graphkit.errors import NotFoundError
from graphkit.export import export_subgraph
from graphkit.schema import RELATION_TYPES, SCHEMA

router = APIRouter(prefix="/v1", tags=["graph"])
RelationTypeQ = Literal[RELATION_TYPES]  # type: ignore[valid-type]
IdQ = Annotated[str, Query(min_length=1, max_length=300)]


def _require(store: StoreDep, *ids: str) -> None:
    found = store.entity_ids_present(ids)
    for i in ids:
        if i not in found:
            raise NotFoundError(f"no entity with id {i!r}; find ids with GET /v1/entities?q=<name>")


def _hop_key(hop: dict) -> str:
    return f"{hop['from']}|{hop['type']}|{hop['to']}"


@router.get("/paths", response_model=Paths)
def paths(
    store: StoreDep,
    source: IdQ,
    target: IdQ,
    max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> Paths:
    """Shortest paths between two entities, with the relation types and the claims on each hop."""
    _require(store, source, target)
    if source == target:
        return Paths(data=[], count=0)
    rows = store.read("paths", source=source, target=target, max_hops=max_hops, limit=limit)
    # paths share hops (ten paths through a hub repeat its edges): fetch each distinct hop's claims once, in one query
    hops = {_hop_key(h): h for row in rows for h in row["hops"]}
    found = store.read("evidence_hops", limit=3, hops=[
        {"key": key, "from": h["from"], "to": h["to"], "type": h["type"], "either_way": h["type"] in SCHEMA.symmetric}
        for key, h in hops.items()
    ]) if hops else []
    evidence = {r["key"]: r["evidence"] for r in found}
    for row in rows:
        for hop in row["hops"]:
            hop["evidence"] = evidence.get(_hop_key(hop), [])
    return Paths(data=rows, count=len(rows))


@router.get("/evidence", response_model=Evidence)
def evidence(
    store: StoreDep,
    subject: IdQ,
    object: IdQ,
    type: RelationTypeQ | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Evidence:
    """The claims behind a relationship: sentence, article title, url, date, confidence."""
    _require(store, subject, object)
    either_way = type is None or type in SCHEMA.symmetric
    rows = store.read("evidence", subject=subject, object=object, type=type, either_way=either_way, limit=limit)
    return Evidence(data=rows, count=len(rows))


@router.get("/export", responses={200: {"content": {"application/json": {}, "application/xml": {}}}})
def export(
    store: StoreDep,
    entity: IdQ,
    hops: Annotated[int, Query(ge=1, le=3)] = 1,
    format: Literal["json", "graphml", "gexf"] = "json",
    limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
) -> Response:
    """A subgraph around an entity as node-link JSON, GraphML or GEXF."""
    _require(store, entity)
    body, media = export_subgraph(store, entity, hops=hops, fmt=format, limit=limit)
    return Response(content=body, media_type=media)
