"""The extraction contract."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from graphkit.model import Article, Entity, Extraction, Relation, article_id_for, entity_id, slugify


def test_slug_ids_are_stable_and_readable() -> None:
    assert entity_id("AIModel", "Claude 4") == "aimodel:claude-4"
    assert slugify("Ministry of Economy, Trade & Industry") == "ministry-of-economy-trade-and-industry"
    assert slugify("Élysée") == "elysee"


def test_article_id_ignores_whitespace_but_prefers_url() -> None:
    assert article_id_for(text="A  b\n c") == article_id_for(text="A b c")
    assert article_id_for(text="x", url="https://e.org/1") == article_id_for(text="other", url="https://e.org/1")


def test_blank_article_text_is_refused() -> None:
    with pytest.raises(ValidationError, match="empty"):
        Article.create(text="   ")


def test_relation_outside_domain_is_refused() -> None:
    art = Article.create(text="x")
    with pytest.raises(ValidationError, match="does not allow"):
        Extraction(
            article=art,
            entities=[Entity(id="p", name="P", type="Person"), Entity(id="m", name="M", type="AIModel")],
            relations=[Relation(subject="p", type="DEVELOPS", object="m", confidence=0.5, evidence="x", start=0, end=1)],
        )


def test_unknown_relation_type_is_refused_with_choices() -> None:
    with pytest.raises(ValidationError, match="use one of"):
        Relation(subject="a", type="LIKES", object="b", confidence=0.5, evidence="x", start=0, end=1)


def test_json_output_has_the_design_shape() -> None:
    art = Article.create(text="Anthropic builds Claude.", title="T")
    out = Extraction(article=art, entities=[Entity(id="firm:anthropic", name="Anthropic", type="Firm")]).to_json_dict()
    assert set(out) == {"article", "entities", "relations"}
    assert out["article"]["id"] == art.id and "text" not in out["article"]
    assert out["entities"][0]["id"] == "firm:anthropic"
