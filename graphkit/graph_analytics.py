"""Glue between the store and the pure analytics: load the projected graph, compute, write back."""

from __future__ import annotations

from datetime import date

from graphkit.analytics import betweenness, build_graph, communities, pagerank
from graphkit.schema import RELATION_TYPES
from graphkit.store import Store

PROPERTY = {"pagerank": "pagerank", "betweenness": "betweenness", "communities": "community"}


def compute(store: Store, metric: str, *, entity_type: str | None = None, since: date | None = None,
            until: date | None = None) -> list[dict]:
    """Rows of {id, name, type, value} for one metric, best first."""
    edges = store.read("analytics_edges", types=list(RELATION_TYPES), entity_type=entity_type,
                       since=since.isoformat() if since else None, until=until.isoformat() if until else None)
    g = build_graph(edges)
    if metric == "communities":
        scored = [(r.id, float(r.community)) for r in communities(g)]
    else:
        fn = pagerank if metric == "pagerank" else betweenness
        scored = [(r.id, r.value) for r in fn(g)]
    names = {r["id"]: r for r in store.read("analytics_nodes", ids=[i for i, _ in scored])}
    return [{"id": i, "name": names.get(i, {}).get("name"), "type": names.get(i, {}).get("type"), "value": v}
            for i, v in scored]


def write_back(store: Store, metric: str, rows: list[dict]) -> int:
    """Store a metric as a node property (pagerank, betweenness or community)."""
    prop = PROPERTY[metric]
    payload = [{"id": r["id"], "props": {prop: int(r["value"]) if prop == "community" else r["value"]}} for r in rows]
    if not payload:
        return 0
    result = store.write_query("analytics_write", rows=payload)
    return int(result[0]["written"]) if result else 0
