"""Network analytics (networkx) on a projected subgraph; POST writes results back (API key)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from graphkit.api.deps import ApiKey, StoreDep
from graphkit.api.models import Analytics

from graphkit.graph_analytics import compute, write_back
from graphkit.schema import LABELS

router = APIRouter(prefix="/v1/analytics", tags=["analytics"])
MetricP = Literal["pagerank", "betweenness", "communities"]
EntityTypeQ = Literal[LABELS]  # type: ignore[valid-type]


@dataclass
class AnalyticsQuery:
    """The projection and page shared by reading and writing analytics."""

    metric: MetricP
    type: EntityTypeQ | None = None
    since: date | None = None
    until: date | None = None
    limit: Annotated[int, Query(ge=1, le=1000)] = 20

    def run(self, store: StoreDep) -> list[dict]:
        return compute(store, self.metric, entity_type=self.type, since=self.since, until=self.until)


QueryDep = Annotated[AnalyticsQuery, Depends()]


@router.get("/{metric}", response_model=Analytics)
def run(store: StoreDep, q: QueryDep) -> Analytics:
    """PageRank, betweenness or communities over the entity graph (optionally one type, a date range)."""
    rows = q.run(store)
    return Analytics(metric=q.metric, data=rows[: q.limit], count=len(rows))


@router.post("/{metric}", response_model=Analytics, dependencies=[ApiKey])
def run_and_write(store: StoreDep, q: QueryDep) -> Analytics:
    """The same, then written back as node properties for styling; needs X-API-Key."""
    rows = q.run(store)
    written = write_back(store, q.metric, rows)
    return Analytics(metric=q.metric, data=rows[: q.limit], count=len(rows), written=written)
