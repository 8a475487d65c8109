"""Rules read from a document's layout rather than one sentence's grammar.

Press releases and meeting readouts carry facts in their structure: a heading
over a list of names ("[G7 countries and regions]"), a body "composed of:" a
bulleted list of its units, a colon list of deal pairs. These rules read lines
and list markers; the sentence rules live in ``relations.py``, whose relator
mixes this class in (it supplies ``doc``, ``ordered``, ``emit``, ``type_of``,
``hedged`` and ``mention_at``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphkit.ingest.grammar import doc_text, line_ranges
from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from graphkit.ingest.linking import LinkedMention
    from graphkit.ingest.relations import Candidate

# Line markers of a bulleted list, and the verbs that introduce one as the parts of a body.
BULLETS = frozenset("•-*–·▪")
COMPOSED_WORDS = frozenset({"composed", "comprises", "consists", "made"})
# Plural deal nouns before a colon list of "A and B" pairs, and the relation each pair is.
PAIRED_NOUNS = {"investments": "INVESTS_IN", "stakes": "INVESTS_IN", "partnerships": "PARTNERS_WITH",
                "alliances": "PARTNERS_WITH", "collaborations": "PARTNERS_WITH", "tie-ups": "PARTNERS_WITH"}


class LayoutRules:
    """Layout rules, mixed into the relator (see the module docstring for what it supplies)."""

    doc: Doc
    ordered: list[LinkedMention]

    def composed_list(self, token: Token) -> Iterator[Candidate]:
        """'The AI Office is composed of:' then a bulleted list of units → each unit PART_OF the office.

        Organisation charts in press releases name a body, say what it consists of,
        and list the parts one per bulleted line. The body is the clause's subject;
        each line whose first words are a body's name gives one PART_OF claim; the
        list ends at the first line without a bullet."""
        doc = self.doc
        word = token.lower_
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if word in {"composed", "made"}:
            if nxt is None or nxt.lower_ not in ({"of"} if word == "composed" else {"up"}):
                return
            colon_at = token.i + 2 if word == "composed" else token.i + 3
        else:
            colon_at = token.i + 1  # "comprises:", "consists of:" is handled as "consists" + "of"
            if nxt is not None and nxt.lower_ == "of":
                colon_at += 1
        if colon_at >= len(doc) or doc[colon_at].text != ":" or self.hedged(token):
            return
        verb = token if token.pos_ in {"VERB", "AUX"} else token.head
        subs = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # the subject's own name, not the names the parser hung under it (the list items themselves, at times)
        wholes = [(mm.entity_id, 0) for s in subs if (mm := self.mention_at(s)) is not None
                  and self.type_of(mm.entity_id) in {"Agency", "Organization", "Firm"}]
        if not wholes:
            return
        text = doc_text(doc)
        pos = doc[colon_at].idx + 1
        for line in text[pos:].split("\n")[1:]:
            stripped = line.strip()
            if not stripped:
                continue
            if stripped[0] not in BULLETS:
                break
            first = line.index(stripped[0]) + 1
            while first < len(line) and line[first] == " ":
                first += 1
            start_char = pos + text[pos:].index(line) + first
            part = next((mm for mm in self.ordered if doc[mm.start].idx == start_char), None)
            if part is not None and self.type_of(part.entity_id) in {"Agency", "Organization"}:
                yield from self.emit([(part.entity_id, 0)], ("PART_OF",), wholes, doc[part.start].sent, 0.7)
            pos = start_char

    def listed_programmes(self, token: Token) -> Iterator[Candidate]:
        """'The Strategy will invest up to $2 billion to meet three key objectives:' then numbered or bulleted lines
        ("Up to $700 million … through the AI Compute Challenge") → each programme the money goes *through* is
        PART_OF the policy that introduced the list.

        Plans set out their parts this way; only a policy named as the object of
        'through', 'via' or 'under' in a list line counts (a line may name other
        policies in passing), and the list ends at the first line without a marker."""
        doc = self.doc
        if token.text != ":" or token.i + 1 >= len(doc) or "\n" not in doc[token.i + 1].text + token.whitespace_:
            return
        root = token.sent.root
        if any(c.dep_ == "neg" for c in root.children):
            return
        wholes = [(mm.entity_id, 0) for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}
                  if (mm := self.mention_at(c)) is not None and self.type_of(mm.entity_id) == "Policy"]
        if not wholes:
            return
        lines = line_ranges(doc)
        after = [(a, b) for a, b in lines if a > token.i]
        for a, b in after:
            words = [t for t in doc[a:b] if not t.is_space]
            if not words:
                continue
            first = words[0]
            numbered = (first.like_num and len(words) > 1 and words[1].text in {".", ")"}) or (
                first.text[:-1].isdigit() and first.text[-1:] in {".", ")"})  # "1 ." or "1."
            if first.text not in BULLETS and not numbered:
                break
            for t in words:
                mm = self.mention_at(t)
                if mm is None or mm.start != t.i or self.type_of(mm.entity_id) != "Policy":
                    continue
                head = doc[mm.end - 1].head
                if head.dep_ == "prep" and head.lower_ in {"through", "via", "under"}:
                    yield from self.emit([(mm.entity_id, 0)], ("PART_OF",), wholes, t.sent, 0.65)

    def paired_list(self, token: Token) -> Iterator[Candidate]:
        """'three investments: Microsoft and OpenAI, Amazon and Anthropic, and Google and Anthropic'.

        A plural deal noun right before a colon, then nothing but 'A and B' pairs
        (two at least, or it is an ordinary list): each pair is one deal, the
        investor named first as such lists are written."""
        rel = PAIRED_NOUNS.get(token.lower_)
        doc = self.doc
        if rel is None or token.i + 1 >= len(doc) or doc[token.i + 1].text != ":":
            return
        sent = token.sent
        chunks: list[list[Token]] = [[]]
        for t in doc[token.i + 2:sent.end]:
            if t.text in {",", ";"}:
                chunks.append([])
            elif not (t.is_punct and t.i == sent.end - 1):
                chunks[-1].append(t)
        pairs = []
        for chunk in chunks:
            words = chunk[1:] if chunk and chunk[0].lower_ == "and" else chunk
            names = [m for m in self.ordered if words and words[0].i <= m.start and m.end <= words[-1].i + 1]
            inside = {i for m in names for i in range(m.start, m.end)}
            rest = [t for t in words if t.i not in inside]
            if len(names) != 2 or [t.lower_ for t in rest] != ["and"]:
                return
            pairs.append((names[0].entity_id, names[1].entity_id))
        if len(pairs) < 2:
            return
        for a, b in pairs:
            yield from self.emit([(a, 1)], (rel,), [(b, 1)], sent, 0.65)

    def agency_header(self) -> Iterator[Candidate]:
        """'AGENCY: National Coordination Office (NCO), National Science Foundation.': each listed agency is part of
        the one after it (Federal Register headers name the office, then the body it sits in)."""
        for line in self._lines():
            if len(line) < 4 or line[0].text not in {"AGENCY", "AGENCIES"} or line[1].text != ":":
                continue
            for group in _split_on(line, ";"):
                listed = [m for m in self.ordered if group.start <= m.start and m.end <= group.end
                          and self.type_of(m.entity_id) in {"Agency", "Government"}]
                for part, whole in zip(listed, listed[1:], strict=False):
                    between = self.doc[part.end:whole.start]
                    if all(t.text in {",", "(", ")"} or t.text.isupper() for t in between):
                        yield from self.emit([(part.entity_id, 0)], ("PART_OF",), [(whole.entity_id, 0)], line, 0.7)

    def _lines(self) -> list[Span]:
        doc = self.doc
        cuts = [0] + [t.i + 1 for t in doc if "\n" in t.text] + [len(doc)]
        lines = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            while a < b and doc[a].is_space:
                a += 1
            while b > a and doc[b - 1].is_space:
                b -= 1
            if b > a:
                lines.append(doc[a:b])
        return lines

    def _is_heading(self, line: Span) -> bool:
        """A short line without a clause: '2. Participating countries', '[G7 countries and regions]', 'Members:'.

        A short line that is only a list of names ('OECD and GPAI') is a list, unless it is marked as a heading
        by a number, brackets or a closing colon.
        """
        marked = line[0].like_num or (line[0].text == "[" and line[-1].text == "]") or line[-1].text == ":"
        if len(line) > 12 or line[-1].text in {".", "?", "!"} and not line[0].like_num:
            return False
        if not marked and self._list_members(line):
            return False
        return marked or not any(t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBZ", "VBP"} for t in line)

    def _list_members(self, line: Span) -> list[tuple[str, int]]:
        """Names on a line that is only a list of them ('Canada, France, Japan (Chair), and EU')."""
        listed = [m for m in self.ordered if line.start <= m.start and m.end <= line.end]
        inside = {i for m in listed for i in range(m.start, m.end)}
        if len(listed) < 2 or any(t.pos_ in {"VERB", "AUX"} for t in line if t.i not in inside):
            return []
        return [(m.entity_id, 1) for m in listed]

    def listed_under_headings(self) -> Iterator[Candidate]:
        """Layout in meeting readouts: lists of names under headings.

        Under a heading naming a group's countries or members ("[G7 countries
        and regions]"), each listed state or body is a MEMBER_OF the group.
        Within a section whose heading says who took part ("Participating
        countries", "Participants", "Attendees"), each listed name
        PARTICIPATES_IN the article's own event (the first Event it names).
        A numbered heading starts a new section.
        """
        # decided on the string first: without two lines that end without sentence punctuation (a heading and a list)
        # there is no such layout (most articles are paragraphs)
        open_lines = [x for x in (raw.strip() for raw in doc_text(self.doc).split("\n")) if x and x[-1] not in ".?!\"”"]
        if len(open_lines) < 2:
            return
        # the readout's own event is the first one it names (its lede), not the most-repeated background one
        main_event = next((m.entity_id for m in self.ordered if self.type_of(m.entity_id) == "Event"), None)
        participating = False
        previous: Span | None = None
        for line in self._lines():
            if self._is_heading(line):
                words = {t.lemma_.lower() for t in line}
                if line[0].like_num or not participating:
                    participating = bool(words & {"participate", "participating", "participant", "attendee", "attend"})
                previous = line
                continue
            members = self._list_members(line)
            if members and previous is not None and {t.lemma_.lower() for t in previous} & {
                    "country", "member", "state", "nation", "economy", "region"}:
                groups = [(m.entity_id, 0) for m in self.ordered if previous.start <= m.start < previous.end
                          and self.type_of(m.entity_id) == "Organization"]
                yield from self.emit(members, ("MEMBER_OF",), groups, line, 0.7)
            if members and participating and main_event:
                yield from self.emit(members, ("PARTICIPATES_IN",), [(main_event, 2)], line, 0.6)
            previous = None  # a list line belongs to the heading right above it only


def _split_on(line: Span, mark: str) -> list[Span]:
    """The parts of a line between occurrences of a punctuation mark."""
    cuts = [line.start] + [t.i + 1 for t in line if t.text == mark] + [line.end]
    return [line.doc[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
