"""Capitalised everyday phrases NER guessed as companies are dropped unless a claim or the KB backs them."""

from __future__ import annotations

from graphkit.ingest.weak_names import is_common_phrase

from graphkit.model import Article


def test_everyday_words_with_no_company_head_word_make_a_phrase() -> None:
    assert is_common_phrase("Spending Review")
    assert is_common_phrase("Golden Age of AI")  # a head word after a small word is still a headline phrase
    assert not is_common_phrase("Scale AI")  # everyday words ending in a company head word
    assert not is_common_phrase("Nscale Global")  # a word that is not everyday English
    assert not is_common_phrase("Bell")  # single words are names as often as not


def test_an_unused_capitalised_phrase_is_not_kept_as_a_company(extractor) -> None:
    x = extractor.extract(Article.create(text="“The Golden Age of AI is here to advance human progress,” said the minister."))
    assert "Golden Age of AI" not in {e.name for e in x.entities}


def test_a_common_word_company_that_a_claim_uses_is_kept(extractor) -> None:
    x = extractor.extract(Article.create(text="Microsoft invested $100 million in Humane Intelligence."))
    assert "Humane Intelligence" in {e.name for e in x.entities}
