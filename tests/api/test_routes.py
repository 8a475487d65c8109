"""The HTTP API against the real Neo4j holding the sample articles."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

KEY = {"X-API-Key": "test-api-key"}


def test_health_reports_neo4j_and_schema(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["neo4j_version"].startswith("5.") and body["schema_applied"]


def test_search_finds_anthropic_even_with_a_typo(client: TestClient) -> None:
    for q in ("anthropic", "Antropic"):
        hits = client.get("/v1/entities", params={"q": q}).json()["data"]
        assert hits and hits[0]["id"] == "firm:anthropic"


def test_search_filters_by_type(client: TestClient) -> None:
    hits = client.get("/v1/entities", params={"q": "united", "type": "Government"}).json()["data"]
    assert hits and all(h["type"] == "Government" for h in hits)


@pytest.mark.parametrize("q", ['AI (Act] ~"', "name:* OR 1=1", "' RETURN 1 //", "\\", "*", "AND", "\u202e\u200b"])
def test_lucene_and_cypher_syntax_in_search_is_just_text(client: TestClient, q: str) -> None:
    assert client.get("/v1/entities", params={"q": q}).status_code == 200


def test_entity_detail_has_counts_and_articles(client: TestClient) -> None:
    body = client.get("/v1/entities/firm:anthropic").json()
    assert body["name"] == "Anthropic" and body["article_count"] >= 2
    assert any(c["type"] == "DEVELOPS" for c in body["relation_counts"])


@pytest.mark.parametrize("suffix", ["", "/neighbors", "/timeline"])
def test_unknown_entity_is_a_404_with_advice(client: TestClient, suffix: str) -> None:
    r = client.get(f"/v1/entities/firm:does-not-exist{suffix}")
    assert r.status_code == 404 and "GET /v1/entities?q=" in r.json()["error"]["message"]


def test_a_known_entity_with_no_neighbours_matching_the_filter_is_an_empty_page_not_a_404(client: TestClient) -> None:
    r = client.get("/v1/entities/government:united-states/neighbors", params={"min_articles": 100000})
    assert r.status_code == 200 and r.json()["count"] == 0


def test_neighbors_of_united_states_include_what_the_samples_state(client: TestClient) -> None:
    rows = client.get("/v1/entities/government:united-states/neighbors", params={"limit": 200}).json()["data"]
    assert ("firm:anthropic", "LIFTS_RESTRICTIONS_ON", "out") in {(r["id"], r["relation"], r["direction"]) for r in rows}


def test_neighbor_pages_are_stable_and_complete(client: TestClient) -> None:
    everything = client.get("/v1/entities/government:united-states/neighbors", params={"limit": 500}).json()["data"]
    pages, after = [], None
    while True:
        params = {"limit": 3} | ({"after": after} if after else {})
        body = client.get("/v1/entities/government:united-states/neighbors", params=params).json()
        pages += body["data"]
        after = body["next_after"]
        if not after:
            break
    assert [(r["id"], r["relation"], r["direction"]) for r in pages] == [(r["id"], r["relation"], r["direction"]) for r in everything]


def test_neighbor_filters_by_type_and_direction(client: TestClient) -> None:
    rows = client.get("/v1/entities/firm:anthropic/neighbors", params={"type": "DEVELOPS", "direction": "out"}).json()["data"]
    assert rows and all(r["relation"] == "DEVELOPS" and r["direction"] == "out" for r in rows)


def test_bad_parameters_are_422_not_500(client: TestClient) -> None:
    assert client.get("/v1/entities/firm:anthropic/neighbors", params={"direction": "sideways"}).status_code == 422
    assert client.get("/v1/entities/firm:anthropic/neighbors", params={"since": "yesterday"}).status_code == 422
    assert client.get("/v1/entities", params={"q": "x", "type": "Robot"}).status_code == 422


def test_path_from_keir_starmer_to_anthropic(client: TestClient) -> None:
    body = client.get("/v1/paths", params={"source": "person:keir-starmer", "target": "firm:anthropic"}).json()
    assert body["count"] >= 1
    path = body["data"][0]
    assert path["nodes"][0]["id"] == "person:keir-starmer" and path["nodes"][-1]["id"] == "firm:anthropic"
    assert all(h["type"] for h in path["hops"])


def test_each_path_hop_carries_the_claims_behind_that_hop(client: TestClient) -> None:
    body = client.get("/v1/paths", params={"source": "person:keir-starmer", "target": "firm:anthropic"}).json()
    hops = [h for path in body["data"] for h in path["hops"]]
    assert hops and any(h["evidence"] for h in hops)
    for hop in hops:
        direct = client.get("/v1/evidence", params={"subject": hop["from"], "object": hop["to"], "type": hop["type"],
                                                    "limit": 3}).json()["data"]
        assert [e["claim_id"] for e in hop["evidence"]] == [e["claim_id"] for e in direct]


def test_evidence_shows_sentence_and_article(client: TestClient) -> None:
    rows = client.get("/v1/evidence", params={"subject": "firm:anthropic", "type": "DEVELOPS", "object": "aimodel:claude-4"}).json()["data"]
    assert rows and "Claude 4" in rows[0]["sentence"] and rows[0]["article_id"]


def test_timeline_is_ordered_by_article_date(client: TestClient) -> None:
    rows = client.get("/v1/entities/government:united-states/timeline").json()["data"]
    dates = [r["date"] for r in rows if r["date"]]
    assert dates == sorted(dates)


def test_stats_count_labels_and_relationships(client: TestClient) -> None:
    body = client.get("/v1/stats").json()
    assert body["labels"]["Article"] == 6 and body["relationships"]["STATES"] > 0


@pytest.mark.parametrize("metric", ["pagerank", "betweenness", "communities"])
def test_analytics_rank_entities(client: TestClient, metric: str) -> None:
    body = client.get(f"/v1/analytics/{metric}", params={"limit": 5}).json()
    assert body["count"] > 5 and len(body["data"]) == 5


def test_analytics_write_back_needs_a_key_and_then_writes(client: TestClient) -> None:
    assert client.post("/v1/analytics/pagerank").status_code == 401
    assert client.post("/v1/analytics/pagerank", headers={"X-API-Key": "wrong"}).status_code == 403
    body = client.post("/v1/analytics/pagerank", headers=KEY).json()
    assert body["written"] == body["count"]
    assert client.get("/v1/entities/firm:anthropic").json()["pagerank"] > 0


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf"])
def test_export_formats(client: TestClient, fmt: str) -> None:
    r = client.get("/v1/export", params={"entity": "firm:anthropic", "hops": 2, "format": fmt})
    assert r.status_code == 200 and "anthropic" in r.text


def test_post_and_delete_article_need_a_key(client: TestClient) -> None:
    body = {"text": "Japan adopted the AI Promotion Act. Nvidia unveiled the B200.", "title": "test post"}
    assert client.post("/v1/articles", json=body).status_code == 401
    r = client.post("/v1/articles", json=body, headers=KEY)
    assert r.status_code == 201 and r.json()["claims"] >= 1
    aid = r.json()["article_id"]
    assert client.get(f"/v1/articles/{aid}").json()["title"] == "test post"
    assert client.delete(f"/v1/articles/{aid}").status_code == 401
    assert client.delete(f"/v1/articles/{aid}", headers=KEY).status_code == 204
    assert client.get(f"/v1/articles/{aid}").status_code == 404


def test_oversized_body_is_refused(client: TestClient) -> None:
    r = client.post("/v1/articles", content=b"x" * 3_000_000, headers=KEY | {"content-type": "application/json"})
    assert r.status_code == 413


def test_read_only_cypher_answers_reads(client: TestClient) -> None:
    body = client.post("/v1/cypher", json={"query": "MATCH (n:Firm) RETURN n.name AS name LIMIT 5"}).json()
    assert body["columns"] == ["name"] and 0 < body["count"] <= 5


def test_read_only_cypher_caps_rows(client: TestClient) -> None:
    body = client.post("/v1/cypher", json={"query": "UNWIND range(1, 5000) AS x RETURN x"}).json()
    assert body["truncated"] and body["count"] == 1000


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n)",
        "MATCH (n) DETACH DELETE n",
        "CALL apoc.load.json('file:///etc/passwd')",
        "CALL apoc.export.json.all('out.json', {})",
        "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
        "CALL dbms.listConfig()",
        "CALL db.createLabel('Pwned')",
        "MATCH (n) WITH n CALL (n) { SET n.x = 1 } RETURN count(*)",
    ],
)
def test_read_only_cypher_refuses_writes_files_and_admin(client: TestClient, query: str) -> None:
    r = client.post("/v1/cypher", json={"query": query})
    assert r.status_code == 400, r.text
    assert client.post("/v1/cypher", json={"query": "MATCH (n:Pwned) RETURN count(n) AS c"}).json()["rows"][0]["c"] == 0


def test_cypher_syntax_errors_are_client_errors(client: TestClient) -> None:
    r = client.post("/v1/cypher", json={"query": "MATCH (n RETURN n"})
    assert r.status_code in (400, 422, 503) and r.status_code != 500


def test_rate_limit_answers_429_with_retry_after(store, neo4j_settings) -> None:
    from graphkit.api.main import create_app

    limited = neo4j_settings.model_copy(update={"rate_limit_per_minute": 60})
    with TestClient(create_app(limited, store=store)) as c:
        codes = [c.get("/v1/stats").status_code for _ in range(15)]
        assert codes[:10] == [200] * 10 and 429 in codes
        r = c.get("/v1/stats")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        assert "GRAPHKIT_RATE_LIMIT_PER_MINUTE" in r.json()["error"]["message"]
