"""Network analytics (networkx) on a projected subgraph; POST writes results back (API key)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from graphkit.api.deps import ApiKey, StoreDep
from graphkit.api.models import Analytics

from graphkit.graph_analytics import compute, write_back
from graphkit.schema import LABELS

router = APIRouter(prefix="/v1/analytics", tags=["analytics"])
MetricP = Literal["pagerank", "betweenness", "communities"]
EntityTypeQ = Literal[LABELS]  # type: ignore[valid-type]


@router.get("/{metric}", response_model=Analytics)
def run(
    store: StoreDep,
    metric: MetricP,
    type: EntityTypeQ | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 20,
) -> Analytics:
    """PageRank, betweenness or communities over the entity graph (optionally one type, a date range)."""
    rows = compute(store, metric, entity_type=type, since=since, until=until)
    return Analytics(metric=metric, data=rows[:limit], count=len(rows))


@router.post("/{metric}", response_model=Analytics, dependencies=[ApiKey])
def run_and_write(
    store: StoreDep,
    metric: MetricP,
    type: EntityTypeQ | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 20,
) -> Analytics:
    """The same, then written back as node properties for styling; needs X-API-Key."""
    rows = compute(store, metric, entity_type=type, since=since, until=until)
    written = write_back(store, metric, rows)
    return Analytics(metric=metric, data=rows[:limit], count=len(rows), written=written)
