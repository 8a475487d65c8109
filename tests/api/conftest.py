"""An app wired to the session's real Neo4j, holding the sample articles."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from graphkit.api.main import create_app
from graphkit.ingest.batch import ingest_paths

from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def client(store, extractor, neo4j_settings) -> Iterator[TestClient]:
    with store.driver.session() as s:
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS").consume()
    ingest_paths([SAMPLES], store=store, extractor=extractor, max_bytes=10**7)
    app = create_app(neo4j_settings, store=store)
    with TestClient(app) as c:
        c.app.state.extractor = extractor
        yield c
