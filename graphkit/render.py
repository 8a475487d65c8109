"""A picture of an entity's neighbourhood for reports (PNG or SVG), in the Browser style's colours."""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from graphkit.errors import InputError, NotFoundError  # noqa: E402
from graphkit.export import subgraph  # noqa: E402
from graphkit.lucene import fuzzy_query  # noqa: E402
from graphkit.store import Store  # noqa: E402
from graphkit.style import PALETTE  # noqa: E402


def resolve_entity(store: Store, name_or_id: str) -> str:
    """An entity id from an id or a name (best full-text match)."""
    if store.entity_ids_present([name_or_id]):
        return name_or_id
    query = fuzzy_query(name_or_id)
    rows = store.read("entity_search", lucene=query, type=None, limit=1) if query else []
    if not rows:
        raise NotFoundError(f"no entity matches {name_or_id!r}; try `graphkit query` or GET /v1/entities?q=…")
    return rows[0]["id"]


def render(store: Store, name_or_id: str, out: Path, *, hops: int = 1, limit: int = 60) -> Path:
    """Draw the entity and its neighbours: nodes coloured by type (the Browser palette) and sized by PageRank
    where known, edges labelled by relation type and as wide as the number of articles behind them."""
    if out.suffix.lower() not in {".png", ".svg"}:
        raise InputError("the output must end in .png or .svg", source=str(out))
    center = resolve_entity(store, name_or_id)
    g = subgraph(store, center, hops=hops, limit=limit)
    simple = nx.DiGraph()
    for u, v, data in g.edges(data=True):
        articles = max(1, int(data.get("articles") or 1))
        if simple.has_edge(u, v):
            simple[u][v]["articles"] = max(simple[u][v]["articles"], articles)
            simple[u][v]["label"] += ", " + data["type"].replace("_", " ").lower()
        else:
            simple.add_edge(u, v, label=data["type"].replace("_", " ").lower(), articles=articles)
    simple.add_node(center)
    pos = nx.spring_layout(simple, seed=3, k=1.6 / max(1, len(simple) ** 0.5))
    fig, ax = plt.subplots(figsize=(12, 9), dpi=150)
    types = {n: g.nodes[n].get("type", "Entity") for n in simple.nodes}
    colors = [PALETTE.get(types[n], ("#A5ABB6", "#9AA1AC"))[0] for n in simple.nodes]
    # size by PageRank when `graphkit analytics` has written it, width by the number of corroborating articles
    ranks = {n: float(g.nodes[n].get("pagerank") or 0.0) for n in simple.nodes}
    top = max(ranks.values()) or 1.0
    sizes = [1100 + 2200 * ranks[n] / top + (600 if n == center else 0) for n in simple.nodes]
    widths = [1.0 + 1.5 * math.log2(simple[u][v]["articles"]) for u, v in simple.edges]
    nx.draw_networkx_edges(simple, pos, ax=ax, edge_color="#8A929B", arrows=True, arrowsize=14, width=widths,
                           node_size=sizes, connectionstyle="arc3,rad=0.06")
    nx.draw_networkx_nodes(simple, pos, ax=ax, node_color=colors, node_size=sizes, edgecolors="#2C3E50", linewidths=1.2)
    labels = {n: _wrap(g.nodes[n].get("name", n)) for n in simple.nodes}
    nx.draw_networkx_labels(simple, pos, labels=labels, ax=ax, font_size=8, font_color="#111111",
                            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.8})
    nx.draw_networkx_edge_labels(simple, pos, edge_labels=nx.get_edge_attributes(simple, "label"), ax=ax,
                                 font_size=7, font_color="#34495E", rotate=False)
    present = sorted(set(types.values()) & set(PALETTE))
    ax.legend(handles=[Line2D([0], [0], marker="o", color="w", markerfacecolor=PALETTE[t][0], markersize=11, label=t)
                       for t in present], loc="lower left", frameon=False, fontsize=9)
    ax.set_title(f"{g.nodes[center].get('name', center)} — neighbourhood ({simple.number_of_nodes()} entities)", fontsize=13)
    ax.axis("off")
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out)
    plt.close(fig)
    return out


def _wrap(text: str, width: int = 18) -> str:
    words, lines, line = text.split(), [], ""
    for w in words:
        if line and len(line) + len(w) + 1 > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "\n".join([*lines, line])
