"""Subgraph export as node-link JSON, GraphML or GEXF (networkx writers)."""

from __future__ import annotations

import io
import json

import networkx as nx

from graphkit.schema import RELATION_TYPES
from graphkit.store import Store

MEDIA = {"json": "application/json", "graphml": "application/xml", "gexf": "application/xml"}


def subgraph(store: Store, entity_id: str, *, hops: int, limit: int) -> nx.MultiDiGraph:
    """Breadth-first, one query per hop, over schema relationships."""
    g = nx.MultiDiGraph()
    frontier, seen = {entity_id}, {entity_id}
    for _ in range(hops):
        rows = store.read("subgraph_hop", ids=sorted(frontier), types=list(RELATION_TYPES), limit=limit)
        nxt = set()
        for r in rows:
            key = f"{r['type']}"
            if not g.has_edge(r["source"], r["target"], key=key):
                g.add_edge(r["source"], r["target"], key=key, type=r["type"], source_kind=r["origin"] or "",
                           claims=int(r["claims"] or 0), articles=int(r["articles"] or 0),
                           confidence=float(r["confidence"] or 0.0))
            if r["neighbor"] not in seen:
                nxt.add(r["neighbor"])
        seen |= nxt
        frontier = nxt
        if not frontier or g.number_of_edges() >= limit:
            break
    g.add_node(entity_id)
    for row in store.read("entities_by_id", ids=list(g.nodes)):
        g.nodes[row["id"]].update({k: v for k, v in row.items() if v is not None and k != "id"})
    return g


def export_subgraph(store: Store, entity_id: str, *, hops: int, fmt: str, limit: int) -> tuple[str, str]:
    g = subgraph(store, entity_id, hops=hops, limit=limit)
    if fmt == "json":
        data = nx.node_link_data(g, edges="links")
        return json.dumps(data, default=str), MEDIA[fmt]
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(g, buf)
    else:
        nx.write_gexf(g, buf)
    return buf.getvalue().decode("utf-8"), MEDIA[fmt]
