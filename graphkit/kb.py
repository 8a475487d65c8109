"""The curated knowledge base of AI-geopolitics entities.

Shipped as ``data/kb.jsonl`` (one entity per line) and validated on load. Each
entry has a canonical name, one schema type, aliases (surface forms: short
names, acronyms, former names), optional ``demonyms`` ("British") and
``metonyms`` ("Whitehall", "Beijing") that stand for a government as an actor,
``titles`` ("Secretary of Commerce") whose holder LEADS it, ``shared_titles``
("Secretary of State") that other states' offices use too, so the holder
LEADS it only in an article that names the body, a Wikidata QID
where known, a country where it applies, and background ``facts`` — an agency
PART_OF its government, a firm BASED_IN its country, a person LEADS a body.

Background facts are world knowledge, not article claims: the store loads them
with ``source: 'kb'`` and the extraction output never contains them.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from graphkit.errors import SchemaError
from graphkit.model import EntityType, entity_id
from graphkit.schema import SCHEMA


class KBFact(BaseModel):
    """A background fact from the knowledge base: this entity → ``type`` → ``object``."""

    model_config = ConfigDict(frozen=True)

    type: str
    object: str
    since: str | None = None
    until: str | None = None

    @field_validator("type")
    @classmethod
    def _known(cls, value: str) -> str:
        return SCHEMA.check_relation(value)


class KBEntry(BaseModel):
    """One known entity."""

    model_config = ConfigDict(frozen=True)

    id: str = ""
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    shared_titles: tuple[str, ...] = ()
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    country: str | None = None
    facts: tuple[KBFact, ...] = ()

    @model_validator(mode="after")
    def _default_id(self) -> KBEntry:
        if not self.id:
            object.__setattr__(self, "id", entity_id(self.type, self.name))
        return self

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """Every string that names this entity in text (name, aliases, metonyms)."""
        return (self.name, *self.aliases, *self.metonyms)


def _capitalised_acronym(form: str) -> str | None:
    """The all-capitals spelling of a mixed-case acronym ("DoD" → "DOD"), or None.

    House styles differ: DoD News writes "DoD", the Pentagon's own stories often
    "DOD", and the same holds for "DoE"/"DOE" and "DfT"/"DFT". An acronym here is
    one short word that starts and ends with a capital and has a lower-case
    letter between ("DoD", "MeitY"; not "McGill" or "LeCun"); the capitalised
    spelling is only added where no other entry already owns it.
    """
    if " " in form or not 3 <= len(form) <= 6 or not form.isalpha():
        return None
    capitals = sum(c.isupper() for c in form)
    if capitals < 2 or form.isupper() or not (form[0].isupper() and form[-1].isupper()):
        return None
    return form.upper()


class KnowledgeBase:
    """Validated entries with lookups by id and by surface form."""

    def __init__(self, entries: list[KBEntry]) -> None:
        self.entries = entries
        self.by_id: dict[str, KBEntry] = {}
        for entry in entries:
            if entry.id in self.by_id:
                raise SchemaError(f"knowledge base: id {entry.id!r} appears twice; give one entry a distinct name or id")
            self.by_id[entry.id] = entry
        self.by_form: dict[str, list[str]] = defaultdict(list)
        self.by_demonym: dict[str, str] = {}
        self.by_title: dict[str, str] = {}
        self.by_shared_title: dict[str, list[str]] = defaultdict(list)
        for entry in entries:
            for form in entry.surface_forms:
                if entry.id not in self.by_form[form]:
                    self.by_form[form].append(entry.id)
            for dem in entry.demonyms:
                self.by_demonym.setdefault(dem, entry.id)
            for title in entry.titles:
                self.by_title.setdefault(title.lower(), entry.id)
            for title in entry.shared_titles:
                self.by_shared_title[title.lower()].append(entry.id)
        for title, body in list(self.by_title.items()):
            # "Minister for Science and ICT" is the "Minister of Science and ICT": the preposition after a minister's
            # or secretary's title varies with the writer (a listed spelling keeps its own body)
            words = title.split()
            if len(words) > 2 and words[0] in {"minister", "secretary"} and words[1] in {"of", "for"}:
                self.by_title.setdefault(" ".join([words[0], "for" if words[1] == "of" else "of", *words[2:]]), body)
        for entry in entries:  # after every written form, so that a capitalised spelling never takes another's
            for form in entry.aliases:
                shout = _capitalised_acronym(form)
                if shout and shout not in self.by_form:
                    self.by_form[shout].append(entry.id)
        self.by_title_tokens: dict[tuple[str, ...], str] = {}
        for title, body in self.by_title.items():
            if len(title.split()) < 2:
                continue
            self.by_title_tokens[tuple(title.replace(",", " ,").split())] = body
            # "Ambassador-at-Large for …": the tokenizer splits a hyphenated title word it has no special case for
            self.by_title_tokens.setdefault(tuple(re.sub(r"(?<=\w)-(?=\w)", " - ", title).replace(",", " ,").split()), body)
        self.max_title_tokens = max((len(k) for k in self.by_title_tokens), default=0)
        self.title_first_words = frozenset(k[0] for k in self.by_title_tokens)
        for entry in entries:
            for fact in entry.facts:
                target = self.by_id.get(fact.object)
                if target is None:
                    raise SchemaError(
                        f"knowledge base: {entry.id} has a {fact.type} fact about unknown id {fact.object!r}; add that entity or fix the id"
                    )
                if not SCHEMA.allows(fact.type, entry.type, target.type):
                    raise SchemaError(
                        f"knowledge base: {entry.id} {fact.type} {fact.object} breaks the schema ({entry.type} → {target.type})"
                    )

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, kb_id: str) -> KBEntry | None:
        return self.by_id.get(kb_id)

    def lookup(self, form: str) -> list[KBEntry]:
        """Entries a surface form names (exact, case-sensitive)."""
        return [self.by_id[i] for i in self.by_form.get(form, [])]

    def state_of(self, entry: KBEntry) -> str | None:
        """The id of the state an entry belongs to: itself for a state, else the state its ``country`` names."""
        if entry.type == "Government":
            return entry.id
        return next((e.id for e in self.lookup(entry.country or "") if e.type == "Government"), None)

    def led_by(self, kb_id: str) -> list[KBEntry]:
        """The known bodies and states a known person leads (their LEADS facts), for reading "the Biden
        Administration" as a state or "we" in a leader's statement as their body."""
        entry = self.by_id.get(kb_id)
        return [b for f in entry.facts if f.type == "LEADS" and (b := self.by_id.get(f.object)) is not None] if entry else []

    def facts(self) -> list[dict[str, str | None]]:
        """Background facts as rows for the store."""
        return [
            {"subject": e.id, "type": f.type, "object": f.object, "since": f.since, "until": f.until}
            for e in self.entries
            for f in e.facts
        ]


def parse_kb_lines(lines: list[str], *, source: str) -> KnowledgeBase:
    """Validate JSON Lines into a knowledge base; errors name the file and line."""
    entries = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            entries.append(KBEntry.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise SchemaError(f"{source} line {number}: not a valid knowledge-base entry: {exc}") from exc
    return KnowledgeBase(entries)


def load_kb(path: Path | None = None) -> KnowledgeBase:
    """The packaged knowledge base, or one from ``path`` (same format)."""
    if path is None:
        return _packaged_kb()
    return parse_kb_lines(path.read_text(encoding="utf-8").splitlines(), source=str(path))


@lru_cache(maxsize=1)
def _packaged_kb() -> KnowledgeBase:
    text = resources.files("graphkit.data").joinpath("kb.jsonl").read_text(encoding="utf-8")
    return parse_kb_lines(text.splitlines(), source="graphkit/data/kb.jsonl")
