"""Quotation spans and their speakers (ingest/quotes.py)."""

from __future__ import annotations

from graphkit.ingest.quotes import quotations, speaker_of


def test_a_quotation_knows_the_subject_of_its_attribution(extractor) -> None:
    doc = extractor.nlp("“We are ready,” said Ada Quist. The plan starts today.")
    (quote,) = quotations(doc)
    assert doc[quote.start].text == "“" and doc[quote.end].text == "”"
    assert quote.speaker is not None and quote.speaker.text == "Quist"


def test_straight_quotes_pair_up_and_apostrophes_do_not_open_a_quotation(extractor) -> None:
    doc = extractor.nlp('Kestrel’s chief said: "We’re ready." Then "it" began.')
    assert [(doc[q.start].text, doc[q.end].text) for q in quotations(doc)] == [('"', '"'), ('"', '"')]


def test_an_unattributed_quotation_continues_the_speaker_before_it(extractor) -> None:
    doc = extractor.nlp("“We are ready,” said Ada Quist. “We start today.”")
    we = [t for t in doc if t.text == "We"][1]
    speaker = speaker_of(doc, quotations(doc), we)
    assert speaker is not None and speaker.text == "Quist"


def test_words_outside_any_quotation_have_no_speaker(extractor) -> None:
    doc = extractor.nlp("We are ready, said Ada Quist.")
    assert speaker_of(doc, quotations(doc), doc[0]) is None
