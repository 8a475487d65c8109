"""Helpers for the reliability suite: corpora on disk, the CLI against a given server, graph snapshots."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit.config import Settings
from graphkit.server import LocalServer
from graphkit.store import Store

ROOT = Path(__file__).resolve().parents[2]


def write_corpus(folder: Path, n: int) -> Path:
    sys.path.insert(0, str(ROOT))
    from bench.run import build_corpus

    folder.mkdir(parents=True, exist_ok=True)
    for i, art in enumerate(build_corpus(n)):
        date = f"date: {art.published.isoformat()}\n" if art.published else ""
        (folder / f"{i:04d}.md").write_text(f"---\ntitle: {art.title!r}\n{date}---\n{art.text}\n")
    return folder


def cli_env(settings: Settings) -> dict[str, str]:
    server = LocalServer(settings)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "GRAPHKIT_"))}
    env.update({"NEO4J_URI": server.bolt_uri, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": server.password() or "",
                "GRAPHKIT_HOME": str(settings.home)})
    return env


def graphkit(*args: str, settings: Settings, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "graphkit.cli", *args], env=cli_env(settings), start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def snapshot(store: Store) -> dict:
    """Everything that must be equal between two ways of building the same graph."""
    with store.driver.session() as s:
        claims = sorted(r[0] for r in s.run("MATCH (a:Article)-[:STATES]->(c:Claim) RETURN a.id + '|' + c.key"))
        rels = sorted(r[0] for r in s.run(
            "MATCH (x:Entity)-[r]->(y:Entity) RETURN x.id + '|' + type(r) + '|' + y.id + '|' + r.source + '|' "
            "+ toString(coalesce(r.claims, 0)) + '|' + toString(coalesce(r.articles, 0))"))
        entities = sorted(r[0] for r in s.run("MATCH (e:Entity) RETURN e.id + '|' + e.type"))
    return {"claims": claims, "relationships": rels, "entities": entities}


def integrity(store: Store) -> dict[str, int]:
    """Counts that must all be zero in a healthy graph."""
    checks = {
        "claims_without_article": "MATCH (c:Claim) WHERE NOT (c)<-[:STATES]-(:Article) RETURN count(c)",
        "claims_without_ends": "MATCH (c:Claim) WHERE NOT (c)-[:SUBJECT]->() OR NOT (c)-[:OBJECT]->() RETURN count(c)",
        "duplicate_entity_ids": "MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(id)",
        "duplicate_derived": "MATCH (a)-[r]->(b) WHERE r.source IS NOT NULL WITH a, b, type(r) AS t, r.source AS s, count(*) AS n "
                             "WHERE n > 1 RETURN count(*)",
        "derived_claims_mismatch": "MATCH (a)-[r {source: 'article'}]->(b) "
                                   "CALL (a, r, b) { MATCH (c:Claim {key: a.id + '|' + type(r) + '|' + b.id}) RETURN count(c) AS n } "
                                   "WITH r, n WHERE r.claims <> n RETURN count(r)",
        "orphan_entities": "MATCH (e:Entity) WHERE NOT (e)<-[:MENTIONS]-() RETURN count(e)",
    }
    with store.driver.session() as s:
        return {name: s.run(q).single()[0] for name, q in checks.items()}


def wipe(store: Store) -> None:
    with store.driver.session() as s:
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


@pytest.fixture(scope="session")
def corpus_500(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus500"), 500)
