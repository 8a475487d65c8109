"""Reliability and security, measured. Long runs carry the `slow` marker: `./scripts/test.sh -m slow tests/reliability`.

docs/reliability.md lists each test, its size and its last result.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from graphkit.api.main import create_app
from graphkit.ingest.batch import ingest_paths
from graphkit.ingest.html_reader import parse_html

from graphkit.errors import InputError
from graphkit.model import Article
from graphkit.server import LocalServer
from graphkit.store import Store
from tests.conftest import SAMPLES, free_port, make_settings, wait_for_http
from tests.reliability.conftest import graphkit, integrity, snapshot, wipe

slow = pytest.mark.slow


def run_to_end(settings, *paths: Path, timeout: float = 900) -> subprocess.CompletedProcess:
    proc = graphkit("ingest", "--quiet", *map(str, paths), settings=settings)
    out, err = proc.communicate(timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@slow
def test_kill_9_at_random_points_then_rerun_equals_one_clean_run(store: Store, neo4j_settings, corpus_500: Path) -> None:
    wipe(store)
    assert run_to_end(neo4j_settings, corpus_500).returncode == 0
    clean = snapshot(store)
    wipe(store)
    rng = random.Random(11)
    for _ in range(5):
        proc = graphkit("ingest", "--quiet", str(corpus_500), settings=neo4j_settings)
        time.sleep(rng.uniform(3, 12))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    final = run_to_end(neo4j_settings, corpus_500)
    assert final.returncode == 0, final.stderr[-2000:]
    got = snapshot(store)
    diffs = {k: (sorted(set(clean[k]) - set(got[k]))[:5], sorted(set(got[k]) - set(clean[k]))[:5]) for k in clean}
    assert got == clean, diffs
    assert not any(integrity(store).values()), integrity(store)


@slow
def test_two_ingesters_on_overlapping_folders_at_once(store: Store, neo4j_settings, corpus_500: Path, tmp_path: Path) -> None:
    files = sorted(corpus_500.glob("*.md"))[:300]
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    for f in files[:200]:
        (a / f.name).write_text(f.read_text())
    for f in files[100:300]:
        (b / f.name).write_text(f.read_text())
    wipe(store)
    assert run_to_end(neo4j_settings, a, b).returncode == 0
    clean = snapshot(store)
    wipe(store)
    first, second = graphkit("ingest", "--quiet", str(a), settings=neo4j_settings), graphkit("ingest", "--quiet", str(b), settings=neo4j_settings)
    reads: list[int] = []
    with TestClient(create_app(neo4j_settings, store=store)) as api:
        while first.poll() is None or second.poll() is None:
            reads.append(api.get("/v1/stats").status_code)
            time.sleep(0.2)
    assert first.returncode == 0 and second.returncode == 0, (first.stderr.read()[-1500:], second.stderr.read()[-1500:])
    assert set(reads) == {200}
    # the later run may have refreshed KB facts the earlier one also loaded: compare what articles state
    got = snapshot(store)
    assert got["claims"] == clean["claims"] and got["entities"] == clean["entities"]
    assert not any(integrity(store).values()), integrity(store)


@slow
def test_neo4j_outage_mid_ingest_recovers_and_api_says_503(tmp_path: Path, corpus_500: Path) -> None:
    settings = make_settings(tmp_path / "home")
    server = LocalServer(settings)
    server.start()
    try:
        with Store.connect(settings) as store:
            proc = graphkit("ingest", "--quiet", str(corpus_500), settings=settings)
            time.sleep(8)
            server.stop()
            with TestClient(create_app(settings)) as api:
                assert api.get("/v1/stats").status_code == 503
                server.start()
                deadline = time.monotonic() + 60
                while api.get("/v1/stats").status_code != 200 and time.monotonic() < deadline:
                    time.sleep(1)
                assert api.get("/v1/stats").status_code == 200
            out, err = proc.communicate(timeout=900)
            if proc.returncode != 0:
                assert "Neo4j is unreachable" in err or "graphkit neo4j start" in err, err[-1500:]
            resumed = run_to_end(settings, corpus_500)
            assert resumed.returncode == 0, resumed.stderr[-1500:]
            stats = store.stats().as_dict()["labels"]
            assert stats["Article"] == 500
            assert not any(integrity(store).values()), integrity(store)
    finally:
        server.stop()


@slow
def test_backup_and_restore_round_trip(tmp_path: Path, extractor) -> None:
    settings = make_settings(tmp_path / "home")
    server = LocalServer(settings)
    server.start()
    try:
        with Store.connect(settings) as store:
            ingest_paths([SAMPLES], store=store, extractor=extractor, max_bytes=10**7)
            before = snapshot(store)
        dump = server.backup(tmp_path / "graph.dump")
        assert dump.stat().st_size > 10_000
        with Store.connect(settings) as store:
            wipe(store)
            assert store.stats().labels["Article"] == 0
        server.restore(dump)
        with Store.connect(settings) as store:
            assert snapshot(store) == before
    finally:
        server.stop()


@slow
def test_api_load_holds_its_rate_with_zero_errors(store: Store, neo4j_settings, extractor) -> None:
    import asyncio
    import sys


    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from bench.run import load

    wipe(store)
    ingest_paths([SAMPLES], store=store, extractor=extractor, max_bytes=10**7)
    port = free_port()
    env = {**os.environ, "NEO4J_URI": LocalServer(neo4j_settings).bolt_uri, "NEO4J_PASSWORD": LocalServer(neo4j_settings).password() or "",
           "GRAPHKIT_RATE_LIMIT_PER_MINUTE": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "graphkit.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_http(base + "/health", seconds=60)
        result = asyncio.run(load(base + "/v1/entities?q=anthropic", concurrency=8, seconds=15))
        print("load:", result)
        assert result["errors"] == 0 and result["requests"] > 15 * 50
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)


# -- hostile input (fast: part of the default run) ---------------------------------

HOSTILE = [
    "مرحبا Anthropic \u202eReversed\u202c and Nvidia",                       # right-to-left and bidi controls
    "Open\u200bAI zero\u200dwidth joiners and \ufeff BOM",                  # zero-width characters
    "Emoji 🤖🇨🇳🇺🇸 around Huawei and 👩‍💻",                                # emoji and ZWJ sequences
    "Combining marks: Ạ̸̢̛̗̟̥̩̥̯̰̥̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿ Baidu",             # stacked combining marks
    "A" * 200_000,                                                          # one huge token
    ("Nvidia sells chips " * 3000) + ".",                                     # one huge sentence
    "../../etc/passwd and C:\\Windows\\system32 in a title",                # path traversal strings
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_is_extracted_and_stored_as_plain_data(empty_store: Store, extractor, text: str) -> None:
    art = Article.create(text=f"{text}\nAnthropic develops Claude.", title=text[:300])
    empty_store.write(extractor.extract(art))
    with empty_store.driver.session() as s:
        rec = s.run("MATCH (a:Article {id: $id}) RETURN a.title AS t, a.text AS x", id=art.id).single()
    assert rec["t"] == art.title and rec["x"] == art.text


def test_deeply_nested_html_is_read_or_refused_without_crashing() -> None:
    html = "<html><body>" + "<div>" * 5000 + "<p>Nvidia unveiled the B200 chip for data centres today.</p>" + "</div>" * 5000 + "</body></html>"
    try:
        art = parse_html(html, source="nested.html")
        assert "B200" in art.text
    except InputError as exc:
        assert "nested.html" in str(exc)


def test_url_ingestion_refuses_private_and_loopback_addresses() -> None:
    from graphkit.ingest.url_reader import check_address

    for url in ("http://127.0.0.1/", "http://localhost:8080/x", "http://10.1.2.3/", "http://192.168.0.1/",
                "http://[::1]/", "http://169.254.169.254/latest/meta-data", "file:///etc/passwd", "ftp://example.org/x"):
        with pytest.raises(InputError):
            check_address(url, allow_private=False)


def test_every_write_route_needs_the_key(store: Store, neo4j_settings) -> None:
    with TestClient(create_app(neo4j_settings, store=store)) as c:
        for method, path in (("POST", "/v1/articles"), ("DELETE", "/v1/articles/x"), ("POST", "/v1/analytics/pagerank"),
                             ("POST", "/v1/analytics/betweenness"), ("POST", "/v1/analytics/communities")):
            r = c.request(method, path, json={"text": "x"} if method == "POST" else None)
            assert r.status_code == 401, (method, path, r.status_code)
