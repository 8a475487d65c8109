"""The store against a real Neo4j: schema, idempotent writes, deletes, provenance, atomicity."""

from __future__ import annotations

from datetime import date

import pytest
from graphkit.ingest.batch import ingest_paths

from graphkit import store as store_module
from graphkit.errors import StoreError
from graphkit.model import Article, Entity, Extraction, Mention, Relation
from graphkit.store import Store
from tests.conftest import SAMPLES


def count(store: Store, query: str, **params) -> int:
    with store.driver.session(database=store.database) as s:
        return s.run(query, params).single()[0]


def small_extraction(*, text: str = "Anthropic develops Claude.", title: str = "t", published: date | None = None,
                     url: str | None = None) -> Extraction:
    art = Article.create(text=text, title=title, published=published, url=url)
    return Extraction(
        article=art,
        entities=[
            Entity(id="firm:anthropic", name="Anthropic", type="Firm", mentions=[Mention(start=0, end=9, text="Anthropic")]),
            Entity(id="aimodel:claude", name="Claude", type="AIModel", mentions=[Mention(start=19, end=25, text="Claude")]),
        ],
        relations=[Relation(subject="firm:anthropic", type="DEVELOPS", object="aimodel:claude", confidence=0.8,
                            evidence=text, start=0, end=len(text))],
    )


def test_schema_constraints_exist(store: Store) -> None:
    with store.driver.session(database=store.database) as s:
        names = {r["name"] for r in s.run("SHOW CONSTRAINTS YIELD name")}
        indexes = {r["name"] for r in s.run("SHOW INDEXES YIELD name")}
    assert {"entity_id", "article_id", "claim_id"} <= names
    assert "entity_names" in indexes


def test_schema_apply_is_idempotent(store: Store) -> None:
    store.ensure_schema()
    store.ensure_schema()
    assert store.health()["schema_applied"] is True


def test_ingest_samples_then_reingest_changes_no_count(empty_store: Store, extractor, neo4j_settings) -> None:
    first = ingest_paths([SAMPLES], store=empty_store, extractor=extractor, max_bytes=10**7)
    assert first.stored == 6 and not first.skipped
    before = empty_store.stats().as_dict()
    assert before["labels"]["Article"] == 6
    assert before["labels"]["Claim"] > 10
    again = ingest_paths([SAMPLES], store=empty_store, extractor=extractor, max_bytes=10**7)
    assert again.unchanged == 6 and again.stored == 0
    forced = ingest_paths([SAMPLES], store=empty_store, extractor=extractor, max_bytes=10**7, force=True)
    assert forced.stored == 6
    assert empty_store.stats().as_dict() == before


def test_derived_relationship_counts_corroborating_articles(empty_store: Store) -> None:
    empty_store.write(small_extraction(text="Anthropic develops Claude.", published=date(2024, 1, 2)))
    empty_store.write(small_extraction(text="Anthropic develops Claude, again.", published=date(2025, 3, 4)))
    with empty_store.driver.session() as s:
        rec = s.run("MATCH (:Firm {id:'firm:anthropic'})-[r:DEVELOPS {source:'article'}]->(:AIModel) RETURN r").single()
    r = rec["r"]
    assert r["claims"] == 2 and r["articles"] == 2
    assert str(r["first_seen"]) == "2024-01-02" and str(r["last_seen"]) == "2025-03-04"
    assert 0.8 < r["confidence"] < 1.0  # two independent reports corroborate


def test_delete_article_leaves_no_orphan_claim_entity_or_relationship(empty_store: Store) -> None:
    one = small_extraction(text="Anthropic develops Claude.")
    two = small_extraction(text="Anthropic develops Claude, again.")
    empty_store.write(one)
    empty_store.write(two)
    assert empty_store.delete_article(one.article.id)
    assert count(empty_store, "MATCH ()-[r:DEVELOPS]->() RETURN r.claims") == 1
    assert empty_store.delete_article(two.article.id)
    assert count(empty_store, "MATCH (c:Claim) RETURN count(c)") == 0
    assert count(empty_store, "MATCH (e:Entity) RETURN count(e)") == 0
    assert count(empty_store, "MATCH ()-[r:DEVELOPS]->() RETURN count(r)") == 0
    assert empty_store.delete_article(two.article.id) is False


def test_reingest_with_changed_claims_replaces_them(empty_store: Store) -> None:
    ext = small_extraction(url="https://example.org/a")
    empty_store.write(ext)
    changed = ext.model_copy(update={"relations": []})
    empty_store.write(changed)
    assert count(empty_store, "MATCH (c:Claim) RETURN count(c)") == 0
    assert count(empty_store, "MATCH ()-[r:DEVELOPS]->() RETURN count(r)") == 0
    assert count(empty_store, "MATCH (a:Article) RETURN count(a)") == 1


@pytest.mark.parametrize(
    "hostile",
    [
        "MATCH (n) DETACH DELETE n //",
        "'}) RETURN 1; MATCH (n) DELETE n; //",
        'AI (Act] ~"title:* OR name:\\',
        "$param {x: 1} `backtick` \u202eRTL\u200b",
    ],
)
def test_cypher_and_lucene_syntax_in_text_and_title_are_plain_strings(empty_store: Store, hostile: str) -> None:
    ext = small_extraction(text=f"Anthropic develops Claude. {hostile}", title=hostile)
    empty_store.write(ext)
    with empty_store.driver.session() as s:
        rec = s.run("MATCH (a:Article {id: $id}) RETURN a.title AS title, a.text AS text", id=ext.article.id).single()
    assert rec["title"] == hostile
    assert rec["text"].endswith(hostile)
    assert count(empty_store, "MATCH (e:Entity) RETURN count(e)") == 2


def test_write_is_atomic_when_a_statement_fails(empty_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    real = store_module.cypher

    def broken(name: str) -> str:
        return "THIS IS NOT CYPHER" if name == "claims_create" else real(name)

    monkeypatch.setattr(store_module, "cypher", broken)
    with pytest.raises(StoreError):
        empty_store.write(small_extraction())
    monkeypatch.setattr(store_module, "cypher", real)
    assert count(empty_store, "MATCH (n) RETURN count(n)") == 0


def test_kb_facts_are_kept_apart_from_article_claims(empty_store: Store, extractor) -> None:
    ingest_paths([SAMPLES], store=empty_store, extractor=extractor, max_bytes=10**7)
    kb = count(empty_store, "MATCH ()-[r {source:'kb'}]->() RETURN count(r)")
    art = count(empty_store, "MATCH ()-[r {source:'article'}]->() RETURN count(r)")
    assert kb > 0 and art > 0
    assert count(empty_store, "MATCH ()-[r {source:'kb'}]->() WHERE r.claims IS NOT NULL RETURN count(r)") == 0
    # every derived relationship is backed by at least one claim of its own type
    unbacked = count(
        empty_store,
        "MATCH (s)-[r {source:'article'}]->(o) WHERE NOT EXISTS { MATCH (s)<-[:SUBJECT]-(c:Claim {type: type(r)})-[:OBJECT]->(o) } RETURN count(r)",
    )
    assert unbacked == 0


def stored_kb_facts(store: Store) -> set[tuple[str, str, str]]:
    with store.driver.session(database=store.database) as s:
        return {tuple(r) for r in s.run("MATCH (a)-[r {source:'kb'}]->(b) RETURN a.id, type(r), b.id")}


def expected_kb_facts(store: Store, extractor) -> set[tuple[str, str, str]]:
    with store.driver.session(database=store.database) as s:
        present = {r[0] for r in s.run("MATCH (e:Entity) RETURN e.id")}
    return {(f["subject"], f["type"], f["object"]) for f in extractor.kb.facts() if f["subject"] in present and f["object"] in present}


def test_every_background_fact_between_stored_entities_lands_whichever_batch_brings_its_ends(empty_store: Store, extractor) -> None:
    ingest_paths([SAMPLES], store=empty_store, extractor=extractor, max_bytes=10**7, batch_size=1)
    one_by_one = stored_kb_facts(empty_store)
    assert one_by_one and one_by_one == expected_kb_facts(empty_store, extractor)
    empty_store.driver.execute_query("MATCH (n) DETACH DELETE n", database_=empty_store.database)
    ingest_paths([SAMPLES], store=empty_store, extractor=extractor, max_bytes=10**7, batch_size=64)
    assert stored_kb_facts(empty_store) == one_by_one


def test_background_facts_come_back_with_an_entity_deleted_and_mentioned_again_in_one_run(empty_store: Store, extractor) -> None:
    from graphkit.ingest.batch import ingest_articles

    articles = [
        Article.create(text="Nvidia sells its chips in the United States.", title="v1", url="https://example.org/a"),
        Article.create(text="Anthropic develops Claude.", title="v2", url="https://example.org/a"),  # same article, rewritten
        Article.create(text="Nvidia said the United States is its biggest market.", title="b", url="https://example.org/b"),
    ]
    ingest_articles(articles, store=empty_store, extractor=extractor, batch_size=1)
    assert ("firm:nvidia", "BASED_IN", "government:united-states") in stored_kb_facts(empty_store)
    assert stored_kb_facts(empty_store) == expected_kb_facts(empty_store, extractor)
