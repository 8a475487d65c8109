"""The Neo4j Browser guide, built from ``cypher/queries/*.cypher`` so the guide and the saved queries never drift.

Each query file starts with ``// Title`` and a ``// one-line explanation``; the
guide shows one slide per file with a runnable code block.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    explanation: str
    cypher: str


def saved_queries() -> list[SavedQuery]:
    """The example queries shipped in ``cypher/queries``, in file-name order."""
    folder = resources.files("graphkit.cypher").joinpath("queries")
    out = []
    for entry in sorted((e for e in folder.iterdir() if e.name.endswith(".cypher")), key=lambda e: e.name):
        lines = entry.read_text(encoding="utf-8").splitlines()
        comments = [ln[2:].strip() for ln in lines if ln.startswith("//")]
        body = "\n".join(ln for ln in lines if not ln.startswith("//")).strip()
        out.append(SavedQuery(entry.name[:-7], comments[0] if comments else entry.name, " ".join(comments[1:]), body))
    return out


def guide_html() -> str:
    """A Browser guide (``:play <url>``): an intro slide, then one slide per saved query."""
    slides = ['''<slide class="row-fluid"><div class="col-sm-12">
<h3>graphkit: the AI-geopolitics graph</h3>
<p>Governments, agencies, firms, models, chips, policies and people, with the relations news articles state between them.
Every relationship is backed by <code>Claim</code> nodes holding the sentence and the <code>Article</code> it comes from.</p>
<p>Click a query to put it in the editor, then run it. Colours follow graphkit's style (<code>:style</code> shows it).</p>
</div></slide>''']
    for q in saved_queries():
        slides.append(
            f'<slide class="row-fluid"><div class="col-sm-12"><h3>{html.escape(q.title)}</h3>'
            f"<p>{html.escape(q.explanation)}</p>"
            f'<pre class="pre-scrollable code runnable">{html.escape(q.cypher)}</pre></div></slide>'
        )
    return ('<article class="guide"><carousel class="deck container-fluid">\n' + "\n".join(slides)
            + "\n</carousel></article>\n")
