"""Affiliation lines: "- Dario Amodei, CEO and Co-Founder, Anthropic".

Government releases list board members, signatories and speakers one per
line: a name, then comma-separated fields with the person's offices and the
bodies they hold them in ("Bruce Harrell, Mayor of Seattle, Washington;
Chair, Technology and Innovation Committee, United States Conference of
Mayors"). The parser reads such lists as one long sentence and attaches the
pieces at random, so they are read here by their punctuation instead.

Pure functions over a parsed Doc: the linker uses the name and the unnamed
body fields, the relation rules the offices before each body.
"""

from __future__ import annotations

from dataclasses import dataclass

from graphkit.ingest.grammar import line_ranges
from spacy.tokens import Doc, Token

# Marks that open a list item.
_BULLETS = frozenset({"-", "•", "*", "–", "—", "·"})
# Finite verbs: a line with one tells something; an affiliation line only names.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Field separators inside one line.
_SEPARATORS = frozenset({",", ";"})
# Academic and professional letters after a name ("Rumman Chowdhury, Ph.D., CEO, …"): a field of its own, no office.
DEGREES = frozenset({"ph.d.", "phd", "ph.d", "md", "m.d.", "jd", "j.d.", "mba", "esq.", "obe", "cbe", "kbe", "frs"})


@dataclass(frozen=True)
class Field:
    start: int
    end: int  # exclusive


@dataclass(frozen=True)
class AffiliationLine:
    name: Field  # the person's name
    fields: tuple[Field, ...]  # the comma- or semicolon-separated fields after it, in order


def affiliation_lines(doc: Doc, is_office: callable) -> list[AffiliationLine]:
    """Lines that open with a two-to-four-word name followed by fields, at least one of them an office.

    ``is_office`` tells whether a field's lower-cased text names an office
    ("ceo and co-founder", "mayor of seattle"); it is passed in so the
    office vocabulary stays with the title rules."""
    out: list[AffiliationLine] = []
    for start, end in line_ranges(doc):
        k = start
        while k < end and (doc[k].text in _BULLETS or doc[k].like_num and k + 1 < end and doc[k + 1].text in {".", ")"}):
            k += 1 + (doc[k].like_num)
        name_end = k
        while name_end < end and name_end - k < 4 and _name_word(doc[name_end]):
            name_end += 1
        if name_end - k < 2 or name_end >= end or doc[name_end].text != ",":
            continue
        if any(doc[i].tag_ in _FINITE_TAGS for i in range(name_end, end)):
            continue  # "X, Japan's defence minister, met his counterpart, …, in Yokosuka, Japan.": a sentence, not a list line
        fields = _fields(doc, name_end + 1, end)
        if any(is_office(_text(doc, f)) for f in fields):
            out.append(AffiliationLine(Field(k, name_end), tuple(fields)))
    return out


def field_text(doc: Doc, field: Field) -> str:
    return _text(doc, field)


def _text(doc: Doc, field: Field) -> str:
    return doc[field.start:field.end].text.lower()


def _name_word(token: Token) -> bool:
    text = token.text
    if len(text) == 2 and text[1] == "." and text[0].isupper():
        return True  # a middle initial ("Damon T. Hewitt")
    return text[:1].isupper() and text.replace("-", "").replace("'", "").replace("’", "").isalpha() and not text.isupper()


def _fields(doc: Doc, start: int, end: int) -> list[Field]:
    fields, k = [], start
    for i in range(start, end + 1):
        if i == end or doc[i].text in _SEPARATORS:
            if i > k:
                fields.append(Field(k, i))
            k = i + 1
    return fields
