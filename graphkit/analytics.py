"""Network analytics on a projected subgraph (pure: edge rows in, typed rows out).

The store loads the edges (``cypher/analytics_edges.cypher``) and writes the
results back as node properties so the Browser style can size and colour by
them; nothing here touches Neo4j.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import networkx as nx
from pydantic import BaseModel

Metric = Literal["pagerank", "betweenness", "communities"]


class ScoreRow(BaseModel):
    id: str
    value: float


class CommunityRow(BaseModel):
    id: str
    community: int
    size: int


def build_graph(edges: Iterable[dict]) -> nx.DiGraph:
    """A directed graph whose edge weight is the number of corroborating articles (summed over types)."""
    g = nx.DiGraph()
    for e in edges:
        w = float(e.get("weight") or 1.0)
        if g.has_edge(e["source"], e["target"]):
            g[e["source"]][e["target"]]["weight"] += w
        else:
            g.add_edge(e["source"], e["target"], weight=w)
    return g


def pagerank(g: nx.DiGraph) -> list[ScoreRow]:
    if g.number_of_nodes() == 0:
        return []
    scores = nx.pagerank(g.to_undirected(), weight="weight")
    return sorted((ScoreRow(id=n, value=v) for n, v in scores.items()), key=lambda r: (-r.value, r.id))


def betweenness(g: nx.DiGraph) -> list[ScoreRow]:
    if g.number_of_nodes() == 0:
        return []
    scores = nx.betweenness_centrality(g.to_undirected(), normalized=True)
    return sorted((ScoreRow(id=n, value=v) for n, v in scores.items()), key=lambda r: (-r.value, r.id))


def communities(g: nx.DiGraph, *, seed: int = 7) -> list[CommunityRow]:
    """Louvain communities (seeded, so results are repeatable), numbered by size."""
    if g.number_of_nodes() == 0:
        return []
    groups = nx.community.louvain_communities(g.to_undirected(), weight="weight", seed=seed)
    groups = sorted(groups, key=lambda c: (-len(c), min(c)))
    return [CommunityRow(id=n, community=i, size=len(c)) for i, c in enumerate(groups) for n in sorted(c)]
