"""Property-based run over the OpenAPI spec (schemathesis), and Neo4j outages answered with 503."""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from graphkit.api.main import create_app
from hypothesis import HealthCheck, settings

from tests.conftest import free_port, make_settings


@pytest.fixture(scope="module")
def api_schema(client: TestClient):
    return schemathesis.openapi.from_asgi("/openapi.json", client.app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_input_makes_a_server_error(case) -> None:
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path} → {response.status_code}: {response.text[:300]}"


@pytest.mark.parametrize(
    "path",
    [
        "/v1/entities?q={x}",
        "/v1/entities/{x}",
        "/v1/entities/{x}/neighbors?after={x}",
        "/v1/entities/{x}/timeline",
        "/v1/paths?source={x}&target={x}",
        "/v1/evidence?subject={x}&object={x}",
        "/v1/articles/{x}",
        "/v1/articles?after={x}",
        "/v1/export?entity={x}",
    ],
)
@pytest.mark.parametrize("attack", ["' OR 1=1 //", "\"}) MATCH (n) DETACH DELETE n //", "$(label)", "`x` RETURN 1", "\\u0000"])
def test_injection_attempts_in_string_parameters_are_inert(client: TestClient, path: str, attack: str) -> None:
    from urllib.parse import quote

    before = client.get("/v1/stats").json()
    r = client.get(path.replace("{x}", quote(attack, safe="")))
    assert r.status_code in (200, 404, 422), r.text
    assert client.get("/v1/stats").json() == before


def test_unreachable_neo4j_is_a_503_with_advice(tmp_path) -> None:
    settings_ = make_settings(tmp_path, neo4j_uri=f"bolt://127.0.0.1:{free_port()}", neo4j_password="x")
    with TestClient(create_app(settings_)) as c:
        r = c.get("/v1/entities", params={"q": "anthropic"})
        assert r.status_code == 503
        assert "neo4j" in r.json()["error"]["message"].lower()
        assert c.get("/health").status_code == 503
