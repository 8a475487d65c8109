"""Quotations and who speaks them.

Press releases quote officials: "“We are proud to partner with the U.S.
Department of Energy,” said AMD chair and CEO Lisa Su." Inside the quotation,
"we" is the body the speaker talks for, which the attribution names ("AMD
chair …", "U.S. Secretary of Energy …"). A quotation without an attribution
of its own continues the speaker of the one just before it, as a second
paragraph of the same statement does.

Pure functions over a parsed Doc; the relation rules decide what a speaker's
body is from the mentions inside the attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphkit.ingest.grammar import doc_text
from spacy.tokens import Doc, Token

_OPENING = frozenset({"“", "``", "‘"})
_CLOSING = frozenset({"”", "''", "’"})
_STRAIGHT = '"'
# Quotation marks, but not an apostrophe inside a word ("don't", "Denny's").
_MARK = re.compile(r"[“”\"`]|(?<![A-Za-z])['‘’]|['‘’](?![A-Za-z])")
# Verbs of attribution ('said X', 'X added', 'X noted').
SAY_VERBS = frozenset({"say", "add", "state", "note", "explain", "comment", "remark", "continue"})
# Sentences a quotation without attribution may reach back over to the quotation it continues.
_CONTINUATION_SENTENCES = 3


@dataclass(frozen=True)
class Quotation:
    start: int  # index of the opening mark
    end: int  # index of the closing mark
    speaker: Token | None  # the attribution's subject token, or None when the quotation has none of its own


def quotations(doc: Doc) -> list[Quotation]:
    """Quotation spans in reading order, each with the subject of its attribution."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for t in _quote_tokens(doc):
        text = t.text
        opening = text in _OPENING or (text == _STRAIGHT and open_at is None)
        closing = text in _CLOSING or (text == _STRAIGHT and open_at is not None)
        if text == "’" and t.i > 0 and doc[t.i - 1].is_alpha and t.i + 1 < len(doc) and doc[t.i + 1].is_alpha:
            continue  # an apostrophe inside a word
        if opening and open_at is None:
            open_at = t.i
        elif closing and open_at is not None:
            spans.append((open_at, t.i))
            open_at = None
    return [Quotation(a, b, _attribution(doc, a, b)) for a, b in spans]


def _quote_tokens(doc: Doc) -> list[Token]:
    """The tokens that are quotation marks, found from the marks' characters rather than by visiting every token."""
    positions = [m.start() for m in _MARK.finditer(doc_text(doc))]
    if not positions:
        return []
    starts = doc.to_array("IDX")
    out: list[Token] = []
    for position in positions:
        j = int(starts.searchsorted(position, side="right")) - 1
        if j >= 0 and int(starts[j]) == position and (not out or out[-1].i != j):
            out.append(doc[j])
    return out


def _attribution(doc: Doc, start: int, end: int) -> Token | None:
    """The subject of a verb of saying in the quotation's sentences, outside the quotation."""
    sents = {doc[start].sent.start: doc[start].sent, doc[end].sent.start: doc[end].sent}
    for sent in sents.values():
        for verb in sent:
            if start <= verb.i <= end or verb.pos_ != "VERB" or verb.lemma_ not in SAY_VERBS:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and not start <= c.i <= end]
            if subjects:
                return subjects[0]
    return None


def quotation_at(quotes: list[Quotation], token: Token) -> int | None:
    """The index of the quotation a token lies inside, if any."""
    return next((k for k, q in enumerate(quotes) if q.start < token.i < q.end), None)


def speaker_of(doc: Doc, quotes: list[Quotation], token: Token) -> Token | None:
    """The attribution subject for a token inside a quotation (continued quotations reach back)."""
    inside = quotation_at(quotes, token)
    if inside is None:
        return None
    k = inside
    while k >= 0:
        q = quotes[k]
        if q.speaker is not None:
            return q.speaker
        if k == 0:
            return None
        gap = _sentences_between(doc, quotes[k - 1].end, q.start)
        if gap > _CONTINUATION_SENTENCES:
            return None
        k -= 1
    return None


def _sentences_between(doc: Doc, a: int, b: int) -> int:
    return sum(1 for t in doc[a + 1:b + 1] if t.is_sent_start)
