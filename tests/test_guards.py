"""Search escaping and read-only Cypher refusals (text gates; the server gates are in tests/api)."""

from __future__ import annotations

import pytest

from graphkit.cypher_guard import check_text
from graphkit.errors import QueryRefusedError
from graphkit.lucene import fuzzy_query


def test_lucene_operators_in_user_input_are_escaped() -> None:
    q = fuzzy_query('AI (Act] ~"')
    assert q is not None and "(act" not in q.lower().replace("(act*", "").replace("(act ", "")
    assert fuzzy_query("   ") is None
    assert fuzzy_query("~~~") is None


def test_fuzzy_query_tolerates_one_typo_in_longer_words() -> None:
    assert "antropic~1" in (fuzzy_query("Antropic") or "")
    assert "~" not in (fuzzy_query("AI") or "")


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n)",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n) SET n.x = 1",
        "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
        "CALL apoc.load.json('file:///etc/passwd')",
        "CALL `apoc`.`load`.`json`('file:///etc/passwd')",
        "CALL apoc.export.csv.all('x.csv', {})",
        "CALL dbms.listConfig()",
        "CALL db.createLabel('X')",
        "MATCH (n) /* sneaky */ CALL apoc.cypher.run('CREATE (m)', {}) YIELD value RETURN value",
        "CALL gds.graph.list()",
        "",
    ],
)
def test_unsafe_queries_are_refused(query: str) -> None:
    with pytest.raises(QueryRefusedError):
        check_text(query)


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (n:Firm) RETURN n.name LIMIT 5",
        "MATCH (a:Article) WHERE a.url STARTS WITH 'https://' RETURN a.title",
        "CALL db.labels() YIELD label RETURN label",
        "RETURN 'CREATE (n)' AS just_a_string",
    ],
)
def test_read_queries_pass_the_text_gate(query: str) -> None:
    check_text(query)
