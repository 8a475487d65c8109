"""A folder mixing every format ingests with one call; bad files are reported; re-runs and resumes change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from graphkit.ingest.batch import ingest_articles, ingest_paths
from graphkit.ingest.readers import read_paths

from graphkit.errors import StoreUnavailableError
from graphkit.store import Store
from tests.conftest import SAMPLES
from tests.test_formats import ARTICLE_HTML, RSS


def mixed_folder(root: Path) -> set[str]:
    """Write one file of each format (and some bad ones); return the names that must be reported."""
    (root / "notes").mkdir(parents=True)
    (root / "a.md").write_text("---\ntitle: Lift\ndate: 2025-05-13\n---\nWashington eased curbs on Nvidia this week.")
    (root / "b.txt").write_text("SoftBank invested heavily in OpenAI.\nIt was a large round.")
    (root / "page.html").write_text(ARTICLE_HTML)
    (root / "dump.jsonl").write_text(
        json.dumps({"title": "J", "text": "Japan adopted the AI Promotion Act.", "url": "https://e.org/j"}) + "\n{broken\n")
    (root / "feed.rss").write_text(RSS)
    (root / "notes" / "empty.md").write_text("")
    (root / "notes" / "binary.txt").write_bytes(b"\x00\x01\x02")
    (root / "scripts.html").write_text("<html><head><script>x()</script></head><body></body></html>")
    return {"empty.md", "binary.txt", "scripts.html", "dump.jsonl:2", "feed.rss#item2"}


def graph_snapshot(store: Store) -> dict:
    with store.driver.session() as s:
        claims = sorted(r["k"] for r in s.run("MATCH (a:Article)-[:STATES]->(c:Claim) RETURN a.id + '|' + c.key AS k"))
        rels = sorted(r["k"] for r in s.run(
            "MATCH (x:Entity)-[r]->(y:Entity) RETURN x.id + '|' + type(r) + '|' + y.id + '|' + r.source + '|' + "
            "toString(coalesce(r.claims, 0)) + '|' + toString(coalesce(r.articles, 0)) AS k"))
    return {"stats": store.stats().as_dict(), "claims": claims, "relationships": rels}


def test_mixed_folder_ingests_reports_exactly_the_bad_files_and_reruns_change_nothing(tmp_path: Path, empty_store: Store, extractor) -> None:
    bad = mixed_folder(tmp_path)
    summary = ingest_paths([tmp_path], store=empty_store, extractor=extractor, max_bytes=10**6, batch_size=2)
    reported = {Path(s.source).name for s in summary.skipped}
    assert reported == bad
    assert summary.stored == 6  # a.md, b.txt, page.html, one jsonl line, two feed items
    first = graph_snapshot(empty_store)
    again = ingest_paths([tmp_path], store=empty_store, extractor=extractor, max_bytes=10**6, batch_size=2)
    assert again.stored == 0 and again.unchanged == 6
    assert graph_snapshot(empty_store) == first


def test_interrupted_run_resumed_equals_one_uninterrupted_run(tmp_path: Path, empty_store: Store, extractor) -> None:
    mixed_folder(tmp_path)
    ingest_paths([tmp_path], store=empty_store, extractor=extractor, max_bytes=10**6, batch_size=2)
    clean = graph_snapshot(empty_store)
    with empty_store.driver.session() as s:
        s.run("MATCH (n) DETACH DELETE n").consume()
    # a run killed after its first batches leaves exactly those batches (each batch is one transaction)
    articles = [a for a in read_paths([tmp_path], max_bytes=10**6) if not hasattr(a, "reason")]
    ingest_articles(articles[:3], store=empty_store, extractor=extractor, batch_size=2)
    resumed = ingest_paths([tmp_path], store=empty_store, extractor=extractor, max_bytes=10**6, batch_size=2)
    assert resumed.unchanged == 3
    assert graph_snapshot(empty_store) == clean


def test_a_write_that_fails_mid_run_stops_the_run_and_a_rerun_stores_the_rest(tmp_path: Path, empty_store: Store, extractor) -> None:
    """Batches queue for the writer; when one write fails the run reports it, and resuming loses or repeats nothing."""
    mixed_folder(tmp_path)
    articles = [a for a in read_paths([tmp_path], max_bytes=10**6) if not hasattr(a, "reason")]
    ingest_articles(articles, store=empty_store, extractor=extractor, batch_size=1)
    clean = graph_snapshot(empty_store)
    with empty_store.driver.session() as s:
        s.run("MATCH (n) DETACH DELETE n").consume()

    class NeoGoesAway(Store):
        calls = 0

        def write_many(self, extractions, **kw):  # type: ignore[no-untyped-def]
            NeoGoesAway.calls += 1
            if NeoGoesAway.calls == 3:
                raise StoreUnavailableError("Neo4j went away (test)")
            return super().write_many(extractions, **kw)

    flaky = NeoGoesAway(empty_store.driver, empty_store.database)
    with pytest.raises(StoreUnavailableError):
        ingest_articles(articles, store=flaky, extractor=extractor, batch_size=1, write_batch_size=1)
    stored_before_failure = empty_store.stats().labels["Article"]
    assert 2 <= stored_before_failure < len(articles)
    resumed = ingest_articles(articles, store=empty_store, extractor=extractor, batch_size=1)
    assert resumed.unchanged >= 2 and resumed.stored + resumed.unchanged == len(articles)
    assert graph_snapshot(empty_store) == clean


def test_two_worker_processes_extract_the_same_as_one_in_input_order(extractor) -> None:
    articles = [a for a in read_paths([SAMPLES], max_bytes=10**7) if not hasattr(a, "reason")]
    one = [x.model_dump() for x in extractor.extract_many(articles, batch_size=2, workers=1)]
    two = [x.model_dump() for x in extractor.extract_many(articles, batch_size=2, workers=2)]
    assert len(one) == len(articles) >= 3
    assert two == one


def test_ingesting_with_two_workers_stores_the_same_graph_as_one(empty_store: Store, extractor) -> None:
    ingest_paths([SAMPLES], store=empty_store, extractor=extractor, max_bytes=10**7, batch_size=2, workers=1)
    single = graph_snapshot(empty_store)
    empty_store.driver.execute_query("MATCH (n) DETACH DELETE n", database_=empty_store.database)
    summary = ingest_paths([SAMPLES], store=empty_store, extractor=extractor, max_bytes=10**7, batch_size=2, workers=2)
    assert summary.stored == single["stats"]["labels"]["Article"]
    assert graph_snapshot(empty_store) == single
