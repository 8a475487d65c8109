"""Drop company names NER guessed from capitalised everyday phrases.

Headlines, report titles and slogans are written in title case ("The Golden
Age of AI", "Spending Review", "Press Release"), and the statistical NER often
calls such a run an organisation, which linking types as a firm by default. A
real company name usually either carries a company head word ("… Technologies",
"… Capital", "… AI"), is known to the knowledge base, holds a word that is not
everyday English ("Anthropic", "Nscale"), or takes part in a claim. A phrase
that has none of these is dropped after relation extraction, so the decision
can look at the claims. Single words are kept: "Bell", "Time" and "Forbes" are
names as often as not.
"""

from __future__ import annotations

import re

from graphkit.ingest.lexicon import COMMON_WORDS, FIRM_HEADS

from graphkit.kb import KnowledgeBase
from graphkit.model import Entity, Relation

_ACRONYM = re.compile(r"[A-Z]{2,5}")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Small words no company name holds in the middle of a headline phrase ("Golden Age of AI", "Winning the AI").
_FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "to", "in", "on", "a", "an"})


def is_common_phrase(name: str) -> bool:
    """Whether a name is two or more everyday English words with no company head word at its end (a head word
    after a small word does not count: "Golden Age of AI" is a phrase, "Scale AI" a company)."""
    words = [w.lower() for w in _WORD.findall(name)]
    if len(words) < 2 or not all(w in COMMON_WORDS for w in words):
        return False
    return words[-1] not in FIRM_HEADS or bool(set(words) & _FUNCTION_WORDS)


def drop_common_phrases(entities: list[Entity], claims: list[Relation], kb: KnowledgeBase) -> list[Entity]:
    """The entities without unknown firms whose names are common phrases and that no claim uses (pure)."""
    used = {c.subject for c in claims} | {c.object for c in claims}
    return [e for e in entities if not (e.type == "Firm" and e.id not in kb.by_id and e.id not in used
                                        and (is_common_phrase(e.name) or is_bare_acronym(e)))]


def is_bare_acronym(entity: Entity) -> bool:
    """Whether a firm is only a short run of capitals the text never spells out ("LNG", "STS", "HPC"): NER takes
    acronyms of technologies and programmes for companies; a company named only so, with no claim, is not kept."""
    return bool(_ACRONYM.fullmatch(entity.name)) and not entity.aliases
