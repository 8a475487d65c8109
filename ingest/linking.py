"""Resolve every mention in a parsed article to one canonical entity.

Input: a spaCy ``Doc`` whose ``ents`` hold statistical NER spans and KB-ruler
spans. Output: a :class:`Linking` — canonical entities (KB ids when known,
``type:slug`` otherwise) and the token spans that mention them. Stages, in
order: KB spans (ambiguous forms resolved towards the article's main
government), unknown names typed from NER plus head-word cues, capitalised
names NER missed, acronyms the article itself defines ("Bureau of Industry and
Security (BIS)"), surnames of people already named, demonyms used as actors
("British firms"), and definite descriptions ("the company") to the nearest
fitting antecedent.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from graphkit.ingest.grammar import conjoined, doc_text, hyphenated_onto_lower_word, line_ranges, sentence_distance
from graphkit.ingest.lexicon import (
    ACTOR_NOUNS,
    AGENCY_HEADS,
    AGENCY_HINTS,
    COMMON_WORDS,
    COREF_NOUNS,
    COUNTRY_NAMES,
    EVENT_HEAD_NOUNS,
    EVENT_HEADS,
    FIRM_CONTEXT_VERBS,
    FIRM_HEADS,
    FIRM_NOUNS,
    FOUNDER_TITLES,
    GENERIC_CAPS,
    GIVEN_NAME_SHORT_FORMS,
    GIVEN_NAMES,
    HIRING_VERBS,
    HONORIFICS,
    HOUSE_NAMES,
    INDUSTRY_WORDS,
    LAW_HEADS,
    LEADER_TITLES,
    MILITARY_RANKS,
    MISSION_NOUNS,
    ORGANIZATION_HEADS,
    POLICY_HEADS,
    POST_NOMINALS,
    PROGRAMME_NOUNS,
    RANK_WORDS,
    SPEECH_NOUNS,
    STAFF_TITLES,
    STYLE_WORDS,
    TECHNOLOGY_FIELDS,
)
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from graphkit.kb import KnowledgeBase
from graphkit.model import Entity, Mention, entity_id

MONEY_VERBS = {"award", "grant", "acquire", "buy", "invest", "fund", "finance", "supply", "sell", "license"}
MODEL_SHAPE = re.compile(r"^[A-Z][A-Za-z]*(?:[- ][A-Za-z]+)*[- ]?v?\d+(?:\.\d+)?[a-z]?(?:[- ][A-Z][a-z]+)?$")
CHIP_SHAPE = re.compile(r"^[A-Z]{1,3}\d{2,4}[A-Z]{0,2}$")
_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Le|La|Di|Du|Da|Van|Von|Fitz)[A-Z][a-z]")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")  # a calendar year, as the last word of a name
_FISCAL_YEAR = re.compile(r"^(?:FY|CY|JFY)(?:\d{2}|(?:19|20)\d{2})$")
POLICY_NUMBERED = re.compile(r"^(Executive Order|Order|Act|Rule|Regulation|Directive|Bill|Resolution|Decree)\s+(No\.\s*)?\d+", re.I)
ACRONYM = re.compile(r"^[A-Z][A-Za-z&\-.]{1,9}$")
CONNECTORS = {"of", "for", "and", "on", "the", "&", "in", "to"}
STRIP_LEADING = {"the", "a", "an", "The", "A", "An", "former", "Former", "then", "ex", "this", "This", "that", "these",
                 "its", "their", "our", "his", "her", "'s", "’s", "'", "’"}


@dataclass
class LinkedMention:
    """A token span that names an entity, and how it was linked."""

    start: int
    end: int
    entity_id: str
    how: str


@dataclass
class _EntityDraft:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    country: str | None = None
    from_kb: bool = False

    def add_alias(self, alias: str) -> None:
        """Record another surface form, once, and never the name itself."""
        if alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def named_with(self, word: str) -> bool:
        """Whether the name or an alias has this lower-case word ("department" in "Department of War")."""
        return any(word in form.lower().split() for form in (self.name, *self.aliases))


@dataclass
class Linking:
    """Entities of one article and where each is mentioned."""

    entities: dict[str, _EntityDraft] = field(default_factory=dict)
    mentions: list[LinkedMention] = field(default_factory=list)
    nested: list[LinkedMention] = field(default_factory=list)  # inside another mention ("U.S." in "U.S. Department of Commerce")
    #: head token of "the U.S. and UK AI Safety Institutes" → each body it names, with the state that qualifies it
    distributive: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    #: "the U.S.-UAE Strategic Energy Dialogue" → the states its name pairs
    state_pairs: dict[str, list[str]] = field(default_factory=dict)
    # a company whose name ends with the state it serves ("Micron Memory Japan") → that state
    national_units: dict[str, str] = field(default_factory=dict)
    #: start token of a model listed in brackets after "<maker> models" or "<maker>'s" → the maker's entity id
    listed_makers: dict[int, str] = field(default_factory=dict)

    def token_map(self) -> dict[int, LinkedMention]:
        """Token index → the mention covering it."""
        out: dict[int, LinkedMention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                out[i] = m
        return out

    def type_of(self, entity_id_: str) -> str:
        return self.entities[entity_id_].type

    def to_entities(self, doc: Doc) -> list[Entity]:
        by_entity: dict[str, list[LinkedMention]] = {}
        for m in sorted(self.mentions + self.nested, key=lambda m: m.start):
            by_entity.setdefault(m.entity_id, []).append(m)
        out = []
        for eid, mentions in by_entity.items():
            draft = self.entities[eid]
            spans = [doc[m.start:m.end] for m in mentions]
            seen = [s.text for s in spans if s.text != draft.name and s.text not in draft.aliases
                    and mentions[spans.index(s)].how not in {"coref", "distributive"}]
            aliases = list(dict.fromkeys([*draft.aliases, *seen]))
            out.append(
                Entity(
                    id=eid,
                    name=draft.name,
                    type=draft.type,  # type: ignore[arg-type]
                    aliases=aliases,
                    wikidata=draft.wikidata,
                    country=draft.country,
                    mentions=[Mention(start=s.start_char, end=s.end_char, text=s.text) for s in spans],
                )
            )
        return out


def norm_name(text: str) -> str:
    """Key for merging names within and across articles: case, quotes, possessive and middle initials ignored."""
    text = text.replace("\u2019", "'").strip()
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"\b[A-Z]\.\s+", "", text)
    return " ".join(re.sub(r"[^\w\s&-]", " ", text.lower()).split())


# Head words of a named body whose "in <capital>" phrase gives its seat (not "the Administration in Washington").
_SEATED_BODY_HEADS = frozenset({"council", "institute", "university", "centre", "center", "ministry", "department",
                                "agency", "office", "commission", "authority", "foundation", "academy", "laboratory"})


def _metonym_as_place(span: Span, entry, kb: KnowledgeBase | None = None) -> bool:
    """'met at Downing Street', 'welcomed X to Downing Street': a government's metonym used as the place itself.

    As a subject or source ("Downing Street said", "a statement from Whitehall") it stays the government."""
    if entry is None or span.text not in entry.metonyms or span.start == 0:
        return False
    if span.end < len(span.doc) and span.doc[span.end].text == "City":
        return True  # "in Taipei City": the city by its full name
    after = span.doc[span.end + 1] if span.end + 1 < len(span.doc) else None
    if after is not None and span.doc[span.end].tag_ == "POS" and (after.ent_type_ in {"Firm", "ORG"} or after.ent_kb_id_.startswith("firm:")):
        return True  # "Beijing's JD.com": the city a company is in, not the state acting
    if _state_follows(span, entry, kb):
        return True  # "based in Abu Dhabi, United Arab Emirates": a capital followed by its own state is the city
    prep = span.doc[span.start - 1]
    if prep.text == "," and span.start >= 2 and _town_before(span):
        return True  # "an uncle in Tacoma, Washington": after "Town," a capital's name is the region it names
    if prep.lower_ in {"at", "outside", "inside", "near"}:
        return True  # not "in": "in Beijing" is as often the state acting there as the city …
    if prep.lower_ == "in" and prep.head.lemma_.lower() in _FACILITY_NOUNS:
        return True  # … but "a plant in Beijing", "offices in Brussels" are buildings in the city
    if prep.lower_ == "in" and prep.head.lower_ in {"headquartered", "based", "located", "incorporated", "registered"}:
        return True  # "a company headquartered in Beijing": the city a company sits in
    if prep.lower_ == "in" and prep.head.pos_ == "PROPN" and prep.head.lower_ in _SEATED_BODY_HEADS:
        return True  # "at the Presidential Advisory Council on Science & Technology in Seoul": a body's seat
    if prep.lower_ == "in" and (prep.head.lemma_.lower() in {"meet", "convene", "gather", "hold", "host", "meeting", "sign", "ink"}
                                or prep.head.dep_ in {"dobj", "nsubjpass"} and prep.head.head.lemma_.lower() in {"hold", "convene", "host"}
                                or prep.head.lower_ in EVENT_HEAD_NOUNS
                                or any(c.dep_ == "prep" and c.lower_ == "at" and c.i < prep.i for c in prep.head.children)):
        # ("delivered a keynote at Computex in Taipei": where one was at something is the city)
        # ("held their second Digital Partnership Council in Brussels": where the thing held was held)
        return True  # "the Council met in Tokyo", "a conference in Washington", "was signed … in Tokyo": the city
    return prep.lower_ == "to" and prep.head.lemma_.lower() in {"welcome", "come", "return", "arrive", "invite", "travel", "go", "move"}


def _state_follows(span: Span, entry, kb: KnowledgeBase | None = None) -> bool:
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    nxt = doc[span.end + 1]
    if nxt.ent_kb_id_.startswith("government:") and nxt.ent_iob_ == "B" and nxt.ent_type_ == "Government" \
            and kb is not None and (other := kb.get(nxt.ent_kb_id_.split("|")[0])) is not None and nxt.text not in other.metonyms:
        return True  # "Brussels, Belgium": a seat followed by the country it lies in (by name) is the city
    rest = doc[span.end + 1:min(len(doc), span.end + 6)].text
    return any(rest == form or rest.startswith(form + " ") or rest.startswith(form + ",") or rest.startswith(form + ".")
               for form in (entry.name, *entry.aliases) if form)


def _inside_hyphenated_name(ent: Span) -> bool:
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].text == "-" and not doc[ent.start - 1].whitespace_ \
        and not doc[ent.start - 2].whitespace_ and doc[ent.start - 2].is_title and ent.end < len(doc) \
        and doc[ent.end].is_title and doc[ent.end].pos_ == "PROPN"


def _inside_longer_name(ent: Span) -> bool:
    doc = ent.doc
    def name_word(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title and doc[i].text not in HONORIFICS \
            and doc[i].lower_ not in RANK_WORDS and not doc[i].is_sent_start and doc[i].lower_ not in STOP_WORDS \
            and doc[i].lower_ not in _NOT_NAME_WORDS
    return name_word(ent.start - 1) and name_word(ent.end)


def _names_a_brand(span: Span) -> bool:
    tok = span.root
    for _ in range(4):
        if tok.lemma_.lower() in {"brand", "trademark"} and tok.i >= span.end:
            return True
        if tok.dep_ not in {"conj", "compound", "appos", "nmod", "amod"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.lemma_.lower() in {"brand", "trademark"}


def _split_listed_names(ent: Span) -> list[Span]:
    """'Clir, Cofomo Inc.': an organisation NER ran across a list comma is two names.

    A comma before a legal form ("Alphabet, Inc.") stays inside the name."""
    doc = ent.doc
    if ent.label_ not in {"ORG", "GPE", "FAC"} or ent.kb_id_:
        return [ent]
    cuts = [t.i for t in ent if (t.text == "," and not _remit_list(ent, t.i) or _possessor_mark(t)) and ent.start < t.i < ent.end - 1
            and doc[t.i + 1].is_title and doc[t.i + 1].lower_.rstrip(".") not in _LEGAL_FORMS
            and doc[t.i - 1].lower_.rstrip(".") not in _LEGAL_FORMS | {"d.c"}]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    return [Span(doc, a + (a != ent.start), b, label=ent.label_) for a, b in zip(bounds, bounds[1:], strict=False)
            if b - (a + (a != ent.start)) > 0]


def _remit_list(ent: Span, comma: int) -> bool:
    """The comma inside a body's list of fields ("the International Network for Advanced AI Measurement, Evaluation
    and Science"): the fields after "for"/"of" run to the end of the name, closed by "and", and none is a body's head
    word — so the list is the body's remit, not a list of bodies ("the Ministry of Defence, Treasury and Home Office")."""
    doc = ent.doc
    before = doc[ent.start:comma]
    after = doc[comma + 1:ent.end]
    heads = AGENCY_HEADS | ORGANIZATION_HEADS
    return any(t.lower_ in {"for", "of", "on"} for t in before[1:]) \
        and any(t.lower_ in {"and", "&"} for t in after) and after[-1].is_title \
        and all(t.is_title or t.text in {",", "&"} or t.lower_ == "and" for t in after) \
        and not any(t.lower_ in heads for t in after) and before[-1].lower_ not in heads


def _possessor_mark(token: Token) -> bool:
    """The "’s" after a government, a body or a state inside one NER name ("the Australian Government’s National
    AI Plan"): the owner and the owned are two names, as NER has them with a straight apostrophe.

    A possessive after any other word is part of the name ("King’s College London")."""
    if token.tag_ != "POS" or token.i == 0:
        return False
    owner = token.doc[token.i - 1]
    return owner.lower_ in AGENCY_HEADS or owner.lower_ == "government" or owner.text in COUNTRY_NAMES


def _town_before(span: Span) -> bool:
    """A capitalised name NER did not know, right before the comma ("Tacoma, Washington"), and no list going on.

    In "Beijing, Washington and Brussels" the name before is itself a known
    capital, so the list of governments stays one."""
    doc = span.doc
    town = doc[span.start - 2]
    if not (town.pos_ == "PROPN" and town.is_title and town.is_alpha) or town.ent_kb_id_ and not town.ent_kb_id_.startswith("location:"):
        return False  # a known town ("Seattle, Washington") is as good as one NER found; a known state is a list
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or after.lower_ not in {"and", "or"}


# Heads of honours, and nouns for creative works whose titles follow them: none of the schema's kinds.
_AWARD_HEADS = frozenset({"award", "awards", "prize", "prizes", "medal", "trophy"})
_WORK_NOUNS = frozenset({"game", "film", "movie", "novel", "book", "album", "song", "documentary", "play", "opera",
                         "series", "show", "sitcom", "franchise", "musical", "podcast"})
# Offices NER sometimes folds into the body after them ("President of Keio University").
_LEADING_OFFICES = frozenset({"president", "chairman", "chairwoman", "chair", "director", "head", "dean", "rector", "ceo",
                              "founder", "co-founder", "chancellor", "provost", "principal"})
# Honorifics before a personal name ("the Honourable Chrystia Freeland", "Rt Hon Keir Starmer").
_PERSON_HONORIFICS = HONORIFICS | STYLE_WORDS | {"Professors", "Drs", "Drs."}
# The honorifics before which two or three unnamed capitalised words are a person ("the Honourable Navdeep Bains").
_NAME_HONORIFICS = HONORIFICS | {"Honourable", "Honorable"}
_NAME_HONORIFICS_AND_HON = _NAME_HONORIFICS | {"Hon"}
# The particles of an Arabic name's lineage ("Mohammed bin Salman Al Saud"): such a name is shortened to its first word.
_NASAB_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "bin.", "binti"})
# Head words that, capitalised after "the", stand for the latest name they head ("the Partnership").
_HEAD_WORD_REFERENCES = frozenset({"partnership", "initiative", "alliance", "programme", "program", "memorandum",
                                   "agreement", "fund", "council", "framework", "strategy", "plan", "declaration"})
# Nouns of going somewhere: "a visit to X" names a place.
_DESTINATION_NOUNS = frozenset({"visit", "visits", "trip", "trips", "travel", "journey", "voyage"})
# Royal styles written before a name: "H.R.H. Prince X", "Sheikh Y" (a known name keeps its own form).
_ROYAL_STYLES = frozenset({"H.R.H.", "HRH", "H.H.", "Prince", "Princess", "Sheikh", "Sheikha"})
SCHOOL_HEADS = frozenset({"college", "school", "academy"})


def town_after_school(doc: Doc, end: int) -> Token | None:
    """The one capitalised word after the comma that follows a school's name, if a pause or 'where' follows it."""
    if end + 2 > len(doc) or doc[end].text != ",":
        return None
    town = doc[end + 1]
    if not (town.is_title and town.is_alpha and town.pos_ == "PROPN"):
        return None
    after = doc[end + 2] if end + 2 < len(doc) else None
    if after is not None and not (after.is_punct or after.lower_ in {"where", "in", "before", "after", "from"}):
        return None  # "… College, Cambridge University Press"
    return town


# Words that make a sentence about computing hardware ("The Solstice system … 100,000 NVIDIA Blackwell GPUs").
_COMPUTE_WORDS = frozenset({"gpu", "gpus", "supercomputer", "supercomputers", "supercomputing", "exaflops", "petaflops",
                            "exascale", "accelerators", "cpus"})
# Words for a computing system a name can precede ("the Lux AI cluster"), and descriptors between the two.
_SYSTEM_NOUNS = frozenset({"supercomputer", "cluster", "exascale"})
_SYSTEM_DESCRIPTORS = frozenset({"AI", "HPC", "GPU", "AI-optimized", "AI-optimised", "exascale"})
# First words many bodies share: never a short form of one of them.
# Verbs a title-case headline puts right after a name ("Minister Nishimura Visits Kyoto", "Secretary Raimondo Meets …").
# ("President Biden and General Secretary Trong Announce …": after two names the verb has its plain form)
_HEADLINE_VERBS = frozenset({"visits", "meets", "attends", "announces", "launches", "signs", "welcomes", "says", "holds",
                             "opens", "unveils", "joins", "hosts", "calls", "urges", "tours", "delivers", "speaks",
                             "travels", "leads", "receives", "addresses", "discusses", "highlights", "concludes",
                             "agrees", "commits", "reaffirms", "celebrates", "elevates", "strengthens", "deepens",
                             "visit", "meet", "announce", "launch", "sign", "welcome", "hold", "open", "unveil", "join",
                             "host", "discuss", "agree", "commit", "reaffirm", "celebrate", "elevate", "strengthen",
                             "deepen"})
# Nouns that describe a company as part of another ("a business unit of", "a subsidiary of").
_COMPANY_UNIT_NOUNS = frozenset({"unit", "subsidiary", "division", "arm", "affiliate", "branch", "business"})
# Words of a meeting named only generically ("the 20th Annual Meeting of …").
_GENERIC_MEETING_WORDS = frozenset({"annual", "meeting", "general", "assembly", "plenary", "session", "conference"})
# Plural titles that list the holders' surnames after them ("Commissioners Breton and Gabriel").
_PLURAL_TITLES = frozenset({"commissioners", "ministers", "secretaries", "senators", "presidents", "ambassadors",
                            "representatives", "governors"})
# Words that make a capitalised phrase after them a description ("the AI Lab", "its Digital Office").
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "its", "their", "our", "his", "her", "my", "your", "each", "every"})
_GENERIC_OPENERS = frozenset({"national", "united", "international", "european", "american", "federal", "royal", "global",
                              "new", "the", "world", "institute", "university", "department", "ministry", "office",
                              "center", "centre", "council", "association", "bank", "china", "general", "central", "state"})
# Titles before a name in a transcript label ("MR PATEL:", "SENATOR TIM AYRES, MINISTER …:").
# Codes for generations of a technology ("5G", "6G") that close a policy's name like a capitalised word.
_TECH_CODE = re.compile(r"[0-9]G\.?")  # (the tokenizer leaves a sentence's full stop on "5G.")
# Honours and letters written after a person's name ("Lesley Cowley OBE", "Lucy Rigby KC MP").
_LABEL_TITLES = frozenset({"MR", "MS", "MRS", "DR", "SENATOR", "SEN", "REP", "SIR", "DAME", "PROF", "PROFESSOR",
                           "SECRETARY", "MINISTER", "AMBASSADOR", "PRESIDENT", "GENERAL", "ADMIRAL", "HON", "THE",
                           # ranks before a title ("UNDER SECRETARY HELBERG:", "DEPUTY SECRETARY X:")
                           "UNDER", "DEPUTY", "ASSISTANT", "VICE", "ACTING", "STATE"})
# Labels that name a role, not a person.
_LABEL_ROLES = frozenset({"QUESTION", "ANSWER", "Q", "A", "HOST", "MODERATOR", "OPERATOR", "PARTICIPANT", "REPORTER",
                          "AUDIENCE", "NOTE", "SOURCE", "UPDATE", "EDITOR", "INTERVIEWER", "ALL", "SPEAKER", "TRANSCRIPT"})
# Words for a shop or restaurant after a possessive business name ("Denny's restaurant").
_BUSINESS_NOUNS = frozenset({"restaurant", "restaurants", "store", "stores", "shop", "shops", "hotel", "cafe", "café",
                             "diner", "bar", "pub", "bakery", "supermarket", "chain"})
# Days and months: "the Act on Monday" is no longer name.
_CALENDAR_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                             "february", "march", "april", "may", "june", "july", "august", "september", "october",
                             "november", "december"})
# Head words of bodies and gatherings whose names go on with "for …" ("Forum for Semiconductor Researchers").
_TAILED_BODY_HEADS = frozenset({"forum", "council", "centre", "center", "committee", "alliance", "association",
                                "foundation", "institute", "network", "consortium", "coalition", "commission", "group",
                                "panel", "board", "assembly"})
# Words for a programme that is run, and head words of policies that are texts: "this initiative" is never a statement.
_RUN_PROGRAMME_NOUNS = frozenset({"initiative", "programme", "program", "competition", "challenge", "project", "scheme"})
_UNNAMED_PROGRAMME_NOUNS = _RUN_PROGRAMME_NOUNS | {"call", "fund", "effort", "pilot"}
_TEXT_POLICY_HEADS = frozenset({"statement", "declaration", "vision", "communique", "communiqué", "report", "act", "law",
                                "order", "principles", "charter", "treaty", "convention"})
# Plural nouns for a kind of body or gathering, and the type of the names a list after them gives.
_LISTING_CLASSES = {"forum": "Organization", "organization": "Organization", "organisation": "Organization",
                    "institution": "Organization", "agency": "Agency", "conference": "Event", "summit": "Event"}
# Words for a kind of document: "Joint Statement" alone is the article itself, not a named policy.
_DOCUMENT_KIND_WORDS = frozenset({"joint", "statement", "declaration", "communique", "communiqué", "press", "release",
                                  "readout", "fact", "sheet"})
# Heads of bodies that also name a recurring meeting ("Digital Partnership Council", "Forum").
_GATHERING_BODY_HEADS = frozenset({"council", "forum", "dialogue", "committee", "commission"})
_COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                            "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern",
                            "Southeastern", "Southwestern"})
_OPEN_QUOTES = frozenset({'"', "“", "``", "'", "‘"})
_CLOSE_QUOTES = frozenset({'"', "”", "''", "'", "’"})
# Generational suffixes that close a full name ("William Henry \"Bill\" Gates III").
_NAME_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


# Buildings and sites: a capital's name after "in" one of these is the city, not the government.
# Words for a company before 'called' and its name ("a joint venture called SB OpenAI Japan").
_CALLED_FIRM_NOUNS = frozenset({"venture", "company", "firm", "startup", "start-up", "subsidiary", "entity", "spin-off",
                                "spinoff", "business", "chipmaker"})
# Words that make a "… Fund" a government programme rather than an investment company.
_PROGRAMME_FUND_WORDS = frozenset({"access", "challenge", "skills", "support", "innovation", "adoption", "transition",
                                   "research", "resilience", "recovery", "action"})
# Plural words for hardware before a list of product names ("gaming devices like the Shield Portable and …").
_HARDWARE_PLURALS = frozenset({"devices", "chips", "processors", "accelerators", "gpus", "consoles", "tablets",
                               "smartphones", "phones", "servers", "supercomputers", "cpus", "npus"})
# Head words of a treaty's formal name ("Memorandum of Understanding between X and Y"), and who can be a party to one.
_AGREEMENT_HEADS = frozenset({"agreement", "memorandum", "understanding", "accord", "arrangement", "treaty", "pact",
                              "protocol", "charter", "convention"})
_AGREEMENT_PARTY_TYPES = frozenset({"Government", "Firm", "Organization", "Agency"})
_FACILITY_NOUNS = frozenset({"plant", "factory", "fab", "facility", "site", "office", "offices", "campus", "centre",
                             "center", "lab", "laboratory", "headquarters", "warehouse", "branch", "branches"}) | MISSION_NOUNS


def _all_caps(token: Token) -> bool:
    return token.is_alpha and token.text.isupper() and len(token.text) >= 3


def _singular(word: str) -> str:
    """'Institutes' → 'Institute', 'Ministries' → 'Ministry', 'Offices' → 'Office'."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def state_named(word: str, kb: KnowledgeBase) -> str | None:
    """The government a single word names: its name or alias ('U.S.', 'UAE') or its demonym ('Korean')."""
    return next((e.id for e in kb.lookup(word) if e.type == "Government"), None) or kb.by_demonym.get(word)


# Demonyms that also name a continent: at the head of a body's name they are part of it, not a state qualifying it.
_CONTINENT_ADJECTIVES = frozenset({"European", "African", "Asian"})


def state_qualifier(span: Span, kb: KnowledgeBase, entity_id: str) -> str | None:
    """The state an agency's name opens with ('U.S. Department of Commerce', 'Korean Ministry of Science').

    Only when the words after it still name the body — a known alias ('Department
    of Commerce') or a phrase of two words or more: in 'European Commission' or
    'European Parliament' the adjective is part of the name, not a state qualifying it."""
    gid = state_named(span[0].text, kb)
    width = 1
    if gid is None and len(span) >= 3 and span[0].text == "Royal" and (gid := state_named(span[1].text, kb)) is not None:
        width = 2  # "Royal Australian Navy", "Royal Canadian Air Force": the state follows the crown's word
    if gid is None:
        # "United States Congress": a state's name (not a metonym such as "White House") in two or three words
        for w in (3, 2):
            words = span[:w].text
            if len(span) > w and (state := next((e.id for e in kb.lookup(words) if e.type == "Government"
                                                 and (words == e.name or words in e.aliases)), None)):
                gid, width = state, w
                break
    if gid is None and len(span) >= 3 and span[-2].text not in {"of", "for", "in"} \
            and (last := state_named(span[-1].text, kb)) is not None:
        entry = kb.get(entity_id)
        if entry is None or entry.country == kb.by_id[last].name:
            return last  # "Department of Finance Canada", "Global Affairs Canada": Canadian bodies end with the state
    if gid is None and len(span) >= 4 and span[-2].text == "of" and (last := state_named(span[-1].text, kb)) is not None \
            and span[-1].text not in kb.by_demonym:
        entry = kb.get(entity_id)
        if entry is None or entry.country == kb.by_id[last].name:
            return last  # "National Research Council of Canada", "Ministry of Commerce of China": the state closes the name
    if gid is None:
        return None
    rest = span[width:]
    entry = kb.get(entity_id)
    if span[0].text in _CONTINENT_ADJECTIVES and (entry is None or rest.text not in entry.surface_forms):
        return None  # "European Investment Bank": an adjective that also names a continent is part of the name
    if len(rest) >= 2 or entry is not None and rest.text in entry.surface_forms:
        return gid
    if len(rest) == 1 and rest[0].lower_ in MISSION_NOUNS and span[0].text not in kb.by_demonym:
        return gid  # "the EU Delegation in Beijing": a state's name (not its adjective) before its mission
    if entry is not None and span.text in entry.surface_forms and entry.country == kb.by_id[gid].name:
        return gid  # "the Australian Parliament": a known body's own name with its state's demonym
    if len(rest) == 1 and rest[0].text in {"Embassy", "Consulate", "Consulate-General"}:
        return gid  # "the Chinese Embassy": a state's mission abroad
    if entry is not None and len(rest) == 1 and entry.country is not None and entry.country == kb.by_id[gid].name \
            and (rest[0].text.isupper() and len(rest[0].text) >= 3 or any(e.id == gid for e in kb.lookup(span[:width].text))):
        return gid  # "US AISI", "U.S. Navy": the state's own body by its acronym or one word (not "European Commission")
    return None


# Military bases: a kind written before the place ('RNAS Yeovilton', with its full form) or after it ('… Air Force Base').
_BASE_PREFIXES = (
    (("Royal", "Naval", "Air", "Station"), "Royal Naval Air Station"), (("RNAS",), "Royal Naval Air Station"),
    (("Naval", "Air", "Station"), "Naval Air Station"), (("Royal", "Air", "Force", "Station"), "Royal Air Force Station"),
    (("HMNB",), "HMNB"), (("Joint", "Base"), "Joint Base"), (("Naval", "Base"), "Naval Base"), (("Naval", "Station"), "Naval Station"),
)
_BASE_SUFFIXES = (("Air", "Force", "Base"), ("Air", "Base"), ("Army", "Airfield"), ("Space", "Force", "Base"), ("Barracks",))
# Words that end the name of a known agency's own team ("DE&S Digital AI Team").
_SUB_UNIT_WORDS = frozenset({"team", "unit", "cell", "directorate"})
# Words that end a numbered military unit's name ("1710 Naval Air Squadron", "3rd Infantry Division").
_UNIT_NOUNS = frozenset({"squadron", "wing", "regiment", "battalion", "brigade", "division", "fleet", "flotilla", "corps",
                         "combat"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Words for a software tool that a quoted name may follow ("defence software tool, 'Motherlode'").
_TOOL_NOUNS = frozenset({"tool", "software", "assistant", "chatbot", "app", "application"})
# What a copula may define a named policy as ("X is a … initiative").
_DEFINED_PROGRAMME_NOUNS = PROGRAMME_NOUNS | {"framework", "pact"}
# Nouns for a law that a demonym before them makes a state's own ("Dutch law", "the Dutch civil code").
_STATE_LAW_NOUNS = frozenset({"law", "code", "statute", "constitution"})


def _portfolio_words(form: str) -> list[str]:
    """The portfolio word of a department's name ("US Department of Commerce" → commerce), if it has one."""
    found = re.search(r"\b(?:department|ministry) of (\w+)$|^(?:us |u\.s\. )?(\w+) (?:department|ministry)$", form.lower())
    return [w for w in found.groups() if w] if found else []


def clean_span(span: Span, demonyms: dict[str, str] | None = None) -> Span | None:
    """Drop leading determiners and trailing possessives/punctuation; None if nothing name-like is left."""
    start, end = span.start, span.end
    doc = span.doc
    verbs = [k for k in range(start, end - 1) if doc[k].tag_ in {"VBD", "VBZ", "VBP"} and doc[k].is_lower]
    if verbs:
        start = verbs[-1] + 1  # "Scale included Dragoneer Investment Group": a name has no finite verb in it
    if end - start >= 4 and doc[start].lower_ in _LEADING_OFFICES and doc[start + 1].lower_ in {"of", "at"}:
        start += 2  # "President of Keio University": NER took the office into the body's name
    elif end - start >= 4 and doc[start].is_title and doc[start + 1].lower_ in {"partner", "member", "fellow"} \
            and doc[start + 2].lower_ in {"of", "at"}:
        start += 3  # "Associated Partner of INPACE", "Senior Fellow at X": a role before the body
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in {"a", "an"} and doc[k - 1].lower_ == "of":
            start = k + 1  # "Development of an Artificial Intelligence (AI) Action Plan": the name follows the article
            break
    # "Canadian Sovereign AI Compute Strategy": a demonym opening a policy's full name belongs to it
    policy_name = end - start >= 4 and doc[end - 1].lower_ in POLICY_HEADS
    # "the Canadian Institute for Advanced Research", "the Chinese Academy of Sciences": a demonym right before an
    # institution's head word and its 'for'/'of' phrase is the first word of the name (a ministry's is its state's)
    def body_name(k: int) -> bool:
        return end - k >= 4 and doc[k + 1].lower_ in ORGANIZATION_HEADS and doc[k + 1].is_title \
            and doc[k + 2].lower_ in {"for", "of", "on"}
    while start < end and (doc[start].text in STRIP_LEADING or doc[start].is_punct or (
            demonyms is not None and doc[start].text in demonyms and end - start > 1 and not policy_name
            and not body_name(start)) or (
            # "Leading AI nations …": a sentence-initial verb form or adjective is capitalised by position, not a name
            doc[start].is_sent_start and doc[start].tag_ in {"VBG", "VBN", "VB", "JJ", "RB"} and end - start > 1) or (
            # "during the early Cold War": a lower-case adjective before a capitalised name only dates or rates it
            doc[start].tag_ == "JJ" and doc[start].is_lower and doc[start].is_alpha and end - start > 1
            and doc[start + 1].is_title)):
        start += 1
    # "the Laboratory for AI Security Research (LASR" or "… (LASR)": NER sometimes swallows a trailing bracketed
    # acronym; the name ends before the bracket (the acronym stage links what is inside it). A bracket inside a name
    # ("the Artificial Intelligence (AI) Action Summit") stays.
    opened = next((i for i in range(end - 1, start, -1) if doc[i].text == "("), None)
    inside = [t for t in doc[opened + 1:end] if t.text != ")"] if opened is not None else []
    if opened is not None and len(inside) == 1 and (opened + 2 == end or doc[end - 1].text == ")"):
        end = opened
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].text in {"'s", "’s"}
                           or doc[end - 1].lower_ in {"and", "or", "of", "for"}  # "JD.com and" + the next name
                           or doc[end - 1].text in HONORIFICS and end - start > 1):
        end -= 1  # "… Bureau of Ocean Robotics Dr." + a name: the honorific belongs to the person after it
    if start >= end:
        return None
    out = doc[start:end]
    text = out.text
    if len(text) < 2 or not any(c.isupper() for c in text) or text in GENERIC_CAPS:
        return None
    if text.replace(" ", "").isdigit() or "\n" in text:
        return None
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)


# Last words of the names of services and products, never of people's names.
_SERVICE_WORDS = frozenset({"store", "play", "cloud", "marketplace", "app", "apps", "studio", "maps", "drive", "pay",
                            "search", "assistant", "browser", "platform"})


def type_for_unknown(span: Span) -> str | None:
    """Schema type for a name the KB does not know, from NER label, head word and name shape."""
    label = span.label_
    words = span.text.split()
    head = words[-1].lower().strip(".,")
    first = words[0].lower()
    if _ROLE_OPENING.match(span.text) or span.text.lower() in _OFFICE_NAMES:
        return None  # "Co-Founder and Head of Policy", "Principal", "President": an office, not a name
    if label == "PERSON":
        if len(words) == 1 and _camel_case(span.text):
            return "Firm"  # "CloudHQ", "CoreWeave": a coined one-word name is a company's, not a person's
        if len(words) == 1 and not span[0].is_title:
            return None
        if len(words) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ == "the" and _in_portfolio(span):
            return None  # "Minister Responsible for the Metropolis": a portfolio word, not a person (a name after
            # a portfolio, "Minister of Science and ICT Lee Jong-Ho", is the minister's)
        if head in _ROLE_WORDS or len(head) >= 8 and _ABSTRACT_NOUN_ENDING.search(head):
            return None  # "Crypto Czar" is an office; "Trustworthy Development" an abstract noun, not a surname
        if head in _SERVICE_WORDS:
            return None  # "App Store", "Google Play": a service or product, which the schema does not type
        if head in AGENCY_HEADS | ORGANIZATION_HEADS | POLICY_HEADS | FIRM_HEADS:
            return _type_from_head(span, head, default=None)
        return "Person"
    if label == "LAW":
        return "Policy" if head in POLICY_HEADS or POLICY_NUMBERED.match(span.text) else None
    if label == "EVENT":
        return "Event" if head in EVENT_HEADS else None
    if label in {"ORG", "FAC", "GPE", "LOC"} and span.text.lower().removeprefix("the ") in COUNTRY_NAMES:
        return "Government"
    if len(words) >= 2 and words[-1] in _RULE_ACRONYMS:
        return "Policy"  # "AC/S IFR", "SME IFR": a rule's short name ends in the kind of rule it is
    if label in {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "GPE", "LOC"}:
        if _FISCAL_YEAR.match(span.text):
            return None  # "its FY2024 plan": a fiscal year, shaped like a chip's or a model's name
        if CHIP_SHAPE.match(span.text):
            return "Hardware"
        if 2 <= len(words) <= 3 and (first in GIVEN_NAMES or first.split("-")[0] in GIVEN_NAMES) \
                and all(w[:1].isupper() for w in words) and not _type_from_head(span, head, default=None):
            return "Person"  # "Guillaume Lample", "François-Philippe Champagne": NER took a person for a body
        if label == "ORG" and _named_for_purpose([w.lower() for w in words]):
            return "Organization"  # "the Partnership for Global Inclusivity on Artificial Intelligence": named head first
        if label == "ORG" and not _typed_by_head(span) and (not _looks_like_company(span) or _in_portfolio(span)):
            return None
        if label == "ORG" and _on_heading_line(span) and _type_from_head(span, head, default="Firm") == "Firm" \
                and head.rstrip(".") not in _LEGAL_FORMS:
            return None  # a company met only in a heading is met again in the text, where its capitals mean something
        if _YEAR.match(words[-1]) and len(words) >= 2 and span.start > 0 and span.doc[span.start - 1].lower_ == "at":
            return "Event"  # "a meeting at IGF Kyoto 2023": a name ending in a year that things happen at is a gathering
        if label in {"PRODUCT", "ORG", "WORK_OF_ART"} and MODEL_SHAPE.match(span.text) and len(words) <= 3 and head not in POLICY_HEADS \
                and not _YEAR.match(words[-1]):
            if not first.isdigit() and first not in {"executive", "the", "section", "article", "title"}:
                return "AIModel"
        typed = _type_from_head(span, head, default=None)
        if typed and typed != "Firm" and _indefinite_description(span):
            return None  # "as directed by a Presidential Executive Order": an indefinite description, not a name
        if typed:
            return typed
        if label == "WORK_OF_ART":
            return None
        return {"ORG": "Firm", "FAC": "Location", "GPE": "Location", "LOC": "Location"}.get(label)
    return None


def _in_portfolio(span: Span) -> bool:
    """'the Assistant Minister for Science, Technology and the Digital Economy': capitalised words listed after a
    minister's or secretary's 'for' / 'of' are the office's portfolio, not companies."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].text in {",", "and", "&", "the"} or doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()):
        i -= 1
    if i < 1 or doc[i].lower_ not in {"for", "of"}:
        return False
    role = i - 2 if i >= 2 and doc[i - 1].lower_ == "responsible" else i - 1  # "Minister Responsible for the Metropolis"
    return doc[role].lower_ in _ROLE_WORDS


def _on_heading_line(span: Span) -> bool:
    """'Global Partners for the Future' on a line of its own: a heading capitalises every word, so its
    capitals are no evidence of a company's name."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start:end if end >= 0 else len(text)].strip()
    words = [w for w in line.split() if w[:1].isalpha()]
    return 2 <= len(words) <= 10 and line[-1:] not in {".", ":", ";", ",", "?", "!", '"', "”"} and all(
        w[:1].isupper() or w.lower() in _HEADING_SMALL_WORDS for w in words)


# Head words of a body that serves another, named after it ("the National Security Council Secretariat").
_STAFF_BODY_HEADS = frozenset({"secretariat", "directorate", "inspectorate"})
# Elected offices written before a name, which NER sometimes takes into it ("Representative Tonko").
_ELECTED_OFFICES = frozenset({"Representative", "Senator", "Governor", "Congressman", "Congresswoman", "Mayor",
                              "Councillor", "Councilman", "Councilwoman", "Assemblyman", "Assemblywoman", "Rep.", "Sen.",
                              "Gov."})
# The headings of a report's sections ("1. Foreword"), which NER takes for names.
_SECTION_WORDS = frozenset({"Foreword", "Preface", "Introduction", "Contents", "Annex", "Appendix", "Acknowledgements",
                            "Acknowledgments", "Glossary", "Bibliography"})
# A transcript's bracketed notes of what the room did ("(Laughter.)").
_STAGE_DIRECTIONS = frozenset({"Laughter", "Applause", "Crosstalk", "Inaudible", "Pause", "Cheers"})
# Short forms of a head of government's office written before a name ("PM Lee"): no part of the name.
_OFFICE_ABBREVIATIONS = frozenset({"PM", "DPM"})
# Titles that, capitalised and bare ("the President"), refer back to the one person named with them before.
_BACK_REFERENCE_TITLES = frozenset({"President", "Chancellor", "Premier", "Taoiseach", "Minister", "Secretary"})
# Party names between a leader's surname and "Government" ("the Albanese Labor Government").
_PARTY_WORDS = frozenset({"labor", "labour", "liberal", "conservative", "coalition", "democratic", "republican"})
# Words for a kind or level of government, capitalised before "Government" ("the Federal Government").
_GOVERNMENT_MODIFIERS = frozenset({
    "federal", "national", "provincial", "state", "local", "commonwealth", "central", "regional", "interim", "new",
    "current", "previous", "former", "incoming", "outgoing", "territorial", "municipal", "city", "county", "royal",
    "imperial", "military", "transitional", "caretaker", "minority", "majority", "unity", "island", "metropolitan"})
# Capitalised words after a surname that make a body or an era of it, not a longer name ("the Trump Administration").
_NOT_NAME_WORDS = frozenset({"administration", "administrations", "government", "cabinet", "presidency", "era", "doctrine",
                             "foundation", "institute", "center", "centre", "campaign", "team", "family", "group"})
_KIN_NOUNS = frozenset({"mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "grandfather",
                        "grandmother", "uncle", "aunt", "cousin", "nephew", "niece", "spouse", "partner"})
_SCRIPT_LABELS = frozenset({"romanized", "romanised", "pinyin", "chinese", "japanese", "korean", "hangul", "hanja",
                            "kanji", "traditional", "simplified", "hebrew", "arabic", "russian", "persian"})
_COMPANY_WORDS = frozenset({"company", "firm", "startup", "start-up", "service", "platform", "app", "accelerator",
                            "business", "venture", "provider", "maker", "developer", "chipmaker", "lab"})
_FOUNDING_LEMMAS = frozenset({"found", "co-found", "cofound", "co-founding", "co-founde", "launch", "start", "establish"})
_MODEL_NOUNS = frozenset({"model", "network", "chatbot", "llm", "transformer"})
# Nouns for a group of bodies, and the verbs that say what it consists of ("a consortium consisting of A and B").
_MEMBER_GROUP_NOUNS = frozenset({"consortium", "coalition"})
_CONSIST_VERBS = frozenset({"consist", "comprise", "compose", "make"})
# Verbs of holding a gathering ("convene an assembly", "the assembly was held").
_CONVENING_VERBS = frozenset({"convene", "hold", "host", "organise", "organize", "stage"})
# Last words of the name of a contest, which may be a programme or the event where it is decided.
_CONTEST_HEADS = frozenset({"challenge", "competition", "contest", "prize", "championship"})
# Nouns for a contest held on a day ("the … Final Event", "a hacking tournament").
_HELD_EVENT_NOUNS = frozenset({"event", "tournament", "final", "finals", "championship", "match"})
# Participles of making ("a system developed by X"): what they describe is a thing made, not a person or a firm.
_MAKING_PARTICIPLES = frozenset({"develop", "build", "design", "create", "co-develop"})
_MAKING_PARTICIPLE_FORMS = frozenset({"developed", "built", "designed", "created", "co-developed"})
# Descriptions of a thing made that make it an AI system or a piece of hardware ("a cyber reasoning system").
_MADE_THING_NOUNS = frozenset({"system", "model", "machine", "software", "tool", "chatbot", "platform", "agent",
                               "assistant", "robot", "computer", "algorithm", "network", "llm", "chip", "processor",
                               "accelerator", "gpu", "supercomputer", "semiconductor"})
# Descriptions of a made thing that make it hardware rather than an AI system.
_HARDWARE_DESCRIPTIONS = frozenset({"chip", "processor", "accelerator", "gpu", "supercomputer", "semiconductor"})
# A one-word name written in mixed case ("TECHx", "ForAllSecure"): a coined name, not an everyday word.
_MIXED_CASE_NAME = re.compile(r"[A-Z][A-Za-z0-9]*(?:[a-z][A-Z]|[A-Z][a-z]+[A-Z])[A-Za-z0-9]*|[A-Z]{2,}[a-z]+")
_HEADING_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "from"})


# Adjectives of rank a description may capitalise ("a Top Team on AI standards", "a New Strategy").
_RANKING_ADJECTIVES = frozenset({"top", "new", "key", "major", "leading", "senior", "special", "dedicated", "high-level"})


def _indefinite_description(span: Span) -> bool:
    """'a Presidential Executive Order': after 'a' / 'an', capitalised adjectives and words for kinds of thing
    describe one of a kind; a word of its own ('a Bureau of Marine Robotics') makes it a name."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in {"a", "an"}:
        return False
    generic = POLICY_HEADS | AGENCY_HEADS | ORGANIZATION_HEADS | EVENT_HEADS | CONNECTORS | _RANKING_ADJECTIVES
    return all(t.lower_ in generic or t.text in GENERIC_CAPS or _ADJECTIVE_ENDING.search(t.lower_) for t in span)


def _typed_by_head(span: Span) -> bool:
    return _type_from_head(span, span[-1].text.lower().strip(".,"), default=None) is not None


def _looks_like_company(span: Span) -> bool:
    """A company name is short, capitalised, verbless; headline phrases ("Address National Security Concerns") are not."""
    tokens = list(span)
    if len(tokens) > 5 or any(t.text == "," for t in tokens):
        return False
    if any(t.tag_.startswith("VB") for t in tokens) or tokens[0].text.lower() in {"leading", "promoting", "building"} \
            or tokens[0].text.lower().endswith("ing") and len(tokens) > 1 and tokens[1].lower_ in {"the", "a", "an", "our", "their"}:
        return False  # "Winning the AI race": a gerund and its object open a clause, not a company's name
    if any(t.text[:1].islower() and t.text not in {"&", "and", "de", "von", "der", "of"} for t in tokens):
        return False
    if all(t.text in GENERIC_CAPS or t.text.upper() == t.text and len(t.text) <= 3 and t.text in GENERIC_CAPS for t in tokens):
        return False
    if tokens[-1].text in {"AI", "Intelligence"} and len(tokens) >= 2 and tokens[-2].tag_ == "JJ":
        return False
    if len(tokens) == 1 and tokens[0].tag_ in {"JJ", "RB", "VBN"}:
        return False  # "Lethal": a capitalised adjective
    if len(tokens) == 1 and tokens[0].i > 0 and span.doc[tokens[0].i - 1].lower_ in {"the", "an", "a"}:
        return False  # "in an Annex to the Order": one capitalised word after an article is a common noun
    if len(tokens) == 1 and _ADJECTIVE_ENDING.search(tokens[0].lower_) and tokens[0].dep_ in {"amod", "compound"} \
            and tokens[0].head.pos_ == "NOUN" and tokens[0].head.text.islower():
        return False  # "such as Lethal autonomous weapons": a capitalised adjective before a common noun
    if tokens[-1].lower_ in _ROLE_WORDS or _ROLE_OPENING.match(span.text):
        return False  # "National Security Advisor", "Co-Founder and Head of Policy": offices and people, not companies
    content = [t for t in tokens if t.lower_ not in {"&", "and", "of", "for", "the"}]
    if content and (len(content) >= 2 or _ABSTRACT_STRONG.search(content[0].lower_)) \
            and all(_ABSTRACT.search(t.lower_) for t in content):
        return False  # "Funding Opportunity", "Science & Technology", "Diplomacy": abstract nouns, not a name
    return not all(t.text in GENERIC_CAPS for t in tokens)


# Word endings of adjectives ("Lethal", "Autonomous", "Strategic").
_ADJECTIVE_ENDING = re.compile(r"(?:al|ive|ous|ic|able|ible|ful|less|ary)$")
# Word endings of abstract nouns: a phrase made only of such words names no company.
_ABSTRACT = re.compile(r"(?:acy|ity|ety|ment|ness|ance|ence|tion|sion|ing|ure|logy|ics|ism|ship|dom)$")
_ABSTRACT_STRONG = re.compile(r"(?:acy|ity|ness|ment)$")
# Plural heads: a phrase ending in one names a kind of body ("national AI Safety Institutes"), not one body.
_PLURAL_BODY_HEADS = frozenset({"institutes", "agencies", "councils", "offices", "ministries", "departments",
                                "commissions", "authorities", "regulators", "bodies", "directorates"})
# Endings no surname has (long words only: "Clement" is a name, "Development" is not).
_ABSTRACT_NOUN_ENDING = re.compile(r"(?:ment|tion|sion|ity|ness|ship)$")
# An office at the start of a phrase: "Co-Founder and Head of Policy", "Principal Deputy Director" name no body.
_ROLE_OPENING = re.compile(r"(?i)^(?:co\s*-?\s*founder|founder|head|chief|director|chair(?:man|woman)?|principal|deputy)\b(?!\s+of\s+state)")
# Degrees after a name ("Ph.D.", "MBA"): never a body's name.
_DEGREE_WORDS = frozenset({"ph.d", "phd", "md", "m.d", "mba", "jd", "j.d", "esq", "obe", "cbe", "kbe", "frs"})
# Offices as words ("CEO", "President and CEO"): never a body's name.
_OFFICE_NAMES = frozenset(LEADER_TITLES | STAFF_TITLES | FOUNDER_TITLES)
# Offices written in capitals ("CEO", "CTO"): never a surname in capitals.
_OFFICE_ACRONYMS = frozenset({"ceo", "cfo", "coo", "cto", "cio", "ciso", "cso", "cpo", "cmo", "evp", "svp", "md", "vp"})
_OFFICE_WORDS_OR_ACRONYMS = _OFFICE_NAMES | _OFFICE_ACRONYMS
_ROLE_WORDS = frozenset({"advisor", "adviser", "advisors", "advisers", "minister", "ministers", "secretary",
                         "secretaries", "official", "officials", "director", "directors", "ambassador", "envoy",
                         "spokesperson", "commissioner", "commissioners", "czar", "tsar"})


def _law_after_on(span: Span) -> Span | None:
    """The law in an organisation's name NER ran on through "on the" ("Council on the Cyber Resilience Act")."""
    for k in range(span.start + 1, span.end - 2):
        if span.doc[k].lower_ == "on" and span.doc[k + 1].lower_ == "the" and span.doc[span.end - 1].lower_ in LAW_HEADS:
            return span.doc[k + 2:span.end]
    return None


def _only_generic_words(span: Span) -> bool:
    """'Policy and Principles', 'Memorandum of Understanding': common nouns only, no name in them."""
    generic = POLICY_HEADS | AGENCY_HEADS | ORGANIZATION_HEADS | EVENT_HEADS | CONNECTORS | {"understanding", "memorandum"}
    return all(t.lower_ in generic or t.text in GENERIC_CAPS for t in span)


# Words that make a "… Center" a venue ("Conference Center", "Convention Centre"), not a body.
_VENUE_WORDS = frozenset({"conference", "convention", "exhibition", "congress", "expo", "events"})


def _name_after_title(span: Span) -> Span | None:
    """The person's name closing a run of title words ("Company Regulation Dara Calleary"): two or three capitalised
    names right after a common word, the first a given name or no common word itself."""
    for size in (2, 3):
        start = len(span) - size
        if start < 1:
            return None
        name, before = span[start:], span[start - 1]
        if before.lower_ in COMMON_WORDS and before.lower_ not in GIVEN_NAMES \
                and (name[0].lower_ in GIVEN_NAMES or name[0].lower_ not in COMMON_WORDS) \
                and all(t.is_title and t.pos_ == "PROPN" for t in name):
            return name
    return None


def _type_from_head(span: Span, head: str, *, default: str | None) -> str | None:
    """Type from the syntactic head ('Office' in 'Office for Robotics Oversight') or else the last word."""
    root = span.root.text.lower()
    if root != head and root not in {"ai"}:
        typed = _type_from_word(span, root)
        if typed:
            return typed
    return _type_from_word(span, head) or default


FOREIGN_ORG_FIRST_WORDS = {"école", "ecole", "université", "universite", "universidad", "universität", "università",
                           "institut", "instituto", "istituto", "hochschule", "universiteit", "centre", "centro"}


def _type_from_word(span: Span, head: str) -> str | None:
    lowered = {w.lower() for w in span.text.split()}
    if span.text.split()[0].lower() in FOREIGN_ORG_FIRST_WORDS and len(span) >= 2:
        return "Organization"  # "École Polytechnique", "Université Paris-Saclay": the head comes first
    if head in POLICY_HEADS:
        return "Policy"
    if head in EVENT_HEADS:
        if head == "conference" and span.root.i + 2 < span.end and span.doc[span.root.i + 1].lower_ == "of" \
                and (span.doc[span.root.i + 2].tag_ in {"NNS", "NNPS"} or span.doc[span.root.i + 2].lower_.endswith("s")):
            return "Organization"  # "United States Conference of Mayors": a conference of people is a body
        return "Event"
    if head in {"center", "centre"} and len(span) >= 2 and span[-2].lower_ in _VENUE_WORDS:
        return "Location"  # "Paris Las Vegas Conference Center", "ExCeL Exhibition Centre": a venue is a place
    if head == "committee" and not lowered & (AGENCY_HINTS | _LEGISLATURE_WORDS):
        return "Organization"  # "Lawyers' Committee for Civil Rights Under Law"; a Senate or Select committee is an agency
    if head in AGENCY_HEADS:
        return "Agency"
    if head in {"institute", "council", "centre", "center", "laboratory", "lab", "laboratories"} and lowered & AGENCY_HINTS \
            and not span.text.endswith("National Laboratory"):
        return "Agency"  # (a US "National Laboratory" is run for a department by a contractor: an organisation)
    if head == "group" and len(span) >= 2 and span.text.split()[-2].lower() in {"working", "expert", "steering", "contact", "study"}:
        return "Organization"  # "Tech Diplomacy Working Group": a working group is a body, whatever its subject
    if head in {"group", "holdings"} and lowered & INDUSTRY_WORDS:
        return "Firm"  # "Datang Telecom Group": a group in an industry is a company
    if head in ORGANIZATION_HEADS:
        return "Organization"
    if head == "fund" and lowered & _PROGRAMME_FUND_WORDS:
        return "Policy"  # "AI Compute Access Fund", "Strategic Innovation Fund": a government programme, not an investor
    if head in FIRM_HEADS:
        return "Firm"
    if head == "park" and len(span) >= 2:
        return "Location"  # "Hsinchu Science Park", "Zhongguancun Science Park"
    return None


_QUOTES = {'"', "“", "”"}
# Quotation marks that open or close a quoted name, single ones included ("‘Digital Strategy of Korea’").
_OPENING_QUOTE_MARKS = frozenset({'"', "“", "‘", "'"})
_CLOSING_QUOTE_MARKS = frozenset({'"', "”", "’", "'"})
# Words that put a committee in a legislature or government.
_LEGISLATURE_WORDS = frozenset({"senate", "house", "congressional", "parliamentary", "select", "standing", "joint",
                                "parliament", "congress", "cabinet", "assembly", "legislative"})


def _title_cased(tokens: Iterable[Token], *, lower_allowed: int = 0) -> bool:
    """At least four capitalised content words and (almost) none in lower case: a name-dense sentence has verbs."""
    caps = lower = 0
    for t in tokens:
        text = t.text
        if len(text) > 1 and text.replace("-", "").isalpha():  # "co-founded" is a lower-case word
            if text[0].isupper():
                caps += not t.is_stop
            elif not t.is_stop or t.lower_ not in _TITLE_MINOR:
                lower += 1  # title case capitalises even 'Is' and 'Who': only articles, conjunctions and prepositions stay low
                if lower > lower_allowed:
                    return False  # most lines end here, at their first lower-case word
    return caps >= 4


_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z-]*[a-z](?![\w'’])")


def _has_lower_content_word(text: str) -> bool:
    """A lower-case word title case would have capitalised: 'Ada Quist is the CEO of Lumen Robotics.' is running text."""
    return any(w not in STOP_WORDS or w not in _TITLE_MINOR for w in _LOWER_WORD.findall(text))


# The words title case leaves in lower case: articles, conjunctions and prepositions.
_TITLE_MINOR = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "on", "in", "at", "to", "by", "with", "from",
    "as", "via", "per", "into", "onto", "over", "up", "upon", "off", "out", "than", "about", "after", "before", "under",
    "through", "between", "against", "among", "amid", "without", "within", "across", "behind", "during", "toward",
    "towards", "around", "beyond", "below", "above", "since", "until", "vs",
})


def headline_tokens(doc: Doc) -> set[int]:
    """Token indices in title-cased sentences and quoted titles, where capitals carry no name signal.

    "Commerce Strengthens Restrictions … to Address National Security Concerns",
    a side event titled "Promoting the Governance of Inclusive Global AI …":
    the statistical NER reads such phrases as organisations.
    """
    out: set[int] = set()
    whole = doc_text(doc)
    for sent in doc.sents:
        text = whole[sent.start_char:sent.end_char]  # Span.text joins its tokens again; the slice is the same string
        if "\n" not in text and not _QUOTES.intersection(text) and _has_lower_content_word(text):
            continue  # the common case, decided on the string: running text with a lower-case content word
        # a heading line without a full stop runs into the next sentence: judge each line on its own
        breaks, marks = [sent.start], []
        for t in sent:
            text = t.text
            if "\n" in text:
                breaks.append(t.i + 1)
            elif text in _QUOTES:
                marks.append(t.i)
        breaks.append(sent.end)
        for a, b in zip(breaks, breaks[1:], strict=False):
            line = doc[a:b]
            words = [t for t in line if t.is_alpha]
            marker = next((t for t in line if not t.is_space), None)
            if marker is not None and marker.is_alpha and a > 0:  # (the parser may leave the bullet a sentence of its own)
                marker = next((doc[k] for k in range(a - 1, max(-1, a - 4), -1) if not doc[k].is_space), marker)
            if words and marker is not None and marker.text in {"•", "-", "*", "·"} and _line_verb(words[0]):
                continue  # "• Released the State Department Strategic Framework on …;": a bulleted clause, not a heading
            if len(line) and _title_cased(line) and sum(
                    t.text == "," and t.i > 0 and not doc[t.i - 1].like_num for t in line) < 2:  # not a list of names
                out.update(range(a, b))
        for a, b in zip(marks[::2], marks[1::2], strict=False):
            if b - a - 1 <= 6 and doc[b - 1].lower_ in PROGRAMME_NOUNS | POLICY_HEADS:
                continue  # "The “Chips for Europe Initiative”, to support …": a quoted programme's name is a name
            if _title_cased(doc[a + 1:b], lower_allowed=1):
                out.update(range(a + 1, b))
    return out


def _dominant_government(doc: Doc, kb: KnowledgeBase, texts: list[str]) -> str | None:
    counts: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.kb_id_ and ent.label_ == "Government":
            counts[ent.kb_id_.split("|")[0]] += 1
        elif ent.kb_id_ and "|" not in ent.kb_id_ and (entry := kb.by_id.get(ent.kb_id_)) is not None:
            # "The Chips Act, signed into law by President Biden": a known person or body of one state tells
            # which state an article is about when no state is named (a tie-breaker, below any state named)
            bodies = [entry] if entry.type != "Person" else \
                [b for f in entry.facts if f.type in {"LEADS", "WORKS_FOR"} and (b := kb.by_id.get(f.object))]
            for state in {kb.state_of(b) for b in bodies} - {None}:
                others[state] += 1
    if not counts and others:
        return others.most_common(1)[0][0]
    demonyms = kb.by_demonym
    for text in texts:
        gid = demonyms.get(text)
        if gid:
            counts[gid] += 1
    return counts.most_common(1)[0][0] if counts else None


def _foreign_short_form(ids: list[str], kb: KnowledgeBase, dominant: str | None) -> bool:
    """True for a policy short form several states' policies share ("AI Action Plan") in a text about another
    state: none of the known policies is the one the text means."""
    if len(ids) < 2 or dominant is None or any(kb.by_id[i].type != "Policy" for i in ids):
        return False
    dominant_name = kb.by_id[dominant].name
    return all(kb.by_id[i].country and kb.by_id[i].country != dominant_name for i in ids)


def _pick(ids: list[str], kb: KnowledgeBase, dominant: str | None) -> str:
    if len(ids) == 1 or dominant is None:
        return ids[0]
    dominant_name = kb.by_id[dominant].name
    for i in ids:
        entry = kb.by_id[i]
        if entry.country == dominant_name or i == dominant:
            return i
    return ids[0]


def _of_tail(doc: Doc, j: int, covered: dict[int, LinkedMention]) -> int:
    """End of an "of" phrase of capitalised words that continues a name ending before ``j``: "Treaty" + "of Mutual
    Cooperation and Security". Returns ``j`` when there is none (or it runs into another name)."""
    if j + 1 >= len(doc) or doc[j].lower_ != "of" or not _is_cap(doc[j + 1]) or doc[j + 1].pos_ != "PROPN":
        return j
    k = j + 1
    while k < len(doc) and k not in covered and (_is_cap(doc[k]) and doc[k].pos_ == "PROPN" or (
            doc[k].lower_ == "and" and k + 1 < len(doc) and _is_cap(doc[k + 1]) and doc[k + 1].pos_ == "PROPN")):
        k += 1
    return k if k > j + 1 and doc[k - 1].lower_ != "and" and (k >= len(doc) or k not in covered) else j


class _Linker:
    def __init__(self, doc: Doc, kb: KnowledgeBase) -> None:
        self.doc = doc
        self.kb = kb
        self.out = Linking()
        self.by_key: dict[tuple[str, str], str] = {}
        # the same names with spaces and hyphens dropped: "Cloud HQ" and "CloudHQ" are one company
        self.by_squashed: dict[tuple[str, str], str] = {}
        self.covered: dict[int, LinkedMention] = {}
        self.headline = headline_tokens(doc)
        # each token's text and lower-case form, read once: the steps below scan them many times
        self.texts = [t.text for t in doc]
        self.lowers = [t.lower_ for t in doc]
        self.lower_set = frozenset(self.lowers)  # which words occur at all: passes for rare words return early
        self.acronym_forms: dict[str, str] = {}
        self.dateline_states: set[int] = set()  # where "SANTIAGO, Chile (…) --" names the state a story was filed from
        self.defined_as: dict[str, str] = {}  # "Pax Silica is a … initiative": what "the initiative" refers to
        self.label_tokens: set[int] = set()  # words of transcript labels ("SALLY SARA, HOST:")  # "Critical and Emerging Technology Dialogue" → "CET Dialogue"

    # -- bookkeeping -------------------------------------------------------
    def entity_for_kb(self, kb_id: str) -> str:
        if kb_id not in self.out.entities:
            e = self.kb.by_id[kb_id]
            self.out.entities[kb_id] = _EntityDraft(
                id=kb_id, name=e.name, type=e.type, aliases=list(e.aliases), wikidata=e.wikidata,
                country=e.country, from_kb=True,
            )
            self.by_key[(e.type, norm_name(e.name))] = kb_id
            for alias in e.aliases:
                self.by_key.setdefault((e.type, norm_name(alias)), kb_id)
        return kb_id

    def entity_for_name(self, name: str, type_: str, *, known: bool = True) -> str:
        """The entity for a name; ``known=False`` when the text is known not to mean the KB's bearer of it."""
        key = (type_, norm_name(name))
        if key in self.by_key:
            return self.by_key[key]
        for entry in self.kb.lookup(name) if known else ():
            if entry.type == type_:
                return self.entity_for_kb(entry.id)
        # ("Public Service Artificial Intelligence Framework" … "the Public Service AI Framework": one name, spelt
        # out once and shortened after)
        squashed = (type_, key[1].replace("artificial intelligence", "ai").replace(" ", "").replace("-", ""))
        if squashed in self.by_squashed:
            return self.by_squashed[squashed]
        eid = entity_id(type_, name)
        self.out.entities.setdefault(eid, _EntityDraft(id=eid, name=name, type=type_))
        self.by_key[key] = eid
        self.by_squashed.setdefault(squashed, eid)
        return eid

    def add(self, start: int, end: int, eid: str, how: str, *, replace: bool = False) -> bool:
        span_tokens = range(start, end)
        clash = {self.covered[i].start for i in span_tokens if i in self.covered}
        if clash:
            if not replace:
                return False
            self.out.mentions = [m for m in self.out.mentions if m.start not in clash]
            self.covered = {i: m for i, m in self.covered.items() if m.start not in clash}
        mention = LinkedMention(start, end, eid, how)
        self.out.mentions.append(mention)
        for i in span_tokens:
            self.covered[i] = mention
        return True

    def _drop(self, m: LinkedMention) -> None:
        """Remove a mention and the tokens it covers (only where it is the mention covering them)."""
        self.out.mentions.remove(m)
        for k in range(m.start, m.end):
            if self.covered.get(k) is m:
                del self.covered[k]

    def _relink(self, old: str, new: str) -> None:
        """Point every mention of one entity at another (the covered map holds these same mention objects)."""
        for m in self.out.mentions:
            if m.entity_id == old:
                m.entity_id = new

    def _unique_surname(self, surname: str) -> str | None:
        """The one person (in the article, else in the KB) with this surname."""
        local = [eid for eid, d in self.out.entities.items() if d.type == "Person" and d.name.split()[-1] == surname]
        if len(local) == 1:
            return local[0]
        return self._known_surname(surname)

    def _known_surname(self, surname: str) -> str | None:
        """The one person the KB has with this surname, if exactly one."""
        known = [e.id for e in self.kb.entries if e.type == "Person" and e.name.split()[-1] == surname]
        return self.entity_for_kb(known[0]) if len(known) == 1 else None

    def _surname_administration(self, span: Span) -> bool:
        """'Harris Administration' (from "Biden-Harris Administration") names a person's government, not a body.

        Returns True when the span is such a phrase; the surname is linked to
        its person when exactly one fits, and no Agency is invented either way.
        """
        party = len(span) == 3 and span[1].lower_ in _PARTY_WORDS  # "the Albanese Labor Government"
        if len(span) != 2 and not party or span[-1].lower_ not in {"administration", "government", "cabinet"}:
            return False
        person = self._unique_surname(span[0].text)
        if person is None and self._unknown_leader_surname(span[0]):
            person = self.entity_for_name(span[0].text, "Person")  # "The Morrison Government": its leader's surname
        if person is None:
            return not span[0].is_sent_start and span.start > 0 and self.doc[span.start - 1].text in {"-", "–"}
        self.add(span.start, span.start + 1, person, "ner")
        return True

    def _unknown_leader_surname(self, word: Token) -> bool:
        """'Morrison' in "the Morrison Government": after 'the', a capitalised word the KB does not know, and no
        state's demonym ("the Scottish Government"), place ("the Quebec Government") or word for a kind of government
        ("the Federal Government"), names the government's leader."""
        return word.i > 0 and self.lowers[word.i - 1] == "the" and word.is_title and word.is_alpha and word.pos_ == "PROPN" \
            and word.lower_ not in _GOVERNMENT_MODIFIERS and word.lower_ not in GIVEN_NAMES and word.lower_ not in _PARTY_WORDS \
            and word.text not in self.kb.by_demonym and not self.kb.lookup(word.text)

    # -- stages ------------------------------------------------------------
    def link_ents(self) -> None:
        dominant = _dominant_government(self.doc, self.kb, self.texts)
        for ent in self.doc.ents:
            if ent.kb_id_:
                if _inside_hyphenated_name(ent) and ent.label_ not in {"Government", "Location"}:
                    continue  # "Marie-Claude Velinsky": a known name inside a hyphenated given name is not that thing
                if ent.label_ == "Person" and len(ent) == 1 and _inside_longer_name(ent):
                    # "Bukkapuram Nadella Yugandhar": a known surname inside another person's full name
                    a, b = ent.start, ent.end
                    while a - 1 >= 0 and self.doc[a - 1].pos_ == "PROPN" and self.doc[a - 1].is_title and not self.doc[a - 1].is_sent_start \
                            and self.doc[a - 1].text not in HONORIFICS and self.doc[a - 1].lower_ not in STOP_WORDS:
                        a -= 1
                    while b < len(self.doc) and self.doc[b].pos_ == "PROPN" and self.doc[b].is_title and self.doc[b].lower_ not in _NOT_NAME_WORDS:
                        b += 1
                    if b - a <= 4:
                        self.add(a, b, self.entity_for_name(self.doc[a:b].text, "Person"), "ner")
                    continue
                ids = ent.kb_id_.split("|")
                if _foreign_short_form(ids, self.kb, dominant):
                    # "the Government's $124.1 million investment under its AI Action Plan" in an Australian text:
                    # a short form several states' plans share names this text's own plan, not a foreign one
                    self.add(ent.start, ent.end, self.entity_for_name(ent.text, "Policy", known=False), "ner")
                    continue
                eid = self.entity_for_kb(_pick(ids, self.kb, dominant))
                if _metonym_as_place(ent, self.kb.get(eid), self.kb):
                    eid = self.entity_for_name(ent.text, "Location")
                self.add(ent.start, ent.end, eid, "kb")
        headline = self.headline
        for ent in (part for e in self.doc.ents for part in _split_listed_names(e)):
            if ent.kb_id_:
                continue
            if ent.label_ != "PERSON" and ent.start in headline:
                continue  # capitals in a headline or quoted title are not evidence of a name
            span = clean_span(ent, self.kb.by_demonym)
            if span is None:
                continue
            while len(span) > 1 and (span[0].text in {"•", "·"} or _after_bullet(self.doc, span.start) and _line_verb(span[0])):
                # "• Coordinated S&T in …": a bulleted line's marker and opening verb are no part of a name
                span = Span(self.doc, span.start + 1, span.end, label=ent.label_)
            if len(span) == 1 and "&" in span.text:
                continue  # ("S&T", "R&D": a field's short form, not a name)
            if ent.label_ == "ORG" and span.start > 1 and not any(t.is_sent_start for t in span[1:]):
                k = span.start
                while k - 1 > 0 and k - 1 not in self.covered and self.doc[k - 1].pos_ == "PROPN" and self.doc[k - 1].is_title \
                        and self.doc[k - 1].dep_ == "compound" and self.doc[k - 1].head.i in range(k, span.end) \
                        and not self.doc[k - 1].ent_type_:
                    k -= 1
                if k < span.start and self.lowers[k - 1] == "the":
                    span = Span(self.doc, k, span.end, label=ent.label_)  # "Created the Tech Diplomacy Working Group":
                    # NER's name began too late
            if ent.label_ in {"LOC", "GPE"} and span.text[:1].islower():
                continue  # "trans-Atlantic security": an adjective, not a place's name
            if ent.label_ != "PERSON" and self._in_portfolio(span.start) and span[-1].text not in POST_NOMINALS:
                continue  # "Minister of State for Digital and Data Protection": a minister's remit, not a body (but
                # "… Company Regulation Dara Calleary TD" ends in a person, read below)
            if ent.label_ != "PERSON" and span[0].tag_ == "VBG" and span[0].dep_ in {"csubj", "ROOT", "advcl"} \
                    and any(c.dep_ == "dobj" and c.i in range(span.start, span.end) for c in span[0].children):
                continue  # "“Harnessing AI effectively could …”": a gerund and its object open a clause, not a name
            if ent.label_ == "ORG" and span.start > 0 and self.lowers[span.start - 1] in {"a", "an"} and span.end < len(self.doc) \
                    and self.doc[span.end].pos_ == "NOUN" and self.doc[span.end].is_lower \
                    and all(t.lower_ in COMMON_WORDS or t.text in GENERIC_CAPS for t in span):
                continue  # "a Public Service AI work programme": capitalised common words describing a noun, not a name
            if all(t.text in POST_NOMINALS for t in span):
                continue  # "… Lesley Cowley OBE said": NER's second person is the honour alone
            if len(span) == 1 and span[0].text in _STAGE_DIRECTIONS and span.start > 0 and self.texts[span.start - 1] == "(":
                continue  # "(Laughter.)", "(Applause.)": a transcript's stage direction, not a name
            if len(span) == 1 and span[0].text in _SECTION_WORDS:
                continue  # "1. Foreword": a document's section heading, not a name
            if ent.label_ == "PERSON" and len(span) == 1 and span[0].lower_ in COMMON_WORDS and span[0].lower_ not in GIVEN_NAMES \
                    and span.end + 1 < len(self.doc) and self.lowers[span.end] == "of" and self.doc[span.end + 1].is_title:
                continue  # "Guest of Honour", "Master of Ceremonies": a capitalised role, not a person's name
            if ent.label_ == "ORG" and (law := _law_after_on(span)) is not None:
                # "the Council on the Cyber Resilience Act": what a body agreed "on" is a law of its own; the body's
                # word before it is read by the later passes ("the Council")
                self.add(law.start, law.end, self.entity_for_name(law.text, "Policy"), "ner")
                continue
            if ent.label_ == "PERSON" and len(span) >= 2 and span[0].text in _ELECTED_OFFICES | _OFFICE_ABBREVIATIONS \
                    and span[1].is_title:
                span = Span(self.doc, span.start + 1, span.end, label=ent.label_)  # "Representative Tonko": the office
                # written before the name is no part of it
            if ent.label_ == "PERSON" and span[0].text in _ROYAL_STYLES:
                # "H.R.H. Prince Abdulaziz Bin Salman Al Saud": a royal style is no part of the name; a style alone
                # (NER's "H.R.H. Prince" before the name) names no one
                k = span.start
                while k < span.end and self.texts[k] in _ROYAL_STYLES:
                    k += 1
                if span.end - k < 2:
                    continue
                span = Span(self.doc, k, span.end, label=ent.label_)
            if span[0].text == "Project" and len(span) >= 2 and all(t.is_title or t.like_num for t in span[1:]):
                # "Project Gigabit", "Project Maven": a project so named is a programme, whatever NER took it for
                self.add(span.start, span.end, self.entity_for_name(span.text, "Policy"), "ner")
                continue
            honours = len(span)
            while honours > 2 and span[honours - 1].text in POST_NOMINALS:
                honours -= 1
            if honours < len(span) and honours <= 3 and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in span[:honours]) \
                    and not _type_from_head(span[:honours], span[honours - 1].lower_, default=None):
                # "Lesley Cowley OBE", "Lucy Rigby KC MP": honours and letters after a name are no part of it
                self.add(span.start, span.start + honours, self.entity_for_name(span[:honours].text, "Person"), "ner")
                continue
            if honours < len(span) and (name := _name_after_title(span[:honours])) is not None:
                # "… Digital and Company Regulation Dara Calleary TD": NER ran the minister's title into the name; the
                # letters after it say a person ends there, and the title's last word says where the name begins
                self.add(name.start, name.end, self.entity_for_name(name.text, "Person"), "ner")
                continue
            if span[0].text in _PERSON_HONORIFICS and 2 <= len(span) <= 6 \
                    and all(t.is_title and t.pos_ == "PROPN" or t.text in {"-", "–"} for t in span[1:]) \
                    and not _type_from_head(span[1:], span[-1].lower_, default=None):
                # "the Honourable Chrystia Freeland", "Dr. Vivian Balakrishnan": NER's organisation after an honorific is a person
                self.add(span.start + 1, span.end, self.entity_for_name(span[1:].text, "Person"), "ner")
                continue
            if ent.label_ == "PERSON" and len(span) > 1 and self._ends_title(span.start):
                span = span[1:]  # "… Internal Affairs and Communications Matsumoto": NER took the title's last word
            elif ent.label_ == "PERSON" and len(span) >= 3 and span.start > 0 and self.doc[span.start - 1].is_title \
                    and span[0].lower_ in COMMON_WORDS and span[0].lower_ not in GIVEN_NAMES and span[0].lower_.endswith("s") \
                    and (re.fullmatch(r"[A-Z]\.", span[1].text) or span[1].lower_ in GIVEN_NAMES):
                span = span[1:]  # "Minister-in-charge of Trade Relations S. Iswaran": the title's last word, an everyday one
            if ent.label_ == "ORG" and not ent.kb_id_ and len(span) >= 2 and span[0].lower_ in {"minister", "member"} \
                    and span[1].lower_ in {"of", "for"}:
                continue  # "Parliamentary Secretary to the Minister of Industry and Member of Parliament": offices
            if self._ends_hyphenated_phrase(span.start):
                continue  # "Question-and-Answer Session": the end of a hyphenated phrase, not a name
            if ent.label_ == "PERSON" and len(span) > 1 and span[-1].lower_ in _HEADLINE_VERBS:
                span = span[:-1]  # "METI Minister Nishimura Visits Kyoto": a headline's verb is no part of the name
            if ent.label_ == "PERSON" and len(span) == 2 and _all_caps(span[0]) and len(span[0].text) > 2 and span[1].is_title:
                # "KISHIDA Fumio": a surname in capitals first (Japanese and Korean official style) is "Fumio Kishida"
                self.add(span.start, span.end, self.entity_for_name(f"{span[1].text} {span[0].text.title()}", "Person"), "ner")
                continue
            if ent.label_ == "PERSON" and len(span) > 1 and _all_caps(span[-1]) and not _all_caps(span[0]):
                # "… Internal Affairs and Communications MATSUMOTO": the name is the surname in capitals
                k = len(span) - 1
                while k > 0 and _all_caps(span[k - 1]):
                    k -= 1
                span = span[k:]
            if len(span) == 1 and span[0].pos_ != "PROPN" and not _camel_case(span[0].text):
                continue  # a capitalised common word ("Modify", "Today") is not a name (a camel-cased "CloudHQ" is)
            if len(span) == 1 and span.text in self.kb.by_demonym:
                continue  # "an Emirati holding company": NER's place is the state's demonym, read by the demonym step
            if _names_a_brand(span):
                continue  # "software tools under the DS-5, RealView and Keil brands": product brands, not places or firms
            if ent.label_ in {"LOC", "GPE", "FAC"} and span[-1].lower_ in _SEASONS and len(span) > 1:
                continue  # "the AI Spring", "an AI winter": a period named after a season, not a place
            if ent.label_ == "PERSON" and len(span) == 1 and span.start > 0 and self.doc[span.start - 1].lower_ in {"a", "an", "the"} \
                    and span.end < len(self.doc) and self.doc[span.end].pos_ == "NOUN" and self.doc[span.end].is_lower:
                continue  # "a Sanskrit lecturer": a capitalised modifier, not a person
            if ent.label_ == "PERSON" and span[-1].text in self.kb.by_demonym:
                continue  # "A third-generation Zainichi Korean, he …": a people, not a person's name
            if ent.label_ == "PERSON" and re.fullmatch(r"[IVX]+\.", span[0].text) and any(s == span.start for s, _ in line_ranges(self.doc)):
                continue  # "I. Purpose": a numbered heading, not an initial
            if len(span) == 1 and span[0].lower_ in COREF_NOUNS and span.start > 0 and self.doc[span.start - 1].lower_ == "the":
                continue  # "the Department", "the Commission": a description, resolved later
            if _only_generic_words(span) and not self._bare_name(span) and not self._owned_name(span) \
                    or _portfolio(span) or _DEGREE.match(span.text):
                continue  # … or "Bachelor of Engineering": a degree, not a body
            if span[-1].lower_ in _PLACE_NOUNS and span[-1].is_lower and len(span) > 1:
                span = span[:-1]  # "Wuchuan city": the place is the name before the word for its kind
                self.add(span.start, span.end, self.entity_for_name(span.text, "Location"), "ner")
                continue
            if span.end < len(self.doc) and self.doc[span.end].lower_ in _PLACE_NOUNS and self.doc[span.end].is_lower:
                self.add(span.start, span.end, self.entity_for_name(span.text, "Location"), "ner")
                continue  # "Tanba town": a name before a word for a kind of place is that place
            if self._surname_administration(span):
                continue
            if len(span) == 1 and span.text.isupper() and 1 < span.start and span.end < len(self.doc) \
                    and self.doc[span.start - 1].text == "(" and self.doc[span.end].text == ")" \
                    and self.doc[span.start - 2].is_lower and self.doc[span.start - 2].is_alpha:
                continue  # "4 terrabyte (TB) corpus": the short form of a common noun, not a name
            if span.start >= 2 and self.doc[span.start - 2].lower_ == "full" and self.doc[span.start - 1].lower_ in {"name", "title"}:
                # "Ernie Bot (…), full name Enhanced Representation through Knowledge Integration, is …": the full
                # name is the entity named just before it
                before = [m for m in self.out.mentions if m.end <= span.start - 2 and m.start >= span.sent.start]
                if before:
                    named = max(before, key=lambda m: m.end)
                    self.add(span.start, span.end, named.entity_id, "alias")
                    self.out.entities[named.entity_id].aliases = [*self.out.entities[named.entity_id].aliases, span.text]
                continue
            before = [self.doc[k].lower_ for k in range(max(0, span.start - 2), span.start)]
            if before and (before[-1] in _KIN_NOUNS or before[-1] == "," and len(before) == 2 and before[0] in _KIN_NOUNS) \
                    and len(span) <= 4 and all(t.text[:1].isupper() for t in span if t.is_alpha):
                # "His mother Prabhavati", "His father, Bukkapuram Nadella Yugandhar,": a relative is a person
                self.add(span.start, span.end, self.entity_for_name(span.text, "Person"), "ner")
                continue
            nxt = self.doc[span.end] if span.end < len(self.doc) else None
            if ent.label_ == "ORG" and len(span) > 1 and span[-1].text == "AI" and nxt is not None \
                    and nxt.lemma_.lower() in {"summit", "conference", "forum"}:
                # "the Bletchley, Seoul, and Paris AI summits": the place that hosted the summit, not a company "Paris AI"
                place = span[:-1]
                known = next((e for e in self.kb.lookup(place.text) if e.type in {"Location", "Government"}), None)
                if known is not None or place.root.ent_type_ == "GPE" or len(place) == 1:
                    self.add(place.start, place.end, self.entity_for_kb(known.id) if known is not None
                             else self.entity_for_name(place.text, "Location"), "ner")
                continue
            if ent.label_ == "ORG" and nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and nxt.lower_ in POLICY_HEADS \
                    and nxt.lower_ not in {"deal", "deals", "agreement", "contract", "partnership"} \
                    and span.root.head.i == nxt.i and span.root.dep_ in {"compound", "amod", "nmod"}:
                # (not "its Activision deal": a company's business deal, which names no policy)
                # "its National AI plan": NER's name stops before the plan's lowercase head word
                whole = self.doc[span.start:span.end + 1]
                self.add(whole.start, whole.end, self.entity_for_name(whole.text, "Policy"), "ner")
                continue
            type_ = type_for_unknown(span)
            if type_ is None:
                continue
            self.add(span.start, span.end, self.entity_for_name(span.text, type_), "ner")

    def _ends_title(self, i: int) -> bool:
        """Token i is the last word of a KB title of office that starts before it."""
        doc = self.doc
        for n in range(2, self.kb.max_title_tokens + 1):
            if i + 1 - n >= 0 and tuple(t.lower_ for t in doc[i + 1 - n:i + 1]) in self.kb.by_title_tokens:
                return True
        return False

    def _in_portfolio(self, start: int) -> bool:
        """Whether the capitalised words from ``start`` continue a minister's remit ("Minister of State for Trade
        Promotion, Digital and Company Regulation"): only capitalised words, commas and 'and' lie between them and the
        'for' after an office word."""
        k = start - 1
        while k >= 0 and start - k <= 15:
            if self.lowers[k] == "for":
                j = k - 1
                if j >= 2 and self.lowers[j] == "state" and self.lowers[j - 1] == "of":
                    j -= 2  # "Minister of State for …"
                return j >= 0 and self.lowers[j] in _OFFICE_WORDS
            if not (self.texts[k] in {",", "&"} or self.lowers[k] == "and" or self.doc[k].is_title):
                return False
            k -= 1
        return False

    def _ends_hyphenated_phrase(self, start: int) -> bool:
        """Whether the capitalised words from ``start`` close a hyphenated phrase ("Question-and-Answer Session")."""
        return start >= 2 and self.texts[start - 1] == "-" and self.lowers[start - 2] in {"and", "or", "to", "of", "in"}

    def _bare_name(self, span: Span) -> bool:
        """'the launch of AI Lab …. AI Lab will …': generic words the text writes twice or more with no article or
        possessive before them are the name of one thing ("the AI lab" is a description)."""
        if not 2 <= len(span) <= 3 or not all(t.text[:1].isupper() for t in span):
            return False
        words = [t.text for t in span]
        bare = 0
        for i in range(len(self.texts) - len(words) + 1):
            if self.texts[i:i + len(words)] == words and (i == 0 or self.lowers[i - 1] not in _DETERMINERS
                                                            and self.doc[i - 1].tag_ != "POS"):
                bare += 1
        return bare >= 2

    def _owned_name(self, span: Span) -> bool:
        """'to join our AI Pact': capitalised generic words after a possessive pronoun, with a field before the
        head word, name the owner's own thing (a description would be lower case: "our AI pact")."""
        return len(span) == 2 and span.start > 0 and self.lowers[span.start - 1] in {"our", "its", "their"} \
            and all(t.text[:1].isupper() for t in span) and span[0].text in GENERIC_CAPS and span[1].lower_ in POLICY_HEADS

    def link_qualifiers(self) -> None:
        """'U.S. Department of Commerce', 'China's Ministry of Commerce': the state named inside an agency's name."""
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            if draft.type != "Agency" or m.end - m.start < 2:
                continue
            gid = state_qualifier(self.doc[m.start:m.end], self.kb, m.entity_id)
            if gid:
                # ("National Research Council of Canada", "Global Affairs Canada": the state's word closes the name)
                at = m.end - 1 if state_named(self.doc[m.start].text, self.kb) != gid \
                    and state_named(self.doc[m.end - 1].text, self.kb) == gid else m.start
                self.out.nested.append(LinkedMention(at, at + 1, self.entity_for_kb(gid), "qualifier"))
        for m in list(self.out.mentions):
            if self.out.entities[m.entity_id].type == "Policy" and m.end - m.start >= 3:
                self._nest_issuing_body(m)

    def _nest_issuing_body(self, m: LinkedMention) -> None:
        """'the Council of Europe Framework Convention on …', 'the OECD AI Principles': a known organisation whose
        name opens a law's name is named too (the longer name holds it, as a state's name is held in an agency's).
        A gathering's name is left whole: the annotated articles take "the G7 Hiroshima Summit" or "the OECD
        Ministerial Council Meeting" for the event alone."""
        for size in range(min(5, m.end - m.start - 1), 0, -1):
            words = self.doc[m.start:m.start + size]
            if not words[-1].text[:1].isupper():
                continue
            entry = next((e for e in self.kb.lookup(words.text) if e.type == "Organization"), None)
            if entry is not None:
                self.out.nested.append(LinkedMention(words.start, words.end, self.entity_for_kb(entry.id), "qualifier"))
                return

    def link_distributive_names(self) -> None:
        """'the U.S. and UK AI Safety Institutes': one plural name, one known body per coordinated state.

        Each state's forms are tried before the singular name ('UK AI Safety
        Institute'); only bodies the knowledge base knows are linked, so an
        ordinary plural after a list of states ('U.S. and UK Officials') stays as it was."""
        doc = self.doc
        for m in list(self.out.mentions):
            head = doc[m.end - 1]
            if head.tag_ not in {"NNPS", "NNS"} or self.out.entities[m.entity_id].from_kb or m.start < 3:
                continue
            states: list[LinkedMention] = []
            k = m.start - 1
            while k >= 0 and (g := self.covered.get(k)) is not None and self.out.entities[g.entity_id].type == "Government":
                states.insert(0, g)
                k = g.start - 1
                if k >= 0 and doc[k].lower_ in {"and", ","}:
                    k -= 1
                else:
                    break
            if len(states) < 2:
                continue
            rest = " ".join([t.text for t in doc[m.start:m.end - 1]] + [_singular(head.text)])
            found: list[tuple[str, str]] = []
            for g in states:
                entry = self.kb.get(g.entity_id)
                forms = [doc[g.start:g.end].text, *(entry.surface_forms if entry else ())]
                body = next((ids[0] for f in forms if (ids := self.kb.by_form.get(f"{f} {rest}"))), None)
                if body is not None:
                    found.append((self.entity_for_kb(body), g.entity_id))
            if len(found) < len(states):
                continue
            self.out.mentions.remove(m)
            mention = LinkedMention(m.start, m.end, found[0][0], "distributive")
            self.out.mentions.append(mention)
            for i in range(m.start, m.end):
                self.covered[i] = mention
            for body, _state in found[1:]:
                self.out.nested.append(LinkedMention(m.start, m.end, body, "distributive"))
            self.out.distributive[head.i] = found

    def link_shared_region_heads(self) -> None:
        """'I will visit Yamagata and Akita Prefectures': two names sharing one plural word for a kind of region are
        two regions of that kind ("Yamagata Prefecture", "Akita Prefecture"), wherever NER put the plural (often on
        a person's name); the first name, written bare elsewhere in the text, is that region too."""
        doc = self.doc
        for i in (i for i, text in enumerate(self.texts) if text in _REGION_PLURALS):
            head = doc[i]
            if i < 3 or not doc[i - 1].is_title or doc[i - 2].lower_ != "and" \
                    or not doc[i - 3].is_title or doc[i - 3].pos_ != "PROPN":
                continue
            kind = _singular(head.text)
            replaced = {m.entity_id for k in range(i - 3, i + 1) if (m := self.covered.get(k)) is not None}
            second = self.entity_for_name(f"{doc[i - 1].text} {kind}", "Location")
            first = self.entity_for_name(f"{doc[i - 3].text} {kind}", "Location")
            self.add(i - 1, i + 1, second, "region", replace=True)
            self.add(i - 3, i - 2, first, "region", replace=True)
            for k, bare in ((i - 3, first), (i - 1, second)):
                for m in [m for m in self.out.mentions if m.end - m.start == 1 and m.start != k
                          and self.texts[m.start] == doc[k].text and not self.out.entities[m.entity_id].from_kb
                          and (m.start + 1 >= len(doc) or doc[m.start + 1].text != kind)]:
                    self.add(m.start, m.end, bare, "region", replace=True)
            for eid in replaced - {m.entity_id for m in self.out.mentions}:
                if not self.out.entities[eid].from_kb:
                    del self.out.entities[eid]  # NER's "Akita Prefectures" (a person) must not lend later passes a surname

    def extend_act_on_names(self) -> None:
        """'the Act on the Promotion of Ensuring National Security …': a law named "Act on (the) …" (Japan's way of
        naming laws in translation) starts at "Act", where NER began at the subject matter."""
        doc = self.doc
        for m in list(self.out.mentions):
            if self.out.entities[m.entity_id].from_kb or m.how != "ner" or m.start < 2:
                continue  # (NER may have taken the subject matter for a body: "Promotion of Secure Cloud Services")
            k = m.start - 1 if doc[m.start - 1].lower_ == "the" else m.start
            if k < 2 or doc[k - 1].lower_ != "on" or doc[k - 2].text not in {"Act", "Law"} or k - 2 in self.covered:
                continue
            self.add(k - 2, m.end, self.entity_for_name(doc[k - 2:m.end].text, "Policy"), "ner", replace=True)

    def merge_quoted_short_names(self) -> None:
        """'the Act on the Promotion of … Economic Measures (the "Economic Security Promotion Act")': a name in
        quotes in brackets right after a name of the same kind is that name's short form, and so are its later uses."""
        doc = self.doc
        for i in (i for i, text in enumerate(self.texts) if text == "(" and 0 < i < len(doc) - 4):
            k = i + 2 if self.lowers[i + 1] == "the" else i + 1
            if self.texts[k] not in _QUOTES or (long := self.covered.get(i - 1)) is None or long.end != i \
                    or (short := self.covered.get(k + 1)) is None or short.start != k + 1 \
                    or short.end + 1 >= len(doc) or self.texts[short.end] not in _QUOTES or self.texts[short.end + 1] != ")":
                continue
            keep, drop = long.entity_id, short.entity_id
            if keep == drop or self.out.entities[keep].type != self.out.entities[drop].type:
                continue
            if self.out.entities[drop].from_kb and not self.out.entities[keep].from_kb:
                keep, drop = drop, keep  # the knowledge base's entry is the law's canonical name
            for m in [m for m in self.out.mentions if m.entity_id == drop]:
                self.add(m.start, m.end, keep, m.how, replace=True)

    def unlink_other_states_laws(self) -> None:
        """'a new cross-economy AI-specific law (for example, an Australian AI Act)': a known law's short name after
        another state's demonym is not that law — with "a"/"an" before it, no named law at all."""
        doc = self.doc
        for m in list(self.out.mentions):
            entry = self.kb.get(m.entity_id)
            if entry is None or entry.type != "Policy" or not entry.country or m.start < 2:
                continue
            state_id = self.kb.by_demonym.get(doc[m.start - 1].text)
            state = self.kb.get(state_id) if state_id else None
            if state is None or state.name == entry.country:
                continue
            if self.lowers[m.start - 2] in {"a", "an"}:
                self._drop(m)
            else:
                self.add(m.start - 1, m.end, self.entity_for_name(doc[m.start - 1:m.end].text, "Policy", known=False), "chunk",
                         replace=True)

    def link_ports(self) -> None:
        """'a carbon-neutral port in the Port of Sakata': "Port of" and a capitalised name is a place, whether NER
        missed it or took only the town."""
        doc = self.doc
        for i in (i for i, text in enumerate(self.texts[:-2]) if text == "Port"):
            if self.texts[i + 1] != "of" or not doc[i + 2].is_title or doc[i + 2].pos_ != "PROPN":
                continue
            end = i + 3
            while end < len(doc) and end - i < 5 and doc[end].is_title and doc[end].pos_ == "PROPN" \
                    and doc[end].lower_ not in _PORT_BODY_HEADS:
                end += 1
            if end < len(doc) and doc[end].lower_ in _PORT_BODY_HEADS:
                continue  # "the Port of Seattle Commission": the body that runs the port
            held = [self.covered[k] for k in range(i, end) if k in self.covered]
            if any(self.out.entities[h.entity_id].type not in {"Location", "Government"} or h.start < i or h.end > end
                   for h in held) or held and held[0].start == i and held[0].end == end:
                continue  # inside a longer name or a body's; or already the whole port
            self.add(i, end, self.entity_for_name(doc[i:end].text, "Location"), "port", replace=True)

    def link_coordinated_ministries(self) -> None:
        """'organised by the Dutch Ministry of Foreign Affairs and Ministry of Defence': a ministry coordinated right
        after one its state's demonym opens shares that state — the knowledge base's body of that name there, not
        another state's body the bare name would find."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            entry = self.kb.get(m.entity_id)
            state_id = self.kb.by_demonym.get(self.texts[m.start])
            if entry is None or entry.type != "Agency" or state_id is None or m.end + 1 >= len(doc) \
                    or self.lowers[m.end] != "and" or (nxt := self.covered.get(m.end + 1)) is None or nxt.start != m.end + 1:
                continue
            words = self.texts[nxt.start:nxt.end]
            if self.out.entities[nxt.entity_id].type != "Agency" or words[0] not in {"Ministry", "Department"}:
                continue
            body = next((e for e in self.kb.lookup(f"{self.texts[m.start]} {' '.join(words)}") if e.type == "Agency"), None)
            if body is None or body.id == nxt.entity_id:
                continue
            self.add(nxt.start, nxt.end, self.entity_for_kb(body.id), "distributive", replace=True)
            self.out.distributive[nxt.end - 1] = [(body.id, state_id)]

    def drop_plural_kinds(self) -> None:
        """'their respective AI Safety Institutes': a plural body noun no state list distributes names a kind, not a body.

        Runs after the distributive stage, which turns "the U.S. and UK AI
        Safety Institutes" into the two known bodies; what is left is generic."""
        doc = self.doc
        for m in list(self.out.mentions):
            if m.how != "ner" or self.out.entities[m.entity_id].from_kb or doc[m.end - 1].lower_ not in _PLURAL_BODY_HEADS:
                continue
            self._drop(m)

    def link_city_before_region(self) -> None:
        """'Clay, New York, and Boise, Idaho': a capitalised word NER left out, right before ', REGION', is a place."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            if self.out.entities[m.entity_id].type != "Location" or m.start < 2 or doc[m.start - 1].text != ",":
                continue
            end = m.start - 1
            prev = self.covered.get(end - 1)
            place_before = prev is not None and prev.start >= 2 and doc[prev.start - 1].text == "," and (
                (pb := self.covered.get(prev.start - 2)) is not None and self.out.entities[pb.entity_id].type in {"Location", "Government"})
            if prev is not None and prev.end == end and prev.end - prev.start <= 2 and prev.how == "ner" \
                    and not self.out.entities[prev.entity_id].from_kb and (self.out.entities[prev.entity_id].type in {"Firm", "Organization"}
                                                                            or self.out.entities[prev.entity_id].type == "Person" and (
                                                                                prev.end - prev.start == 1 or place_before)) \
                    and not (prev.start > 0 and doc[prev.start - 1].is_title and doc[prev.start - 1].pos_ == "PROPN"):
                # "Boise, Idaho", "Taylor, Texas": NER's organisation (or one-word person) before a region is a town, and
                # so is a person's name between two places ("Bletchley Park, Milton Keynes, England")
                span = doc[prev.start:prev.end]
                if not _type_from_head(span, span[-1].lower_, default=None):
                    self.add(prev.start, prev.end, self.entity_for_name(span.text, "Location"), "ner", replace=True)
                continue
            start = end
            while start - 1 >= 0 and end - start < 2 and start - 1 not in self.covered and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].is_title and doc[start - 1].is_alpha:
                start -= 1
            if start == end or start in self.headline:
                continue
            before = doc[start - 1] if start > 0 else None
            if before is not None and (before.is_title and before.pos_ == "PROPN" or before.i in self.covered):
                continue  # part of a longer name, or a name's own comma
            span = doc[start:end]
            if _type_from_head(span, span[-1].lower_, default=None):
                continue
            self.add(start, end, self.entity_for_name(span.text, "Location"), "ner")

    def relink_place_names(self) -> None:
        """'in Taylor, Texas … a facility in Taylor': a one-word name found to be a place is that place wherever NER
        took the same word for a person or a company."""
        places = {self.out.entities[m.entity_id].name: m.entity_id for m in self.out.mentions
                  if self.out.entities[m.entity_id].type == "Location" and m.end - m.start == 1}
        for m in list(self.out.mentions):
            entity = self.out.entities[m.entity_id]
            if m.end - m.start == 1 and not entity.from_kb and m.how == "ner" and entity.type in {"Person", "Firm"} \
                    and (place := places.get(self.texts[m.start])) is not None:
                self.add(m.start, m.end, place, "ner", replace=True)

    def retype_towns_named_for_states(self) -> None:
        """'right here in Malta, New York': a state's name followed by a comma and a region of another state is a
        town there named like the state, not the state."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            entity = self.out.entities[m.entity_id]
            if entity.type != "Government" or m.end + 1 >= len(doc) or self.texts[m.end] != "," \
                    or (region := self.covered.get(m.end + 1)) is None or region.start != m.end + 1:
                continue
            place = self.out.entities[region.entity_id]
            if place.type == "Location" and place.country and place.country != entity.name:
                self.add(m.start, m.end, self.entity_for_name(doc[m.start:m.end].text, "Location", known=False), "ner",
                         replace=True)

    def link_sites_in_places(self) -> None:
        """'held at Upavon in Wiltshire, UK': a capitalised word or two NER left out, after 'at' and before 'in' and a
        known or found place, is a place itself."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            if self.out.entities[m.entity_id].type not in {"Location", "Government"} or m.start < 4 \
                    or self.lowers[m.start - 1] != "in":
                continue
            end = m.start - 1
            start = end
            while start - 1 >= 0 and end - start < 2 and start - 1 not in self.covered and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start:
                start -= 1
            if start == end or self.lowers[start - 1] != "at":
                continue
            span = doc[start:end]
            if not _type_from_head(span, span[-1].lower_, default=None):
                self.add(start, end, self.entity_for_name(span.text, "Location"), "ner")

    def link_institutions_of_places(self) -> None:
        """'University of Manchester', 'Queen Mary University of London', 'the University of Edinburgh': an
        institution word with 'of' and a place is one name, the institution's — not the place the knowledge base
        knows (which would otherwise win over NER's organisation)."""
        doc = self.doc
        for i, text in enumerate(self.texts):
            if text not in _INSTITUTION_WORDS or i + 2 >= len(doc) or self.lowers[i + 1] != "of":
                continue
            place = self.covered.get(i + 2)
            known_place = place is not None and place.start == i + 2 and self.out.entities[place.entity_id].type in {"Location", "Government"}
            end = place.end if known_place else i + 2
            if not known_place:
                # "University of Exeter and University of Bristol" taken by NER as one name: the words up to 'and'
                while end < len(doc) and end - i < 5 and doc[end].is_title and doc[end].pos_ == "PROPN" and self.lowers[end] != "and":
                    end += 1
                if end == i + 2 or place is not None and (place.how not in {"ner", "chunk"} or place.end <= end):
                    continue  # nothing name-like after 'of', or a name the institution word does not run over
            start = i
            while start - 1 >= 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start \
                    and (start - 1 not in self.covered or self.covered[start - 1].how in {"ner", "chunk"}) and i - start < 2:
                start -= 1  # "Queen Mary University of London"
            if any(k in self.covered and self.covered[k].how == "kb" and self.out.entities[self.covered[k].entity_id].type
                   not in {"Location", "Government"} for k in range(start, end)):
                continue  # a known institution already named there
            self.add(start, end, self.entity_for_name(doc[start:end].text, "Organization"), "ner", replace=True)

    def link_regional_governments(self) -> None:
        """'the Government of Madhya Pradesh', 'the Government of Ontario': the government of a known region (a place,
        not a state) is a body of its own — an agency the text can make sign, lead or partner — and the region stays
        named inside it."""
        doc = self.doc
        for i, text in enumerate(self.texts):
            if text != "Government" or i + 2 >= len(doc) or self.lowers[i + 1] != "of":
                continue
            place = self.covered.get(i + 2)
            if place is None or place.start != i + 2 or self.out.entities[place.entity_id].type != "Location" \
                    or self.covered.get(i) is not None:
                continue
            self.add(i, place.end, self.entity_for_name(doc[i:place.end].text, "Agency"), "chunk", replace=True)
            self.out.nested.append(LinkedMention(place.start, place.end, place.entity_id, "qualifier"))

    def link_college_towns(self) -> None:
        """"Christ's College, Finchley", "Queen Elizabeth's School, Barnet": the word after a school's comma is its town.

        British usage writes a college or school with its town after a comma;
        NER often makes the town a company or a person. The town is a place
        (the relation rules read it as where the school is)."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            if self.out.entities[m.entity_id].type != "Organization" or self.lowers[m.end - 1] not in SCHOOL_HEADS:
                continue
            town = town_after_school(doc, m.end)
            if town is None or town.i in self.headline:
                continue
            held = self.covered.get(town.i)
            if held is not None and (held.end - held.start != 1 or self.out.entities[held.entity_id].from_kb):
                continue
            self.add(town.i, town.i + 1, self.entity_for_name(town.text, "Location"), "ner", replace=True)

    def link_affiliation_lines(self) -> None:
        """'- Ed Bastian, CEO, Delta Air Lines': a list line's opening name is a person, and a capitalised field after
        an office field is the body the office is held in (see ``ingest/affiliations.py``).

        NER misses or mistypes many names in such lists ("Vicki Hollub" as a
        company, "Reeve Givens" without "Alexandra"); the line's shape is the
        surer sign. A body field is typed by its head word, else a company."""
        from graphkit.ingest.affiliations import DEGREES, affiliation_lines, field_text
        from graphkit.ingest.titles import field_offices

        doc = self.doc
        for line in affiliation_lines(doc, lambda text: bool(field_offices(text))):
            name = doc[line.name.start:line.name.end]
            held = {self.covered[i].entity_id for i in range(name.start, name.end) if i in self.covered}
            if not any(self.out.entities[e].from_kb for e in held) and not _type_from_head(name, name[-1].lower_, default=None):
                self.add(name.start, name.end, self.entity_for_name(name.text, "Person"), "ner", replace=True)
            after_office = False
            for part in line.fields:
                text = field_text(doc, part)
                if text.strip(". ") in DEGREES:
                    continue
                if field_offices(text):
                    after_office = True
                    continue
                span = doc[part.start:part.end]
                while len(span) and span[0].lower_ in {"the", "and"}:
                    span = span[1:]
                if not after_office or not len(span) or not _title_cased(span, lower_allowed=1) and not all(
                        t.is_title or t.lower_ in CONNECTORS or t.is_punct for t in span):
                    continue
                held = [self.covered[i] for i in range(span.start, span.end) if i in self.covered]
                guessed_person = [m for m in held if m.start == span.start and m.end == span.end and m.how == "ner"
                                  and self.out.entities[m.entity_id].type == "Person" and not self.out.entities[m.entity_id].from_kb]
                if held and not guessed_person and (
                        any(self.out.entities[m.entity_id].from_kb and self.out.entities[m.entity_id].type != "Government"
                            for m in held) or any(m.start == span.start and m.end == span.end for m in held)):
                    continue  # a known body, or one already named by this very field (a person NER guessed is retyped)
                if any(self.out.entities[m.entity_id].type in {"Location", "Government"} and m.end - m.start == len(span) for m in held):
                    continue
                type_ = _type_from_head(span, span[-1].lower_, default="Firm")
                self.add(span.start, span.end, self.entity_for_name(span.text, type_), "ner", replace=True)
                # a body right after a body is the one it belongs to ("… Committee, United States Conference of Mayors")

    def _quoted_short_name_after(self, k: int) -> int | None:
        """The bracket that capitalised words from token ``k`` (with 'of', 'for', 'the' and 'and' between them) run
        straight to, when it opens a quoted short form: '… and the Establishment of Foundation for Trustworthiness
        (“AI Basic Act”)'."""
        limit = min(len(self.doc) - 1, k + 15)
        while k < limit and (self.doc[k].is_title or self.lowers[k] in {"of", "for", "the", "and", "on", "in"}):
            k += 1
        opens = 0 < k < len(self.doc) - 1 and self.doc[k - 1].is_title and self.texts[k] == "(" \
            and self.texts[k + 1] in _OPEN_QUOTES
        return k if opens else None

    def link_policy_name_tails(self) -> None:
        """'Voluntary Code of Conduct on the Responsible Development and Management of Advanced Generative AI Systems':
        a policy's name goes on through "on"/"for" and a run of capitalised words, which NER takes for a company."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities[m.entity_id]
            # ("the EU's Strategy for Cooperation in the Indo-Pacific": NER's name already holds its "for" phrase)
            tailed = m.end < len(doc) and self.lowers[m.end] == "in" and bool({"for", "on"} & set(self.lowers[m.start + 1:m.end - 1]))
            if draft.from_kb or draft.type != "Policy" or m.end + 2 >= len(doc) or self.lowers[m.end] not in {"on", "for"} and not tailed:
                continue
            end = m.end + 1 + (self.lowers[m.end + 1] == "the")
            words = 0
            if tailed:
                end, words = m.end, 2
            while not tailed and end < len(doc) and (doc[end].is_title and doc[end].is_alpha and doc[end].lower_ not in _CALENDAR_WORDS
                                      or doc[end].text in {"AI", "&"} or _TECH_CODE.fullmatch(doc[end].text)
                                      # ("… Agreement for the 21st Century": an ordinal before a capitalised word)
                                      or _ORDINAL.fullmatch(doc[end].text) and end + 1 < len(doc) and doc[end + 1].is_title
                                      or self.lowers[end] in {"and", "of", "the"} and words):
                if self.lowers[end] == "and" and end + 1 < len(doc) and self.lowers[end + 1] in {"the", "a", "an"}:
                    if (bracket := self._quoted_short_name_after(end + 2)) is not None:
                        # "… Development of Artificial Intelligence and the Establishment of Foundation for
                        # Trustworthiness (“AI Basic Act”)": one name, up to the short form it defines
                        end, words = bracket, words + 2
                    break  # "… for Digital Trade and the Strategy for …": 'and the' opens the next name
                # ("Joint Declaration on 5G": a technology's code counts as a capitalised word)
                words += 2 if _TECH_CODE.fullmatch(doc[end].text) else int(doc[end].is_title or doc[end].text == "AI" or bool(_ORDINAL.fullmatch(doc[end].text)))
                end += 1
                if self.texts[end - 1].endswith(".") and not self.texts[end - 1].endswith(".."):
                    break  # "… on 5G." closes its sentence
            while end > m.end and self.lowers[end - 1] in {"and", "of", "the", "&"}:
                end -= 1
            # "… Strategy for Cooperation in the Indo-Pacific", "International Digital Strategy for the European Union":
            # a known region or state closing the name (kept as a mention inside it)
            at = end if words else m.end
            if at + 1 < len(doc) and (self.lowers[at] == "in" and words or at == m.end):
                k = at + 1 + (self.lowers[at + 1] == "the")
                place = self.covered.get(k)
                if place is not None and place.start == k and self.out.entities[place.entity_id].type in {"Location", "Government"} \
                        and self.out.entities[place.entity_id].from_kb and (place.end >= len(doc) or not _is_cap(doc[place.end])):
                    self.out.nested.append(LinkedMention(place.start, place.end, place.entity_id, "qualifier"))
                    end, words = place.end, max(words, 2)
            if words < 2 and self.lowers[m.end - 1] in {"declaration", "statement", "cooperation", "understanding", "memorandum",
                                                         "agreement", "arrangement"} and self.lowers[m.end] == "on":
                # ("signed a Memorandum of Cooperation on digital identities and trust services": the same for a pact)
                # "a joint Leaders' Declaration on inclusive and sustainable AI": a declaration's topic in lower case,
                # up to a comma or a verb, is the rest of its title
                topic_end = self._topic_tail_end(m.end)
                if topic_end is None:
                    continue
                end, words = topic_end, 2
            if words < 2 or end in self.headline:
                continue
            inner = {self.covered[i].entity_id for i in range(m.end, end) if i in self.covered}
            closing = {n.entity_id for n in self.out.nested if n.how == "qualifier" and n.end == end}
            last = self.covered.get(end - 1)
            if last is not None and last.end == end and last.entity_id in inner and not closing \
                    and self.out.entities[last.entity_id].type in {"Location", "Government"} and self.lowers[m.end] == "for" \
                    and last.start == m.end + 1 + (self.lowers[m.end + 1] == "the"):
                # ("… Strategy for the European Union": the state the whole tail names)
                self.out.nested.append(LinkedMention(last.start, last.end, last.entity_id, "qualifier"))
                closing = {last.entity_id}
            if any(self.out.entities[e].from_kb for e in inner - closing):
                continue
            self.add(m.start, end, self.entity_for_name(doc[m.start:end].text.rstrip("."), "Policy"), "chunk", replace=True)

    def _topic_tail_end(self, on: int) -> int | None:
        """Where a lower-case topic after 'on' (token ``on``) ends, when it runs up to a comma, a bracket or the
        sentence's end ("… on inclusive and sustainable AI,"): the rest of a pact's or declaration's title."""
        doc = self.doc
        end = on + 1
        while end < len(doc) and end - on <= 7 and (doc[end].pos_ in {"ADJ", "NOUN", "PROPN", "CCONJ"}
                                                    and (doc[end].is_lower or doc[end].text == "AI")):
            end += 1
        while end > on + 1 and self.lowers[end - 1] in {"and", "or"}:
            end -= 1
        if end == on + 1 or end < len(doc) and doc[end].text not in {",", ".", ";", "(", ":"} \
                or doc[end - 1].pos_ not in {"NOUN", "PROPN"}:
            return None
        return end

    def link_topical_memoranda(self) -> None:
        """'an agreement … on a Memorandum of Understanding on semiconductors': a memorandum's capitalised generic
        words and its lower-case topic make its title. NER sees no name in the generic words (and the linker drops
        them alone as common), so the topic is what names this memorandum."""
        doc = self.doc
        for i in range(len(doc) - 4):
            if self.texts[i] != "Memorandum" or self.lowers[i + 1] != "of" or self.texts[i + 2] not in {"Understanding", "Cooperation"} \
                    or self.lowers[i + 3] != "on" or any(k in self.covered and self.covered[k].how == "kb" for k in range(i, i + 3)):
                continue
            end = self._topic_tail_end(i + 3)
            if end is not None and end not in self.headline:
                self.add(i, end, self.entity_for_name(doc[i:end].text, "Policy"), "chunk", replace=True)

    def link_body_name_tails(self) -> None:
        """'a ROK-EU Forum for Semiconductor Researchers', 'the Centre for Data Ethics and Innovation': a body's or a
        gathering's name NER ended at its head word goes on through "for"/"on" and a run of capitalised words."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities[m.entity_id]
            if draft.from_kb or draft.type not in {"Organization", "Agency", "Event"} or m.end + 1 >= len(doc) \
                    or self.lowers[m.end - 1] not in _TAILED_BODY_HEADS or self.lowers[m.end] not in {"for", "on"}:
                continue
            end = m.end + 1
            while end < len(doc) and end - m.end <= 5 and end not in self.covered and (
                    doc[end].is_title and doc[end].is_alpha and self.lowers[end] not in _CALENDAR_WORDS
                    or self.texts[end] == "AI"  # ("the National Youth Assembly on AI")
                    or self.lowers[end] == "and" and end + 1 < len(doc) and doc[end + 1].is_title):
                end += 1
            if end == m.end + 1 or end < len(doc) and (end in self.covered or doc[end].is_title):
                continue  # nothing capitalised, or a run this rule cannot bound
            self.add(m.start, end, self.entity_for_name(doc[m.start:end].text, draft.type), "chunk", replace=True)
            if m.entity_id in self.out.state_pairs:
                self.out.state_pairs[self.covered[m.start].entity_id] = self.out.state_pairs[m.entity_id]

    def link_listed_order_titles(self) -> None:
        """"President Trump's Executive Orders, Accelerating Federal Permitting of Data Center Infrastructure and
        Removing Barriers to American Leadership in Artificial Intelligence": titles listed after the orders they name.

        Each run of capitalised words (small words inside allowed) between the
        comma and the end of the sentence, split at " and " before a capital,
        is an order's title; a known order's title links to it."""
        doc = self.doc
        for i in range(len(doc) - 3):
            if not (self.lowers[i] in {"orders", "order"} and i > 0 and self.lowers[i - 1] == "executive" and doc[i + 1].text in {",", ":"}):
                continue
            k = i + 2
            end = next((j for j in range(k, len(doc)) if doc[j].text in {".", ";", "(", ")"} or "\n" in doc[j].text), len(doc))
            runs: list[tuple[int, int]] = []
            start = k
            for j in range(k, end + 1):
                cut = j == end or doc[j].text == "," or (self.lowers[j] == "and" and j + 1 < end and doc[j + 1].is_title)
                if cut:
                    if j > start:
                        runs.append((start, j))
                    start = j + 1
            titles = [(a, b) for a, b in runs if b - a >= 3 and doc[a].is_title
                      and sum(1 for t in doc[a:b] if t.is_title) >= (b - a) * 0.6]
            for a, b in titles if len(titles) == len(runs) else []:
                held = {self.covered[j].entity_id for j in range(a, b) if j in self.covered}
                if any(self.out.entities[e].from_kb and self.out.entities[e].type != "Policy" for e in held):
                    continue
                text = doc[a:b].text
                known = next((e.id for e in self.kb.lookup(text) if e.type == "Policy"), None)
                eid = self.entity_for_kb(known) if known else self.entity_for_name(text, "Policy")
                self.add(a, b, eid, "chunk", replace=True)

    def link_state_named_institutions(self) -> None:
        """'the University of Science and Technology of China': a university or academy named "… of STATE" has the
        state in its name; NER stops before it, and the state is no owner of the body."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities[m.entity_id]
            if draft.from_kb or draft.type != "Organization" or m.end + 1 >= len(doc) or self.lowers[m.end] != "of":
                continue
            if self.lowers[m.start] not in {"university", "academy", "institute", "college"} and \
                    not (m.start + 1 < m.end and self.lowers[m.start + 1] in {"university", "academy", "institute"}):
                continue
            state = self.covered.get(m.end + 1)
            if state is None or state.start != m.end + 1 or self.out.entities[state.entity_id].type != "Government" \
                    or state.end < len(doc) and doc[state.end].is_title:
                continue
            span = doc[m.start:state.end]
            self.add(span.start, span.end, self.entity_for_name(span.text, "Organization"), "chunk", replace=True)

    def link_embassies(self) -> None:
        """'The Chinese Embassy in Washington', 'the US Embassy in Beijing': a state's name or demonym before
        "Embassy" or "Consulate" names that state's mission (an agency of the state); the word alone names nothing."""
        doc = self.doc
        for k in (k for k, text in enumerate(self.texts) if text in {"Embassy", "Consulate", "Consulate-General"} and k > 0):
            if k in self.covered:
                continue
            state = self.covered.get(k - 1)
            demonym = self.kb.by_demonym.get(self.texts[k - 1])
            if state is not None and state.end == k and self.out.entities[state.entity_id].type == "Government":
                start, gid = state.start, state.entity_id
            elif demonym is not None:
                start, gid = k - 1, self.entity_for_kb(demonym)
            else:
                continue
            self.add(start, k + 1, self.entity_for_name(doc[start:k + 1].text, "Agency"), "chunk", replace=True)
            self.out.nested.append(LinkedMention(start, k, gid, "qualifier"))  # the state stays named

    def link_speaker_labels(self) -> None:
        """'MR PATEL: So the State Department's …', 'SALLY SARA, HOST: …': a transcript line's capitalised label.

        The name before the first comma (titles such as MR or SENATOR dropped)
        is a person; a one-word label is the surname of a person the
        transcript has named ("SARA:" after "SALLY SARA"). "QUESTION:" and
        the like are roles, not names."""
        doc = self.doc
        people: dict[str, str] = {}
        for start, end in line_ranges(doc):
            colon = next((j for j in range(start, min(end, start + 16)) if doc[j].text == ":"), None)
            if colon is None or colon == start:
                continue
            label = [t for t in doc[start:colon]]
            if not all(t.text == "," or t.text == "." or (t.is_alpha or "'" in t.text) and t.text.isupper() for t in label):
                continue
            comma = next((k for k, t in enumerate(label) if t.text == ","), len(label))
            name = [t for t in label[:comma] if t.text.rstrip(".") not in _LABEL_TITLES and t.text != "."]
            if not name or len(name) > 3 or any(t.text in _LABEL_ROLES for t in name):
                continue
            if any(self.covered.get(t.i) is not None and self.out.entities[self.covered[t.i].entity_id].from_kb
                   and self.out.entities[self.covered[t.i].entity_id].type != "Person" for t in name):
                continue
            role = {t.i for t in label} - {t.i for t in name}
            self.label_tokens |= {t.i for t in label}
            stale = {self.covered[i].start for i in role if i in self.covered and not self.out.entities[self.covered[i].entity_id].from_kb}
            if stale:  # "SALLY SARA, HOST:": NER's "HOST" company is the role in the label
                self.out.mentions = [m for m in self.out.mentions if m.start not in stale]
                self.covered = {i: m for i, m in self.covered.items() if m.start not in stale}
            text = " ".join(t.text.title() for t in name)
            titled = len(name) < comma  # "MR PATEL:" carries a title; a bare "ACTION:" or "SUMMARY:" is a heading
            known = [e for e, d in self.out.entities.items() if d.type == "Person" and d.name.split()[-1] == text.split()[-1]]
            if len(name) == 1 and len(full := [e for e in known if " " in self.out.entities[e].name]) == 1:
                known = full  # "HELBERG:" beside "Jacob Helberg" and NER's bare "Helberg": the person named in full
            if len(name) == 1 and text in people:
                eid = people[text]
            elif len(name) == 1 and len(known) == 1:
                eid = known[0]
            elif len(name) == 1 and not titled:
                continue
            else:
                eid = self.entity_for_name(text, "Person")
            if self.out.entities[eid].name.isupper():
                self.out.entities[eid].name = text  # NER's "TOM BERG" is Tom Berg
            people[text.split()[-1]] = eid
            self.add(name[0].i, name[-1].i + 1, eid, "ner", replace=True)

    def link_compass_regions(self) -> None:
        """'grew up in North London', 'Southern California': a compass word before a known place names a region of it.

        The knowledge base knows London, so the ruler takes "London" alone and
        leaves "North" out; the region is a place of its own. A longer name
        ("South China Sea", "South China Morning Post") is left to other rules."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            if m.start == 0 or self.out.entities[m.entity_id].type not in {"Location", "Government"}:
                continue
            compass = doc[m.start - 1]
            if compass.text not in _COMPASS_WORDS or compass.i in self.covered or compass.i in self.headline:
                continue
            if m.end < len(doc) and doc[m.end].is_title and doc[m.end].pos_ == "PROPN":
                continue
            if compass.i > 0 and doc[compass.i - 1].is_title and doc[compass.i - 1].pos_ == "PROPN" and not compass.is_sent_start:
                continue  # inside a longer name
            span = doc[compass.i:m.end]
            self.add(span.start, span.end, self.entity_for_name(span.text, "Location"), "ner", replace=True)

    def link_also_known_as(self) -> None:
        """'Linwei Ding, also known as Leon Ding': the second name is an alias of the first entity."""
        doc = self.doc
        ordered = sorted(self.out.mentions, key=lambda m: m.start)
        for a, b in zip(ordered, ordered[1:], strict=False):
            if not 1 <= b.start - a.end <= 6:
                continue  # the longest phrase with its punctuation ("), formerly known as “")
            between = " ".join(self.lowers[k] for k in range(a.end, b.start) if self.texts[k] not in {",", "(", "“", '"'})
            if between not in _AKA or a.entity_id == b.entity_id:
                continue
            first, second = self.out.entities[a.entity_id], self.out.entities[b.entity_id]
            if second.from_kb or (first.type != second.type and first.type not in {"Person", "Firm", "Organization"}):
                continue
            first.add_alias(doc[b.start:b.end].text)
            second_id, b.entity_id = b.entity_id, a.entity_id
            for i in range(b.start, b.end):
                self.covered[i] = b
            if not any(m.entity_id == second_id for m in self.out.mentions):
                del self.out.entities[second_id]  # one person, not two sharing a surname

    def link_given_names(self) -> None:
        """'with Guillaume Perrin and …': a given name and a capitalised word or two NER left out name a person."""
        doc = self.doc
        headline = self.headline
        for i in (i for i, low in enumerate(self.lowers) if low in GIVEN_NAMES):
            t = doc[i]
            held = self.covered.get(t.i)
            if held is not None and held.end - held.start == 1 and self.out.entities[held.entity_id].type in {"Government", "Location"} \
                    and t.i + 1 < len(doc) and (t.i + 1) not in self.covered \
                    and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title and doc[t.i + 1].is_alpha \
                    and not (t.i + 2 < len(doc) and doc[t.i + 2].is_title and doc[t.i + 2].pos_ == "PROPN") \
                    and not _type_from_head(doc[t.i:t.i + 2], doc[t.i + 1].lower_, default=None):
                # "Georgia Adamson", "Jordan Ellis": a country's name that is also a given name, before a surname
                self.add(t.i, t.i + 2, self.entity_for_name(doc[t.i:t.i + 2].text, "Person"), "ner", replace=True)
                continue
            if held is not None and held.start == t.i and held.end - held.start == 2 and held.how == "ner" \
                    and not self.out.entities[held.entity_id].from_kb and self.out.entities[held.entity_id].type in {"Organization", "Firm"} \
                    and _after_title(doc, t.i, _TITLE_HEADS) and not (held.end < len(doc) and doc[held.end].is_title):
                # "… Special Envoy for Critical and Emerging Technology Seth Center": after a title, a given name and a
                # surname that looks like an institution's head word is still a person
                self.add(held.start, held.end, self.entity_for_name(doc[held.start:held.end].text, "Person"), "ner", replace=True)
                continue
            if held is not None and held.start < t.i and 1 <= held.end - t.i - 1 <= 2 and held.how == "ner" \
                    and not self.out.entities[held.entity_id].from_kb and self.out.entities[held.entity_id].type != "Person" \
                    and all(doc[k].is_title and doc[k].is_alpha for k in range(t.i + 1, held.end)) \
                    and _after_title(doc, t.i, _TITLE_HEADS) and not _type_from_head(doc[t.i:held.end], self.lowers[held.end - 1], default=None):
                # (not "The director, São Paolo Research Foundation (FAPESP) President …": a body's head word ends it)
                # "Minister for the Armed Forces Sébastien Lecornu": NER ran the portfolio into the name; the given
                # name after a title starts the person
                self.add(t.i, held.end, self.entity_for_name(doc[t.i:held.end].text, "Person"), "ner", replace=True)
                continue
            nxt = self.covered.get(t.i + 1)
            if held is None and nxt is not None and nxt.start == t.i + 1 and nxt.end == t.i + 2 and t.is_title \
                    and self.out.entities[nxt.entity_id].type in {"Hardware", "AIModel"} and self._among_people(doc[t.i + 1]):
                # "founded by Greg Brockman, Trevor Blackwell, Vicki Cheung …": a given name before a product's one-word
                # name, listed with people, is a person ("Grace Blackwell" among chips stays the chip)
                self.add(t.i, t.i + 2, self.entity_for_name(doc[t.i:t.i + 2].text, "Person"), "ner", replace=True)
                continue
            if held is None and nxt is not None and nxt.start == t.i + 1 and nxt.end - nxt.start <= 2 and t.is_title \
                    and nxt.how == "ner" and self.out.entities[nxt.entity_id].type == "Person" \
                    and not self.out.entities[nxt.entity_id].from_kb:
                # "… for Research and Engineering Emil Michael": NER kept the surname and left the given name to the title
                self.add(t.i, nxt.end, self.entity_for_name(doc[t.i:nxt.end].text, "Person"), "ner", replace=True)
                continue
            if held is not None or t.i in headline or t.pos_ != "PROPN" or not t.is_title:
                continue
            if t.i > 0 and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].pos_ == "PROPN" and not doc[t.i - 1].is_sent_start \
                    and not _after_title(doc, t.i, _TITLE_HEADS):
                continue  # inside a longer capitalised run ("Saint Paul Street"), unless the run is a title ("Minister of Industry Jean …")
            end = t.i + 1
            while end < len(doc) and end - t.i < 3 and end not in self.covered and doc[end].pos_ == "PROPN" \
                    and doc[end].text[:1].isupper() and doc[end].text.replace("-", "").isalpha() \
                    and doc[end].text not in POST_NOMINALS:  # ("Jack Chambers TD": the seat is no part of the name)
                end += 1
            if end == t.i + 1 or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN"
                                  and doc[end].text not in POST_NOMINALS):
                continue  # a lone first name, or a longer run this rule cannot bound
            span = doc[t.i:end]
            if _type_from_head(span, span[-1].lower_, default=None) and not _after_title(doc, t.i, _TITLE_HEADS):
                continue  # "Victoria Police", "Jordan Institute" (but "… Special Envoy for … Seth Center" is a person)
            self.add(t.i, end, self.entity_for_name(span.text, "Person"), "ner")

    def link_shared_surnames(self) -> None:
        """'Dario and Daniela Amodei': a given name coordinated before a full name shares its surname."""
        doc = self.doc
        for m in list(self.out.mentions):
            if self.out.entities[m.entity_id].type != "Person" or m.end - m.start != 2 or m.start < 2 \
                    or self.lowers[m.start - 1] != "and" or self.lowers[m.start] not in GIVEN_NAMES:
                continue
            k = m.start - 2
            first = doc[k]
            held = self.covered.get(k)
            if not first.is_title or self.lowers[k] not in GIVEN_NAMES or (k >= 1 and _is_cap(doc[k - 1])) \
                    or held is not None and (held.end - held.start != 1 or self.out.entities[held.entity_id].from_kb):
                continue
            name = f"{first.text} {doc[m.end - 1].text}"
            known = [e for e in self.kb.lookup(name) if e.type == "Person"]
            eid = self.entity_for_kb(known[0].id) if known else self.entity_for_name(name, "Person")
            self.add(k, k + 1, eid, "ner", replace=True)

    def link_family_names_first(self) -> None:
        """'Mr. TSUJI Kiyoto', 'Mr. ITO Kohei': after an honorific, a family name in capitals and a given name.

        Japanese official English writes the family name first, in capitals;
        the person is "Kiyoto Tsuji". NER often keeps only the given name."""
        doc, texts = self.doc, self.texts
        styled = False  # once the article writes "Mr. KONO Taro", a bare "OTA Fusae" in a list is the same style
        starts = [i for i, text in enumerate(texts) if text in HONORIFICS and i + 2 < len(doc)]
        starts += [i - 1 for i, text in enumerate(texts) if 0 < i < len(doc) - 1 and texts[i - 1] in {",", "and"}
                   and _all_caps(doc[i]) and doc[i].is_alpha and len(text) >= 2 and doc[i + 1].is_title]
        # "MEXT Minister MORIYAMA Masahito", "Microsoft CMO NUMOTO Takeshi": an office word stands in for the honorific
        titled = [i - 1 for i, text in enumerate(texts) if 0 < i < len(doc) - 1 and self.lowers[i - 1] in _OFFICE_WORDS_OR_ACRONYMS
                  and _all_caps(doc[i]) and doc[i].is_alpha and len(text) >= 3 and self.lowers[i] not in _OFFICE_ACRONYMS
                  and doc[i + 1].is_title and doc[i + 1].is_alpha]
        starts += titled
        for i in sorted(set(starts)):
            first, second = doc[i + 1], doc[i + 2]
            if _all_caps(first) and first.is_alpha and len(first.text) >= 2 and second.is_title and second.is_alpha:
                family, given = first, second  # "Mr. KONO Taro"
            elif texts[i] in HONORIFICS and first.is_title and first.is_alpha and _all_caps(second) and second.is_alpha \
                    and len(second.text) >= 2:
                given, family = first, second  # "Mr. Thierry BRETON"
            else:
                continue
            if texts[i] not in HONORIFICS and not styled and i not in titled:
                continue
            if i + 3 < len(doc) and doc[i + 3].is_title and doc[i + 3].pos_ == "PROPN":
                continue
            held = {self.covered[j].entity_id for j in (i + 1, i + 2) if j in self.covered}
            if any(self.out.entities[e].from_kb and self.out.entities[e].type != "Person" for e in held) or self.kb.lookup(family.text):
                continue  # "Mr. NTIA …" is no name
            name = f"{given.text} {family.text.title()}"
            self.add(i + 1, i + 3, self.entity_for_name(name, "Person"), "ner", replace=True)
            styled = styled or family.i == i + 1

    def extend_hyphenated_given_names(self) -> None:
        """'Marie-Claude Velinsky': a person's name NER started after the hyphen of a given name starts before it."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities[m.entity_id]
            if draft.from_kb or draft.type != "Person" or m.start < 2:
                continue
            dash, first = doc[m.start - 1], doc[m.start - 2]
            if dash.text != "-" or dash.whitespace_ or first.whitespace_ or not (first.is_title and first.is_alpha) \
                    or first.i in self.covered:
                continue
            span = doc[first.i:m.end]
            old, new = m.entity_id, self.entity_for_name(span.text, "Person")
            self.add(span.start, span.end, new, m.how, replace=True)
            self._relink(old, new)  # ("… Minister Champagne" later, linked to the shorter name, is the same person)

    def retype_named_initiatives(self) -> None:
        """'organised by the INPACE support initiative': an unknown name NER took for a company, right before a
        lower-case word for a programme (after one other lower-case word at most), names that programme; so does a
        fund or programme that projects are announced "as part of"."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            if draft.from_kb or draft.type not in {"Firm", "Organization"} or m.end >= len(doc):
                continue
            purposed = _named_for_purpose(self.lowers[m.start:m.end])
            if draft.type == "Organization" and not purposed:
                continue  # (of the bodies, only a partnership named for its purpose may be a programme)
            j = m.end + (doc[m.end].is_lower and doc[m.end].pos_ == "NOUN" and self.lowers[m.end] not in PROGRAMME_NOUNS)
            k = m.start - (m.start > 0 and self.lowers[m.start - 1] == "the")
            part_of = k >= 3 and self.lowers[k - 3:k] == ["as", "part", "of"] and self.lowers[m.end - 1] in {"fund", "programme", "program"}
            # ("projects announced as part of International Science Partnerships Fund (ISPF)": a fund something is part of)
            # ("a forward-looking Digital Partnership between the EU and Singapore": everyday words before "Partnership"
            # in an article about states name a pact between them, not a company)
            pact = self.lowers[m.end - 1] in {"partnership", "alliance"} and m.end - m.start >= 2 \
                and all(w in COMMON_WORDS for w in self.lowers[m.start:m.end]) and self._names_a_state()
            # ("the Partnership for Global Inclusivity on AI", launched by a state's department: a partnership named
            # head first, by its purpose, is a programme, not a company)
            purpose = purposed and self._names_a_state()
            # ("to support a Global AI Opportunity Fund": a fund named after "a" is being set up — a programme; a company
            # named with it would take "the")
            new_fund = self.lowers[m.end - 1] == "fund" and m.start > 0 and self.lowers[m.start - 1] in {"a", "an"}
            if j < len(doc) and self.lowers[j] in PROGRAMME_NOUNS and doc[j].is_lower or part_of or pact or purpose or new_fund:
                self._retype(m.entity_id, "Policy")

    def _names_a_state(self) -> bool:
        return any(self.out.entities[m.entity_id].type == "Government" for m in self.out.mentions)

    def retype_named_laws(self) -> None:
        """'the Dutch civil code, Burgerlijk Wetboek (BW 3.1)': a name set off right after a common noun for a law is
        that law's name (a policy), whatever NER guessed — a person, most often, for words it does not know."""
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            if draft.from_kb or draft.type not in {"Person", "Firm", "Organization"} or m.start < 2 \
                    or self.texts[m.start - 1] != "," or self.lowers[m.start - 2] not in _STATE_LAW_NOUNS \
                    or (m.start - 2) in self.covered:
                continue
            self._retype(m.entity_id, "Policy")

    def retype_listed_people(self) -> None:
        """'the two national security advisers, Ajit Doval and Jake Sullivan': a two-word name NER took for a place or
        a company, coordinated with a person's name, is a person too."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            if draft.from_kb or m.how != "ner" or draft.type not in {"Location", "Firm"} or m.end - m.start != 2 \
                    or not all(t.is_title and t.is_alpha for t in doc[m.start:m.end]):
                continue
            root = doc[m.start:m.end].root
            if self._among_people(root) and not _type_from_head(doc[m.start:m.end], self.lowers[m.end - 1], default=None):
                self._retype(m.entity_id, "Person")

    def _among_people(self, token: Token) -> bool:
        """Whether a token is coordinated with a person's mention ("A, B and C" where one of them is a person)."""
        root = token
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        group = [root] + [t for t in root.subtree if t.dep_ == "conj"]
        return any((m := self.covered.get(t.i)) is not None and t.i != token.i
                   and self.out.entities[m.entity_id].type == "Person" for t in group)

    def link_nicknamed_names(self) -> None:
        """'Jen-Hsun "Jensen" Huang', 'William Henry "Bill" Gates III': a name with a quoted nickname is one person.

        Biographies open with the full name and the short name in quotes; the
        person goes by the nickname and the surname, so that is the name
        linked (and the known person, when the knowledge base has it)."""
        doc, texts = self.doc, self.texts
        for i in (i for i, text in enumerate(texts) if text in _OPEN_QUOTES):
            if not (0 < i and i + 3 < len(doc) and texts[i + 2] in _CLOSE_QUOTES):
                continue
            nick, first = doc[i + 1], doc[i - 1]
            if not (nick.is_title and nick.is_alpha and first.is_title and first.pos_ == "PROPN"):
                continue
            start = i - 1
            while start > 0 and (doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha
                                 or doc[start - 1].text == "-" and start > 1 and doc[start - 2].is_title):
                start -= 1
            end = i + 3
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].is_alpha:
                end += 1
            while end < len(doc) and doc[end].text in _NAME_SUFFIXES:
                end += 1
            surnames = [t for t in doc[i + 3:end] if t.text not in _NAME_SUFFIXES]
            if not surnames or _type_from_head(doc[i + 3:end], surnames[-1].lower_, default=None):
                continue
            name = f"{nick.text} {surnames[-1].text}"
            self.add(start, end, self.entity_for_name(name, "Person"), "ner", replace=True)

    def link_initialled_names(self) -> None:
        """'Thea D. Rozman Kendler': a capitalised word, a middle initial and capitalised words name a person.

        NER often folds such names into the title before them ("… for Export
        Administration Thea D. Rozman"); the initial is the surer sign."""
        doc = self.doc
        for t in (doc[i] for i, text in enumerate(self.texts) if len(text) == 2 and text[1] == "."):
            if not (t.text[0].isupper() and 0 < t.i < len(doc) - 1):
                continue
            first, nxt = doc[t.i - 1], doc[t.i + 1]
            if not (first.text[:1].isupper() and first.is_alpha and nxt.text[:1].isupper() and nxt.is_alpha):
                continue
            end = t.i + 2
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and doc[end].pos_ == "PROPN":
                end += 1
            start = t.i - 1
            if first.lower_ in COMMON_WORDS and first.lower_ not in GIVEN_NAMES and start > 0 and doc[start - 1].is_title \
                    and first.lower_.endswith("s") and not first.lower_.endswith("ss"):  # a plural noun ("Relations"), not "Ada"
                start = t.i  # "Minister-in-charge of Trade Relations S. Iswaran": the title ends before the initial
            clash = {self.covered[i].entity_id for i in range(start, end) if i in self.covered}
            if any(self.out.entities[e].from_kb and self.out.entities[e].type == "Person" for e in clash):
                continue  # a known person ("Gina M. Raimondo"); a place inside the name ("Lloyd J. Austin III") is no clash
            self.add(start, end, self.entity_for_name(doc[start:end].text, "Person"), "ner", replace=True)

    def link_names_after_office_nouns(self) -> None:
        """'MOFCOM spokesperson He Yadong said …': two or three capitalised words right after a lower-case office word,
        which NER left unnamed, are the holder's name (the first may be a short surname the tagger reads as a
        pronoun: "He", "Li")."""
        doc = self.doc
        for k in range(1, len(doc) - 2):
            if self.lowers[k] not in _ONE_WORD_OFFICES or not doc[k].is_lower:
                continue
            end = k + 1
            while end < len(doc) and end - k <= 3 and end not in self.covered and doc[end].is_title and doc[end].is_alpha \
                    and doc[end].text not in HONORIFICS:
                end += 1
            if end - k < 3 or end < len(doc) and doc[end].is_title and doc[end].is_alpha:
                continue  # one word ("spokesperson Smith"), or a longer run this rule cannot bound
            span = doc[k + 1:end]
            if not all(t.pos_ in {"PROPN", "PRON"} for t in span) or span[-1].pos_ != "PROPN" \
                    or _type_from_head(span, span[-1].lower_, default=None) or any(self.kb.lookup(t.text) for t in span):
                continue
            self.add(k + 1, end, self.entity_for_name(span.text, "Person"), "ner")

    def extend_event_years(self) -> None:
        """'the South American Defense Conference 2024': a year written right after a gathering's name is part of
        the name (each year's conference is its own event). Known events keep their known names."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.type != "Event" or draft.from_kb or m.end >= len(doc) or (m.end + 1) in self.covered:
                continue
            year = doc[m.end]
            if not (len(year.text) == 4 and year.text.isdigit() and year.text[:2] in {"19", "20"}):
                continue
            eid = self.entity_for_name(doc[m.start:m.end + 1].text, "Event")
            self.add(m.start, m.end + 1, eid, m.how, replace=True)
            if m.entity_id in self.out.state_pairs:  # "the Canada–European Union Summit 2023": both states still take part
                self.out.state_pairs[eid] = self.out.state_pairs.pop(m.entity_id)

    def extend_law_years(self) -> None:
        """'the Trade Act of 1974', 'the Defense Production Act of 1950': 'of' and a year after a law's name are
        part of its name, as the statute books write it. Known laws keep their known names."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.type != "Policy" or draft.from_kb or m.end + 1 >= len(doc) \
                    or self.lowers[m.end - 1] not in LAW_HEADS or self.lowers[m.end] != "of" or (m.end + 1) in self.covered:
                continue
            year = doc[m.end + 1]
            if len(year.text) == 4 and year.text.isdigit() and year.text[:2] in {"18", "19", "20"}:
                self.add(m.start, m.end + 2, self.entity_for_name(doc[m.start:m.end + 2].text, "Policy"), m.how, replace=True)

    def extend_event_ordinals(self) -> None:
        """'a side event at the 79th UN General Assembly', 'the 44th G7 summit': an ordinal written right before a
        gathering's name numbers one session of it — its own event, named with the ordinal (as a year after the name
        does). A body known for its sessions (an assembly) counts as the gathering there."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or m.start == 0 or not _ORDINAL.fullmatch(doc[m.start - 1].text) or (m.start - 1) in self.covered:
                continue
            if not (draft.type == "Event" or draft.type == "Organization" and self.lowers[m.end - 1] in {"assembly", "session"}) \
                    or self.lowers[m.start] in _GENERIC_MEETING_WORDS:
                continue  # ("the 5th Annual Meeting of the … Forum" stands for the forum itself)
            eid = self.entity_for_name(doc[m.start - 1:m.end].text, "Event")
            self.add(m.start - 1, m.end, eid, m.how if m.how != "kb" else "chunk", replace=True)

    def link_meetings_of_forums(self) -> None:
        """'the 20th Annual Meeting of the Science and Technology in Society (STS) Forum': a meeting named only
        generically, of a named forum or conference, is that gathering; it takes the gathering's name (the acronym in
        brackets kept as an alias), not "Annual Meeting"."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.type != "Event" or draft.from_kb or m.end + 3 >= len(doc) \
                    or not set(self.lowers[m.start:m.end]) <= _GENERIC_MEETING_WORDS \
                    or self.lowers[m.end] != "of" or self.lowers[m.end + 1] != "the":
                continue
            k, words, acronym = m.end + 2, [], None
            while k < len(doc) and k - m.end <= 14:
                if doc[k].text == "(" and k + 2 < len(doc) and doc[k + 2].text == ")" and doc[k + 1].is_upper:
                    acronym, k = doc[k + 1].text, k + 3
                elif _is_cap(doc[k]) or words and self.lowers[k] in {"and", "in", "of", "on", "for"}:
                    words.append(doc[k].text)
                    k += 1
                else:
                    break
            if len(words) < 2 or words[-1].lower() not in EVENT_HEADS | {"forum"}:
                continue
            eid = self.entity_for_name(" ".join(words), "Event")
            if acronym:
                self.out.entities[eid].add_alias(f"{acronym} {words[-1]}")
            self.add(m.start, k, eid, m.how, replace=True)

    def link_honorific_names(self) -> None:
        """'Minister of Defense Dr. Ng Eng Hen', 'the Honourable Navdeep Bains, Minister of …': two or three capitalised
        words after an honorific, which NER left unnamed, are a person — the honorific is the surer sign when the name is not in the given-name list."""
        doc = self.doc
        # ("The Hon Christian Porter MP": the style's 'Hon' without its full stop, after "The" or "Rt")
        for i in (i for i, text in enumerate(self.texts) if text in _NAME_HONORIFICS_AND_HON and i + 2 < len(doc) and (
                text != "Hon" or i > 0 and self.lowers[i - 1] in {"the", "rt", "rt.", "right"})):
            end = i + 1
            while end < len(doc) and end - i <= 3 and self._guessed(end) and doc[end].pos_ == "PROPN" \
                    and doc[end].is_title and doc[end].is_alpha and doc[end].text not in _NAME_HONORIFICS:
                end += 1
            if end - i < 3 or (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
                continue  # a surname alone ("Mr. Smith"), or a longer run this rule cannot bound
            span = doc[i + 1:end]
            if _type_from_head(span, span[-1].lower_, default=None) or any(self.kb.lookup(t.text) for t in span):
                continue  # "Dr. Martin Luther King Jr. Center" … or a known name inside
            held = {self.covered[k].start: self.covered[k] for k in range(i + 1, end) if k in self.covered}
            if any(m.start < i + 1 or m.end > end for m in held.values()):
                continue
            # ("Professor Sam Ge Shuzhi": NER's person "Sam Ge" and place "Shuzhi" are one name)
            self.add(i + 1, end, self.entity_for_name(span.text, "Person"), "ner", replace=True)

    def _guessed(self, i: int) -> bool:
        """Whether token i is free, or held by a name NER guessed (not one the knowledge base knows)."""
        m = self.covered.get(i)
        return m is None or m.how == "ner" and not self.out.entities[m.entity_id].from_kb \
            and self.out.entities[m.entity_id].type in {"Person", "Location", "Firm"}

    def link_executive_orders(self) -> None:
        """'Executive Order 14148', 'Executive Order No. 13859': an order's number is its name.

        NER often splits the phrase (a date takes "Executive", a PERSON takes
        "Order 14148"); the words themselves are the surer sign. A known order
        links to the knowledge base; an unknown one becomes a policy of that name.
        A mention the knowledge base already linked there is left alone."""
        doc = self.doc
        for i, text in enumerate(self.texts):
            if text in _ORDER_SHORT_FORMS and i + 1 < len(doc) and _ORDER_NUMBER.fullmatch(self.texts[i + 1]) \
                    and not any(i_ in self.covered and self.covered[i_].how == "kb" for i_ in (i, i + 1)):
                # "(E.O. 14320)", "EO 14110": the short form of the same order's name
                self.add(i, i + 2, self.entity_for_name(f"Executive Order {self.texts[i + 1]}", "Policy"), "ner", replace=True)
                continue
            if text != "Executive" or i + 2 >= len(doc) or self.texts[i + 1] != "Order":
                continue
            k = i + 2
            if self.lowers[k] in {"no", "no."} and k + 1 < len(doc):
                k += 1
            if not _ORDER_NUMBER.fullmatch(self.texts[k]):
                continue
            if any(i_ in self.covered and self.covered[i_].how == "kb" for i_ in range(i, k + 1)):
                continue
            name = f"Executive Order {self.texts[k]}"
            self.add(i, k + 1, self.entity_for_name(name, "Policy"), "ner", replace=True)

    def link_task_forces(self) -> None:
        """'Task Force Lima', 'Joint Task Force Alpha': a task force named by the words after it is a body.

        Names of this shape put the kind first, so NER (which reads a name's
        last word) often misses them."""
        doc = self.doc
        for i, low in enumerate(self.lowers):
            if low != "task" or i + 2 >= len(doc) or self.lowers[i + 1] != "force" or not doc[i].text[:1].isupper():
                continue
            end = i + 2
            while end < len(doc) and _is_cap(doc[end]) and doc[end].pos_ == "PROPN" and end - i < 5:
                end += 1
            if end == i + 2 or any(k in self.covered for k in range(i, end)):
                continue
            start = i - 1 if i > 0 and self.texts[i - 1] == "Joint" else i
            self.add(start, end, self.entity_for_name(doc[start:end].text, "Agency"), "ner")

    def link_agency_header(self) -> None:
        """'AGENCY: Bureau of Industry and Security, Commerce.': a Federal Register header lists issuing agencies.

        Each comma-separated part of the line is an agency's name (a bracketed
        acronym after it stays outside); parts the knowledge base or NER
        already named keep their link."""
        doc = self.doc
        for i, text in enumerate(self.texts):
            if text not in {"AGENCY", "AGENCIES"} or i + 1 >= len(doc) or self.texts[i + 1] != ":" \
                    or not (i == 0 or "\n" in self.texts[i - 1]):
                continue
            k = i + 2
            while k < len(doc) and "\n" not in doc[k].text and doc[k].text != ".":
                start = k
                while k < len(doc) and doc[k].text not in {",", ";", "."} and "\n" not in doc[k].text:
                    k += 1
                end = k
                while start < end and doc[start].is_space:
                    start += 1
                if end - start >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
                    end -= 3  # "… National Coordination Office (NCO)": the acronym is linked by the acronym stage
                part = doc[start:end]
                if len(part) >= 2 and all(t.text[:1].isupper() or t.lower_ in CONNECTORS or t.text in {"(", ")"} for t in part) \
                        and not any(j in self.covered for j in range(start, end)):
                    self.add(start, end, self.entity_for_name(part.text, "Agency"), "ner")
                k += 1

    def link_datelines(self) -> None:
        """'WASHINGTON — The Department …', 'BRUSSELS, 9 April —': a paragraph opening with a place in capitals
        before a dash or a comma is the dateline, and the place is a city (not the government it can stand for)."""
        doc = self.doc
        for i, text in enumerate(self.texts):
            if not (i == 0 or "\n" in self.texts[i - 1]) or not (text.isupper() and text.isalpha() and len(text) > 2
                                                                 or self._dashed_place(i)):
                continue
            end = i + 1
            while end < len(doc) and self.texts[end].isupper() and self.texts[end].isalpha():
                end += 1
            if end >= len(doc) or self.texts[end] not in {"—", "–", "--", "-", ","}:
                continue
            if any((held := self.covered.get(k)) is not None and held.how == "kb"
                   and self.out.entities[held.entity_id].type not in {"Location", "Government"} for k in range(i, end)):
                continue  # "TSMC, the world's largest contract chipmaker, …": a known company's name, not a dateline
            if self.texts[end] == "," and end + 1 < len(doc):
                self.dateline_states.add(end + 1)
            title = " ".join(t.text.title() for t in doc[i:end])
            places = [e for e in self.kb.entries if e.type == "Location" and (e.name == title or e.name.startswith(title + ","))]
            eid = self.entity_for_kb(places[0].id) if len(places) == 1 else self.entity_for_name(title, "Location")
            self.add(i, end, eid, "kb" if len(places) == 1 else "ner", replace=True)

    def _dashed_place(self, i: int) -> bool:
        """'Ottawa – Artificial intelligence is …': a known place or capital in title case opening a paragraph,
        before a dash, is a dateline too."""
        if i + 1 >= len(self.doc) or self.texts[i + 1] not in {"—", "–"} or not self.doc[i].is_title:
            return False
        entries = self.kb.lookup(self.texts[i])
        return any(e.type == "Location" or self.texts[i] in e.metonyms for e in entries)

    def link_dated_place_lines(self) -> None:
        """'Brussels, 9 April 2025', 'December 6, 2024 - Toronto, Ontario - Department of Finance Canada': in a short
        line that only dates and places a release, the places are places (not the governments a capital can stand
        for), and a capitalised name after a place and a comma is the region around it."""
        doc = self.doc
        for a, b in line_ranges(doc):
            line = doc[a:b]
            if not 2 <= len(line) <= 14 or not any(t.ent_type_ == "DATE" for t in line) \
                    or any(t.pos_ == "VERB" and t.ent_type_ != "DATE" for t in line):
                continue
            for k in range(a, b):
                held = self.covered.get(k)
                entry = self.kb.by_id.get(held.entity_id) if held is not None and held.start == k else None
                if entry is not None and entry.type == "Government" and self.texts[k] in entry.metonyms:
                    place = self.kb.lookup(self.texts[k])
                    loc = next((e.id for e in place if e.type == "Location"), None)
                    self.add(k, held.end, self.entity_for_kb(loc) if loc else self.entity_for_name(self.texts[k], "Location"),
                             "kb" if loc else "ner", replace=True)
                elif held is None and k >= a + 2 and self.texts[k - 1] == "," and doc[k].is_title and doc[k].is_alpha \
                        and doc[k].pos_ == "PROPN" and (prev := self.covered.get(k - 2)) is not None \
                        and self.out.entities[prev.entity_id].type == "Location" and doc[k].ent_type_ != "DATE":
                    known = next((e.id for e in self.kb.lookup(self.texts[k]) if e.type in {"Location", "Government"}), None)
                    self.add(k, k + 1, self.entity_for_kb(known) if known else self.entity_for_name(self.texts[k], "Location"),
                             "kb" if known else "ner")

    def link_titled_surname_lists(self) -> None:
        """'Commissioners Breton and Gabriel', 'Ministers Joly and Solomon': surnames listed after a plural title are
        the people the knowledge base knows by those surnames (each only when exactly one fits)."""
        doc = self.doc
        for i, low in enumerate(self.lowers):
            if low not in _PLURAL_TITLES or i + 1 >= len(doc) or not doc[i].text[:1].isupper():
                continue
            k = i + 1
            while k < len(doc) and (_is_cap(doc[k]) or self.lowers[k] in {"and", ","}):
                if _is_cap(doc[k]) and k not in self.covered and doc[k].is_alpha \
                        and (person := self._unique_surname(self.texts[k])) is not None:
                    self.add(k, k + 1, person, "surname")
                k += 1

    def link_ticket_surnames(self) -> None:
        """'the Biden-Harris AI Executive Order': the surname joined by a hyphen to a linked person's is a person too.

        Such pairs name a ticket or an administration; the second surname is
        linked only when exactly one person (in the article, else in the
        knowledge base) bears it."""
        doc = self.doc
        for i, text in enumerate(self.texts):
            if text not in {"-", "–"} or i == 0 or i + 1 >= len(doc) or i + 1 in self.covered:
                continue
            before = self.covered.get(i - 1)
            if before is None or self.out.entities[before.entity_id].type != "Person" or not _is_cap(doc[i + 1]):
                continue
            person = self._unique_surname(doc[i + 1].text)
            if person is not None and person != before.entity_id:
                self.add(i + 1, i + 2, person, "ner")

    def link_numbered_policies(self) -> None:
        """'Department of Defense Directive 3000.09', 'Council Decision 2024/12': the number ends the policy's name."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.from_kb or draft.type != "Policy" or m.end >= len(doc):
                continue
            if doc[m.end - 1].lower_ not in _NUMBERED_HEADS or m.end in self.covered:
                continue
            number = doc[m.end]
            if not _POLICY_NUMBER.fullmatch(number.text):
                continue
            span = doc[m.start:m.end + 1]
            self.add(m.start, m.end + 1, self.entity_for_name(span.text, "Policy"), m.how, replace=True)

    def link_bill_numbers(self) -> None:
        """'vetoed SB 1047', 'the House passed H.R. 4346': a legislature's bill code and number name a bill (a policy)."""
        doc = self.doc
        for k in range(len(doc) - 1):
            if k in self.covered or not _BILL_CODE.fullmatch(self.texts[k]) or not self.texts[k + 1].isdigit() \
                    or (k + 1) in self.covered:
                continue
            self.add(k, k + 2, self.entity_for_name(doc[k:k + 2].text, "Policy"), "chunk")

    def link_called_companies(self) -> None:
        """'formed a joint venture called SB OpenAI Japan': the capitalised words after a word for a company and
        'called' or 'named' are that company's name, even where they hold names of other bodies."""
        doc = self.doc
        for i in range(1, len(doc) - 1):
            if self.lowers[i] not in {"called", "named", "dubbed"} or doc[i - 1].lemma_.lower() not in _CALLED_FIRM_NOUNS:
                continue
            t = doc[i]
            j = i + 1
            while j < len(doc) and (_is_cap(doc[j]) or doc[j].like_num and j > i + 1) and doc[j].sent.start == t.sent.start:
                j += 1
            if j == i + 1:
                continue
            held = [self.covered[k] for k in range(i + 1, j) if k in self.covered]
            if any(m.start == i + 1 and m.end == j for m in held):
                continue  # "a startup called Anthropic": the name is already one known body
            self.add(i + 1, j, self.entity_for_name(doc[i + 1:j].text, "Firm"), "chunk", replace=True)

    def link_titled_policies(self) -> None:
        """'signed an executive order titled Removing Barriers to American Leadership in Artificial Intelligence': the
        title-case words after a word for a measure and 'titled', 'entitled' or 'called' are that measure's name
        (small words such as "to", "in" and "of" inside it included)."""
        doc = self.doc
        for i in range(1, len(doc) - 1):
            if self.lowers[i] not in {"titled", "entitled", "called", "named", "dubbed"} \
                    or doc[i - 1].lemma_.lower() not in _TITLED_MEASURE_NOUNS:
                continue
            j = i + 1
            while j < len(doc) and doc[j].sent.start == doc[i].sent.start and doc[j].ent_type_ not in {"DATE", "TIME"} and (
                    _is_cap(doc[j]) or doc[j].like_num or doc[j].lower_ in _TITLE_SMALL_WORDS and j + 1 < len(doc)
                    and _is_cap(doc[j + 1]) and doc[j + 1].ent_type_ not in {"DATE", "TIME"} and j > i + 1):
                j += 1
            if j - i < 3:
                continue  # one word is too little to be sure it is a title
            held = [self.covered[k] for k in range(i + 1, j) if k in self.covered]
            if any(m.start == i + 1 and m.end == j for m in held):
                continue
            self.add(i + 1, j, self.entity_for_name(doc[i + 1:j].text, "Policy"), "chunk", replace=True)

    def link_named_programmes(self) -> None:
        """'unveiled the Replicator initiative', 'the Stargate project', "China's High Altitude Balloon program": a
        capitalised run between 'the' (or a state's possessive) and a lower-case word for a programme names that
        programme (a policy), where NER saw nothing or guessed a company.

        Known names keep their own type ("the NATO initiative" is NATO's)."""
        doc = self.doc
        for k in (k for k, low in enumerate(self.lowers) if low in PROGRAMME_NOUNS and k >= 2 and doc[k].is_lower):
            start = k
            while start - 1 >= 0 and k - start < 4 and _is_cap(doc[start - 1]) and doc[start - 1].is_alpha \
                    and not doc[start - 1].is_sent_start:
                start -= 1
            owned = self.lowers[start - 1] in {"'s", "’s"} and start >= 2 and (owner := self.covered.get(start - 2)) is not None \
                and self.out.entities[owner.entity_id].type in {"Government", "Agency"}  # "China's High Altitude Balloon program"
            if start == k or self.lowers[start - 1] not in {"the", "its", "their", "his", "her"} and not owned:
                continue
            held = [self.covered[j] for j in range(start, k) if j in self.covered]
            if any(self.out.entities[m.entity_id].from_kb or m.how not in {"ner", "chunk"} or m.start < start
                   or m.end > k or self.out.entities[m.entity_id].type not in {"Firm", "Organization"} for m in held):
                continue
            eid = self.entity_for_name(doc[start:k].text, "Policy")
            self.add(start, k, eid, "chunk", replace=True)
            self.out.entities[eid].add_alias(doc[start:k + 1].text)

    def link_sentence_case_programmes(self) -> None:
        """"under the government's Enabling large-scale sovereign AI data centres initiative": after a government's
        or body's possessive, a capital mid-sentence followed by lower-case words up to a word for a programme is a
        programme named in sentence case, as Canadian releases write them (a policy, named without its noun)."""
        doc = self.doc
        for k in (k for k, low in enumerate(self.lowers) if low in PROGRAMME_NOUNS and k >= 4 and doc[k].is_lower):
            start = k
            while start - 1 >= 0 and k - start < 8 and start - 1 not in self.covered and (
                    doc[start - 1].is_lower and (doc[start - 1].is_alpha or "-" in doc[start - 1].text) or doc[start - 1].text in {"-", "–"}
                    or doc[start - 1].is_upper and doc[start - 1].is_alpha and len(doc[start - 1]) <= 4):
                start -= 1  # the lower-case words (and short acronyms such as "AI") of the name
            first = start - 1
            if first < 2 or k - first < 3 or first in self.covered or not doc[first].is_title or not doc[first].is_alpha \
                    or doc[first].is_sent_start or self.lowers[first - 1] not in {"'s", "’s"}:
                continue
            owner = self.covered.get(first - 2)
            if not (owner is not None and self.out.entities[owner.entity_id].type in {"Government", "Agency"}
                    or self.lowers[first - 2] == "government"):
                continue
            if not any(doc[j].is_lower for j in range(first + 1, k)):
                continue  # all capitalised: an ordinary name, the other passes' business
            eid = self.entity_for_name(doc[first:k].text, "Policy")
            self.add(first, k, eid, "chunk")
            self.out.entities[eid].add_alias(doc[first:k + 1].text)

    def link_bracketed_model_lists(self) -> None:
        """'three DeepSeek models (R1, R1-0528 and V3.1) and four U.S. models (OpenAI's GPT-5, GPT-5-mini and gpt-oss
        and Anthropic's Opus 4)': the items a bracket lists after "models" are models, each made by the company that
        qualifies "models" or by the last company whose possessive opens an item. A bare version code takes the
        maker's name ("DeepSeek-R1-0528"); a known model ending with the item is that model ("Claude Opus 4")."""
        doc = self.doc
        for i in (i for i in range(2, len(doc) - 2) if self.texts[i] == "(" and self.lowers[i - 1] in {"models", "model"}):
            close = next((j for j in range(i + 1, min(len(doc), i + 40)) if self.texts[j] == ")"), None)
            if close is None:
                continue
            maker = next((m.entity_id for k in range(max(0, i - 3), i - 1) if (m := self.covered.get(k)) is not None
                          and self.out.entities[m.entity_id].type == "Firm"), None)
            items: list[tuple[int, int]] = []
            a = i + 1
            for j in range(i + 1, close + 1):
                if j == close or self.texts[j] == "," or self.lowers[j] == "and":
                    if j > a:
                        items.append((a, j))
                    a = j + 1
            for a, b in items:
                if b - a >= 3 and (m := self.covered.get(a)) is not None and self.out.entities[m.entity_id].type == "Firm" \
                        and self.lowers[m.end] in {"'s", "’s"}:
                    maker, a = m.entity_id, m.end + 1  # "OpenAI's GPT-5": the possessive names the maker of what follows
                text = doc[a:b].text
                if maker is None or b - a > 4 or not (any(c.isdigit() for c in text) or "-" in text) \
                        or any(k in self.covered and self.out.entities[self.covered[k].entity_id].type != "AIModel"
                               for k in range(a, b)):
                    continue
                if (held := self.covered.get(a)) is None or held.end != b:
                    eid = self._listed_model(text, self.out.entities[maker].name)
                    if not self.add(a, b, eid, "chunk", replace=True):
                        continue
                self.out.listed_makers[a] = maker

    def _listed_model(self, item: str, maker: str) -> str:
        """The entity a listed model item names: a known model by that form, by the maker's name joined to it, or
        the one known model whose name ends with it; else a new model, a bare version code prefixed by the maker."""
        forms = (item, f"{maker}-{item}", f"{maker} {item}")
        known = [e for f in forms for e in self.kb.lookup(f) if e.type == "AIModel"]
        if not known:
            ends = [e for e in self.kb.entries if e.type == "AIModel" and e.name.endswith(f" {item}")]
            known = ends if len(ends) == 1 else []
        if known:
            return self.entity_for_kb(known[0].id)
        name = f"{maker}-{item}" if re.match(r"^[A-Z]\d", item) else item
        return self.entity_for_name(name, "AIModel")

    def link_defined_programmes(self) -> None:
        """'Pax Silica is a United States-led international initiative …': a capitalised name that a copula defines
        as an initiative, programme or framework is a policy, whatever NER guessed (or missed)."""
        doc = self.doc
        for verb in (doc[i] for i, low in enumerate(self.lowers) if low in {"is", "are", "was", "were"} and doc[i].dep_ == "ROOT"):
            attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
            if attr is None or subj is None or attr.lemma_.lower() not in _DEFINED_PROGRAMME_NOUNS \
                    or not any(c.lower_ in {"a", "an"} for c in attr.children if c.dep_ == "det"):
                continue
            start = subj.left_edge.i
            if start < subj.i and doc[start].lower_ == "the":
                start += 1
            name = doc[start:subj.i + 1]
            if subj.pos_ != "PROPN" or not all(t.is_title and t.is_alpha for t in name) or len(name) > 5:
                continue
            held = [self.covered[k] for k in range(name.start, name.end) if k in self.covered]
            if any(self.out.entities[m.entity_id].from_kb or m.start < name.start or m.end > name.end
                   or self.out.entities[m.entity_id].type == "Policy" for m in held):
                continue
            eid = self.entity_for_name(name.text, "Policy")
            self.add(name.start, name.end, eid, "chunk", replace=True)
            self.defined_as.setdefault(attr.lemma_.lower(), eid)

    def link_described_programmes(self) -> None:
        """'to deliver HealthSpark – an initiative to fast-track AI innovation …', 'Kickstart, a programme for …':
        a name the text itself calls an initiative or a programme is a policy, whatever NER guessed."""
        doc = self.doc
        for i in (i for i in range(1, len(doc) - 2) if self.lowers[i + 1] in {"a", "an"} and self.texts[i] in {",", "–", "—", "-"}):
            if not any(self.lowers[k] in PROGRAMME_NOUNS for k in range(i + 2, min(len(doc), i + 5))):
                continue
            noun = next((doc[k] for k in range(i + 2, min(len(doc), i + 5)) if doc[k].pos_ == "NOUN"), None)
            if noun is None or noun.lower_ not in PROGRAMME_NOUNS or any(not doc[k].is_lower for k in range(i + 2, noun.i)):
                continue
            start = i
            while start > doc[i].sent.start and i - start < 3 and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
                start -= 1
            if start == i:
                continue
            held = [self.covered[k] for k in range(start, i) if k in self.covered]
            if any(self.out.entities[m.entity_id].from_kb or m.start < start or m.end > i for m in held):
                continue  # a known body ("Mila, a programme partner") or a longer name is left as it is
            self.add(start, i, self.entity_for_name(doc[start:i].text, "Policy"), "chunk", replace=True)

    def link_budgets(self) -> None:
        """'announced in Budget 2024', 'the Spring Budget 2023': a government's budget is named by its year."""
        doc = self.doc
        for i in range(len(doc) - 1):
            if self.texts[i] != "Budget" or not re.fullmatch(r"(?:19|20)\d\d", self.texts[i + 1]):
                continue
            start = i - (i > 0 and doc[i - 1].text in {"Spring", "Autumn", "Fall", "Federal", "Union"})
            if any(self.out.entities[self.covered[k].entity_id].from_kb for k in range(start, i + 2) if k in self.covered):
                continue
            self.add(start, i + 2, self.entity_for_name(doc[start:i + 2].text, "Policy"), "chunk", replace=True)

    def link_bracketed_acronym_names(self) -> None:
        """'the Critical and Emerging Technology (CET) Dialogue': an acronym in brackets inside a name.

        Officials write the acronym before the name's head word; NER stops at
        the bracket. The name runs from the capitalised words whose initials
        spell the acronym to the head word after the bracket, and is named
        without the bracket; "CET Dialogue" later names the same thing."""
        doc = self.doc
        for i in (i for i, text in enumerate(self.texts) if text == "(" and 0 < i < len(doc) - 3):
            acronym, close, head = doc[i + 1], doc[i + 2], doc[i + 3]
            if close.text != ")" or not (acronym.text.isupper() and acronym.is_alpha and 2 <= len(acronym.text) <= 6):
                continue
            if not (head.is_title and head.pos_ in {"PROPN", "NOUN"}) or head.i in self.headline:
                continue
            start = i
            while start - 1 >= 0 and (doc[start - 1].is_title and doc[start - 1].is_alpha
                                      or doc[start - 1].lower_ in {"and", "of", "for", "on", "&"}):
                start -= 1
            while start < i and not doc[start].is_title:
                start += 1  # a name does not open with 'and' or 'of'
            words = [t for t in doc[start:i] if t.is_title]
            if len(words) < len(acronym.text) or "".join(w.text[0] for w in words[-len(acronym.text):]) != acronym.text:
                continue
            type_ = _type_from_word(doc[start:head.i + 1], head.lower_)  # the word after the bracket is the head
            if type_ not in {"Event", "Organization", "Agency", "Policy"}:
                continue
            name = f"{doc[start:i].text} {head.text}"
            short = f"{doc[start:words[-len(acronym.text)].i].text} {acronym.text} {head.text}".strip()
            eid = self.entity_for_name(name, type_)
            self.add(start, head.i + 1, eid, "chunk", replace=True)
            self.acronym_forms[name] = short

    def link_bracketed_short_names(self) -> None:
        """'FedDev Ontario-supported Ecopia AI (Ecopia), a Canadian technology company': capitalised words followed
        by their own first word in brackets are a name introducing its short form, even where NER saw no name."""
        doc = self.doc
        for i in (i for i, text in enumerate(self.texts) if text == "(" and 2 <= i < len(doc) - 2):
            short, close = doc[i + 1], doc[i + 2]
            if close.text != ")" or not short.is_title or not short.is_alpha:
                continue
            start = i - 1
            while start > doc[i].sent.start and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                    and doc[start].text != short.text and i - start < 4:
                start -= 1
            inside = [self.covered[k] for k in range(start, i) if k in self.covered]
            if doc[start].text != short.text or i - start < 2 or any(
                    m.how != "ner" or m.start < start or m.end > i for m in inside):
                continue  # (NER's piece of the name, "AI" taken for a place, gives way)
            span = doc[start:i]
            type_ = _type_from_word(span, span[-1].lower_)
            after = doc[close.i + 1:close.i + 8]
            if type_ is None and after and after[0].text == "," and any(t.lemma_.lower() in _COMPANY_WORDS for t in after):
                type_ = "Firm"  # "…, a Canadian technology company"
            if type_ in {"Firm", "Organization", "Agency"}:
                eid = self.entity_for_name(span.text, type_)
                self.add(span.start, span.end, eid, "chunk", replace=True)
                self.add(short.i, short.i + 1, eid, "alias", replace=True)

    def merge_acronym_forms(self) -> None:
        """Mentions of "U.S.-Singapore CET Dialogue" name the "U.S.-Singapore Critical and Emerging Technology
        Dialogue" whose bracketed acronym the article spelt out (the state-pair step may have prefixed both)."""
        by_name = {(d.type, norm_name(d.name)): eid for eid, d in self.out.entities.items()}
        for eid, draft in list(self.out.entities.items()):
            short = next((draft.name.replace(full, s) for full, s in self.acronym_forms.items()
                          if draft.name.endswith(full) and full != s), None)
            other = by_name.get((draft.type, norm_name(short))) if short else None
            if other is None or other == eid:
                continue
            for m in [m for m in self.out.mentions if m.entity_id == other]:
                self.add(m.start, m.end, eid, m.how, replace=True)
            draft.aliases = [*draft.aliases, short]

    def link_state_pair_names(self) -> None:
        """'the U.S.-UAE Strategic Energy Dialogue': a name opening with two states joined by a hyphen.

        The tokenizer splits 'U.S.-UAE' so each state is a word; the name still
        starts at the first state, and both states are mentioned."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.from_kb or m.start < 2:
                continue
            kind = draft.type
            last = self.lowers[m.end - 1]
            if kind == "Firm" or kind == "Organization" and last == "alliance":
                # "the Japan-UK Digital Partnership", "the UK-Japan Digital Group": NER's company between two states'
                # names is a pact or a body of theirs (a partnership of two states is a policy, and so is the
                # "Canada–Germany Digital Alliance" two governments launch)
                kind = "Policy" if last in {"partnership", "alliance"} else _type_from_word(doc[m.start:m.end], last) or "Firm"
            if kind not in {"Event", "Policy", "Organization", "Agency"}:
                continue
            if (pair := self._bracketed_state_pair(m.start)) is not None:
                # "The first Republic of Korea (ROK) – European Union (EU) Digital Partnership Council met": each
                # state with its short form in brackets, the pair joined by a dash, then the rest of the name
                first, second = pair
                name = f"{doc[first.start:first.end].text} – {doc[second.start:second.end].text} {draft.name}"
                eid = self.entity_for_name(name, kind)
                self.add(first.start, m.end, eid, "chunk", replace=True)
                self._pair_parties(eid, [(first.start, first.end, first.entity_id), (second.start, second.end, second.entity_id)])
                continue
            second_m = self.covered.get(m.start - 1)
            if second_m is not None and second_m.end == m.start and second_m.end - second_m.start == 1 and m.start >= 3 \
                    and self.out.entities[second_m.entity_id].type == "Government" and not doc[m.start - 1].whitespace_ == "" \
                    and (g0 := self.covered.get(m.start - 3)) is not None and g0.end == m.start - 2 \
                    and doc[m.start - 2].text in {"-", "–"} and not doc[m.start - 2].whitespace_ \
                    and self.out.entities[g0.entity_id].type == "Government":
                # "the Japan-Kenya Digital Partnership Council": NER named the second state on its own
                eid = self.entity_for_name(f"{doc[g0.start:m.start].text} {draft.name}", kind)
                self.add(g0.start, m.end, eid, "chunk", replace=True)
                self._pair_parties(eid, [(g0.start, g0.start + 1, g0.entity_id), (m.start - 1, m.start, second_m.entity_id)])
                continue
            dash = doc[m.start - 1]
            g = self.covered.get(m.start - 2)
            # ("the Republic of Korea – EU Digital Partnership Council": an en dash set off by spaces joins them too)
            spaced = dash.text == "–" and bool(dash.whitespace_) and bool(doc[m.start - 2].whitespace_)
            if dash.text not in {"-", "–"} or (dash.whitespace_ or doc[m.start - 2].whitespace_) and not spaced or g is None \
                    or g.end != m.start - 1 or self.out.entities[g.entity_id].type != "Government":
                continue
            second = state_named(doc[m.start].text, self.kb)
            for k in range(4, 1, -1):  # "the UK-Republic of Korea Accord": the second state may take several words
                if second is None and m.start + k < m.end:
                    second = state_named(doc[m.start:m.start + k].text, self.kb)
            if second is None and kind == "Event" and any(
                    e.type == "Location" for k in range(1, 4) if m.start + k < m.end for e in self.kb.lookup(doc[m.start:m.start + k].text)):
                # "the EU-Indo-Pacific Digital Partnership Conference 2025": a state and a region open the gathering's name
                end = m.end + (m.end < len(doc) and bool(re.fullmatch(r"(19|20)\d\d", self.texts[m.end])) and m.end not in self.covered)
                self.add(g.start, end, self.entity_for_name(doc[g.start:end].text, kind), "chunk", replace=True)
                continue
            if second is None:
                continue
            parties = [(g.start, g.end, g.entity_id), (m.start, m.start + 1, self.entity_for_kb(second))]
            start = g.start
            while start >= 2 and self.texts[start - 1] in {"-", "–"} and not doc[start - 1].whitespace_ \
                    and not doc[start - 2].whitespace_ and (g0 := self.covered.get(start - 2)) is not None \
                    and g0.end == start - 1 and self.out.entities[g0.entity_id].type == "Government":
                # "the Japan-U.S.-ROK Summit Meeting": a third state (or more) before the pair
                parties.insert(0, (g0.start, g0.end, g0.entity_id))
                start = g0.start
            eid = self.entity_for_name(doc[start:m.start].text_with_ws + draft.name, kind)  # the draft's name, brackets dropped
            self.add(start, m.end, eid, "chunk", replace=True)
            self._pair_parties(eid, parties)

    def link_agreements_between(self) -> None:
        """'the Memorandum of Understanding between UK and OpenAI on AI opportunities', 'the Cultural agreement between
        the Government of Australia and the Government of the Republic of Singapore': a treaty's formal name states
        its parties after 'between', and may go on with 'on' and its subject up to the next verb or punctuation.

        A capital letter inside the words before 'between' is what makes the phrase a name ("a memorandum of
        understanding between X and Y" is a description and names nothing). The parties are recorded like the
        states of a hyphenated pair, so each takes part in the agreement."""
        doc, lowers = self.doc, self.lowers
        for h in range(1, len(doc) - 3):
            if lowers[h] not in _AGREEMENT_HEADS or lowers[h + 1] != "between" or h in self.covered and \
                    self.out.entities[self.covered[h].entity_id].from_kb:
                continue
            start = h
            while start > 0 and (_is_cap(doc[start - 1]) or lowers[start - 1] == "of" and start > 1 and _is_cap(doc[start - 2])) \
                    and doc[start - 1].sent.start == doc[h].sent.start and lowers[start - 1] not in {"the", "this", "a", "an"}:
                start -= 1
            if not _is_cap(doc[start]) or not any(_is_cap(t) and not t.is_sent_start for t in doc[start:h + 1]) \
                    and start not in self.headline:
                continue
            k = start - 1
            while k >= 0 and start - k <= 3 and doc[k].is_lower and doc[k].is_alpha and lowers[k] not in {"a", "an", "the"}:
                k -= 1
            if k >= 0 and lowers[k] in {"a", "an"}:
                continue  # "A landmark Memorandum of Understanding between the UK and Australia": one of a kind
            parties, end = self._agreement_parties(h + 2)
            if len(parties) < 2:
                continue
            if end + 1 < len(doc) and lowers[end] in {"on", "for", "concerning", "regarding"}:
                stop = end + 1
                while stop < len(doc) and stop - end <= 12 and doc[stop].is_alpha and doc[stop].pos_ not in {"VERB", "AUX"} \
                        and doc[stop].sent.start == doc[h].sent.start and lowers[stop] not in {"signed", "that", "which", "dated"}:
                    stop += 1
                if stop - end <= 12 and stop > end + 1 and doc[stop - 1].pos_ in {"NOUN", "PROPN"}:
                    end = stop
            eid = self.entity_for_name(doc[start:end].text, "Policy")
            self.add(start, end, eid, "chunk", replace=True)
            self._pair_parties(eid, parties)

    def link_national_units(self) -> None:
        """'Micron Memory Japan', 'Cohere UK': a known company's name, a capitalised word or two (or none) and a state
        name the company's national unit, a company of its own based in that state."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities[m.entity_id]
            if not draft.from_kb or draft.type != "Firm":
                continue
            j = m.end
            while j < len(doc) and j - m.end < 2 and j not in self.covered and _is_cap(doc[j]) and doc[j].pos_ == "PROPN":
                j += 1
            state = self.covered.get(j)
            if state is None or state.start != j or self.out.entities[state.entity_id].type != "Government" \
                    or state.end < len(doc) and _is_cap(doc[state.end]):
                continue
            if j == m.end:
                # "chief executive of Cohere UK", "Microsoft Japan said": the state's name right after the company's,
                # unless it modifies what follows ("Nvidia China sales") or the two are separate parties
                after = doc[state.end] if state.end < len(doc) else None
                if state.end - state.start != 1 or doc[j].text in self.kb.by_demonym or not doc[m.end - 1].whitespace_ \
                        or after is not None and (after.pos_ in {"NOUN", "PROPN", "NUM"} or after.text in {"-", "–"}) \
                        or m.start > 0 and doc[m.start - 1].lower_ in {"between", "and", "to", "from"}:
                    continue
            self._add_national_unit(m.start, state)

    def link_regional_units(self) -> None:
        """'Amkor Technology Arizona, Inc., a subsidiary of Amkor Technology, Inc.': a company whose registered name
        puts a known region (a state or province) right before its legal form is the unit based in that region."""
        doc = self.doc
        for m in list(self.out.mentions):
            if self.out.entities[m.entity_id].type != "Firm" or m.end - m.start < 4 or m.entity_id in self.out.national_units:
                continue
            last = m.end - 1
            if self.lowers[last].rstrip(".") not in _LEGAL_FORMS:
                continue
            k = last - 1 if self.texts[last - 1] == "," else last
            region = next((e for e in self.kb.lookup(self.texts[k - 1]) if e.type == "Location" and e.country), None)
            if region is None or k - 1 <= m.start or not doc[k - 1].is_title:
                continue
            place = self.entity_for_kb(region.id)
            self.out.nested.append(LinkedMention(k - 1, k, place, "qualifier"))
            self.out.national_units[m.entity_id] = place

    def split_names_before_shared_nouns(self) -> None:
        """'housed at the DOE's Office of Science and Applied Energy facilities': a body's name NER ran on through "and"
        into words a lower-case plural noun after it heads is the body's name up to "and" ("Applied Energy facilities"
        are facilities, not part of the office's name)."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.from_kb or m.how != "ner" or draft.type not in {"Agency", "Organization"} \
                    or m.end >= len(doc) or doc[m.end].tag_ != "NNS" or not doc[m.end].is_lower:
                continue
            cut = next((k for k in range(m.start + 2, m.end - 1) if self.lowers[k] == "and"), None)
            if cut is None:
                continue
            self.add(m.start, cut, self.entity_for_name(doc[m.start:cut].text, draft.type), "ner", replace=True)

    def link_shared_programme_heads(self) -> None:
        """'from the Horizon Europe and Digital Europe programmes': a name after "and" that shares a plural programme
        noun with a known programme before it is a programme too (the knowledge base's, named with the noun, when it
        has one), not the place or state a word of it names."""
        doc = self.doc
        plurals = {"programmes", "programs", "initiatives", "schemes"}
        for noun in (doc[i] for i, low in enumerate(self.lowers) if low in plurals and i >= 4):
            start = noun.i
            while start - 1 >= 0 and _is_cap(doc[start - 1]) and self.lowers[start - 1] != "and" and (
                    (held := self.covered.get(start - 1)) is None
                    or self.out.entities[held.entity_id].type in {"Location", "Government"}):
                start -= 1
            if start == noun.i or start < 2 or self.lowers[start - 1] != "and":
                continue
            before = self.covered.get(start - 2)
            if before is None or self.out.entities[before.entity_id].type != "Policy":
                continue
            name = doc[start:noun.i].text
            known = [e for form in (f"{name} Programme", f"{name} Program", name) for e in self.kb.lookup(form)
                     if e.type == "Policy"]
            eid = self.entity_for_kb(known[0].id) if known else self.entity_for_name(name, "Policy")
            self.add(start, noun.i, eid, "kb" if known else "chunk", replace=True)

    def _add_national_unit(self, start: int, state: LinkedMention) -> None:
        """Link tokens ``start`` to the end of ``state`` as a company named with that state, which it is based in."""
        eid = self.entity_for_name(self.doc[start:state.end].text, "Firm")
        self.add(start, state.end, eid, "chunk", replace=True)
        self.out.nested.append(LinkedMention(state.start, state.end, state.entity_id, "qualifier"))
        self.out.national_units[eid] = state.entity_id

    def link_flag_carriers(self) -> None:
        """'Air Canada, OEC Group and Edgenda', 'Air India': "Air" before a state's name is an airline named after
        the state (a company, based there), not the state — NER often leaves the pair unnamed and finds the state alone."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            if m.start == 0 or self.out.entities[m.entity_id].type != "Government" or doc[m.start:m.end].text in self.kb.by_demonym:
                continue
            air = doc[m.start - 1]
            if air.text != "Air" or air.i in self.covered or not air.whitespace_ \
                    or m.end < len(doc) and _is_cap(doc[m.end]) and doc[m.end].pos_ == "PROPN":
                continue  # "Air Canada Centre": a longer name this rule cannot bound
            self._add_national_unit(air.i, m)  # named with its state, as "Micron Memory Japan" is: based there

    def link_bodies_in_states(self) -> None:
        """'SIN Japan played a key supporting role …', 'with support from SIN Japan': a public body's short form
        followed by a state's name is the body's team in that state — the body acting, not the state."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.type not in {"Agency", "Organization"} or m.end - m.start != 1 or not _all_caps(doc[m.start]):
                continue
            state = self.covered.get(m.end)
            if state is None or state.start != m.end or state.end - state.start != 1 \
                    or self.out.entities[state.entity_id].type != "Government" or self.texts[m.end] in self.kb.by_demonym \
                    or state.end < len(doc) and _is_cap(doc[state.end]) and doc[state.end].pos_ == "PROPN":
                continue
            self.add(m.start, state.end, m.entity_id, m.how, replace=True)

    def merge_renamed(self) -> None:
        """'Elpida … changed its name to Micron Memory Japan in 2014': the new name is the same body's. A name the KB
        knows keeps its own entity (a renamed agency the KB lists under both names stays as listed)."""
        doc = self.doc
        for token in (doc[i] for i, low in enumerate(self.lowers) if low == "name"):
            verb = token.head
            if token.dep_ != "dobj" or verb.lemma_ != "change":
                continue
            if not any(c.lower_ in {"its", "their"} for c in token.children):
                continue
            new = next((self.covered.get(o.i) for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                        for o in p.children if o.dep_ == "pobj" and o.i in self.covered), None)
            if new is None or self.out.entities[new.entity_id].from_kb:
                continue
            clause = verb
            while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) and clause.dep_ == "conj":
                clause = clause.head
            subject = next((self.covered.get(t.i) for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}
                            for t in c.subtree if t.i in self.covered), None)
            if subject is None or subject.entity_id == new.entity_id \
                    or self.out.entities[subject.entity_id].type not in {"Firm", "Organization", "Agency"}:
                continue
            old_id = new.entity_id
            self._relink(old_id, subject.entity_id)
            self.out.national_units.pop(old_id, None)  # a former name says nothing new about where the body is

    def link_paired_agreements(self) -> None:
        """'the 1986 Japan-United States semiconductor agreement': a definite agreement two hyphenated states open
        names a policy in lower case; both states are its parties ("a US-India agreement" stays a tie between them)."""
        doc, lowers = self.doc, self.lowers
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            if self.out.entities[m.entity_id].type != "Government" or m.end + 1 >= len(doc) or doc[m.end].text not in {"-", "–"} \
                    or doc[m.end - 1].whitespace_ or doc[m.end].whitespace_:
                continue
            other = self.covered.get(m.end + 1)
            if other is None or other.start != m.end + 1 or self.out.entities[other.entity_id].type != "Government":
                continue
            end = other.end
            while end < len(doc) and end - other.end < 3 and doc[end].is_lower and doc[end].is_alpha and lowers[end] not in _AGREEMENT_HEADS \
                    and doc[end].pos_ in {"NOUN", "ADJ"}:
                end += 1
            if end >= len(doc) or lowers[end] not in _AGREEMENT_HEADS or not doc[end].is_lower:
                continue
            before = m.start - 1
            while before >= 0 and (doc[before].like_num or doc[before].tag_ == "JJ" and doc[before].is_lower):
                before -= 1  # "the 1986 …", "the landmark …"
            if before < 0 or lowers[before] != "the":
                continue
            eid = self.entity_for_name(doc[m.start:end + 1].text, "Policy")
            self.add(m.start, end + 1, eid, "chunk", replace=True)
            self._pair_parties(eid, [(m.start, m.end, m.entity_id), (other.start, other.end, other.entity_id)])

    def _agreement_parties(self, i: int) -> tuple[list[tuple[int, int, str]], int]:
        """The parties named from token i ('X and Y', 'the Government of X, Y and Z') and where their list ends."""
        doc, lowers = self.doc, self.lowers
        parties: list[tuple[int, int, str]] = []
        end = i
        while i < len(doc):
            i += lowers[i] == "the"
            if i + 1 < len(doc) and lowers[i] == "government" and lowers[i + 1] == "of" \
                    and not ((whole := self.covered.get(i)) is not None and whole.start == i):
                # (unless "Government of Japan" is itself the name linked)
                i += 2 + (i + 2 < len(doc) and lowers[i + 2] == "the")
            m = self.covered.get(i)
            if m is None or m.start != i or self.out.entities[m.entity_id].type not in _AGREEMENT_PARTY_TYPES:
                break
            parties.append((m.start, m.end, m.entity_id))
            i = end = m.end
            if i + 1 < len(doc) and lowers[i] in {",", "and"} and not (lowers[i] == "," and lowers[i + 1] == "and"):
                i += 1
            elif i + 2 < len(doc) and lowers[i] == "," and lowers[i + 1] == "and":
                i += 2
            else:
                break
        return (parties, end)

    def _bracketed_state_pair(self, end: int) -> tuple[LinkedMention, LinkedMention] | None:
        """The two states written 'A (X) – B (Y)' right before token ``end``, each with its short form in brackets."""
        doc = self.doc

        def state_before(k: int) -> LinkedMention | None:
            if k < 4 or self.texts[k - 1] != ")" or self.texts[k - 3] != "(" or not doc[k - 2].text.isupper():
                return None
            state = self.covered.get(k - 4)
            if state is None or state.end != k - 3 or self.out.entities[state.entity_id].type != "Government":
                return None
            return state

        second = state_before(end)
        if second is None or second.start < 2 or self.texts[second.start - 1] not in {"-", "–"}:
            return None
        first = state_before(second.start - 1)
        return (first, second) if first is not None and first.entity_id != second.entity_id else None

    def _pair_parties(self, eid: str, parties: list[tuple[int, int, str]]) -> None:
        """Record the parties a name states ('U.S.-UAE …', '… between A and B'): each keeps its mention inside the
        name, and each takes part in what the name names."""
        self.out.nested += [LinkedMention(start, end, party, "qualifier") for start, end, party in parties]
        self.out.state_pairs[eid] = [party for _, _, party in parties]

    def link_extended_names(self) -> None:
        """A known name followed by capitalised words ending in a body's head word names a new body."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            j = m.end
            while j < len(doc) and j not in self.covered and (_is_cap(doc[j]) and (
                    doc[j].pos_ == "PROPN" or doc[j].lower_ in _STAFF_BODY_HEADS  # "National Security Council Secretariat"
                    or doc[j].lower_ in EVENT_HEADS and j > m.end
                    # "the G7 Leaders' Statement": a document's head word after a plural possessive inside the name
                    or doc[j].lower_ in POLICY_HEADS and j > m.end + 1 and doc[j - 1].text in {"'", "’"}) or (
                    # "AUKUS Defence Ministers' Meeting": a plural possessive inside the name
                    doc[j].text in {"'", "’"} and j > m.end and doc[j - 1].lower_.endswith("s")
                    and j + 1 < len(doc) and _is_cap(doc[j + 1])) or (
                    # "the G7 Science and Technology Ministers' Meeting": 'and' between two capitalised words of the name
                    doc[j].lower_ in {"and", "&"} and j > m.end and _is_cap(doc[j - 1]) and j + 1 < len(doc) and _is_cap(doc[j + 1])
                    and _ends_in_gathering(doc, j + 1))):
                j += 1
            if j == m.end:
                continue
            span = doc[m.start:j]
            type_ = _type_from_word(span, doc[j - 1].lower_)
            base = self.out.entities[m.entity_id].type
            if base == "Government" and doc[j - 1].lower_ == "partnership" and j - m.end >= 2:
                type_ = "Policy"  # "the Canada-EU Digital Partnership": a state's named partnership is a pact
            entry = self.kb.get(m.entity_id) if base == "Government" else None
            seat = entry is not None and doc[m.start:m.end].text in entry.metonyms  # "the Brussels Hub": a city's body
            # "the EU Delegation in Beijing": its mission (embassies are link_embassies' business)
            envoy = base == "Government" and doc[j - 1].lower_ == "delegation"
            if base in {"Person", "Government"} and type_ in {"Agency"} and not seat and not envoy:
                continue  # "Biden Administration", "Chinese Government" are not new bodies
            if base == "Government" and j - m.end == 1 and doc[m.end].lower_ == "alliance":
                continue  # "the Japan-U.S. Alliance" is a tie between states (ALLIED_WITH), not a body
            if type_ in {"Policy", "Organization", "Agency"} and (k := _of_tail(doc, j, self.covered)) > j:
                j = k  # "the Japan-U.S. Treaty of Mutual Cooperation and Security": the name goes on after 'of'
                span = doc[m.start:j]
            legal_form = doc[j - 1].lower_.rstrip(".") in _LEGAL_FORMS
            # "China National Integrated Circuit Industry Investment Fund": a state's name opening a company's
            state_firm = base in {"Government", "Location"} and type_ == "Firm" and j - m.end >= 2  # "London Stock Exchange"
            # "the Hiroshima AI Process Comprehensive Policy Framework": a known policy's name before two or more
            # words ending in a policy's head word names a document of its own
            # (a programme's pilot or programme is the programme itself: "… Research Resource Pilot Program")
            policy_document = base == "Policy" and type_ == "Policy" and j - m.end >= 2 \
                and doc[j - 1].lower_ not in PROGRAMME_NOUNS and doc[m.end].lower_ != "pilot"
            # "London Tech Week AI Summit": a gathering inside a known or found one is a gathering of its own
            inner_event = base == "Event" and type_ == "Event" and j - m.end >= 2  # (not "VivaTech Conference")
            # "BAE Systems Electronic Systems, a business unit of BAE Systems": a company's words after a known company's
            # name, described right after as a unit of it, name the unit
            sub_firm = base == "Firm" and type_ == "Firm" and j - m.end >= 2 and j + 2 < len(doc) and doc[j].text == "," \
                and self.lowers[j + 1] in {"a", "an", "the"} and any(
                    self.lowers[k] in _COMPANY_UNIT_NOUNS and k + 1 < len(doc) and self.lowers[k + 1] == "of" for k in range(j + 2, min(j + 6, len(doc))))
            # "DE&S Digital AI Team": a known agency's name before words ending in a word for a team is its unit
            own_unit = base == "Agency" and doc[j - 1].lower_ in _SUB_UNIT_WORDS | _STAFF_BODY_HEADS \
                and self.out.entities[m.entity_id].from_kb
            type_ = "Agency" if own_unit else type_
            if type_ in {"Organization", "Agency", "Event", "Policy"} and type_ != base or state_firm or policy_document \
                    or inner_event or own_unit or sub_firm \
                    or type_ == "Location" and base in {"Location", "Government"} or (
                    legal_form and base in {"AIModel", "Hardware"}):
                # "Nova Drone Limited": a model's name followed by a company's legal form is a new firm
                start = m.start
                prev = self.covered.get(m.start - 1)
                if prev is not None and prev.end == m.start and prev.end - prev.start == 1 and _all_caps(doc[prev.start]) \
                        and self.out.entities[prev.entity_id].type in {"Organization", "Agency"} and type_ != "Event":
                    start = prev.start  # "GPAI Tokyo Center": the acronym of the body that runs it opens the name
                if type_ == "Policy" and base in {"Location", "Government"} and start >= 2 and self.lowers[start - 1] == "for" \
                        and start - 2 not in self.covered and doc[start - 2].is_title and doc[start - 2].is_alpha \
                        and (start == 2 or self.texts[start - 3] in _QUOTES | {"the", "The"}):
                    start -= 2  # "the “Chips for Europe Initiative”": the word and "for" before the place open the name
                if type_ == "Event" and base == "Government":
                    # "at the Black Hat USA Conference": capitalised words NER left out before the state open the name
                    while start > 0 and start - 1 not in self.covered and doc[start - 1].pos_ == "PROPN" \
                            and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start:
                        start -= 1
                self.add(start, j, self.entity_for_name(doc[start:j].text, type_ or "Firm"), "chunk", replace=True)

    def link_dash_campuses(self) -> None:
        """'University of Wisconsin–Milwaukee': a dash with no space after an organisation's name and a place's name
        names one campus, not the university and a city."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            j = m.end
            if self.out.entities[m.entity_id].type != "Organization" or j + 1 >= len(doc) or doc[j].text not in {"–", "-"} \
                    or doc[j - 1].whitespace_ or doc[j].whitespace_ or not doc[j + 1].is_title:
                continue
            end = j + 2
            while end < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].is_title:
                end += 1
            whole = doc[m.start:end]
            self.add(whole.start, whole.end, self.entity_for_name(whole.text, "Organization"), "chunk", replace=True)

    def link_legal_forms(self) -> None:
        """'Safe Superintelligence Inc.', 'Taiwan Semiconductor Manufacturing Company Limited': a company's known name
        followed by its legal form is one mention (not a second company called "Limited")."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            j = m.end
            if self.out.entities[m.entity_id].type != "Firm" or j >= len(doc) \
                    or doc[j].lower_.rstrip(".") not in _LEGAL_FORMS | {"ltd", "inc", "co"}:
                continue
            other = self.covered.get(j)
            if other is not None and other.end > j + 1:
                continue
            end = j + 1
            if end < len(doc) and doc[end].text == "." and not doc[j].whitespace_:
                end += 1  # "Inc ." tokenised apart
            self.add(m.start, end, m.entity_id, m.how, replace=True)

    def link_separated_legal_forms(self) -> None:
        """'OpenAI Global, LLC', 'OpenAI, Inc.': a capitalised name, a comma and a company's legal form are one
        company. NER splits such names at the comma ("Global", "LLC" as two bodies); the same name written
        later without the comma ("OpenAI Global LLC") is the same company.

        A known firm's own name before the legal form stays that firm ("OpenAI, Inc." is OpenAI); a known firm's
        name with more words before the legal form ("OpenAI Global, LLC") names another company (its subsidiary,
        typically), so it gets an entity of its own."""
        doc = self.doc
        for k in (k for k, low in enumerate(self.lowers) if k >= 2 and low.rstrip(".") in _COMMA_LEGAL_FORMS):
            tok = doc[k]
            if not tok.text[:1].isupper():
                continue
            comma = doc[k - 1].text == ","
            end = k + 1
            if end < len(doc) and doc[end].text == "." and not tok.whitespace_ and tok.lower_ in {"inc", "ltd", "corp"}:
                end += 1  # "Inc ." tokenised apart
            start = k - 1 if comma else k
            while start > doc[k].sent.start and _is_cap(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start == (k - 1 if comma else k):
                continue
            first = self.covered.get(start)
            alone = self.covered.get(k)
            region = self.covered.get(k - 2) if comma else None
            if region is not None and region.end == k - 1 and region.start - start >= 2 \
                    and self.out.entities[region.entity_id].type in {"Location", "Government"} \
                    and (alone is None or alone.start == k and self.out.entities[alone.entity_id].type == "Firm") \
                    and all(i not in self.covered for i in range(start, region.start)):
                # "Corvex Semiconductor Texas, Inc.": NER kept only the state (and perhaps a company called "Inc.");
                # the capitalised words before the state, the state and the legal form are one company
                self.add(start, end, self.entity_for_name(doc[start:end].text, "Firm"), "chunk", replace=True)
                continue
            if first is None or first.start != start or self.out.entities[first.entity_id].type != "Firm":
                continue  # only a name that opens with a firm's mention: "Acme Holdings, Inc." alone stays as NER saw it
            last = k - 1 if comma else k
            if first.end == last:
                if comma:
                    self.add(start, end, first.entity_id, first.how, replace=True)
                continue
            name = doc[start:end].text
            if not comma and (self.by_key.get(("Firm", norm_name(name))) is None):
                continue  # without the comma, only the name already written with it
            self.add(start, end, self.entity_for_name(name, "Firm"), "chunk", replace=True)

    def link_released_model_names(self) -> None:
        """'Zhipu AI released GLM-4.5 as open source': an unknown name shaped like a model's (letters, then a version
        number) that is what a release verb releases is a model, though NER found nothing there."""
        doc = self.doc
        # (the cheap test on the text first: most tokens are plain words, and reading a Token costs)
        for t in (doc[i] for i, text in enumerate(self.texts) if any(c.isdigit() for c in text) and MODEL_SHAPE.match(text)):
            if t.i in self.covered or t.pos_ != "PROPN":
                continue
            verb = t.head if t.dep_ == "dobj" else t.head.head if t.dep_ == "conj" and t.head.dep_ == "dobj" else None
            if verb is None or verb.lemma_.lower() not in _RELEASE_VERBS:
                continue
            self.add(t.i, t.i + 1, self.entity_for_name(t.text, "AIModel"), "context")

    def link_model_codes_after_families(self) -> None:
        """'Tencent unveiled its Hunyuan T1 reasoning model': a short code of letters and digits right after a known
        model family's name names a model of that family."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            j = m.end
            if self.out.entities[m.entity_id].type != "AIModel" or j >= len(doc) or j in self.covered \
                    or not _MODEL_CODE.fullmatch(doc[j].text) or not any(c.isdigit() for c in doc[j].text):
                continue
            if j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN":
                continue
            whole = doc[m.start:j + 1]
            self.add(whole.start, whole.end, self.entity_for_name(whole.text, "AIModel"), "chunk", replace=True)

    def link_model_variants(self) -> None:
        """'Ernie 3.0 Titan', 'Gemini 1.5 Pro': a model's versioned name followed by one capitalised word names a
        variant of it (NER often splits the word off as a name of its own)."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            j = m.end
            if self.out.entities[m.entity_id].type != "AIModel" or j >= len(doc) or not any(ch.isdigit() for ch in doc[j - 1].text):
                continue
            nxt = doc[j]
            other = self.covered.get(j)
            if not (nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.ent_type_ not in {"DATE", "TIME", "GPE"}
                    and doc[j - 1].whitespace_ and (other is None or other.end == j + 1
                                                    and self.out.entities[other.entity_id].type == "AIModel")):
                continue
            if j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
                continue  # a longer capitalised run is some other name, not a variant word
            whole = doc[m.start:j + 1]
            self.add(whole.start, whole.end, self.entity_for_name(whole.text, "AIModel"), "chunk", replace=True)

    def link_capitalised_names(self) -> None:
        """Title-case word runs NER missed, typed by their head word ("Plan for Change", "AI Growth Zones")."""
        doc = self.doc
        headline = self.headline
        i = 0
        while i < len(doc):
            if not _is_cap(doc[i]) or i in self.covered or _after_bullet(doc, i) and _line_verb(doc[i]):
                i += 1  # ("• Initiated Science and Technology Agreement with Taiwan;": the line's verb opens no name)
                continue
            j = i
            while j + 1 < len(doc) and (j + 1) not in self.covered and (
                _is_cap(doc[j + 1]) or (doc[j + 1].text in CONNECTORS and j + 2 < len(doc) and _is_cap(doc[j + 2])
                                         and doc[j + 2].lower_ not in _CALENDAR_WORDS)  # not "… Fringe on Monday"
            ):
                j += 1
            absorbed = False
            while doc[j].lower_ in {"of", "on", "for", "and"} and j + 1 < len(doc) and (nxt := self.covered.get(j + 1)) is not None \
                    and nxt.how == "ner" and not self.out.entities[nxt.entity_id].from_kb \
                    and self.out.entities[nxt.entity_id].type not in {"Government", "Person"}:
                # "Declaration on Responsible Military Use of" + NER's "Artificial Intelligence and Autonomy":
                # a name does not end in 'of'; the name NER found after it is the rest of this one
                j = nxt.end - 1
                absorbed = True
            while j > i and doc[j].text in CONNECTORS:
                j -= 1  # a run stopped by a name it could not join does not end in 'and'
            raw = doc[i:j + 1]
            span = clean_span(raw, self.kb.by_demonym)
            if span is not None and self._surname_administration(span):
                pass
            elif span is not None and span.start in headline:
                pass  # every word of a headline is capitalised: no evidence of a name
            elif span is not None and self._ends_hyphenated_phrase(span.start):
                pass  # "Question-and-Answer Session": the end of a hyphenated phrase, not a name
            elif span is not None and self._run_in_heading(raw, span):
                pass  # "Upgrading Alliance Command and Control: The United States …": a paragraph's own heading
            elif span is not None and _indefinite_description(span):
                pass  # "as directed by a Presidential Executive Order": an indefinite description, not a name
            elif span is not None and self._in_portfolio(span.start):
                pass  # "Minister of State for Trade Promotion, Digital and Company Regulation": a minister's remit
            elif span is not None and ({t.lower_ for t in span[:2]} & (_OFFICE_WORDS | RANK_WORDS | {"acting"})
                                       or _ROLE_OPENING.match(span.text)):
                pass  # "Assistant Secretary of Commerce for Export Administration", "Head of Policy": offices, not bodies
            elif span is not None and not _only_generic_words(span) and (len(span) >= 2 and not span[0].is_sent_start or len(span) >= 3):
                type_ = _type_from_head(span, span[-1].text.lower(), default=None)
                if type_ and type_ != "Firm":
                    self.add(span.start, span.end, self.entity_for_name(span.text, type_), "chunk", replace=absorbed)
            i = j + 1

    def _run_in_heading(self, run: Span, span: Span) -> bool:
        """A capitalised run that opens a paragraph with a verb and ends at a colon is the paragraph's run-in
        heading ("Upgrading Alliance Command and Control: …"), not a name (nor is what is left of it once the
        verb is cut off)."""
        doc = self.doc
        opens = run.start == 0 or "\n" in self.texts[run.start - 1] or "\n" in doc[run.start - 1].whitespace_
        return opens and span.end < len(doc) and self.texts[span.end] == ":" and (
            run[0].tag_ in {"VBG", "VB", "VBN"} or run[0].lower_.endswith("ing"))

    def link_listed_firms(self) -> None:
        """'investors included Dragoneer Investment Group, Tiger Global Management and Index Ventures': a capitalised
        name NER missed, coordinated with a company's name, is a company too."""
        doc = self.doc
        firms = [m for m in self.out.mentions if self.out.entities[m.entity_id].type == "Firm"]
        for m in firms:
            root = doc[m.start:m.end].root
            conjuncts = [*root.conjuncts]
            listed_firms = sum(1 for t in conjuncts if (c := self.covered.get(t.i)) is not None
                               and self.out.entities[c.entity_id].type == "Firm")
            for t in conjuncts:
                held = self.covered.get(t.i)
                if held is not None and listed_firms >= 1 and held.how == "ner" and self._lone_guessed_person(held):
                    # "deals with Eidos Interactive, Vivendi Universal and Microsoft": NER's person among companies is one
                    name = doc[held.start:held.end]
                    self.add(held.start, held.end, self.entity_for_name(name.text, "Firm"), "ner", replace=True)
                    continue
                if t.i in self.covered or not _is_cap(t) or t.pos_ != "PROPN":
                    continue
                start = t.i
                while start - 1 >= 0 and doc[start - 1].dep_ in {"compound", "nmod"} and start <= doc[start - 1].head.i <= t.i \
                        and _is_cap(doc[start - 1]) and (start - 1) not in self.covered:
                    start -= 1
                span = doc[start:t.i + 1]
                if any(tok.lower_.rstrip(".") in _LEGAL_FORMS for tok in span):
                    continue  # "Alphabet, Inc., Amazon.com, Inc.": a legal form belongs to the name before it
                if span.text in GENERIC_CAPS or span.text.lower() in _OFFICE_NAMES or span.text.lower().rstrip(".") in _DEGREE_WORDS \
                        or span[-1].lower_ in LEADER_TITLES | STAFF_TITLES:
                    continue  # "Sam Altman, CEO, OpenAI", "X, Ph.D., CEO", "Rob Magowan, Deputy Chief of …": an office or a
                    # degree between names is no company
                if all(tok.pos_ == "PROPN" for tok in span) and not doc[start].is_sent_start:
                    self.add(start, t.i + 1, self.entity_for_name(span.text, "Firm"), "ner")

    def link_military_sites(self) -> None:
        """'Royal Naval Air Station Yeovilton' (or 'RNAS Yeovilton'), 'Naval Air Station Pensacola', 'Wright-Patterson
        Air Force Base': a base is a place, named by its kind and its place name, whatever NER made of the parts. The
        abbreviated and the full form of one base are one place."""
        doc = self.doc
        firsts = {words[0] for words, _ in _BASE_PREFIXES} | {words[0] for words in _BASE_SUFFIXES}
        if not firsts.intersection(self.texts):
            return
        i = 0
        while i < len(doc):
            if self.texts[i] not in firsts:
                i += 1
                continue
            found = None
            for words, full in _BASE_PREFIXES:
                n = len(words)
                if tuple(self.texts[i:i + n]) == words and i + n < len(doc):
                    end = i + n
                    while end < len(doc) and end - (i + n) < 2 and doc[end].is_title and doc[end].is_alpha \
                            and doc[end].pos_ == "PROPN":
                        end += 1
                    if end > i + n:
                        found = (i, end, f"{full} {doc[i + n:end].text}")
                    break
            if found is None:
                for words in _BASE_SUFFIXES:
                    n = len(words)
                    if tuple(self.texts[i:i + n]) == words and i > 0:
                        start = i
                        while start > 0 and i - start < 3 and (doc[start - 1].is_title or doc[start - 1].text == "-") \
                                and not doc[start - 1].is_sent_start and self.lowers[start - 1] not in {"the", "a"}:
                            start -= 1
                        if start < i and doc[start].is_title:
                            found = (start, i + n, doc[start:i + n].text)
                        break
            if found is None:
                i += 1
                continue
            start, end, name = found
            held = [self.covered[k] for k in range(start, end) if k in self.covered]
            if not any(self.out.entities[m.entity_id].from_kb and m.start == start and m.end == end for m in held):
                eid = self.entity_for_name(name, "Location")
                self.add(start, end, eid, "chunk", replace=True)
                self.out.entities[eid].add_alias(doc[start:end].text)
            i = end

    def link_numbered_units(self) -> None:
        """'1710 Naval Air Squadron', '3rd Infantry Division', '1st Armored Brigade Combat Team': a number before
        capitalised words that end in a word for a military unit names that unit (an agency of its forces)."""
        doc = self.doc
        starts = set()
        for k in (k for k, low in enumerate(self.lowers) if low in _UNIT_NOUNS):
            j = k  # walk back over the unit's capitalised words to the number that opens its name
            while j - 1 >= 0 and k - j < 5 and doc[j - 1].is_title and doc[j - 1].is_alpha:
                j -= 1
            if j - 1 >= 0 and (doc[j - 1].like_num or _ORDINAL.fullmatch(self.texts[j - 1])):
                starts.add(j - 1)
        for i in sorted(starts):
            if i > 0 and (doc[i - 1].is_title or doc[i - 1].like_num):
                continue
            end = i + 1
            while end < len(doc) and end - i <= 5 and doc[end].is_title and doc[end].is_alpha:
                end += 1
            last = max((k for k in range(i + 1, end) if self.lowers[k] in _UNIT_NOUNS), default=None)
            if last is None:
                continue
            end = last + 1 + (last + 1 < len(doc) and self.lowers[last + 1] == "team" and self.lowers[last] == "combat")
            held = [self.covered[k] for k in range(i, end) if k in self.covered]
            if any(self.out.entities[m.entity_id].from_kb or m.start < i or m.end > end for m in held):
                continue
            self.add(i, end, self.entity_for_name(doc[i:end].text, "Agency"), "chunk", replace=True)

    def link_heading_policies(self) -> None:
        """'Growth and Innovation Partnership' on a line of its own, then 'Through their Partnership, Canada and the
        UK will …': a heading naming a policy (title case, no verb, ending in a word for a policy or a partnership)
        names one, and its head word written alone and capitalised later in the text refers to it."""
        doc = self.doc
        heads = POLICY_HEADS | {"partnership"}
        for start, end in line_ranges(doc):
            while end > start and doc[end - 1].is_space:
                end -= 1
            if not 3 <= end - start <= 7 or start == 0 or self.lowers[end - 1] not in heads or not _is_cap(doc[end - 1]):
                continue
            if not all(_is_cap(t) and t.pos_ != "VERB" or t.lower_ in {"and", "of", "for", "the", "&"} for t in doc[start:end]):
                continue
            held = [self.covered[k] for k in range(start, end) if k in self.covered]
            if any(self.out.entities[m.entity_id].from_kb or m.start < start or m.end > end for m in held):
                continue
            eid = self.entity_for_name(doc[start:end].text, "Policy")
            self.add(start, end, eid, "chunk", replace=True)
            word = self.texts[end - 1]
            for k in range(end, len(doc)):
                m = self.covered.get(k)
                if self.texts[k] == word and not doc[k].is_sent_start and (m is None or m.end - m.start == 1 and not
                                                                         self.out.entities[m.entity_id].from_kb):
                    self.add(k, k + 1, eid, "coref", replace=True)

    def link_acronym_gatherings(self) -> None:
        """'an annual ICT Dialogue with China', 'its second High-level Digital Dialogue': a gathering named by an
        acronym and a word for a gathering, and a hyphenated capitalised modifier ("High-level") opening a
        gathering's name, belong to the name."""
        doc = self.doc
        for i in (i for i, text in enumerate(self.texts) if 2 <= len(text) <= 6 and text.isupper() and text.isalpha()
                  and text not in {"AI", "IT"}):  # ("the AI Summit at Bletchley Park" is a known summit's generic name)
            if i + 1 >= len(doc) or self.lowers[i + 1] not in EVENT_HEADS or not _is_cap(doc[i + 1]):
                continue
            held = [self.covered[k] for k in (i, i + 1) if k in self.covered]
            if any(self.out.entities[m.entity_id].from_kb or m.start < i or m.end > i + 2 for m in held):
                continue
            self.add(i, i + 2, self.entity_for_name(doc[i:i + 2].text, "Event"), "chunk", replace=True)
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities[m.entity_id]
            s = m.start
            if draft.from_kb or draft.type != "Event" or s < 3 or self.texts[s - 2] != "-" or doc[s - 3].whitespace_ \
                    or doc[s - 2].whitespace_ or not self.texts[s - 3].istitle() or not doc[s - 1].is_alpha \
                    or s - 3 in self.covered or s - 1 in self.covered:
                continue
            self.add(s - 3, m.end, self.entity_for_name(doc[s - 3:m.end].text, "Event"), "chunk", replace=True)

    def link_policies_called(self) -> None:
        """'a historic economic security declaration known as Pax Silica', 'a programme called Horizon': the name a
        word for a policy is given is a policy, whatever NER made of it (a known entity's name is left alone)."""
        doc = self.doc
        for i, low in enumerate(self.lowers):
            if low not in POLICY_HEADS or not doc[i].is_lower or i + 2 >= len(doc):
                continue
            j = i + 1 + (self.texts[i + 1] == ",")
            if self.lowers[j] in {"known", "dubbed"} and j + 1 < len(doc) and self.lowers[j + 1] == "as":
                j += 1
            elif self.lowers[j] not in {"called", "named", "dubbed"}:
                continue
            start = end = j + 1
            if start < len(doc) and self.texts[start] in _QUOTES:
                # 'The project, called “IPCEI ME/CT”, was …': a quoted name runs to its closing mark, codes and all
                close = next((k for k in range(start + 1, min(len(doc), start + 8)) if self.texts[k] in _QUOTES), None)
                if close is None or close == start + 1 or not (doc[start + 1].is_title or doc[start + 1].is_upper):
                    continue
                start, end = start + 1, close
            else:
                while end < len(doc) and end - start < 4 and doc[end].is_title and doc[end].is_alpha \
                        and doc[end].pos_ in {"PROPN", "NOUN", "ADJ"}:
                    end += 1
            if end == start or any(k in self.covered and self.out.entities[self.covered[k].entity_id].from_kb
                                   for k in range(start, end)):
                continue
            named = self.entity_for_name(doc[start:end].text, "Policy")
            self.add(start, end, named, "chunk", replace=True)
            if i > 0 and self.lowers[i - 1] == "the" and doc[i - 1].is_sent_start:
                # "… approved an Important Project of Common European Interest (‘IPCEI’) … The project, called “IPCEI
                # ME/CT”, …": the project just introduced with "a"/"an" is the one now named
                sent = doc[i].sent
                before = doc[sent.start - 1].sent if sent.start > 0 else None
                earlier = [m for m in self.out.mentions if before is not None and before.start <= m.start < before.end
                           and m.start > 0 and self.lowers[m.start - 1] in {"a", "an"} and low in self.lowers[m.start:m.end]
                           and self.out.entities[m.entity_id].type == "Policy" and not self.out.entities[m.entity_id].from_kb]
                if len(earlier) == 1:
                    self._relink(earlier[0].entity_id, named)

    def link_quoted_tools(self) -> None:
        """"innovative defence software tool, 'Motherlode'", "an AI assistant called 'Caddy'": a quoted name right
        after a word for a software tool is that tool (an AI model or system), and so is the same quoted name later."""
        doc = self.doc
        names: dict[str, str] = {}
        for i in (i for i, low in enumerate(self.lowers) if low in _TOOL_NOUNS and doc[i].is_lower):
            j = i + 1
            while j < len(doc) and self.lowers[j] in {",", "called", "named", "dubbed", "known", "as"}:
                j += 1
            if j >= len(doc) or self.texts[j] not in _OPEN_QUOTES:
                continue
            close = next((k for k in range(j + 1, min(len(doc), j + 6)) if self.texts[k] in _CLOSE_QUOTES), None)
            if close is None or close == j + 1 or not all(doc[k].text[:1].isupper() for k in range(j + 1, close)):
                continue
            held = [self.covered[k] for k in range(j + 1, close) if k in self.covered]
            if any(self.out.entities[m.entity_id].from_kb for m in held):
                continue
            text = doc[j + 1:close].text
            names.setdefault(text, self.entity_for_name(text, "AIModel"))
            self.add(j + 1, close, names[text], "chunk", replace=True)
        for text, eid in names.items():
            n = len(text.split())
            for k in range(1, len(doc) - n):
                if self.texts[k - 1] in _OPEN_QUOTES and doc[k:k + n].text == text and k not in self.covered \
                        and k + n < len(doc) and self.texts[k + n] in _CLOSE_QUOTES:
                    self.add(k, k + n, eid, "repeat")

    def link_named_systems(self) -> None:
        """'the Lux AI cluster', 'the El Capitan supercomputer': a name before a word for a computing system is that
        machine (Hardware), whatever NER took it for; a descriptor such as "AI" before the noun is not part of it."""
        doc = self.doc
        computing = {doc[i].sent.start for i, low in enumerate(self.lowers) if low in _COMPUTE_WORDS}
        for i in (i for i, low in enumerate(self.lowers) if low in {"system", "systems"} and doc[i].is_lower
                  and doc[i].sent.start in computing):
            # "Another system, called Equinox, will feature 10,000 GPUs": the name a computing system is called
            called = next((j for j in range(i + 1, min(len(doc), i + 4)) if self.lowers[j] in {"called", "named", "dubbed"}), None)
            if called is not None and called + 1 < len(doc) and doc[called + 1].is_title and doc[called + 1].pos_ == "PROPN":
                j = called + 1
                held = self.covered.get(j)
                if held is None or not self.out.entities[held.entity_id].from_kb:
                    self.add(j, j + 1, self.entity_for_name(doc[j].text, "Hardware"), "ner", replace=True)
        for i in (i for i, low in enumerate(self.lowers) if (low in _SYSTEM_NOUNS or low == "system" and doc[i].sent.start in computing)
                  and doc[i].is_lower):
            end = i
            while end - 1 >= 0 and self.texts[end - 1] in _SYSTEM_DESCRIPTORS:
                end -= 1
            start = end
            while start - 1 >= 0 and end - start < 3 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                    and not doc[start - 1].is_sent_start:
                start -= 1
            if start == end or (start > 0 and doc[start - 1].lower_ not in {"the", "a", "its", "new"}):
                continue  # "the Lux AI cluster": a determiner opens the phrase, so the name's left edge is sure
            held = {self.covered[j].start for j in range(start, i) if j in self.covered}
            if any(self.out.entities[self.covered[j].entity_id].from_kb for j in range(start, end) if j in self.covered):
                continue  # a known name ("the Frontier supercomputer" is in the knowledge base)
            if held and any(self.covered[j].start < start for j in range(start, i) if j in self.covered):
                continue
            span = doc[start:end]
            machine = self.entity_for_name(span.text, "Hardware")
            self.add(start, end, machine, "ner", replace=True)
            for other in [o for o in self.out.mentions if o.start != start and doc[o.start:o.end].text == span.text
                          and not self.out.entities[o.entity_id].from_kb and o.entity_id != machine]:
                self.add(other.start, other.end, machine, "ner", replace=True)  # "Lux will provide …": the same machine

    def retype_gathering_places(self) -> None:
        """'at the G7 Science and Technology Ministers' Meeting in Sendai': a name NER guessed a company, a body or a
        person right after a gathering and "in" is the place it was held."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            if self.out.entities[m.entity_id].type != "Event" or m.end + 1 >= len(doc) or self.lowers[m.end] != "in":
                continue
            place = self.covered.get(m.end + 1)
            if place is None or place.start != m.end + 1 or place.how != "ner" or place.end - place.start > 2:
                continue
            draft = self.out.entities[place.entity_id]
            if draft.from_kb or draft.type not in {"Firm", "Organization", "Person"} \
                    or place.end < len(doc) and (_is_cap(doc[place.end]) or doc[place.end].text in {"'s", "’s"}):
                continue
            self._retype(place.entity_id, "Location")

    def retype_destinations(self) -> None:
        """'the visit to Fukushima immediately after taking office': a lone word NER guessed a person, as the object of
        "visit to", "trip to" or "travel to", is a place — one visits a person, not a visit to one."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.from_kb or draft.type != "Person" or m.how != "ner" or m.end - m.start != 1 or m.start < 2:
                continue
            if self.lowers[m.start - 1] == "to" and self.lowers[m.start - 2] in _DESTINATION_NOUNS \
                    and not (m.end < len(doc) and _is_cap(doc[m.end])) \
                    and all(o.entity_id != m.entity_id or o.end - o.start == 1 for o in self.out.mentions):
                self._retype(m.entity_id, "Location")

    def merge_state_pair_variants(self) -> None:
        """'the Republic of Korea – EU Digital Partnership Council', 'The first Republic of Korea (ROK) – European
        Union (EU) Digital Partnership Council met …', 'the ROK-EU Digital Partnership Council': names of the same two
        (or more) states ending in the same words name one thing, however each state is written (a gathering if any
        of them was found to be one)."""
        qualifiers = [n for n in self.out.nested if n.how == "qualifier"]
        groups: dict[tuple[frozenset[str], tuple[str, ...]], list[str]] = {}
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            parties = self.out.state_pairs.get(m.entity_id)
            inside = [n.end for n in qualifiers if m.start <= n.start and n.end <= m.end]
            if not parties or not inside:
                continue
            k = max(inside)
            while k < m.end and (self.texts[k] in {")", "(", "-", "–"} or self.texts[k - 1] == "(" and self.texts[k].isupper()):
                k += 1  # ("… European Union (EU) Digital …": the bracketed short form is the state's)
            key = (frozenset(parties), tuple(self.lowers[k:m.end]))
            if key[1] and m.entity_id not in groups.setdefault(key, []):
                groups[key].append(m.entity_id)
        for ids in (ids for ids in groups.values() if len(ids) > 1):
            keep = next((e for e in ids if self.out.entities[e].type == "Event"), ids[0])
            for other in ids:
                if other != keep:
                    self._relink(other, keep)
        # "the U.S.-Vietnam Comprehensive Strategic Partnership … elevated relations to a Comprehensive Strategic
        # Partnership": the same words without the pair name the one pair's thing, when only one pair has them
        tails: dict[tuple[str, ...], set[str]] = {}
        for (_parties, tail), ids in groups.items():
            tails.setdefault(tail, set()).add(next((e for e in ids if self.out.entities[e].type == "Event"), ids[0]))
        for m in list(self.out.mentions):
            owners = tails.get(tuple(self.lowers[m.start:m.end]), set())
            if len(owners) == 1 and m.entity_id not in owners and m.entity_id not in self.out.state_pairs \
                    and not self.out.entities[m.entity_id].from_kb \
                    and self.out.entities[m.entity_id].type == self.out.entities[next(iter(owners))].type:
                self._relink(m.entity_id, next(iter(owners)))

    def link_gatherings_by_place(self) -> None:
        """"the UK government's AI Summit at Bletchley Park": a gathering named only generically, with the place it is
        held at, is the known gathering the knowledge base calls "<place> summit" (the AI Safety Summit 2023)."""
        doc = self.doc
        for i in (i for i, low in enumerate(self.lowers) if low in EVENT_HEAD_NOUNS and i + 2 < len(doc)):
            if self.lowers[i + 1] not in {"at", "in"} or (place := self.covered.get(i + 2 + (self.lowers[i + 2] == "the"))) is None \
                    or self.out.entities[place.entity_id].type != "Location":
                continue
            named = self.out.entities[place.entity_id].name
            known = list({e.id: e for word in {self.lowers[i], self.texts[i]} for e in self.kb.lookup(f"{named} {word}")
                          if e.type == "Event"}.values())
            if len(known) != 1:
                continue
            start = i
            while start - 1 >= 0 and i - start < 3 and _is_cap(doc[start - 1]) and (start - 1) not in self.covered \
                    and not doc[start - 1].is_sent_start:
                start -= 1
            held = [self.covered[k] for k in range(start, i + 1) if k in self.covered]
            if any(m.start < start or m.end > i + 1 or self.out.entities[m.entity_id].from_kb for m in held):
                continue
            self.add(start, i + 1, self.entity_for_kb(known[0].id), "kb", replace=True)

    def link_held_gatherings(self) -> None:
        """'MIC … held the Japan-EU Digital Partnership Council': a council or forum that is held or convened, or that
        meets somewhere, is a gathering (Event), not a standing body. Names the knowledge base knows keep their type."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            if draft.from_kb or draft.type != "Organization" or self.lowers[m.end - 1] not in _GATHERING_BODY_HEADS:
                continue
            root = doc[m.start:m.end].root
            held = root.dep_ in {"dobj", "nsubjpass"} and root.head.lemma_ in {"hold", "host", "convene", "co-host", "cohost"}
            met = root.dep_ == "nsubj" and root.head.lemma_ in {"meet", "convene", "gather"}
            if held or met:
                self._retype(m.entity_id, "Event")
        # "attended Frontiers of AI, co-hosted by MaRS …", "participated at Collision": a guessed body that is
        # attended, or hosted, is a gathering
        heads = AGENCY_HEADS | ORGANIZATION_HEADS | FIRM_HEADS | _LEGAL_FORMS
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            words = self.lowers[m.start:m.end]
            head_word = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
            if draft.from_kb or draft.type not in {"Organization", "Firm"} or m.how not in {"ner", "chunk"} \
                    or head_word.rstrip(".") in heads:
                continue
            root = doc[m.start:m.end].root
            attended = root.dep_ == "dobj" and root.head.lemma_ == "attend" or root.dep_ == "pobj" \
                and root.head.lower_ in {"at", "in"} and root.head.head.lemma_ == "participate" \
                or root.dep_ == "pobj" and root.head.lower_ == "at" and (root.head.head.lemma_.lower() in SPEECH_NOUNS or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS for c in root.head.head.children))
            # ("delivered a keynote at Computex": a speech is given at a gathering)
            # ("attended X, co-hosted by A and B": the parser may hang the participle on the verb instead of the name)
            hosts = [c for c in (*root.children, *(root.head.children if attended and root.dep_ == "dobj" else ()))
                     if c.dep_ in {"acl", "advcl"} and c.i > root.i and c.lower_.replace("-", "") in {"hosted", "cohosted"}]
            hosted = any(a.dep_ == "agent" for c in hosts for a in c.children)
            if attended or hosted:
                self._retype(m.entity_id, "Event")
        # "the NDIA's Emerging Technologies for Defense conference", "his Arsenal of Freedom tour": a guessed name that
        # modifies a lower-case word for a gathering names that gathering (the word joins its aliases)
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            if draft.from_kb or draft.type not in {"Organization", "Firm"} or m.how not in {"ner", "chunk"} \
                    or m.end >= len(doc) or doc[m.end].lower_ not in EVENT_HEAD_NOUNS:
                continue
            root = doc[m.start:m.end].root
            if root.head.i == m.end and root.dep_ in {"compound", "nmod"}:
                self.out.entities[self._retype(m.entity_id, "Event")].add_alias(doc[m.start:m.end + 1].text)
        # ("her remarks at NDIA's Modern Day Marine conference": a capitalised run NER left out there is that name)
        for k in (k for k, low in enumerate(self.lowers) if low in EVENT_HEAD_NOUNS and k >= 3):
            start = k
            while start - 1 >= 0 and start - 1 not in self.covered and (
                    _is_cap(doc[start - 1]) or doc[start - 1].lower_ in {"of", "for", "and", "on"} and start < k):
                start -= 1
            while start < k and not _is_cap(doc[start]):
                start += 1
            before = doc[start - 1].lower_ if start >= 1 else ""
            if k - start >= 1 and doc[k].is_title and k not in self.covered and before == "the" \
                    and self.lowers[k] not in {"convention", "forum"} \
                    and not doc[start].is_sent_start and doc[start].lower_ not in STOP_WORDS:
                # "at the AI Summit during London Tech Week": a capitalised word for a gathering ends its own name (a
                # capitalised Convention is a treaty and a Forum often a standing body)
                self.add(start, k + 1, self.entity_for_name(doc[start:k + 1].text, "Event"), "chunk")
                continue
            if k - start >= 2 and before in {"'s", "’s", "the", "his", "her", "its", "their"} \
                    and not doc[start].is_sent_start and not any(doc[j].lower_ in STOP_WORDS for j in (start, k - 1)):
                eid = self.entity_for_name(doc[start:k].text, "Event")
                self.add(start, k, eid, "chunk")
                self.out.entities[eid].add_alias(doc[start:k + 1].text)
        # "met his counterpart in Yokosuka", "talks held in Gyeongju": a one-word name NER took for a company, where
        # people meet or a gathering is held, is a place
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            root = doc[m.start]
            if draft.from_kb or draft.type != "Firm" or m.how != "ner" or m.end - m.start != 1 or root.dep_ != "pobj" \
                    or root.head.lower_ != "in" or root.head.head.lemma_.lower() not in _MEETING_VERBS:
                continue
            self._retype(m.entity_id, "Location")

    def link_capitalised_head_words(self) -> None:
        """'Secretary Blinken launched the Partnership in New York City' after "the Partnership for Global Inclusivity
        on AI": a name's head word, capitalised after "the" or "this" mid-sentence, stands for the latest name it heads
        — also a name written head first."""
        doc = self.doc
        for t in (doc[i] for i, low in enumerate(self.lowers) if low in _HEAD_WORD_REFERENCES):
            held = self.covered.get(t.i)
            guessed = held is not None and held.end - held.start == 1 and held.how == "ner" \
                and not self.out.entities[held.entity_id].from_kb  # ("launched the Partnership in Toronto": NER's place)
            if t.i < 2 or held is not None and not guessed or not t.is_title \
                    or self.lowers[t.i - 1] not in {"the", "this"} or doc[t.i - 1].is_sent_start and doc[t.i - 1].text == "The" \
                    or t.i + 1 < len(doc) and (_is_cap(doc[t.i + 1]) or self.lowers[t.i + 1] in {"for", "on", "of"}):
                continue
            named = [m for m in self.out.mentions if m.end <= t.i and m.end - m.start >= 2
                     and self.out.entities[m.entity_id].type in {"Policy", "Organization", "Event"}
                     and _name_head(self.out.entities[m.entity_id].name) == t.lower_]
            if named:
                self.add(t.i, t.i + 1, max(named, key=lambda m: m.start).entity_id, "repeat", replace=guessed)

    def link_first_word_short_forms(self) -> None:
        """'Scientists from Argonne' after "Argonne National Laboratory": the distinctive first word of a body's name,
        used alone later, is that body. Generic openers ("National", "United"), given names and known names are not."""
        doc = self.doc
        bodies: dict[str, str] = {}
        # (a company's national or regional unit, "Corvex Semiconductor Texas, Inc.", yields its short name to the
        # parent named after it: "Corvex's investment" is the parent's)
        for m in sorted(self.out.mentions, key=lambda m: (m.entity_id in self.out.national_units, m.start)):
            draft = self.out.entities[m.entity_id]
            first = doc[m.start]
            long_enough = m.end - m.start >= 3 or (  # "Elpida Memory" → "Elpida": a company's word before a generic head
                draft.type == "Firm" and m.end - m.start == 2 and (doc[m.end - 1].lower_ in FIRM_HEADS or any(
                    e.type == "Government" for e in self.kb.lookup(doc[m.end - 1].text))))  # ("Bell Canada" → "Bell")
            if draft.type in {"Organization", "Agency", "Firm"} and long_enough and first.is_title and first.is_alpha \
                    and first.lower_ not in _GENERIC_OPENERS and first.lower_ not in GIVEN_NAMES and not self.kb.lookup(first.text):
                bodies.setdefault(first.text, m.entity_id)
        if not bodies:
            return
        moved: dict[str, str] = {}
        for m in list(self.out.mentions):
            if m.end - m.start != 1 or doc[m.start].text not in bodies or self.out.entities[m.entity_id].from_kb:
                continue
            if m.end < len(doc) and doc[m.end].is_title and doc[m.end].pos_ == "PROPN":
                continue
            nxt = self.covered.get(m.end + 1) if m.end + 1 < len(doc) and doc[m.end].text == "," else None
            if nxt is not None and self.out.entities[nxt.entity_id].type in {"Location", "Government"}:
                continue  # "Aloha High School in Aloha, Oregon": a town of that name, not the body
            target = bodies[doc[m.start].text]
            if target != m.entity_id and any(mm.entity_id == target and mm.start < m.start for mm in self.out.mentions):
                moved.setdefault(m.entity_id, target)
                self.add(m.start, m.end, target, "repeat", replace=True)
        for old, target in moved.items():
            rest = [mm for mm in self.out.mentions if mm.entity_id == old]
            if rest and all(doc[mm.start].is_lower for mm in rest):
                for mm in rest:  # "Amkor … the company's completion": what pointed back at the short name goes with it
                    self.add(mm.start, mm.end, target, mm.how, replace=True)

    def link_portfolio_words(self) -> None:
        """'NIST at Commerce' in an article naming the Department of Commerce: a department's portfolio word written
        alone as a name is that department, when exactly one body of that portfolio is named ("Department of W",
        "Ministry of W", "W Department")."""
        doc = self.doc
        named = {m.entity_id for m in self.out.mentions}
        portfolios = {w for eid in named if self.out.entities[eid].type == "Agency"
                      for f in self._forms_of(eid) for w in _portfolio_words(f)}
        if not portfolios:
            return
        # one-word names NER found, and capitalised words it left alone that stand apart from other capitalised words
        spots = [(m.start, m.entity_id) for m in self.out.mentions if m.end - m.start == 1
                 and not self.out.entities[m.entity_id].from_kb and self.lowers[m.start] in portfolios and doc[m.start].is_title]
        spots += [(i, None) for i, low in enumerate(self.lowers) if low in portfolios and i not in self.covered
                  and doc[i].is_title and doc[i].pos_ == "PROPN" and not doc[i].is_sent_start
                  and not (i > 0 and _is_cap(doc[i - 1])) and not (i + 1 < len(doc) and _is_cap(doc[i + 1]))]
        for i, current in spots:
            word = doc[i].lower_
            forms = {f"department of {word}", f"ministry of {word}", f"{word} department", f"{word} ministry"}
            bodies = {eid for eid in named if eid != current and self.out.entities[eid].type == "Agency"
                      and forms & {f.lower().removeprefix("us ").removeprefix("u.s. ") for f in self._forms_of(eid)}}
            if len(bodies) == 1:
                self.add(i, i + 1, bodies.pop(), "repeat", replace=True)

    def _forms_of(self, eid: str) -> set[str]:
        """Every name an article's entity goes by: its own and, for a known body, the knowledge base's."""
        draft = self.out.entities[eid]
        entry = self.kb.by_id.get(eid) if draft.from_kb else None
        return {draft.name, *draft.aliases, *(entry.surface_forms if entry is not None else ())}

    def link_possessive_businesses(self) -> None:
        """'he stopped by Claridge's', 'a local Denny's restaurant': a name with 's and no owned noun after it (or a
        word for a shop or restaurant) names the business itself, which NER takes for a person."""
        doc = self.doc
        for i in (i for i in range(1, len(doc) - 1) if self.texts[i] in {"'s", "’s"}):
            name, mark = doc[i - 1], doc[i]
            if mark.tag_ != "POS" or not (name.is_title and name.is_alpha and name.pos_ == "PROPN"):
                continue
            after = doc[i + 1]
            if not (after.is_punct or after.lower_ in _BUSINESS_NOUNS):
                continue
            held = self.covered.get(name.i)
            if held is not None and (held.end - held.start != 1 or self.out.entities[held.entity_id].from_kb
                                     or self.out.entities[held.entity_id].type not in {"Person", "Firm", "Organization"}):
                continue
            if held is not None and sum(1 for m in self.out.mentions if m.entity_id == held.entity_id) > 1:
                continue  # a person named elsewhere in the article
            if i > 1 and doc[i - 2].is_title and doc[i - 2].pos_ == "PROPN":
                continue  # "Tom Berg's." is a person's
            span = doc[name.i:i + 1]
            eid = self.entity_for_name(span.text, "Firm")
            self.out.entities[eid].name = span.text  # (the merge key ignores a possessive; the business's name keeps it)
            self.add(span.start, span.end, eid, "ner", replace=True)

    def drop_common_words_and_topic_lists(self) -> None:
        """Capitals that carry no name: a sentence's first word the article also writes in lower case ("Compute is
        the technology …" beside "compute capacity"), and a list of topics after a colon ("research areas include:
        Extreme Weather and Climate Forecasting, Emergency Response Management, …").

        A topic list is told by its items: three or more capitalised phrases,
        most ending in an abstract noun ("-ing", "-ment", "-tion"), none of them
        known. Only names NER guessed are dropped; known names stay."""
        doc = self.doc
        lowered = {low for low, text in zip(self.lowers, self.texts, strict=True) if text.islower()}
        dropped: set[int] = set()
        for m in self.out.mentions:
            entity = self.out.entities[m.entity_id]
            if entity.from_kb or m.how != "ner" or m.end - m.start != 1:
                continue
            t = doc[m.start]
            if t.is_sent_start and t.lower_ in lowered and entity.type in {"Firm", "Organization"}:
                dropped.add(m.start)
        for m in self.out.mentions:
            # "in the areas of semiconductors, High Performance Computing (HPC) and Quantum technology, Beyond 5G": a
            # field of technology NER guessed a name (with the capitalised words before it and the field noun after)
            entity = self.out.entities[m.entity_id]
            if entity.from_kb or m.how != "ner":
                continue
            start, end = m.start, m.end
            while start > 0 and start - 1 not in self.covered and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
                start -= 1
            while end < len(doc) and self.lowers[end] in {"technology", "technologies", "computing", "science"} and doc[end].is_lower:
                end += 1
            if doc[start:end].text.lower() in TECHNOLOGY_FIELDS or doc[m.start:m.end].text.lower() in TECHNOLOGY_FIELDS:
                dropped.update(mm.start for mm in self.out.mentions if mm.entity_id == m.entity_id)  # and its short form
        for m in self.out.mentions:
            # "SUPPLEMENTARY INFORMATION:", "AGENCY:": a notice's section label in capitals names nothing
            entity = self.out.entities[m.entity_id]
            if not entity.from_kb and m.how == "ner" and m.end < len(doc) and self.texts[m.end] == ":" \
                    and all(t.is_upper and t.is_alpha and t.lower_ in COMMON_WORDS and t.lower_ not in GIVEN_NAMES
                            for t in doc[m.start:m.end]) and (m.start == 0 or doc[m.start - 1].text.rstrip(".").lower()
                                                              not in {h.rstrip(".").lower() for h in HONORIFICS}):
                # (a speaker's label "SALLY SARA:" or "MR PATEL:" is a name, read by the speaker-label rules)
                dropped.update(mm.start for mm in self.out.mentions if mm.entity_id == m.entity_id)
        for m in self.out.mentions:
            # "This Joint Statement was issued after …": a document's kind alone, the article's own, names no policy
            entity = self.out.entities[m.entity_id]
            if not entity.from_kb and m.how in {"ner", "chunk"} and entity.type == "Policy" \
                    and set(self.lowers[m.start:m.end]) <= _DOCUMENT_KIND_WORDS:
                dropped.add(m.start)
        for m in self.out.mentions:
            # "Funding Opportunity", "Advanced Packaging", "Spending Review": capitalised words the article also
            # writes in lower case, none a given name, name nothing NER could vouch for
            entity = self.out.entities[m.entity_id]
            if entity.from_kb or m.how not in {"ner", "chunk"} or entity.type not in {"Firm", "Person", "Organization"}:
                continue
            words = self.lowers[m.start:m.end]
            if all(doc[k].is_alpha and doc[k].is_title for k in range(m.start, m.end)) and words[0] not in GIVEN_NAMES \
                    and all(w in lowered and w not in _NAME_WORDS for w in words) \
                    and not (m.start > 0 and (doc[m.start - 1].text in HONORIFICS or self.lowers[m.start - 1] in _CALLED_WORDS)):
                dropped.update(mm.start for mm in self.out.mentions if mm.entity_id == m.entity_id)
        for close in (i for i, text in enumerate(self.texts) if text == ")" and i >= 3 and self.texts[i - 2] == "("):
            # "an Intelligence, Surveillance, and Reconnaissance (ISR) mission": capitalised common words spelling out an
            # acronym's letters, in a list, name a field, not entities
            letters, k = self.texts[close - 1], close - 3
            initials: list[str] = []
            listed = False
            while k >= 0 and (_is_cap(doc[k]) or self.lowers[k] in {",", "and", "&"}):
                if _is_cap(doc[k]):
                    initials.insert(0, self.texts[k][0])
                else:
                    listed = True
                if "".join(initials) == letters:
                    break
                k -= 1
            if listed and len(letters) >= 3 and letters.isupper() and "".join(initials) == letters:
                fields = {m.entity_id for m in self.out.mentions if k <= m.start < close - 2 and m.how == "ner"
                          and m.end - m.start == 1 and not self.out.entities[m.entity_id].from_kb}
                dropped.update(m.start for m in self.out.mentions if m.entity_id in fields)  # (and "ISR" linked to one)
        for m in self.out.mentions:
            # "Deputy Chief of the Defence Staff (Financial and Military Capability)": a portfolio in brackets after an
            # office names the office's remit, not a body
            if m.how in {"ner", "chunk"} and m.end - m.start >= 2 and m.start >= 2 and self.texts[m.start - 1] == "(" \
                    and m.end < len(doc) and self.texts[m.end] == ")" and not self.out.entities[m.entity_id].from_kb \
                    and self.out.entities[m.entity_id].type in {"Firm", "Organization", "Policy"} \
                    and any(self.lowers[j] in LEADER_TITLES | STAFF_TITLES for j in range(max(0, m.start - 8), m.start - 1)):
                dropped.add(m.start)
        # "the Cabinet Office of Japan for the purposes of Science and Technology Policy" beside the Office of
        # Science and Technology Policy: a field that is the remit in a body's name is no policy of its own
        remits = {name.lower().split(" of ", 1)[1] for e in self.out.entities.values() if e.type == "Agency"
                  for name in (e.name, *e.aliases) if " of " in name}
        for m in self.out.mentions:
            entity = self.out.entities[m.entity_id]
            if entity.type == "Policy" and not entity.from_kb and m.how in {"ner", "chunk"} and entity.name.lower() in remits:
                dropped.add(m.start)
        for colon in (doc[i] for i, text in enumerate(self.texts) if text == ":"):
            end = next((t.i for t in doc[colon.i + 1:] if t.text in {".", ";", ":"} or "\n" in t.text), len(doc))
            items = [m for m in self.out.mentions if colon.i < m.start < end]
            if len(items) < 3 or any(self.out.entities[m.entity_id].from_kb for m in items):
                continue
            abstract = sum(1 for m in items if _ABSTRACT.search(self.lowers[m.end - 1]))
            if abstract * 2 >= len(items) and all(m.how == "ner" for m in items):
                dropped.update(m.start for m in items)
        if dropped:
            self.out.mentions = [m for m in self.out.mentions if m.start not in dropped]
            self.covered = {i: m for i, m in self.covered.items() if m.start not in dropped}

    def drop_honours_and_works(self) -> None:
        """'won a Golden Joystick Award', 'the 1994 game Theme Park', 'the Weekly Sitrep video': honours and titles
        of works are none of the schema's kinds, whatever step took them for a name. A name the knowledge base knows
        stays (so does "the Department YouTube channel")."""
        doc = self.doc
        dropped: set[str] = set()
        for m in self.out.mentions:
            entity = self.out.entities[m.entity_id]
            if entity.from_kb:
                continue
            before = doc[m.start - 1] if m.start > 0 else None
            after = doc[m.end] if m.end < len(doc) else None
            if self.lowers[m.end - 1] in _AWARD_HEADS or (before is not None and before.lower_ in _WORK_NOUNS and before.is_lower):
                dropped.add(m.entity_id)
            elif after is not None and after.lower_ in _MEDIA_NOUNS | _PART_NOUNS and entity.type in {"Firm", "Organization"} \
                    and doc[m.end - 1].head.i == after.i and doc[m.end - 1].dep_ in {"compound", "nmod"}:
                # "during the department's Weekly Sitrep video": the title of a show; "under the Advanced Capabilities
                # pillar": the title of a part of a pact
                dropped.add(m.entity_id)
        if dropped:
            self.out.mentions = [m for m in self.out.mentions if m.entity_id not in dropped]
            self.covered = {i: m for i, m in self.covered.items() if m.entity_id not in dropped}

    def _lone_guessed_person(self, m: LinkedMention) -> bool:
        """A person only NER vouches for: not known, named once, no title or given name of ours in it."""
        entity = self.out.entities[m.entity_id]
        if entity.type != "Person" or entity.from_kb or m.end - m.start < 2:
            return False
        if self.lowers[m.start] in GIVEN_NAMES or (m.start > 0 and _after_title(self.doc, m.start, _TITLE_HEADS)):
            return False
        return sum(1 for other in self.out.mentions if other.entity_id == m.entity_id) == 1

    def link_repeated_names(self) -> None:
        """'Accel partner Dan Levine … after Accel led another round': a name found once names the same entity
        wherever the same words recur (NER is not consistent from one sentence to the next).

        Only bodies and places, only exact capitalised occurrences; a one-word name
        is skipped where the article also uses it as a common word ("Scale" and "scale")."""
        doc = self.doc
        lowers = {t for t in self.texts if t.islower()}  # words the article also writes in lower case
        known = {}
        for m in self.out.mentions:
            draft = self.out.entities[m.entity_id]
            if draft.from_kb or draft.type not in {"Firm", "Organization", "Agency", "Location", "Policy"} or m.how == "coref":
                continue
            words = tuple(self.texts[m.start:m.end])
            if len(words) == 1 and (words[0].lower() in lowers and not words[0].isupper()):
                continue
            known.setdefault(words, m.entity_id)
        if not known:
            return
        at: dict[str, list[int]] = {}  # each word's positions, so a name is looked for only where its first word is
        for i, text in enumerate(self.texts):
            at.setdefault(text, []).append(i)
        for words, eid in known.items():
            n = len(words)
            for i in at.get(words[0], ()):
                if tuple(self.texts[i:i + n]) != words:
                    continue
                inside = [self.covered[k] for k in range(i, i + n) if k in self.covered]
                if inside and (n == 1 or any(mm.start < i or mm.end > i + n or mm.end - mm.start >= n or mm.how not in {"ner", "chunk"}
                                             or self.out.entities[mm.entity_id].from_kb for mm in inside)):
                    continue  # (a part NER took alone, "Silica" of "Pax Silica", gives way to the whole name)
                if i > 0 and (i - 1 in self.covered or _is_cap(doc[i - 1]) and doc[i - 1].pos_ == "PROPN" and not doc[i].is_sent_start) \
                        or i + n < len(doc) and _is_cap(doc[i + n]) and doc[i + n].pos_ == "PROPN":
                    continue  # "DeepMind Paris": the words are part of a longer name here
                self.add(i, i + n, eid, "repeat", replace=bool(inside))

    def merge_name_variants(self) -> None:
        """'New Defence AI Strategy' in a headline and 'the Defence AI Strategy' in the text; 'the UK Armed Forces'
        and later 'our Armed Forces': a found name that is another name of the article with a leading "New" or a
        leading state word dropped is that same entity."""
        names: dict[str, str] = {}
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities[m.entity_id]
            if draft.type in {"Person", "Government", "Location"}:
                continue
            for form in (draft.name, *draft.aliases, " ".join(self.texts[m.start:m.end])):
                if not form.startswith("New "):
                    names.setdefault(form, m.entity_id)
                words = form.split(" ", 1)
                if len(words) == 2 and any(e.type == "Government" for e in self.kb.lookup(words[0])):
                    names.setdefault(words[1], m.entity_id)  # "UK Armed Forces" also answers to "Armed Forces"
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            if draft.from_kb or draft.type in {"Person", "Government", "Location"}:
                continue
            text = " ".join(self.texts[m.start:m.end])
            # ("New Defence AI Strategy" goes under the name without the headline's "New"; "the 10th London Tech Week"
            # under the gathering's name without the edition's number)
            bare = _ORDINAL_OPENING.sub("", text) if draft.type == "Event" else text
            target = names.get(text[4:]) if text.startswith("New ") else names.get(bare) if bare != text else names.get(text)
            if target is not None and target != m.entity_id and self.out.entities[target].type == draft.type:
                m.entity_id = target

    def merge_legal_form_variants(self) -> None:
        """'Amkor Technology Arizona, Inc., a subsidiary of Amkor Technology, Inc.' after a headline's "Amkor
        Technology": a company's name with its legal form is the company the article also names without it."""
        for eid, draft in list(self.out.entities.items()):
            if draft.type != "Firm" or draft.from_kb:
                continue
            base = _LEGAL_FORM_TAIL.sub("", draft.name)
            target = self.by_key.get(("Firm", norm_name(base))) if base != draft.name else None
            if target is None or target == eid or not any(m.entity_id == target for m in self.out.mentions):
                continue
            for m in [m for m in self.out.mentions if m.entity_id == eid]:
                self.add(m.start, m.end, target, m.how, replace=True)

    def link_workplaces(self) -> None:
        """'who had previously worked at Quora': an unknown place NER saw where someone works is an employer."""
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            if draft.from_kb or draft.type != "Location" or m.how != "ner" or m.start < 2:
                continue
            prep, verb = self.doc[m.start - 1], self.doc[m.start - 2]
            if prep.lower_ in {"at", "for"} and verb.lemma_.lower() in {"work", "intern", "employ"}:
                self.add(m.start, m.end, self.entity_for_name(draft.name, "Firm"), "ner", replace=True)

    def link_partial_policy_names(self) -> None:
        """'the International Guiding Principles as well as the Code of Conduct', after "the G7 launched the
        Hiroshima AI Process": a policy named by the last words of a known policy's name is that policy, when the
        knowledge base ties it to something the article names and it is the one such policy that ends that way.

        Official documents are cited by their short tails once their context is
        set; the tie (a fact between the two in the knowledge base) is what makes
        the short name safe to resolve."""
        present = {eid for eid, d in self.out.entities.items() if d.from_kb}
        for eid, draft in list(self.out.entities.items()):
            if draft.from_kb or draft.type != "Policy" or len(draft.name.split()) < 2:
                continue
            tail = " " + draft.name.lower()
            ends = [e for e in self.kb.entries if e.type == "Policy"
                    and any(f.lower().endswith(tail) for f in (e.name, *e.aliases))]
            tied = [e for e in ends if any(f.object in present for f in e.facts)
                    or any(f.object == e.id for p in present for f in self.kb.by_id[p].facts)]
            if len(tied) == 1:
                self._relink(eid, self.entity_for_kb(tied[0].id))

    def link_policy_short_names(self) -> None:
        """'the Political Declaration on Responsible Military Use of … Autonomy … the Political Declaration': a policy
        cited later by the words of its full name up to its head word is the same policy."""
        long = [(d.name.lower().split(), eid) for eid, d in self.out.entities.items() if d.type == "Policy"]
        for eid, draft in list(self.out.entities.items()):
            if draft.from_kb or draft.type != "Policy":
                continue
            words = draft.name.lower().split()
            if len(words) < 2:
                continue
            fits = {other for full, other in long if other != eid and len(full) > len(words) + 1
                    and full[:len(words)] == words and full[len(words)] in {"on", "of", "for"}}
            if len(fits) == 1:
                self._relink(eid, fits.pop())

    def link_names_after_portfolios(self) -> None:
        """'Minister of Foreign Trade and Development Reinette Klever announced …': the capitalised words after a
        minister's or secretary's portfolio that are not portfolio words are the holder's name, where NER, misled
        by the long title, saw none."""
        doc = self.doc
        for i in (i for i, low in enumerate(self.lowers) if low in {"minister", "secretary"} and doc[i].is_title):
            if i + 3 >= len(doc) or self.lowers[i + 1] not in {"of", "for"}:
                continue
            j = i + 2
            while j < len(doc) and (doc[j].lower_ in _PORTFOLIO_WORDS and (doc[j].is_title or doc[j].lower_ in {"and", "the", ","})
                                    or doc[j].text in {"AI", "ICT"}):
                j += 1
            end = j
            while end < len(doc) and end - j < 3 and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN" \
                    and doc[end].lower_ not in _PORTFOLIO_WORDS:
                end += 1
            if j == i + 2 or end - j < 2 or any(k in self.covered for k in range(j, end)) or end >= len(doc) \
                    or not (doc[end].pos_ in {"VERB", "AUX"} or doc[end].text in {",", ")", ".", ";"}
                            or doc[end].lower_ == "and" or doc[end].lower_ == "to" and end + 1 < len(doc)
                            and doc[end + 1].pos_ in {"VERB", "AUX"}
                            # ("… and Development Reinette Klever in the Government Gazette": a phrase of place or time)
                            or doc[end].lower_ in {"in", "at", "on", "during"} and end + 1 < len(doc) and not doc[end + 1].is_title):
                continue  # (the name ends the clause or a list item: "… Minister of Commerce Piyush Goyal to weigh up …")
            self.add(j, end, self.entity_for_name(doc[j:end].text, "Person"), "ner")

    def link_bracketed_portfolios(self) -> None:
        """'Minister Karremans (Economic Affairs)': a minister's portfolio in brackets after the name is the ministry
        of that portfolio — the one known body of a state the article names whose name is "Ministry of <portfolio>"."""
        doc = self.doc
        states = {self.out.entities[m.entity_id].name for m in self.out.mentions
                  if self.out.entities[m.entity_id].type == "Government"}
        for m in [m for m in self.out.mentions if self.out.entities[m.entity_id].type == "Person"]:
            if m.start == 0 or self.lowers[m.start - 1] not in {"minister", "secretary"} or m.end + 2 >= len(doc) \
                    or doc[m.end].text != "(":
                continue
            # (the tokenizer may keep a colon on the bracket: "(Economic Affairs):")
            close = next((j for j in range(m.end + 2, min(len(doc), m.end + 8)) if doc[j].text.startswith(")")), None)
            words = doc[m.end + 1:close] if close is not None else None
            if words is None or not words[0].is_title or any(
                    not (t.is_title or t.lower_ in {"and", "of", "for", "&", ","}) for t in words) \
                    or any(k in self.covered for k in range(m.end + 1, close)):
                continue
            portfolio = re.escape(words.text.lower())
            fits = {e.id for e in self.kb.entries if e.type == "Agency" and e.country in states and any(
                re.fullmatch(rf"(?:\w+ )?ministry (?:of|for) {portfolio}(?: of (?:the )?[\w ]+)?", f.lower())
                for f in e.surface_forms)}
            if len(fits) == 1:
                self.add(m.end + 1, close, self.entity_for_kb(fits.pop()), "title")

    def link_names_after_titles(self) -> None:
        """'former Meta executive Fidji Simo': two or three capitalised words right after an office word (executive,
        chief, minister, director …) that NER took for a company are the office holder's name — unless a head
        word makes them a body ("… Labs", "… Group")."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            if draft.from_kb or draft.type not in {"Firm", "Organization"} or m.how != "ner" or m.start == 0:
                continue
            span = doc[m.start:m.end]
            if not 2 <= len(span) <= 3 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in span):
                continue
            if self.lowers[m.start - 1] not in LEADER_TITLES | STAFF_TITLES | {"executive", "chief", "founder", "co-founder"}:
                continue
            if _type_from_head(span, span[-1].lower_, default=None):
                continue
            self.add(m.start, m.end, self.entity_for_name(span.text, "Person"), "ner", replace=True)

    def link_titled_back_references(self) -> None:
        """'President Biden cares deeply … that's why the President put his back behind the Act': "the President",
        capitalised and bare, is the one person the text named with that title before."""
        doc = self.doc
        for token in (doc[i] for i, text in enumerate(self.texts) if text in _BACK_REFERENCE_TITLES and i >= 1):
            if token.i in self.covered or self.lowers[token.i - 1] != "the" or token.i + 1 >= len(doc) \
                    or _is_cap(doc[token.i + 1]) or self.lowers[token.i + 1] in {"of", "for", "'s", "’s"}:
                continue
            # ("Technology Minister Sir John Whittingdale … by the Minister": an honorific may stand between)
            titled = {m.entity_id for m in self.out.mentions if m.end <= token.i and m.start > 0
                      and self._title_before(m.start) == token.text and self.out.entities[m.entity_id].type == "Person"}
            if len(titled) == 1:
                self.add(token.i, token.i + 1, titled.pop(), "coref")

    def _title_before(self, start: int) -> str:
        """The word before a name, past an honorific ("Minister" in "Minister Sir John Whittingdale")."""
        k = start - 1
        while k > 0 and self.texts[k] in HONORIFICS:
            k -= 1
        return self.texts[k]

    def link_bare_leader_titles(self) -> None:
        """'President von der Leyen launched InvestAI': a bare title before a known leader mentions the body the
        knowledge base says they lead, when that body's own titles end with the same word ("Commission President").

        States are left to the title rules (a bare "President X" leads the
        article's government); this reads only bodies, where the title is the one
        mention of the body the article makes."""
        doc = self.doc
        for m in list(self.out.mentions):
            if m.start == 0 or (m.start - 1) in self.covered:
                continue
            entry = self.kb.by_id.get(m.entity_id)
            if entry is None or entry.type != "Person":
                continue
            k = m.start
            while k - 1 >= 0 and k - 1 not in self.covered and doc[k - 1].is_title and doc[k - 1].lower_ in _BARE_TITLE_WORDS \
                    and m.start - k < 2:
                k -= 1
            if k == m.start or (k > 0 and doc[k - 1].is_title and doc[k - 1].pos_ == "PROPN"):
                continue  # no bare title, or one with a name before it ("Commission President X" is read elsewhere)
            last = doc[m.start - 1].lower_
            bodies = [f.object for f in entry.facts if f.type == "LEADS" and (b := self.kb.by_id.get(f.object)) is not None
                      and b.type in {"Agency", "Organization"} and any(t.lower().split()[-1] == last for t in b.titles)]
            if len(bodies) == 1:
                self.add(k, m.start, self.entity_for_kb(bodies[0]), "title")

    def link_titled_bodies(self) -> None:
        """'Accel partner Dan Levine': an unknown capitalised word right before a staff or leader title and a
        person's name is the body the title is held in."""
        doc = self.doc
        for m in list(self.out.mentions):
            if self.out.entities[m.entity_id].type != "Person" or m.start < 2:
                continue
            title = doc[m.start - 1]
            body = doc[m.start - 2]
            if title.lower_ not in _BODY_TITLE_WORDS or body.i in self.covered or body.pos_ != "PROPN" or not _is_cap(body):
                continue
            if body.lower_ in _BODY_TITLE_WORDS | _OFFICE_WORDS | _TITLE_MODIFIERS | RANK_WORDS or body.text in HONORIFICS:
                continue  # "Vice President X", "Managing Partner Y": the word before is part of the title
            if body.text in self.kb.by_demonym:
                continue  # "Kenyan President Ruto": a state's adjective (linked later), not a company
            self.add(body.i, body.i + 1, self.entity_for_name(body.text, "Firm"), "ner")

    def link_names_after_firm_nouns(self) -> None:
        """'the startup Kestrel Robotics', 'Chinese chipmaker Sophgo': capitalised words NER missed right after a
        singular noun for a company name a firm."""
        doc = self.doc
        for i in (i for i, low in enumerate(self.lowers) if low in FIRM_NOUNS):
            held = self.covered.get(i + 1)
            if held is not None and held.start == i + 1 and held.how == "ner" and self.lowers[i] not in {"developer", "lab", "maker"} \
                    and self.out.entities[held.entity_id].type in {"Person", "Location"} and not self.out.entities[held.entity_id].from_kb:
                # "Chinese chipmaker Sophgo", "chipmaker Nexperia": NER took the company for a person or a place
                span = doc[held.start:held.end]
                self.add(held.start, held.end, self.entity_for_name(span.text, "Firm"), "context", replace=True)
                continue
            j = i + 1
            while j < len(doc) and j - i <= 4 and j not in self.covered and doc[j].pos_ == "PROPN" and _is_cap(doc[j]) \
                    and doc[j].text not in GENERIC_CAPS:
                j += 1
            state = self.covered.get(j) if j > i + 1 and j < len(doc) else None
            if state is not None and state.start == j and state.end == j + 1 and self.out.entities[state.entity_id].type == "Government" \
                    and (j + 1 >= len(doc) or not (_is_cap(doc[j + 1]) and doc[j + 1].pos_ == "PROPN")):
                j += 1  # "British architecture firm Atkins UK chosen to …": the state's name closes the company's
            else:
                state = None
            if j == i + 1 or (j < len(doc) and (j in self.covered or _is_cap(doc[j]) and doc[j].pos_ == "PROPN")):
                continue  # nothing NER missed, or a run this rule cannot bound
            span = doc[i + 1:j]
            if _type_from_head(span, span[-1].lower_, default=None) not in {None, "Firm"} or span[0].ent_type_ in {"PERSON", "GPE"}:
                continue
            eid = self.entity_for_name(span.text, "Firm")
            self.add(i + 1, j, eid, "context", replace=state is not None)
            if state is not None:
                self.out.national_units[eid] = state.entity_id

    def link_acronymed_programmes(self) -> None:
        """'the Frontiers in Artificial Intelligence for Science, Security and Technology (FASST) initiative'.

        A capitalised name, its acronym in brackets, then a lower-case programme
        word (initiative, program, strategy…) name a Policy even when the name
        has commas and small words inside it that stop NER and the run finder."""
        doc = self.doc
        for i in (i for i, text in enumerate(self.texts) if text == "("):
            if i + 3 >= len(doc) or doc[i + 2].text != ")" or not (_SHORT_NAME.match(doc[i + 1].text) or _CHUNKED_SHORT.fullmatch(doc[i + 1].text)):
                continue
            if self.lowers[i + 3] not in _ACRONYMED_PROGRAMME_WORDS or not doc[i + 3].is_lower:
                continue
            start = i
            links = {"for", "in", "of", "and", "on", "the", ","}
            while start - 1 >= 0 and (_is_cap(doc[start - 1]) or doc[start - 1].lower_ in links and (
                    start - 2 >= 0 and _is_cap(doc[start - 2])
                    # ("… for Science, Security, and Technology (FASST)": a serial comma before the 'and')
                    or start - 3 >= 0 and doc[start - 2].lower_ in links and _is_cap(doc[start - 3]))):
                start -= 1
            while start < i and (doc[start].lower_ in {"for", "in", "of", "and", "on", "the"} or doc[start].text == ","):
                start += 1
            owner = self.covered.get(start)
            if owner is not None and owner.start == start and owner.end < i and self.out.entities[owner.entity_id].from_kb \
                    and self.out.entities[owner.entity_id].type in {"Agency", "Organization", "Firm", "Government"}:
                start = owner.end  # "the NSF Future of Semiconductors (FuSe) program": the running body's name goes first
            if i - start < 2 or any(j in self.covered and self.out.entities[self.covered[j].entity_id].from_kb
                                    for j in range(start, i)):
                continue
            span = doc[start:i]
            if not _SHORT_NAME.match(doc[i + 1].text) and not _prefixes_spell(doc[i + 1].text, span):
                continue  # a mixed-case short form ("FuSe") must be made of the name's word beginnings
            if "," in self.texts[start:i] and not {"for", "in", "of", "on"} & set(self.lowers[start:i]):
                continue  # "an Intelligence, Surveillance, and Reconnaissance (ISR) mission": a list of fields, no name
            self.add(start, i, self.entity_for_name(span.text, "Policy"), "chunk", replace=True)

    def link_listed_portfolio_bodies(self) -> None:
        """'the Arms Control, Deterrence, and Stability Bureau': a body (or a meeting) named by a list of its portfolios.

        After "the", capitalised words separated by commas and a final "and",
        ending in a body's head word (Bureau, Office, Directorate…), are one name.
        No word of it may belong to a state or a known entity: "France, Germany,
        and Italy" is a list of states, not a bureau."""
        doc = self.doc
        for det in (doc[i] for i, low in enumerate(self.lowers) if low == "the"):
            if det.i + 4 >= len(doc):
                continue
            j = det.i + 1
            commas = 0
            while j < len(doc) and (_is_cap(doc[j]) and doc[j].lower_ not in AGENCY_HEADS or doc[j].text == ","
                                    or doc[j].lower_ == "and" and j > det.i + 1):
                commas += doc[j].text == ","
                j += 1
            if commas == 0 or j >= len(doc):
                continue
            # "the G7 Industry, Digital and Technology Ministers' Meeting": a gathering named the same way (a known
            # bloc may open it)
            end = j + 2 if doc[j].text in {"'", "’"} and j + 1 < len(doc) and doc[j + 1].lower_ in EVENT_HEADS \
                and _is_cap(doc[j + 1]) else j if doc[j - 1].lower_ in EVENT_HEADS else None
            if end is None and (doc[j].lower_ not in AGENCY_HEADS or not _is_cap(doc[j])):
                continue
            span = doc[det.i + 1:end or j + 1]
            first = self.covered.get(span.start)
            bloc = end is not None and first is not None and self.out.entities[first.entity_id].type == "Organization"
            if doc[j - 1].text == "," or any(i in self.covered and self.out.entities[self.covered[i].entity_id].from_kb
                                             and not (bloc and self.covered[i] is first) for i in range(span.start, span.end)):
                continue
            if any(t.ent_type_ in {"GPE", "PERSON"} or t.text in self.kb.by_demonym for t in span):
                continue
            self.add(span.start, span.end, self.entity_for_name(span.text, "Event" if end else "Agency"), "chunk", replace=True)

    def link_coordinated_body_names(self) -> None:
        """'Bureau of Cybersecurity and Digital Policy': a body's name goes on past 'and'.

        NER often stops a body's name at its 'and' ("the Bureau of Cybersecurity"
        + "Digital Policy"). When a new body named "HEAD of X" (Bureau, Office,
        Department…) is followed by 'and' and one to three capitalised words with
        no determiner, which are neither a known entity nor a person, place or
        company, and after which the name cannot go on, those words end the name.
        A name that already has an 'and' is left alone ("the Bureau of Industry
        and Security and Acme Labs")."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities.get(m.entity_id)
            span = doc[m.start:m.end]
            if draft is None or draft.from_kb or draft.type not in {"Agency", "Organization"} or m.end + 1 >= len(doc):
                continue
            words = [t.lower_ for t in span]
            if "of" not in words or "and" in words or not set(words[:words.index("of")]) & (AGENCY_HEADS | ORGANIZATION_HEADS):
                continue
            if doc[m.end].lower_ != "and":
                continue
            j = m.end + 1
            while j < len(doc) and j - m.end <= 4 and _is_cap(doc[j]) and doc[j].ent_type_ not in {"PERSON", "GPE", "NORP"}:
                nxt = self.covered.get(j)
                if nxt is not None and (self.out.entities[nxt.entity_id].from_kb or nxt.end > m.end + 4
                                        or nxt.start == j and nxt.end - nxt.start > 2):
                    break  # (or another name of several words starts after 'and': "University of Exeter and University of Bristol")
                j += 1
            if j == m.end + 1 or j - m.end > 4 or (j < len(doc) and (_is_cap(doc[j]) or doc[j].text in {"'s", "’s"})):
                continue
            whole = doc[m.start:j]
            if doc[j - 1].lower_.rstrip(".") in _LEGAL_FORMS:
                continue
            self.add(m.start, j, self.entity_for_name(whole.text, draft.type), "chunk", replace=True)

    def link_place_led_policy_names(self) -> None:
        """'our Asia Silicon Valley Development Plan': a region's name written right before a policy's name, with no
        possessive between, opens that name (NER reads the region on its own)."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities.get(m.entity_id)
            nxt = self.covered.get(m.end)
            if draft is None or draft.type != "Location" or nxt is None or nxt.start != m.end \
                    or self.out.entities[nxt.entity_id].type != "Policy" or self.out.entities[nxt.entity_id].from_kb \
                    or not doc[m.end - 1].whitespace_ or not all(t.is_title for t in doc[m.start:m.end]):
                continue
            self.add(m.start, nxt.end, self.entity_for_name(doc[m.start:nxt.end].text, "Policy"), "chunk", replace=True)

    def link_quoted_state_policies(self) -> None:
        """'the announcement of ‘Digital Strategy of Korea’': a quoted policy name that runs on through "of" and a
        state's name is one name, the state's own policy (repeats of the whole name are linked later)."""
        doc = self.doc
        if not self.lower_set & _OPENING_QUOTE_MARKS or "of" not in self.lower_set:
            return
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            if m.start == 0 or doc[m.start - 1].text not in _OPENING_QUOTE_MARKS or m.end + 2 >= len(doc) \
                    or self.out.entities[m.entity_id].type != "Policy" or self.lowers[m.end] != "of":
                continue
            state = self.covered.get(m.end + 1)
            if state is None or state.start != m.end + 1 or self.out.entities[state.entity_id].type != "Government" \
                    or state.end >= len(doc) or doc[state.end].text not in _CLOSING_QUOTE_MARKS:
                continue
            self.add(m.start, state.end, self.entity_for_name(doc[m.start:state.end].text, "Policy"), "chunk", replace=True)

    def link_quoted_titles(self) -> None:
        """'the interim final rule, "Export Controls on Semiconductor Manufacturing Items"': a quoted title is a policy.

        Rules, orders and acts are cited by their full titles in quotation marks.
        A quoted run of three or more words, all content words capitalised, that
        follows a document noun ("rule", "IFR", "order") within a few words, or is
        followed by a parenthesised short name ending in one ("(SME IFR)"), names a
        Policy; the pieces NER found inside it are parts of that one name."""
        doc = self.doc
        opening = {'"': '"', "“": "”"}
        i = 0
        while i < len(doc):
            close = opening.get(doc[i].text)
            if close is None:
                i += 1
                continue
            j = i + 1
            while j < len(doc) and doc[j].text != close and j - i <= 60 and not (doc[j].text == '"' and close == "”"):
                j += 1
            if j >= len(doc) or doc[j].text != close:
                i += 1
                continue
            inner = doc[i + 1:j]
            while len(inner) and inner[-1].is_punct:
                inner = doc[inner.start:inner.end - 1]
            if len(inner) >= 3 and _title_cased(inner, lower_allowed=0) and self._cites_document(i, j):
                known = self._known_title(inner.text)
                cited = self.covered.get(i - 2) if i >= 2 and self.texts[i - 1] == "," else None
                if known is None and cited is not None and cited.end == i - 1 \
                        and self.out.entities[cited.entity_id].type == "Policy":
                    # "Executive Order 14320, “Promoting the Export of …”": the title in apposition names the order
                    self.add(inner.start, inner.end, cited.entity_id, "alias", replace=True)
                    i = j + 1
                    continue
                eid = self.entity_for_kb(known) if known else self.entity_for_name(inner.text, "Policy")
                self.add(inner.start, inner.end, eid, "kb" if known else "chunk", replace=True)
            elif len(inner) >= 3 and _title_cased(inner, lower_allowed=1) and i > 0 and self.lowers[i - 1] in _GATHERING_NOUNS:
                # 'attended a side event "Towards Safe, Secure and Trustworthy AI: …"': a gathering's quoted title
                self.add(inner.start, inner.end, self.entity_for_name(inner.text, "Event"), "chunk", replace=True)
            i = j + 1

    def _known_title(self, title: str) -> str | None:
        """The known policy a quoted title names: one of its names, or the one name that ends with the title
        ('Safe, Secure, and Trustworthy …' is "Executive Order on Safe, Secure, and Trustworthy …")."""
        wanted = title.lower()
        exact = {i for i in self.kb.by_form.get(title, []) if self.kb.by_id[i].type == "Policy"}
        if len(exact) == 1:
            return exact.pop()
        ending = {e.id for e in self.kb.entries if e.type == "Policy"
                  and any(f.lower().endswith(" " + wanted) for f in e.surface_forms)}
        return ending.pop() if len(ending) == 1 else None

    def _cites_document(self, open_i: int, close_j: int) -> bool:
        """A document noun in the few words before a quotation, or in the parenthesis right after it."""
        doc = self.doc
        before = doc[max(doc[open_i].sent.start, open_i - 6):open_i]
        if any(t.lower_.rstrip(".") in _DOCUMENT_NOUNS for t in before):
            return True
        k = close_j + 1
        if k < len(doc) and doc[k].text == "(":
            inside = [t for t in doc[k + 1:min(len(doc), k + 6)] if t.text != ")"]
            end = next((t.i for t in doc[k + 1:min(len(doc), k + 6)] if t.text == ")"), None)
            return end is not None and any(t.lower_.rstrip(".") in _DOCUMENT_NOUNS for t in inside if t.i < end)
        return False

    def link_unnumbered_orders(self) -> None:
        """'Joe Biden's dangerous Executive Order' is the one executive order the article names by number.

        An "Executive Order" with no number or title after it, introduced by a
        possessive or a determiner, refers back (or forward) to the article's
        single numbered or titled executive order; with none, or with several,
        it links nothing."""
        doc = self.doc
        # 'issued an Executive order on "Safe, Secure, and Trustworthy Development and Use of Artificial Intelligence,"':
        # the words are the order the title right after them names
        for k in (k for k, low in enumerate(self.lowers) if low == "order" and k >= 1 and self.lowers[k - 1] == "executive"):
            if k in self.covered or k + 2 >= len(doc) or self.lowers[k + 1] != "on":
                continue
            j = k + 2 + (doc[k + 2].is_quote)
            titled = self.covered.get(j) if j < len(doc) else None
            if titled is not None and titled.start == j and self.out.entities[titled.entity_id].type == "Policy" \
                    and self.out.entities[titled.entity_id].name.lower().startswith("executive order"):
                self.add(k - 1, k + 1, titled.entity_id, "coref")
        orders = {eid for eid, d in self.out.entities.items()
                  if d.type == "Policy" and d.name.lower().startswith("executive order")}
        if len(orders) != 1:
            return
        eid = next(iter(orders))
        for token in (doc[i] for i, text in enumerate(self.texts) if text == "Order"):
            if token.i in self.covered or token.i == 0 or doc[token.i - 1].text != "Executive":
                continue
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if nxt is not None and (nxt.like_num or nxt.lower_ in {"on", "of", "no", "no."} or _is_cap(nxt)):
                continue
            if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children):
                continue  # "signed an Executive Order" introduces a new one
            self.add(token.i - 1, token.i + 1, eid, "coref")

    def _state_before(self, start: int) -> str | None:
        """The known state named right before a body's name at ``start``: by its possessive ("China's …") or by a
        demonym ("the Chinese …")."""
        doc = self.doc
        if start >= 2 and doc[start - 1].text in {"'s", "’s"}:
            owner = self.covered.get(start - 2)
            owner_id = owner.entity_id if owner is not None else None
        elif start >= 1:
            owner_id = self.kb.by_demonym.get(doc[start - 1].text)
        else:
            return None
        entry = self.kb.by_id.get(owner_id) if owner_id is not None else None
        return owner_id if entry is not None and entry.type == "Government" else None

    def link_armed_services(self) -> None:
        """'Air Force Lt. Gen. Jack Shanahan', 'an Army veteran': a bare service name is that state's service.

        Defence news names a service without its state ("Army Gen. X", "the Air
        Force"). It is the known service of the state written right before it
        ("Australian Army"), else of the state whose known bodies the article
        names most before it (the Pentagon, DoD → United States). A military
        rank glued to the name by the parser ("Air Force Lt") is left out.
        """
        doc = self.doc
        for k in (k for k, text in enumerate(self.texts) if text in _SERVICE_FIRST_WORDS):
            service = next((w for w in _SERVICE_NAMES if tuple(self.texts[k:k + len(w)]) == w), None)
            if service is None:
                continue
            end = k + len(service)
            held = self.covered.get(k)
            if held is not None and not (held.how in {"ner", "chunk"} and held.start == k
                                         and all(doc[j].text.rstrip(".") in MILITARY_RANKS or doc[j].text == "."
                                                 for j in range(end, held.end))):
                continue
            state = self._state_before(k) or self._state_of_named_bodies(k)
            if state is None:
                continue
            name = " ".join(service)
            fits = [e.id for e in self.kb.entries if e.type == "Agency" and self.kb.state_of(e) == state
                    and any(f.endswith(" " + name) for f in e.surface_forms)]
            if len(fits) == 1:
                self.add(k, end, self.entity_for_kb(fits[0]), "kb", replace=True)

    def link_generic_names_by_state(self) -> None:
        """'Japan established the AI Safety Institute …': a generic name the knowledge base gives one state's body
        ("AI Safety Institute" is the UK's alias) names the like body of the state the article is about, when the
        knowledge base has exactly one such body of that state ("Japan AI Safety Institute")."""
        whole: str | None | bool = False  # the state of the article's named bodies, read once when needed
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            entry = self.kb.by_id.get(m.entity_id)
            if draft is None or entry is None or m.how != "kb" or entry.type not in {"Agency", "Organization"}:
                continue
            surface = " ".join(self.texts[m.start:m.end])
            if surface == entry.name or len(surface.split()) < 2 or entry.country is None:
                continue
            # (named before any of its state's bodies: "… the AI Safety Institute will be established", then "The
            # Ministry of Science and ICT held …" — the state the article's bodies belong to)
            state = self._state_before(m.start) or self._state_of_named_bodies(m.start)
            if state is None:
                whole = whole if whole is not False else self._state_of_named_bodies(len(self.doc))
                state = whole
            if state is None or self.kb.state_of(entry) == state:
                continue
            tail = " " + surface.lower()
            fits = [e.id for e in self.kb.entries if e.type == entry.type and self.kb.state_of(e) == state
                    and any(f.lower().endswith(tail) for f in (e.name, *e.aliases))]
            if len(fits) == 1:
                self.add(m.start, m.end, self.entity_for_kb(fits[0]), "kb", replace=True)

    def link_other_states_bodies(self) -> None:
        """'Singapore Ministry of Defence', 'the Chilean Military Joint Staff': a known body's name written after
        another state's name or demonym (the capitalised run may hold more words) is that state's own body.

        The knowledge base names some bodies generically ("Ministry of Defence" is
        the UK's, "Joint Staff" the US's); with another state in front, the text
        names a different body, which keeps the whole run as its name."""
        doc = self.doc
        for m in list(self.out.mentions):
            entry = self.kb.by_id.get(m.entity_id)
            if entry is None or m.how != "kb" or entry.type not in {"Agency", "Organization"} or entry.country is None:
                continue
            j = m.start
            while j > 0 and j - 1 not in self.covered and doc[j - 1].is_title and doc[j - 1].is_alpha \
                    and doc[j - 1].pos_ in {"PROPN", "ADJ"} and doc[j - 1].text not in self.kb.by_demonym:
                j -= 1
            # "Chilean …" or "Brazil's Senate" (the state's possessive), else the state's own name as a modifier
            owner_id = self._state_before(j)
            possessive = owner_id is not None and self.texts[j - 1] in {"'s", "’s"}
            first = j - 1
            held = self.covered.get(j - 1) if j > 0 else None
            if owner_id is None and held is not None and held.end == j \
                    and self.out.entities[held.entity_id].type == "Government":
                owner_id, first = held.entity_id, held.start
            owner = self.kb.by_id.get(owner_id) if owner_id is not None else None
            if owner is None or owner.type != "Government" or self.kb.state_of(entry) == owner_id \
                    or first in self.dateline_states:
                continue
            span = doc[first:m.end]
            name = f"{owner.name} {doc[m.start:m.end].text}" if possessive else span.text
            fits = [e.id for e in self.kb.entries if e.type == entry.type and self.kb.state_of(e) == owner_id
                    and name.lower() in {f.lower() for f in e.surface_forms}]
            eid = self.entity_for_kb(fits[0]) if len(fits) == 1 else self.entity_for_name(name, entry.type)
            if possessive:
                self.add(m.start, m.end, eid, "kb" if fits else "chunk", replace=True)  # the state keeps its own mention
            else:
                self.add(first, m.end, eid, "kb" if fits else "chunk", replace=True)

    def _state_of_named_bodies(self, before: int) -> str | None:
        """The state whose known bodies (agencies, and the state itself) the article names most before ``before``."""
        counts: Counter[str] = Counter()
        for m in self.out.mentions:
            draft = self.out.entities.get(m.entity_id)
            if m.start >= before or draft is None or not draft.from_kb or draft.type not in {"Agency", "Government"} \
                    or m.start in self.dateline_states:
                continue  # the state a story was filed from ("SANTIAGO, Chile --") owns none of its bodies
            entry = self.kb.by_id.get(draft.id)
            if entry is not None and (state := self.kb.state_of(entry)) is not None:
                counts[state] += 1
        ranked = counts.most_common(2)
        if not ranked or len(ranked) == 2 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    def link_shortened_state_bodies(self) -> None:
        """'the UK's Safety Institute', "China's Cyberspace Administration": a state's body by part of its name.

        After a state's possessive, an unknown name of two words or more that ends
        the name of exactly one known body of that state ("AI Safety Institute"),
        or that with "of STATE" is its name ("Cyberspace Administration of
        China"), is a mention of that body."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.from_kb or draft.type not in {"Agency", "Organization"} or m.end - m.start < 2:
                continue
            tail = [t.lower_ for t in doc[m.start:m.end]]
            owner_id = self._state_before(m.start)
            if owner_id is None:
                continue
            state = self.kb.by_id[owner_id].name
            state_forms = {f.lower() for f in self.kb.by_id[owner_id].surface_forms}
            named_of = {f"{' '.join(tail)} of {sf}" for sf in state_forms}  # "China's Cyberspace Administration"
            # "the Commerce Ministry" is the "Ministry of Commerce": a body's kind written after its field
            inverted = f"{tail[-1]} of {' '.join(tail[:-1])}" if tail[-1] in {"ministry", "department", "office"} else None
            fits = {e.id for e in self.kb.entries if e.country == state and e.type in {"Agency", "Organization"}
                    and any(f.lower().split()[-len(tail):] == tail or f.lower() in named_of
                            or inverted and (f.lower() == inverted or f.lower() in {f"{inverted} of {sf}" for sf in state_forms})
                            for f in e.surface_forms)}
            if len(fits) == 1:
                self.add(m.start, m.end, self.entity_for_kb(fits.pop()), "kb", replace=True)

    def link_lowercase_ministries(self) -> None:
        """'China's foreign ministry', 'the Chinese commerce ministry', 'Japan's defense ministry': a state's
        ministry named in lower case by its field is the known ministry of that state whose name begins
        "Ministry of <field>" (with "Affairs" after a field such as "foreign")."""
        doc = self.doc
        for k in (k for k, low in enumerate(self.lowers) if low in {"ministry", "department"} and k >= 2):
            field = doc[k - 1]
            if k in self.covered or field.i in self.covered or not field.is_lower or not field.is_alpha:
                continue
            owner_id = self._state_before(k - 1)
            if owner_id is None:
                continue
            state = self.kb.by_id[owner_id].name
            starts = (f"{doc[k].lower_} of {field.lower_}", f"{doc[k].lower_} of {field.lower_} affairs")
            fits = {e.id for e in self.kb.entries if e.country == state and e.type == "Agency"
                    and any(f.lower() in starts or f.lower().startswith(tuple(f"{s}{c}" for s in starts for c in " ,"))
                            and not f.lower().startswith(tuple(f"{s} and " for s in starts)) for f in e.surface_forms)}
            if len(fits) == 1:
                self.add(k - 1, k + 1, self.entity_for_kb(fits.pop()), "kb")

    def link_house_names(self) -> None:
        """'the Commission': a body's bare head word, capitalised, names the one body of that kind in the article.

        Press releases call their own body by its head word alone ("the Commission
        has unveiled the AI Office"). It refers to the one entity in the article
        whose name ends in that word; when there is none, to the body the
        knowledge base names for that word in the polity the article is about
        (``HOUSE_NAMES``: 'Commission' in an article that mentions the EU)."""
        doc = self.doc
        for token in (doc[i] for i, text in enumerate(self.texts) if text in HOUSE_NAMES):
            word = token.text
            if token.i in self.covered or token.i == 0 or doc[token.i - 1].lower_ != "the":
                continue
            if token.i + 1 < len(doc) and (_is_cap(doc[token.i + 1]) or doc[token.i + 1].lower_ in {"of", "for", "on"}
                                           and not self._names_after(token.i + 2)):
                continue  # "the Commission on AI", "the Commission Vice-President": a longer name or a title (not
                # "the Council on the Artificial Intelligence Act": what the body agreed on, a name of its own)
            named = {eid for eid, d in self.out.entities.items() if d.type in {"Agency", "Organization"}
                     and d.name.split()[-1] == word}
            if len(named) == 1:
                self.add(token.i, token.i + 1, named.pop(), "coref")
                continue
            body, polity = HOUSE_NAMES[word]
            if not named and self._mentions_polity(polity):
                self.add(token.i, token.i + 1, self.entity_for_kb(body), "coref")

    def _names_after(self, k: int) -> bool:
        """Whether a linked name (after an optional 'the') starts at token ``k``."""
        if k < len(self.doc) and self.lowers[k] == "the":
            k += 1
        held = self.covered.get(k)
        return held is not None and held.start == k

    def _mentions_polity(self, polity: str) -> bool:
        """Whether the article names the polity, one of its bodies, or uses its demonym."""
        entry = self.kb.by_id.get(polity)
        if entry is None:
            return False
        if any(m.entity_id == polity or (d := self.out.entities.get(m.entity_id)) is not None and d.country == entry.name
               for m in self.out.mentions):
            return True
        return any(self.kb.by_demonym.get(text) == polity for text in self.texts)

    def link_acronyms(self) -> None:
        """'Bureau of Industry and Security (BIS)': BIS names that entity everywhere in the article."""
        doc = self.doc
        defined: dict[str, str] = {}
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            k = m.end
            if k + 3 < len(doc) and doc[k].text in _CLOSE_QUOTES and doc[k + 1].text == "(" and k > 0 \
                    and m.start > 0 and doc[m.start - 1].text in _OPEN_QUOTES:
                k += 1  # 'The "AI Cyber Challenge" (AIxCC) will …': the short form after the quoted name
            if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 3].text == ")" and ACRONYM.match(doc[k + 1].text) \
                    and len(doc[k + 2].text) in {2, 4} and doc[k + 2].text.isdigit() \
                    and self.out.entities[m.entity_id].type == "Event" and doc[k + 1].text not in defined:
                # "South American Defense Conference 2024 (SOUTHDEC 24)": an event's acronym with its year
                defined[doc[k + 1].text] = m.entity_id
                self.out.entities[m.entity_id].add_alias(f"{doc[k + 1].text} {doc[k + 2].text}")
                self.out.entities[m.entity_id].add_alias(doc[k + 1].text)
                continue
            if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].text in _OPEN_QUOTES \
                    and (quoted := self.covered.get(k + 2)) is not None and quoted.start == k + 2 and quoted.end + 1 < len(doc) \
                    and doc[quoted.end].text in _CLOSE_QUOTES and doc[quoted.end + 1].text == ")" \
                    and quoted.entity_id != m.entity_id and self.out.entities[quoted.entity_id].from_kb \
                    and not self.out.entities[m.entity_id].from_kb \
                    and self.out.entities[quoted.entity_id].type == self.out.entities[m.entity_id].type:
                # "the Basic Act on the Development of Artificial Intelligence and … (“AI Basic Act”)": the full name
                # of a known law whose short form the bracket quotes is that law
                self.out.entities[quoted.entity_id].add_alias(doc[m.start:m.end].text)
                self.add(m.start, m.end, quoted.entity_id, "acronym", replace=True)
                continue
            if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
                acro = doc[k + 1].text
                short = acro == doc[m.start].text and m.end - m.start >= 2 and acro.istitle()  # "Scale AI (Scale)"
                known = self.covered.get(k + 1)
                if known is not None and known.entity_id != m.entity_id and self.out.entities[known.entity_id].from_kb \
                        and not self.out.entities[m.entity_id].from_kb \
                        and self.out.entities[known.entity_id].type == self.out.entities[m.entity_id].type:
                    # "South Korea's Data Protection Authority (PIPC)": the text's own name for a body whose known
                    # acronym follows it is that body
                    self.add(m.start, m.end, known.entity_id, "acronym", replace=True)
                    continue
                if known is not None and known.entity_id != m.entity_id and self.out.entities[known.entity_id].from_kb \
                        and self.out.entities[known.entity_id].type != self.out.entities[m.entity_id].type:
                    continue  # "Sam Altman (OpenAI)": a known name of another kind in brackets is no short form
                # "the Goods Availability Act (Wbg)": a law's short form in its own language need not spell the English
                foreign = self.out.entities[m.entity_id].type == "Policy" and acro.isalpha() and acro.istitle() \
                    and 2 <= len(acro) <= 5 and acro.lower() not in COMMON_WORDS \
                    and (known is None or not self.out.entities[known.entity_id].from_kb)
                if (ACRONYM.match(acro) or _SHORT_NAME.match(acro)) \
                        and (sum(c.isupper() for c in acro) >= 2 or short or foreign or _initials_of(acro, doc[m.start:m.end])) \
                        and acro not in defined:
                    defined[acro] = m.entity_id
                    self.out.entities[m.entity_id].add_alias(acro)
            if k < len(doc) and doc[k].text == "(" and (close := next(
                    (j for j in range(k + 1, min(len(doc), k + 12)) if doc[j].text == ")"), None)) is not None:
                # "The Goods Availability Act (Wet beschikbaarheid goederen, abbreviated Wbg)": the form the bracket
                # says abbreviates the name
                cue = next((j for j in range(k + 1, close - 1) if doc[j].lower_ in {"abbreviated", "abbr.", "short"}), None)
                held = self.covered.get(cue + 1) if cue is not None else None
                if cue is not None and cue + 2 == close and doc[cue + 1].text[:1].isupper() and doc[cue + 1].text not in defined \
                        and (held is None or held.end == cue + 2 and not self.out.entities[held.entity_id].from_kb):
                    defined[doc[cue + 1].text] = m.entity_id
                    self.out.entities[m.entity_id].add_alias(doc[cue + 1].text)
        if not defined:
            return
        for token in doc:
            eid = defined.get(token.text)
            if eid is None:
                continue
            current = self.covered.get(token.i)
            if current is not None and current.entity_id == eid:
                continue
            if current is None or current.end - current.start == 1:
                self.add(token.i, token.i + 1, eid, "acronym", replace=True)
            elif current.how == "ner" and current.end == token.i + 1 \
                    and all(f"({t.text})" in self.out.entities[eid].name for t in doc[current.start:token.i]):
                # "NITRD NCO" after "… Research and Development (NITRD) National Coordination Office (NCO)"
                self.add(current.start, current.end, eid, "acronym", replace=True)

    def link_names_spelled_by_acronyms(self) -> None:
        """'Building Digital UK (BDUK) – the government agency …': capitalised words whose initials — a word in
        capitals counting whole — spell the bracketed acronym after them are one name, even where a state's name
        ends it (NER and the knowledge base had taken "UK" alone). A dash or comma and a word for the kind of body
        right after the bracket gives its type."""
        doc = self.doc
        for i in (i for i, text in enumerate(self.texts) if text == "(" and 2 <= i < len(doc) - 2 and self.texts[i + 2] == ")"):
            acro = self.texts[i + 1]
            if not (acro.isalpha() and acro.isupper() and 3 <= len(acro) <= 6):
                continue
            start = None
            for s in range(i - 2, max(-1, i - 11), -1):
                hyphen = self.texts[s] == "-" and not doc[s].whitespace_ and s > 0 and not doc[s - 1].whitespace_
                if not (doc[s].is_alpha and (doc[s].is_title or doc[s].is_upper) or self.lowers[s] in _ACRONYM_SMALL_WORDS or hyphen):
                    break
                # ("Canadian Agri-Food Automation and Intelligence Network (CAAIN)": a hyphenated word gives one letter)
                joined = doc[s:i].text.replace(" - ", "-").split()
                words = [w for w in joined if w.lower() not in _ACRONYM_SMALL_WORDS]
                if doc[s].text[0].isupper() and "".join(w if w.isupper() and len(w) > 1 else w[0] for w in words) == acro:
                    start = s
                    break
            if start is None:
                continue
            held = {self.covered[k].start: self.covered[k] for k in range(start, i) if k in self.covered}
            if not any(w.isupper() for w in self.texts[start:i]) and len(held) < 2:
                continue  # (plain initials are the other steps' business, unless NER split the name in pieces)
            if any(m.start < start or m.end > i for m in held.values()) or any(
                    m.start == start and m.end == i for m in held.values()) \
                    or any(self.out.entities[m.entity_id].type == "Person" for m in held.values()):
                continue
            after = self.lowers[i + 3:i + 9] if i + 3 < len(doc) and self.texts[i + 3] in {"–", "—", "-", ","} else []
            type_ = "Agency" if "agency" in after else "Firm" if {"company", "firm"} & set(after) else \
                _type_from_word(doc[start:i], self.lowers[i - 1]) or "Organization"
            self.add(start, i, self.entity_for_name(doc[start:i].text, type_), "chunk", replace=True)

    def extend_to_acronyms(self) -> None:
        """'Advanced Research Projects Agency-Energy (ARPA-E)', 'Generating Electricity Managed by Intelligent Nuclear
        Assets (GEMINA) program': the bracketed acronym after a name bounds the name — when NER stopped short of it,
        the capitalised words before (or the hyphenated word after) that complete the acronym's letters belong to it."""
        doc = self.doc
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.from_kb or draft.type in {"Person", "Government", "Location"}:
                continue
            end = m.end
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and not doc[end - 1].whitespace_ \
                    and doc[end + 1].is_title and doc[end + 1].is_alpha and end + 1 not in self.covered:
                end += 2  # "Agency-Energy"
            if not (end + 2 < len(doc) and doc[end].text == "("):
                continue
            close = next((k for k in range(end + 2, min(len(doc), end + 5)) if doc[k].text == ")"), None)
            if close is None or any(doc[k].whitespace_ for k in range(end + 1, close - 1)):
                continue
            written = "".join(doc[k].text for k in range(end + 1, close))  # "ARPA-E" is three tokens
            acro = written.replace("-", "")
            if not ACRONYM.match(acro) or _initials_of(acro, doc[m.start:m.end]):
                continue
            start = m.start
            while start > 0 and m.start - start < 8 and start - 1 not in self.covered and not _initials_of(acro, doc[start:end]) \
                    and (doc[start - 1].is_title and doc[start - 1].is_alpha or doc[start - 1].lower_ in _ACRONYM_SMALL_WORDS):
                start -= 1
            if _initials_of(acro, doc[start:end]) and doc[start].is_title:
                eid = self.entity_for_name(doc[start:end].text, draft.type)
                self.add(start, end, eid, m.how, replace=True)
                if close > end + 2:
                    self.out.entities[eid].add_alias(written)  # a one-token acronym is left to link_acronyms

    def drop_common_acronyms(self) -> None:
        """'Request for Information (RFI)': an acronym spelled out by words that name nothing names nothing either.

        When the words right before a bracketed acronym spell it (by initials)
        and none of them is part of a mention, the acronym abbreviates a common
        phrase; NER's guesses for it elsewhere are dropped (knowledge-base
        matches stay)."""
        doc = self.doc
        common: set[str] = set()
        for i, text in enumerate(self.texts):
            if text != "(" or i + 2 >= len(doc) or self.texts[i + 2] != ")" or not ACRONYM.match(self.texts[i + 1]):
                continue
            acro = self.texts[i + 1]
            n = len(acro)
            words = doc[max(0, i - n):i]
            if len(words) == n and "".join(w.text[:1] for w in words).upper() == acro.upper() \
                    and not any(w.i in self.covered for w in words):
                common.add(acro)
        if not common:
            return
        for m in list(self.out.mentions):
            if m.how == "ner" and m.end - m.start == 1 and self.texts[m.start] in common \
                    and not self.out.entities[m.entity_id].from_kb:
                self._drop(m)

    def link_surnames(self) -> None:
        """A surname alone ('Amodei', 'Raimondo') refers to the one person of that name in the article."""
        surnames: dict[str, set[str]] = {}
        for eid, draft in self.out.entities.items():
            words = [w for w in draft.name.split() if w not in _NAME_SUFFIXES]  # "Lloyd J. Austin III" → "Austin"
            if draft.type == "Person" and len(words) >= 2:
                surnames.setdefault(words[-1], set()).add(eid)
        for eid, draft in self.out.entities.items():
            words = draft.name.split()
            if draft.type == "Person" and len(words) >= 3 and _NASAB_PARTICLES & {w.lower() for w in words[1:-1]}:
                # "Abdulaziz Bin Salman Al Saud … Minister Abdulaziz": an Arabic name is shortened to the given name
                surnames.setdefault(words[0], set()).add(eid)
        for eid, draft in self.out.entities.items():
            # family name first ("Liang Wenfeng" → "Liang"), when no one else has it as a surname
            if draft.type == "Person" and len(draft.name.split()) == 2 and draft.name.split()[0] not in surnames:
                first = draft.name.split()[0]
                if not any(first == d.name.split()[0] for k, d in self.out.entities.items()
                           if k != eid and d.type == "Person" and len(d.name.split()) >= 2):  # "Liang" alone is the same one
                    surnames.setdefault(first, set()).add(eid)
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is not None and draft.from_kb and draft.type == "Location" and m.end - m.start == 1 \
                    and len(surnames.get(self.texts[m.start], ())) == 1 and not _as_place_word(self.doc[m.start]):
                # "Secretary of Defense Lloyd J. Austin III … Austin is attending": a town's name that is the surname
                # of the one person named in full, used as no place, is that person
                m.entity_id = next(iter(surnames[self.texts[m.start]]))
                continue
            if draft is None or m.end - m.start != 1 or draft.from_kb:
                continue
            owners = surnames.get(self.doc[m.start].text)
            if owners and len(owners) == 1 and m.entity_id not in owners:
                m.entity_id = next(iter(owners))
            elif not owners and draft.type == "Person" and (
                    _after_title(self.doc, m.start, _TITLE_HEADS) or m.start > 0 and self.texts[m.start - 1] in _OFFICE_ABBREVIATIONS):
                # "PM Lee" after "Prime Minister Lee Hsien Loong": after a title, a family name written first in the
                # one longer name the article gives it
                firsts = [k for k, d in self.out.entities.items() if k != m.entity_id and d.type == "Person"
                          and len(d.name.split()) >= 3 and d.name.split()[0] == self.texts[m.start]]
                if len(firsts) == 1:
                    m.entity_id = firsts[0]
                # "Secretary-General Cormann": after a title, the one person the KB has by that surname
                elif (known := self._known_surname(self.doc[m.start].text)) is not None:
                    self._relink(m.entity_id, known)
        for token in self.doc:
            if token.text not in surnames or token.i in self.covered or token.pos_ != "PROPN":
                continue
            owners = surnames.get(token.text)
            if owners and len(owners) == 1:
                self.add(token.i, token.i + 1, next(iter(owners)), "surname")

    def link_capitalised_surnames(self) -> None:
        """'Prime Minister KISHIDA', 'Minister of Foreign Affairs KAMIKAWA': a surname in capitals after a title."""
        for token in (self.doc[i] for i, text in enumerate(self.texts) if len(text) >= 3 and text.isupper()):
            text = token.text
            if token.i in self.label_tokens:
                continue  # "MINISTER FOR INDUSTRY AND INNOVATION:" in a transcript label is an office, in capitals
            if token.i in self.covered or not (text.isalpha() and text.isupper() and len(text) >= 3) or self.kb.lookup(text):
                continue
            if text.lower() in _OFFICE_ACRONYMS or text in POST_NOMINALS:
                continue  # "AMD chair and CEO Dr. Lisa Su": an office in capitals, not a surname (nor "OBE", an honour)
            if token.i + 1 < len(self.doc) and token.i + 1 in self.covered:
                continue  # 'Minister of Science and ICT Lee Jong-Ho': the name follows; the capitals close the portfolio
            if self._person_follows(token.i + 1):
                continue  # ('the Korean Minister for Science and ICT (MSIT), Dr. Lee Jong-Ho': after its short form too)
            if not _after_title(self.doc, token.i, _TITLE_HEADS):
                prev = self.doc[token.i - 1] if token.i else None
                if not (prev is not None and self.covered.get(prev.i) and self.covered[prev.i].how == "title"):
                    continue
            name = text.capitalize()
            owners = [e for e, d in self.out.entities.items() if d.type == "Person" and d.name.split()[-1].lower() == text.lower()]
            eid = owners[0] if len(owners) == 1 else self.entity_for_name(name, "Person")
            self.add(token.i, token.i + 1, eid, "ner")

    def _person_follows(self, k: int) -> bool:
        """Whether a named person comes at token ``k``, past a bracketed short form, a comma and an honorific."""
        doc = self.doc
        if k < len(doc) and self.texts[k] == "(":
            close = next((j for j in range(k + 1, min(k + 5, len(doc))) if self.texts[j] == ")"), None)
            k = close + 1 if close is not None else k
        while k < len(doc) and (self.texts[k] == "," or self.texts[k] in HONORIFICS):
            k += 1
        held = self.covered.get(k)
        return held is not None and self.out.entities[held.entity_id].type == "Person"

    def link_titles(self) -> None:
        """'Secretary of Commerce', 'Commerce Secretary': a title of office names the body it heads.

        A title of four words or more also counts in lower case ("the Pentagon's chief digital and artificial
        intelligence officer", as DoD News writes it); shorter ones ("secretary of state") only capitalised."""
        lowers, texts, firsts = self.lowers, self.texts, self.kb.title_first_words
        for i, low in enumerate(lowers):
            if low not in firsts or i in self.covered:
                continue
            for n in range(min(self.kb.max_title_tokens + 2, len(lowers) - i), 1, -1):
                if n < 4 and not texts[i][:1].isupper() and not self._after_named_person(i):
                    continue  # news style writes long titles in lower case after a name; short ones stay ambiguous,
                    # unless in apposition to a name ("Gina Raimondo, the commerce secretary, …")
                body = self.kb.by_title_tokens.get(tuple(lowers[i:i + n]))
                if body is None and "," in lowers[i:i + n]:
                    # "Secretary of State for Science, Innovation, and Technology": the serial comma is optional
                    words = tuple(w for k, w in enumerate(lowers[i:i + n]) if not (w == "," and k + 1 < n and lowers[i + k + 1] == "and"))
                    body = self.kb.by_title_tokens.get(words) if lowers[i + n - 1] != "," else None
                if body is None:
                    continue
                covering = {self.covered[j].how for j in range(i, i + n) if j in self.covered}
                if covering <= {"ner", "chunk"}:
                    self.add(i, i + n, self.entity_for_kb(body), "title", replace=True)
                    break
        self._link_shared_titles()
        self._link_bracketed_office_holders()

    def _after_named_person(self, i: int) -> bool:
        """Whether token ``i`` follows "<person's name>, the": a title there is in apposition to that name."""
        if i < 3 or self.lowers[i - 1] != "the" or self.texts[i - 2] != ",":
            return False
        before = self.covered.get(i - 3)
        return before is not None and self.out.entities[before.entity_id].type == "Person"

    def _link_bracketed_office_holders(self) -> None:
        """'The Parliamentary Under-Secretary of State for Science, Innovation and Technology (Kanishka Narayan)':
        Hansard names the minister in brackets after the office."""
        doc = self.doc
        for tm in [m for m in self.out.mentions if m.how == "title"]:
            j = tm.end
            if j >= len(doc) or doc[j].text != "(":
                continue
            close = next((k for k in range(j + 1, min(j + 6, len(doc))) if doc[k].text == ")"), None)
            inside = doc[j + 1:close] if close is not None else None
            if inside is None or not 2 <= len(inside) <= 4 or not all(t.is_alpha and t.text[:1].isupper() for t in inside):
                continue
            if any(k in self.covered and self.covered[k].how not in {"ner", "chunk"} for k in range(inside.start, inside.end)):
                continue
            self.add(inside.start, inside.end, self.entity_for_name(inside.text, "Person"), "ner", replace=True)

    def _link_shared_titles(self) -> None:
        """'U.S. Secretary of State', 'Singapore Minister for Foreign Affairs', 'Minister for Foreign Affairs of
        Japan': a title many states use names the body of the state written with it.

        The state is the one named right before the title or in an "of" phrase
        right after it; with neither, the one state the article names, if it
        names only one. Without a state the title names no body."""
        shared = {tuple(title.split()): ids for title, ids in self.kb.by_shared_title.items()}
        if not shared:
            return
        longest = max(len(k) for k in shared)
        states = {eid for eid, d in self.out.entities.items() if d.type == "Government"}
        for i in range(len(self.doc)):
            if i in self.covered or not self.texts[i][:1].isupper():
                continue
            for n in range(min(longest, len(self.doc) - i), 1, -1):
                ids = shared.get(tuple(self.lowers[i:i + n]))
                if not ids or any(j in self.covered for j in range(i, i + n)):
                    continue
                state = self._state_of_title(i, i + n, states)
                bodies = [b for b in ids if state is not None and self.kb.by_id[b].country == self.out.entities[state].name]
                if len(bodies) == 1:
                    self.add(i, i + n, self.entity_for_kb(bodies[0]), "title")
                break

    def _state_of_title(self, start: int, end: int, states: set[str]) -> str | None:
        before = self.covered.get(start - 1)
        if before is not None and before.end == start and before.entity_id in states:
            return before.entity_id
        after = self.covered.get(end + 1)
        if end < len(self.doc) and self.lowers[end] == "of" and after is not None and after.start == end + 1 \
                and after.entity_id in states:
            return after.entity_id
        if len(states) == 1:
            return next(iter(states))
        # several states: the one the article names most often, if one leads (a press release's own state)
        counts = Counter(m.entity_id for m in self.out.mentions if m.entity_id in states)
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        # a tie: a known ministry of one of the tied states counts for it ("organised by the Dutch Ministry of Foreign
        # Affairs … South Korea was the co-host")
        tied = {e for e, n in counts.items() if ranked and n == ranked[0][1]}
        by_name = {self.out.entities[e].name: e for e in tied}
        bodies = Counter(by_name[entry.country] for m in self.out.mentions
                         if (entry := self.kb.get(m.entity_id)) is not None and entry.type == "Agency" and entry.country in by_name)
        ranked = bodies.most_common(2)
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    def link_firms_by_context(self) -> None:
        """A proper noun NER missed, as the object of a business verb ("awarded Corning"), is a firm."""
        doc = self.doc
        skip_types = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "GPE", "NORP", "LOC"}
        places: set[str] | None = None  # read on the first candidate only
        # (only capitalised words can be either case below; the text test first spares reading every Token)
        for token in (doc[i] for i, text in enumerate(self.texts) if text[:1].isupper()):
            current = self.covered.get(token.i)
            if current is not None and current.how == "ner" and self.out.entities[current.entity_id].type == "Person" \
                    and token.dep_ in {"dobj", "dative"} and token.head.lemma_.lower() in MONEY_VERBS:
                # "awarded Infinera $93 million": NER took the company for a person
                span = doc[current.start:current.end]
                self.add(span.start, span.end, self.entity_for_name(span.text, "Firm"), "context", replace=True)
                continue
            if token.i in self.covered or token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ in skip_types:
                continue
            if token.text in GENERIC_CAPS or not self._in_business_context(token):
                continue
            if token.i in self.covered:
                continue
            start = token.i
            while start - 1 >= 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and (start - 1) not in self.covered:
                start -= 1
            span = doc[start:token.i + 1]
            if any(i in self.covered for i in range(span.start, span.end)):
                continue
            if len(span) == 1 and start > 0 and doc[start - 1].lower_ in {"the", "an", "a"}:
                continue  # "in an Annex to the Order": a common noun, capitalised
            if places is None:
                places = {doc[m.start:m.end].text for m in self.out.mentions
                          if self.out.entities[m.entity_id].type in {"Location", "Government"}}
            if span.text in places:
                continue  # "invest 200 million in AI factory in Groningen": a name NER reads as a place elsewhere
            if start > 0 and all(t.lower_ in COMMON_WORDS for t in span) and doc[start - 1].is_title \
                    and doc[start - 1].lower_ in COMMON_WORDS and start - 1 not in self.covered:
                continue  # "Investing in High-Quality Infrastructure:": everyday words in a title-case heading
            self.add(span.start, span.end, self.entity_for_name(span.text, "Firm"), "context")

    @staticmethod
    def _in_business_context(token: Token) -> bool:
        """Whether a proper noun is what a business verb acts on ("awarded Corning"), or the company a deal noun is
        of or named after ("the acquisition of Mellanox", "its Mellanox acquisition")."""
        if token.dep_ == "compound" and token.head.lemma_.lower() in _DEAL_NOUNS and token.head.i == token.i + 1:
            return True
        if token.dep_ not in {"dobj", "dative", "pobj", "conj", "appos"}:
            return False
        governor = token.head
        while governor.dep_ in {"conj", "appos", "prep"} and governor.head.i != governor.i:
            governor = governor.head
        lemma = governor.lemma_.lower()
        return lemma in FIRM_CONTEXT_VERBS or lemma in _DEAL_NOUNS and token.head.lower_ == "of"

    def retype_listed_people_as_firms(self) -> None:
        """'including Naura and Piotech': a one-word name NER took for a person, coordinated with a company and not
        a known given name, is a company too (a person is rarely listed bare beside firms); so is a "… Group" NER
        took for an association when companies alone are listed with it."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.from_kb or draft.type != "Person" or m.how != "ner" or m.end - m.start != 1 \
                    or self.lowers[m.start] in GIVEN_NAMES:
                continue
            t = doc[m.start]
            partners = [*t.conjuncts]
            kinds = {self.out.entities[p.entity_id].type for c in partners if (p := self.covered.get(c.i)) is not None}
            if "Firm" in kinds and "Person" not in kinds:
                self.add(m.start, m.end, self.entity_for_name(t.text, "Firm"), "context", replace=True)
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.from_kb or draft.type != "Organization" or m.how != "ner" or self.lowers[m.end - 1] != "group":
                continue
            # "Air Canada, OEC Group and Edgenda": a "… Group" listed among companies alone is a company group
            t = doc[m.end - 1]
            kinds = {self.out.entities[p.entity_id].type for c in (*t.conjuncts, *conjoined(t))
                     if (p := self.covered.get(c.i)) is not None and p.entity_id != m.entity_id}
            if kinds == {"Firm"}:
                self.add(m.start, m.end, self.entity_for_name(doc[m.start:m.end].text, "Firm"), "context", replace=True)

    def retype_firms_after_firm_nouns(self) -> None:
        """'partnering with home care providers CBI Health Group, Integracare and Bien Chez Soi': the names NER guessed
        (as a person, a place or an association) right after a plural company noun, and those listed with the first,
        are the companies the noun describes."""
        doc = self.doc
        for i in range(len(doc) - 1):
            token = doc[i]
            if token.tag_ != "NNS" or token.lemma_.lower() not in FIRM_NOUNS or token.lemma_.lower() in {"developer", "lab", "maker"}:
                continue
            first = self.covered.get(i + 1)
            if first is None or first.start != i + 1:
                continue
            root = doc[first.start:first.end].root
            for listed in (root, *root.conjuncts):
                m = self.covered.get(listed.i)
                draft = self.out.entities.get(m.entity_id) if m is not None else None
                if draft is None or draft.from_kb or m.how != "ner" or draft.type not in {"Person", "Location", "Organization"}:
                    continue
                self.add(m.start, m.end, self.entity_for_name(doc[m.start:m.end].text, "Firm"), "context", replace=True)

    def retype_by_listing_class(self) -> None:
        """'Participated in international forums such as FMSTAN': a name NER guessed a company, listed after a plural
        noun for a kind of body or gathering ("forums such as", "organizations including"), is of that kind."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.from_kb or m.how != "ner" or draft.type != "Firm" or m.start < 3:
                continue
            k = m.start - 1
            while k > m.start - 4 and k > 2 and (self.lowers[k] in {"the", "a", "an"} or doc[k].tag_ == "JJ"):
                k -= 1  # "forums such as the annual Digital Government Exchange"
            if self.lowers[k] == "as" and self.lowers[k - 1] == "such":
                k -= 1
            elif self.lowers[k] not in {"including", "like"}:
                continue
            noun = doc[k - 1]
            kind = _LISTING_CLASSES.get(noun.lemma_.lower()) if noun.tag_ == "NNS" else None
            if kind is not None and {"annual", "biennial", "yearly"} & set(self.lowers[k:m.start]):
                kind = "Event"  # (an annual forum is a gathering held each year, not a standing body)
            if kind is not None:
                self._retype(m.entity_id, kind)

    def retype_places_as_firms(self) -> None:
        """'Nexperia, a chipmaker owned by Wingtech', 'Wingtech owns Nexperia': an unknown name NER took for a place
        is a firm when a company noun stands in apposition to it or a business verb owns, buys or funds it."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.from_kb or draft.type != "Location" or m.how != "ner":
                continue
            root = doc[m.start:m.end].root
            described = any(c.dep_ == "appos" and c.lemma_.lower() in FIRM_NOUNS for c in root.children)
            traded = root.dep_ in {"dobj", "nsubjpass"} and root.head.lemma_.lower() in FIRM_CONTEXT_VERBS | {"own", "control"}
            if described or traded:
                self.add(m.start, m.end, self.entity_for_name(doc[m.start:m.end].text, "Firm"), "context", replace=True)

    def link_demonyms(self) -> None:
        """'British firms', 'Chinese officials': the demonym stands for the state as an actor."""
        demonyms = self.kb.by_demonym
        for token in (self.doc[i] for i, text in enumerate(self.texts) if text in demonyms):
            if token.i in self.covered:
                continue
            gid = demonyms[token.text]
            # "Russian and Chinese firms": a demonym coordinated with one that modifies the noun modifies it too
            lead = token.head if token.dep_ == "conj" and token.head.text in demonyms and token.head.dep_ in {"amod", "compound"} \
                else token
            heads = [lead.head]
            while heads[-1].dep_ in {"compound", "amod", "nmod"} and heads[-1].head.i != heads[-1].i and len(heads) < 4:
                heads.append(heads[-1].head)  # "Norwegian drone company", "an Emirati holding company": the company
            # ("an American … artificial intelligence (AI) joint venture": the company noun hangs on the head as an apposition)
            actor = any(h.lower_ in ACTOR_NOUNS for h in heads) or any(
                c.dep_ == "appos" and c.lower_ in ACTOR_NOUNS for c in heads[-1].children)
            # "a 1952 Dutch framework law", "the Dutch civil code": a state's own law names the state that made it
            actor = actor or heads[-1].lower_ in _STATE_LAW_NOUNS and heads[-1].tag_ == "NN"
            # "Arm, the British chip designer": a noun in apposition to a named company describes that company;
            # "Chinese startup DeepSeek" (however the parser read "startup"): a company noun right before a name
            described = self.covered.get(heads[-1].head.i) if heads[-1].dep_ == "appos" else None
            named_next = self.covered.get(token.i + 2) if token.i + 2 < len(self.doc) \
                and self.lowers[token.i + 1] in ACTOR_NOUNS else None
            firms = {"Firm", "Organization"}
            actor = actor or described is not None and self.out.entities[described.entity_id].type in firms
            before_name = named_next is not None and self.out.entities[named_next.entity_id].type in firms
            if (token.dep_ in {"amod", "compound", "nmod", "npadvmod"} or lead is not token) and (actor or before_name) \
                    or token.dep_ in {"nsubj", "nsubjpass"} or before_name \
                    or self._listed_with_states(token.i):  # (before a name, whatever the parse)
                self.add(token.i, token.i + 1, self.entity_for_kb(gid), "demonym")

    def _listed_with_states(self, i: int) -> bool:
        """'Australian, UK and U.S. assets': a demonym in one list with states' names stands for its state too."""
        def state_at(k: int) -> bool:
            m = self.covered.get(k)
            return m is not None and self.out.entities[m.entity_id].type == "Government" and m.how != "demonym"
        after = i + 1 + (i + 2 < len(self.doc) and self.texts[i + 1] == "," and self.lowers[i + 2] == "and")
        before = i - 1 - (i >= 2 and self.lowers[i - 1] == "and" and self.texts[i - 2] == ",")
        return after + 1 < len(self.doc) and self.lowers[after] in {",", "and"} and state_at(after + 1) \
            or before >= 1 and self.lowers[before] in {",", "and"} and state_at(before - 1)

    def _topic(self) -> str | None:
        """The entity an article is about: the subject of its first sentence of running text ("The AI Safety
        Summit 2023 was an international conference …"), when that subject is a name."""
        for sent in self.doc.sents:
            if sum(1 for t in sent if t.is_alpha) < 6:
                continue  # a heading or a dateline
            root = sent.root
            subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            named = self.covered.get(subj.i) if subj is not None else None
            return named.entity_id if named is not None and named.how not in {"coref", "demonym"} else None
        return None

    def _state_led_by(self, person: str) -> str | None:
        """The state the KB says a person leads, if any."""
        states = [b.id for b in self.kb.led_by(person) if b.type == "Government"]
        return self.entity_for_kb(states[0]) if len(states) == 1 else None

    def link_definite_descriptions(self) -> None:
        """'the company', 'the San Francisco-based firm' → the nearest preceding entity of a fitting type."""
        doc = self.doc
        ordered = sorted(self.out.mentions, key=lambda m: m.start)
        for token in (doc[i] for i, low in enumerate(self.lowers) if low in COREF_NOUNS):
            types = COREF_NOUNS[token.lower_]
            if token.i in self.covered or token.tag_ not in {"NN", "NNP"} and not (
                    token.tag_ == "JJ" and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}):
                continue  # ("the firm secured …": the small model may tag the noun an adjective, yet parse it a subject)
            det = [c for c in token.children if c.dep_ == "det" and c.lower_ in {"the", "this"}]
            if not det and token.dep_ == "compound" and token.i + 1 < len(doc) and doc[token.i + 1].i == token.head.i \
                    and (token.head.lower_ in LEADER_TITLES or token.head.lower_ in STAFF_TITLES):
                # "the institute director", "the company chairman": the determiner sits on the title after the noun
                det = [c for c in token.head.children if c.dep_ == "det" and c.lower_ in {"the", "this"} and c.i == token.i - 1]
            state_owner = None
            if not det and token.lower_ in {"body", "agency", "regulator", "department", "ministry"}:
                # "The UK's public research funding body will deploy …": a state's possessive makes the description
                # definite (the body meant must be that state's)
                state_owner = next((m for c in token.children if c.dep_ == "poss" and (m := self.covered.get(c.i)) is not None
                                    and self.out.entities[m.entity_id].type == "Government"), None)
            if not det and state_owner is None:
                continue
            if det and (leaders := [m for k in range(det[0].i + 1, token.i) if (m := self.covered.get(k)) is not None
                                    and self.out.entities[m.entity_id].type == "Person"]):
                # "the Biden-Harris Administration's commitment": a government named for its leader is the state
                # that leader heads, not the nearest state named before it
                led = self._state_led_by(leaders[0].entity_id)
                if led is not None:
                    self.add(token.i, token.i + 1, led, "coref")
                continue
            if det and token.lower_ == "government" and (own := [
                    m for k in range(det[0].i + 1, token.i) if (m := self.covered.get(k)) is not None
                    and self.out.entities[m.entity_id].type == "Government"]):
                # "the Australian Government's National AI Plan" in a text about Australia and the UK: the government
                # its demonym names, not the nearest or the only state
                self.add(token.i, token.i + 1, own[-1].entity_id, "coref")
                continue
            if token.i + 1 < len(doc) and (named := self.covered.get(token.i + 1)) is not None \
                    and self.out.entities[named.entity_id].type in (*types, "Firm"):
                continue  # "co-founded the company Safe Superintelligence Inc.": the name that follows is the one meant
            owner = token.i + 2 + (token.i + 2 < len(doc) and self.lowers[token.i + 2] == "the")
            if owner < len(doc) and self.lowers[token.i + 1] == "of" and owner in self.covered:
                continue  # "took over the business of Mitsubishi Electric": the 'of' phrase, not an antecedent, says whose
            start = det[0].i if det else token.left_edge.i
            bound = _clause_subject_tokens(token)
            fits = (*types, "Firm") if types == ("Organization",) else types  # a guessed company may be an organisation
            candidates = [m for m in ordered if m.end <= start and (self.out.entities[m.entity_id].type in fits
                                                                   or _named_by_head(self.out.entities[m.entity_id].name, token))
                          and m.start not in bound and sentence_distance(doc, m.start, start) <= 2
                          and not hyphenated_onto_lower_word(doc[m.start:m.end])]
            if token.text[:1].isupper() and (headed := [
                    m for m in ordered if m.end <= start and _name_head(self.out.entities[m.entity_id].name) == token.lower_]) \
                    and (types == ("Policy",) or not any(_name_head(self.out.entities[m.entity_id].name) == token.lower_
                                                         for m in candidates)):
                # "… the AI Act … the Horizon Europe programme … Until the Act applies": "the Act" is the Act the
                # text named, however far back, not a nearer programme; "the Institute" is the institute the text
                # named, not a nearer "Network of AI Safety Institutes"
                candidates = headed[-1:]
            if token.lower_ in _RUN_PROGRAMME_NOUNS:
                # ("… the G7 Leaders' Statement …. This initiative will be led by …": a statement or a law is not the
                # programme a word for something run refers to)
                candidates = [m for m in candidates if _name_head(self.out.entities[m.entity_id].name) not in _TEXT_POLICY_HEADS]
                # ("… have agreed to launch a joint call for proposals …. This initiative will be led by …": an unnamed
                # programme introduced after the last named one is what "this initiative" means)
                unnamed = [t.i for t in doc[max(0, start - 80):start] if t.lemma_.lower() in _UNNAMED_PROGRAMME_NOUNS
                           and t.i not in self.covered and t.dep_ not in {"attr", "appos"}  # ("X is a … initiative": X)
                           and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
                           and sentence_distance(doc, t.i, start) <= 1]
                candidates = [m for m in candidates if not any(k >= m.end for k in unnamed)]
                if not candidates and unnamed:
                    continue  # (nor is it the article's topic then)
            if state_owner is not None:
                state = self.out.entities[state_owner.entity_id].name
                candidates = [m for m in candidates if self.out.entities[m.entity_id].type == "Agency"
                              and self.out.entities[m.entity_id].country in {None, state}]
            if not candidates and token.lower_ in {"department", "ministry"}:
                # "… will serve as the department's chief technology officer" far from the last mention, in an article
                # that names one department: that one
                kinds = {m.entity_id for m in self.out.mentions if self.out.entities[m.entity_id].type == "Agency"
                         and self.out.entities[m.entity_id].named_with(token.lower_)}
                if len(kinds) == 1:
                    self.add(token.i, token.i + 1, kinds.pop(), "coref")
                    continue
            if not candidates and token.lower_ == "government":
                # "the Federal Government … launches its plan" in an article that names one state: that state
                states = {m.entity_id for m in self.out.mentions if self.out.entities[m.entity_id].type == "Government"}
                if len(states) == 1:
                    self.add(token.i, token.i + 1, states.pop(), "coref")
                continue
            if not candidates:
                topic = self._topic()
                if topic is not None and self.out.entities[topic].type in fits and topic not in {
                        self.covered[k].entity_id for k in bound if k in self.covered}:
                    # "28 countries at the summit" far from the last mention, in an article whose first sentence is
                    # about the summit: the article's topic
                    self.add(token.i, token.i + 1, topic, "coref")
                continue
            # "the Office" after "the Commission has unveiled the AI Office": a body whose name has the word wins
            named = [m for m in candidates if token.lower_ in self.out.entities[m.entity_id].name.lower().split()
                     and self.out.entities[m.entity_id].type != "Firm"]  # "the company" is not "… Holding Company" by name
            # "the Institute" after "the AI Safety Institute … at the National Institute of Standards and Technology":
            # the name the word heads, not the one it only opens
            named = [m for m in named if self.out.entities[m.entity_id].name.lower().split()[-1] == token.lower_] or named
            chosen = _salient(doc, named or candidates, token).entity_id
            defined = self.defined_as.get(token.lemma_.lower())
            if defined is not None and any(m.entity_id == defined for m in self.out.mentions if m.end <= start):
                chosen = defined  # "Pax Silica is a … initiative. The initiative is coordinated by …": what the text defined
            draft = self.out.entities[chosen]
            if types == ("Organization",) and draft.type == "Firm" and not draft.from_kb \
                    and draft.name.split()[-1].lower().rstrip(".") not in FIRM_HEADS | _LEGAL_FORMS:
                # "… a counselling service called the Muslim Youth Helpline. The organization would later …": NER's
                # default (a company) gives way to what the text calls it
                chosen = self._retype(chosen, "Organization")
            if self.add(token.i, token.i + 1, chosen, "coref"):
                ordered.append(self.covered[token.i])  # a chain: "the Office" … "The AI office" two sentences on
        # "The Council was co-chaired by …" after "the Japan-EU Digital Partnership Council": a capitalised head noun
        # after "the" names the latest entity whose name ends with it (a few sentences back at most)
        for token in (doc[i] for i in range(1, len(doc)) if self.lowers[i - 1] == "the" and self.texts[i][:1].isupper()):
            held = self.covered.get(token.i)
            # ("the success of the Partnership": NER's one-word place or company there is the same back-reference)
            guessed = held is not None and held.how == "ner" and held.end - held.start == 1 \
                and not self.out.entities[held.entity_id].from_kb
            if held is not None and not guessed or not token.is_title or token.lower_ in COREF_NOUNS \
                    or token.i + 1 < len(doc) and doc[token.i + 1].is_title:
                continue
            earlier = [m for m in ordered if m.end <= token.i - 1 and _named_by_head(self.out.entities[m.entity_id].name, token)
                       and sentence_distance(doc, m.start, token.i) <= 4]
            if earlier and self.add(token.i, token.i + 1, earlier[-1].entity_id, "coref", replace=guessed):
                ordered.append(self.covered[token.i])

    def merge_name_orders(self) -> None:
        """'Masayoshi Son (Japanese: 孫 正義, romanized: Son Masayoshi, Korean: …)': the same person written in another
        name order is one person; other names NER found inside such a bracket of native-script forms are not names."""
        doc = self.doc
        people: dict[frozenset[str], str] = {}
        for m in sorted(self.out.mentions, key=lambda m: m.start):
            draft = self.out.entities[m.entity_id]
            if draft.type != "Person":
                continue
            key = frozenset(w.lower() for w in draft.name.split())
            first = people.setdefault(key, m.entity_id)
            if first != m.entity_id and len(key) >= 2:
                self.add(m.start, m.end, first, "alias", replace=True)
        for open_i in (i for i, text in enumerate(self.texts) if text == "("):
            close_i = next((k for k in range(open_i + 1, min(open_i + 40, len(doc))) if doc[k].text == ")"), None)
            if close_i is None or not any(doc[k].lower_ in _SCRIPT_LABELS and doc[k + 1].text == ":" for k in range(open_i + 1, close_i)):
                continue
            for m in [m for m in self.out.mentions if open_i < m.start < close_i and m.how in {"ner", "chunk"}]:
                self._drop(m)

    def merge_short_given_names(self) -> None:
        """'Douglas Beck, Director of DIU' … 'said DIU Director Doug Beck': a common short form of a given name with
        the same surname is the same person, under the longer name."""
        named = {m.entity_id for m in self.out.mentions}
        people = {eid: d.name.split() for eid, d in self.out.entities.items()
                  if eid in named and d.type == "Person" and len(d.name.split()) >= 2}
        for m in list(self.out.mentions):
            words = people.get(m.entity_id)
            if words is None:
                continue
            longer = [eid for eid, full in people.items() if eid != m.entity_id and full[-1] == words[-1]
                      and words[0].lower() in GIVEN_NAME_SHORT_FORMS.get(full[0].lower(), ())]
            if len(longer) == 1:
                self.out.entities[longer[0]].add_alias(self.out.entities[m.entity_id].name)
                m.entity_id = longer[0]

    def retype_hired_people(self) -> None:
        """'OpenAI has hired Fidji Simo as its chief executive of applications': a name NER took for a company, hired
        or appointed 'as' an office, is a person."""
        from graphkit.ingest.titles import office_kind

        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            root = doc[m.start:m.end].root
            if draft.from_kb or draft.type not in {"Firm", "Organization"} or m.how != "ner" or not 2 <= m.end - m.start <= 3 \
                    or root.dep_ not in {"dobj", "oprd"} or root.head.lemma_.lower() not in HIRING_VERBS:
                continue
            posts = [t for c in root.head.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.children if t.dep_ == "pobj"]
            if any(office_kind(" ".join(w.lower_ for w in t.subtree if w.i <= t.i and w.dep_ in {"amod", "compound"} or w == t))
                   for t in posts) and all(t.is_title for t in doc[m.start:m.end]):
                self._retype(m.entity_id, "Person")

    def retype_companies(self) -> None:
        """'co-founding Loopt, a smartphone geosocial networking service', 'clean energy companies Helion Energy and
        Oklo': a one-word name NER took for a person is a company where the text calls it one."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            if draft.type != "Person" or draft.from_kb or m.how != "ner" or m.end - m.start != 1:
                continue
            root = doc[m.start]
            said = any(c.dep_ == "appos" and c.lemma_.lower() in _COMPANY_WORDS for c in root.children)
            said = said or root.head.lemma_.lower() in _FOUNDING_LEMMAS and root.dep_ in {"dobj", "pobj"}
            listed = [self.covered.get(t.i) for t in (*root.conjuncts, *([root.head] if root.dep_ == "conj" else []))]
            said = said or any(x is not None and self.out.entities[x.entity_id].type == "Firm" for x in listed) \
                and any(t.lemma_.lower() in {"company", "firm", "startup"} for t in (*root.ancestors, *root.head.children))
            if said:
                self._retype(m.entity_id, "Firm")

    def retype_models(self) -> None:
        """A name NER took for a company is a model where the text says so: 'GPT models', 'AlexNet, a convolutional
        neural network', 'CLIP, DALL-E, and AlphaGo' (listed with known models)."""
        doc = self.doc
        for m in list(self.out.mentions):
            draft = self.out.entities[m.entity_id]
            if draft.type not in {"Firm", "Person", "Location"} or draft.from_kb or m.how != "ner":
                continue
            root = doc[m.start:m.end].root
            head = root.head
            said = root.dep_ in {"compound", "nmod"} and head.lemma_.lower() in _MODEL_NOUNS and head.i == m.end
            if draft.type in {"Person", "Location"}:
                # "unveiled its Jiuzhang model": a lone word NER took for a person or a place, right before 'model',
                # names the model
                if said and m.end - m.start == 1 and self.lowers[m.start - 1] in {"the", "its", "their", "his", "her", "'s"}:
                    self._retype(m.entity_id, "AIModel")
                continue
            said = said or any(c.dep_ == "appos" and c.lemma_.lower() in _MODEL_NOUNS for c in root.children)
            listed = [self.covered.get(t.i) for t in (*root.conjuncts, *([head] if root.dep_ in {"conj", "appos"} else []),
                                                       *(c for c in root.children if c.dep_ in {"appos", "conj"}))]
            if m.end + 1 < len(doc) and doc[m.end].text == ",":
                listed.append(self.covered.get(m.end + 1))  # "CLIP, DALL-E, and AlphaGo", however it was parsed
            said = said or any(x is not None and self.out.entities[x.entity_id].type == "AIModel" for x in listed)
            if said:
                self._retype(m.entity_id, "AIModel")

    def retype_consortium_members(self) -> None:
        """'a consortium consisting of SURF, AIC4NL, TNO, and Samenwerking Noord': the unknown names a consortium or
        coalition is said to consist of are its member bodies — not the person, place or company NER guessed, unless
        the name itself says company ("… Technologies")."""
        doc = self.doc
        if not self.lower_set & _MEMBER_GROUP_NOUNS:
            return
        for i in (i for i, w in enumerate(self.lowers) if w in _MEMBER_GROUP_NOUNS):
            group = doc[i]
            lists = [p for c in group.children if c.dep_ == "acl" and c.lemma_.lower() in _CONSIST_VERBS
                     for p in c.children if p.dep_ == "prep" and p.lower_ == "of"]
            for member in (t for p in lists for o in p.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)):
                m = self.covered.get(member.i)
                draft = self.out.entities.get(m.entity_id) if m is not None else None
                if draft is None or draft.from_kb or m.how != "ner" or draft.type not in {"Person", "Location", "Firm"} \
                        or _type_from_word(doc[m.start:m.end], self.lowers[m.end - 1]) == "Firm":
                    continue
                self._retype(m.entity_id, "Organization")

    def retype_held_contests(self) -> None:
        """'yesterday's Cyber Grand Challenge (CGC) Final Event — the world's first all-machine hacking tournament':
        a challenge or competition the text makes a held event (a final, a tournament) is that event, not the
        programme a "… Challenge" name usually is; and an assembly that is convened or held is a gathering, not the
        legislature an "… Assembly" name usually is."""
        doc = self.doc
        if not self.lower_set & (_CONTEST_HEADS | {"assembly"}):
            return
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is not None and not draft.from_kb and draft.type in {"Agency", "Organization"} \
                    and "assembly" in self.lowers[m.start:m.end] and self._convened(doc[m.start:m.end].root):
                self._retype(m.entity_id, "Event")  # "A National Youth Assembly on AI was held": a gathering
                continue
            if draft is None or draft.from_kb or draft.type != "Policy" or self.lowers[m.end - 1] not in _CONTEST_HEADS:
                continue
            root = doc[m.start:m.end].root
            held = root.dep_ in {"nmod", "compound"} and root.head.lemma_.lower() in _HELD_EVENT_NOUNS \
                or any(c.dep_ == "appos" and c.lemma_.lower() in _HELD_EVENT_NOUNS for c in root.children)
            if held:
                self._retype(m.entity_id, "Event")

    @staticmethod
    def _convened(root: Token) -> bool:
        """Whether a name is what a verb of holding a gathering acts on ("convening a … Assembly", "was held")."""
        return root.head.lemma_.lower() in _CONVENING_VERBS and (
            root.dep_ == "dobj" or root.dep_ == "nsubjpass" and any(c.dep_ == "auxpass" for c in root.head.children))

    def retype_developed_things(self) -> None:
        """'Mayhem, developed by team ForAllSecure of Pittsburgh', 'Xandra, a cyber reasoning system developed by TECHx':
        a name NER guessed (as a person, a place or a company) that a participle says someone developed is a made
        thing — a chip where the description says so, else an AI system — and its developer, where NER took a lone
        unknown word for a person or missed a name written in mixed case ("TECHx"), is an organisation."""
        doc = self.doc
        if not self.lower_set & _MAKING_PARTICIPLE_FORMS:
            return
        for m in list(self.out.mentions):
            draft = self.out.entities.get(m.entity_id)
            if draft is None or draft.from_kb or m.how != "ner" or draft.type not in {"Person", "Firm", "Location"}:
                continue
            root = doc[m.start:m.end].root
            described = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            made = [(c, d) for d in (root, *described) for c in d.children
                    if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _MAKING_PARTICIPLES
                    and any(a.dep_ == "agent" for a in c.children)]
            if not made or made[0][1] is not root and made[0][1].lemma_.lower() not in _MADE_THING_NOUNS:
                continue  # ("…, a report developed by DOE's National Laboratories": a document, not a system)
            participle, noun = made[0]
            kind = "Hardware" if noun.lemma_.lower() in _HARDWARE_DESCRIPTIONS else "AIModel"
            self._retype(m.entity_id, kind)
            for maker in (o for a in participle.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                          for o in (p, *p.conjuncts)):
                self._developer_organisation(maker)

    def _developer_organisation(self, token: Token) -> None:
        """The developer a 'developed by' phrase names, typed as an organisation where NER could not tell (see
        ``retype_developed_things``)."""
        held = self.covered.get(token.i)
        if held is None:
            if _MIXED_CASE_NAME.fullmatch(token.text) and token.lower_ not in COMMON_WORDS:
                self.add(token.i, token.i + 1, self.entity_for_name(token.text, "Organization"), "context")
            return
        draft = self.out.entities[held.entity_id]
        if draft.type == "Person" and not draft.from_kb and held.how == "ner" and held.end - held.start == 1 \
                and " " not in draft.name and token.lower_ not in GIVEN_NAMES:
            self._retype(held.entity_id, "Organization")  # a person is named in full before a surname stands alone

    def link_possessed_model_codes(self) -> None:
        """"DeepSeek's R1 reasoning model", "OpenAI's o3 model": a short code of letters and digits after a company's
        possessive and before a word for a model names that company's model — the known "DeepSeek-R1" when the knowledge
        base has the company's name joined to the code."""
        doc = self.doc
        for k in range(2, len(doc) - 1):
            code = self.texts[k]
            if k in self.covered or not _MODEL_CODE.fullmatch(code) or self.lowers[k - 1] not in {"'s", "’s", "its"}:
                continue
            owner = self.covered.get(k - 2)
            if self.lowers[k - 1] == "its":
                # "DeepSeek, the Hangzhou-based start-up, released its R1 reasoning model": the firm named last before
                sent_start = doc[k].sent.start
                owner = next((m for m in sorted(self.out.mentions, key=lambda m: -m.start)
                              if sent_start <= m.start < k and self.out.entities[m.entity_id].type == "Firm"), None)
            if owner is None or self.out.entities[owner.entity_id].type != "Firm":
                continue
            nxt = next((j for j in range(k + 1, min(len(doc), k + 3)) if self.lowers[j] in _MODEL_NOUNS), None)
            if nxt is None or any(not doc[j].is_lower for j in range(k + 1, nxt)):
                continue
            firm = self.out.entities[owner.entity_id].name
            known = [e for f in (f"{firm}-{code}", f"{firm} {code}") for e in self.kb.lookup(f) if e.type == "AIModel"]
            eid = self.entity_for_kb(known[0].id) if known else self.entity_for_name(code, "AIModel")
            self.add(k, k + 1, eid, "chunk")

    def link_listed_products(self) -> None:
        """'gaming devices like the Shield Portable and Shield Tablet', 'accelerators such as the Gaudi 3 and Gaudi 2':
        names listed after a plural word for a piece of hardware are hardware, whatever NER took them for."""
        doc, lowers = self.doc, self.lowers
        for i in range(len(doc) - 2):
            if lowers[i] not in _HARDWARE_PLURALS:
                continue
            k = i + 1
            if lowers[k] == "such" and k + 1 < len(doc) and lowers[k + 1] == "as":
                k += 2
            elif lowers[k] in {"like", "including"}:
                k += 1
            else:
                continue
            found: list[tuple[int, int]] = []
            while k < len(doc):
                k += lowers[k] == "the"
                j = k
                while j < len(doc) and (_is_cap(doc[j]) or doc[j].like_num and j > k):
                    j += 1
                if j == k:
                    break
                found.append((k, j))
                k = j
                if k < len(doc) and lowers[k] == ",":
                    k += 1
                if k < len(doc) and lowers[k] in {"and", "or"}:
                    k += 1
                elif k < len(doc) and lowers[k - 1] != ",":
                    break
            if len(found) < 2:
                continue  # one capitalised word after "devices like" may be a maker ("devices like Apple's")
            for a, b in found:
                held = {self.covered[t].entity_id for t in range(a, b) if t in self.covered}
                if any(self.out.entities[e].from_kb for e in held):
                    continue
                self.add(a, b, self.entity_for_name(doc[a:b].text, "Hardware"), "chunk", replace=True)

    def _retype(self, eid: str, type_: str) -> str:
        """Move every mention of a guessed entity to one of the same name and another type."""
        new = self.entity_for_name(self.out.entities[eid].name, type_)
        self._relink(eid, new)
        if eid in self.out.state_pairs:
            self.out.state_pairs[new] = self.out.state_pairs.pop(eid)  # "the Japan-EU … Council": both states stay paired
        if eid in self.out.national_units:
            self.out.national_units[new] = self.out.national_units.pop(eid)
        return new


def _clause_subject_tokens(token: Token) -> set[int]:
    """Tokens of the subjects of the clauses above ``token``: a description there cannot refer back to them."""
    out: set[int] = set()
    head = token
    own_clause = True
    for _ in range(8):
        for child in head.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and not (child.left_edge.i <= token.i <= child.right_edge.i):
                # the subject itself, not what a relative clause on it mentions ("X, who co-founded Y, leads the company")
                inner = {t.i for c in child.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
                if not own_clause:
                    # a higher clause's subject's owner may be meant ("Microsoft's president said the company …")
                    inner |= {t.i for c in child.children if c.dep_ == "poss" for t in c.subtree}
                out.update(t.i for t in child.subtree if t.i not in inner)
                if child.tag_ in {"WDT", "WP"} and head.dep_ == "relcl":
                    # "G42 partnered with Microsoft, which invested … in the Abu Dhabi firm": the relative pronoun's
                    # antecedent is that clause's subject too
                    out.update(t.i for t in head.head.subtree if t.i < head.i and t.i >= head.head.left_edge.i
                               and t.i not in {x.i for x in head.subtree})
        if head.pos_ in {"VERB", "AUX"}:
            own_clause = False
        if head.dep_ == "relcl" and any(c.tag_ in {"WDT", "WP"} and c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
            break  # (the clause a relative clause hangs in may be referred to: "G42 partnered with Microsoft, which …")
        if head.head.i == head.i:
            break
        head = head.head
    return out


def _name_head(name: str) -> str:
    """A name's head word: the last one before its first "for"/"of"/"on" ("Common Vision for the Future of …")."""
    words = name.lower().split()
    return next((words[i - 1] for i, w in enumerate(words) if i and w in {"for", "of", "on"}), words[-1] if words else "")


def _named_by_head(name: str, token: Token) -> bool:
    """'The Council' for "the Japan-EU Digital Partnership Council" (an event): a capitalised head noun names the
    entity whose name ends with it, whatever its type."""
    return token.text[:1].isupper() and len(name.split()) > 1 and name.split()[-1].lower() == token.lower_


def _salient(doc: Doc, candidates: list[LinkedMention], token: Token) -> LinkedMention:
    """The nearest candidate in the same sentence, else the latest one that was a grammatical subject."""
    here = token.sent.start
    same = [m for m in candidates if m.start >= here]
    if same:
        return same[-1]
    subjects = [m for m in candidates if doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"} or doc[m.start].dep_ in {"nsubj", "nsubjpass"}]
    return (subjects or candidates)[-1]


#: Last words of leaders' titles ("Prime Minister" → "minister"): what may stand just before a capitalised surname.
_TITLE_HEADS = frozenset({w.split()[-1] for w in LEADER_TITLES} | {"minister", "secretary", "ambassador", "envoy"})


def _after_title(doc: Doc, i: int, title_words: Collection[str]) -> bool:
    """True when the words just before token i form a title: 'Minister of Foreign Affairs', 'Prime Minister'."""
    for k in range(i - 1, max(-1, i - 11), -1):  # "Minister of State for Economic and Fiscal Policy SHINDO"
        word = doc[k]
        if word.lower_ in title_words:
            return True
        if not (word.text[:1].isupper() or word.lower_ in {"of", "for", "and", ",", "to", "the", "-"}):
            return False  # "Ambassador to India Eric Garcetti" is still a title before a name
    return False


_NUMBERED_HEADS = {"directive", "order", "regulation", "decision", "resolution", "memorandum", "rule", "instruction"}
_POLICY_NUMBER = re.compile(r"\d[\d.\-/]*\d|\d")
_ORDER_NUMBER = re.compile(r"\d{4,6}")  # orders cited by number (13859, 14110); "Order 3" is more likely a section
# Title words that may stand alone before a leader's name ("President von der Leyen", "Secretary-General Guterres").
_BARE_TITLE_WORDS = frozenset({"president", "chair", "chairman", "chairwoman", "chairperson", "secretary-general",
                               "director-general", "commissioner", "governor", "chancellor", "premier", "prime", "minister"})
# Institution words that take a place after 'of' as part of their name ("University of Manchester").
_INSTITUTION_WORDS = frozenset({"University", "College", "Institute", "School", "Polytechnic", "Academy"})
# Short forms of "Executive Order" written before an order's number.
_ORDER_SHORT_FORMS = frozenset({"E.O.", "EO", "E.O"})
_AKA = {"also known as", "aka", "a.k.a.", "formerly known as", "known as", "also called"}
_OFFICE_WORDS = {"minister", "secretary", "commissioner"}
# Lower-case words for a kind of place after its name ("Tanba town", "Wuchuan city").
# Words after a port's name that make it the body running the port.
_PORT_BODY_HEADS = frozenset({"commission", "authority", "board", "corporation", "company", "district", "trust"})
# Plural words for a kind of region two coordinated names can share ("Yamagata and Akita Prefectures").
_REGION_PLURALS = frozenset({"Prefectures", "Provinces", "Counties", "Oblasts", "Governorates"})
_PLACE_NOUNS = frozenset({"town", "city", "village", "county", "province", "district", "prefecture", "township",
                          "municipality", "borough"})
# Academic degrees, which NER often takes for bodies.
_DEGREE = re.compile(r"^(?:Bachelor|Master|Doctor)s?\b(?: of\b)?")
# Words that open a title ("Vice President", "Managing Partner"), not a body's name.
_TITLE_MODIFIERS = frozenset({"vice", "prime", "chief", "executive", "acting", "former", "senior", "general", "managing",
                              "founding", "co", "interim", "lead", "principal", "deputy", "assistant", "associate", "then"})
# Titles a company's people hold, between its name and theirs ("Accel partner Dan Levine").
_BODY_TITLE_WORDS = frozenset({"partner", "ceo", "cto", "cfo", "founder", "co-founder", "cofounder", "chairman",
                               "chairwoman", "chair", "spokesperson", "spokesman", "spokeswoman", "analyst",
                               "researcher", "engineer", "executive", "president"})
# Offices whose holder's brief follows "for" ("Special Envoy for Critical Technology"); "President of X" names a state.
_PRINCIPAL_WORDS = {"president", "assistant", "adviser", "advisor", "envoy", "representative"}
# A bracketed short name: capitals, maybe digits ("FASST", "RF3", "AC/S").
_SHORT_NAME = re.compile(r"^[A-Z][A-Z0-9&/\-.]{1,9}$")
# Words of ministers' portfolios ("Minister of Foreign Trade and Development"): never part of the holder's name.
_PORTFOLIO_WORDS = frozenset({
    "foreign", "affairs", "trade", "development", "economy", "economic", "industry", "industrial", "science", "sciences",
    "technology", "technologies", "innovation", "digital", "digitalisation", "digitalization", "finance", "defence", "defense",
    "justice", "health", "education", "energy", "environment", "climate", "interior", "home", "internal", "communications",
    "information", "transport", "infrastructure", "agriculture", "labour", "labor", "employment", "culture", "media", "sport",
    "tourism", "security", "public", "administration", "budget", "treasury", "commerce", "international", "cooperation",
    "european", "business", "enterprise", "enterprises", "research", "higher", "regional", "housing", "artificial",
    "intelligence", "data", "cyber", "telecommunications", "posts", "small", "medium", "sized", "strategy", "planning",
    "national", "state", "and", "the", ",", "of", "for", "growth", "investment", "investments", "space", "relations",
    "competitiveness", "transformation", "modernisation", "modernization", "policy", "policies", "resources", "works",
})
_MEETING_VERBS = frozenset({"meet", "hold", "gather", "convene", "talk", "host", "stage"})
# Lower-case words for a programme after its bracketed acronym ("the … (FASST) initiative").
_ACRONYMED_PROGRAMME_WORDS = frozenset({"initiative", "program", "programme", "strategy", "plan", "framework", "project",
                                        "mission", "partnership", "fund", "act"})
# Acronyms for kinds of rule: a short name ending in one names a rule ("AC/S IFR").
_RULE_ACRONYMS = frozenset({"IFR", "NPRM", "ANPRM", "FDPR", "EO"})
# Nouns for the documents a quoted title can name ("the interim final rule, \"…\"", "(SME IFR)").
_DOCUMENT_NOUNS = {"rule", "rules", "ifr", "order", "act", "regulation", "regulations", "directive", "memorandum",
                   "guidance", "law", "bill", "strategy", "e.o", "eo", "notice", "proclamation", "decree"}
_LEGAL_FORMS = {"inc", "corp", "corporation", "ltd", "llc", "plc", "gmbh", "limited", "co"}
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
# An edition's number opening a gathering's name ("10th London Tech Week").
_ORDINAL_OPENING = re.compile(r"^\d+(?:st|nd|rd|th) ")
# A company's legal form at the end of its name ("…, Inc.", "… LLC"), with the comma before it.
_LEGAL_FORM_TAIL = re.compile(r",?\s+(?:Inc|Corp|Corporation|Ltd|LLC|PLC|plc|GmbH|Limited|Co)\.?$")
_COMMA_LEGAL_FORMS = frozenset({"inc", "llc", "ltd", "corp", "plc", "l.l.c"})
# Nouns for a gathering, before its quoted title ('a side event "…"', 'a panel "…"').
_GATHERING_NOUNS = frozenset({"event", "session", "webinar", "panel", "conference", "forum", "symposium", "workshop",
                               "dialogue", "roundtable", "summit", "meeting", "seminar", "hearing"})


def _portfolio(span: Span) -> bool:
    """Words that name a minister's portfolio, not a body.

    'Minister for Digital Transformation KONO', 'Minister of Science and ICT Lee'
    (the portfolio after 'Minister for/of', conjuncts included) and 'Digital
    Minister X' (the portfolio before the title): firms have no ministers."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _OFFICE_WORDS and doc[span.end].text[:1].isupper():
        return True
    if span.start > 0 and doc[span.start - 1].lower_ == "chief" and span.label_ != "PERSON":
        return True  # "Chief Digital and AI Officer": the words after 'Chief' are the office
    if span.start == 0:
        return False
    if doc[span.start - 1].lower_ in {"for", "of"}:
        if span.start >= 2 and doc[span.start - 1].lower_ == "for" and doc[span.start - 2].lower_ in _PRINCIPAL_WORDS:
            return True  # "Assistant to the President for Science and Technology": an adviser's brief
        return span.start >= 2 and doc[span.start - 2].lower_ in _OFFICE_WORDS
    if span.label_ == "PERSON" or doc[span.start - 1].lower_ not in {"and", ","}:
        return False
    k = span.start - 1
    while k >= 1 and (doc[k].lower_ in {"and", ","} or doc[k].text[:1].isupper() and doc[k].lower_ not in _OFFICE_WORDS) \
            and span.start - k < 6:
        k -= 1
    return k >= 1 and doc[k].lower_ in {"for", "of"} and doc[k - 1].lower_ in _OFFICE_WORDS


def _camel_case(text: str) -> bool:
    """'CloudHQ', 'CoreWeave': a capital after lower-case letters inside one word marks a coined name (not a
    surname's prefix: "McCarthy", "LeCun", "DeSantis", "MacArthur")."""
    return text[:1].isupper() and text.isalnum() and not _SURNAME_PREFIX.match(text) \
        and any(a.islower() and b.isupper() for a, b in zip(text, text[1:], strict=False))


# Words for a show or a publication a guessed name can title ("the Weekly Sitrep video").
_MEDIA_NOUNS = frozenset({"video", "videos", "podcast", "newsletter", "broadcast", "webcast", "livestream", "vlog",
                          "column", "bulletin", "documentary"})
# Words for a part of a pact or a programme a guessed name can title ("the Advanced Capabilities pillar").
_PART_NOUNS = frozenset({"pillar", "workstream", "strand"})
# Codes legislatures give bills, before the number ("SB 1047", "H.R. 4346", "AB 2013", "S. 2714").
_BILL_CODE = re.compile(r"(?:SB|AB|HB|HR|H\.R\.|S\.|SF|HF|LB)")
# Words that make a name of common words a name all the same ("Humane Intelligence", "Safe Superintelligence").
_NAME_WORDS = frozenset({"ai", "labs", "lab", "intelligence", "systems", "technologies", "group", "capital", "ventures",
                         "partners", "holdings", "robotics", "dynamics", "networks", "machines", "computing", "inc", "ltd"})
# Words after which capitals are a name by definition ("a company called Open Lab").
_CALLED_WORDS = frozenset({"called", "named", "dubbed"})
# A model's short code: "R1", "V3", "o3", "K2", "M4".
_MODEL_CODE = re.compile(r"[A-Za-z]{1,3}\d{1,2}(?:\.\d)?[a-z]?")
# Armed services named without their state in defence news ("Army Gen. X"), as token sequences.
_SERVICE_NAMES = (("Air", "Force"), ("Space", "Force"), ("Marine", "Corps"), ("Coast", "Guard"), ("Army",), ("Navy",))
_SERVICE_FIRST_WORDS = frozenset(words[0] for words in _SERVICE_NAMES)

# Words for a measure whose title may follow "titled" or "called" ("an executive order titled …").
_TITLED_MEASURE_NOUNS = frozenset({"order", "rule", "bill", "act", "law", "strategy", "plan", "directive", "memorandum",
                                   "framework", "regulation", "declaration", "initiative", "programme", "program",
                                   "policy", "guidance", "charter", "statement"})
# Small words a title may hold between capitalised ones ("Removing Barriers to American Leadership in …").
_TITLE_SMALL_WORDS = frozenset({"to", "in", "of", "for", "and", "the", "on", "a", "an", "by", "with"})
# Nouns for buying a company: "the acquisition of Mellanox", "its Mellanox acquisition".
_DEAL_NOUNS = frozenset({"acquisition", "takeover", "purchase", "buyout"})
# Verbs of putting out a model: what they release, shaped like a model's name, is one ("released GLM-4.5").
_RELEASE_VERBS = frozenset({"release", "launch", "unveil", "introduce", "debut", "open-source", "publish", "ship",
                            "roll", "announce", "upgrade", "train"})
# Lower-case one-word offices a holder's name may follow directly ("spokesperson He Yadong", "minister Ashwini
# Vaishnaw").
_ONE_WORD_OFFICES = frozenset({"spokesperson", "spokesman", "spokeswoman", "minister", "secretary", "ambassador",
                               "envoy", "commissioner", "chairman", "chairwoman", "director", "chief", "president"})


def _as_place_word(token: Token) -> bool:
    """Whether a name is used as a place: after a preposition of place, or before ", STATE" ("Austin, Texas")."""
    if token.dep_ == "pobj" and token.head.lower_ in {"in", "at", "from", "to", "near", "outside", "across", "into", "of"}:
        return True
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].is_title and doc[token.i + 2].pos_ == "PROPN"


# Small words a name's acronym may skip ("Generating Electricity Managed by Intelligent Nuclear Assets" → GEMINA).
_ACRONYM_SMALL_WORDS = frozenset({"and", "of", "the", "for", "on", "in", "by", "to", "&"})


def _initials_of(short: str, name: Span) -> bool:
    """Whether a short form spells a name's initials, in any case ("Dstl" for "Defence Science and Technology
    Laboratory"); the small words of a name may be skipped, and each word of a hyphenated one counts
    ("Agency-Energy" → A, E in "ARPA-E")."""
    words = [w for t in name for w in t.text.split("-") if w and w[0].isalpha()]
    content = [w for w in words if w.lower() not in _ACRONYM_SMALL_WORDS]
    return len(short) >= 3 and short.lower() in {"".join(w[0] for w in words).lower(), "".join(w[0] for w in content).lower()}


def _named_for_purpose(lowers: list[str]) -> bool:
    """'Partnership for Global Inclusivity on AI': a partnership, alliance or coalition named head first by what it
    is for (three words at least)."""
    return len(lowers) >= 3 and lowers[0] in {"partnership", "alliance", "coalition"} and lowers[1] in {"for", "on"}


# A short form in mixed case made of word beginnings: "FuSe" (Future of Semiconductors).
_CHUNKED_SHORT = re.compile(r"(?:[A-Z][a-z]{0,3}){2,5}")


def _prefixes_spell(short: str, name: Span) -> bool:
    """Whether the capital-led pieces of ``short`` begin the name's content words in order ("Fu"+"Se" for
    "Future of Semiconductors")."""
    pieces = re.findall(r"[A-Z][a-z]*", short)
    words = [t.lower_ for t in name if t.is_alpha and t.lower_ not in _ACRONYM_SMALL_WORDS]
    return len(pieces) == len(words) and any(len(p) > 1 for p in pieces) \
        and all(w.startswith(p.lower()) for p, w in zip(pieces, words, strict=True))


def _line_verb(token: Token) -> bool:
    """A bulleted line's opening past-tense verb ("Released …", "Coordinated …", "Initiated …"), however tagged."""
    return token.tag_ in {"VBD", "VBN"} or token.lower_.endswith("ed") and token.lower_ in COMMON_WORDS \
        and token.lower_ not in GIVEN_NAMES and token.is_title


def _after_bullet(doc: Doc, i: int) -> bool:
    """Whether token i opens a bulleted line (only spaces between it and the bullet)."""
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k >= 0 and doc[k].text in {"•", "·", "*"} or k >= 0 and doc[k].text == "-" and (k == 0 or "\n" in doc[k - 1].text)


def _ends_in_gathering(doc: Doc, i: int) -> bool:
    """Whether the capitalised run from token i (through a plural possessive) ends in a gathering's head word."""
    while i < len(doc) and (_is_cap(doc[i]) or doc[i].text in {"'", "’"}):
        i += 1
    return doc[i - 1].lower_ in EVENT_HEADS


def _is_cap(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and token.pos_ in {"PROPN", "NOUN", "ADJ", "VERB"} and not token.is_punct


def link(doc: Doc, kb: KnowledgeBase) -> Linking:
    """Resolve the mentions of one parsed article (pure: the Doc is only read)."""
    linker = _Linker(doc, kb)
    linker.link_ents()
    linker.link_shared_region_heads()
    linker.link_ports()
    linker.link_coordinated_ministries()
    linker.extend_act_on_names()
    linker.merge_quoted_short_names()
    linker.unlink_other_states_laws()
    linker.link_executive_orders()
    linker.link_ticket_surnames()
    linker.link_titled_surname_lists()
    linker.link_datelines()
    linker.link_dated_place_lines()
    linker.link_agency_header()
    linker.link_task_forces()
    linker.link_military_sites()
    linker.link_numbered_units()
    linker.link_initialled_names()
    linker.link_honorific_names()
    linker.extend_event_years()
    linker.extend_law_years()
    linker.link_names_after_office_nouns()
    linker.link_nicknamed_names()
    linker.link_family_names_first()
    linker.link_given_names()
    linker.link_shared_surnames()
    linker.link_also_known_as()
    linker.link_city_before_region()
    linker.link_sites_in_places()
    linker.relink_place_names()
    linker.retype_towns_named_for_states()
    linker.link_compass_regions()
    linker.link_institutions_of_places()
    linker.link_regional_governments()
    linker.link_affiliation_lines()
    linker.link_speaker_labels()
    linker.link_listed_order_titles()
    linker.link_distributive_names()
    linker.drop_plural_kinds()
    linker.link_qualifiers()
    linker.link_extended_names()
    linker.link_college_towns()  # (after a school's name is whole: "Hyderabad Public School, Begumpet")
    linker.link_legal_forms()
    linker.link_separated_legal_forms()
    linker.link_dash_campuses()
    linker.link_model_variants()
    linker.link_model_codes_after_families()
    linker.link_released_model_names()
    linker.link_capitalised_names()
    linker.link_topical_memoranda()
    linker.link_policy_name_tails()
    linker.link_body_name_tails()
    linker.link_quoted_titles()
    linker.link_quoted_state_policies()
    linker.link_acronymed_programmes()
    linker.link_listed_portfolio_bodies()
    linker.link_coordinated_body_names()
    linker.link_bracketed_acronym_names()
    linker.link_bracketed_short_names()
    linker.link_state_pair_names()
    linker.extend_event_years()  # again: "the Canada–European Union Summit 2023" is only whole now
    linker.link_meetings_of_forums()
    linker.extend_event_ordinals()  # after: "the 20th Annual Meeting of the … Forum" is the forum
    linker.link_agreements_between()
    linker.link_paired_agreements()
    linker.link_national_units()
    linker.link_regional_units()
    linker.link_flag_carriers()
    linker.split_names_before_shared_nouns()
    linker.link_shared_programme_heads()
    linker.link_numbered_policies()
    linker.link_bill_numbers()
    linker.link_budgets()
    linker.link_described_programmes()
    linker.link_defined_programmes()
    linker.link_named_programmes()
    linker.link_sentence_case_programmes()
    linker.link_bracketed_model_lists()
    linker.link_called_companies()
    linker.link_titled_policies()
    linker.link_place_led_policy_names()
    linker.link_names_spelled_by_acronyms()
    linker.extend_to_acronyms()
    linker.link_acronyms()
    linker.drop_common_acronyms()
    linker.link_bodies_in_states()
    linker.link_house_names()
    linker.link_shortened_state_bodies()
    linker.link_armed_services()
    linker.link_generic_names_by_state()
    linker.link_other_states_bodies()
    linker.link_lowercase_ministries()
    linker.link_unnumbered_orders()
    linker.link_surnames()
    linker.link_titles()
    linker.link_bare_leader_titles()
    linker.link_titled_back_references()
    linker.link_names_after_portfolios()
    linker.link_bracketed_portfolios()
    linker.link_names_after_titles()
    linker.link_partial_policy_names()
    linker.link_policy_short_names()
    linker.link_capitalised_surnames()
    linker.link_firms_by_context()
    linker.retype_places_as_firms()
    linker.retype_destinations()
    linker.retype_listed_people_as_firms()
    linker.retype_firms_after_firm_nouns()
    linker.retype_by_listing_class()
    linker.link_names_after_firm_nouns()
    linker.link_listed_firms()
    linker.link_workplaces()
    linker.link_state_named_institutions()
    linker.link_embassies()
    linker.link_named_systems()
    linker.link_quoted_tools()
    linker.link_policies_called()
    linker.link_acronym_gatherings()
    linker.link_heading_policies()
    linker.link_titled_bodies()
    linker.link_repeated_names()
    linker.merge_name_variants()
    linker.merge_legal_form_variants()
    linker.extend_hyphenated_given_names()
    linker.link_demonyms()
    linker.retype_models()
    linker.retype_developed_things()
    linker.retype_held_contests()
    linker.retype_consortium_members()
    linker.link_listed_products()
    linker.link_possessed_model_codes()
    linker.retype_companies()
    linker.retype_hired_people()
    linker.retype_listed_people()
    linker.retype_named_laws()
    linker.retype_named_initiatives()
    linker.merge_name_orders()
    linker.merge_short_given_names()
    linker.link_held_gatherings()  # before the descriptions: "The meeting was co-chaired by …" needs the gathering
    linker.merge_state_pair_variants()
    linker.retype_gathering_places()
    linker.link_definite_descriptions()
    linker.link_gatherings_by_place()
    linker.link_possessive_businesses()
    linker.link_first_word_short_forms()
    linker.link_capitalised_head_words()
    linker.link_portfolio_words()
    linker.merge_renamed()
    linker.drop_honours_and_works()
    linker.drop_common_words_and_topic_lists()
    linker.merge_acronym_forms()
    used = {m.entity_id for m in linker.out.mentions + linker.out.nested}
    linker.out.entities = {k: v for k, v in linker.out.entities.items() if k in used}
    return linker.out
