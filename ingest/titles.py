"""Rules that read titles of office: who leads, serves or founded which body.

"Secretary of Commerce Gina Raimondo", "U.S. Ambassador to India Eric
Garcetti", "Lynne Parker, Principal Deputy Director of OSTP", "under Prime
Minister Keir Starmer", "the Biden Administration's rule". The relator in
``relations.py`` mixes this class in and supplies the article, its mentions and
the shared helpers (``emit``, ``entities``, ``mention_at``, ``type_of``,
``hedged``, ``pronoun_antecedent``, ``_linked``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphkit.ingest.grammar import clause_subjects, conjoined, hyphenated_onto_lower_word, prep_objects
from graphkit.ingest.lexicon import (
    FOUNDER_TITLES,
    GOVERNMENT_HEAD_TITLES,
    HONORIFICS,
    LEADER_TITLES,
    LEADERSHIP_NOUNS,
    MILITARY_RANKS,
    POST_NOMINALS,
    RANK_WORDS,
    STAFF_TITLES,
    STYLE_WORDS,
)
from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from graphkit.ingest.linking import LinkedMention, Linking
    from graphkit.ingest.relations import Candidate

    from graphkit.kb import KnowledgeBase


# Titles of people a state sends to another: "U.S. Ambassador to India X" serves the United States.
_ENVOY_WORDS = frozenset({"ambassador", "envoy", "representative", "emissary", "consul"})


class TitleRules:
    """Title rules, mixed into the relator (see the module docstring for what it supplies)."""

    doc: Doc
    kb: KnowledgeBase
    linking: Linking
    ordered: list[LinkedMention]
    _governments_found: dict[str, str | None]

    def _title_over_body(self, person: list[tuple[str, int]], body: LinkedMention, sent: Span) -> Iterator[Candidate]:
        """'Head of the Bureau of Diplomatic Technology Kelly Fletcher', 'U.S. Ambassador to India Eric Garcetti'.

        A name right after a body's name holds the title written before that
        body: "TITLE of BODY" leads it (or, with a rank word, serves it); "TITLE
        to STATE" (an ambassador, an envoy) serves the state named before the
        title, not the one it is sent to."""
        doc = self.doc
        j = body.start - 1
        if j > sent.start and doc[j].lower_ == "the":
            j -= 1
        if j - 1 < sent.start or doc[j].lower_ not in {"of", "to"}:
            return
        title_word = doc[j - 1]
        kind = office_kind(title_word.lower_)
        rank = doc[j - 2].lower_ if j - 2 >= sent.start else ""
        if doc[j].lower_ == "of" and kind == "lead" and self.type_of(body.entity_id) in {"Agency", "Organization", "Firm"}:
            rel = "WORKS_FOR" if rank in RANK_WORDS else "LEADS"
            yield from self.emit(person, (rel,), [(body.entity_id, 0)], sent, 0.8)
        elif doc[j].lower_ == "to" and title_word.lower_ in _ENVOY_WORDS and j - 2 >= sent.start:
            sender = self.mention_at(doc[j - 2])
            if sender is not None and self.type_of(sender.entity_id) == "Government" and sender.entity_id != body.entity_id:
                yield from self.emit(person, ("WORKS_FOR",), [(sender.entity_id, 0)], sent, 0.8)

    def _state_of_listed_titles(self, start: int, sent: Span) -> str | None:
        """The state qualifying the first title of a list of "the TITLE, NAME" items that ends right before ``start``."""
        doc = self.doc
        k = start - 1
        while k > sent.start and (doc[k].text in {"-", "–"} or doc[k].is_title and doc[k].lower_ in RANK_WORDS | {"parliamentary", "senior"}):
            k -= 1  # ("the Parliamentary Vice-Minister of …": back over the rank before the title)
        for _ in range(3):
            while k > sent.start and doc[k].lower_ in {"the", "and", ","}:
                k -= 1
            person = self.mention_at(doc[k])
            if person is None or person.end != k + 1 or self.type_of(person.entity_id) != "Person" or doc[person.start - 1].text != ",":
                return None
            k = person.start - 2
            while k > sent.start and doc[k].lower_ not in {"the", "by", ",", ";"} and (
                    doc[k].is_title or doc[k].lower_ in {"of", "for", "and", "-", "–"}):
                k -= 1
            first = doc[k + 1]
            if doc[k].lower_ != "the":
                return None
            if first.text in self.kb.by_demonym:
                return self._linked(self.kb.by_demonym[first.text])
            named = self.mention_at(first)
            if named is not None and named.start == first.i and self.type_of(named.entity_id) == "Government":
                return named.entity_id
        return None

    def _title_before_rank(self, person: list[tuple[str, int]], k: int, sent: Span) -> Iterator[Candidate]:
        """'Chief of the Chilean Military Joint Staff Vice Adm. Pablo Niemann', 'Chairman of the Joint Chiefs of
        Staff, Air Force Gen. Charles Q. Brown': the office is the title before the body, not the rank (nor the
        service) between the body and the name, so "TITLE of BODY" leads the body."""
        doc = self.doc
        j = k - 1
        while j >= sent.start and (doc[j].text.rstrip(".") in MILITARY_RANKS or doc[j].text == "."):
            j -= 1
        if j == k - 1:
            return  # no rank before the name
        service = self.mention_at(doc[j]) if j >= sent.start else None
        if service is not None and service.end == j + 1 and service.start > sent.start \
                and self.type_of(service.entity_id) == "Agency" and doc[service.start - 1].text == ",":
            j = service.start - 2  # "…, Air Force Gen. X": the service is the person's own, the body is before the comma
        body = self.mention_at(doc[j]) if j >= sent.start else None
        if body is None or body.end != j + 1 or body.how == "title" \
                or self.type_of(body.entity_id) not in {"Agency", "Organization", "Firm"}:
            return
        yield from self._title_over_body(person, body, sent)

    def titles(self, m: LinkedMention) -> Iterator[Candidate]:
        """'Secretary of Commerce Gina Raimondo', 'U.S. President Joe Biden', 'under Prime Minister Keir Starmer'."""
        if self.type_of(m.entity_id) != "Person":
            return
        doc = self.doc
        person = [(m.entity_id, 0)]
        sent = doc[m.start].sent
        # title words right before the name, stopping at punctuation or another mention
        k = m.start
        while k - 1 >= sent.start and doc[k - 1].text in HONORIFICS:
            k -= 1  # "Head of the Bureau of Diplomatic Technology Dr. Kelly Fletcher": the title is before the honorific
        j = k - 2
        while j > sent.start and k - 2 - j < 5 and self.mention_at(doc[j]) is None and (doc[j].is_title or doc[j].lower_ == "and"):
            j -= 1  # "the Australian Defence Minister and Deputy Prime Minister, Richard Marles": a second title after 'and'
        second_title = j < k - 2 and doc[j + 1].lower_ == "and"
        title_end = j + 1 if second_title else k - 1  # where the title mention must end
        if not second_title and title_end - 3 > sent.start and doc[title_end - 1].text == ")" and doc[title_end - 3].text == "(" \
                and doc[title_end - 2].is_upper:
            title_end -= 3  # "the Korean Minister for Science and ICT (MSIT), Dr. Lee Jong-Ho": past the body's short form
        if k - 2 >= sent.start and doc[k - 1].text == "," and (tm := self.mention_at(doc[title_end - 1])) is not None \
                and tm.how == "title" and tm.end == title_end and doc[tm.start].text[:1].isupper() \
                and not self._title_of_name_before(tm, sent):
            # "delivered by Secretary of State for Science, Innovation, and Technology, Peter Kyle, at …": the name in
            # apposition after the title
            rank = doc[tm.start - 1].lower_ if tm.start > sent.start else ""
            if rank in {"-", "–"} and tm.start - 1 > sent.start:
                rank = doc[tm.start - 2].lower_  # "the Parliamentary Vice-Minister of Economy, Trade and Industry, X"
            yield from self.emit(person, ("WORKS_FOR" if rank in RANK_WORDS else "LEADS",), [(tm.entity_id, 0)], sent, 0.8)
            # "the US Secretary for Defense, Lloyd Austin", "the Australian Defence Minister, X": the state that qualifies
            # the office employs its holder
            before = self.mention_at(doc[tm.start - 1]) if tm.start > sent.start else None
            state = before.entity_id if before is not None and before.end == tm.start \
                and self.type_of(before.entity_id) == "Government" else None
            if state is None and doc[tm.start].text in self.kb.by_demonym:
                state = self._linked(self.kb.by_demonym[doc[tm.start].text])
            if state is not None:
                yield from self.emit(person, ("WORKS_FOR",), [(state, 0)], sent, 0.8)
            elif (listed := self._state_of_listed_titles(tm.start, sent)) is not None:
                # "the Japanese Minister for Digital Transformation, X, the Minister of Internal Affairs …, Y, and …":
                # the state that opens a list of titled names qualifies every title in it
                yield from self.emit(person, ("WORKS_FOR",), [(listed, 1)], sent, 0.7)
            return
        if k - 2 >= sent.start and doc[k - 1].text == "(" and m.end < len(doc) and doc[m.end].text == ")" \
                and (tm := self.mention_at(doc[k - 2])) is not None and tm.how == "title" and tm.end == k - 1:
            # "The Parliamentary Under-Secretary of State for Science, Innovation and Technology (Kanishka Narayan)"
            j = tm.start - 1
            if j > sent.start and doc[j].text in {"-", "–"}:
                j -= 1  # "Under-Secretary": the rank is the word before the hyphen
            rank = doc[j].lower_ if j >= sent.start else ""
            yield from self.emit(person, ("WORKS_FOR" if rank in RANK_WORDS else "LEADS",), [(tm.entity_id, 0)], sent, 0.8)
            return
        if m.end + 1 < len(doc) and doc[m.end].text == "(" and k > sent.start and doc[k - 1].lower_ in {"minister", "secretary"} \
                and (tm := self.mention_at(doc[m.end + 1])) is not None and tm.how == "title" and tm.start == m.end + 1 \
                and tm.end < len(doc) and doc[tm.end].text.startswith(")"):
            # "Minister Karremans (Economic Affairs)": the portfolio in brackets names the ministry the minister leads
            yield from self.emit(person, ("LEADS",), [(tm.entity_id, 0)], sent, 0.8)
            return
        yield from self._title_before_rank(person, k, sent)
        run_start = None
        if k - 2 >= sent.start and doc[k - 1].text == "," and _opening_title(doc[sent.start:k - 1]):
            k -= 1  # "Minister for Defence Procurement, James Cartlidge, visited …": the title opens the sentence
        elif k - 2 >= sent.start and doc[k - 1].text == "," and (run_start := _minister_run_start(doc, sent.start, k - 1)) is not None:
            k -= 1  # "Joint media release with Assistant Minister for Science, Technology and the Digital Economy, Dr X"
        if k - 4 >= sent.start and doc[k - 1].text == ")" and doc[k - 3].text == "(" and doc[k - 2].is_upper \
                and doc[k - 4].is_title:
            k -= 3  # "The Government Chief Digital Officer (GCDO) Paul James": past the title's own acronym
        words: list[Token] = []
        while k - 1 >= sent.start and len(words) < (12 if any(w.text == "," for w in words) else 9 if all(
                w.text[:1].isupper() or w.lower_ in {"of", "for", "and"} for w in words) else 7):
            # (a run of capitalised words may be a long title: "Minister of State for Digital and Data Protection X")
            if run_start is not None and k - 1 < run_start:
                break
            prev = doc[k - 1]
            pm = self.mention_at(prev)
            # the words between a title and the name may continue the title ("… of Commerce for Export Administration X")
            title_tail = all(w.text[:1].isupper() or w.lower_ in {"for", "of", "and", "the", ","} for w in words)
            # "Under Secretary of State for Economic Growth, Energy, and the Environment X": a comma inside a portfolio list
            # (or before its last two items: "Minister for Enterprise, Trade and Employment X")
            portfolio_comma = prev.text == "," and words and title_tail and k - 2 >= sent.start \
                and (words[0].lower_ == "and" or len(words) > 1 and words[1].text == ","
                     or any(w.lower_ == "and" for w in words[1:3]) and not any(w.text == "," for w in words)
                     or run_start is not None) \
                and doc[k - 2].text[:1].isupper() and doc[k - 2].is_alpha and self.mention_at(doc[k - 2]) is None
            if prev.is_punct and prev.text not in {"-", "."} and not portfolio_comma or (
                    pm and words and not _is_title_word(words) and not (pm.how == "title" and title_tail)):
                break
            if pm is not None and pm.how == "title":
                # "Assistant Secretary of Commerce X" serves the department; the Secretary leads it
                rank = doc[pm.start - 1].lower_ if pm.start > sent.start else ""
                rel = "WORKS_FOR" if rank in RANK_WORDS else "LEADS"
                yield from self.emit(person, (rel,), [(pm.entity_id, 0)], sent, 0.85)
                state = self.mention_at(doc[pm.start - 1]) if pm.start > sent.start else None
                if state is not None and self.type_of(state.entity_id) == "Government":
                    # "U.S. Secretary of Commerce X" also serves the state that names the office
                    yield from self.emit(person, ("WORKS_FOR",), [(state.entity_id, 0)], sent, 0.8)
                return
            if pm and not words:
                yield from self._title_over_body(person, pm, sent)
                return
            if pm:
                break
            words.insert(0, prev)
            k -= 1
        if len(words) > 1 and words[0].lower_ == "and" and words[1].text[:1].isupper():
            words = words[1:]  # "A, Minister for X, and Minister of State for Y Z": the 'and' joins two titled names
            k += 1  # (so what stands before the 'and' is not read as the body the title names)
        title = re.sub(r"\s+\.", ".", " ".join(w.text for w in words).strip())  # "Capt ." is the rank "Capt."
        lowered = title.lower().replace("then-", "").replace("former ", "").strip()
        if lowered:
            for cut in range(len(lowered.split())):
                suffix = " ".join(lowered.split()[cut:])
                body = self.kb.by_title.get(suffix)
                if body:
                    entity = self._linked(body)
                    if entity:
                        yield from self.emit(person, ("LEADS",), [(entity, 0)], sent, 0.85)
                        return
                # "Secretary of State X": a title several states use names the one such body the article names
                named = [e for b in self.kb.by_shared_title.get(suffix, ()) if (e := self._linked(b))]
                if len(named) == 1:
                    yield from self.emit(person, ("LEADS",), [(named[0], 0)], sent, 0.8)
                    return
        if len(words) > 1 and words[0].text == "under" and words[1].text[:1].isupper():
            # "under Secretary X" is the preposition before a title; "Under Secretary X" is the title itself
            lowered = lowered.split(" ", 1)[1]
        title_kind = office_kind(lowered)
        if title_kind is None and (" of " in f" {lowered} " or " for " in f" {lowered} "):
            # "Minister of Science and ICT Lee": the office is the words before its portfolio
            head_words = re.split(r"\b(?:of|for)\b", lowered, maxsplit=1)[0]
            title_kind = office_kind(head_words)
        # an organisation named right before the title: "Nvidia CEO Jensen Huang", "U.S. President Joe Biden"
        before = self.mention_at(doc[k - 1]) if k - 1 >= sent.start else None
        if before is None and k - 2 >= sent.start and doc[k - 1].tag_ == "POS":
            before = self.mention_at(doc[k - 2])
        if before is None and k - 3 >= sent.start and doc[k - 1].text == ")" and doc[k - 3].text == "(":
            before = self.mention_at(doc[k - 2])  # "São Paulo Research Foundation (FAPESP) President X": the body's short form
        if before is not None and self.type_of(before.entity_id) == "Person":
            before = None  # "President Biden and Vice President Harris": the name before is another holder, not a body
        if before is not None and any((w.pos_ in {"ADP", "CCONJ", "SCONJ", "VERB"} or w.tag_ in {"WDT", "IN"})
                                      and w.lower_ not in {"of", "for"} and not (w.pos_ == "CCONJ" and _inside_caps(w))
                                      and not (w.pos_ == "CCONJ" and _between_offices(w))
                                      for w in words):
            before = None  # "… in the UK with Vice President X", "… Commerce under the order that President X signed",
            # "Sam Altman of OpenAI met Secretary X": a verb between ends the title
        if title_kind and before is None and lowered.removeprefix("the ").startswith("government ") and len(lowered.split()) >= 3 \
                and all(w.text[:1].isupper() for w in words if w.lower_ != "the"):
            # "The Government Chief Digital Officer Paul James": an office the government's own name opens serves the
            # article's government (not "senior Indian Government officials including Prime Minister X")
            yield from self._portfolio_holder(person, m, sent)
            return
        if title_kind and before is not None and self.type_of(before.entity_id) == "Government" \
                and (ministry := self._state_ministry(before.entity_id, lowered)) is not None:
            # "Singaporean Minister of Defense Dr. Ng Eng Hen" with the "Singapore Ministry of Defence" named: the
            # minister of a state's portfolio leads that state's ministry of it
            rank = lowered.split()[0]
            yield from self.emit(person, ("WORKS_FOR" if rank in RANK_WORDS else "LEADS",), [(ministry, 0)], sent, 0.8)
            return
        if title_kind and before is not None:
            rel = {"lead": "LEADS", "staff": "WORKS_FOR", "founder": "FOUNDED"}[title_kind]
            if rel == "LEADS" and self.type_of(before.entity_id) == "Government" and not heads_government(lowered):
                rel = "WORKS_FOR"  # "UK Technology Secretary X" serves the government; only a head of it LEADS it
            yield from self.emit(person, (rel,), [(before.entity_id, 0)], sent, 0.85)
            others = [mm for mm in self.ordered if m.end <= mm.start < sent.end and self.type_of(mm.entity_id) == "Person"]
            if not (m.end < len(doc) and doc[m.end].text == ",") or others:
                return  # with another name after it, the words after the comma are that person's title
            # titles after a comma may add posts: "U.S. Navy Capt. X, Task Force Lima mission commander"
        elif title_kind == "lead" and words:
            # "the UK government, under Prime Minister X": the phrase 'under' attaches to
            under = next((w for w in words if w.lower_ == "under"), None)
            if under is not None and any(w.i > under.i and w.lower_ not in {"the", "then"} and not w.text[:1].isupper()
                                         for w in words):
                under = None  # "under the historic executive order that President X signed": no title after 'under'
            if under is not None:
                head = under.head
                targets = self.entities(head, allow_of=False) if head.pos_ in {"NOUN", "PROPN"} else []
                if not targets:
                    before = [mm for mm in self.ordered if sent.start <= mm.start < under.i
                              and self.type_of(mm.entity_id) in {"Government", "Agency", "Firm", "Organization"}]
                    targets = [(before[-1].entity_id, 1)] if before else []
                if not targets and head.pos_ in {"VERB", "AUX"} and under.i < head.i:
                    # "Under Prime Minister X, the UK published …": a fronted phrase names who led the clause's subject
                    targets = [(e, 1) for s in clause_subjects(under) for e, _ in self.entities(s, allow_of=False)
                               if self.type_of(e) in ({"Government"} if heads_government(lowered)
                                                      else {"Agency", "Firm", "Organization"})]
                if heads_government(lowered):
                    # "DOE, under President Biden's leadership, …": a head of government leads the department's state
                    states = [self.kb.state_of(entry) if (entry := self.kb.get(e)) is not None and self.type_of(e) == "Agency"
                              else e if self.type_of(e) == "Government" else None for e, _ in targets]
                    targets = [(s, 1) for s in dict.fromkeys(states) if s is not None and self._linked(s)]
                yield from self.emit(person, ("LEADS",), targets, sent, 0.8)
                return
            if any(w.tag_ == "PRP$" for w in words):
                pass  # "its vice-chair and president Brad Smith": the possessor's office, not a head of government
            elif lowered.split()[-1] in {"president", "minister", "premier", "chancellor"} and heads_government(lowered):
                # "Prime Minister X" heads the article's government; a bare "Minister X" serves some government
                # the title does not name ("UK Technology Minister Donelan and Minister Champagne")
                gov = self.government_of(m)
                if gov:
                    yield from self.emit(person, ("LEADS",), [(gov, 2)], sent, 0.6)
            elif lowered.split()[-2:] == ["chief", "minister"] or lowered.split()[-1] == "governor":
                # "Chief Minister Dr. Mohan Yadav" with "the Government of Madhya Pradesh" named: the head of a
                # region's government leads the one regional government the article names
                regional = {mm.entity_id for mm in self.ordered if self.type_of(mm.entity_id) == "Agency"
                            and self.linking.entities[mm.entity_id].name.startswith("Government of ")}
                if len(regional) == 1:
                    yield from self.emit(person, ("LEADS",), [(regional.pop(), 2)], sent, 0.6)
            elif _portfolio_title(lowered, words):
                # "Technology Secretary Peter Kyle", "Digital Minister X": a cabinet portfolio with no body the
                # knowledge base knows serves the article's government
                yield from self._portfolio_holder(person, m, sent)
            elif (entry := self.kb.get(m.entity_id)) is not None:
                # "Secretary-General Cormann" in an article naming the OECD: the body the KB says this person leads,
                # when the article names it
                led = [(b, 2) for f in entry.facts if f.type == "LEADS" and (b := self._linked(f.object))]
                yield from self.emit(person, ("LEADS",), led, sent, 0.6)
            elif lowered in _BARE_DEPARTMENT_TITLES and before is None:
                # "the U.S. Department of Energy hosted … Secretary Perry instituted …": the one department named
                yield from self._bare_department_rank(person, lowered, m, sent)
        elif lowered in _BARE_DEPARTMENT_TITLES and before is None and self.kb.get(m.entity_id) is None:
            # "The Commerce Department added … The move, announced by Under Secretary Alan Estevez": a department's
            # rank named bare is held in the one department the article has named
            yield from self._bare_department_rank(person, lowered, m, sent)
        elif title_kind == "staff" and before is None and _portfolio_title(lowered, words):
            # "Assistant Minister for Science, Technology and the Digital Economy, Dr X": a junior portfolio serves
            # the article's government as a minister's does
            yield from self._portfolio_holder(person, m, sent)
        elif title_kind == "staff" and (lowered.endswith("vice president") or lowered.endswith("deputy prime minister")):
            # "Vice President Harris" with no body named: the deputy of a head of government serves that government
            # (a deputy the knowledge base knows as a minister serves the state of that ministry)
            gov = self.government_of(m) or self._kb_state(m)
            if gov and self.type_of(gov) == "Government":
                yield from self.emit(person, ("WORKS_FOR",), [(gov, 2)], sent, 0.6)
        # "The Rt. Hon. Sajid Javid MP, Secretary of State for …": letters after the name come before the comma
        end = m.end
        while end < len(doc) and doc[end].text in POST_NOMINALS:
            end += 1
        # "X, Assistant Secretary of Commerce … and NTIA Administrator": titles after the comma, read as words
        if end + 2 < len(doc) and doc[end].text == ",":
            found_any = False
            k = end + 1
            while k < min(len(doc), end + 25) and doc[k].text not in {".", ";", "“", '"'} and doc[k].sent.start == sent.start:
                if doc[k].lower_ == "by" and doc[k - 1].lower_ in {"and", ","}:
                    break  # "co-chaired by the Commissioner …, X, and by the Japanese Minister …, Y": Y's titles
                if doc[k].lower_ in {"the", "a", "an"} and doc[k - 1].lower_ == "and" and doc[k - 2].text == "," and k > end + 3:
                    break  # "signed by X, Commissioner for Trade, and the Chilean minister": another signer's office
                here = self.mention_at(doc[k])
                if here is not None and here.start == k and here.entity_id != m.entity_id and self.type_of(here.entity_id) == "Person" \
                        and not (here.end < len(doc) and doc[here.end].tag_ == "POS"):
                    break  # "Mr. KONO Taro, the Minister for …, Mr. MATSUMOTO Takeaki, the Minister for …": the next name's titles
                if here is not None and here.start == k and here.entity_id != m.entity_id and k <= end + 2 \
                        and here.end + 1 < len(doc) and doc[here.end].tag_ == "POS" \
                        and self.type_of(here.entity_id) in {"Agency", "Firm", "Organization"}:
                    # "Paul Lincoln, the MOD's 2nd Parliamentary Under Secretary of State at …": the office after the
                    # body's possessive, read as words (the parser often makes a muddle of such a title)
                    j = here.end + 1
                    while j < len(doc) and j - here.end <= 8 and not doc[j].is_punct and self.mention_at(doc[j]) is None \
                            and (doc[j].lower_ not in {"at", "in", "on", "during", "for", "to", "and", "who", "said"}):
                        j += 1
                    offices = field_offices(doc[here.end + 1:j].text)
                    # ("Anthropic's head of policy": heading a function in lower case is a post in the body)
                    function = any(doc[i].lower_ == "of" and doc[i + 1].is_lower for i in range(here.end + 1, j - 1))
                    if len(offices) == 1 and offices[0] != "founder":
                        lead = offices[0] == "lead" and not function
                        yield from self.emit(person, ("LEADS" if lead else "WORKS_FOR",), [(here.entity_id, 0)], sent, 0.8)
                        return
                if here is not None and here.start == k and here.entity_id != m.entity_id:
                    before = " ".join(t.lower_ for t in doc[max(end + 1, k - 3):k])
                    a = here.end
                    while a < min(len(doc), here.end + 2) and doc[a].pos_ == "NOUN" and doc[a].is_lower \
                            and doc[a].lower_ not in LEADER_LAST_WORDS and doc[a].lower_ not in STAFF_TITLES:
                        a += 1  # "Task Force Lima mission commander": a word for the kind of post may come first
                    after = doc[a].lower_ if a < len(doc) else ""
                    holder = self.mention_at(doc[here.end]) if here.end < len(doc) else None
                    if here.how == "title" and holder is not None and self.type_of(holder.entity_id) == "Person":
                        break  # "KISHIDA, Minister for … MATSUMOTO": in a list the title is the next name's
                    if here.how == "title" and here.end + 1 < len(doc) and doc[here.end].text == "," \
                            and (nxt := self.mention_at(doc[here.end + 1])) is not None and self.type_of(nxt.entity_id) == "Person" \
                            and not (doc[k - 1].text == "," and doc[k - 2].i == end):
                        break  # "Taro Kono, the Minister of Internal Affairs …, Takeaki Matsumoto": the next name's title
                    of = k - 1 - (doc[k - 1].lower_ == "the")
                    office = self.mention_at(doc[here.end + 1]) if here.end + 1 < len(doc) else None
                    if self.type_of(here.entity_id) == "Government" and k <= end + 2 and doc[here.end].text in {"'s", "’s"} \
                            and office is not None and office.start == here.end + 1 and office.how == "title":
                        # "Karsten Wildberger, Germany's Minister for Digital Transformation …": the state's minister
                        # serves the state, and leads the ministry the title names (read next)
                        yield from self.emit(person, ("WORKS_FOR",), [(here.entity_id, 0)], sent, 0.75)
                        found_any = True
                    elif self.type_of(here.entity_id) == "Government" and doc[of].lower_ in {"for", "of"} \
                            and {"minister", "secretary", "ambassador"} & {t.lower_ for t in doc[end + 1:of]} \
                            and not any((tm := self.mention_at(t)) is not None and self.type_of(tm.entity_id) in {"Person", "Government"}
                                        for t in doc[end + 1:of]):
                        # "Ian Murray, the Minister of State for Digital Government and Data for the United Kingdom":
                        # the state the office is of serves as employer
                        yield from self.emit(person, ("WORKS_FOR",), [(here.entity_id, 0)], sent, 0.75)
                        found_any = True
                    elif here.how == "title":
                        # "Senior Advisor to the Secretary of Defense" serves the department the Secretary leads
                        rel = "WORKS_FOR" if RANK_WORDS & set(before.split()) or "to" in before.split() else "LEADS"
                        yield from self.emit(person, (rel,), [(here.entity_id, 0)], sent, 0.8)
                        found_any = True
                        state = self.mention_at(doc[here.end + 1]) if here.end + 1 < len(doc) and doc[here.end].lower_ == "of" else None
                        if state is not None and self.type_of(state.entity_id) == "Government":
                            # "X, State Minister for Foreign Affairs of Japan": the office's state employs X too
                            yield from self.emit(person, ("WORKS_FOR",), [(state.entity_id, 0)], sent, 0.8)
                        elif k == end + 1 and rel == "LEADS" and (own := self._body_state(here.entity_id)) is not None \
                                and own == self._accompanied_leaders_state(m):
                            # "Accompanying the Prime Minister were … X MP, Secretary of State for Business, …": a
                            # minister travelling with the head of government serves that government as well
                            yield from self.emit(person, ("WORKS_FOR",), [(own, 2)], sent, 0.7)
                    elif "responsible" in before.split() and self.type_of(here.entity_id) in {"Agency", "Organization"}:
                        # "X, Minister … and Minister responsible for the Federal Economic Development Agency for …"
                        yield from self.emit(person, ("LEADS",), [(here.entity_id, 0)], sent, 0.75)
                        found_any = True
                    elif after in LEADER_LAST_WORDS and self.type_of(here.entity_id) in {
                            "Agency", "Firm", "Organization", "Government"}:
                        office = self.mention_at(doc[a]) if a < len(doc) else None
                        if self.type_of(here.entity_id) == "Government" and (office is not None and office.how == "title"
                                                                              and self.type_of(office.entity_id) == "Agency"
                                                                              or not heads_government(" ".join(t.lower_ for t in doc[here.end:a + 1]))):
                            # "X, the 40th U.S. Secretary of Commerce", "X, the U.S. commerce secretary": the state employs
                            # the head of its department; only a head of government or state leads the state
                            yield from self.emit(person, ("WORKS_FOR",), [(here.entity_id, 0)], sent, 0.8)
                        else:
                            yield from self.emit(person, ("LEADS",), [(here.entity_id, 0)], sent, 0.8)  # "NTIA Administrator"
                        found_any = True
                    elif doc[k - 1].text == "," and k - 1 > end + 1 and self.type_of(here.entity_id) in {"Firm", "Organization"} \
                            and (kind := office_kind(" ".join(t.lower_ for t in doc[end + 1:k - 1]))) in {"lead", "staff"} \
                            and all(t.is_title or t.lower_ in {"and", "of"} for t in doc[end + 1:k - 1]):
                        # "Dr. Mark Liu, Chairman, Taiwan Semiconductor Manufacturing Co. Ltd.": the office, a comma, the body
                        yield from self.emit(person, ("LEADS" if kind == "lead" else "WORKS_FOR",), [(here.entity_id, 0)], sent, 0.75)
                        found_any = True
                    elif after in STAFF_TITLES and self.type_of(here.entity_id) in {"Agency", "Firm", "Organization"}:
                        # "was an Indian Administrative Service officer": staff of the body named before the title
                        yield from self.emit(person, ("WORKS_FOR",), [(here.entity_id, 0)], sent, 0.75)
                        found_any = True
                    k = here.end
                    continue
                if doc[k].text == "," and k > end + 1 and self.mention_at(doc[k + 1] if k + 1 < len(doc) else doc[k]) is None \
                        and doc[k + 1].pos_ in {"VERB", "AUX"} if k + 1 < len(doc) else False:
                    break
                k += 1
            if found_any and not any(t.lower_ == "of" for t in doc[end + 1:k]):
                return  # the titles after the comma are read; "… commander and member of X" goes on below
        # ("The Hon Christian Porter MP⏎Minister for Industry, …": in a signature block the title is the next line)
        signed = end + 2 < len(doc) and doc[end].is_space and "\n" in doc[end].text and doc[end + 1].lower_ == "minister"
        if end + 2 < len(doc) and (doc[end].text == "," or signed):
            title_words: list[str] = []
            k = end + 1
            start = k + (doc[k].lower_ == "the")
            owner = self.mention_at(doc[start])
            office = owner.end + 1 if owner is not None else 0
            if office + 2 < len(doc) and doc[office].text == "(" and doc[office + 2].text == ")":
                office += 3  # "the United Kingdom's (UK) Secretary of State": the short form in brackets
            if owner is not None and owner.start == start and self.type_of(owner.entity_id) == "Government" \
                    and office < len(doc) and doc[owner.end].text in {"'s", "’s"} \
                    and doc[office].lower_ in {"minister", "secretary", "ambassador", "envoy"}:
                # "Cédric O, France's Minister of State for the Digital Transition": the state's office holder serves it
                yield from self.emit(person, ("WORKS_FOR",), [(owner.entity_id, 0)], sent, 0.75)
            while k < min(len(doc), end + 8) and doc[k].lower_ not in {"for", "of", "at"} and (
                    not doc[k].is_punct or doc[k].text == "-"):  # "Co-Founder" is three tokens
                title_words.append(doc[k].lower_)
                k += 1
            joined = " ".join(title_words)
            junior = joined.startswith("parliamentary secretary")  # "X, Parliamentary Secretary to the Minister of …"
            if "deputy prime minister" in joined or joined.startswith(("vice president", "the vice president", "minister")) or junior:
                # "the Honourable X, Minister of Innovation, Science and Industry," in that government's own release
                # (a plain minister only where one government clearly dominates the article);
                # "Chrystia Freeland, Deputy Prime Minister and Minister of Finance": the deputy head serves the government
                gov = self.government_of(m) if not (joined.startswith("minister") or junior) else (
                    self._closing_state(m) or self._accompanied_leaders_state(m) or self.release_state() or self.clear_dominant())
                if joined.startswith("minister") and any((mm := self.mention_at(t)) is not None and mm.how == "title"
                                                       for t in doc[end + 1:end + 3]):
                    gov = None  # "X, Minister of Economy, Trade and Industry": the title names the ministry X leads, no state
                if gov is not None and self.type_of(gov) == "Government":
                    yield from self.emit(person, ("WORKS_FOR",), [(gov, 2)], sent, 0.6)
            kind = office_kind(" ".join(w for w in title_words if w not in {"the", "a", "an"}))
            if kind == "lead" and set(title_words) & RANK_WORDS:
                kind = "staff"  # "Lynne Parker, Principal Deputy Director of OSTP" serves the office
            if any(w.replace("-", "") in {"cofounder", "founder"} for w in title_words):
                kind = "founder"  # "Jack Clark, Co-Founder and Head of Policy at Anthropic"
            if kind and k + 1 < len(doc) and doc[k].lower_ in {"for", "of", "at"}:
                j = k + 1 + (doc[k + 1].lower_ in {"the", "a"})
                target = self.mention_at(doc[j]) if j < len(doc) else None
                if target is None and doc[k].lower_ == "of":
                    # "Head of Policy at Anthropic": the office heads a function; the body comes after "at"
                    at = next((i for i in range(j, min(len(doc), j + 5)) if doc[i].lower_ == "at"), None)
                    if at is not None and at + 1 < len(doc) and (target := self.mention_at(doc[at + 1])) is not None:
                        kind = "staff" if kind == "lead" else kind
                        j = target.start
                if target is None and {"minister", "secretary"} & {w.split("-")[-1] for w in title_words}:
                    # "Parliamentary Vice-Minister for Digital Transformation of the Digital Agency", "Under-Secretary of
                    # State at the Department for …", "Vice-Minister for International Affairs, METI": a minister's
                    # portfolio first, then the body, after 'of'/'at' or a comma
                    i = j
                    while i < min(len(doc), j + 8) and not (doc[i].is_punct and doc[i].text != ","):
                        if doc[i].lower_ in {"of", "at", ","} and i + 1 < len(doc):
                            n = i + 1 + (doc[i + 1].lower_ == "the")
                            found = self.mention_at(doc[n]) if n < len(doc) else None
                            if found is not None and found.start == n and self.type_of(found.entity_id) == "Agency" \
                                    and (doc[i].text != "," or found.end >= len(doc) or doc[found.end].is_punct):
                                target, j = found, n
                                kind = "staff"  # a junior minister serves the body the portfolio belongs to
                                break
                            if doc[i].text == ",":
                                break
                        i += 1
                if target is not None and target.start == j and target.end < len(doc) and doc[target.end].tag_ == "POS":
                    # "member of the CDAO's Algorithmic Warfare Directorate": the post is in the unit the body owns
                    # ("the Defense Department's (DoD) Joint Artificial Intelligence Center": past the owner's acronym)
                    owned = next((mm for i in range(target.end + 1, min(len(doc), target.end + 6))
                                  if (mm := self.mention_at(doc[i])) is not None and mm.entity_id != target.entity_id), None)
                    if owned is not None:
                        target, j = owned, owned.start
                if target is not None and target.start == j and self.type_of(target.entity_id) == "Government" \
                        and (body := self.mention_at(doc[target.end]) if target.end < len(doc) else None) is not None \
                        and body.start == target.end and self.type_of(body.entity_id) in {"Agency", "Organization"}:
                    target, j = body, body.start  # "commander of U.S. Indo-Pacific Command": the state names the body
                if target is not None and target.start == j and self.type_of(target.entity_id) == "Agency" \
                        and (unit := self.mention_at(doc[target.end]) if target.end < len(doc) else None) is not None \
                        and unit.start == target.end and unit.entity_id != target.entity_id \
                        and self.type_of(unit.entity_id) in {"Agency", "Organization"}:
                    target, j = unit, unit.start  # "the director of the DoD Joint Artificial Intelligence Center": the unit
                if target is not None and target.start == j:
                    if kind == "staff" and "secretary" in title_words and doc[k].lower_ == "for":
                        kind = "lead"
                    rel = {"lead": "LEADS", "staff": "WORKS_FOR", "founder": "FOUNDED"}[kind]
                    yield from self.emit(person, (rel,), [(target.entity_id, 0)], sent, 0.8)
                    return
        # "Keir Starmer, the Prime Minister" / "X, chief executive of Y" / "X, Nvidia's CEO"
        root = doc[m.end - 1]
        for appos in (c for c in root.children if c.dep_ == "appos"):
            kind = office_kind(" ".join(t.lower_ for t in appos.subtree if t.dep_ in {"compound", "amod"} or t == appos))
            # the words up to the noun ("the EU's vice-president responsible for tech sovereignty"), read when the
            # whole phrase names no office and the noun is a lower-case office word (a capitalised "Minister" in a
            # list of names is another holder's title)
            title = " ".join(t.lower_ for t in appos.subtree if t.i <= appos.i and (t.dep_ in {"compound", "amod"} or t == appos))
            if kind is None and appos.is_lower and not any(t.lower_ in RANK_WORDS for t in appos.lefts):
                kind = office_kind(title)
            if not kind:
                continue
            targets = [e for t in appos.children if t.dep_ == "poss" for e in self.entities(t, allow_of=False)]
            bodies = [e for t in prep_objects(appos, {"for"}) for e in self.entities(t)]
            if bodies and kind == "staff" and "secretary" in appos.lower_ + " " + " ".join(t.lower_ for t in appos.lefts):
                kind = "lead"  # "Under Secretary for the Bureau of …" heads that bureau
            named = [e for t in prep_objects(appos, {"of", "at"}) for e in self.entities(t)]
            if any(self.type_of(e[0]) in {"Agency", "Organization", "Firm"} for e in named):
                # "commander of U.S. Indo-Pacific Command": the state qualifying the body's name is not the body led
                qualifiers = {mm.entity_id for t in prep_objects(appos, {"of", "at"}) for c in t.lefts
                              if c.dep_ in {"compound", "nmod", "amod"} and (mm := self.mention_at(c)) is not None
                              and self.type_of(mm.entity_id) == "Government"}
                named = [e for e in named if e[0] not in qualifiers]
            targets += bodies or named
            if kind == "lead" and not bodies and any(t.lower_ in RANK_WORDS for t in appos.lefts):
                kind = "staff"  # "OTA Fusae, the State Minister of Economy …": a junior rank serves the ministry
            if kind == "lead" and any(not self.entities(t, allow_of=False) for t in prep_objects(appos, {"of"})):
                kind = "staff"  # "Jack Clark, Anthropic's head of policy": the head of a function serves the body
            rel = {"lead": "LEADS", "staff": "WORKS_FOR", "founder": "FOUNDED"}[kind]
            states = [t for t in targets if rel == "LEADS" and self.type_of(t[0]) == "Government" and not heads_government(title)]
            # ("Henna Virkkunen, the EU's tech chief": only a head of government or state leads it; others serve it)
            yield from self.emit(person, ("WORKS_FOR",), states, sent, 0.8)
            yield from self.emit(person, (rel,), [t for t in targets if t not in states], sent, 0.8)

    def predicate_title(self, token: Token) -> Iterator[Candidate]:
        """'X is the CEO of Y', 'X served as chair of Y', 'best known as the co-founder and CEO of Y'."""
        second = token.dep_ == "conj" and token.head.lemma_ == "be"  # "He is the CEO of X, and the co-founder of Y"
        if not (token.dep_ == "attr" or second or (token.dep_ == "pobj" and token.head.lower_ == "as")):
            return
        if token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and office_kind(token.lower_) and self.mention_at(token) is None):
            return  # the tagger takes a capitalised 'CEO' or 'Chairman' for a name; it is still the title
        titles = sorted([token, *conjoined(token)], key=lambda t: t.i)
        kinds = [office_kind(" ".join(t.lower_ for t in tt.subtree if t.i <= tt.i and t.dep_ in {"compound", "amod"} or t == tt))
                 for tt in titles]
        if not any(kinds):
            return
        own: list[list[tuple[str, int]]] = []
        for k, tt in enumerate(titles):
            found = [e for t in prep_objects(tt, {"of", "at", "for"}) for e in self.entities(t, allow_of=False)]
            function = [t for t in prep_objects(tt, {"of"}) if not self.entities(t, allow_of=False)]
            if found and function and kinds[k] == "lead" and prep_objects(tt, {"at"}):
                kinds[k] = "staff"  # "head of research at X" heads a function and serves X
            if not found:
                # "head of applied AI at DeepMind": the post heads a function in the body named after 'at'
                found = [e for t in prep_objects(tt, {"of"}) for a in prep_objects(t, {"at"}) for e in self.entities(a, allow_of=False)]
                if found and kinds[k] == "lead":
                    kinds[k] = "staff"
            own.append(found)
        if not any(own):
            # "who is the founder, president and CEO (CEO) of Nvidia": the parser may hang the 'of' phrase right after
            # the titles on a noun above them; it still belongs to the titles it follows
            last = max(t.i for tt in titles for t in tt.subtree)
            above = [a for a in token.ancestors if a.pos_ in {"NOUN", "PROPN"}]
            shared = [e for a in above for t in prep_objects(a, {"of"}) if t.i > last for e in self.entities(t, allow_of=False)]
            own = [shared for _ in titles]
        if not any(own) and any(titled := [self._title_bodies(tt) for tt in titles]):
            # "will serve as the Pentagon's chief digital and artificial intelligence officer": the title names the
            # office its holder leads; the possessor is what that office is part of
            # (or the body named before the title: "the next Pentagon chief digital … officer")
            owners = [(m.entity_id, 0) for tt in titles for c in tt.lefts if c.dep_ in {"poss", "compound", "nmod"}
                      and (m := self.mention_at(c)) is not None and m.how != "title"
                      and self.type_of(m.entity_id) in {"Agency", "Government", "Firm", "Organization"}]
            yield from self.emit([b for bodies in titled for b in bodies], ("PART_OF",), owners, token.sent, 0.7)
            own = titled
            kinds = ["staff" if any(c.lower_ in RANK_WORDS for c in tt.lefts) else "lead" if bodies else kind
                     for tt, bodies, kind in zip(titles, titled, kinds, strict=True)]
        if not any(own):
            # "ousted Sam Altman as its CEO": the possessive names the body
            own = [[e for c in tt.children if c.dep_ == "poss" for e in self.entities(c, allow_of=False)
                    if self.type_of(e[0]) in {"Firm", "Organization", "Agency", "Government"}] for tt in titles]
            # "as its chief executive of applications": the head of a function serves the body that possesses it
            kinds = ["staff" if kind == "lead" and own[k] and any(not self.entities(t, allow_of=False) for t in prep_objects(tt, {"of"}))
                     else kind for k, (kind, tt) in enumerate(zip(kinds, titles, strict=True))]
        if not any(own) and token.head.lemma_ == "become":
            # "after 31 years of TSMC leadership, Mark Liu became chairman": the one company the sentence names
            bodies = {m.entity_id for m in self.ordered if token.sent.start <= m.start < token.sent.end
                      and self.type_of(m.entity_id) in {"Firm", "Organization"}}
            own = [[(next(iter(bodies)), 1)] for _ in titles] if len(bodies) == 1 else own
        if not any(own) and token.dep_ == "pobj" and token.head.lower_ == "as" and "lead" in kinds:
            # "the board removed Altman as CEO", "Brockman … resigned as president": a bare leader's title in a
            # change of post at the company the text is about (named at least three times so far)
            verb = token.head.head
            if verb.lemma_ in _POST_CHANGE_VERBS or any(t.lower_ == "board" for t in token.sent):
                top = self.most_named_before(token.i, {"Firm", "Organization"})
                if top is not None and top[1] >= 3:
                    own = [[(top[0], 2)] if kind == "lead" else [] for kind in kinds]
        if not any(own):
            return
        holders = clause_subjects(token)
        verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "as" else None
        if verb is not None and verb.pos_ == "VERB" and (objects := [c for c in verb.children if c.dep_ in {"dobj", "oprd"}]):
            # "announced his intention to nominate Kratsios as the next director of X": the office is the object's
            # ("Intel named Lip-Bu Tan as its new chief executive": the parser may make the name a predicate)
            if self.hedged(verb) or verb.lemma_ in {"nominate", "propose", "consider", "tap"}:
                return
            holders = objects
        people = [e for t in holders for e in self.entities(t, allow_of=False, want={"Person"})
                  if self.type_of(e[0]) == "Person"]
        for k, kind in enumerate(kinds):
            if not kind:
                continue
            # "the founder and CEO of Y": a title without its own 'of' phrase shares the next title's, else the last one's
            bodies = own[k] or next((b for b in own[k + 1:] if b), None) or next((b for b in reversed(own[:k]) if b), [])
            if not own[k] and kind == "lead" and any(not self.entities(t, allow_of=False) for t in prep_objects(titles[k], {"of"})):
                kind = "staff"  # "co-founder and head of research at X": a function's head serves the body it shares
            rel = {"lead": "LEADS", "staff": "WORKS_FOR", "founder": "FOUNDED"}[kind]
            yield from self.emit(people, (rel,), bodies, token.sent, 0.75)

    def administration(self, m: LinkedMention) -> Iterator[Candidate]:
        """'the Biden administration' → Biden LEADS the government the article is about."""
        if self.type_of(m.entity_id) != "Person" or m.end >= len(self.doc):
            return
        k = m.end
        if k + 2 < len(self.doc) and self.doc[k].text in {"-", "–"} and self.doc[k + 1].pos_ == "PROPN":
            if m.start > 0 and self.doc[m.start - 1].text in {"-", "–"}:
                return  # the second name of "Biden-Harris Administration" does not lead it
            k += 2  # "the Biden-Harris administration" is led by the first name
        elif m.start > 0 and self.doc[m.start - 1].text in {"-", "–"}:
            return
        last = self.doc[k - 1]  # the name's last word, or the ticket's second surname
        noun = last.head
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head  # "Biden-Harris AI Executive Order": the name modifies the phrase's last noun
        decree = self.mention_at(noun) if last.dep_ == "compound" else None
        if decree is not None and self.type_of(decree.entity_id) == "Policy" and noun.lemma_.lower() in _DECREE_NOUNS:
            # "the Biden-Harris AI Executive Order 14110", "the Trump rule": the leader named on a decree issued it
            yield from self.emit([(m.entity_id, 0)], ("ENACTS",), [(decree.entity_id, 0)], last.sent, 0.7)
        nxt = self.doc[k]
        if nxt.lower_ in {"administration", "government", "cabinet", "presidency"}:
            gov = self.government_of(m)
            if gov:
                yield from self.emit([(m.entity_id, 0)], ("LEADS",), [(gov, 1)], nxt.sent, 0.65)

    def appositive_head_of_government(self, m: LinkedMention) -> Iterator[Candidate]:
        """'the Prime Minister, Justin Trudeau, participated …': a bare head-of-government title with the name in
        apposition reads like "Prime Minister Justin Trudeau"."""
        root = self.doc[m.end - 1]
        if self.type_of(m.entity_id) != "Person" or root.dep_ != "appos" or root.head.i >= m.start:
            return
        title = [t for t in self.doc[root.head.left_edge.i:root.head.i + 1] if t.dep_ != "det"]
        if not title or any(self.mention_at(t) is not None for t in title) or not all(t.text[:1].isupper() for t in title):
            return  # "U.S. President, Joe Biden": a named state is read by the title rules
        lowered = " ".join(t.lower_ for t in title)
        if heads_government(lowered) and (gov := self.government_of(m)):
            yield from self.emit([(m.entity_id, 0)], ("LEADS",), [(gov, 2)], root.sent, 0.6)

    def styled_title_of(self, m: LinkedMention) -> Iterator[Candidate]:
        """'Prime Minister of the United Kingdom, The Rt. Honourable David Cameron MP, visited …': a title 'of' a named
        state or body, a comma, then a style and the holder's name, read from the words alone (the parser seldom
        hangs a styled name on the title)."""
        if self.type_of(m.entity_id) != "Person":
            return
        found = self._styled_title_body(m)
        if found is None:
            return
        body, lowered = found
        kind = office_kind(lowered)
        if kind is None:
            return
        rel = {"lead": "LEADS", "staff": "WORKS_FOR", "founder": "FOUNDED"}[kind]
        if rel == "LEADS" and self.type_of(body) == "Government" and not heads_government(lowered):
            rel = "WORKS_FOR"  # "the Foreign Minister of Japan, …" serves the state; only its head leads it
        yield from self.emit([(m.entity_id, 0)], (rel,), [(body, 0)], self.doc[m.start].sent, 0.8)

    def _styled_title_body(self, m: LinkedMention) -> tuple[str, str] | None:
        """The body and the lower-cased title of "<Title> of <Body>, [The Rt. Hon.] <m>", or None."""
        doc = self.doc
        k = m.start
        styled = False
        while k - 1 >= 0 and doc[k - 1].text in _NAME_STYLES:
            k -= 1
            styled = True
        if not styled or k - 3 < 0 or doc[k - 1].text != ",":
            return None  # (a plain "Title of Body, Name" is the appositive rules' business)
        body = self.mention_at(doc[k - 2])
        if body is None or self.type_of(body.entity_id) not in {"Government", "Agency", "Firm", "Organization"}:
            return None
        j = body.start - (1 if body.start > 0 and doc[body.start - 1].lower_ == "the" else 0)
        if j - 2 < 0 or doc[j - 1].lower_ != "of":
            return None
        words = []
        i = j - 2
        while i >= 0 and len(words) < 4 and doc[i].is_title and self.mention_at(doc[i]) is None:
            words.insert(0, doc[i].lower_)
            i -= 1
        if not words:
            return None
        return body.entity_id, " ".join(words)

    def _body_state(self, body: str) -> str | None:
        """The state a known body belongs to, when the article names that state."""
        entry = self.kb.get(body)
        state = self.kb.state_of(entry) if entry is not None else None
        return state if state is not None and state in self.linking.entities else None

    def _accompanied_leaders_state(self, m: LinkedMention) -> str | None:
        """'Accompanying the Prime Minister on his visit were The Rt. Hon. X MP, Secretary of State for …': ministers
        travelling with a head of government serve that head's state, not the state visited."""
        doc = self.doc
        sent = doc[m.start].sent
        if not any(t.lemma_.lower() == "accompany" for t in sent):
            return None
        title = next((t for t in sent if t.i < m.start and t.text in {"Minister", "President"} and t.i > 0
                      and doc[t.i - 1].text in {"Prime", "the"}), None)
        if title is None:
            return None
        words = ("Prime", "Minister") if doc[title.i - 1].text == "Prime" else ("President",)
        holders = [mm for mm in self.ordered if self.type_of(mm.entity_id) == "Person" and (
            mm.start >= len(words) and tuple(doc[k].text for k in range(mm.start - len(words), mm.start)) == words
            or (styled := self._styled_title_body(mm)) is not None and styled[1] == " ".join(words).lower())]
        gov = self.government_of(holders[0]) if holders else None
        return gov if gov is not None and self.type_of(gov) == "Government" else None

    def stated_state(self, person: str) -> str | None:
        """The state a styled title names for this person anywhere in the article ("Prime Minister of the United
        Kingdom, The Rt. Honourable David Cameron MP"): whose government a bare "Prime Minister" of theirs heads."""
        for mm in self.ordered:
            if mm.entity_id == person and (found := self._styled_title_body(mm)) is not None \
                    and self.type_of(found[0]) == "Government":
                return found[0]
        return None

    def appositive_title_of(self, m: LinkedMention) -> Iterator[Candidate]:
        """'The prime minister of the United Kingdom at the time, Rishi Sunak, …', 'the chief executive of Nvidia,
        Jensen Huang,': a title 'of' a named body with the holder's name in apposition."""
        root = self.doc[m.end - 1]
        if self.type_of(m.entity_id) != "Person":
            return
        first = root  # "the co-chairs of X, A and B": B is joined to A, the first name, which stands by the title
        while first.dep_ == "conj" and first.head.i < first.i and (named := self.mention_at(first.head)) is not None \
                and self.type_of(named.entity_id) == "Person":
            first = first.head
        plural_list = first.dep_ == "conj" and first.head.tag_ == "NNS" and first.left_edge.i > 0 \
            and self.doc[first.left_edge.i - 1].text == "," and self.mention_at(first.head) is None
        # ("the co-chairs of the … Council (TTC), Executive Vice-President A and Vice-President B": the parser may join
        # the first name to a plural title as a conjunct rather than an apposition)
        if not (first.dep_ == "appos" or plural_list) or first.head.i >= m.start:
            return
        head = first.head
        if self.mention_at(head) is not None and head.dep_ == "pobj" and head.head.lower_ == "of":
            head = head.head.head  # "the chief executive of Nvidia, Jensen Huang": the name hung on the body instead
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ in {"compound", "amod"} or t.i == head.i]
        kind = office_kind(" ".join(t.lemma_.lower() if t.i == head.i and t.tag_ == "NNS" else t.lower_ for t in words))
        if kind is None or self.mention_at(head) is not None:
            return
        # ("a spokesperson for the Chinese foreign ministry, Mao Ning": a staff title's body may follow 'for')
        bodies = [e for t in prep_objects(head, {"of"} if kind != "staff" else {"of", "for", "at"})
                  for e in self.entities(t, allow_of=False) if self.type_of(e[0]) in {"Government", "Agency", "Firm", "Organization"}]
        rel = {"lead": "LEADS", "staff": "WORKS_FOR", "founder": "FOUNDED"}[kind]
        lowered = " ".join(t.lower_ for t in words)
        for body in bodies:
            # "the foreign minister of Japan" serves the state; only a head of government or state leads it
            serves = rel == "LEADS" and self.type_of(body[0]) == "Government" and not heads_government(lowered)
            yield from self.emit([(m.entity_id, 0)], ("WORKS_FOR" if serves else rel,), [body], root.sent, 0.8)

    def _closing_state(self, m: LinkedMention) -> str | None:
        """'Dr. Igor Papič, Minister of Higher Education, Science and Innovation, Slovenia': the state a comma puts at
        the end of the title that follows a name, when the line or sentence ends there."""
        doc = self.doc
        k = m.end + 1
        while k < len(doc) and k - m.end <= 16 and (doc[k].is_title or doc[k].lower_ in {"of", "for", "and", "the", ","}):
            here = self.mention_at(doc[k])
            if here is not None and here.start == k and self.type_of(here.entity_id) == "Government" and doc[k - 1].text == "," \
                    and (here.end >= len(doc) or doc[here.end].is_punct or doc[here.end].is_space
                         or "\n" in doc[here.end - 1].whitespace_):
                return here.entity_id
            if here is not None and self.type_of(here.entity_id) in {"Person", "Firm", "Organization"}:
                return None
            k = here.end if here is not None and here.start == k else k + 1
        return None

    def commission_member(self, m: LinkedMention) -> Iterator[Candidate]:
        """'the press conference by Executive Vice-President Vestager and Commissioners Breton and Gabriel', after the
        Commission is named: a commissioner (or the Commission's executive vice-president) named by a bare title
        serves the one commission the article has named."""
        doc = self.doc
        if self.type_of(m.entity_id) != "Person":
            return
        k = m.start - 1
        while k >= 0:  # back over the other holders listed before this one ("… Vestager and Commissioners Breton and")
            before = self.mention_at(doc[k])
            if doc[k].lower_ in {"and", ","}:
                k -= 1
            elif before is not None and self.type_of(before.entity_id) == "Person":
                k = before.start - 1
            else:
                break
        evp = " ".join(t.lower_ for t in doc[max(0, k - 3):k + 1]) in {"executive vice - president", "executive vice-president"} \
            or k > 0 and doc[k].lower_ == "vice-president" and doc[k - 1].lower_ == "executive"
        if k < 0 or not (doc[k].lower_ in {"commissioner", "commissioners"} or evp):
            return
        if doc[k].lower_.startswith("commissioner") and k > 0 and (self.mention_at(doc[k - 1]) is not None or doc[k - 1].is_title
                                                                    and doc[k - 1].lower_ not in {"executive"}):
            return  # "European Commissioner X", "EU Commissioner X": the title names whose commissioner (read elsewhere)
        commissions = self._named_commissions(before=m.start)
        if len(commissions) == 1:
            yield from self.emit([(m.entity_id, 0)], ("WORKS_FOR",), [(commissions.pop(), 2)], doc[m.start].sent, 0.6)

    def _named_commissions(self, *, before: int) -> set[str]:
        """The commissions (agencies named "… Commission") the article names before token ``before``."""
        return {mm.entity_id for mm in self.ordered if mm.start < before and self.type_of(mm.entity_id) == "Agency"
                and self.linking.entities[mm.entity_id].name.split()[-1] == "Commission"}

    def title_comma_name(self, m: LinkedMention) -> Iterator[Candidate]:
        """'The Minister of Innovation, Science and Industry, the Honourable X, and the European Union (EU)
        Commissioner for Internal Market, Y, met …': a capitalised minister's or commissioner's title, a comma and
        the holder's name. A state named at the title's head employs the holder; a bare "Minister of …" serves the
        government whose release this is (as "the Honourable X, Minister of …" does)."""
        doc = self.doc
        if self.type_of(m.entity_id) != "Person":
            return
        k = m.start - 1
        while k > 0 and doc[k].text in {"Honourable", "Honorable", "Hon.", "the"}:
            k -= 1
        if k < 2 or doc[k].text != ",":
            return
        i = k - 1
        while i >= 0 and k - i <= 14 and (doc[i].is_title or doc[i].text in {"(", ")", ","} or doc[i].is_upper
                                          or doc[i].lower_ in {"of", "for", "and"}) and doc[i].lower_ != "the" \
                or i > 0 and doc[i].lower_ == "the" and doc[i - 1].lower_ in {"of", "for"}:
            i -= 1  # ("the European Commissioner for the Internal Market, Thierry Breton": a portfolio may take "the")
        start = i + 1
        if start >= k or not (i < 0 or doc[i].lower_ == "the" or doc[i].is_sent_start or doc[i].is_space or doc[i].text == ":"):
            return
        words = doc[start:k]
        lowered = {t.lower_ for t in words}
        if not lowered & {"minister", "commissioner", "secretary"} or doc[start].text == ",":
            return
        inside = [mm for t in words if (mm := self.mention_at(t)) is not None]
        if any(self.type_of(mm.entity_id) == "Person" or mm.how == "title" for mm in inside):
            return  # another name, or a title the knowledge base knows (read by the title rules)
        states = [mm for mm in inside if self.type_of(mm.entity_id) == "Government"]
        if states and states[0].start == start:
            yield from self.emit([(m.entity_id, 0)], ("WORKS_FOR",), [(states[0].entity_id, 0)], doc[m.start].sent, 0.75)
        elif not inside and doc[start].text in self.kb.by_demonym and (state := self._linked(self.kb.by_demonym[doc[start].text])):
            # ("the European Commissioner for …, Y": the demonym at the title's head names the employing polity)
            yield from self.emit([(m.entity_id, 0)], ("WORKS_FOR",), [(state, 0)], doc[m.start].sent, 0.75)
        elif not inside and doc[start].lower_ == "minister" and (gov := self.release_state()) is not None:
            yield from self.emit([(m.entity_id, 0)], ("WORKS_FOR",), [(gov, 2)], doc[m.start].sent, 0.6)
        elif not inside and doc[start].lower_ == "commissioner" and (employer := self._commissioners_employer()) is not None:
            # "co-chaired by the Commissioner for the Internal Market, Thierry Breton"
            yield from self.emit([(m.entity_id, 0)], ("WORKS_FOR",), [(employer, 2)], doc[m.start].sent, 0.6)

    def _commissioners_employer(self) -> str | None:
        """A bare commissioner's title in an article about the European Union is the Union's — its Commission's,
        when the article names that one commission."""
        eu = self._linked("government:european-union")
        if eu is None:
            return None
        commissions = self._named_commissions(before=len(self.doc))
        return commissions.pop() if len(commissions) == 1 else eu

    def name_comma_commissioner(self, m: LinkedMention) -> Iterator[Candidate]:
        """'It was signed by Thierry Breton, Commissioner for Internal market, and …': a name, a comma and a bare
        "Commissioner for/of …" — the holder serves the Union the article is about (or its one named commission)."""
        doc = self.doc
        k = m.end
        if self.type_of(m.entity_id) != "Person" or k + 2 >= len(doc) or doc[k].text != "," \
                or doc[k + 1].text != "Commissioner" or doc[k + 2].lower_ not in {"for", "of"}:
            return
        if (employer := self._commissioners_employer()) is not None:
            yield from self.emit([(m.entity_id, 0)], ("WORKS_FOR",), [(employer, 2)], doc[m.start].sent, 0.6)

    def state_minister_before_name(self, m: LinkedMention) -> Iterator[Candidate]:
        """'Singapore Minister-in-charge of Trade Relations S. Iswaran': a state's name, a minister's or secretary's
        title the knowledge base does not know, and the holder's name right after it — the state employs the holder."""
        doc = self.doc
        if self.type_of(m.entity_id) != "Person" or m.start < 3:
            return
        i = m.start - 1
        while i > 0 and m.start - i <= 10 and (doc[i].is_title or doc[i].lower_ in {"of", "for", "-", "in", "charge", "and"}) \
                and doc[i].lower_ not in {"minister", "secretary", "commissioner"} and self.mention_at(doc[i]) is None:
            i -= 1
        words = doc[i].lower_
        european = i > 0 and words == "commissioner" and doc[i - 1].text == "European"
        if words not in {"minister", "secretary", "commissioner"} or i == 0 \
                or i == m.start - 1 and doc[i].lower_ != "minister" and not european:
            return
        state = self.mention_at(doc[i - 1])
        if state is None and european:
            # "joined by European Commissioner Thierry Breton": the Union's commissioner, once the Union is named
            # (the adjective alone is not linked: "European" is as often the continent)
            union = next((mm for mm in self.ordered if self.linking.entities[mm.entity_id].name == "European Union"), None)
            if union is not None:
                yield from self.emit([(m.entity_id, 0)], ("WORKS_FOR",), [(union.entity_id, 0)], doc[m.start].sent, 0.7)
            return
        if state is None or state.end != i or self.type_of(state.entity_id) != "Government":
            return
        if any(mm.how == "title" for k in range(i, m.start) if (mm := self.mention_at(doc[k])) is not None):
            return  # a title the knowledge base knows: the title rules read it
        yield from self.emit([(m.entity_id, 0)], ("WORKS_FOR",), [(state.entity_id, 0)], doc[m.start].sent, 0.7)

    def acronym_office_holder(self, m: LinkedMention) -> Iterator[Candidate]:
        """'Dr. Radha Plumb, the CDAO, and …', 'USTR Tai': a body's acronym that also spells the office heading it (the
        Chief Digital and AI Office's head is the Chief Digital and AI Officer), after a name and "the" or right
        before the name, names the holder."""
        doc = self.doc
        if self.type_of(m.entity_id) != "Person":
            return
        k = m.end
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "the":
            at = k + 2
        elif m.start > 0 and doc[m.start - 1].text.isupper() and len(doc[m.start - 1].text) >= 3:
            at = m.start - 1  # "meetings with USTR Tai": the acronym is the holder's title right before the name
        else:
            return
        body = self.mention_at(doc[at])
        entry = self.kb.get(body.entity_id) if body is not None and body.start == at and body.end == at + 1 else None
        if entry is None or entry.type != "Agency" or not doc[at].text.isupper():
            return
        spelled = {"".join(w[0] for w in title.split() if w.lower() not in {"and", "of", "for", "the", "&"}).upper()
                   for title in entry.titles}
        if doc[at].text in spelled:
            yield from self.emit([(m.entity_id, 0)], ("LEADS",), [(body.entity_id, 0)], doc[m.start].sent, 0.8)

    def title_is_holder(self, m: LinkedMention) -> Iterator[Candidate]:
        """'The chair of the Alan Turing Institute, appointed in July 2022, is Doug Gurr', 'the institute director
        and chief executive was Sir Adrian Smith': a title as the subject and the holder as the copula's predicate."""
        root = self.doc[m.end - 1]
        if self.type_of(m.entity_id) != "Person" or root.dep_ != "attr" or root.head.lemma_ != "be":
            return
        title = next((c for c in root.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if title is None or self.mention_at(title) is not None:
            return
        heads = [title, *conjoined(title)]
        for head in heads:
            words = [t for t in head.subtree if t.i <= head.i and t.dep_ in {"compound", "amod"} or t.i == head.i]
            kind = office_kind(" ".join(t.lower_ for t in words if self.mention_at(t) is None))
            if kind is None:
                continue
            bodies = [e for t in prep_objects(head, {"of"}) for e in self.entities(t, allow_of=False)]
            bodies += [(bm.entity_id, 1) for t in head.children if t.dep_ in {"poss", "compound"} and (bm := self.mention_at(t))]
            bodies += [(bm.entity_id, 1) for t in title.children if head is not title and t.dep_ in {"poss", "compound"}
                       and (bm := self.mention_at(t))]  # "the institute director and chief executive": shared owner
            bodies = [b for b in dict.fromkeys(bodies) if self.type_of(b[0]) in {"Government", "Agency", "Firm", "Organization"}]
            rel = {"lead": "LEADS", "staff": "WORKS_FOR", "founder": "FOUNDED"}[kind]
            lowered = " ".join(t.lower_ for t in words)
            for body in bodies:
                serves = rel == "LEADS" and self.type_of(body[0]) == "Government" and not heads_government(lowered)
                yield from self.emit([(m.entity_id, 0)], ("WORKS_FOR" if serves else rel,), [body], root.sent, 0.75)

    def government_of(self, m: LinkedMention) -> str | None:
        """Which body a "President X" or "Prime Minister X" named without a country leads.

        The knowledge base knows whom a person has led: a body it names that the
        article also names wins ("President von der Leyen" in an article naming the
        European Commission); a body it names that the article does not name
        means no claim; otherwise the nearest government named before the
        mention."""
        entry = self.kb.get(m.entity_id)
        if entry is not None:
            led = [f.object for f in entry.facts if f.type == "LEADS"]
            named = [body for body in led if body in self.linking.entities]
            if named:
                return named[0]
            if led:
                return None  # the KB knows whom they lead, and the article does not name it
        stated = self.stated_state(m.entity_id)
        if stated is not None:
            return stated  # "Prime Minister David Cameron's visit to Singapore" after "Prime Minister of the United Kingdom, … David Cameron"
        if m.entity_id in self._governments_found:
            # "President Tsai Ing-wen attended … A translation of President Tsai's remarks": read once, the same for
            # every later mention (a "Taiwan-US partnership" in between changes nothing)
            return self._governments_found[m.entity_id]
        before = self._governments_before(m)
        found = before[-1] if before else self.dominant
        self._governments_found[m.entity_id] = found
        return found

    def _portfolio_holder(self, person: list[tuple[str, int]], m: LinkedMention, sent: Span) -> Iterator[Candidate]:
        """A portfolio no body in the knowledge base holds serves the article's government: the state the KB gives
        the person, else the article's dominant state, else the last state named before."""
        before = self._governments_before(m)
        gov = self._kb_state(m) or self.dominant or (before[-1] if before else None)
        if gov and self.type_of(gov) == "Government":
            yield from self.emit(person, ("WORKS_FOR",), [(gov, 2)], sent, 0.6)

    def _bare_department_rank(self, person: list[tuple[str, int]], lowered: str, m: LinkedMention,
                              sent: Span) -> Iterator[Candidate]:
        """A department's rank named bare ("Secretary", "Under Secretary") is held in the one department named before."""
        departments = {mm.entity_id for mm in self.ordered if mm.start < m.start and self.type_of(mm.entity_id) == "Agency"
                       and any(self.linking.entities[mm.entity_id].named_with(w) for w in ("department", "ministry"))}
        if len(departments) == 1:
            rel = "LEADS" if lowered in {"secretary", "minister"} else "WORKS_FOR"
            yield from self.emit(person, (rel,), [(departments.pop(), 2)], sent, 0.6)

    def _state_ministry(self, state: str, title: str) -> str | None:
        """The one body of a state the article names whose name holds the portfolio of a "minister of P" title
        ("Minister of Defense" → "Singapore Ministry of Defence"; either spelling of defence)."""
        found = re.match(r"(?:[a-z-]+ )*?(?:minister|secretary) (?:of|for) (?:the )?(.+)$", title)
        if found is None:
            return None
        portfolio = found.group(1).replace("defense", "defence")
        state_entry = self.kb.get(state)
        forms = {f.lower() for f in state_entry.surface_forms} if state_entry is not None else set()
        bodies = set()
        for mm in self.ordered:
            if self.type_of(mm.entity_id) != "Agency":
                continue
            name = self.linking.entities[mm.entity_id].name.lower().replace("defense", "defence")
            entry = self.kb.get(mm.entity_id)
            owned = entry is not None and self.kb.state_of(entry) == state \
                or any(name.startswith(f + " ") for f in forms)
            if owned and re.search(rf"\b(?:ministry|department) (?:of|for) (?:the )?{re.escape(portfolio)}\b", name):
                bodies.add(mm.entity_id)
        return bodies.pop() if len(bodies) == 1 else None

    def _governments_before(self, m: LinkedMention) -> list[str]:
        """The states named as actors (not as places) before a mention, in order."""
        return [mm.entity_id for mm in self.ordered if mm.start < m.start and self.type_of(mm.entity_id) == "Government"
                and not _as_place(self.doc[mm.end - 1]) and not self._anothers_title(self.doc[mm.end - 1], m)
                and not hyphenated_onto_lower_word(self.doc[mm.start:mm.end])]


    def _title_of_name_before(self, tm: LinkedMention, sent: Span) -> bool:
        """'Mr. TSUGE Yoshifumi, State Minister for Internal Affairs and Communications, Mr. OGUSHI Masaki, …': in a list
        of names each followed by a title, a title set off after a name is that name's, not the next one's."""
        j = tm.start - 1
        while j > sent.start and (self.doc[j].lower_ in RANK_WORDS or self.doc[j].lower_ in {"parliamentary", "senior"}):
            j -= 1
        if j <= sent.start or self.doc[j].text != ",":
            return False
        before = self.mention_at(self.doc[j - 1])
        return before is not None and self.type_of(before.entity_id) == "Person"

    def _anothers_title(self, token: Token, m: LinkedMention) -> bool:
        """'Michelle Donelan, the United Kingdom's Secretary of State …, and X, Minister of …': the state qualifying
        one person's title is not the state of the next."""
        head = token.head
        if token.dep_ not in {"poss", "nmod"} or head.dep_ != "appos":
            return False
        owner = self.mention_at(head.head)
        return owner is not None and owner.entity_id != m.entity_id and self.type_of(owner.entity_id) == "Person"

    def _kb_state(self, m: LinkedMention) -> str | None:
        """The state whose body the knowledge base says this person led or served, when the article names it
        (Michelle Donelan led DSIT, a UK department: the United Kingdom)."""
        entry = self.kb.get(m.entity_id)
        for fact in entry.facts if entry is not None else ():
            if fact.type in {"LEADS", "WORKS_FOR"} and (state := self._body_state(fact.object)) is not None:
                return state
        return None

    def leadership_of(self, m: LinkedMention) -> Iterator[Candidate]:
        """'FTX, under the leadership of Sam Bankman-Fried' → LEADS."""
        token = self.doc[m.end - 1]
        if self.type_of(m.entity_id) != "Person" or token.dep_ != "pobj" or token.head.lower_ != "of":
            return
        noun = token.head.head
        if noun.lemma_.lower() not in LEADERSHIP_NOUNS:
            return
        if noun.dep_ == "pobj" and noun.head.lower_ in {"at", "on", "upon"}:
            return  # "established at the direction of President Biden": an instruction, not a tenure
        anchor = noun.head.head if noun.head.dep_ == "prep" else noun.head
        targets = self.entities(anchor, allow_of=False) if anchor is not None else []
        if not targets:
            before = [mm for mm in self.ordered if mm.start < noun.i and mm.start >= token.sent.start
                      and self.type_of(mm.entity_id) in {"Firm", "Organization", "Agency", "Government"}]
            targets = [(before[-1].entity_id, 1)] if before else []
        yield from self.emit([(m.entity_id, 0)], ("LEADS",), targets, token.sent, 0.75)

    def _title_bodies(self, noun: Token) -> list[tuple[str, int]]:
        """The body a title of office written at ``noun`` names ("Foreign Minister" → its ministry)."""
        return [e for t in (noun, *noun.lefts) if (mm := self.mention_at(t)) is not None and mm.how == "title"
                for e in [(mm.entity_id, 0)] if self.type_of(e[0]) != "Person"]

    def _later_subject(self, token: Token) -> list[tuple[str, int]]:
        """The person named as the subject of the clause a fronted phrase opens ("… his tenure as X, Secretary Blinken
        has laid out …"): whom a possessive pronoun in that phrase points forward to."""
        root = token.sent.root
        return [e for c in root.children if c.dep_ == "nsubj" and c.i > token.i
                for e in self.entities(c, allow_of=False) if self.type_of(e[0]) == "Person"]

    def as_title(self, token: Token) -> Iterator[Candidate]:
        """'Macron spoke as President of France', 'she served as director of NIST': the clause subject holds the title."""
        verb = token.head
        tenure = verb if verb.lemma_.lower() in _TENURE_NOUNS else None
        if verb.dep_ == "dobj" and tenure is None:  # "hosted the summit as President of France": 'as' on the object
            verb = verb.head
        if token.lower_ != "as" or token.dep_ != "prep":
            return
        if tenure is not None:
            # "during my tenure as Foreign Minister", "her term as CEO of X": the possessor held the office
            owner = next((c for c in tenure.children if c.dep_ == "poss"), None)
            holders = [e for e in (self.entities(owner, allow_of=False) if owner is not None else [])
                       if self.type_of(e[0]) == "Person"]
            if owner is not None and owner.tag_ == "PRP$" and (later := self._later_subject(tenure)):
                holders = later  # "over the course of his tenure as Secretary of State, Secretary Blinken has …"
            for noun in (c for c in token.children if c.dep_ == "pobj"):
                kind = office_kind(" ".join([c.lower_ for c in noun.lefts if c.dep_ in {"compound", "amod"}] + [noun.lower_]))
                bodies = [e for t in prep_objects(noun, {"of", "at"}) for e in self.entities(t, allow_of=False)]
                bodies += self._title_bodies(noun)
                if kind:
                    rel = {"lead": "LEADS", "staff": "WORKS_FOR", "founder": "FOUNDED"}[kind]
                    yield from self.emit(holders, (rel,), bodies, token.sent, 0.7)
            return
        if verb.pos_ not in {"VERB", "AUX"} or self.hedged(verb):
            return
        nouns = [c for c in token.children if c.dep_ == "pobj"]
        owners: dict[int, list[tuple[str, int]]] = {}
        for c in list(nouns):
            held = self.mention_at(c)
            if held is not None and self.type_of(held.entity_id) == "Government" and any(g.dep_ == "case" for g in c.children):
                # "Appointing Dr X as Ireland's first AI Ambassador", parsed with the state as the object of 'as' and
                # the office left hanging on the verb: the office is the word the state's possessive opens
                office = next((t for t in self.doc[c.i + 2:c.i + 7] if t.head == verb and t.dep_ in {"dep", "appos", "npadvmod"}), None)
                if office is not None:
                    nouns.append(office)
                    owners[office.i] = [(held.entity_id, 0)]
        for noun in nouns:
            words = [c.lower_ for c in noun.lefts if c.dep_ in {"compound", "amod"}] + [noun.lower_]
            kind = office_kind(" ".join(words))
            if kind is None and noun.lemma_.lower() in _AS_ROLE_NOUNS and not any(
                    c.dep_ == "dobj" and self.entities(c, allow_of=False) for c in verb.children):
                # (not "use AWS as its cloud provider": a named object holds the role, read by the verb rules)
                # "SoftBank joined the round as an investor in OpenAI": the clause subject takes that role
                others = [e for t in prep_objects(noun, {"in", "of", "to", "with", "for"}) for e in self.entities(t, allow_of=False)]
                others += [e for c in noun.children if c.dep_ == "poss" for e in self.entities(c, allow_of=False)]
                subs, passive = self.subjects(verb)
                if not passive:
                    holders = [e for t in subs for e in self.entities(t, allow_of=False)]
                    yield from self.emit(holders, _AS_ROLE_NOUNS[noun.lemma_.lower()], others, token.sent, 0.7)
            if kind is None:
                continue
            bodies = [e for t in prep_objects(noun, {"of", "at"}) for e in self.entities(t, allow_of=False)] or owners.get(noun.i, [])
            # "will serve as the Pentagon's chief digital and artificial intelligence officer": the title names its body
            if not bodies and (bodies := self._title_bodies(noun)):
                kind = "staff" if any(c.lower_ in RANK_WORDS for c in noun.lefts) else "lead"  # a KB title's holder leads
            subs, passive = self.subjects(verb)
            if not bodies and verb.lemma_.lower() in {"appoint", "name", "elect", "select"} and not passive:
                # "the platform … will be named the LSTC, and the relevant parties have agreed to appoint Mr. X as the
                # chairman": the appointing body, else the body the sentence has just named
                bodies = [e for t in subs for e in self.entities(t, allow_of=False) if self.type_of(e[0]) in {"Firm", "Organization", "Agency"}]
                if not bodies:
                    named = [mm for mm in self.ordered if token.sent.start <= mm.start < verb.i
                             and self.type_of(mm.entity_id) in {"Firm", "Organization", "Agency"}]
                    bodies = [(named[-1].entity_id, 1)] if named else []
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < token.i
                       and any(self.type_of(e[0]) == "Person" for e in self.entities(c, allow_of=False))]
            if objects and not passive:
                # "nominate Kratsios as the next director": the object is named to the office (a nomination is no claim)
                if verb.lemma_ in {"nominate", "propose", "consider", "tap", "shortlist"}:
                    continue
                subs = objects
            people = [e for t in subs for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Person"]
            if passive:  # "X was appointed as director of Y"
                people = [e for c in verb.children if c.dep_ == "nsubjpass" for e in self.entities(c, allow_of=False)
                          if self.type_of(e[0]) == "Person"]
            rel = {"lead": "LEADS", "staff": "WORKS_FOR", "founder": "FOUNDED"}[kind]
            yield from self.emit(people, (rel,), bodies, token.sent, 0.75)
            if bodies and all(self.type_of(b[0]) == "Agency" for b in bodies):
                # "served as the 40th U.S. Secretary of Commerce": the state that qualifies the office employs its holder
                states = [(m.entity_id, 0) for c in noun.lefts if c.dep_ in {"compound", "nmod", "amod"}
                          and (m := self.mention_at(c)) is not None and self.type_of(m.entity_id) == "Government"]
                yield from self.emit(people, ("WORKS_FOR",), states, token.sent, 0.75)


# A department's ranks written bare before a name ("Under Secretary Alan Estevez").
_BARE_DEPARTMENT_TITLES = frozenset({"secretary", "under secretary", "undersecretary", "deputy secretary", "assistant secretary",
                                     "minister", "deputy minister", "vice minister"})


# A British or Commonwealth style before a name, with its article ("The Rt. Honourable", "the Right Hon.").
_NAME_STYLES = STYLE_WORDS | {"The", "the"}
# Ranks of a junior minister written before "Minister for …" ("Assistant Minister for Science").
_JUNIOR_MINISTER_RANKS = frozenset({"assistant", "associate", "junior"})


def _minister_run_start(doc: Doc, start: int, comma: int) -> int | None:
    """Where a minister's title written out before a comma begins, inside a sentence ("… release with Assistant
    Minister for Science, Technology and the Digital Economy, Dr X"): capitalised words, commas and joining words back
    to "Minister for" (after a junior rank); None when the words before the comma are no such title."""
    k = comma
    while k - 1 >= start and (doc[k - 1].is_title or doc[k - 1].lower_ in {"for", "of", "and", "the", "&", ","}):
        k -= 1
    words = [t for t in doc[k:comma] if not t.is_space]
    i = 1 if words and words[0].lower_ in _JUNIOR_MINISTER_RANKS else 0
    if len(words) - i < 3 or words[i].text != "Minister" or words[i + 1].lower_ != "for" or len(words) > 14:
        return None
    return words[0].i


def _opening_title(span: Span) -> bool:
    """Whether the words opening a sentence before a comma are a minister's title ("Minister for Defence Procurement,
    James Cartlidge, …"), so that the name after the comma holds it."""
    words = [t for t in span if not t.is_space]
    return 2 <= len(words) <= 8 and words[0].text in {"Minister", "Secretary"} and all(
        t.is_title or t.lower_ in {"for", "of", "and", "the", "&"} for t in words)


def _portfolio_title(lowered: str, words: list[Token]) -> bool:
    """'Technology Secretary', 'the Digital Minister': one capitalised portfolio word before 'Secretary' or 'Minister'
    (not a rank such as 'Prime', 'Deputy' or 'Vice', and not a title 'of' a named portfolio); or 'Minister for' and a
    capitalised portfolio."""
    cut = max((i + 1 for i, w in enumerate(words) if not w.text[:1].isupper() and w.lower_ not in {"the", "for", "of", "and", ","}), default=0)
    if 0 < cut < len(words):
        # "appointed by Technology Secretary Peter Kyle": the title is the capitalised words before the name
        words = words[cut:]
        lowered = " ".join(w.lower_ for w in words)
    parts = lowered.removeprefix("the ").split()
    if parts and parts[0] in _JUNIOR_MINISTER_RANKS:
        parts = parts[1:]  # "Assistant Minister for Science": a junior minister serves as a minister does
    if parts[:4] == ["minister", "of", "state", "for"]:
        parts = parts[:1] + parts[3:]  # "Minister of State for Trade Promotion": a junior minister, as above
    if len(parts) >= 3 and parts[0] == "minister" and parts[1] == "for" \
            and all(w.text[:1].isupper() for w in words if w.lower_ not in {"the", "for", "of", "and", ","}):
        return True  # "Minister for Defence Procurement": a junior minister's portfolio written out
    if 4 <= len(parts) <= 5 and parts[-1] in {"secretary", "minister"} and parts[-3] == "and" and parts[0] not in _NOT_PORTFOLIOS \
            and all(w.text[:1].isupper() for w in words if w.lower_ not in {"the", "and"}):
        return True  # "Science and Technology Secretary Liz Kendall": two portfolios joined by 'and'
    return len(parts) == 2 and parts[1] in {"secretary", "minister"} and parts[0] not in _NOT_PORTFOLIOS \
        and all(w.text[:1].isupper() for w in words if w.lower_ != "the")


# Ranks below the office they name ("vice chair"); not "under" or "state", which head offices of their own.
_DEPUTY_RANKS = RANK_WORDS - {"under", "state"}
_NOT_PORTFOLIOS = frozenset({"prime", "deputy", "vice", "under", "assistant", "state", "junior", "chief", "first",
                             "cabinet", "permanent", "principal", "press", "private", "executive", "general"})
# Verbs of taking or leaving a post: "removed X as CEO", "resigned as president", "returned as chairman".
_POST_CHANGE_VERBS = frozenset({"remove", "oust", "fire", "reinstate", "resign", "return", "appoint", "elect", "name",
                                "replace", "succeed", "install"})
# Roles a party can take 'as' ("joined as an investor in X") and the relation each makes.
_AS_ROLE_NOUNS = {"investor": ("INVESTS_IN",), "backer": ("INVESTS_IN",), "shareholder": ("INVESTS_IN",),
                  "partner": ("PARTNERS_WITH",), "provider": ("SUPPLIES",), "supplier": ("SUPPLIES",),
                  "vendor": ("SUPPLIES",)}
# Nouns for a time in office ("my tenure as Foreign Minister").
_TENURE_NOUNS = frozenset({"tenure", "term", "stint", "time", "years", "days"})


def office_kind(title: str) -> str | None:
    title = title.strip().lower()
    if not title:
        return None
    words = title.replace("-", " ").split()
    for n in range(min(4, len(words)), 0, -1):
        tail = " ".join(words[-n:])
        if tail in FOUNDER_TITLES or tail.replace(" ", "-") in FOUNDER_TITLES:
            return "founder"
        if tail in STAFF_TITLES:
            return "staff"
        if tail in LEADER_TITLES:
            # "vice chair", "deputy director": a leader's deputy serves the body
            return "staff" if len(words) > n and words[-n - 1] in _DEPUTY_RANKS or n > 1 and words[-n] in _DEPUTY_RANKS else "lead"
    return None


def field_offices(text: str) -> list[str]:
    """The kinds of office an affiliation field names: "CEO and Co-Founder" → lead, founder; "Mayor of Seattle" → lead."""
    kinds = []
    for part in re.split(r"\s*(?:\band\b|&)\s*", text.lower()):
        head = re.split(r"\b(?:of|for|at|to)\b", part)[0].strip()
        kind = office_kind(head)
        if kind and kind not in kinds:
            kinds.append(kind)
    return kinds


def _between_offices(token: Token) -> bool:
    """'AMD chair and CEO Lisa Su': 'and' joins two offices of one holder, not two phrases."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and bool(office_kind(doc[token.i - 1].lower_)) and bool(office_kind(doc[token.i + 1].lower_))


def _inside_caps(token: Token) -> bool:
    """'Minister of Science and ICT': a conjunction between two capitalised words is part of a title."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text[:1].isupper() and doc[token.i + 1].text[:1].isupper()


def _as_place(token: Token) -> bool:
    """'the AI Safety Summit in the UK': a state after a preposition of place is where, not whose."""
    return token.dep_ == "pobj" and token.head.lower_ in {"in", "at", "to", "from"}


# Last words of leaders' titles ("NTIA Administrator", "Task Force Lima mission commander").
# (not "officer", "executive", "general": "an Indian Administrative Service officer" serves the service)
LEADER_LAST_WORDS = frozenset(w.split()[-1] for w in LEADER_TITLES) - STAFF_TITLES
# Nouns for what a head of government issues in person ("the Biden executive order").
_DECREE_NOUNS = frozenset({"order", "rule", "directive", "memorandum", "proclamation"})


def heads_government(title: str) -> bool:
    """'Prime Minister', 'President', 'Chancellor' head a government; a 'Secretary' or 'Minister' serves one."""
    words = title.replace("-", " ").split()
    return any(" ".join(words[-n:]) in GOVERNMENT_HEAD_TITLES for n in range(1, min(3, len(words)) + 1))


def _is_title_word(words: list[Token]) -> bool:
    return bool(office_kind(" ".join(w.text for w in words)))
