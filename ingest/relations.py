"""Typed relations from dependency structure, checked against the schema.

Each rule is stated in general linguistic terms and pinned by a unit test on a
sentence written for the test:

* **verbal triggers** — a verb whose lemma signals a relation, its subject
  (``nsubj``; the ``by``-agent in the passive; inherited from a controlling
  verb, a modified noun, or a coordinated verb) and its object (``dobj``,
  passive subject, or the ``pobj`` of the preposition the verb takes);
* **restriction nouns** — "lift the ban on X", "impose export controls on X";
* **possessives and appositions** — "Anthropic's Claude", "Claude 4,
  Anthropic's model", "Britain's AI Security Institute", "the government's plan";
* **titles** — "Secretary of Commerce Gina Raimondo", "Nvidia CEO Jensen
  Huang", "the UK government, under Prime Minister Keir Starmer", "the Biden
  administration";
* **place of business** — "San Francisco-based", "based in", "British firms
  such as DeepMind";
* **staff nouns** — "former employees of OpenAI, including Jan Leike";
* **funding and partnership nouns** — "an investment from FTX", "a partnership
  with Anthropic".

Negated, modal and hedged statements ("did not", "may", "plans to") yield no
claim. Every candidate is dropped unless the schema allows its subject and
object types. Confidence reflects how direct the evidence is.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from graphkit.ingest.affiliations import DEGREES, affiliation_lines, field_text
from graphkit.ingest.grammar import clause_subjects, conjoined, doc_text, line_ranges, prep_objects, sentence_distance
from graphkit.ingest.layout import BULLETS, COMPOSED_WORDS, PAIRED_NOUNS, LayoutRules
from graphkit.ingest.lexicon import (
    COLLECTIVE_NOUNS,
    EVENT_HEAD_NOUNS,
    FIRM_NOUNS,
    HIRING_VERBS,
    LAW_HEADS,
    LIST_CLASS_NOUNS,
    POST_NOMINALS,
    PROGRAMME_NOUNS,
    RANK_WORDS,
    SPEECH_NOUNS,
    STAFF_NOUNS,
)
from graphkit.ingest.linking import (
    SCHOOL_HEADS,
    LinkedMention,
    Linking,
    state_named,
    state_qualifier,
    town_after_school,
)
from graphkit.ingest.quotes import quotation_at, quotations, speaker_of
from graphkit.ingest.titles import LEADER_LAST_WORDS, TitleRules, field_offices, heads_government, office_kind
from spacy.tokens import Doc, Span, Token

from graphkit.kb import KnowledgeBase
from graphkit.model import Relation
from graphkit.schema import SCHEMA

EXTRACTOR = "graphkit-rules/1"

# verb lemma → candidate relation types, tried in order until the schema accepts the entity types
VERB_TRIGGERS: dict[str, tuple[str, ...]] = {}


def _triggers(types: tuple[str, ...], *lemmas: str) -> None:
    for lemma in lemmas:
        VERB_TRIGGERS[lemma] = VERB_TRIGGERS.get(lemma, ()) + types


_triggers(("DEVELOPS",), "develop", "build", "release", "launch", "unveil", "create", "train", "debut", "design",
          "ship", "introduce", "roll", "open-source", "publish", "preview", "announce", "make", "produce", "manufacture")
_triggers(("ENACTS",), "enact", "adopt", "pass", "impose", "introduce", "announce", "unveil", "publish", "issue", "develop",
          "approve", "implement", "launch", "finalise", "finalize", "release", "sign", "roll", "set", "establish",
          "create", "put", "unveil", "outline", "legislate", "decree", "promulgate", "amend")
_triggers(("REVOKES",), "rescind", "revoke", "repeal", "scrap", "withdraw", "overturn", "cancel", "abolish",
          "reverse", "kill", "axe", "ditch", "rollback", "lift", "end", "terminate", "nullify", "undo")
_triggers(("RESTRICTS",), "ban", "restrict", "blacklist", "sanction", "curb", "block", "bar", "prohibit", "limit",
          "target", "penalise", "penalize", "embargo", "throttle", "blacklist", "constrain")
_triggers(("REGULATES",), "regulate", "investigate", "fine", "oversee", "probe", "scrutinise", "scrutinize",
          "sue", "audit", "govern", "police", "supervise", "examine", "charge", "penalise", "cover", "apply", "summon")
_triggers(("INVESTS_IN",), "invest", "fund", "back", "finance", "bankroll", "inject", "pour", "commit", "pump", "award")
_triggers(("PARTNERS_WITH",), "partner", "collaborate", "cooperate", "team", "ally", "work", "join")
# "The initiative is coordinated by the State Department" runs it; "will coordinate closely with the Commission" partners
_triggers(("ENACTS", "PARTNERS_WITH"), "coordinate")
_triggers(("COMPETES_WITH",), "compete", "rival", "race", "challenge")
_triggers(("ACQUIRES",), "acquire", "buy", "purchase", "take", "absorb")
_triggers(("SUPPLIES",), "supply", "sell", "export", "provide", "ship", "deliver", "license")
_triggers(("SUPPORTS",), "support", "back", "endorse", "welcome", "praise", "champion", "embrace", "applaud", "hail")
_triggers(("OPPOSES",), "oppose", "criticise", "criticize", "condemn", "protest", "object", "reject", "veto", "denounce",
          "slam", "attack", "decry", "lambast", "resist", "fight")
_triggers(("PARTICIPATES_IN", "MEMBER_OF"), "attend", "participate", "join", "sign")
_triggers(("PARTICIPATES_IN",), "endorse")  # endorsing a declaration is signing up to it; endorsing a body is no membership
_triggers(("HOSTS",), "host", "convene", "organise", "organize", "hold", "stage")
_triggers(("FOUNDED",), "found", "co-found", "cofound", "establish", "start", "launch", "create", "spin", "set", "form")
_triggers(("LEADS",), "lead", "head", "run", "chair", "helm")
_triggers(("ALLIED_WITH",), "ally")
_triggers(("PARTICIPATES_IN",), "chair", "address", "open", "inaugurate", "attend", "close", "agree", "conclude", "ratify")
# joining a firm is employment, joining a bloc is membership, joining a summit or pact is participation
VERB_TRIGGERS["join"] = ("WORKS_FOR", "MEMBER_OF", "PARTICIPATES_IN", "PARTNERS_WITH")

# prepositions that carry a verb's object ("invest in X", "partner with X", "sell to X")
OBJECT_PREPS = {
    "INVESTS_IN": {"in", "into"}, "PARTNERS_WITH": {"with", "alongside"}, "COMPETES_WITH": {"with", "against"},
    "SUPPLIES": {"to"}, "PARTICIPATES_IN": {"in", "at", "to", "during"}, "MEMBER_OF": {"in"}, "OPPOSES": {"to", "against"},
    "RESTRICTS": {"on", "against"}, "REGULATES": {"to"}, "ALLIED_WITH": {"with"}, "LEADS": set(),
}
# verbs whose grammatical object is the subject of the relation: "hire X" → X WORKS_FOR subject
INTRANSITIVE_VERBS = {"partner", "collaborate", "cooperate", "compete", "team", "invest", "participate", "race"}
INCLUDE_VERBS = {"include", "comprise", "contain", "encompass", "incorporate", "feature"}
LIFT_VERBS = {"lift", "rescind", "ease", "relax", "remove", "drop", "scrap", "loosen", "end", "revoke", "repeal",
              "waive", "suspend", "reverse", "withdraw", "roll", "overturn", "cancel"}
IMPOSE_VERBS = {"impose", "tighten", "expand", "introduce", "announce", "issue", "place", "extend", "strengthen",
                "update", "put", "adopt", "enforce", "implement", "apply", "slap", "unveil", "release", "add",
                "toughen", "broaden", "maintain", "keep"}
RESTRICTION_NOUNS = {"ban", "restriction", "control", "curb", "sanction", "limit", "embargo", "blacklist",
                     "prohibition", "barrier", "tariff", "block", "blockade", "crackdown"}
LISTING_VERBS = {"add", "place", "put", "designate", "list", "blacklist", "include", "move"}
# What a ministry approves for a company ("approved SUMCO's plan", "approves the production plan … by Micron").
_APPROVED_PLAN_NOUNS = frozenset({"plan", "project", "proposal", "application"})
ALLOW_VERBS = {"allow", "permit", "approve", "authorise", "authorize", "clear", "greenlight", "license", "resume"}
TRADE_NOUNS = {"export", "exports", "sale", "sales", "shipment", "shipments", "supply", "supplies", "use", "access"}
FUNDING_NOUNS = {"investment", "funding", "backing", "stake", "capital", "financing", "injection", "grant", "round",
                 "award", "subsidy", "subsidies", "loan", "incentive", "incentives", "aid"}
RECEIVE_VERBS = {"receive", "raise", "secure", "attract", "get", "land", "win", "close"}
# Verbs of buying goods: "ordered H20 chips from Nvidia" makes Nvidia the supplier.
_BUY_VERBS = frozenset({"buy", "order", "purchase", "source", "import", "procure", "obtain"})
# Nouns for a group of backers or members that a relative clause may list ("a coalition that includes A and B").
_GROUP_NOUNS = frozenset({"coalition", "consortium", "group", "alliance", "syndicate", "network"})
# The entity types that act as parties (states, agencies, firms, organisations), as against people and things.
_BODY_KINDS = frozenset({"Government", "Agency", "Firm", "Organization"})
# Bare kinds a body calls itself by ("The Government has …", "The Department will …").
_SELF_KIND_NOUNS = frozenset({"government", "department", "ministry", "administration"})
# Last words of the name of a body's team or unit ("the DARPA Verification Team").
_UNIT_NAME_HEADS = frozenset({"team", "unit", "division", "cell", "taskforce"})
GIVE_VERBS = {"provide", "give", "grant", "award", "extend", "offer", "commit", "pledge", "approve", "allocate", "earmark",
              "contribute"}
# Nouns for belonging to a body, which may name the body before them ("its OECD membership").
_MEMBERSHIP_NOUNS = frozenset({"membership", "accession"})
# Verbs of making something that a co-maker joins with 'with' ("build the first site with Oracle").
_JOINT_MAKING_VERBS = frozenset({"build", "develop", "co-develop", "construct", "design", "deploy", "create", "establish",
                                 "launch", "produce", "manufacture", "open", "operate", "run"})
# Nouns for trade a restriction stops ("ban exports of X to Y").
_TRADE_NOUNS = frozenset({"export", "sale", "shipment", "supply", "transfer"})
# Words for an amount of money standing alone ("invested billions in X").
_AMOUNT_WORDS = frozenset({"billions", "millions", "trillions", "billion", "million"})
# Verbs that stop the action of a 'from' clause ("barred X from selling …").
_PREVENT_VERBS = frozenset({"bar", "ban", "prevent", "prohibit", "block", "stop", "restrict", "forbid", "exclude", "preclude"})
# Nouns that make two companies or states competitors ("Tencent, a rival of Alibaba"), and their surface forms.
_RIVAL_NOUNS = frozenset({"rival", "competitor", "challenger"})
# Nouns for a mutual tie between two parties, and the relation each makes ("Japan, a close ally of the US").
_MUTUAL_NOUNS = {**{n: ("COMPETES_WITH",) for n in _RIVAL_NOUNS}, "ally": ("ALLIED_WITH", "PARTNERS_WITH")}
_RIVAL_WORDS = frozenset({"rival", "rivals", "competitor", "competitors", "challenger", "challengers", "ally", "allies"})
# Nouns for the backing a clause says it had ("with the support of X").
_BACKING_NOUNS = frozenset({"support", "backing"})
# Verbs that make a pact between their coordinated subjects: "X and Y announced a partnership".
PACT_VERBS = {"announce", "form", "sign", "strike", "forge", "agree", "launch", "deepen", "expand", "enter", "seal", "create",
              "reach", "conclude", "ink"}
# Verbs that state a tie between coordinated subjects: "X and Y reaffirm their … bilateral relationship".
TIE_VERBS = {"reaffirm", "affirm", "strengthen", "deepen", "renew", "share", "maintain", "enjoy", "build", "expand",
             "celebrate", "elevate", "upgrade", "launch", "establish", "have", "welcome"}
PARTNERSHIP_NOUNS = {"partnership", "collaboration", "alliance", "deal", "agreement", "tie-up", "pact", "venture", "cooperation",
                     "memorandum", "mou", "accord", "arrangement", "treaty", "coordination", "consultation"}
SUPPLIER_ROLES = {"provider", "supplier", "vendor"}
HEDGE_AUX = {"may", "might", "could", "should", "can", "must"}
HEDGE_GOVERNORS = {"plan", "intend", "consider", "seek", "aim", "want", "hope", "desire", "threaten", "propose", "expect", "offer",
                   "mull", "weigh", "try", "attempt", "wish", "prepare", "urge", "ask", "call", "refuse", "fail",
                   "decline", "promise", "pledge", "vow", "deny", "reportedly", "likely",
                   # pressing or permitting someone to act says nothing of whether they did ("pressed the Netherlands to
                   # restrict sales", "licenses allowing Intel to supply Huawei")
                   "press", "push", "pressure", "encourage", "allow", "permit", "authorize", "authorise", "let",
                   # an action stopped is no longer done ("would stop selling its services to …")
                   "stop", "cease", "halt", "quit"}
CLIMB_DEPS = {"conj", "xcomp", "advcl", "pcomp", "ccomp", "acl", "pobj", "prep", "dobj", "agent"}
PRONOUNS = {"it", "its", "they", "them", "their", "he", "his", "she", "her"}
_TRADEMARKS = frozenset({"™", "®"})
# Adjectives of a press release's pleasure: 'is proud to partner with X' states the partnership.
_GLAD_ADJECTIVES = frozenset({"proud", "pleased", "delighted", "excited", "honored", "honoured", "thrilled", "happy", "glad"})
# Offices whose holders sign agreements for their government ("Minister X signed an MOU with Y").
_GOVERNMENT_OFFICES = frozenset({"minister", "secretary", "ambassador", "commissioner"})
_LEADER_OFFICES = frozenset({"president", "prime", "premier", "chancellor"})
# First person plural: in a quotation, the body the speaker talks for.
_FIRST_PLURAL = frozenset({"we", "us", "our"})
# Capitalised verbs by which a headline announces a policy ("… and General Secretary Trong Announce the …").
_HEADLINE_LAUNCH_WORDS = frozenset({"announce", "announces", "launch", "launches", "unveil", "unveils"})
# Participles after a law's name on a line that opens with a state: "U.S. - Executive Order … enacted in October 2023".
_ENACTED_WORDS = frozenset({"enacted", "adopted", "passed", "issued", "signed", "introduced", "approved", "promulgated"})
_LINE_DASHES = frozenset({"-", "–", "—", ":"})
# What a party joins others as, to a pact: "joining 11 other countries … as an early signatory to the convention".
_SIGNATORY_NOUNS = frozenset({"signatory", "signatories", "party", "parties"})
# First words of a parent body written after a unit and a comma ("…Division (DIBD), Ministry of Electronics and IT").
_PARENT_BODY_WORDS = frozenset({"ministry", "department", "government", "office", "agency", "commission"})
# Participles that place a gathering: "the summit, held in Seoul".
_HELD_PARTICIPLES = frozenset({"hold", "host", "stage", "organise", "organize"})
NP_DEPS = {"compound", "appos", "amod", "nmod", "poss", "npadvmod", "nummod", "det", "quantmod", "attr"}
LIST_PREPS = {"including", "as", "like", "among"}  # "such as", "including", "like"


# nouns that name an action: who did it comes as a possessive, a compound or "by X"; to whom, after a preposition
NOMINAL_TRIGGERS: dict[str, tuple[tuple[str, ...], set[str]]] = {
    "acquisition": (("ACQUIRES",), {"of"}), "takeover": (("ACQUIRES",), {"of"}), "purchase": (("ACQUIRES",), {"of"}),
    "investment": (("INVESTS_IN",), {"in", "into"}), "stake": (("INVESTS_IN",), {"in"}),
    "ban": (("RESTRICTS",), {"on", "against"}), "sanction": (("RESTRICTS",), {"on", "against"}),
    "restriction": (("RESTRICTS",), {"on", "against"}), "curb": (("RESTRICTS",), {"on"}),
    "control": (("RESTRICTS",), {"on"}), "blacklisting": (("RESTRICTS",), {"of"}),
    "crackdown": (("RESTRICTS",), {"on"}), "embargo": (("RESTRICTS",), {"on", "against"}),
    "partnership": (("PARTNERS_WITH",), {"with"}), "alliance": (("PARTNERS_WITH", "ALLIED_WITH"), {"with"}),
    "collaboration": (("PARTNERS_WITH",), {"with"}), "deal": (("PARTNERS_WITH",), {"with"}),
    "support": (("SUPPORTS",), {"for"}), "backing": (("SUPPORTS", "INVESTS_IN"), {"for", "of"}),
    "opposition": (("OPPOSES",), {"to"}), "criticism": (("OPPOSES",), {"of"}),
    "accession": (("MEMBER_OF", "PARTICIPATES_IN"), {"to"}), "membership": (("MEMBER_OF",), {"of", "in"}),
    "regulation": (("REGULATES",), {"of"}), "investigation": (("REGULATES",), {"into", "of"}),
    "probe": (("REGULATES",), {"into", "of"}), "inquiry": (("REGULATES",), {"into"}), "lawsuit": (("REGULATES",), {"against"}),
    "proceeding": (("REGULATES",), {"against"}), "case": (("REGULATES",), {"against"}),
    "release": (("DEVELOPS",), {"of"}), "launch": (("DEVELOPS", "ENACTS"), {"of"}), "development": (("DEVELOPS",), {"of"}),
    "repeal": (("REVOKES",), {"of"}), "rescission": (("REVOKES",), {"of"}), "revocation": (("REVOKES",), {"of"}),
    "adoption": (("ENACTS",), {"of"}), "introduction": (("ENACTS",), {"of"}),
    "participation": (("PARTICIPATES_IN",), {"in"}), "attendance": (("PARTICIPATES_IN",), {"at"}),
}
UNDOING_GOVERNORS = {"lift", "rescind", "ease", "relax", "remove", "drop", "scrap", "loosen", "end", "revoke", "repeal",
                     "waive", "suspend", "reverse", "withdraw", "overturn", "cancel", "consider", "propose", "debate",
                     "discuss", "avoid", "prevent", "delay", "deny"}
# Heads of a body the text may leave unnamed ("the President of the Commission announced …").
# "The meeting was co-chaired by …": the chairs of a gathering take part in it.
# Words that say a thing is not yet done: "DOE's proposed initiative", "the planned summit".
_NOT_YET_WORDS = frozenset({"proposed", "planned", "draft", "prospective", "potential", "possible", "future"})
_CHAIRED_WORDS = frozenset({"chaired", "co-chaired", "cochaired"})
# Verbs that make something: "established X, with support from Y" — Y supports X.
_CREATION_VERBS = frozenset({"establish", "launch", "create", "found", "form", "build", "develop", "set", "open", "sign"})


def _supporting_role(verb: Token) -> Token | None:
    """The 'role' noun when ``verb`` is the doing a supporting role is played in ("a supporting role in establishing")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "in":
        return None
    role = prep.head
    return role if role.lemma_.lower() == "role" and any(
        c.dep_ in {"amod", "compound"} and c.lemma_.lower() in {"support", "supporting"} for c in role.children) else None


_UNNAMED_HEAD_TITLES = frozenset({"president", "chair", "chairman", "chairwoman", "chairperson", "head", "director",
                                  "commissioner", "secretary", "minister"})
LIGHT_VERBS = {"announce", "impose", "launch", "unveil", "approve", "complete", "make", "sign", "strike", "open",
               "begin", "start", "finalise", "finalize", "agree", "seal", "confirm", "file", "extend", "expand", "tighten",
               "initiate", "issue", "publish", "formalise", "formalize", "mobilise", "mobilize", "pledge"}
# "the driving force behind X", "put his weight behind X", "rallied behind X": backing X.
_BACKING_BEHIND_NOUNS = frozenset({"force", "weight", "back", "support", "muscle", "momentum"})
_PUTTING_VERBS = frozenset({"put", "throw", "place"})
_RALLYING_VERBS = frozenset({"rally", "stand", "unite", "line"})
# Nouns for a part of an economy: backing "the UK's tech and science sector" is not backing the state.
_SECTOR_NOUNS = frozenset({"sector", "industry", "economy", "ecosystem", "base", "community", "market"})
STRUCTURE_NOUNS = {"subsidiary", "unit", "division", "arm", "affiliate", "branch", "department", "agency", "office",
                   "part", "member", "wing", "bureau", "shareholder", "stakeholder", "investor", "backer", "commission"}
# Owners of a stake: "X is a shareholder of Y" is an investment, not a part.
_HOLDER_NOUNS = frozenset({"shareholder", "stakeholder", "investor", "backer"})


@dataclass(frozen=True)
class Candidate:
    subject: str
    type: str
    object: str
    sentence: Span
    confidence: float


class _Relator(TitleRules, LayoutRules):
    def __init__(self, doc: Doc, linking: Linking, kb: KnowledgeBase) -> None:
        self.doc = doc
        self.linking = linking
        self.kb = kb
        self.tokens = self._with_post_nominals(linking.token_map())
        self.ordered = sorted(linking.mentions, key=lambda m: m.start)
        self.dominant = self._dominant_government()
        self.sent_starts = [s.start for s in doc.sents]
        self._quotes: list | None = None  # read lazily: only a first-person plural inside a quotation needs them
        self._speaker: str | None | bool = False  # the heading's speaker, found on first use ("I", "my")
        self._release_state: str | None | bool = False  # the issuing body's state, found on first use
        self._funding: dict[int, bool] = {}  # sentence start → whether it names funding or money
        self._questions: dict[int, bool] = {}  # sentence start → whether it asks (Span.text per verb added up)
        self._governments_found: dict[str, str | None] = {}  # a titled person → the government first found for them

    # -- entity lookup -------------------------------------------------------
    def _with_post_nominals(self, tokens: dict[int, LinkedMention]) -> dict[int, LinkedMention]:
        """Letters after a person's name stand for the person: the parser often makes the last of them the head of
        the name ("Peter Burke TD, and … Dara Calleary TD, today launched": the clause reaches "TD", not "Burke")."""
        for m in (m for m in self.linking.mentions if self.linking.type_of(m.entity_id) == "Person"):
            k = m.end
            while k < len(self.doc) and k not in tokens and self.doc[k].text in POST_NOMINALS:
                tokens[k] = m
                k += 1
        return tokens

    def _dominant_government(self) -> str | None:
        counts: dict[str, int] = {}
        for m in self.linking.mentions:
            if self.linking.type_of(m.entity_id) == "Government":
                counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def most_named_before(self, i: int, types: set[str]) -> tuple[str, int] | None:
        """The entity of one of ``types`` named most often before token ``i``, and how often: what the text is
        about so far."""
        counts = Counter(mm.entity_id for mm in self.ordered if mm.start < i and self.type_of(mm.entity_id) in types)
        return counts.most_common(1)[0] if counts else None

    def mention_at(self, token: Token) -> LinkedMention | None:
        return self.tokens.get(token.i)

    def clear_dominant(self) -> str | None:
        """The government an article is about, when one is named at least twice as often as any other (or, in a tie,
        when the release's issuing body belongs to one of the leaders)."""
        counts = Counter(m.entity_id for m in self.linking.mentions if self.linking.type_of(m.entity_id) == "Government")
        ranked = counts.most_common(2)
        if not ranked:
            return None
        if len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
            leading = {eid for eid, n in counts.items() if n == ranked[0][1]}
            issuer = self.release_state()
            return issuer if issuer in leading else None
        return ranked[0][0]

    def release_state(self) -> str | None:
        """The state of a release's issuing body, named in its first line ("OTTAWA, ON, Nov. 11, 2021 /CNW/ -
        Innovation, Science and Economic Development Canada"), when the article names that state: whose government
        the release speaks for."""
        if self._release_state is not False:
            return self._release_state
        self._release_state = None
        for m in self.ordered:
            if m.start >= min(self.first_line_end, 40):
                break
            entry = self.kb.get(m.entity_id) if self.type_of(m.entity_id) == "Agency" else None
            state = self.kb.state_of(entry) if entry is not None else None
            if state is not None and state in self.linking.entities:
                self._release_state = state
                break
        if self._release_state is None:
            self._release_state = self._dateline_state()
        return self._release_state

    @functools.cached_property
    def first_line_end(self) -> int:
        """The index of the first token that ends a line (the document's length when there is one line)."""
        return next((t.i for t in self.doc if "\n" in t.text or "\n" in t.whitespace_), len(self.doc))

    def headline_government(self) -> str | None:
        """'The Albanese Government is making AI in Australia safer …': the government a release's opening lines name
        as its author ("<Leader> Government", "<Leader> Administration") is the 'we' of its own (unquoted) text."""
        lines = [t.i for t in self.doc[:80] if "\n" in t.text or "\n" in t.whitespace_]
        opening = lines[2] if len(lines) > 2 else min(len(self.doc), 80)
        leader = next((m for m in self.ordered if m.end < opening and self.type_of(m.entity_id) == "Person"
                       and self.doc[m.end].text in {"Government", "Administration"}), None)
        return self.government_of(leader) if leader is not None else None

    def state_dash_law(self, token: Token) -> Iterator[Candidate]:
        """'*U.S. - Executive Order on … enacted in October 2023.' / 'EU - Artificial Intelligence Act enacted in June
        2024': a line that opens with a state, a dash and a law enacted says the state enacted it (footnotes listing
        other countries' laws read so; the parser hangs the participle on some word inside the law's name)."""
        law = self.mention_at(self.doc[token.i - 1]) if token.i > 2 else None
        if token.tag_ != "VBN" or law is None or law.end != token.i or self.type_of(law.entity_id) != "Policy" \
                or law.start < 2 or self.doc[law.start - 1].text not in _LINE_DASHES:
            return
        state = self.mention_at(self.doc[law.start - 2])
        if state is None or state.end != law.start - 1 or self.type_of(state.entity_id) != "Government":
            return
        starts = [a for a, _ in line_ranges(self.doc)]
        line_start = starts[bisect.bisect_right(starts, state.start) - 1]
        if all(t.text in BULLETS for t in self.doc[line_start:state.start]):  # (the state opens its line)
            yield from self.emit([(state.entity_id, 0)], ("ENACTS",), [(law.entity_id, 0)], token.sent, 0.7)

    def headline_announcement(self, token: Token) -> Iterator[Candidate]:
        """'President Joseph R. Biden and General Secretary Nguyen Phu Trong Announce the U.S.-Vietnam Comprehensive
        Strategic Partnership': in a title-case first line (which the parser cannot read) the people, states and
        bodies named before the capitalised verb announce the policy named right after it."""
        doc = self.doc
        if token.i >= min(self.first_line_end, 40) or not token.is_title or token.i + 1 >= len(doc):
            return
        k = token.i + 1 + (self.doc[token.i + 1].lower_ in {"the", "a", "new"})
        policy = self.mention_at(doc[k]) if k < len(doc) else None
        if policy is None or policy.start != k or self.type_of(policy.entity_id) != "Policy":
            return
        opening = max((t.i + 1 for t in doc[:token.i] if t.text == ":"), default=0)  # ("FACT SHEET: …")
        actors = list(dict.fromkeys(m.entity_id for m in self.ordered if opening <= m.start and m.end <= token.i
                                    and self.type_of(m.entity_id) in {"Person", "Government", "Agency"}))
        yield from self.emit([(a, 0) for a in actors], ("ENACTS",), [(policy.entity_id, 0)], token.sent, 0.65)

    def _quoted(self, token: Token) -> bool:
        """Whether a token lies inside a quotation."""
        if self._quotes is None:
            self._quotes = quotations(self.doc)
        return quotation_at(self._quotes, token) is not None

    def _dateline_state(self) -> str | None:
        """'OTTAWA, ON, Jan. 31, 2024 /CNW/ -': a release datelined in the seat of a government the article names
        (the knowledge base's metonyms) speaks for it. Only the first three lines count, and only a dateline in
        capitals followed by a comma or a dash."""
        starts = [0] + [t.i + 1 for t in self.doc[:80] if "\n" in t.text or "\n" in t.whitespace_]
        for i in starts[:3]:
            if i + 1 >= len(self.doc) or not self.doc[i].is_upper or len(self.doc[i]) < 3 \
                    or self.doc[i + 1].text not in {",", "–", "—", "-"}:
                continue
            place = self.doc[i].text.title()
            states = {e.id for e in self.kb.lookup(place) if e.type == "Government" and place in e.metonyms}
            if len(states) == 1 and (state := states.pop()) in self.linking.entities:
                return state
        # "MONTRÉAL, Dec. 8, 2025 /CNW/ -": Canada Newswire carries Canadian releases, so a dateline it stamps speaks
        # for Canada when the article names Canada (the city need not be the capital)
        wire = any(t.text.strip("/") == "CNW" and t.text.startswith("/") for t in self.doc[:80])
        if wire and (canada := state_named("Canada", self.kb)) is not None and canada in self.linking.entities:
            return canada
        return None

    def type_of(self, eid: str) -> str:
        return self.linking.type_of(eid)

    def document_speaker(self) -> str | None:
        """The person a document's heading says is speaking: 'Press Conference by Prime Minister Kishida', 'Remarks
        by Secretary X', 'Keynote speech of President Y'. Only the first lines count; 'I' elsewhere is unknown."""
        if self._speaker is not False:
            return self._speaker
        self._speaker = None
        doc = self.doc
        limit = min(len(doc), 60)
        for i in range(limit - 1):
            if not {doc[i].lemma_.lower(), doc[i].lower_} & (SPEECH_NOUNS | {"conference", "interview", "briefing"}) \
                    or doc[i + 1].lower_ not in {"by", "of"}:
                continue
            person = next((m for m in self.ordered if i + 1 < m.start <= i + 6 and self.type_of(m.entity_id) == "Person"), None)
            if person is not None and all(t.text[:1].isupper() or t.text in {"-", "."} for t in doc[i + 2:person.start]):
                self._speaker = person.entity_id
                break
        return self._speaker

    def document_speaker_body(self) -> str | None:
        """The body the document's speaker heads, as the knowledge base has it ("Statement by President von der
        Leyen": the European Commission); a body before a state."""
        speaker = self.document_speaker()
        led = [b for b in self.kb.led_by(speaker) if b.id in self.linking.entities] if speaker is not None else []
        led.sort(key=lambda b: b.type == "Government")
        if not led and speaker is not None:
            # "Press Conference by Minister Nishimura … Press Conference Room, METI Main Building": a minister
            # speaking in their ministry's own building speaks for it
            return next((m.entity_id for m in self.ordered if m.start < 80 and self.type_of(m.entity_id) == "Agency"
                         and m.end < len(self.doc) and self.doc[m.end].text in {"Main", "Building", "Headquarters"}), None)
        return led[0].id if led else None

    def _gathering_places(self, prep: Token) -> list[tuple[str, int]]:
        """'at the … conference in Washington': the place an 'in' phrase on the word for the gathering gives."""
        return [e for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in EVENT_HEAD_NOUNS)
                for t in prep_objects(noun, {"in"}) for e in self.entities(t, allow_of=False)
                if self.type_of(e[0]) == "Location"]

    def _gathering_named(self, noun: Token) -> LinkedMention | None:
        """The event a name before a lower-case word for a gathering names ("the Arsenal of Freedom tour")."""
        if noun.lower_ not in EVENT_HEAD_NOUNS:
            return None
        return next((m for c in noun.children if c.dep_ in {"compound", "nmod"} and (m := self.mention_at(c)) is not None
                     and self.type_of(m.entity_id) == "Event"), None)

    def pronoun_antecedent(self, token: Token, types: Iterable[str] | None) -> str | None:
        """Nearest preceding entity within two sentences whose type fits (for 'it', 'its', 'they')."""
        wanted = set(types) if types else None
        if token.lower_ in _PERSONAL_PRONOUNS:
            if wanted is not None and "Person" not in wanted:
                return None  # "his DeepMind co-founder": 'his' is a person, never a school or a firm
            wanted = {"Person"}
        elif token.lower_ in {"it", "its", "itself"}:
            wanted = (wanted if wanted is not None else set(SCHEMA.labels)) - {"Person"}  # 'it' is never a person
        sent_starts = self.sent_starts
        here = max(i for i, s in enumerate(sent_starts) if s <= token.i)
        floor = sent_starts[max(0, here - 2)]
        fitting = [m for m in self.ordered if floor <= m.start < token.i
                   and (wanted is None or self.type_of(m.entity_id) in wanted)]
        if token.dep_ in {"pobj", "dobj", "dative"}:
            # "Amazon invested $4 billion in it": an object pronoun is not the clause's own subject
            verb = token.head if token.dep_ != "pobj" else token.head.head
            own = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
            fitting = [m for m in fitting if m.start not in own]
        if not fitting and (wanted == {"Person"} or types is not None and token.lower_ in {"it", "its"}):
            # "He is the founder of SoftBank … As an entrepreneur, he … His early investment in Alibaba": a chain of
            # 'he' carries the last person named further than two sentences back (a biography's subject)
            far = sent_starts[max(0, here - 8)]
            fitting = [m for m in self.ordered if far <= m.start < token.i and self.type_of(m.entity_id) in wanted]
            fitting = fitting[-1:]  # (and "it … it … it" the company named a few sentences before)
        if not fitting:
            return None
        # a subject pronoun ("… it awarded …") continues the topic: prefer the latest entity that was a subject
        if token.dep_ in {"nsubj", "nsubjpass"} and types is not None and token.lower_ in {"it", "they"}:
            # "The act includes … countering China. It also invests …": the topic is the act even where the act
            # cannot be the relation's subject; then no antecedent, rather than the nearest name that fits
            anyone = [m for m in self.ordered if floor <= m.start < token.i and self.type_of(m.entity_id) != "Person"
                      and (self.doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"} or self.doc[m.start].dep_ in {"nsubj", "nsubjpass"})]
            if anyone and self.type_of(anyone[-1].entity_id) not in wanted:
                return None
            if anyone and token.lower_ == "it" and self._coordinated(anyone[-1]):
                # "The EU and the US have held the fourth meeting … It was co-chaired by …": a singular 'it' after
                # two conjoined subjects is the thing they acted on, never one of them
                return None
        # "Its release of ChatGPT has been credited …": a possessive opening the clause's subject continues the topic too
        opens_subject = token.dep_ == "poss" and token.lower_ in {"its", "their"} and token.head.dep_ in {"nsubj", "nsubjpass"} \
            and token.i == token.head.left_edge.i
        if token.dep_ in {"nsubj", "nsubjpass"} or opens_subject:
            # ("• Excellence in AI and Robotics Unit that supports … It coordinates …": a list item's name, the root of
            # a verbless line, is its topic as a subject would be)
            subjects = [m for m in fitting if self.doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"}
                        or self.doc[m.start].dep_ in {"nsubj", "nsubjpass"}
                        or self._opens_item(m)]
            if subjects:
                return subjects[-1].entity_id
        if token.dep_ == "poss" and token.lower_ in {"its", "their"} and (owner := self._enclosing_possessor(token, fitting)):
            # "part of the Government's $124.1 million investment under its AI Action Plan": a possessive pronoun
            # inside a phrase another possessor owns is that possessor's, before the clause's subject
            return owner
        if token.dep_ == "poss" and token.lower_ in {"its", "their"}:
            # "Commerce added two Chinese manufacturers to its Entity List": a possessive pronoun in a clause is
            # its subject's, when that fits, before a nearer name (here a demonym)
            own = [mm for s in clause_subjects(token) if (mm := self.mention_at(s)) is not None and mm.start < token.i
                   and mm in fitting]
            if own:
                return own[-1].entity_id
        return fitting[-1].entity_id

    def _enclosing_possessor(self, token: Token, fitting: list[LinkedMention]) -> str | None:
        """The owner named by a possessive ("the Government's") on a noun that the phrase holding ``token`` hangs
        from, up to the clause's verb: "the Government's investment under its plan"."""
        noun = token.head
        while noun.dep_ in {"pobj", "prep"} or noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ not in {"nsubj", "nsubjpass", "ROOT"}:
            if noun.head.i == noun.i:
                return None
            noun = noun.head
            if noun.pos_ in {"VERB", "AUX"}:
                return None
            owner = next((mm for c in noun.children if c.dep_ == "poss" and c.i < token.i
                          and (mm := self.mention_at(c)) is not None and mm in fitting), None)
            if owner is not None:
                return owner.entity_id
        return None

    def _titled_conjunct(self, token: Token) -> list[tuple[str, int]]:
        """'President Biden and Prime Minister Modi announced …': the parser makes the second title a conjunct and
        hangs its holder's name on the first name; the name right after the conjoined title is listed too."""
        out = []
        for c in token.children:
            if c.dep_ != "conj" or self.mention_at(c) is not None or c.lower_ not in LEADER_LAST_WORDS:
                continue
            nxt = self.mention_at(self.doc[c.i + 1]) if c.i + 1 < len(self.doc) else None
            if nxt is not None and self.type_of(nxt.entity_id) == "Person" and self.doc[nxt.end - 1].head.i == token.i:
                out.append((nxt.entity_id, 0))
        return out

    def _coordinated(self, m: LinkedMention) -> bool:
        """Whether a subject name is joined by 'and' to another name ("the European Union and the United States")."""
        head = self.doc[m.end - 1] if self.doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"} else self.doc[m.start]
        return any(c.dep_ == "conj" and self.mention_at(c) is not None for c in head.children)

    def _opens_item(self, m: LinkedMention) -> bool:
        """Whether a name opens a list item ("• Excellence in AI and Robotics Unit that supports …"): only a bullet
        stands between it and the line break before it."""
        k, bullet = m.start - 1, False
        while k >= 0 and (self.doc[k].text in BULLETS or self.doc[k].is_space) and "\n" not in self.doc[k].text:
            bullet = bullet or self.doc[k].text in BULLETS
            k -= 1
        return bullet and (k < 0 or "\n" in self.doc[k].text or "\n" in self.doc[k].whitespace_)

    def _names_an_office(self, eid: str, sent: Span) -> bool:
        """Whether every mention of a state in the sentence opens an office's title before a name ("UK Technology
        Secretary Michelle Donelan"): there the state names the office, it is not a party of its own."""
        if self.type_of(eid) != "Government":
            return False
        mentions = [mm for mm in self.ordered if mm.entity_id == eid and sent.start <= mm.start < sent.end]
        for mm in mentions:
            k = mm.end
            while k < min(sent.end, mm.end + 5) and self.doc[k].is_title and self.mention_at(self.doc[k]) is None:
                k += 1  # the title's words
            holder = self.mention_at(self.doc[k]) if k < sent.end else None
            if k == mm.end or holder is None or self.type_of(holder.entity_id) != "Person":
                return False
        return bool(mentions)

    def office_holder_party(self, subject: tuple[str, int], sent: Span, *, leaders: bool = False) -> tuple[str, int]:
        """'Minister Evan Solomon … signed an MOU with Cohere': a minister signs for the government, not in person.

        A person with a government office (minister, secretary, ambassador)
        written before the name or after it between commas stands for the
        government that office belongs to; anyone else stands for themselves."""
        eid, depth = subject
        if self.type_of(eid) != "Person":
            return subject
        m = next((mm for mm in self.ordered if mm.entity_id == eid and sent.start <= mm.start < sent.end), None)
        if m is None:
            return subject
        titles = [c for c in self.doc[m.end - 1].children if c.dep_ == "appos" and c.lower_ in _GOVERNMENT_OFFICES]
        owners = [om.entity_id for c in titles for q in c.children if q.dep_ in {"poss", "nmod"}
                  and (om := self.mention_at(q)) is not None and self.type_of(om.entity_id) == "Government"]
        if owners:
            return (owners[0], depth)  # "Michelle Donelan, the United Kingdom's Secretary of State for …": that state's
        before = [t.lower_ for t in self.doc[max(sent.start, m.start - 4):m.start]]
        after = [t.lower_ for t in self.doc[m.end:min(sent.end, m.end + 4)]] if m.end < sent.end and self.doc[m.end].text == "," else []
        if not (_GOVERNMENT_OFFICES | (_LEADER_OFFICES if leaders else frozenset())) & {*before, *after}:
            return subject  # (with ``leaders``, "President X and Prime Minister Y" stand for their states too)
        # a minister the knowledge base does not know, with no state named before: the release's state, if its
        # dateline or first line says it, else the usual reading
        gov = self.release_state() if self.kb.get(eid) is None and not self._governments_before(m) else None
        gov = gov or self.government_of(m)
        if gov is None and (entry := self.kb.get(eid)) is not None:
            # "Britain's Technology Secretary Peter Kyle signed a deal": the department the knowledge base says he
            # leads is not named, its state is
            states = {st for f in entry.facts if f.type == "LEADS" and (body := self.kb.get(f.object)) is not None
                      and (st := self.kb.state_of(body)) is not None and st in self.linking.entities}
            gov = states.pop() if len(states) == 1 else None
        return (gov, depth) if gov is not None and self.type_of(gov) in {"Government", "Agency"} else subject

    def _coordinated_with(self, eid: str, before: Token) -> list[tuple[str, int]]:
        """The names coordinated with the latest mention of ``eid`` before a plural pronoun, of the same type."""
        m = next((mm for mm in reversed(self.ordered) if mm.entity_id == eid and mm.start < before.i), None)
        if m is None:
            return []
        root = self.doc[m.start:m.end].root
        if root.dep_ == "appos" and (hm := self.mention_at(root.head)) is not None and hm.entity_id == eid:
            root = root.head  # "the Ministry of … (MIC), the Digital Agency, and …": the acronym's name is coordinated
        kind = self.type_of(eid)
        return [(cm.entity_id, 1) for c in conjoined(root.head if root.dep_ == "conj" else root) if (cm := self.mention_at(c))
                and cm.entity_id != eid and self.type_of(cm.entity_id) == kind] + (
            [(hm.entity_id, 1)] if root.dep_ == "conj" and (hm := self.mention_at(root.head)) and hm.entity_id != eid
            and self.type_of(hm.entity_id) == kind else [])

    def speaker_body(self, token: Token) -> str | None:
        """'“We are proud to partner with DOE,” said AMD chair and CEO Lisa Su': a quoted 'we' is the speaker's body.

        The body is the one the attribution names (a department over the
        state that names it); a speaker whose body the text does not name
        leaves 'we' unresolved."""
        if self._quotes is None:
            self._quotes = quotations(self.doc)
        speaker = speaker_of(self.doc, self._quotes, token)
        if speaker is None:
            return None
        words = range(speaker.left_edge.i, speaker.right_edge.i + 1)
        named = [m for m in self.ordered if m.start in words]
        for kinds in ({"Agency", "Firm", "Organization"}, {"Government"}):
            bodies = [m for m in named if self.type_of(m.entity_id) in kinds]
            if bodies:
                return bodies[0].entity_id
        return None

    def entities(self, token: Token, *, allow_of: bool = True, want: Iterable[str] | None = None) -> list[tuple[str, int]]:
        """Entities an argument token stands for, with a depth (0 = the token itself is the name).

        Searches the noun phrase level by level (compounds, appositions,
        possessives, 'such as' and 'including' lists, coordination); a second
        pass follows 'of' ("the export of Claude 4"). A predicate nominal
        stands for its subject ("EO 14110 was the order signed by …") and a
        pronoun for the nearest fitting entity before it.
        """
        here = self.mention_at(token)
        if here is not None and self._modifies_noun_after_acronym(here):
            # "announced the first Partnership for … Investment (PGI) corridor in the Indo-Pacific—the Luzon Economic
            # Corridor—": a corridor, not the partnership — the one a name set off by a dash calls so, if any
            return self._dash_named(self.doc[here.end + 3])
        if here is None and token.lower_ in {"one", "some", "several", "many", "each"} and (of := prep_objects(token, {"of"})) \
                and all(o.tag_ == "NNS" and o.lemma_.lower() in FIRM_NOUNS and self.mention_at(o) is None for o in of):
            return []  # "competes with one of China's largest chipmakers": an unnamed firm, not the state that owns it
        if token.lower_ in {"administration", "presidency"} and (here is None or self.type_of(here.entity_id) == "Government"):
            # "the Biden administration" stands for Biden (corpus rule), even where it was linked to the government
            before = self.doc[token.left_edge.i:token.i]
            people = [m for c in before if (m := self.mention_at(c)) and self.type_of(m.entity_id) == "Person"]
            if people:
                return [(min(people, key=lambda m: m.start).entity_id, 1)]
        if here is None and token.dep_ == "nsubj" and token.lemma_.lower() in _UNNAMED_HEAD_TITLES \
                and not any(c.dep_ in {"appos", "compound"} and self.mention_at(c) is not None for c in token.children) \
                and (bodies := [(m.entity_id, 1) for t in prep_objects(token, {"of"}) if (m := self.mention_at(t)) is not None
                                and self.type_of(m.entity_id) in {"Agency", "Organization", "Government"}]):
            # "the President of the Commission announced 'InvestAI'": a holder the text does not name acts for the body
            return bodies[:1]
        if token.lower_ == "government" and here is None:
            # "the government of Canada announced …": the state the 'of' phrase names
            states = [(m.entity_id, 0) for t in prep_objects(token, {"of"}) if (m := self.mention_at(t)) is not None
                      and self.type_of(m.entity_id) == "Government"]
            if states:
                return states
        if token.tag_ == "NNS" and (kinds := LIST_CLASS_NOUNS.get(token.lemma_.lower())) and (
                listed := self.names_after(token, kinds) or self.colon_list(token, kinds)
                or [e for e in self._listed_under(token) if self.type_of(e[0]) in kinds]):
            # "Japanese companies Sony, Fujitsu and NEC", "officials attended X: A, B and C": the listed names,
            # not the state an adjective names or the one name the parser hung on the noun
            return listed
        if here is None and token.lemma_.lower() in FUNDING_NOUNS and token.dep_ == "pobj" and token.head.dep_ == "agent" \
                and (sources := [e for t in prep_objects(token, {"from"}) for e in self._members(t) or self.entities(t, allow_of=False)]):
            return sources  # "is backed by a $29 million investment from X": whoever the money comes from
        if here is None and (pair := self._the_two(token) or self._the_two_states(token)):
            return pair  # ("Both parties reaffirmed …": the two states just named)
        found = self._search(token, allow_of=False)
        if found and here is not None and self.type_of(here.entity_id) == "Person":
            found += self._titled_conjunct(token)
        if token.pos_ == "NOUN" and (called := [e for c in _called(token) for e in self._search(c, allow_of=False)]):
            # "the Chinese artificial intelligence model known as DeepSeek": the name the noun is given
            found = [(e, d + 1) for e, d in called]
        if found and token.pos_ == "NOUN" and all(self._demonym_modifier(eid, token) for eid, _ in found):
            # "Chinese chipmakers such as SMIC": the listed firms, not the state the adjective names
            found = self._search(token, allow_of=False, skip_demonyms=True) or found
        if found and token.tag_ == "NNS" and token.lemma_.lower() in FIRM_NOUNS and all(
                self.type_of(eid) == "Government" and self._state_modifier(eid, token, demonym_only=False) for eid, _ in found):
            found, allow_of = [], False  # "partnering with eight US companies": companies of that state it does not name
        if not found and allow_of:
            found = self._search(token, allow_of=True)
        if not found and token.lower_ in {"they", "them", "their"} and (
                pair := [e for s in clause_subjects(token) if s.i < token.i for e in self._the_two_states(s)]):
            found = pair  # "Both parties reaffirmed their commitment to support Ukraine": the two states, together
        if not found and token.lower_ in PRONOUNS and not _expletive(token):
            eid = self.pronoun_antecedent(token, want)
            if eid:
                found = [(eid, 1)]
                if token.lower_ in {"they", "them", "their"} and self.type_of(eid) != "Government":
                    # "Chen Yunji and Chen Tianshi … They then worked for …"; "MIC, the Digital Agency and METI … held
                    # a meeting at which they launched …"
                    found += self._coordinated_with(eid, token)
        if not found and token.lower_ in {"i", "my", "me"} and (speaker := self.document_speaker()) is not None:
            found = [(speaker, 1)]  # "in my keynote speech" in a "Press Conference by Prime Minister Kishida"
        if not found and token.lower_ in _FIRST_PLURAL:
            # (outside quotes, in "Statement by President von der Leyen": the body its speaker heads)
            eid = self.speaker_body(token) or (self.document_speaker_body() or self.headline_government()
                                               or self._self_named_before(token)
                                               if token.lower_ == "we" and not self._quoted(token) else None)
            # ("… who is joining us from the White House": 'us' is the audience there, no body)
            if eid:
                found = [(eid, 1)]
        if not found and token.tag_ == "NNS" and (kinds := LIST_CLASS_NOUNS.get(token.lemma_.lower())):
            found = self.colon_list(token, kinds)
        predicate = token
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in COLLECTIVE_NOUNS:
            predicate = token.head.head  # "a family of models developed by X": the family is the predicate nominal
        if not found and predicate.dep_ == "attr" and predicate.head.lemma_ == "be":
            for child in predicate.head.children:
                if child.dep_ in {"nsubj", "nsubjpass"}:
                    found = [(e, d + 1) for e, d in self._search(child, allow_of=False)]
        if not found and token.pos_ in {"NOUN", "PROPN"}:
            for child in token.children:
                if child.dep_ == "acl":
                    agent = self._agent(child)
                    if agent is not None:
                        found = [(e, d + 1) for e, d in self._search(agent, allow_of=False)]
        out: list[tuple[str, int]] = []
        for eid, depth in found:
            if eid not in [e for e, _ in out]:
                out.append((eid, depth))
        return out

    def _the_two(self, token: Token) -> list[tuple[str, int]]:
        """'The two leaders reaffirmed …', 'the two Prime Ministers': the last two people named before, within a few
        sentences (the leaders or ministers the text has just introduced)."""
        if token.tag_ not in {"NNS", "NNPS"} or token.lemma_.lower() not in {"leader", "minister", "secretary", "president",
                                                                             "head", "official"}:
            return []
        counted = any(c.lower_ in {"two", "both"} for c in token.children)
        # "X … met with Y …. The ministers agreed to launch …": a bare "the ministers" right after a sentence naming
        # exactly two people is those two
        if not counted and not any(c.lower_ == "the" for c in token.children):
            return []
        people = self._latest_named(token, "Person", 3 if counted else 1)
        if not counted and len(people) != 2:
            return []
        return [(p, 1) for p in people[:2]] if len(people) >= 2 else []

    def _the_two_states(self, token: Token) -> list[tuple[str, int]]:
        """'the two countries'', 'both governments'': the last two states named before, within a couple of sentences."""
        if token.tag_ not in {"NNS", "NNPS"} or token.lemma_.lower() not in {"country", "nation", "government", "side", "party"} \
                or not any(c.lower_ in {"two", "both"} for c in token.children):
            return []
        states = self._latest_named(token, "Government", 2)
        return [(s, 1) for s in states[:2]] if len(states) >= 2 else []

    def _latest_named(self, token: Token, type_: str, within: int) -> list[str]:
        """Entities of one type named before ``token``, latest first, within ``within`` sentences of it."""
        return list(dict.fromkeys(m.entity_id for m in reversed(self.ordered) if m.start < token.i
                                  and self.type_of(m.entity_id) == type_
                                  and sentence_distance(self.doc, m.start, token.i) <= within))

    def _self_named_before(self, token: Token) -> str | None:
        """'The Government has been attentive to AI … That is why we developed the National AI Strategy': a body that
        writes of itself by its bare kind ("The Government", "The Department") as the subject of the sentence before
        is the 'we' of the next one."""
        sent = token.sent
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        for t in before:
            held = self.mention_at(t)
            if t.dep_ == "nsubj" and held is not None and held.end - held.start == 1 and t.lower_ in _SELF_KIND_NOUNS \
                    and self.type_of(held.entity_id) in {"Government", "Agency"}:
                return held.entity_id
        return None

    def _dash_named(self, noun: Token) -> list[tuple[str, int]]:
        """The name a dash sets off after a common noun, ending in that noun ("corridor … —the Luzon Economic
        Corridor—"), within the sentence."""
        for k in range(noun.i + 1, min(noun.sent.end, noun.i + 12)):
            if self.doc[k].text in {"—", "–"} and k + 1 < len(self.doc):
                j = k + 1 + (self.doc[k + 1].lower_ == "the")
                named = self.mention_at(self.doc[j]) if j < len(self.doc) else None
                if named is not None and named.start == j and self.doc[named.end - 1].lower_ == noun.lower_:
                    return [(named.entity_id, 1)]
                return []
        return []

    def _modifies_noun_after_acronym(self, m: LinkedMention) -> bool:
        """Whether a name, its acronym in brackets and then a common noun make one noun phrase ("the first
        Partnership for Global Infrastructure and Investment (PGI) corridor"): the name there only says which kind.
        The noun must be an object, not a noun used as an adverb ("The U.S. Department of Energy (DOE) today …")."""
        k = m.end
        return k + 3 < len(self.doc) and self.doc[k].text == "(" and self.doc[k + 2].text == ")" \
            and self.doc[k + 3].pos_ == "NOUN" and self.doc[k + 3].is_lower and self.doc[k + 3].dep_ in {"pobj", "dobj", "conj"}

    def _members(self, token: Token) -> list[tuple[str, int]]:
        """'an international coalition that includes A, B and C': the members a group noun's relative clause lists."""
        if self.mention_at(token) is not None or token.lemma_.lower() not in _GROUP_NOUNS:
            return []
        listed = [e for v in token.children if v.dep_ == "relcl" and v.lemma_ == "include"
                  for o in v.children if o.dep_ == "dobj" for e in self.entities(o, allow_of=False)]
        # "a consortium consisting of A, B and C" (or comprising, made up of them)
        return listed + [e for v in token.children if v.dep_ == "acl" and v.lemma_ in {"consist", "comprise", "make"}
                         for o in (*prep_objects(v, {"of"}), *(c for c in v.children if c.dep_ == "dobj"))
                         for e in self.entities(o, allow_of=False)]

    def titled_people(self, token: Token) -> list[tuple[str, int]]:
        """'U.S. Secretary of State A, Singapore Minister for Foreign Affairs Dr. B, and Minister for Digital
        Development and Information C chaired …': every person in a subject made only of titles and names.

        The parser hangs such lists on the titles (a name becomes the conjunct of
        'Affairs' or 'Development'), so coordination alone loses people; a
        phrase with no verb and no common noun, only names, titles, commas and
        'and', is read as the list it is."""
        words = self.doc[token.left_edge.i:token.right_edge.i + 1]
        if len(words) < 6 or not any(t.text == "," for t in words):
            return []
        people: list[tuple[str, int]] = []
        for t in words:
            m = self.mention_at(t)
            if m is not None:
                if self.type_of(m.entity_id) == "Person" and t.i == m.end - 1 and m.start >= words.start and m.end <= words.end:
                    if m.end < len(self.doc) and self.doc[m.end].tag_ == "POS":
                        return []  # "Biden's adviser X and …": a possessor is not one of the list
                    people.append((m.entity_id, 0))
            elif not (t.pos_ in {"PROPN", "PUNCT", "CCONJ", "DET"} or t.lower_ in {"of", "for", "others", "etc"}):
                return []  # ("founded by A, B, C and others": a list may trail off)
        return people if len(people) >= 2 else []

    def colon_list(self, noun: Token, kinds: tuple[str, ...]) -> list[tuple[str, int]]:
        """'The following officials attended: A, B and C': a plural class noun stands for the list after a colon.

        The part after the colon must read as a list — at least two names of
        the noun's kinds and no verb outside the names — so a colon that opens
        a clause ("officials said: …") is left alone.
        """
        sent = noun.sent
        colon = next((t for t in sent if t.i > noun.i and t.text == ":"), None)
        if colon is None:
            return []
        scope = sent
        if colon.i >= sent.end - 1 and sent.end < len(self.doc):
            scope = self.doc[sent.end].sent  # the parser may end the sentence at the colon: the list is the next one
        end = next((t.i for t in scope if t.i > colon.i and t.text == ";"), scope.end)
        listed = [m for m in self.ordered if colon.i < m.start and m.end <= end]
        inside = {i for m in listed for i in range(m.start, m.end)}
        if any(t.pos_ in {"VERB", "AUX"} for t in self.doc[colon.i + 1:end] if t.i not in inside):
            return []
        members = [(m.entity_id, 1) for m in listed if self.type_of(m.entity_id) in kinds]
        return members if len(members) >= 2 else []

    def names_after(self, noun: Token, kinds: tuple[str, ...]) -> list[tuple[str, int]]:
        """'Indian entities Indian Rare Earths, IGCAR, and BARC': a plural class noun followed straight by its names.

        Names joined by commas and 'and' (an acronym in brackets after each may
        stay); two names at least, of the noun's kinds."""
        doc = self.doc
        k = noun.i + 1
        # "gaming devices like the Shield Portable and Shield Tablet": a 'like' or 'such as' may come between
        if k + 1 < len(doc) and (doc[k].lower_ in {"like", "including"} or doc[k].lower_ == "such" and doc[k + 1].lower_ == "as"):
            k += 1 + (doc[k].lower_ == "such")
        elif k + 1 < len(doc) and doc[k].text in {"-", "–", "—", "("}:
            k += 1  # "Several leading AI companies - Anthropic, Google, Microsoft, and OpenAI - to partner with DARPA"
        members: list[tuple[str, int]] = []
        while k < len(doc):
            k += doc[k].lower_ == "the" and k + 1 < len(doc)
            m = self.mention_at(doc[k])
            if m is None or m.start != k or self.type_of(m.entity_id) not in kinds:
                break
            members.append((m.entity_id, 1))
            k = m.end
            if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
                k += 3
            while k < len(doc) and doc[k].lower_ in {",", "and"}:
                k += 1
        return members if len(members) >= 2 else []

    def _demonym_modifier(self, eid: str, noun: Token) -> bool:
        return self._state_modifier(eid, noun, demonym_only=True)

    def _state_modifier(self, eid: str, noun: Token, *, demonym_only: bool) -> bool:
        """Whether the entity is named by a modifier of the noun ("Chinese chipmakers", "eight US companies")."""
        return any((m := self.mention_at(c)) is not None and m.entity_id == eid and (m.how == "demonym" or not demonym_only)
                   for c in noun.children if c.dep_ in {"amod", "compound", "nmod"})

    def _search(self, token: Token, *, allow_of: bool, skip_demonyms: bool = False) -> list[tuple[str, int]]:
        if token.i in self.linking.distributive:  # "the U.S. and UK AI Safety Institutes": both bodies
            return [(body, 0) for body, _ in self.linking.distributive[token.i]]
        level = [token]
        seen = {token.i}
        for depth in range(0, 5):
            hits = []
            named = {tok.head.i for tok in level if self.mention_at(tok) is not None and (tok.dep_ == "appos" or (
                tok.dep_ == "conj" and not any(c.dep_ == "cc" for c in tok.head.children)))}  # (an apposition parsed as
            # a conjunct: "Saudi Arabia's sovereign wealth fund, the Public Investment Fund")
            for tok in level:
                m = self.mention_at(tok)
                if m is not None and not (skip_demonyms and m.how == "demonym") \
                        and not (tok.dep_ == "poss" and tok.head.i in named):
                    # ("Saudi Arabia's AI company Humain announced …": the name, not the noun's owner, is the actor)
                    hits.append((m.entity_id, depth))
            if hits:
                return hits + self._conjuncts(level, depth)
            nxt = []
            for tok in level:
                staff_noun = tok.lower_ in STAFF_NOUNS and self.mention_at(tok) is None
                for child in tok.children:
                    if child.i in seen:
                        continue
                    if staff_noun and (child.dep_ in {"compound", "poss", "nmod", "amod"} or child.lower_ in {"of", "at", "from"}):
                        cm = self.mention_at(child) if child.dep_ == "compound" else None
                        if not (tok.lower_ in _SPOKESPEOPLE and cm is not None
                                and self.type_of(cm.entity_id) in {"Government", "Organization"}):
                            continue  # "Nvidia engineers built it" is the engineers' act; "G7 leaders endorsed" the G7's
                    ok = child.dep_ in NP_DEPS or child.dep_ == "conj"
                    if child.dep_ == "prep" and (child.lower_ in LIST_PREPS or (allow_of and child.lower_ == "of")):
                        ok = True
                    if child.dep_ == "pobj" and (tok.lower_ in LIST_PREPS or (allow_of and tok.lower_ == "of")):
                        ok = True
                    if ok:
                        seen.add(child.i)
                        nxt.append(child)
            if not nxt:
                return []
            level = nxt
        return []

    def _conjuncts(self, level: list[Token], depth: int) -> list[tuple[str, int]]:
        out = []
        for tok in level:
            # "the Department of Energy and Intel": the parser may hang the conjunct off a word inside the name
            name = self.mention_at(tok)
            inside = [self.doc[i] for i in range(name.start, name.end)] if name is not None else [tok]
            conjuncts = [c for t in inside for c in conjoined(t) if name is None or not name.start <= c.i < name.end]
            for conj in conjuncts:
                m = self.mention_at(conj)
                if m is not None and self.type_of(m.entity_id) == "Government" and (held := self._office_holder_after(m)):
                    # "Secretary Raimondo and Malaysia's Senior Minister …, Mohamed Azmin Ali met": the minister, not
                    # the state whose office the parser made the conjunct
                    out.append((held[0].entity_id, depth))
                elif m is not None:
                    out.append((m.entity_id, depth))
                    # "Israel, Australia, the UK, and obviously the United States": a list item the parser hung on the
                    # one before it as an apposition (a name of the same kind)
                    out += [(am.entity_id, depth) for c in conj.children if c.dep_ == "appos" and (am := self.mention_at(c))
                            and am.entity_id != m.entity_id and self.type_of(am.entity_id) == self.type_of(m.entity_id)]
                else:
                    for child in conj.children:
                        cm = self.mention_at(child)
                        if cm is not None and child.dep_ in {"compound", "poss", "appos"}:
                            out.append((cm.entity_id, depth + 1))
        return out

    def not_reflexive(self, found: tuple[str, int], token: Token, subjects: list[tuple[str, int]]) -> tuple[str, int]:
        """'X and Y compete with the company': a description in the object is not the clause's own subject."""
        m = self.mention_at(token) or next((self.mention_at(t) for t in token.subtree if self.mention_at(t)), None)
        if m is None or m.how != "coref" or found[0] not in {e for e, _ in subjects}:
            return found
        taken = {e for e, _ in subjects}
        want = self.type_of(found[0])
        for cand in reversed(self.ordered):
            if cand.start < m.start and cand.entity_id not in taken and self.type_of(cand.entity_id) == want and cand.how != "coref":
                return (cand.entity_id, found[1] + 1)
        return found

    # -- grammar helpers -----------------------------------------------------
    @staticmethod
    def _agent(verb: Token) -> Token | None:  # noqa: D401
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
                # "led by Under Secretary X": the parser reads the title's "Under" as a second preposition
                nxt = child.nbor(1) if child.i + 1 < len(child.doc) else None
                if nxt is not None and nxt.dep_ == "prep" and nxt.text[:1].isupper():
                    return next((p for p in nxt.children if p.dep_ == "pobj"), None)
        return None

    def subjects(self, verb: Token) -> tuple[list[Token], bool]:
        """Subject tokens of a verb and whether the verb is passive."""
        if verb.dep_ == "ccomp" and verb.head.lemma_ in {"announce", "say", "confirm", "report", "state"} \
                and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children) \
                and (said := next((c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == verb.left_edge.i
                                   and self.mention_at(c) is not None), None)) is not None:
            # "Commerce announced the National Institute of Standards and Technology (NIST) has awarded Natcast …":
            # the parser takes the clause's subject for what was announced
            return [said], any(c.dep_ == "auxpass" for c in verb.children)
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma_of(verb) in INTRANSITIVE_VERBS:
            return [verb.head], False  # "Anthropic partnered with …" misparsed as a participle
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN"
        ) or (verb.tag_ in {"VBN", "VBD"} and verb.dep_ in {"advcl", "conj", "acomp"} and any(c.dep_ == "agent" for c in verb.children))
        # ("X is majority-owned by Y": the parser makes the hyphenated participle a complement of 'is')
        # ("… enacted by Congress and signed into law by X": a 'by' agent makes even a participle tagged past passive)
        # ("As set out by X at Y, …": an adverbial participle with a 'by' agent is passive too)
        if passive:
            agent = self._agent(verb)
            if agent is None and verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].lower_ in {"and", "or"}:
                # "This company was established and is invested by A, B and C": the agent of a passive coordinated
                # right after the verb is shared ("was founded in 2001 and is co-directed by X" shares nothing)
                agent = next((a for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
                              and (a := self._agent(c)) is not None), None)
            # ("founded by A, formerly of X, alongside B and C": the names 'alongside' the agent are agents too)
            return ([agent, *_alongside(agent)] if agent is not None else []), True
        if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.tag_ == "VBG" \
                and verb.head.head.lemma_ in {"thank", "congratulate", "commend", "praise", "credit"} \
                and (thanked := [c for c in verb.head.head.children if c.dep_ == "dobj"]):
            return thanked, False  # "Let me thank NUS for hosting this event": the one thanked hosted it
        if verb.dep_ == "pcomp" and verb.head.lower_ in {"by", "through"} and verb.tag_ == "VBG" \
                and not any(c.dep_ in {"nsubj", "csubj"} for c in verb.children):
            # "Beijing retaliated by banning exports …": the means clause's doer is the main clause's subject
            main = verb.head.head
            if main.pos_ in {"VERB", "AUX"} and main.dep_ != "acl" and (found := self.subjects(main))[0]:
                return found
        subs = [_past_dateline(c) for c in verb.children if c.dep_ in {"nsubj", "csubj"} and not _speaker_label(c)]
        if len(subs) > 1:
            # "Saudi Arabia's AI company Humain announced …" parsed with two subjects: a company noun right before
            # the name is the name's description, not a second actor
            subs = [c for c in subs if not (c.lemma_.lower() in FIRM_NOUNS and self.mention_at(c) is None
                                            and any(o.i == c.i + 1 for o in subs))]
        if verb.dep_ == "relcl" and subs and all(c.tag_ in {"WP", "WDT"} for c in subs):
            return [verb.head], False  # "Lina Khan, who chairs the FTC": the relative pronoun is the noun it follows
        if subs:
            return subs + _along_with(verb, subs), False
        if verb.dep_ == "ROOT" and verb.tag_ in {"VBZ", "VBD", "VBP"} and (glued := [
                c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and self.mention_at(c) is not None]):
            return glued, False  # "DeepSeek competes with OpenAI": the small parser may glue the subject to the verb
        # inherit: coordinated verb, relative clause, controlled clause, adverbial participle
        current = verb
        for _ in range(6):
            if current.dep_ == "relcl" or (current.dep_ == "acl" and current.tag_ == "VBG"):
                return [current.head], False
            if current.dep_ not in CLIMB_DEPS and not (current.dep_ == "acomp" and current.lemma_.lower() in _GLAD_ADJECTIVES):
                break  # "AMD is proud to partner with X" reports the partnership; "is eager to" would not
            if current.dep_ == "xcomp" and (controller := self._object_controller(current)) is not None:
                return [controller], False
            controlled = current.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
            current = current.head
            subs = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if any(c.dep_ == "auxpass" for c in current.children) and (agent := self._agent(current)) is not None:
                # ("X has been appointed by Y to chair Z": the one appointed chairs, not the one appointing)
                passive_subjects = [c for c in subs if c.dep_ == "nsubjpass"]
                return (passive_subjects if controlled and passive_subjects else [agent]), False
            if subs:
                return subs, False
        # "As part of the US President's State Visit, the UK and US have agreed …": after a fronted phrase the
        # parser may hang the real subject on that phrase as an apposition; it ends right before the verb group
        if verb.dep_ != "ROOT":
            return [], False
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i])
        if first > 0 and self.doc[first - 1].dep_ in {"appos", "conj", "compound", "pobj"} \
                and not any(c.lower_ == "to" for c in verb.children if c.dep_ == "aux"):
            # (not a headline's "…, Department of Commerce to Establish X": that plan is read from the text below it)
            before = self.doc[first - 1]
            strays = [a for a in [before, *before.ancestors] if a.dep_ in {"appos", "conj"} and a.right_edge.i == first - 1
                      and a.i < first and a.left_edge.i > 0 and self.doc[a.left_edge.i - 1].text == ","]
            if strays:  # ("…, Japan and Canada have agreed": the whole coordination, not its last name)
                return [strays[-1]], False
        return [], False

    def _object_controller(self, clause: Token) -> Token | None:
        """The people a controlling verb's object names do what its infinitive says.

        "Raimondo named Elizabeth Kelly to lead the Institute", "announced key members of the leadership team to lead
        the institute": Kelly and the members lead, not Raimondo. Only an object naming a person or people (by name
        or by a staff noun) controls: in "used its cash to build a lab" the subject still builds. A gerund right after
        its verb's object is that object's doing, whatever it names ("will involve Air Canada, OEC Group and Edgenda
        working in collaboration")."""
        if clause.tag_ == "VBG" and clause.dep_ == "xcomp" and not any(c.dep_ in {"nsubj", "aux"} for c in clause.children):
            return next((c for c in clause.head.children if c.dep_ == "dobj" and max(t.i for t in c.subtree) == clause.i - 1), None)
        if clause.tag_ != "VB" or not any(c.lower_ == "to" for c in clause.children if c.dep_ == "aux"):
            return None
        for obj in (c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i):
            people = [obj, *(t for t in obj.subtree if t.dep_ == "pobj" and t.head.head.i == obj.i)]
            if any((m := self.mention_at(t)) is not None and self.type_of(m.entity_id) == "Person"
                   or t.lemma_.lower() in STAFF_NOUNS or t.lemma_.lower() in {"team", "board"} for t in people):
                return obj
        return None

    def objects(self, verb: Token, rel_types: tuple[str, ...], passive: bool) -> list[Token]:
        out = []
        direct = [c for c in verb.children if c.dep_ == "dobj"]
        # "applying them to data centers": what is applied is no object of the rule; what it is applied to is
        applied = verb.lemma_ == "apply" and bool(direct) and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
        if applied:
            direct = []
        for child in verb.children:
            if applied and child.dep_ == "dobj":
                continue
            if child.dep_ == "dobj" and not passive:
                # "establish a telephone counselling service called the Muslim Youth Helpline": the name is the object
                out.extend(_called(child))
            if passive and child.dep_ == "nsubjpass" and child.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
                out.append(self._described(verb.head))  # "DeepMind, an AI company which was acquired by Google": DeepMind
                continue
            if not passive and child.dep_ == "dobj" and child.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" and child.i < verb.i:
                out.append(self._described(verb.head))  # "Zhipu, which Washington blacklisted in January": Zhipu
                continue
            if child.dep_ == "dobj" and child.i != direct[0].i and child.left_edge.i > 0 \
                    and self.doc[child.left_edge.i - 1].text in {'"', "“", "”"}:
                continue  # a second, quoted object is a misattached title ("issued a notice on the Order of May 9, "Title"")
            if passive and child.dep_ == "nsubjpass":
                out.append(child)
            elif not passive and child.dep_ == "dative" and child.pos_ == "ADP":
                out.extend(c for c in child.children if c.dep_ == "pobj")  # "supplies chips to Apple": 'to' parsed as dative
            elif not passive and child.dep_ in {"dobj", "dative", "attr", "oprd"}:
                out.append(child)
                if child.ent_type_ == "MONEY" or child.lower_ in _AMOUNT_WORDS:
                    # "invest $30 billion in X", "fined Google 2.4 billion euros", "invested billions in X"
                    preps = set().union(*(OBJECT_PREPS.get(t, set()) for t in rel_types))
                    out.extend(p for c in child.children if c.dep_ == "prep" and c.lower_ in preps
                               for p in c.children if p.dep_ == "pobj")
                    out.extend(c for c in child.subtree if c.dep_ == "nmod" and self.mention_at(c) is not None)
            elif child.dep_ == "prep":
                preps = set().union(*(OBJECT_PREPS.get(t, set()) for t in rel_types))
                if child.lower_ == "at" and not passive and any(
                        (held := self.mention_at(d)) is not None and self.type_of(held.entity_id) == "Event" for d in direct):
                    continue  # "chaired the … Dialogue at NHN Cloud in Pangyo": where the gathering was, not a second object
                if child.lower_ in preps:
                    out.extend(c for c in child.children if c.dep_ == "pobj")
                elif child.lower_ in LIST_PREPS:  # "partner across government, including with X"
                    out.extend(p for c in child.children if c.dep_ == "prep" and c.lower_ in preps
                               for p in c.children if p.dep_ == "pobj")
            elif child.dep_ in {"dep", "appos"} and not passive and self.mention_at(child) is not None:
                out.append(child)  # a quoted title the parser could not attach: released “The X Plan”
            elif child.dep_ == "prt" and child.lower_ in {"in", "into", "with"}:
                out.extend(c for c in verb.children if c.dep_ == "pobj")
        if not passive and not out and verb.dep_ == "amod" and verb.tag_ == "VBD" \
                and any(c.dep_ == "nsubj" for c in verb.children):
            out.append(verb.head)  # "President Trump signed Executive Order 14179 (…)": a clause parsed as a modifier
        if passive and not out and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _SCHEDULED:
            # "the summit, which is due to be hosted by France", "X is set to be hosted by Y": the patient is the
            # subject of the clause the infinitive completes
            above = verb.head.head if verb.head.dep_ == "acomp" else verb.head
            for sub in (c for c in above.children if c.dep_ in {"nsubj", "nsubjpass"}):
                out.append(above.head if sub.tag_ in {"WDT", "WP"} and above.dep_ == "relcl" else sub)
        if not passive and not any(self.mention_at(t) is not None for o in out for t in o.subtree):
            # "X backs Humain", "Sequoia backs the startup Humain": the small parser may make the name after the verb
            # (or after its company noun) an adverb or a clause
            k = verb.i + 1
            while k < len(self.doc) and (self.doc[k].lower_ in {"the", "a", "an"} or self.doc[k].lemma_.lower() in FIRM_NOUNS):
                k += 1
            if k < len(self.doc) and (m := self.mention_at(self.doc[k])) is not None and m.start == k \
                    and self.doc[m.end - 1].dep_ in {"advmod", "advcl", "npadvmod"}:
                out.append(self.doc[m.end - 1])
        named = any(self.mention_at(o) is not None for o in out)  # ("signed by X in 2023": a year is no patient)
        if passive and verb.dep_ == "conj" and not named:
            # "X was drafted by A and signed by B": the coordinated participle shares the first verb's patient
            out.extend(c for c in verb.head.children if c.dep_ == "nsubjpass")
            if verb.head.dep_ == "acl" and verb.head.tag_ == "VBN":
                # "a statute enacted by Congress and signed into law by President X": the noun both participles describe
                out.append(self._described(verb.head.head))
        if passive and verb.dep_ == "advcl" and verb.tag_ == "VBN" and not named and verb.i < verb.head.i \
                and not any(c.dep_ == "mark" for c in verb.children):  # (not "As set out by X, …": a reference, not an act)
            # "Organized by the British government, it was held at …": a fronted participle's patient is the subject
            # of the clause it opens
            out.extend(c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"})
        if passive and verb.dep_ == "acl" and not named:
            out.append(self._described(verb.head))  # "the AI Office, established by the Commission"
        if passive and verb.dep_ == "acomp" and not named:
            out.extend(c for c in verb.head.children if c.dep_ == "nsubj")  # "X is majority-owned by Y"
            if verb.head.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in verb.head.children):
                out.append(verb.head.head)  # "Arm, which is majority-owned by SoftBank": the noun the clause is on
        if not passive and not out and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} \
                and any(c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} for c in verb.children) \
                and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} or c.tag_ == "WRB" for c in verb.children) \
                and lemma_of(verb) not in INTRANSITIVE_VERBS:  # ("Denny's, where he worked": a place, not an object)
            # "the H20, a variant Nvidia developed for the Chinese market": a clause with no relative word and no
            # object of its own is about the noun it hangs on, its missing object
            out.append(self._described(verb.head))
        return out

    def _described(self, noun: Token) -> Token:
        """The named thing a common noun describes: the name it stands in apposition to ("Humain, an AI company
        chaired by X"), or the subject of the copula it completes ("X is an American … joint venture created by
        A and B"; "X is a … (AI) joint venture", where the company noun is itself an apposition)."""
        current = noun
        for _ in range(3):
            if self.mention_at(current) is not None:
                return current
            if current.dep_ == "appos" and current.head.i != current.i:
                current = current.head
                continue
            if current.dep_ == "attr" and current.head.lemma_ == "be" and not self.hedged(current.head):
                subjects = [c for c in current.head.children if c.dep_ == "nsubj"]
                if len(subjects) == 1 and self.mention_at(subjects[0]) is not None:
                    return subjects[0]
            break
        return noun

    def _issuer_of(self, noun: Token) -> str | None:
        """'BIS is implementing a series of updates … These updates will restrict': the body whose clause introduced
        the same noun in the sentence before is the one acting now."""
        sent = noun.sent
        if sent.start == 0:
            return None
        previous = self.doc[sent.start - 1].sent
        for t in previous:
            if t.lemma_.lower() != noun.lemma_.lower() or t.pos_ != "NOUN":
                continue
            verb = t.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            subs, _ = self.subjects(verb)
            bodies = [e for st in subs for e in self.entities(st, allow_of=False) if self.type_of(e[0]) in {"Agency", "Government"}]
            if bodies:
                return bodies[0][0]
        return None

    def hedged(self, verb: Token) -> bool:
        """Negation, modality or a governing 'plan to', 'may', 'did not' make a statement not a fact."""
        current = verb
        for _ in range(4):
            for child in current.children:
                if child.dep_ == "neg" or child.lower_ in {"never", "not", "n't"}:
                    return True
                if child.dep_ == "aux" and child.lower_ in HEDGE_AUX:
                    return True
                if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
                    return True
                if child.dep_ == "mark" and child.lower_ in {"once", "until"} and (current.tag_ in {"VBZ", "VBP"} or any(
                        a.dep_ in {"aux", "auxpass"} and a.tag_ in {"VBZ", "VBP"} for a in current.children)):
                    return True  # "Once the Code is endorsed by …": a condition still to be met, in the present tense
                if child.dep_ == "advmod" and child.lower_ in {"reportedly", "allegedly", "possibly", "perhaps", "potentially"}:
                    return True
            if current.dep_ in {"xcomp", "ccomp"} and current.head.lemma_ in HEDGE_GOVERNORS:
                return True
            if current.dep_ == "acl" and current.head.lemma_.lower() in _UNSETTLED_NOUNS and any(
                    c.lower_ in {"to", "that"} and c.i < current.i for c in current.children):
                # "in talks to acquire Perplexity", "rejected claims that it partnered with …": a deal under talks or a
                # claim reported is no fact
                return True
            if current.dep_ == "pcomp" and current.head.lower_ == "from" and current.head.head.lemma_ in _PREVENT_VERBS:
                return True  # "barred Nvidia from selling chips to China": the selling is what did not happen
            if current.dep_ == "pcomp" and current.head.lower_ in {"towards", "toward"}:
                return True  # "steps towards joining the OECD": the joining has not happened
            if current.dep_ in {"xcomp", "conj", "advcl", "ccomp"}:
                current = current.head
                continue
            break
        return self._asks(verb.sent)

    def _may_fund(self, sent: Span) -> bool:
        """Whether a sentence names a funding noun or a sum of money at all: decided once per sentence, so the
        verbs of a sentence without one skip the walk over their whole subtree."""
        may = self._funding.get(sent.start)
        if may is None:
            may = self._funding[sent.start] = any(t.ent_type_ == "MONEY" or t.lemma_.lower() in FUNDING_NOUNS for t in sent)
        return may

    def _asks(self, sent: Span) -> bool:
        """A question states nothing: its last word that is not white space ends with '?'."""
        asks = self._questions.get(sent.start)
        if asks is None:
            last = next((t for t in reversed(sent) if not t.is_space), None)
            asks = self._questions[sent.start] = last is not None and last.text.endswith("?")
        return asks

    # -- candidates ------------------------------------------------------------
    def emit(self, subjects: list[tuple[str, int]], rel_types: Iterable[str], objects: list[tuple[str, int]],
             sentence: Span, base: float) -> Iterator[Candidate]:
        for s, ds in subjects:
            for o, do in objects:
                if s == o:
                    continue
                for rel in rel_types:
                    if rel == "INVESTS_IN" and self._is_budget(o):
                        continue  # "committing $2.4 billion in Budget 2024": a budget allots money, it is not funded
                    if SCHEMA.allows(rel, self.type_of(s), self.type_of(o)):
                        conf = max(0.3, base - 0.05 * (ds + do))
                        yield Candidate(s, rel, o, sentence, round(conf, 2))
                        break

    def _is_programme(self, eid: str) -> bool:
        """A policy that spends money (a fund, programme, initiative or grant), which can be funded or backed."""
        entity = self.linking.entities.get(eid)
        return entity is not None and entity.type == "Policy" and bool(
            set(entity.name.lower().split()) & {"fund", "programme", "program", "initiative", "grant", "grants", "scheme"})

    def _is_budget(self, eid: str) -> bool:
        entity = self.linking.entities.get(eid)
        return entity is not None and entity.type == "Policy" and "budget" in entity.name.lower().split()

    def verbal(self, verb: Token) -> Iterator[Candidate]:
        lemma = lemma_of(verb)
        infinitive = verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if verb.pos_ not in {"VERB", "AUX"} and verb.tag_ not in {"VBN", "VBG"} and not infinitive:
            return  # (an infinitive's verb the tagger took for a noun still acts: "appointed … to chair BDUK")
        if self.hedged(verb):
            return
        if (inside := self.mention_at(verb)) is not None and inside.end - inside.start >= 2:
            return  # "Creating Helpful Incentives to Produce Semiconductors (CHIPS) and Science Act": a word of a name
        if _supporting_role(verb) is not None:
            return  # "X played a key supporting role in establishing Y": X supported it (supporting_role), not enacted it
        sent = verb.sent
        subj_tokens, passive = self.subjects(verb)
        rel_candidates = VERB_TRIGGERS.get(lemma, ())
        if lemma == "support" and _funds_purpose(verb) and any(c.dep_ == "dobj" and self.mention_at(c) is not None for c in verb.children):
            # "Google is providing $120 million to support a … Fund": money given to what is named (not "to support the
            # modernization of …", which the money pays for)
            rel_candidates = ("INVESTS_IN",)
        subj_types = {t for r in rel_candidates for t in SCHEMA.relations[r].subject} or None
        obj_types = {t for r in rel_candidates for t in SCHEMA.relations[r].object} or None
        # "The removal of A, B and C will support …": an action noun is no actor, nor are names coordinated with it
        subj_tokens = [t for t in subj_tokens if not (t.lemma_.lower() in _ACTION_NOUNS and prep_objects(t, {"of"}))]
        subjects = [e for t in subj_tokens for e in self.entities(t, allow_of=False, want=subj_types)]
        subjects += [p for t in subj_tokens for p in self.titled_people(t) if p not in subjects]
        if subj_types and not any(self.type_of(e[0]) in subj_types for e in subjects) and verb.dep_ in {"acl", "relcl"} \
                and verb.head.lemma_.lower() in _MEASURE_NOUNS | {"order", "law", "directive", "decree"} \
                and verb.head.dep_ == "dobj" and verb.head.head.lemma_ in IMPOSE_VERBS | LIGHT_VERBS | {"sign", "adopt", "pass"}:
            # "Trump signed an executive order revoking EO 14110", "Commerce unveiled rules restricting exports to
            # China": what a measure does, its issuer does through it
            issuer, _ = self.subjects(verb.head.head)
            subjects = [e for t in issuer for e in self.entities(t, allow_of=False, want=subj_types)]
        if not subjects and "PARTICIPATES_IN" in rel_candidates and any(t.lemma_.lower() in _DELEGATE_NOUNS for t in subj_tokens):
            subjects = self.represented(sent)  # "Delegates from France, Germany and Italy attended X": the states they represent
        if subj_types and "Person" not in subj_types:
            # "The Biden administration banned …": where a person cannot be the actor, their administration is the
            # government they lead
            for t in subj_tokens:
                if t.lower_ in {"administration", "government"}:
                    leader = next((mm for c in t.children if c.dep_ == "compound" and (mm := self.mention_at(c))
                                   and self.type_of(mm.entity_id) == "Person"), None)
                    gov = self.government_of(leader) if leader is not None else None
                    if gov and self.type_of(gov) in subj_types:
                        subjects = [e for e in subjects if e[0] != leader.entity_id] + [(gov, 1)]
        obj_tokens = self.objects(verb, rel_candidates, passive)
        if not obj_tokens and not passive and rel_candidates:
            # "X co-founded and was chief scientist at OpenAI", "X founded and ran Y": the object the coordinated
            # verb takes completes this one too
            for c in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i):
                if c.lemma_ == "be":
                    obj_tokens = [o for a in c.children if a.dep_ == "attr" for o in prep_objects(a, {"at", "of"})]
                elif c.pos_ == "VERB":
                    obj_tokens = [o for o in c.children if o.dep_ == "dobj"]
                break
        obj_tokens += [self.doc[o.i + 2] for o in obj_tokens if o.lower_ in _TITLED_GATHERINGS and o.i + 2 < len(self.doc)
                       and self.doc[o.i + 1].text in {'"', "“"}]  # 'attended a side event "Towards …"': the title
        if "RESTRICTS" in rel_candidates and not passive:
            # "restrict the PRC's ability to buy chips": whose ability, access or capacity is curbed is the target
            obj_tokens += [c for o in obj_tokens if o.lemma_.lower() in _CAPACITY_NOUNS for c in o.children if c.dep_ == "poss"]
            # "blocked access to the DeepSeek website": what access is blocked to
            obj_tokens += [t for o in obj_tokens if o.lemma_.lower() == "access" for t in prep_objects(o, {"to"})]
            # "prohibited government departments from using DeepSeek": what they may no longer use
            obj_tokens += [o for p in prep_objects(verb, {"from"}) if p.tag_ == "VBG" and p.lemma_ in _USE_VERBS
                           for o in p.children if o.dep_ == "dobj"]
            if not subjects and any(t.lemma_.lower() in _MEASURE_NOUNS and t.tag_ == "NNS" for t in subj_tokens):
                # "These updates will restrict …": unnamed measures stand for the body that just issued them
                issuer = self._issuer_of(subj_tokens[0]) or self.pronoun_antecedent(subj_tokens[0], ("Agency", "Government"))
                subjects = [(issuer, 1)] if issuer else []

        if lemma in {"hold", "convene"} and not passive and len(subjects) >= 2 and obj_tokens and all(
                any(c.dep_ == "poss" and c.lower_ == "their" for c in o.children) for o in obj_tokens):
            # "the EU and Japan held their second Digital Partnership Council in Brussels": the parties to their own
            # joint gathering take part in it; the place holds it (read by the place rules)
            gatherings = [e for t in obj_tokens for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Event"]
            yield from self.emit(subjects, ("PARTICIPATES_IN",), gatherings, sent, 0.75)
            return
        if lemma in _SETUP_VERBS:
            # "the Department of Defense has established Task Force Lima": a body a state or agency sets up is part
            # of it — or of the agency it acts "through" ("Commerce, through NIST, will establish the Institute")
            units = [e for t in obj_tokens for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Agency"]
            makers = [e for t in [verb, *subj_tokens] for p in prep_objects(t, {"through", "via"})
                      for e in self.entities(p, allow_of=False) if self.type_of(e[0]) == "Agency"]
            makers = makers or [e for e in subjects if self.type_of(e[0]) in {"Agency", "Government"}]
            yield from self.emit(units, ("PART_OF",), [m for m in makers if m[0] not in {u[0] for u in units}], sent, 0.7)
            # "Created the Tech Diplomacy Working Group across the Department": a body set up across or within
            # another is part of it
            hosts = [e for p in prep_objects(verb, {"across", "within", "inside"}) for e in self.entities(p, allow_of=False)
                     if self.type_of(e[0]) in {"Agency", "Organization"}]
            groups = [e for t in obj_tokens for e in self.entities(t, allow_of=False) if self.type_of(e[0]) in {"Organization", "Agency"}]
            yield from self.emit(groups, ("PART_OF",), [h for h in hosts if h[0] not in {g[0] for g in groups}], sent, 0.7)
        # restriction nouns: "lift the ban on X", "impose export controls on X"
        for obj in obj_tokens:
            if obj.lemma_.lower() in RESTRICTION_NOUNS:
                targets = [e for t in prep_objects(obj, {"on", "against", "to", "for"}) for e in self.entities(t)]
                # "announced the blockade of DeepSeek": a named company or product 'of' the measure is its target
                targets += [e for t in prep_objects(obj, {"of"}) for e in self.entities(t, allow_of=False)
                            if self.type_of(e[0]) in {"Firm", "AIModel", "Hardware"}]
                # "curbs on AI chip exports to China": the trade restricted goes to whom it names
                targets += [e for h in (obj, verb) for t in prep_objects(h, {"on", "against"}) if t.lemma_.lower() in _TRADE_NOUNS
                            for p in prep_objects(t, {"to"}) for e in self.entities(p)
                            if self.type_of(e[0]) in {"Government", "Firm", "Organization"}]
                targets += [e for t in prep_objects(verb, {"on", "against", "to"}) for e in self.entities(t)]
                # "lifted sanctions on Huawei's suppliers": a body named only as the possessor of its partners, suppliers
                # or units is not what the measure targets
                roles = [t for h in (obj, verb) for t in prep_objects(h, {"on", "against"}) if t.lemma_.lower() in _BOUND_PARTY_NOUNS]
                owners = {e[0] for t in roles for c in t.children if c.dep_ == "poss" for e in self.entities(c, allow_of=False)}
                targets = [t for t in targets if t[0] not in owners]
                if lemma in LIFT_VERBS:
                    yield from self.emit(subjects, ("LIFTS_RESTRICTIONS_ON",), targets, sent, 0.85)
                elif lemma in IMPOSE_VERBS:
                    yield from self.emit(subjects, ("RESTRICTS",), targets, sent, 0.85)
                return
        if "RESTRICTS" in rel_candidates and not passive:
            # "banning exports of gallium and germanium to the United States": whoever a restricted trade goes to is
            # restricted (the parser may hang 'to' on the last good listed)
            trade = [o for o in obj_tokens if o.lemma_.lower() in _TRADE_NOUNS]
            targets = [e for o in trade for t in o.subtree if t.dep_ == "prep" and t.lower_ == "to"
                       for p in t.children if p.dep_ == "pobj" for e in self.entities(p)
                       if self.type_of(e[0]) in {"Government", "Firm", "Organization"}]
            if trade and not targets:  # "restricting exports of rare earths to the United States": 'to' on the verb
                targets = [e for t in prep_objects(verb, {"to"}) for e in self.entities(t)
                           if self.type_of(e[0]) in {"Government", "Firm", "Organization"}]
            if targets:
                yield from self.emit(subjects, ("RESTRICTS",), targets, sent, 0.8)
                return
        # "add X to the Entity List": the lister restricts what it lists
        if lemma in LISTING_VERBS:
            lists = [m for t in prep_objects(verb, {"to", "on", "onto"}) if (m := self.mention_at(t)) and _is_list(self, m)]
            unnamed = [t for t in prep_objects(verb, {"to", "on", "onto"}) if self.mention_at(t) is None and _blacklist_noun(t)]
            if unnamed and not lists:
                # "the US government put Huawei on a blacklist", "added X to its trade blacklist"
                targets = self.named_in(obj_tokens, {"Firm", "Government", "AIModel", "Hardware", "Organization"})
                yield from self.emit(subjects, ("RESTRICTS",), targets, sent, 0.75)
                return
            if lists:
                targets = self.named_in([*obj_tokens, *prep_objects(verb, {"under"})], {"Firm", "Government", "AIModel", "Hardware", "Organization"})
                if not targets and any(t.tag_ == "NNS" for t in obj_tokens):
                    # "added 80 companies to its Entity List, including Inspur Group and …": the parser hangs the
                    # examples of the companies on the list's name
                    targets = [e for t in prep_objects(verb, {"to", "on", "onto"}) for ex in prep_objects(t, {"including"})
                               for c in (ex, *conjoined(ex)) for e in self.entities(c, allow_of=False)
                               if self.type_of(e[0]) in {"Firm", "Organization", "Government"}]
                targets = [t for t in targets if t[0] not in {m.entity_id for m in lists}]
                yield from self.emit(subjects, ("RESTRICTS",), targets, sent, 0.8)
                if passive and not subjects and lemma != "include":
                    # "Zhipu AI, which was added to the Entity List in January": with no one named as adding it,
                    # the list itself restricts what was put on it (the named patient only, not its modifiers)
                    put = [e for t in obj_tokens for e in self.entities(t, allow_of=False)
                           if self.type_of(e[0]) in {"Firm", "AIModel", "Hardware", "Organization"}]
                    yield from self.emit([(m.entity_id, 0) for m in lists], ("RESTRICTS",), put, sent, 0.75)
                return
        # "allow exports of X"
        if lemma in ALLOW_VERBS:
            trade = [obj for obj in obj_tokens if obj.lower_ in TRADE_NOUNS]
            for obj in trade:
                targets = [e for t in prep_objects(obj, {"of", "to"}) for e in self.entities(t)]
                yield from self.emit(subjects, ("LIFTS_RESTRICTIONS_ON",), targets, sent, 0.8)
            selling = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and lemma_of(c) in _TRADE_VERBS
                       and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
            if selling and not passive:
                # "allowing the company to export its H20 chips to China": whom a state lets trade, and the goods
                # (the parser makes the trader the object of 'allow' or the subject of the infinitive)
                traders = [e for t in obj_tokens if t.dep_ == "dobj" for e in self.entities(t, allow_of=False)]
                traders += [e for x in selling for t in x.children if t.dep_ == "nsubj" for e in self.entities(t, allow_of=False)]
                goods = [e for x in selling for t in x.children if t.dep_ == "dobj" for e in self.entities(t, allow_of=False)
                         if self.type_of(e[0]) in {"Hardware", "AIModel"}]
                lifters = [e for e in subjects if self.type_of(e[0]) in {"Government", "Agency"}]
                for t in subj_tokens:  # "the Trump administration agreed to allow …": the state its leader heads
                    leader = next((mm for c in t.children if t.lower_ == "administration" and c.dep_ == "compound"
                                   and (mm := self.mention_at(c)) and self.type_of(mm.entity_id) == "Person"), None)
                    gov = self.government_of(leader) if leader is not None else None
                    if gov and self.type_of(gov) == "Government":
                        lifters.append((gov, 1))
                yield from self.emit(lifters, ("LIFTS_RESTRICTIONS_ON",), traders + goods, sent, 0.75)
                trade = trade or selling
            if not trade and lemma in {"approve", "authorise", "authorize", "clear", "license"}:
                # "the Cyberspace Administration approved Ernie Bot": a regulator clearing a product regulates it
                products = [e for t in obj_tokens if t.dep_ == "dobj" for e in self.entities(t, allow_of=False)
                            if self.type_of(e[0]) in {"AIModel", "Hardware"}]
                regulators = [e for e in subjects if self.type_of(e[0]) in {"Agency", "Government"}]
                yield from self.emit(regulators, ("REGULATES",), products, sent, 0.75)
            if not trade and lemma in {"approve", "certify"}:
                # "METI approves the development and production plan … by Micron", "we approved SUMCO's plan": a
                # ministry approving a company's plan (for a subsidy) backs the company
                plans = [c for t in obj_tokens if t.dep_ == "dobj" for c in (t, *conjoined(t)) if self.mention_at(c) is None]
                plans = plans if any(t.lemma_.lower() in _APPROVED_PLAN_NOUNS for t in plans) else []
                firms = [e for t in plans for o in [*(c for c in t.children if c.dep_ == "poss"), *prep_objects(t, {"by", "of"})]
                         for e in self.entities(o, allow_of=False) if self.type_of(e[0]) == "Firm"]
                backers = [e for e in subjects if self.type_of(e[0]) in {"Agency", "Government"}]
                yield from self.emit(backers, ("SUPPORTS",), firms, sent, 0.7)
            if trade or lemma not in VERB_TRIGGERS:
                return  # "approved exports of X"; but "the Parliament approved the AI Act" goes on to ENACTS
        # "A and B, who had worked at Quora": working at or for a body is working for it (with it: partnering)
        if lemma == "work" and not passive:
            employers = [e for t in prep_objects(verb, {"at", "for"}) for e in self.entities(t, allow_of=False)
                         if self.type_of(e[0]) in {"Firm", "Agency", "Organization", "Government"}]
            people = [e for e in subjects if self.type_of(e[0]) == "Person"]
            if employers and people:
                yield from self.emit(people, ("WORKS_FOR",), employers, sent, 0.75)
                return
        # "it has been majority owned by SoftBank Group", "a wholly owned subsidiary … owned by X": part of the owner
        # ("Arm, the British chip designer controlled by SoftBank": control is ownership of the deciding share)
        if lemma in {"own", "control"} and not passive and verb.dep_ not in {"amod"}:
            # "Wingtech Technology, which owns Nexperia", "SoftBank owns Arm": what the subject owns is part of it
            owners = [e for e in subjects if self.type_of(e[0]) in {"Firm", "Organization", "Government", "Agency"}]
            owned = [e for c in verb.children if c.dep_ == "dobj" for e in self.entities(c, allow_of=False)
                     if self.type_of(e[0]) in {"Firm", "Organization"} and e[0] not in {o[0] for o in owners}]
            yield from self.emit(owned, ("PART_OF",), owners, sent, 0.75)
            return
        if lemma in {"own", "control"} and passive:
            owner_ids = {e[0] for e in subjects}
            owned = [e for t in obj_tokens for e in self.entities(t, allow_of=False)
                     if self.type_of(e[0]) in {"Firm", "Organization", "Agency"} and e[0] not in owner_ids]
            if not owned and verb.dep_ == "acl" and verb.head.dep_ == "appos" and (named := self.mention_at(verb.head.head)):
                # "Nexperia, a chipmaker owned by Wingtech": the company the described noun stands beside
                owned = [(named.entity_id, 1)] if self.type_of(named.entity_id) in {"Firm", "Organization"} \
                    and named.entity_id not in owner_ids else []
            if not owned and verb.dep_ == "acl" and verb.head.dep_ == "attr" and verb.head.head.lemma_ == "be":
                # "it has been majority owned by X": the parser makes 'majority' the predicate noun
                copula_subjects, _ = self.subjects(verb.head.head)
                owned = [e for t in copula_subjects for e in self.entities(t, allow_of=False, want={"Firm", "Organization", "Agency"})
                         if self.type_of(e[0]) in {"Firm", "Organization", "Agency"}]
            owners = [e for e in subjects if self.type_of(e[0]) in {"Firm", "Organization", "Government", "Agency"}]
            yield from self.emit(owned, ("PART_OF",), owners, sent, 0.75)
            return
        # "hire X" → X WORKS_FOR subject
        if lemma in HIRING_VERBS:
            if lemma == "name" and _honour(verb):
                return  # "named Executive of the Year by EE Times", "named to the Time 100 list": an honour, not a post
            people = [e for t in obj_tokens for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Person"]
            yield from self.emit(people, ("WORKS_FOR",), subjects, sent, 0.75)
            return
        # "the plan includes X" → X PART_OF the plan
        if lemma in INCLUDE_VERBS:
            parts = [(m.entity_id, 1) for t in obj_tokens for tok in t.subtree
                     if (m := self.mention_at(tok)) is not None and m.start == tok.i]
            rivals_of = [e for t in subj_tokens if t.lemma_.lower() in _RIVAL_NOUNS
                         for c in t.children if _is_possessor(c) or c.dep_ == "poss"
                         for e in self.entities(c, allow_of=False)]
            if rivals_of:
                # "Arm's main CPU competitors include IBM, Intel and AMD": rivals, not parts
                rivals = [p for p in parts if self.type_of(p[0]) in {"Firm", "Government"} and p[0] not in {r[0] for r in rivals_of}]
                yield from self.emit(rivals_of, ("COMPETES_WITH",), rivals, sent, 0.75)
                return
            if verb.dep_ == "relcl" and all(self.type_of(e[0]) in {"Government", "Location"} for e in subjects):
                return  # "… development in Canada, which includes the proposed Act": the clause is the noun's before "in"
            if subjects and all(self.type_of(e[0]) == "Policy" for e in subjects):
                # "The strategy includes support for Cohere": what a plan includes are programmes, not the companies
                # its measures reach
                parts = [p for p in parts if self.type_of(p[0]) == "Policy"]
            yield from self.emit(parts, ("PART_OF",), subjects, sent, 0.7)
            return
        # "receive funding from X" → X INVESTS_IN subject; "award X funding"; "announce a partnership with X"
        # (a relative clause lies inside its noun's subtree: "G42, which received an investment from Microsoft")
        subject_span = {t.i for st in subj_tokens for t in st.subtree} - {t.i for t in verb.subtree}
        funding: list[Token] = []
        if self._may_fund(sent):
            funding = [t for t in verb.subtree if t.i not in subject_span and (
                # (the verb 'grant' itself is no word for money)
                t.lemma_.lower() in FUNDING_NOUNS and t.i != verb.i
                # ("approved, under EU State aid rules, …": aid that names the rules is no money given)
                and not (t.dep_ in {"compound", "nmod"} and t.head.lemma_.lower() in {"rule", "regulation", "law", "guideline", "framework"})
                or (t.ent_type_ == "MONEY" and t.dep_ in {"dobj", "dative"} and t.head == verb)
                # "will provide up to 590 billion yen to Rapidus": the parser makes the amount the object of 'up to'
                or t.ent_type_ == "MONEY" and t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head == verb
                and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))]
        if funding:
            investors = [e for noun in funding for t in prep_objects(noun, {"from", "by"}) for e in self.entities(t)]
            # "raised €600 million in a round led by General Catalyst": whoever leads or joins the round invests
            investors += [e for noun in funding for acl in noun.children if acl.dep_ == "acl" and acl.lemma_ in {"lead", "back", "join"}
                          for a in acl.children if a.dep_ == "agent" for t in a.children if t.dep_ == "pobj"
                          for e in self.entities(t)]
            if lemma in RECEIVE_VERBS and not investors:  # "received $10 billion from X"
                investors = [e for t in prep_objects(verb, {"from"}) for e in self.entities(t)]
            targets = [e for noun in funding for t in prep_objects(noun, {"in", "into", "for"}) for e in self.entities(t)]
            # "an investment of up to $240 million in Cohere": the parser hangs 'in X' on the amount
            targets += [e for noun in funding for amount in prep_objects(noun, {"of"}) if amount.ent_type_ == "MONEY"
                        for t in prep_objects(amount, {"in", "into"}) for e in self.entities(t)]
            if not targets and any(t.ent_type_ == "MONEY" for t in funding):  # "announced £100 million for X"
                targets = [e for t in prep_objects(verb, {"for", "into"}) for e in self.entities(t)]
            if lemma in GIVE_VERBS:
                targets += [e for t in prep_objects(verb, {"to"}) for e in self.entities(t)]
                # "provide a supplemental award of $75 million in direct funding to X": 'to' on the money's noun
                targets += [e for noun in funding for t in prep_objects(noun, {"to"}) for e in self.entities(t)]
                targets += [e for t in obj_tokens if t.dep_ in {"dative", "dobj"} for e in self.entities(t, allow_of=False)]
            if not targets and lemma in {"lead", "join"} and verb.dep_ == "advcl":
                # "Scale reached a valuation of $13 billion after Accel led another round of funding": the round is
                # in the main clause's company
                main, _ = self.subjects(verb.head)
                targets = [e for t in main for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Firm"]
            if lemma in {"participate", "take", "join", "lead"} and not targets:
                # "Nvidia took part in xAI's latest funding round": a possessed round is the owner's
                targets = [e for noun in funding if noun.lemma_.lower() == "round" for c in noun.children if c.dep_ == "poss"
                           for e in self.entities(c, allow_of=False) if self.type_of(e[0]) in {"Firm", "Organization"}]
            targets = self._not_funding_names(targets, verb)  # "$50 million in CHIPS Act funding" is no stake in the act
            if not investors and lemma == "receive" and not passive and any(t.ent_type_ == "MONEY" for f in funding for t in f.subtree) \
                    and (gov := self.release_state()) is not None \
                    and all(self.type_of(e[0]) in {"Organization", "Firm"} for e in subjects):
                # "The Canadian Food Innovation Network (CFIN) is receiving an additional $8.6 million …" in a
                # government's release about its fund: the money is that government's
                investors = [(gov, 2)]
            if investors and lemma in RECEIVE_VERBS:
                yield from self.emit(investors, ("INVESTS_IN",), subjects + targets, sent, 0.75)
            elif targets and lemma in GIVE_VERBS | {"make", "announce", "complete", "lead", "participate", "take", "join"}:
                # a minister announcing an investment announces the government's
                yield from self.emit([self.office_holder_party(e, sent) for e in subjects], ("INVESTS_IN",), targets, sent, 0.75)
        if lemma in _JOINT_MAKING_VERBS and not passive:
            # "OpenAI will build the first Stargate site in Abilene, Texas, with Oracle": a body named straight after
            # 'with' on a verb of making works on it with the subject
            # ("… with Google and OpenAI": each body coordinated there too)
            co = [(m.entity_id, 0) for o in prep_objects(verb, {"with"}) for t in (o, *o.conjuncts)
                  if (m := self.mention_at(t)) is not None
                  and m.end - 1 == t.i and self.type_of(m.entity_id) in {"Firm", "Government", "Organization", "Agency"}]
            yield from self.emit(subjects, ("PARTNERS_WITH",), co, sent, 0.7)
            made = [c for c in verb.children if c.dep_ == "dobj"]
            firms = [e for e in subjects if self.type_of(e[0]) in {"Firm", "Organization", "Government", "Agency"}]
            paired = len(made) == 1 and any(e in self.linking.state_pairs for e, _ in self.entities(made[0], allow_of=False))
            if len(firms) >= 2 and len(made) == 1 and made[0].tag_ in {"NN", "NNP"} and not paired \
                    and any(c.dep_ == "det" and c.lower_ in {"the", "a", "an", "this"} for c in made[0].children):
                # (not "… launched a framework called the Japan-UK Digital Partnership": the pair it names are the parties)
                # "OpenAI and Oracle are building the first Stargate site": one thing made by both is made together
                for i, a in enumerate(firms):
                    yield from self.emit([a], ("PARTNERS_WITH",), firms[i + 1:], sent, 0.7)
        # "announce a partnership with X"; "X and Y announced a partnership"; "built it in partnership with X".
        # A possessed partnership ("investigating Microsoft's partnership with X") is the possessor's, not the subject's.
        pacts = [o for o in obj_tokens if o.lemma_.lower() in PARTNERSHIP_NOUNS and not any(c.dep_ == "poss" for c in o.children)]
        # "announced a partnership to deliver …": the parser may make the pact the subject of the infinitive clause
        infinitive_pacts = [c for cl in verb.children if cl.dep_ in {"ccomp", "xcomp"} and any(a.lower_ == "to" for a in cl.children)
                            for c in cl.children if c.dep_ == "nsubj" and c.lemma_.lower() in PARTNERSHIP_NOUNS
                            and c.i > verb.i] if lemma in PACT_VERBS else []
        pacts += infinitive_pacts
        # "in partnership with X" on the verb, or set off beside the subject ("X, in collaboration with Y, convened")
        pacts += [p for head in (verb, *subj_tokens) for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "in"
                  for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in PARTNERSHIP_NOUNS]
        for pact in pacts:
            partners = [e for t in prep_objects(pact, {"with"}) for e in self.entities(t)]
            if not partners and pact.dep_ == "dobj":
                # "signed a memorandum of understanding with Anthropic": the parser may hang "with" on the pact's
                # own "of" phrase or on the verb
                inner = [p for c in pact.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
                partners = [e for h in (*inner, verb) for t in prep_objects(h, {"with"}) for e in self.entities(t)]
            if not partners and verb.dep_ == "relcl" and any(p.lower_ in {"which", "whom"} for p in prep_objects(verb, {"with"})):
                # "Australia is … a country with which the U.S. has signed a bilateral … deal": the noun the clause
                # hangs on (and what it describes) is the partner
                head = verb.head
                while head.dep_ == "conj" and head.head.i != head.i:
                    head = head.head
                partners = self.entities(head, allow_of=False)
            if partners:
                yield from self.emit([self.office_holder_party(e, sent) for e in subjects], ("PARTNERS_WITH",), partners, sent, 0.8)
            elif lemma in PACT_VERBS and pact.dep_ == "dobj" and self.funding_purpose(verb, pact):
                # "Commerce and Micron signed a memorandum of terms to provide $6 billion in funding": a funding
                # agreement — the public side invests in the firm
                givers = [s for s in subjects if self.type_of(s[0]) in {"Government", "Agency"}]
                firms = [s for s in subjects if self.type_of(s[0]) == "Firm"]
                yield from self.emit(givers, ("INVESTS_IN",), firms, sent, 0.7)
            elif lemma in PACT_VERBS and pact.dep_ == "dobj" and (laws := self._laws_agreed_on(pact)):
                # "The Council and the European Parliament have reached … agreement on the regulation …, better known
                # as the 'Chips Act'": lawmakers agreeing a law's text adopt it; they are co-legislators, not partners
                makers = [s for s in subjects if self.type_of(s[0]) in {"Agency", "Government"}]
                yield from self.emit(makers, ("ENACTS",), laws, sent, 0.7)
            elif lemma in PACT_VERBS | TIE_VERBS and (pact.dep_ == "dobj" or pact in infinitive_pacts or passive and pact.dep_ == "nsubjpass"):
                # "X and Y signed an accord", "X and Y strengthen collaboration"; "the accord was signed by X and Y"
                # (a secretary or minister signs for
                # their government, and the state word in an office's title is no separate party)
                parties = list(dict.fromkeys(self.office_holder_party(e, sent) for e in subjects))
                if any(self.type_of(e[0]) == "Person" for e in subjects):
                    parties = [p for p in parties if not self._names_an_office(p[0], sent)]
                    # ("The two ministers signed a memorandum": people whose side is unknown are no parties themselves)
                    parties = [p for p in parties if self.type_of(p[0]) != "Person"]
                yield from self.mutual(parties, sent, 0.75)
        # "The following officials attended the meeting from Japan: A, B …": delegates of a state serve it
        if any(t.tag_ == "NNS" and "Person" in LIST_CLASS_NOUNS.get(t.lemma_.lower(), ()) for t in subj_tokens):
            heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            states = [e for h in heads for t in prep_objects(h, {"from"}) for e in self.entities(t, allow_of=False)
                      if self.type_of(e[0]) == "Government"]
            people = [s for s in subjects if self.type_of(s[0]) == "Person"]
            yield from self.emit(people, ("WORKS_FOR",), states, sent, 0.65)
        # "X and Y reaffirm their commitment to a strong bilateral relationship": a bilateral or strategic tie
        # between coordinated subjects is a partnership, wherever it sits in the clause
        if len(subjects) >= 2 and not pacts and lemma in TIE_VERBS and any(
                t.lemma_.lower() in _TIE_NOUNS and (t.lemma_.lower() in _COOPERATION_NOUNS or any(
                    c.dep_ == "amod" and c.lower_ in {"bilateral", "strategic"} for c in t.children))
                for t in verb.subtree if t.i not in subject_span):
            # "President X and Prime Minister Y celebrate … cooperation": leaders speak for their states
            parties = list(dict.fromkeys(self.office_holder_party(s, sent, leaders=True) for s in subjects))
            # ("The ministers agreed … to accelerate collaboration": people whose side is unknown are no parties)
            parties = [p for p in parties if self.type_of(p[0]) != "Person"]
            yield from self.mutual(parties, sent, 0.7)
        # "Tencent and ByteDance have ordered H20 chips from Nvidia": whoever goods are bought from supplies the buyer
        goods = [c for c in verb.children if c.dep_ == "dobj"] if lemma in _BUY_VERBS and not passive else []
        if goods and (suppliers := [  # ('from' on the verb, or on the goods: "bought chips from AMD")
                e for h in (verb, *goods) for t in prep_objects(h, {"from"}) for e in self.entities(t, allow_of=False)
                if self.type_of(e[0]) in {"Firm", "Government"}]):
            if not any(g.lemma_.lower() in FUNDING_NOUNS or (gm := self.mention_at(g)) is not None
                                 and self.type_of(gm.entity_id) in {"Firm", "Organization", "Agency"} for g in goods):
                buyers = [e for e in subjects if self.type_of(e[0]) in {"Firm", "Government"}]
                yield from self.emit(suppliers, ("SUPPLIES",), buyers, sent, 0.75)
        # "TSMC manufactures chips for Apple and Nvidia": goods made for a company or state supply it
        goods = [c for c in verb.children if c.dep_ == "dobj"] if lemma in _MAKE_VERBS and not passive else []
        if goods and all(g.lemma_.lower() in _GOODS_NOUNS or (gm := self.mention_at(g)) is not None
                         and self.type_of(gm.entity_id) in {"Hardware", "AIModel"} for g in goods):
            buyers = [e for h in (verb, *goods) for t in prep_objects(h, {"for"}) for e in self.entities(t, allow_of=False)
                      if self.type_of(e[0]) in {"Firm", "Government"}]
            makers = [e for e in subjects if self.type_of(e[0]) == "Firm"]
            yield from self.emit(makers, ("SUPPLIES",), [b for b in buyers if b[0] not in {m[0] for m in makers}], sent, 0.7)
        made = [c for c in verb.children if c.dep_ == "nsubjpass"] if lemma in _MAKE_VERBS and passive else []
        if made and all(g.lemma_.lower() in _GOODS_NOUNS or (gm := self.mention_at(g)) is not None
                        and self.type_of(gm.entity_id) in {"Hardware", "AIModel"} for g in made):
            # "The chips are made by TSMC for Nvidia": the agent supplies whom the goods are made for
            buyers = [e for t in prep_objects(verb, {"for"}) for e in self.entities(t, allow_of=False)
                      if self.type_of(e[0]) in {"Firm", "Government"}]
            makers = [e for e in subjects if self.type_of(e[0]) == "Firm"]
            yield from self.emit(makers, ("SUPPLIES",), [b for b in buyers if b[0] not in {m[0] for m in makers}], sent, 0.7)
        # "use X as its cloud provider" → X SUPPLIES subject
        if lemma in {"use", "choose", "select", "pick", "tap", "name"}:
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    roles = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in SUPPLIER_ROLES]
                    if roles:
                        suppliers = [e for t in obj_tokens for e in self.entities(t, allow_of=False)]
                        yield from self.emit(suppliers, ("SUPPLIES",), subjects, sent, 0.75)
        rel_types = rel_candidates
        if not rel_types:
            return
        objects = [self.not_reflexive(e, t, subjects) for t in obj_tokens for e in self.entities(t, want=obj_types)]
        if "INVESTS_IN" in rel_types and (policies := [o for o in objects if self.type_of(o[0]) == "Policy"]):
            # "awarded Amkor … $407 million under the CHIPS Incentives Program's Funding Opportunity": the programme
            # the money comes under is no stake
            kept = self._not_funding_names(policies, verb)
            objects = [o for o in objects if self.type_of(o[0]) != "Policy" or o in kept]
        if rel_types == ("LEADS",) and not passive and (functions := [
                c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and self.mention_at(c) is None]):
            # "Jan Leike leads alignment research at Anthropic": heading a function 'at' a body is working for it
            bodies = [e for h in (verb, *functions) for t in prep_objects(h, {"at"}) for e in self.entities(t, allow_of=False)
                      if self.type_of(e[0]) in {"Firm", "Organization", "Agency"}]
            if bodies:
                people = [e for e in subjects if self.type_of(e[0]) == "Person"]
                yield from self.emit(people, ("WORKS_FOR",), bodies, sent, 0.75)
                return
        if passive and verb.dep_ == "acl":
            # "a session co-chaired by X and Y": the described noun's subtree holds the agents, who are not its objects
            own = {t.i for t in verb.subtree}
            objects = [o for o in objects if not any(mm.entity_id == o[0] and mm.start in own for mm in self.ordered)]
        if "SUPPLIES" in rel_types and lemma in GIVE_VERBS and any(
                t.dep_ in {"dobj", "dative"} and t.head == verb
                or t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head == verb
                or t.ent_type_ == "MONEY" and t.dep_ == "pobj" and t.head.head == verb for t in funding):
            # "providing $5 million to X", "provided X with a $1 billion investment" fund, not supply
            rel_types = tuple(r for r in rel_types if r != "SUPPLIES")
            if not rel_types:
                return
        if "DEVELOPS" in rel_types and lemma in _CODEVELOP_VERBS and not passive and any(c.dep_ == "dobj" for c in verb.children) \
                and not self.hedged(verb) and (co := [
                (m.entity_id, 0) for h in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
                for t in prep_objects(h, {"with"}) for c in (t, *conjoined(t))
                if (m := self.mention_at(c)) is not None and self.type_of(m.entity_id) in {"Firm", "Organization"}
                and self.doc[m.end - 1].i == c.i]):
            # "Google is developing its TPUs with Broadcom": whoever a thing is developed with is a partner (not "with
            # Nvidia chips", where the company only names the chips)
            yield from self.emit([s for s in subjects if s[0] not in {c[0] for c in co}], ("PARTNERS_WITH",), co, sent, 0.7)
        if "DEVELOPS" in rel_types and passive and lemma in _FABRICATE_VERBS:
            # "Microsoft's Maia 100 chip is made by TSMC": a maker of another company's chip supplies that company; the
            # design is the owner's
            owners = [e for t in obj_tokens for c in t.children if c.dep_ == "poss"
                      for e in self.entities(c, allow_of=False) if self.type_of(e[0]) == "Firm"]
            makers = [s for s in subjects if self.type_of(s[0]) == "Firm" and s[0] not in {o[0] for o in owners}]
            if owners and makers:
                yield from self.emit(makers, ("SUPPLIES",), owners, sent, 0.7)
                rel_types = tuple(r for r in rel_types if r != "DEVELOPS")
                if not rel_types:
                    return
        if "REGULATES" in rel_types and lemma in {"cover", "apply"} and any(
                t.lemma_.lower() in RESTRICTION_NOUNS for t in subj_tokens):
            rel_types = ("RESTRICTS",)  # "The ban, imposed by Commerce in October, covers the H20": a ban restricts
        if "REVOKES" in rel_types and lemma == "lift":
            rel_types = ("REVOKES",)
        if lemma == "sign":
            rel_types = tuple(sorted(rel_types, key=lambda r: r != "ENACTS")) if not _agreement_like(objects, self) else ("PARTICIPATES_IN",)
        elif lemma in _JOINT_ISSUE_VERBS and "ENACTS" in rel_types and len({s for s, _ in subjects}) >= 2 \
                and _agreement_like(objects, self):
            # "28 countries, including A, B and C, have issued an agreement known as the Bletchley Declaration": an
            # agreement several parties issue together is one they take part in, not a law each of them enacts
            rel_types = ("PARTICIPATES_IN",)
        elif lemma in _JOINT_ISSUE_VERBS | {"launch", "form", "establish", "create"} and "ENACTS" in rel_types \
                and len({s for s, _ in subjects}) >= 2 and any(t.lemma_.lower() in PARTNERSHIP_NOUNS and not (
                    (held := self.mention_at(t)) is not None and self._modifies_noun_after_acronym(held)) for t in obj_tokens):
            # "the United Kingdom, the United States and Australia launched the … partnership – known as AUKUS": the
            # partnership several parties launch together is one they take part in
            rel_types = ("PARTICIPATES_IN",)
        if passive and "INVESTS_IN" in rel_types and any(t.lemma_.lower() in FUNDING_NOUNS for t in subj_tokens):
            rel_types = ("INVESTS_IN",)  # "is backed by a $29 million investment from X": money backs it
        elif lemma == "back" and objects and all(self.type_of(o[0]) == "Policy" for o in objects) \
                and not any(self._is_programme(o[0]) for o in objects):
            rel_types = ("SUPPORTS",)  # "backs the EU AI Act": an act is endorsed, not funded (a programme may be funded)
        if "FOUNDED" in rel_types:
            # "founded by former DeepMind and Meta researchers": the firms only say where the founders worked
            # ("former DeepMind and Meta researchers": a name coordinated with the modifiers shares their noun)
            staff = [c for t in subj_tokens for c in (t, *conjoined(t)) if c.lower_ in STAFF_NOUNS]
            sharing = {mm.entity_id for mm in self.ordered for t in staff if t.dep_ == "conj" and mm.start <= t.head.i < mm.end
                       and self.type_of(mm.entity_id) in {self.type_of(cm.entity_id) for c in t.children
                                                          if c.dep_ in {"compound", "nmod"} and (cm := self.mention_at(c))}}
            subjects = [e for e in self._not_modifiers(subjects, staff) if e[0] not in sharing]
        if lemma == "join":
            # "the Secretary will join Dr. X for a conversation": one person joining another is company, not a partnership
            objects = [o for o in objects if self.type_of(o[0]) != "Person"]
            if passive and any(t.lower_ == "it" for t in obj_tokens):
                objects = []  # "It was joined by Commissioner X": a meeting's guests join the meeting, not a body
            if any(t.dep_ == "dobj" and t.lemma_.lower() in _MET_PEOPLE_NOUNS and self.mention_at(t) is None for t in obj_tokens):
                objects = []  # "joined regional defense leaders in Chile": people joined, not the state they are in
        if "ACQUIRES" in rel_types:
            # "acquired a Motorola plant": a firm's asset, named by a common noun the firm only modifies, is what was bought
            assets = {t.i for t in obj_tokens if t.pos_ == "NOUN" and self.mention_at(t) is None}
            # ("took over the business of Mitsubishi Electric": the same asset, named by an 'of' phrase)
            objects = [o for o in objects if not any(mm.entity_id == o[0] and (
                self.doc[mm.end - 1].dep_ in {"compound", "amod"} and self.doc[mm.end - 1].head.i in assets
                or self.doc[mm.end - 1].dep_ == "pobj" and self.doc[mm.end - 1].head.lower_ == "of"
                and self.doc[mm.end - 1].head.head.i in assets) for mm in self.ordered)]
        if "LEADS" in rel_types and (groups := [t for t in obj_tokens if t.lemma_.lower() in _DELEGATION_NOUNS
                                                and self.mention_at(t) is None]):
            # "Led by Deputy Prime Minister David Lammy, the UK delegation …": whoever leads a state's delegation
            # serves that state; the delegation, not the state, is what is led
            envoys = [o for o in objects if o not in self._not_modifiers(objects, groups)]
            yield from self.emit(subjects, ("WORKS_FOR",), [o for o in envoys if self.type_of(o[0]) in {"Government", "Agency"}],
                                 sent, 0.75)
            objects = [o for o in objects if o not in envoys]
        if "SUPPLIES" in rel_types:
            # "granted waivers to ship equipment to their China plants": a place that only names where the subject's
            # own plants are is no customer
            sites = [t for t in obj_tokens if t.lemma_.lower() in _OWN_SITE_NOUNS and self.mention_at(t) is None]
            if sites:
                objects = [o for o in objects if o in self._not_modifiers(objects, sites)]
        if "SUPPORTS" in rel_types or "OPPOSES" in rel_types:
            # "They support the EU AI industrial and research ecosystem": a name that only modifies the common noun
            # supported is not what is supported
            objects = self._not_modifiers(objects, obj_tokens)
        if "RESTRICTS" in rel_types:
            # "to target PRC aerospace programs": a state that only names whose programmes are targeted is not
            # itself restricted (its firms may be: "restrictions on Chinese firms" is read as it is)
            objects = self._not_modifiers(objects, [t for t in obj_tokens if t.lemma_.lower() in PROGRAMME_NOUNS])
        if "ENACTS" in rel_types:
            # "announced the award of $238 million in CHIPS and Science Act funding": money under an act is announced,
            # not the act
            objects = self._not_funding_names(objects, verb)
        if {"OPPOSES", "SUPPORTS", "MEMBER_OF", "PARTICIPATES_IN"} & set(rel_types):
            # "resigned to protest Apple's plan to require in-person work": opposing a body's plan (a common noun) is
            # no stand against the body; "Britain signed the Council of Europe's AI convention": signing a body's
            # convention is no membership of the body
            plans = {t.i for t in obj_tokens if t.pos_ == "NOUN" and self.mention_at(t) is None}
            reach = {t.i for o in obj_tokens for t in o.subtree}

            def possessor(mm: LinkedMention) -> bool:
                return self.doc[mm.end - 1].dep_ == "poss" and self.doc[mm.end - 1].head.i in plans or (
                    # ("the Council of Europe's AI convention": the parser may hang the possessor as a modifier)
                    mm.end < len(self.doc) and self.doc[mm.end].tag_ == "POS" and _owns_common_noun(self, mm.end + 1))

            # an object stays when some mention of it among the objects is not a possessor ("joined Y Combinator …
            # and was the company's president": the company is still what was joined)
            objects = [o for o in objects if not (seen := [mm for mm in self.ordered if mm.entity_id == o[0] and mm.start in reach])
                       or not all(possessor(mm) for mm in seen)]
        yield from self.emit(subjects, rel_types, objects, sent, 0.85 if not passive else 0.8)
        if "PARTICIPATES_IN" in rel_types and (events := [o for o in objects if self.type_of(o[0]) == "Event"]):
            # "In Paris, the Prime Minister participated in the AI Action Summit": the place the taking part happened
            # in holds the event
            places = [e for t in prep_objects(verb, {"in"}) for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Location"]
            yield from self.emit(places[:1], ("HOSTS",), events, sent, 0.65)
        if lemma in {"hold", "host", "stage", "convene", "organise", "organize"} and passive:
            # "The summit was held at the Grand Palais in Paris": the place hosts the event
            event = self.mention_at(verb.head) if verb.dep_ == "acl" else next(
                (self.mention_at(c) for c in verb.children if c.dep_ == "nsubjpass" and self.mention_at(c)), None)
            if event is None:  # "Organized by the British government, it was held …": the pronoun's event
                found = [e for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in PRONOUNS
                         for e in self.entities(c, allow_of=False, want={"Event"}) if self.type_of(e[0]) == "Event"]
                event = next((mm for mm in self.ordered if found and mm.entity_id == found[0][0]), None)
            if event is None:  # "A meeting of the OECD Council at Ministerial Level was held in Paris"
                event = next((m for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in _GATHERING_NOUNS
                              for t in prep_objects(c, {"of"}) if (m := self.mention_at(t)) is not None
                              and self.type_of(m.entity_id) == "Event"), None)
            if event is None and verb.dep_ == "advcl" and (attended := next(
                    (m for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and (m := self.mention_at(c)) is not None
                     and self.type_of(m.entity_id) == "Event"), None)) is not None:
                # "attended Frontiers of AI, co-hosted by MaRS, Vector Institute and the University of Toronto": the
                # participle the parser hung on the verb describes the event just named
                event = attended
                agents = [e for a in verb.children if a.dep_ == "agent" for t in a.children if t.dep_ == "pobj"
                          for e in self.entities(t, allow_of=False)]
                yield from self.emit(agents, ("HOSTS",), [(event.entity_id, 0)], sent, 0.75)
            places = []
            for place_prep in ("at", "in"):
                for t in prep_objects(verb, {place_prep}):
                    own = self.mention_at(t)
                    if own is not None and self.type_of(own.entity_id) == "Location":
                        # "at Bletchley Park, Milton Keynes, England": the venue, not the town and country listed after it
                        places.append((own.entity_id, 0))
                    else:
                        places += [e for e in self.entities(t, allow_of=False) if self.type_of(e[0]) in {"Location", "Government"}]
                    places += [e for p in prep_objects(t, {"in"}) for e in self.entities(p, allow_of=False)
                               if self.type_of(e[0]) in {"Location", "Government"}]
            if event is not None:
                yield from self.emit(places, ("HOSTS",), [(event.entity_id, 0)], sent, 0.75)
        if "FOUNDED" in rel_types and verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_ == "help" and not passive:
            # "Suleyman helped Mohammed Mamdani establish the Muslim Youth Helpline": the helper founded it too
            helpers, _ = self.subjects(verb.head)
            helpers = [e for t in helpers for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Person"]
            yield from self.emit(helpers, ("FOUNDED",), objects, sent, 0.7)
        if "FOUNDED" in rel_types:
            # "X co-founded Y with A and B": the others named with "with" founded it too
            partners = [e for t in prep_objects(verb, {"with", "alongside"}) for e in self.entities(t, allow_of=False)]
            partners = [p for p in partners if self.type_of(p[0]) == "Person"]
            yield from self.emit(partners, ("FOUNDED",), objects, sent, 0.75)
        # symmetric verbs with a coordinated subject: "X and Y partnered"
        symmetric = tuple(r for r in rel_types if SCHEMA.relations[r].symmetric)
        joined_others = lemma == "join" and any(c.dep_ == "dobj" and c.lemma_.lower() not in {"force", "hand"} for c in verb.children)
        if symmetric and len(subjects) >= 2 and not objects and not passive and not joined_others:
            # ("A and B joined regional defense leaders": they joined others, not each other; "joined forces" is mutual)
            # (only the symmetric types: "A and B joined" is no membership of one in the other; and not "X was joined
            # by A and B", whose agents did something to X)
            for i, a in enumerate(subjects):
                yield from self.emit([a], symmetric, subjects[i + 1:], sent, 0.75)

    def _joint_owners(self, token: Token, owner: tuple[str, int]) -> Iterator[Candidate]:
        """'Canada and the UK's joint commitment': the parties to a joint or shared undertaking work together (the
        parser often hangs the first party elsewhere, so it is read as the name before 'and (the)')."""
        head = token.head
        if head.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ in {"joint", "shared", "mutual", "common"}
                                          for c in head.children):
            return
        m = self.mention_at(token)
        j = (m.start if m is not None else token.i) - 1
        j -= j >= 0 and self.doc[j].lower_ == "the"
        if j < 1 or self.doc[j].lower_ != "and" or (first := self.mention_at(self.doc[j - 1])) is None:
            return
        if self.type_of(first.entity_id) in _BODY_KINDS and self.type_of(owner[0]) in _BODY_KINDS and first.entity_id != owner[0]:
            yield from self.emit([(first.entity_id, 0)], ("PARTNERS_WITH",), [owner], token.sent, 0.7)

    def possessives(self, token: Token) -> Iterator[Candidate]:
        """'Anthropic's Claude', 'Claude 4, Anthropic's model', 'Britain's AI Institute', 'the government's plan'."""
        owner_m = self.mention_at(token)  # run() calls this only for possessors
        if owner_m is None and token.lower_ in PRONOUNS and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "own":
            return  # "the lab became its own company, DeepSeek": the pronoun is the thing itself, not an owner
        if owner_m is None and token.lower_ in PRONOUNS:
            head_m = self.mention_at(token.head) or next(
                (m for c in token.head.children if c.dep_ == "appos" and (m := self.mention_at(c))), None) \
                or self._gathering_named(token.head)  # "its company X", "his Arsenal of Freedom tour"
            want = _owner_types(self.type_of(head_m.entity_id)) if head_m else None
            eid = self.pronoun_antecedent(token, want) if want else None
            own_subject = [e for t in self.subjects(token.head.head)[0] for e in self.entities(t, allow_of=False)] \
                if token.lower_ == "its" and token.head.dep_ == "dobj" and token.head.head.pos_ == "VERB" else []
            if len(own_subject) == 1 and self.type_of(own_subject[0][0]) != "Person":
                # "the Commission held its second High-level Digital Dialogue with China": 'its' in the object is the
                # clause's subject's, whatever kind of owner the object wants
                eid = own_subject[0][0]
            owners = [(eid, 1)] if eid else []
        else:
            owners = [(owner_m.entity_id, 0)] if owner_m else []
        if owner_m is None and (pair := self._the_two_states(token)):
            # "the UK and Japan …, after agreeing to renew the two countries' longstanding Science and Technology
            # Agreement": a pact the two states own is theirs together
            pact = self.mention_at(token.head)
            if pact is not None and self.type_of(pact.entity_id) == "Policy" and not self.hedged(token.head.head):
                yield from self.emit(pair, ("PARTICIPATES_IN",), [(pact.entity_id, 0)], token.sent, 0.7)
            return
        if token.lower_ in {"administration", "government", "cabinet"}:
            # "the Biden Administration's rule": the administration is its leader's (the corpus rule: it
            # mentions the person), even where "Administration" itself was linked to the government
            leaders = [(m.entity_id, 1) for c in token.children if c.dep_ == "compound"
                       and (m := self.mention_at(c)) is not None and self.type_of(m.entity_id) == "Person"]
            owners = leaders[:1] or owners  # "the Biden-Harris Administration's Act": the president's, the first named
        if not owners and token.lower_ == "our" and (named := self.mention_at(token.head)) is not None \
                and self.type_of(named.entity_id) == "Policy" and (
                    gov := self.speaker_body(token) or self.document_speaker_body() or self._author_state(token)) is not None:
            # "… through our Modern Industrial Strategy" in a government's release: the government's own policy
            # ("… join our AI Pact" in a statement by the Commission's President: the Commission's)
            owners = [(gov, 1)]
        if not owners:
            return
        head = token.head
        if token.dep_ == "conj" and head.dep_ == "poss":
            head = head.head  # ("the Indo-Pacific and ROK's new strategy": a possessor coordinated with another owns what it owns)
        yield from self._joint_owners(token, owners[0])
        if head.tag_ == "NNS" and head.lemma_.lower() in PROGRAMME_NOUNS and head.i + 2 < len(self.doc) \
                and self.doc[head.i + 1].text == ":" and (first := self.mention_at(self.doc[head.i + 2])) is not None \
                and self.type_of(owners[0][0]) in {"Agency", "Government", "Firm", "Organization"}:
            # "BDUK's two main programmes: Project Gigabit, …, and the Shared Rural Network": the owner runs those listed
            listed = [e for e in self.entities(self.doc[first.end - 1], allow_of=False) if self.type_of(e[0]) == "Policy"]
            yield from self.emit(owners[:1], ("ENACTS",), listed, token.sent, 0.7)
        if head.lemma_.lower() in _ROLE_NOUNS and self.mention_at(head) is None:
            return  # "Microsoft, OpenAI's largest investor": a role towards the owner (other rules read it), not a part
        owned = [(hm.entity_id, 0)] if (hm := self.mention_at(head) or self._gathering_named(head)) else []
        after_mark = owner_m.end + 1 if owner_m is not None else len(self.doc)
        if after_mark + 2 < len(self.doc) and self.doc[after_mark].text == "(" \
                and (acr := self.mention_at(self.doc[after_mark + 1])) is not None and acr.entity_id == owner_m.entity_id \
                and acr.end < len(self.doc) and self.doc[acr.end].text == ")":
            after_mark = acr.end + 1  # "the Defense Department's (DoD) Joint AI Center": past the owner's acronym
        if owner_m is not None and after_mark < len(self.doc) and self.doc[owner_m.end].lower_ in _POSSESSIVE_MARKS \
                and (nm := self.mention_at(self.doc[after_mark])) is not None and nm.start == after_mark:
            owned = [(nm.entity_id, 0)]  # "The Department of Commerce's Bureau of …": the name right after the mark,
            # whatever the parser made of the phrase
        if not owned and head.lemma_.lower() in FIRM_NOUNS | {"parent", "owner"} and head.i + 1 < len(self.doc) \
                and (nm := self.mention_at(self.doc[head.i + 1])) is not None and nm.start == head.i + 1 \
                and self.type_of(nm.entity_id) in {"Firm", "Organization"}:
            owned = [(nm.entity_id, 0)]  # "Saudi Arabia's AI company Humain", however the parser hung the name
        if owned and owners and (head.lemma_.lower() in {"parent", "owner"} or any(
                self.doc[i].lower_ in {"parent", "owner"} for i in range(token.i + 1, head.i))):
            # "Arm's parent company SoftBank": the possessor is the part, the named parent the whole
            yield from self.emit(owners, ("PART_OF",), [o for o in owned if self.type_of(o[0]) in {"Firm", "Organization"}],
                                 token.sent, 0.75)
            return
        if not owned and head.lemma_.lower() in _PRODUCT_CLASS_NOUNS:
            # "Huawei's Ascend 910B chips": the name is a modifier of the product class noun the owner has
            owned = [(m.entity_id, 0) for c in head.children if c.dep_ in {"compound", "nmod"} and (m := self.mention_at(c))
                     and self.type_of(m.entity_id) in {"AIModel", "Hardware"}]
        if not owned and head.tag_ in {"NNS", "NNPS"} and head.dep_ == "pobj" and head.head.lower_ == "of" \
                and head.head.head.lower_ == "one" and (named := self._named_before_comma(head.head.head)) is not None:
            # "the MiQro Innovation Collaborative Centre (C2MI), one of Canada's leading … centres": one of the owner's
            owned = [(named.entity_id, 1)]
        if not owned and head.dep_ == "appos" and (am := self.mention_at(head.head)) \
                and not any(self.doc[k].is_quote for k in range(am.end, token.i)):
            owned = [(am.entity_id, 1)]  # (a quotation opening between them starts new words: no apposition)
        if not owned:
            owned = [(m.entity_id, 1) for c in head.children if c.dep_ == "appos" and (m := self.mention_at(c))]
        if not owned:
            # "the Department of the Treasury's Office of …": the owned name hangs off the owner as an apposition
            owned = [(m.entity_id, 1) for c in token.children if c.dep_ == "appos" and (m := self.mention_at(c))]
        if not owned:
            # "Claude 4, Anthropic's most advanced model": the noun phrase stands in apposition after a comma
            left = min(t.i for t in head.subtree if not t.is_punct)  # the parser may hang the comma itself on the noun
            before = left - 2
            if before >= 3 and self.doc[before].text == ")" and self.doc[before - 2].text == "(":
                before -= 3  # "the National Cyber Security Centre (NCSC), the UK's national technical authority"
            if left >= 2 and self.doc[left - 1].text == "," and (prev := self.mention_at(self.doc[before])):
                owned = [(prev.entity_id, 1)]
        if not owned and head.lemma_.lower() in {"order", "act", "rule", "plan", "strategy", "law", "policy", "executive", "initiative"}:
            owned = [(m.entity_id, 1) for t in prep_objects(head, {"on", "of"})
                     if (m := self.mention_at(t)) is not None and self.type_of(m.entity_id) == "Policy"]
        if not owned and head.lower_ in {"orders", "order"} and head.i + 2 < len(self.doc) and self.doc[head.i + 1].text in {",", ":"}:
            # "President Trump's Executive Orders, Accelerating … and Removing …": the titles listed after them
            owned = [(m.entity_id, 1) for m in self.ordered if head.i + 1 < m.start < head.sent.end and m.how == "chunk"
                     and self.type_of(m.entity_id) == "Policy" or m.start == head.i + 2 and self.type_of(m.entity_id) == "Policy"]
        if not owned and head.dep_ == "attr" and head.head.lemma_ == "be" and head.lemma_.lower() in _BODY_KIND_NOUNS \
                and self.type_of(owners[0][0]) in {"Government", "Location"} and not self.hedged(head.head):
            # "The Alan Turing Institute is the United Kingdom's national institute for …": the copula's subject
            owned = [(e, 1) for c in head.head.children if c.dep_ == "nsubj" for e, _ in self.entities(c, allow_of=False)]
        if self.type_of(owners[0][0]) == "Government" and not owned:
            # "America's top technology and AI firms – like Microsoft, NVIDIA …": the listed firms are the state's
            owned = [e for h in (head, *head.conjuncts) if h.lemma_.lower() in FIRM_NOUNS
                     for t in prep_objects(h, LIST_PREPS) for e in self.entities(t, allow_of=False)]
        if self.type_of(owners[0][0]) in {"Government", "Location"} and not owned and head.tag_ == "NNS" \
                and head.lemma_.lower() in FIRM_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "of" \
                and (part := head.head.head).lower_ in {"one", "two", "three", "some", "several", "many", "each"}:
            # "Cohere, one of Canada's prominent AI firms", "X is one of China's largest chipmakers": the one named
            if part.dep_ == "appos":
                owned = [(e, 1) for e, _ in self.entities(part.head, allow_of=False)]
            elif part.dep_ == "attr" and part.head.lemma_ == "be" and not self.hedged(part.head):
                owned = [(e, 1) for c in part.head.children if c.dep_ == "nsubj" for e, _ in self.entities(c, allow_of=False)]
        owned = [o for o in owned if o[0] != owners[0][0]]
        if not owned:
            return
        if token.lower_ == "government" and self.type_of(owners[0][0]) == "Government" and len(owned) == 1 \
                and (entry := self.kb.get(owned[0][0])) is not None and entry.type == "Policy" \
                and (home := self.kb.state_of(entry)) is not None and home != owners[0][0]:
            # "… back in the UK, as part of the government's Plan for Change" after "the President of Kenya": the
            # policy the knowledge base knows as one state's is that state's, whichever government came last
            if not self._linked(home):
                return
            owners = [(home, 1)]
        sent = token.sent
        if any(c.lemma_.lower() in _RIVAL_NOUNS for c in head.children if c.dep_ in {"amod", "compound", "nmod"}):
            # "Alibaba's rival Tencent": the owner's rival, not a part of it
            yield from self.emit(owned, ("COMPETES_WITH",), owners, sent, 0.7)
            return
        if self.mention_at(head) is None and (head.lower_ in {"parent", "owner"} or any(
                c.lower_ in {"parent", "holding"} for c in head.children if c.dep_ in {"amod", "compound", "nmod"})):
            # "Google's parent company, Alphabet": the owner is the part
            yield from self.emit(owners, ("PART_OF",), owned, sent, 0.7)
            return
        # "Anthropic's Claude" DEVELOPS, "Biden's order" ENACTS, "Japan's summit" HOSTS, "Biden's State of the Union"
        if owned and all(self.type_of(o[0]) in {"AIModel", "Hardware"} for o in owned):
            # "Anthropic's Claude Opus 4 and Claude Sonnet 4": the possessive reaches the products coordinated with the first
            # ("Nvidia's H20 and AMD's MI308": a conjunct with a possessor of its own is that possessor's)
            owned += [(cm.entity_id, 1) for c in head.conjuncts if (cm := self.mention_at(c)) is not None
                      and self.type_of(cm.entity_id) in {"AIModel", "Hardware"} and (cm.entity_id, 0) not in owned
                      and not any(_is_possessor(d) and d.i != token.i for d in c.subtree)
                      and not (cm.start >= 2 and self.doc[cm.start - 1].tag_ == "POS")]
        clause = head.head.head if head.dep_ == "pobj" else head.head if head.dep_ == "dobj" else None
        if token.lower_ == "their" and owned and all(self.type_of(o[0]) in {"Policy", "Event"} for o in owned) and clause is not None \
                and (head.dep_ == "pobj" or any(self.type_of(o[0]) == "Event" for o in owned)) \
                and len(parties := [e for t in self.subjects(clause)[0] for e in self.entities(t, allow_of=False)
                                    if self.type_of(e[0]) in _BODY_KINDS]) >= 2:
            # "Through their Partnership, Canada and the UK will work together", "the EU and Japan held their second
            # Digital Partnership Council": the clause's parties take part in what is theirs together
            yield from self.emit(parties, ("PARTICIPATES_IN",), owned, sent, 0.7)
            return
        if any(c.dep_ in {"amod", "compound"} and c.lower_ in _NOT_YET_WORDS for c in head.children) \
                or any(self.doc[k].lower_ in _NOT_YET_WORDS for k in range(token.i + 2, head.i)):
            return  # "DOE's proposed FASST initiative": a proposal is not yet enacted (the hedge convention)
        made = [c for o in owned for c in self.emit(owners, ("DEVELOPS", "ENACTS", "HOSTS", "PARTICIPATES_IN"), [o], sent, 0.75)]
        if made:
            yield from made  # (emit tries the types in order and gives each owned name the first that fits)
            return
        if self.type_of(owners[0][0]) == "Location":
            # "Beijing's JD.com and ByteDance": companies of a city are based there
            owned += [(m.entity_id, 1) for t in (head, *(c for c in head.conjuncts)) if (m := self.mention_at(t)) is not None
                      and (m.entity_id, 0) not in owned and (m.entity_id, 1) not in owned]
            # ("Alberta's Amii and Toronto's Vector Institute": a conjunct with an owner of its own is that owner's)
            own_owner = {m.entity_id for c in head.conjuncts if any(p.dep_ == "poss" and p.i != token.i for p in c.children)
                         and (m := self.mention_at(c)) is not None}
            owned = [o for o in owned if o[0] not in own_owner]
            yield from self.emit([o for o in owned if self.type_of(o[0]) in {"Firm", "Organization"}], ("BASED_IN",), owners, sent, 0.7)
            return
        if self.type_of(owners[0][0]) == "Government" and any(t.lemma_.lower() in _CHAIR_NOUNS for t in (head, head.head)):
            return  # "the UK's G7 presidency": the state chairs the body (state_chairs), the body is not British
        if self.type_of(owners[0][0]) == "Government":
            # "South Korea's Samsung" is a Korean company (BASED_IN), "Britain's AI Institute" a British body (PART_OF)
            firms = [o for o in owned if self.type_of(o[0]) in {"Firm", "Organization"}]
            yield from self.emit(firms, ("BASED_IN",), owners, sent, 0.7)
            owned = [o for o in owned if o not in firms]
        # ("Germany's Minister for Digital Transformation …": a state's minister serves it; the ministry the title
        # names is not said to be the state's, as with "U.S. Secretary of Commerce")
        titled = {mm.entity_id for t in (head, *head.conjuncts, *self.doc[after_mark:after_mark + 1])
                  if (mm := self.mention_at(t)) is not None and mm.how == "title"}
        yield from self.emit([o for o in owned if o[0] not in titled], ("PART_OF",), owners, sent, 0.7)


    def staff(self, token: Token) -> Iterator[Candidate]:
        """'former employees of OpenAI, including A and B' → A, B WORKS_FOR OpenAI."""
        if token.lower_ not in STAFF_NOUNS:
            return
        orgs = [e for t in prep_objects(token, {"of", "at", "from"}) for e in self.entities(t, allow_of=False)]
        orgs += [e for c in token.children if c.dep_ in {"poss", "compound"} for e in self.entities(c, allow_of=False)]
        if not orgs:
            return
        people = []
        for child in token.children:
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in LIST_PREPS):
                people += [e for e in self.entities(child, allow_of=False) if self.type_of(e[0]) == "Person"]
        if token.dep_ == "appos" and self.mention_at(token.head):
            hm = self.mention_at(token.head)
            if hm and self.type_of(hm.entity_id) == "Person":
                people.append((hm.entity_id, 0))
        if token.dep_ == "nsubj" and token.head.lemma_ in INCLUDE_VERBS and not self.hedged(token.head):
            # "Besides Bengio, Mila's faculty members include Joëlle Pineau and Doina Precup": those named, and the
            # one named as an addition to them
            named = [c for c in token.head.children if c.dep_ == "dobj"]
            named += [t for c in token.head.children if c.dep_ == "prep" and c.lower_ in {"besides", "beside"}
                      for t in c.children if t.dep_ == "pobj"]
            people += [e for c in named for e in self.entities(c, allow_of=False) if self.type_of(e[0]) == "Person"]
        rel = "FOUNDED" if token.lower_ in {"founder", "founders", "co-founder", "co-founders"} else "WORKS_FOR"
        if rel == "WORKS_FOR" and office_kind(" ".join(t.lower_ for t in token.lefts if t.dep_ in {"amod", "compound"}
                                                        and self.mention_at(t) is None) + " " + token.lower_) == "lead":
            rel = "LEADS"  # "Its chief executive, Jensen Huang,": a chief executive leads, other executives serve
        yield from self.emit(people, (rel,), orgs, token.sent, 0.75)

    def based(self, token: Token) -> Iterator[Candidate]:
        """'San Francisco-based firm', 'Texas-based Anthrop LLC', 'based in London'."""
        if token.lower_ not in _BASED_WORDS:
            return
        doc = self.doc
        if token.lower_ == "based" and token.dep_ == "acl" and token.head.pos_ == "NOUN" \
                and (hosts := [e for t in prep_objects(token, {"at"}) for e in self.entities(t, allow_of=False)
                               if self.type_of(e[0]) in {"Agency", "Organization"}]):
            # "CETaS, a research centre based at The Alan Turing Institute", "AI Lab – a flagship … based at Dstl in
            # Porton Down": a unit described as based at a body is part of it (and sits in the place after 'in') —
            # the name right before the comma (past its bracketed acronym), whatever the parser hung the phrase on
            described = self._named_before_comma(token.head)
            units = [(described.entity_id, 1)] if described is not None else \
                self.entities(token.head.head, allow_of=False) if token.head.dep_ == "appos" else []
            units = [e for e in units if self.type_of(e[0]) in {"Agency", "Organization"} and e[0] not in {h for h, _ in hosts}]
            yield from self.emit(units[:1], ("PART_OF",), hosts[:1], token.sent, 0.7)
            places = [p for t in prep_objects(token, {"at"}) for p in self._places_in(t) if self.type_of(p[0]) == "Location"]
            yield from self.emit(units[:1], ("BASED_IN",), places, token.sent, 0.7)
        places: list[tuple[str, int]] = []
        spaced = token.i >= 1 and token.lower_ == "based" and not prep_objects(token, {"in"}) and (
            (before := self.mention_at(doc[token.i - 1])) is not None and before.end == token.i
            and self.type_of(before.entity_id) in {"Government", "Location"})
        if token.i >= 2 and doc[token.i - 1].text in {"-", "–"} or spaced:
            # "a U.S. based research organization": the place before 'based' without its hyphen
            pm = self.mention_at(doc[token.i - (1 if spaced else 2)])
            if pm:
                places = [(pm.entity_id, 0)]
            subject_tok = token.head if token.head.i != token.i else None
            if subject_tok is not None and token.dep_ in {"amod", "compound"}:
                firms = [f for f in self.entities(subject_tok, allow_of=False) if f[0] not in {p for p, _ in places}]
                firms = firms or self.named_after(subject_tok)
                while not firms and subject_tok.dep_ == "compound" and subject_tok.head.i != subject_tok.i \
                        and self.mention_at(subject_tok) is None:
                    subject_tok = subject_tok.head  # "the Shenzhen-based telecoms giant": the participle is on a modifier
                    firms = [f for f in self.entities(subject_tok, allow_of=False) if f[0] not in {p for p, _ in places}]
                if not firms and subject_tok.dep_ == "appos":
                    # "Elixir Studios, a London-based games developer": the apposition describes the name before it
                    firms = [f for f in self.entities(subject_tok.head, allow_of=False) if f[0] not in {p for p, _ in places}]
                if not firms and subject_tok.dep_ == "attr" and subject_tok.head.lemma_ == "be" and not self.hedged(subject_tok.head):
                    # "Micron is the only U.S.-based maker of memory chips": the copula's subject
                    subs, _ = self.subjects(subject_tok.head)  # shared subjects of coordinated verbs too
                    firms = [e for c in subs for e in self.entities(c, allow_of=False)]
                # ("U.S.-based association SEMI and Taiwan Semiconductor Industry Association": a body coordinated
                # after the one described, whose own name names another state, is not described by the modifier)
                own = {p for p, _ in places}
                described = self.mention_at(subject_tok)
                firms = [f for f in firms if described is not None and f[0] == described.entity_id or not any(
                    (named := state_named(w, self.kb)) is not None and named not in own
                    for w in self.linking.entities[f[0]].name.split())]
                yield from self.emit(firms, ("BASED_IN",), places, token.sent, 0.8)
            return
        places = self._places_in(token)
        if not places:
            return
        owners = [e for c in token.children if c.dep_ in {"compound", "poss", "nmod"} for e in self.entities(c, allow_of=False)
                  if self.type_of(e[0]) in {"Firm", "Organization", "Agency"}] if token.lower_ == "headquarters" else []
        if owners:
            # "a speech at SpaceX headquarters in Starbase, Texas", "at NATO's headquarters in Brussels": whose they are
            yield from self.emit(owners, ("BASED_IN",), places, token.sent, 0.8)
            return
        if token.i >= 2 and doc[token.i - 1].text == "(" and (named := self.mention_at(doc[token.i - 2])) is not None \
                and named.end == token.i - 1 and self.type_of(named.entity_id) in {"Firm", "Organization", "Agency", "Event"}:
            # "1710 Naval Air Squadron (based in HMNB Portsmouth)": a bracketed aside describes the name before it
            yield from self.emit([(named.entity_id, 0)], ("BASED_IN",), places, token.sent, 0.8)
            return
        if token.dep_ == "acl" or token.dep_ == "amod":
            firms = [e for e in self.entities(token.head, allow_of=False) if self.type_of(e[0]) not in {"Government", "Location"}]
            if token.dep_ == "acl":
                # "OpenAI, Inc. registered in Delaware and its subsidiary OpenAI Global, LLC": a conjunct after the
                # participle's phrase is not what the participle describes
                before = {mm.entity_id for mm in self.ordered if token.sent.start <= mm.start < token.i}
                firms = [e for e in firms if e[0] in before]
            if not firms and token.head.dep_ == "attr" and token.head.head.lemma_ == "be" and not self.hedged(token.head.head):
                # "G42 is an Emirati holding company based in Abu Dhabi": the company is the copula's subject
                subs, _ = self.subjects(token.head.head)
                firms = [e for c in subs for e in self.entities(c, allow_of=False)]
            if not firms and (token.head.lemma_.lower() in _SITE_NOUNS or token.head.lower_ in _SITE_NOUNS):
                firms = self._site_owner(token.head)
            if not firms:
                # "Huawei, the Shenzhen-based telecoms giant": the participle hangs on a modifier of the noun that
                # stands in apposition to the name
                noun = token.head
                while noun.dep_ == "compound" and noun.head.i != noun.i:
                    noun = noun.head
                if noun.dep_ == "appos" and noun.lemma_.lower() in FIRM_NOUNS | _BODY_KIND_NOUNS:
                    firms = [e for e in self.entities(noun.head, allow_of=False)
                             if self.type_of(e[0]) not in {"Government", "Location"}]
        else:
            subs = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not subs and token.head.lemma_ == "be":
                subs = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not subs and token.dep_ == "conj":
                # "G42 was founded in 2018 and is based in Abu Dhabi": the first verb's subject
                subs = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subs and all(c.tag_ in {"WDT", "WP"} for c in subs) and token.dep_ == "relcl":
                subs = [token.head]  # "Mistral AI, which is headquartered in Paris": the noun the clause is on
            if not subs and token.dep_ in {"advcl", "prep"} and token.i < token.head.i and token.head.pos_ in {"VERB", "AUX"}:
                # "Based in Hangzhou, DeepSeek was founded by …": a fronted participle describes the main clause's subject
                subs = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            firms = [e for s in subs for e in self.entities(s, allow_of=False)]
        yield from self.emit(firms, ("BASED_IN",), places, token.sent, 0.8)

    def _places_in(self, token: Token) -> list[tuple[str, int]]:
        """The places an 'in' phrase on ``token`` names: "based in Abu Dhabi, UAE" (the state after the city's comma
        too), "located in the Hsinchu Science Park in Hsinchu" (the town the place is in too), and each further
        comma-joined place ("in Shenzhen, Guangdong, South China")."""
        places = [e for t in prep_objects(token, {"in"}) for e in self.entities(t, allow_of=False)]
        for t in prep_objects(token, {"in"}):
            if (tm := self.mention_at(t)) is not None and self.type_of(tm.entity_id) == "Location":
                places += [e for p in prep_objects(t, {"in"}) for e in self.entities(p, allow_of=False)
                           if self.type_of(e[0]) in {"Government", "Location"}]
        chain = [c for t in prep_objects(token, {"in"}) for c in t.children if c.dep_ in {"appos", "conj"}
                 and self.doc[c.left_edge.i - 1].text == ","]
        for c in chain:
            found = [e for e in self.entities(c, allow_of=False) if self.type_of(e[0]) in {"Government", "Location"}]
            places += found
            if found:
                chain += [d for d in c.children if d.dep_ in {"appos", "conj"} and self.doc[d.left_edge.i - 1].text == ","]
        return list(dict.fromkeys(places))

    def kind_in_place(self, token: Token) -> Iterator[Candidate]:
        """'Mila … is a research institute in Montreal, Quebec': a body said to be an institute, a company or the
        like 'in' a place is based there."""
        if token.dep_ != "attr" or token.head.lemma_ != "be" or self.hedged(token.head):
            return
        places = [p for p in self._places_in(token) if self.type_of(p[0]) in {"Government", "Location"}]
        if not places:
            return
        bodies = [e for c in token.head.children if c.dep_ == "nsubj" for e in self.entities(c, allow_of=False)
                  if self.type_of(e[0]) in {"Firm", "Organization"}]
        yield from self.emit(bodies, ("BASED_IN",), places, token.sent, 0.75)

    def _site_owner(self, noun: Token) -> list[tuple[str, int]]:
        """'(It is a … company,) with headquarters and main operations located in X', 'X has its headquarters
        located in Y': whose headquarters they are."""
        while noun.dep_ == "conj":
            noun = noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "with":
            anchor = noun.head.head
            while anchor.dep_ in {"conj", "appos"} and anchor.head.i != anchor.i:
                anchor = anchor.head  # "… the world's largest foundry, and its country's largest company, with …"
            if anchor.dep_ == "attr" and anchor.head.lemma_ == "be" and not self.hedged(anchor.head):
                anchor = anchor.head
            if anchor.pos_ in {"VERB", "AUX"}:
                subs, _ = self.subjects(anchor)
                return [e for c in subs for e in self.entities(c, allow_of=False)
                        if self.type_of(e[0]) in {"Firm", "Organization", "Agency"}]
            return [e for e in self.entities(anchor, allow_of=False) if self.type_of(e[0]) in {"Firm", "Organization", "Agency"}]
        if noun.dep_ == "dobj" and noun.head.lemma_ == "have" and not self.hedged(noun.head):
            subs, _ = self.subjects(noun.head)
            return [e for c in subs for e in self.entities(c, allow_of=False) if self.type_of(e[0]) in {"Firm", "Organization", "Agency"}]
        return []

    def housed(self, token: Token) -> Iterator[Candidate]:
        """'the US AI Safety Institute, housed within NIST' → PART_OF; so are 'located in' and 'sits within'."""
        formed = token.lower_ in _FORMED_WORDS
        if token.lower_ not in _HOUSED_WORDS and not formed:
            return
        bodies = [e for t in prep_objects(token, {"within", "inside", "in", "at", "under"}) for e in self.entities(t, allow_of=False)
                  if self.type_of(e[0]) in {"Agency", "Organization", "Firm"}]
        if not bodies:
            return
        if token.dep_ in {"acl", "amod"}:
            units = self.entities(token.head, allow_of=False)
        elif token.dep_ == "advcl" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            # "Housed under NIST, the consortium will …": the fronted participle describes the main clause's subject
            units = [e for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"} for e in self.entities(c, allow_of=False)]
        else:
            # "The Department established the Bureau within …": the founder is not the unit; only the passive is
            subs = [c for c in token.children if c.dep_ in ({"nsubjpass"} if formed else {"nsubj", "nsubjpass"})
                    and c.tag_ not in {"WP", "WDT"}]
            if not subs and token.dep_ == "relcl":
                subs = [token.head]  # "the AI Office, which sits within the Commission"
            units = [e for t in subs for e in self.entities(t, allow_of=False)]
        yield from self.emit(units, ("PART_OF",), bodies, token.sent, 0.75)


    def gathering(self, token: Token) -> Iterator[Candidate]:
        """'Leaders will convene at Bletchley Park for the AI Safety Summit': the place hosts the event, and named
        participants take part in it."""
        if token.pos_ != "VERB" or token.lemma_ not in {"meet", "convene", "gather", "assemble", "reconvene"} or self.hedged(token):
            return
        events = [e for t in prep_objects(token, {"for", "at"}) for e in self.entities(t, allow_of=False)
                  if self.type_of(e[0]) == "Event"]
        if not events:
            return
        places = [e for t in prep_objects(token, {"at", "in"}) for e in self.entities(t, allow_of=False)
                  if self.type_of(e[0]) in {"Location", "Government"}]
        yield from self.emit(places, ("HOSTS",), events, token.sent, 0.7)
        subs, _ = self.subjects(token)
        people = [e for t in subs for e in self.entities(t, allow_of=False)]
        opening = next((t for t in token.sent if not (t.is_punct or t.tag_ == "LS" or t.like_num)), token)
        if not people and token.tag_ in {"VBN", "VBG"} and token.i == opening.i:  # after any "1." list number
            # "Gathered at the AI Seoul Summit, world leaders representing A, B and C affirm …": the opening
            # participle's actors are the states the delegates represent (the parser often loses the subject)
            people = self.represented(token.sent)
        yield from self.emit(people, ("PARTICIPATES_IN",), events, token.sent, 0.75)

    def brought_together(self, verb: Token) -> Iterator[Candidate]:
        """'The AI Seoul Summit brought together leaders from A, B and C': a gathering (or an accord) that brings
        delegates or states together has them, or the states they stand for, taking part in it."""
        if verb.lemma_ != "bring" or not any(c.lower_ == "together" for c in verb.children) or self.hedged(verb):
            return
        subs, passive = self.subjects(verb)
        # ("a … declaration known as Pax Silica that brought together Japan, South Korea …": an accord too)
        events = [e for t in subs for e in self.entities(t, allow_of=False) if self.type_of(e[0]) in {"Event", "Policy"}]
        if passive or not events:
            return
        kinds = {"Government", "Organization", "Firm"}
        delegates = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _DELEGATE_NOUNS | {"official", "expert"}]
        parties = [e for d in delegates for t in prep_objects(d, {"of", "from"})
                   for m in self.ordered if t.left_edge.i <= m.start <= t.right_edge.i
                   for e in [(m.entity_id, 0)] if self.type_of(m.entity_id) in kinds]
        parties += [e for c in verb.children if c.dep_ == "dobj" and c not in delegates
                    for e in self.entities(c, allow_of=False) if self.type_of(e[0]) in kinds]
        # "…, with the participation of the Netherlands, the UAE, and Taiwan"
        parties += [e for p in prep_objects(verb, {"with"}) if p.lemma_.lower() == "participation"
                    for t in prep_objects(p, {"of", "from", "by"}) for e in self.entities(t, allow_of=False) if self.type_of(e[0]) in kinds]
        yield from self.emit(list(dict.fromkeys(parties)), ("PARTICIPATES_IN",), events, verb.sent, 0.7)

    def led_round(self, verb: Token) -> Iterator[Candidate]:
        """'… it had raised $13 billion. The round was led by Iconiq Capital, with participation from Fidelity': the
        leaders of a round, and those taking part in it, invest in the company that raised it (named with the round,
        or the one that raised money in the sentence before)."""
        if verb.lemma_ != "lead" or self.hedged(verb):
            return
        subs, passive = self.subjects(verb)
        rounds = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in {"round", "funding", "raise"}]
        if not passive or not rounds:
            return
        investors = [e for t in subs for e in self.entities(t, allow_of=False)]
        investors += [e for p in prep_objects(verb, {"with"}) if p.lemma_.lower() == "participation"
                      for t in prep_objects(p, {"from", "of", "by"}) for e in self.entities(t, allow_of=False)]
        investors = [e for e in investors if self.type_of(e[0]) in {"Firm", "Government", "Agency", "Organization", "Person"}]
        raisers = [e for r in rounds for c in r.children if c.dep_ == "poss" for e in self.entities(c, allow_of=False)]
        if not raisers:
            here = max(i for i, st in enumerate(self.sent_starts) if st <= verb.i)
            if here == 0:
                return
            before = self.doc[self.sent_starts[here - 1]:self.sent_starts[here]]
            for v in (t for t in before if lemma_of(t) in RECEIVE_VERBS and t.pos_ in {"VERB", "AUX"} and not self.hedged(t)):
                found, was_passive = self.subjects(v)
                if not was_passive:
                    raisers += [e for t in found for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Firm"]
        raisers = list(dict.fromkeys(r for r in raisers if r[0] not in {i[0] for i in investors}))
        if len(raisers) == 1:
            yield from self.emit(investors, ("INVESTS_IN",), raisers, verb.sent, 0.7)

    def bracketed_affiliation(self, m: LinkedMention) -> Iterator[Candidate]:
        """'Attendees included Sam Altman (OpenAI), Sundar Pichai (Google) …': a body in brackets right after a
        person's name is where the person works."""
        doc = self.doc
        if self.type_of(m.entity_id) != "Person" or m.end + 2 >= len(doc) or doc[m.end].text != "(":
            return
        body = self.mention_at(doc[m.end + 1])
        if body is None or body.start != m.end + 1 or body.end >= len(doc) or doc[body.end].text != ")" \
                or self.type_of(body.entity_id) not in {"Firm", "Organization", "Agency"}:
            return
        yield from self.emit([(m.entity_id, 0)], ("WORKS_FOR",), [(body.entity_id, 0)], doc[m.start].sent, 0.7)

    def represented(self, sent: Span) -> list[tuple[str, int]]:
        """States and bodies that a sentence's delegates stand for: 'leaders representing A, B and C',
        'representatives of A and B', 'ministers from A'."""
        out: list[tuple[str, int]] = []
        for noun in (t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in _DELEGATE_NOUNS):
            args = [o for c in noun.children if c.dep_ == "acl" and c.lemma_ == "represent"
                    for o in c.children if o.dep_ == "dobj"]
            args += prep_objects(noun, {"of", "from"})
            for arg in args:  # the whole list, whatever the parser made of its commas (appositions, conjuncts)
                words = range(arg.left_edge.i, arg.right_edge.i + 1)
                out += [(m.entity_id, 0) for m in self.ordered if m.start in words
                        and self.type_of(m.entity_id) in {"Government", "Organization"}]
        return out

    def _was_at_body(self, token: Token) -> Iterator[Candidate]:
        """'when he was at the Commerce Department', 'She was at Google for a decade': a person who is (or was) at a
        body works for it."""
        bodies = [e for t in (c for c in token.children if c.dep_ == "pobj") for e in self.entities(t, allow_of=False)
                  if self.type_of(e[0]) in {"Agency", "Firm", "Organization"}]
        if not bodies:
            return
        people: list[tuple[str, int]] = []
        for sub in (c for c in token.head.children if c.dep_ == "nsubj"):
            if (mm := self.mention_at(sub)) is not None:
                people.append((mm.entity_id, 0))
            elif sub.lower_ in {"he", "she"} and (who := self.pronoun_antecedent(sub, ("Person",))):
                people.append((who, 1))
        people = [p for p in people if self.type_of(p[0]) == "Person"]
        yield from self.emit(people, ("WORKS_FOR",), bodies, token.sent, 0.7)

    def at_event(self, token: Token) -> Iterator[Candidate]:
        """'delivered a speech at the AI Safety Summit', 'Speaking at X, Y said', 'took part in X': being at an event,
        the clause's subject takes part in it."""
        if token.dep_ != "prep" or token.lower_ not in _EVENT_PREPS and not (token.lower_ == "to" and (
                token.head.lemma_.lower() in SPEECH_NOUNS
                or any(c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS for c in token.head.children))):
            return  # ("delivered a video message to the AI Seoul Summit": a speech to an event is given at it)
        took_part = token.lower_ == "in" and token.head.lemma_ == "take" and any(c.lower_ == "part" for c in token.head.children)
        events = [e for t in (c for c in token.children if c.dep_ == "pobj") for e in self.entities(t, allow_of=False)
                  if self.type_of(e[0]) == "Event" or took_part and self.type_of(e[0]) == "Policy"]
        # ("took part in the Hiroshima AI Process talks": taking part in a process's talks is taking part in it)
        # "at the NDIA's Emerging Technologies for Defense conference": the name modifies the word for the gathering
        events = events or [(m.entity_id, 0) for t in (c for c in token.children if c.dep_ == "pobj")
                            for c in t.children if c.dep_ in {"compound", "nmod"} and (m := self.mention_at(c)) is not None
                            and self.type_of(m.entity_id) == "Event"]
        # "At a recent side event at the 79th UN General Assembly, X identified …": a gathering held within a named
        # one puts whoever was at it at the named one
        events = events or [e for t in (c for c in token.children if c.dep_ == "pobj") if t.lemma_.lower() in _SIDE_GATHERING_NOUNS
                            and self.mention_at(t) is None for p in prep_objects(t, {"at", "of", "during"})
                            for e in self.entities(p, allow_of=False) if self.type_of(e[0]) == "Event"]
        if not events:
            if token.lower_ == "at" and token.head.lemma_ == "be" and not self.hedged(token.head):
                yield from self._was_at_body(token)
            return
        verb = token.head
        talk = verb.head.head if verb.dep_ == "pobj" and verb.head.lower_ == "with" else verb
        if talk.lemma_.lower() in _TALK_NOUNS and talk.pos_ == "NOUN":
            # "participated in a fireside chat with X at Y", "joined a panel discussion with X at Y": whoever took
            # part in the talk, and whom it was with, were at the event
            partners = [e for t in prep_objects(talk, {"with"}) for e in self.entities(t, allow_of=False)
                        if self.type_of(e[0]) == "Person"]
            clause = talk.head if talk.dep_ == "dobj" else talk.head.head if talk.dep_ == "pobj" and talk.head.dep_ == "prep" else None
            if clause is not None and clause.pos_ == "VERB" and not self.hedged(clause):
                subs, _ = self.subjects(clause)
                people = [e for t in subs for e in self.entities(t, allow_of=False)] + partners
                yield from self.emit(people, ("PARTICIPATES_IN",), events, token.sent, 0.7)
                return
        if verb.lemma_ == "be":  # "This was the message of X at Y": the copula's predicate noun
            verb = next((c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in SPEECH_NOUNS), verb)
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in SPEECH_NOUNS:
            # "von der Leyen's speech at X", "the message of President X at Y": the speaker takes part
            speakers = [e for c in verb.children if _is_possessor(c) for e in self.entities(c, allow_of=False)]
            # "Hicks revealed the strategy during her remarks at X": a possessive pronoun's person
            speakers += [(eid, 1) for c in verb.children if c.dep_ == "poss" and c.lower_ in {"her", "his"}
                         and (eid := self.pronoun_antecedent(c, {"Person"}))]
            speakers += [e for t in prep_objects(verb, {"of", "by"}) for e in self.entities(t, allow_of=False)]
            # "A speech delivered by X at Y", "remarks given by X at Y": the participle's agent is the speaker
            speakers += [e for c in verb.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
                         if a.dep_ == "agent" for t in a.children if t.dep_ == "pobj" for e in self.entities(t, allow_of=False)]
            speakers = [e for e in speakers if self.type_of(e[0]) == "Person"]
            if speakers:
                yield from self.emit(speakers, ("PARTICIPATES_IN",), events, token.sent, 0.7)
                yield from self.emit(self._gathering_places(token), ("HOSTS",), events, token.sent, 0.65)
                return
        if verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "pobj"}:  # "a speech at X", "remarks at X"
            # ("announced by the Minister at a speech at London Tech Week": the speech's 'at' hangs on the verb)
            verb = verb.head.head if verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.lemma_.lower() in SPEECH_NOUNS \
                else verb.head
        if verb.pos_ != "VERB" or self.hedged(verb):
            return
        if token.lower_ == "in" and not (verb.lemma_ == "take" and any(c.lower_ == "part" for c in verb.children)):
            return  # "in" only in "took part in X"; other verbs with "in X" are handled by their own triggers
        if set(VERB_TRIGGERS.get(lemma_of(verb), ())) & {"PARTICIPATES_IN", "HOSTS"}:
            return  # "hosted … at", "attended …": the verb's own rule decides
        subs, passive = self.subjects(verb)
        # passive: "a speech delivered by X at Y", "as set out by President X at Y": a person who is the agent was there
        people = [e for t in subs for e in self.entities(t, allow_of=False)]
        if not people and any(t.lemma_.lower() in _DELEGATE_NOUNS for t in subs):
            people = self.represented(token.sent)  # "Representatives of Japan and Canada took part in X"
        if passive:
            people = [e for e in people if self.type_of(e[0]) == "Person"]
        yield from self.emit(people, ("PARTICIPATES_IN",), events, token.sent, 0.7)
        if token.lower_ == "at" and people:
            # "… at the AI Action Summit in February 2025 in Paris": the place the same clause gives hosts the event
            places = [e for t in prep_objects(verb, {"in"}) for e in self.entities(t, allow_of=False)
                      if self.type_of(e[0]) in {"Location", "Government"}]
            places += self._gathering_places(token)
            yield from self.emit(places, ("HOSTS",), events, token.sent, 0.65)

    def nationality(self, m: LinkedMention) -> Iterator[Candidate]:
        """'British tech firms such as DeepMind', 'US chipmaker Nvidia' → BASED_IN the state."""
        if self.type_of(m.entity_id) == "Location":
            yield from self._place_modifier(m)
            return
        if self.type_of(m.entity_id) != "Government" or m.end - m.start != 1 and m.how != "demonym" and not (
                m.how == "kb" and _modifies_firm_noun(self.doc[m.end - 1])):
            return  # (a longer name only as modifier of a company noun: "Abu Dhabi artificial intelligence group G42")
        token = self.doc[m.end - 1]
        # "Chinese startup DeepSeek released …", "French AI startup Mistral AI raised …", however the parser read the
        # company noun (as a verb, say): a demonym, a word or two of trade, a company noun and a name
        noun_at = next((k for k in range(m.end, min(m.end + 3, len(self.doc) - 1)) if self.doc[k].lower_ in FIRM_NOUNS), None)
        between = self.doc[m.end:noun_at] if noun_at is not None else []
        if m.how == "demonym" and noun_at is not None and all(
                self.mention_at(t) is None and (t.is_lower or t.text in {"AI", "IT"}) for t in between) \
                and (named := self.mention_at(self.doc[noun_at + 1])) is not None and named.start == noun_at + 1 \
                and self.type_of(named.entity_id) in {"Firm", "Organization"} \
                and (between or token.dep_ not in {"amod", "compound", "nmod"}):
            yield from self.emit([(named.entity_id, 0)], ("BASED_IN",), [(m.entity_id, 0)], token.sent, 0.7)
            return
        if token.dep_ not in {"amod", "compound", "nmod"} and not (token.dep_ == "npadvmod" and m.how == "demonym"):
            return  # ("an Emirati holding company": the parser makes the demonym a modifier of "holding"; not "China-focused")
        noun = token.head
        while (noun.dep_ in {"compound", "amod"} or noun.dep_ == "nmod" and noun.head.lemma_.lower() in FIRM_NOUNS) \
                and self.mention_at(noun) is None and noun.head.i != noun.i:
            # ("a Chinese … telecommunications equipment and consumer electronics company": 'equipment' is a modifier)
            if self.mention_at(noun.head) is not None:
                noun = noun.head
                break
            noun = noun.head
        if noun.i > m.end and any(t.dep_ == "det" or t.text in {"-", "–", "—", ","} and (t.whitespace_ or self.doc[t.i - 1].whitespace_)
                                  for t in self.doc[m.end:noun.i]):
            return  # "other jurisdictions - including the EU, Japan, the US - the Standard will …": no modifier across a dash
        kinds = LIST_CLASS_NOUNS.get(noun.lemma_.lower()) if noun.tag_ == "NNS" else None
        listed = self.names_after(noun, kinds) if kinds else []  # "Indian entities A, B, and C"
        if kinds and not listed and noun.i + 1 < len(self.doc) and self.doc[noun.i + 1].text == ":":
            listed = self.colon_list(noun, kinds)  # "eight major Japanese companies: A, B, … and H"
        members: list[tuple[str, int]] = listed or self.named_after(noun)
        if not members and noun.lemma_.lower() in _LAW_NOUNS and noun.i + 2 < len(self.doc) and self.doc[noun.i + 1].text == "," \
                and (law := self.mention_at(self.doc[noun.i + 2])) is not None and law.start == noun.i + 2 \
                and self.type_of(law.entity_id) == "Policy":
            members = [(law.entity_id, 0)]  # "the Dutch civil code, Burgerlijk Wetboek": the law's name set off after it
        nm = self.mention_at(noun)
        if nm is not None and nm.how == "title":
            return  # "U.S. Secretary of Energy X": the state qualifies the office holder; the titles rule reads it
        if nm is not None and nm.entity_id != m.entity_id:
            members.append((nm.entity_id, 0))
        else:
            for child in noun.children:
                if child.dep_ == "appos" and self.mention_at(child) is None and child.lemma_.lower() in FIRM_NOUNS:
                    continue  # the company noun itself ("… (AI) joint venture created by A and B"), not a name
                if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in LIST_PREPS):
                    members += self.entities(child, allow_of=False)
            if noun.dep_ in {"compound", "appos"} and (hm := self.mention_at(noun.head)):
                members.append((hm.entity_id, 0))
            firm_noun = noun.lemma_.lower() in FIRM_NOUNS or any(
                c.dep_ == "appos" and c.lemma_.lower() in FIRM_NOUNS for c in noun.children)
            # ("an American … artificial intelligence (AI) joint venture": the parser heads the phrase with the
            # industry and hangs the company noun after the bracket on it as an apposition)
            if not members and noun.dep_ == "attr" and noun.head.lemma_ == "be" and firm_noun \
                    and not self.hedged(noun.head):
                # "SMIC is a … Chinese … foundry company": the copula's subject is the company
                members = [e for c in noun.head.children if c.dep_ == "nsubj" for e in self.entities(c, allow_of=False)]
            if not members and noun.dep_ == "attr" and noun.head.lemma_ == "be" and noun.lemma_.lower() in _LAW_NOUNS \
                    and not self.hedged(noun.head):
                # "The Goods Availability Act … is a 1952 Dutch framework law": the state whose law it is enacted it
                members = [e for c in noun.head.children if c.dep_ == "nsubj" for e in self.entities(c, allow_of=False)
                           if self.type_of(e[0]) == "Policy"]
        gov = [(m.entity_id, 0)]
        paired = self._in_state_pair(m)
        for member in members:
            kind = self.type_of(member[0])
            if kind in {"Firm", "Organization", "Event"} and not paired:
                # (not "the EU-India Trade and Technology Council": a pair of states are its parties, not its seat)
                yield from self.emit([member], ("BASED_IN",), gov, token.sent, 0.75)
            elif kind == "Agency" and not self._only_titled(member[0], token.sent):
                # (not "their Indian counterparts – Minister of External Affairs X": a body named only through its
                # head's title gets the head's claims, not a PART_OF — the corpus rule)
                yield from self.emit([member], ("PART_OF",), gov, token.sent, 0.7)
            elif kind == "Policy" and not paired:
                # ("U.S. – Japan Technology Prosperity Deal": a pair of states are its parties; paired_tie reads it)
                yield from self.emit(gov, ("ENACTS",), [member], token.sent, 0.7)

    def _only_titled(self, entity_id: str, sent: Span) -> bool:
        """Whether every mention of the entity in the sentence is an office holder's title ('Minister of …')."""
        found = [m for m in self.linking.mentions if m.entity_id == entity_id and sent.start <= m.start < sent.end]
        return bool(found) and all(m.how == "title" for m in found)

    def _in_state_pair(self, m: LinkedMention) -> bool:
        """Whether a state's name is one half of a dashed pair of states ('U.S. – Japan', 'US-UK')."""
        doc = self.doc
        before = self.mention_at(doc[m.start - 2]) if m.start >= 2 and doc[m.start - 1].text in {"-", "–"} else None
        after = self.mention_at(doc[m.end + 1]) if m.end + 1 < len(doc) and doc[m.end].text in {"-", "–"} else None
        return any(o is not None and o.entity_id != m.entity_id and self.type_of(o.entity_id) == "Government" for o in (before, after))

    def attendees_at(self, token: Token) -> Iterator[Candidate]:
        """'28 countries at the summit, including the United States, China and Australia': the named members of a
        plural group said to be at an event take part in it."""
        if token.tag_ != "NNS":
            return
        events = [e for t in prep_objects(token, {"at"}) for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Event"]
        if not events:
            return
        members = [e for e in self._listed_under(token) if self.type_of(e[0]) in {"Government", "Firm", "Organization", "Person"}]
        yield from self.emit(members, ("PARTICIPATES_IN",), events, token.sent, 0.7)

    def _listed_under(self, noun: Token) -> list[tuple[str, int]]:
        """The names an "including" or "such as" list gives for a plural noun — also where the parser hung the list
        on the object of the noun's own prepositional phrase ("countries at the summit, including A and B")."""
        holders = [noun, *(t for p in noun.children if p.dep_ == "prep" for t in p.children if t.dep_ == "pobj")]
        listed = [c for h in holders for c in h.children if c.dep_ == "prep" and (c.lower_ in LIST_PREPS or c.lower_ == "including")]
        return [e for c in listed for e in self.entities(c, allow_of=False)]

    def products_are(self, token: Token) -> Iterator[Candidate]:
        """"the company's flagship products are the chatbot named Grok and …", "Anthropic's main product is
        Claude": what an owner's products are, it develops."""
        if token.dep_ != "nsubj" or token.head.lemma_ != "be" or self.hedged(token.head):
            return
        owners = [e for c in token.children if c.dep_ == "poss" for e in self.entities(c, allow_of=False)]
        if not owners:
            return
        attrs = [c for c in token.head.children if c.dep_ == "attr"]
        attrs += [n for a in attrs for n in _called(a)]  # "the generative AI chatbot named Grok"
        made = [e for c in attrs for e in self.entities(c, allow_of=False) if self.type_of(e[0]) in {"AIModel", "Hardware"}]
        yield from self.emit(owners, ("DEVELOPS",), made, token.sent, 0.75)

    def name_backed(self, token: Token) -> Iterator[Candidate]:
        """'Alibaba-backed Moonshot AI', 'a SoftBank-owned chip designer': a name joined by a hyphen to 'backed' or
        'funded' invests in what the compound describes; to 'owned', owns it; to 'supported', supports it."""
        if token.i < 2 or self.doc[token.i - 1].text not in {"-", "–"} or (owner := self.mention_at(self.doc[token.i - 2])) is None:
            return
        if self.type_of(owner.entity_id) not in {"Firm", "Government", "Agency", "Organization", "Person"}:
            return
        described = [e for e in self.entities(token.head, allow_of=False) if e[0] != owner.entity_id
                     and self.type_of(e[0]) in {"Firm", "Organization"}]
        if token.lower_ == "owned":
            yield from self.emit(described, ("PART_OF",), [(owner.entity_id, 0)], token.sent, 0.75)
        elif token.lower_ == "supported":
            # "FedDev Ontario-supported Ecopia AI": support, which names no investment (the corpus's convention)
            yield from self.emit([(owner.entity_id, 0)], ("SUPPORTS",), described, token.sent, 0.7)
        else:
            yield from self.emit([(owner.entity_id, 0)], ("INVESTS_IN",), described, token.sent, 0.75)

    def maker_apposition(self, token: Token) -> Iterator[Candidate]:
        """'Anthropic, the maker of Claude, …': a company in apposition with the maker of a model or chip develops it."""
        if token.dep_ != "appos" or (maker := self.mention_at(token.head)) is None:
            return
        made = [e for t in prep_objects(token, {"of"}) for e in self.entities(t, allow_of=False)
                if self.type_of(e[0]) in {"AIModel", "Hardware"}]
        yield from self.emit([(maker.entity_id, 0)], ("DEVELOPS",), made, token.sent, 0.8)

    def state_chairs(self, token: Token) -> Iterator[Candidate]:
        """'the progress GPAI has made under Canada's chairmanship', "during the UK's G7 presidency": a state that
        chairs a body or holds its presidency is a member of it."""
        states = [e for c in token.children if c.dep_ == "poss" for e in self.entities(c, allow_of=False)
                  if self.type_of(e[0]) == "Government"]
        if not states:
            return
        bodies = [e for c in token.children if c.dep_ in {"compound", "nmod"} for e in self.entities(c, allow_of=False)]
        bodies += [e for t in prep_objects(token, {"of"}) for e in self.entities(t, allow_of=False)]
        if not bodies and token.dep_ == "pobj" and token.head.lower_ in {"under", "during"}:
            verb = token.head.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in {"pobj", "prep"} and verb.head.i != verb.i:
                verb = verb.head  # "the progress that GPAI has made in its first year under …": up to the verb
            subjects = self.subjects(verb)[0] if verb.pos_ in {"VERB", "AUX"} else []
            bodies = [e for c in subjects for e in self.entities(c, allow_of=False)]
        yield from self.emit(states, ("MEMBER_OF",), [b for b in bodies if self.type_of(b[0]) == "Organization"], token.sent, 0.7)

    def programme_under(self, token: Token) -> Iterator[Candidate]:
        """'the AI Compute Challenge, announced in December 2024 under the Canadian Sovereign AI Compute Strategy': a
        programme announced or set up under a wider policy is part of it."""
        verb = token.head
        if token.dep_ != "prep" or verb.tag_ != "VBN" or lemma_of(verb) not in _SET_UP_VERBS:
            return
        umbrellas = [e for t in token.children if t.dep_ == "pobj" for e in self.entities(t, allow_of=False)
                     if self.type_of(e[0]) == "Policy"]
        programme = self.mention_at(verb.head) if verb.dep_ == "acl" else None
        if programme is None and verb.dep_ in {"advcl", "acl"} and verb.i >= 2 and self.doc[verb.i - 1].text == ",":
            programme = self.mention_at(self.doc[verb.i - 2])  # (the parser may hang the participle on the clause)
            programme = programme if programme is not None and programme.end == verb.i - 1 else None
        if programme is None or self.type_of(programme.entity_id) != "Policy":
            return
        yield from self.emit([(programme.entity_id, 0)], ("PART_OF",),
                             [u for u in umbrellas if u[0] != programme.entity_id], token.sent, 0.7)

    def led_policy(self, token: Token) -> Iterator[Candidate]:
        """'Pax Silica is a United States-led international initiative', 'the UK-led programme X': whoever a named
        policy is led by runs it (ENACTS)."""
        i = token.i
        if i < 2 or self.doc[i - 1].text not in {"-", "–"} or self.doc[i - 1].whitespace_ or (
                leader := self.mention_at(self.doc[i - 2])) is None or leader.end != i - 1 \
                or self.type_of(leader.entity_id) not in {"Government", "Agency", "Organization"}:
            return
        noun = token.head
        while noun.dep_ in {"amod", "compound"} and noun.head.i != noun.i and noun.i < noun.head.i:
            noun = noun.head
        if noun.lemma_.lower() not in PROGRAMME_NOUNS | {"effort", "framework", "coalition", "partnership"}:
            return
        named = self.mention_at(noun)
        policies = [(named.entity_id, 0)] if named is not None else []
        if not policies and noun.dep_ == "attr" and noun.head.lemma_ == "be" and not self.hedged(noun.head):
            policies = [e for c in noun.head.children if c.dep_ == "nsubj" for e in self.entities(c, allow_of=False)]
        if not policies and noun.dep_ == "appos":
            policies = self.entities(noun.head, allow_of=False)
        yield from self.emit([(leader.entity_id, 0)], ("ENACTS",),
                             [p for p in policies if self.type_of(p[0]) == "Policy"], token.sent, 0.7)

    def body_leads_policy(self, verb: Token) -> Iterator[Candidate]:
        """'Led by the Defense Advanced Research Projects Agency (DARPA), this competition will …', 'The challenge is
        led by DARPA', 'DARPA leads the challenge': a body that leads a programme runs it (ENACTS; a person leading
        one is read by the title rules)."""
        if verb.lemma_.lower() != "lead" or verb.pos_ != "VERB" or self.hedged(verb):
            return
        agent = self._agent(verb)
        if agent is not None:
            leaders = self.entities(agent, allow_of=False)
            led = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if not led and verb.dep_ == "advcl" and verb.i < verb.head.i:
                led = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]  # "Led by X, Y will …"
            if not led and verb.i == verb.sent.start:
                # (however the parser read it: the name right after the comma that closes "Led by X,")
                comma = next((t for t in self.doc[agent.i:verb.sent.end] if t.text == ","), None)
                k = comma.i + 1 if comma is not None else len(self.doc)
                k += k < len(self.doc) and self.doc[k].lower_ in {"the", "this"}
                named = self.mention_at(self.doc[k]) if k < len(self.doc) else None
                led = [self.doc[named.end - 1]] if named is not None and named.start == k else []
        else:
            leaders = [e for t in self.subjects(verb)[0] for e in self.entities(t, allow_of=False)]
            led = [c for c in verb.children if c.dep_ == "dobj"]
        leaders = [e for e in leaders if self.type_of(e[0]) in {"Agency", "Government", "Organization"}]
        programmes = [e for t in led for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Policy"]
        yield from self.emit(leaders, ("ENACTS",), programmes, verb.sent, 0.7)

    def own_work_at(self, token: Token) -> Iterator[Candidate]:
        """'Elham Tabassi will expand her work at NIST', 'began his career at Intel': the subject's own work at a body
        is work for it."""
        if token.dep_ != "dobj" or token.pos_ != "NOUN" or not any(
                c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in token.children):
            return
        verb = token.head
        if verb.pos_ != "VERB" or self.hedged(verb):
            return
        subjects, passive = self.subjects(verb)
        people = [e for s in subjects for e in self.entities(s, allow_of=False) if self.type_of(e[0]) == "Person"]
        # (the parser may hang the 'at' on the verb when it follows the noun)
        places = prep_objects(token, {"at", "for"}) + [t for p in verb.children if p.dep_ == "prep" and p.lower_ == "at"
                                                        and p.i == token.right_edge.i + 1 for t in p.children if t.dep_ == "pobj"]
        employers = [e for t in places for e in self.entities(t, allow_of=False)
                     if self.type_of(e[0]) in {"Firm", "Agency", "Organization", "Government"}]
        if not passive:
            yield from self.emit(people, ("WORKS_FOR",), employers, token.sent, 0.7)

    def unit_at(self, token: Token) -> Iterator[Candidate]:
        """'the Reasoning and Learning Lab (RL-Lab) at McGill University': a lab, centre or school named as being
        'at' a university or company is part of it; an agency 'at' another agency is part of that one."""
        if token.dep_ != "prep" or (unit := self.mention_at(token.head)) is None:
            return
        kind = self.type_of(unit.entity_id)
        if kind == "Organization" and self.linking.entities[unit.entity_id].name.split()[-1].lower() not in _UNIT_HEADS:
            return
        # "the National Institute of Standards and Technology (NIST) at Commerce": an agency at a department is in it
        within = {"Organization": {"Organization", "Firm"}, "Agency": {"Agency"}}.get(kind, set())
        parents = [e for t in token.children if t.dep_ == "pobj" for e in self.entities(t, allow_of=False)
                   if self.type_of(e[0]) in within and e[0] != unit.entity_id]
        yield from self.emit([(unit.entity_id, 0)], ("PART_OF",), parents[:1], token.sent, 0.7)

    def _subject_people(self, verb: Token) -> list[tuple[str, int]]:
        """The people a verb's subjects name."""
        return [e for s in self.subjects(verb)[0] for e in self.entities(s, allow_of=False) if self.type_of(e[0]) == "Person"]

    def joined_people_at(self, token: Token) -> Iterator[Candidate]:
        """'Richardson joined defense leaders from Argentina, Brazil … for SOUTHDEC', 'joined regional defense leaders
        in Chile to discuss … during the conference': joining or meeting people at an event is taking part in it,
        and so is each state those people came from."""
        if token.pos_ != "VERB" or self.hedged(token):
            return
        groups = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in _MET_PEOPLE_NOUNS
                  and self.mention_at(c) is None]
        if not groups and token.lemma_ == "meet":
            yield from self._met_with_at(token)
            return
        if not groups:
            return
        # the event may hang on the verb, on the people, or on a purpose clause ("… to discuss X during the event")
        purposes = [c for c in token.children if c.dep_ in {"advcl", "xcomp"} and any(a.lower_ == "to" and a.dep_ == "aux"
                                                                                      for a in c.children)]
        events = [e for h in (token, *groups, *purposes) for t in prep_objects(h, {"at", "during", "for", "in"})
                  for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Event"]
        if not events:
            return
        subjects = self.subjects(token)[0]
        # "SANTIAGO, Chile (…) -- Chairman of X, Gen. Y, and Gen. Z, …, joined": the parser makes the dateline the
        # subject and hangs the people on it as an apposition
        subjects += [c for s in subjects if self.mention_at(s) is not None and self.type_of(self.mention_at(s).entity_id) == "Location"
                     for a in s.children if a.dep_ == "appos" for c in (a, *conjoined(a))]
        present = [e for s in subjects for e in self.entities(s, allow_of=False)
                   if self.type_of(e[0]) in {"Person", "Government", "Agency", "Organization", "Firm"}]
        present += [e for h in (token, *groups) for t in prep_objects(h, {"from"}) for e in self.entities(t, allow_of=False)
                    if self.type_of(e[0]) == "Government"]
        yield from self.emit(present, ("PARTICIPATES_IN",), events, token.sent, 0.7)

    def pact_established_with(self, verb: Token) -> Iterator[Candidate]:
        """'A Digital Partnership with Singapore was established in 2023, adding to those signed the year before with
        Korea and Japan' (in an EU text): a partnership set up 'with' a party, by no one named, is the author's — the
        government the release speaks for, or the one the article is about."""
        if verb.tag_ != "VBN" or self.hedged(verb) or self._agent(verb) is not None:
            return
        pact = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb.dep_ != "acl" else verb.head
        if pact is None or not (pact.lemma_.lower() in PARTNERSHIP_NOUNS or pact.lower_ in {"those", "ones"} and any(
                t.lemma_.lower() in PARTNERSHIP_NOUNS for t in verb.sent if t.i < pact.i)):
            return
        partners = [e for h in (verb, pact) for t in prep_objects(h, {"with"}) for e in self.entities(t, allow_of=False)
                    if self.type_of(e[0]) in {"Government", "Organization", "Firm", "Agency"}]
        owner = self._author_state()
        if owner is not None and partners:
            yield from self.emit([(owner, 1)], ("PARTNERS_WITH",), [p for p in partners if p[0] != owner], verb.sent, 0.65)

    def _author_state(self, token: Token | None = None) -> str | None:
        """The government a text speaks for when it says 'our' or leaves a party unnamed: the release's state, else
        the one the article is about, else the one it names most — none for a 'we' inside someone's quotation."""
        if token is not None and self.speaker_body(token) is not None:
            return None
        return self.release_state() or self.clear_dominant() or self._named_most()

    def _named_most(self) -> str | None:
        """The state whose name or short form the text writes at least twice as often as any other's, counting the
        times it opens or closes other names ("the EU Strategy …", "EU-India …"): whose text an unsigned one is."""
        text = doc_text(self.doc)
        counts = Counter()
        for eid, draft in self.linking.entities.items():
            if draft.type == "Government":
                forms = sorted({draft.name, *draft.aliases}, key=len, reverse=True)
                pattern = r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms if f) + r")(?![\w])"
                counts[eid] = len(re.findall(pattern, text))
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 3 or len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        return ranked[0][0]

    def states_working_together(self, verb: Token) -> Iterator[Candidate]:
        """'UK and French researchers join up to shield …', 'UK and French experts will work more closely': people
        of two states working together make the states partners (a state named alone counts as itself)."""
        if verb.pos_ != "VERB" or self.hedged(verb):
            return
        lemma = verb.lemma_
        if not (lemma in {"collaborate", "cooperate"}
                or lemma == "work" and any(c.lower_ in {"together", "closely"} for c in verb.children)
                or lemma in {"join", "team"} and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
            return
        subs, passive = self.subjects(verb)
        if passive:
            return
        states: list[tuple[str, int]] = []
        for t in (c for s in subs for c in (s, *conjoined(s))):
            m = self.mention_at(t)
            if m is not None and self.type_of(m.entity_id) == "Government":
                states.append((m.entity_id, 0))
            elif m is None and t.lemma_.lower() in STAFF_NOUNS | {"expert", "team", "scientist", "researcher"}:
                states += [(mm.entity_id, 1) for c in t.children if c.dep_ in {"amod", "compound", "nmod"}
                           and (mm := self.mention_at(c)) is not None and self.type_of(mm.entity_id) == "Government"]
        parties = list(dict.fromkeys(states))
        if len({p for p, _ in parties}) >= 2 and any(self.mention_at(t) is None for s in subs for t in (s, *conjoined(s))):
            yield from self.mutual(parties, verb.sent, 0.7)

    def gathering_venue(self, verb: Token) -> Iterator[Candidate]:
        """'chaired the 3rd Top-level Strategic Dialogue … at NHN Cloud in Pangyo': the place a gathering is chaired,
        held or attended at (or the town that venue is in) hosts it."""
        if verb.pos_ != "VERB":
            return
        events = [(m.entity_id, 0) for d in verb.children if d.dep_ == "dobj"
                  if (m := self.mention_at(d)) is not None and self.type_of(m.entity_id) == "Event"]
        if not events or self.hedged(verb):
            return
        places = [e for t in prep_objects(verb, {"at"}) for e in (*self.entities(t, allow_of=False), *self._places_in(t))
                  if self.type_of(e[0]) == "Location"]
        yield from self.emit(list(dict.fromkeys(places)), ("HOSTS",), events, verb.sent, 0.65)

    def working_through(self, verb: Token) -> Iterator[Candidate]:
        """'The United States and the Philippines are working together to promote growth …, including through the
        Indo-Pacific Economic Framework for Prosperity': parties that work together through a named framework or
        gathering take part in it."""
        if verb.pos_ != "VERB" or not (
                verb.lemma_ in {"collaborate", "cooperate"} or any(c.lower_ == "together" for c in verb.children)) \
                or self.hedged(verb):
            return
        subs, passive = self.subjects(verb)
        if passive:
            return
        parties = [e for s in subs for t in (s, *conjoined(s)) for e in self.entities(t, allow_of=False)]
        clauses = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "advcl"})]
        # (also "…, including through X": the parser hangs 'through' on 'including')
        ways = [*clauses, *(p for c in clauses for p in c.children if p.dep_ == "prep" and p.lower_ in {"including", "notably"})]
        means = [(m.entity_id, 0) for c in ways for t in prep_objects(c, {"through"})
                 if (m := self.mention_at(t)) is not None and self.type_of(m.entity_id) in {"Policy", "Event"}]
        yield from self.emit(list(dict.fromkeys(parties)), ("PARTICIPATES_IN",), means, verb.sent, 0.65)

    def voiced_in(self, token: Token) -> Iterator[Candidate]:
        """'In Budget 2025, the government indicated its intent to …': a government or body that says, commits or
        proposes something in a named budget, plan or strategy speaks through its own document (ENACTS)."""
        if token.dep_ != "prep" or token.head.pos_ != "VERB" or token.head.lemma_.lower() not in _VOICING_VERBS \
                or self.hedged(token.head) or token.i > token.head.i:
            return
        documents = [(m.entity_id, 0) for o in prep_objects(token.head, {token.lower_})
                     for t in (o, *conjoined(o)) if (m := self.mention_at(t)) is not None and self.type_of(m.entity_id) == "Policy"]
        subs, passive = self.subjects(token.head)
        if passive or not documents:
            return
        speakers = [e for t in subs for e in self.entities(t, allow_of=False) if self.type_of(e[0]) in {"Government", "Agency"}]
        yield from self.emit(speakers, ("ENACTS",), documents, token.sent, 0.7)

    def mutual(self, parties: list[tuple[str, int]], sent: Span, confidence: float) -> Iterator[Candidate]:
        """Each party PARTNERS_WITH every other one listed after it (the relation is symmetric: each pair once)."""
        for i, a in enumerate(parties):
            yield from self.emit([a], ("PARTNERS_WITH",), [p for p in parties[i + 1:] if p[0] != a[0]], sent, confidence)

    def advancing_work(self, verb: Token) -> Iterator[Candidate]:
        """'the Government of Canada and TELUS are advancing work under …': named parties who together advance,
        continue or deepen one piece of work are partners in it (their own separate work would be 'their work')."""
        if verb.pos_ != "VERB" or self.hedged(verb):
            return
        work = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _SHARED_WORK_NOUNS
                and not any(g.dep_ == "poss" for g in c.children)]
        if not work:
            return
        subs, passive = self.subjects(verb)
        if passive or len(subs) != 1:
            return
        parties = list(dict.fromkeys(e for t in (subs[0], *conjoined(subs[0])) for e in self.entities(t, allow_of=False)
                                     if self.type_of(e[0]) in _BODY_KINDS))
        if len({p for p, _ in parties}) < 2:
            return
        yield from self.mutual(parties, verb.sent, 0.7)

    def partners_named(self, token: Token) -> Iterator[Candidate]:
        """'Canada's commercial relations with its partners across the U.S. and the European Union', 'its partners
        such as Japan': the partners a possessor's own 'partners' names are its partners."""
        if token.tag_ != "NNS" or self.mention_at(token) is not None or self.hedged(token.head):
            return
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            return
        owners = [e for e in self.entities(owner, allow_of=False) if self.type_of(e[0]) != "Person"]
        named = [e for t in prep_objects(token, {"in", "across", "including", "like", "as", "among"})
                 for e in self.entities(t, allow_of=False) if self.type_of(e[0]) != "Location"]
        if owner.lower_ == "our" and token.lemma_.lower() in {"partner", "ally"}:
            # "The relationship we have with our American partners", said the Defence Secretary: the speaker's state
            # (a quoted minister's department's) and the state the demonym names
            body = self.speaker_body(owner)
            if body is None:
                state = self._author_state(owner)
            elif self.type_of(body) == "Agency" and (entry := self.kb.get(body)) is not None:
                state = self.kb.state_of(entry)
            else:
                state = body if self.type_of(body) == "Government" else None
            owners = [(state, 1)] if state is not None and state in self.linking.entities else []
            # (only the state the demonym names: "our partners in ASEAN" in a joint statement has two authors)
            named = [(m.entity_id, 0) for c in token.children if c.dep_ in {"amod", "compound"}
                     and (m := self.mention_at(c)) is not None and self.type_of(m.entity_id) == "Government"]
        yield from self.emit(owners[:1], ("PARTNERS_WITH",), [n for n in named if n[0] not in {o for o, _ in owners}], token.sent, 0.65)

    def partner_predicate(self, token: Token) -> Iterator[Candidate]:
        """'Microsoft will be an excellent partner for Taiwan', 'Taiwan is a reliable and secure partner to the US': the
        subject of a copula whose predicate is a partner of, for or to someone is that one's partner."""
        if token.tag_ != "NN" or token.dep_ != "attr" or token.head.lemma_ != "be" or self.mention_at(token) is not None \
                or any(c.lower_ in {"founding", "limited", "general"} for c in token.children) or self.hedged(token.head):
            return  # ("G42 is a founding partner to MGX": a founder, not a partner of it)
        subs, _ = self.subjects(token.head)
        parties = [e for t in subs for e in self.entities(t, allow_of=False) if self.type_of(e[0]) in _BODY_KINDS]
        others = [e for o in prep_objects(token, {"of", "for", "to"}) for t in (o, *conjoined(o))
                  for e in self.entities(t, allow_of=False) if self.type_of(e[0]) in _BODY_KINDS]
        yield from self.emit(parties, ("PARTNERS_WITH",), [o for o in others if o[0] not in {p for p, _ in parties}], token.sent, 0.65)

    def presidency_of(self, token: Token) -> Iterator[Candidate]:
        """'Canada's G7 presidency', 'As part of our 2025 G7 Presidency' (in Canada's release): the state holding a
        bloc's presidency is one of its members."""
        blocs = [(m.entity_id, 0) for c in token.children if c.dep_ in {"compound", "nmod", "amod"}
                 and (m := self.mention_at(c)) is not None and self.type_of(m.entity_id) == "Organization"]
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if not blocs or owner is None:
            return
        if owner.lower_ == "our":
            state = self._author_state(owner)
            states = [(state, 1)] if state is not None else []
        else:
            states = self.entities(owner, allow_of=False)
        yield from self.emit([s for s in states if self.type_of(s[0]) == "Government"], ("MEMBER_OF",), blocs, token.sent, 0.7)

    def home_to(self, token: Token) -> Iterator[Candidate]:
        """'Japan is home to Sony', 'the UK … is the birthplace of companies like DeepMind': the bodies a place is
        home to, or the birthplace of, are based there."""
        prep = "to" if token.lemma_.lower() == "home" else "of"
        if token.dep_ not in {"attr", "advmod", "npadvmod", "appos", "conj"} or not (objs := prep_objects(token, {prep})):
            return
        first = token
        while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "ADV", "PROPN"}:
            first = first.head  # (the second of two predicates: "is home to X and the birthplace of Y")
        verb = first.head
        if verb.lemma_ not in {"be", "become", "remain"} or self.hedged(verb):
            return
        bodies = [e for t in objs for e in self.entities(t, allow_of=False) if self.type_of(e[0]) in {"Firm", "Organization", "Agency"}]
        places = [e for s in clause_subjects(first) for e in self.entities(s, allow_of=False)
                  if self.type_of(e[0]) in {"Government", "Location"}]
        yield from self.emit(bodies, ("BASED_IN",), places, token.sent, 0.7)

    def represented_by(self, token: Token) -> Iterator[Candidate]:
        """'The Government of the United States of America, represented by the Office of Science and Technology
        Policy': the body that represents a government in an agreement is one of its own; 'Japan was represented by
        Mr. A, State Minister …, and Mr. B, …': the people who represent a state serve it."""
        if token.tag_ != "VBN" or (agent := self._agent(token)) is None:
            return
        if token.dep_ != "acl":
            states = [e for c in token.children if c.dep_ == "nsubjpass" for e in self.entities(c, allow_of=False)
                      if self.type_of(e[0]) == "Government"]
            people = list(dict.fromkeys([e for e in self.entities(agent, allow_of=False) if self.type_of(e[0]) == "Person"]
                                        + self.titled_people(agent) + self._listed_people_after(agent)))
            if len(states) == 1 and not self.hedged(token):
                yield from self.emit(people, ("WORKS_FOR",), states, token.sent, 0.7)
            return
        states = [e for e in self.entities(token.head, allow_of=True) if self.type_of(e[0]) == "Government"]
        bodies = [e for e in self.entities(agent, allow_of=False) if self.type_of(e[0]) == "Agency"]
        if len(states) == 1:
            yield from self.emit(bodies, ("PART_OF",), states, token.sent, 0.7)

    def _listed_people_after(self, token: Token) -> list[tuple[str, int]]:
        """The people named from a token up to the end of its clause (a list of names and their titles, which the
        parser hangs on the titles): stops at a verb, a semicolon or 'while'."""
        people = []
        for t in self.doc[token.i:token.sent.end]:
            if t.lower_ in {"while", "whereas", ";"} or t.pos_ == "VERB" and t.i > token.i:
                break
            m = self.mention_at(t)
            if m is not None and m.end - 1 == t.i and self.type_of(m.entity_id) == "Person":
                people.append((m.entity_id, 1))
        return people

    def representatives_of(self, token: Token) -> Iterator[Candidate]:
        """'Mr. A, State Minister …, Mr. B, …, as representatives of Japan, and H.E. Ms. C, …, as a representative of
        the United Kingdom': the people named since the last such phrase (or the clause's start) serve that state."""
        doc = self.doc
        if token.i < 2 or not (doc[token.i - 1].lower_ == "as" or doc[token.i - 1].lower_ in {"a", "the"} and doc[token.i - 2].lower_ == "as"):
            return
        states = [e for t in prep_objects(token, {"of"}) for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Government"]
        if len(states) != 1:
            return
        sent = token.sent
        start = max([sent.start] + [t.i for t in doc[sent.start:token.i] if t.lemma_.lower() == "representative"
                                    or t.lower_ in {"together", ":"}])
        people = [(m.entity_id, 1) for m in self.ordered if start < m.start < token.i and self.type_of(m.entity_id) == "Person"]
        yield from self.emit(list(dict.fromkeys(people)), ("WORKS_FOR",), states, sent, 0.7)

    def on_margins_of(self, token: Token) -> Iterator[Candidate]:
        """'On the margins of the G7 … Ministers' Meeting, X met with Y': who meets on an event's margins or sidelines
        is there — the subject and whoever is met with."""
        if token.dep_ != "pobj" or token.head.lower_ not in {"on", "at"} or token.head.head.pos_ not in {"VERB", "AUX"}:
            return
        verb = token.head.head
        events = [e for t in prep_objects(token, {"of"}) for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Event"]
        if not events or self.hedged(verb):
            return
        heads = [*self.subjects(verb)[0], *prep_objects(verb, {"with"})]
        present = [e for t in heads for e in self.entities(t, allow_of=False)
                   if self.type_of(e[0]) in {"Person", "Government", "Organization", "Firm"}]
        yield from self.emit(list(dict.fromkeys(present)), ("PARTICIPATES_IN",), events, token.sent, 0.7)

    def _met_with_at(self, verb: Token) -> Iterator[Candidate]:
        """'I was delighted to meet with X, and Y at the Defense Innovation Unit in California for the annual AUKUS
        Defence Ministers' Meeting': the people met with at a named gathering take part in it, and the place it is
        held in hosts it (the words run on past the parser's reach, so they are read in order)."""
        with_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        if with_ is None:
            return
        sent = verb.sent
        later = [m for m in self.ordered if with_.i < m.start < sent.end]
        event = next((m for m in later if self.type_of(m.entity_id) == "Event" and m.start > 0
                      and self.doc[m.start - 1 - (self.doc[m.start - 1].lower_ in {"the", "annual", "a"})].lower_
                      in {"for", "at", "during", "the", "annual"}), None)
        if event is None:
            return
        before = [m for m in later if m.start < event.start]
        people = [(m.entity_id, 1) for m in before if self.type_of(m.entity_id) == "Person"]
        places = [(m.entity_id, 1) for m in before if self.type_of(m.entity_id) == "Location"
                  and self.doc[m.start - 1].lower_ in {"in", "at"}]
        yield from self.emit(list(dict.fromkeys(people)), ("PARTICIPATES_IN",), [(event.entity_id, 0)], sent, 0.65)
        yield from self.emit(places[-1:], ("HOSTS",), [(event.entity_id, 0)], sent, 0.65)

    def returned_to(self, token: Token) -> Iterator[Candidate]:
        """'Goodfellow returned to Google Research': a person returning to a company, lab or agency works for it
        again (not so for a state: "returned to China" is travel)."""
        if token.pos_ != "VERB" or self.hedged(token):
            return
        bodies = [e for t in prep_objects(token, {"to"}) for e in self.entities(t, allow_of=False)
                  if self.type_of(e[0]) in {"Firm", "Organization", "Agency"}]
        if not bodies:
            return
        people = self._subject_people(token)
        yield from self.emit(people, ("WORKS_FOR",), bodies, token.sent, 0.7)

    def joined_unit(self, token: Token) -> Iterator[Candidate]:
        """'joined Apple as director of machine learning in the Special Projects Group', 'joined Google as part of
        the Google Brain research team': the unit named in the post is where the person works, and part of the
        body joined."""
        if token.pos_ != "VERB" or self.hedged(token):
            return
        joined = [e for c in token.children if c.dep_ == "dobj" for e in self.entities(c, allow_of=False)
                  if self.type_of(e[0]) in {"Firm", "Organization", "Agency"}]
        if len(joined) != 1:
            return
        units: list[tuple[str, int]] = []
        for post in prep_objects(token, {"as"}):
            places = [t for t in post.subtree if t.dep_ == "pobj" and t.head.lower_ in {"in", "at"}] \
                if post.lower_ != "part" else prep_objects(post, {"of"})
            for t in places:
                units += [e for e in self.entities(t, allow_of=False) if self.type_of(e[0]) in {"Organization", "Agency", "Firm"}
                          and e[0] != joined[0][0]]
        if not units:
            return
        people = self._subject_people(token)
        yield from self.emit(people, ("WORKS_FOR",), units, token.sent, 0.7)
        yield from self.emit(units, ("PART_OF",), joined, token.sent, 0.7)

    def agreed_together(self, token: Token) -> Iterator[Candidate]:
        """'Oracle and OpenAI agreed to develop 4.5 gigawatts of capacity', 'Britain and France pledged to cooperate on
        AI safety': parties that agree together to do something, or commit to working together, are partners (a
        hedge or negation on the verb says nothing)."""
        if token.pos_ != "VERB" or self.hedged(token) or not any(
                c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                and (lemma_of(token) == "agree" or lemma_of(c) in _TOGETHER_VERBS) for c in token.children):
            return  # ("Britain and France pledged to cooperate": a pledge counts when what is pledged is working together)
        # ("Prime Minister Ishiba and President Trump agreed to …": leaders agree for their states)
        parties = [self.office_holder_party(e, token.sent, leaders=True) for s in self.subjects(token)[0]
                   for e in self.entities(s, allow_of=False)]
        parties = list(dict.fromkeys(p for p in parties if self.type_of(p[0]) in {"Firm", "Government", "Agency", "Organization"}))
        yield from self.mutual(parties, token.sent, 0.7)

    def counterpart(self, token: Token) -> Iterator[Candidate]:
        """'met his South Korean counterpart, Ahn Gyu-back', 'his US counterpart Marco Rubio': a counterpart named
        with a state is that state's official."""
        states = [e for c in token.children if c.dep_ in {"amod", "compound", "nmod"}
                  for e in self.entities(c, allow_of=False) if self.type_of(e[0]) == "Government"]
        states += [e for t in prep_objects(token, {"from", "in"}) for e in self.entities(t, allow_of=False)
                   if self.type_of(e[0]) == "Government"]
        if not states:
            return
        people = [e for c in token.children if c.dep_ == "appos" for e in self.entities(c, allow_of=False)
                  if self.type_of(e[0]) == "Person"]
        if not people and (nxt := self.mention_at(self.doc[token.i + 1]) if token.i + 1 < len(self.doc) else None) is not None \
                and self.type_of(nxt.entity_id) == "Person":
            people = [(nxt.entity_id, 0)]  # "his Chinese counterpart Wang Yi" read as one noun phrase
        yield from self.emit(people, ("WORKS_FOR",), states[:1], token.sent, 0.7)

    def joint_work(self, token: Token) -> Iterator[Candidate]:
        """'Rapidus will continue its joint research with IBM and imec', 'Toyota conducts joint development with
        Nvidia': work done jointly 'with' X makes its owner (the possessor, else the clause's subject) X's partner."""
        noun = token.head
        if token.dep_ != "amod" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _JOINT_WORK_NOUNS:
            return
        partners = [e for t in prep_objects(noun, {"with"}) for e in self.entities(t)]
        if not partners:
            return
        verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
        if verb is not None and self.hedged(verb):
            return
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None:
            found = self.entities(owner, allow_of=False)
            if not found and owner.lower_ in PRONOUNS:
                eid = self.pronoun_antecedent(owner, {"Firm", "Organization", "Government", "Agency"})
                found = [(eid, 1)] if eid else []
        else:
            found = [e for s in (self.subjects(verb)[0] if verb is not None else []) for e in self.entities(s, allow_of=False)]
        owners = [o for o in found if self.type_of(o[0]) in {"Firm", "Organization", "Government", "Agency"}
                  and o[0] not in {p[0] for p in partners}]
        yield from self.emit(owners, ("PARTNERS_WITH",), partners, token.sent, 0.75)

    def joint_states(self, token: Token) -> Iterator[Candidate]:
        """'the joint deployment of Australian, UK and U.S. assets', 'jointly developed Australian, UK and U.S. AI
        capability': states listed as the joint owners of one thing work together, each with each."""
        doc = self.doc
        if token.lower_ == "joint" and token.i + 2 < len(doc) and doc[token.i + 1].pos_ == "NOUN" and doc[token.i + 2].lower_ == "of":
            k = token.i + 3
        elif token.lower_ == "jointly" and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "VBN":
            k = token.i + 2
        else:
            return
        if self.hedged(token.head):
            return
        while k < len(doc) and doc[k].lower_ in {"the", "a", "an"}:
            k += 1
        states: list[tuple[str, int]] = []
        while k < len(doc) and (m := self.mention_at(doc[k])) is not None and m.start == k \
                and self.type_of(m.entity_id) == "Government":
            states.append((m.entity_id, 0))
            k = m.end
            if k < len(doc) and doc[k].text == ",":
                k += 1
            if k < len(doc) and doc[k].lower_ == "and":
                k += 1
        states = list(dict.fromkeys(states))
        if len(states) >= 2:
            for i, a in enumerate(states):
                yield from self.emit([a], ("PARTNERS_WITH",), states[i + 1:], token.sent, 0.7)

    def was_the_host(self, token: Token) -> Iterator[Candidate]:
        """'The two-day summit was organised by … South Korea was the co-host.': a state or body that 'was the
        (co-)host' hosts the gathering named in an 'of' phrase, or else the one just named."""
        if token.lower_ not in {"host", "co-host", "cohost"} or token.dep_ != "attr" or token.head.lemma_ != "be" \
                or self.hedged(token.head):
            return
        hosts = [e for c in token.head.children if c.dep_ == "nsubj" for e in self.entities(c, allow_of=False)
                 if self.type_of(e[0]) in {"Government", "Organization", "Location"}]
        events = [e for t in prep_objects(token, {"of"}) for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Event"]
        if not events:
            latest = self._latest_named(token, "Event", 2)
            events = [(latest[0], 2)] if latest else []
        yield from self.emit(hosts, ("HOSTS",), events, token.sent, 0.7)

    def jointly_authored(self, token: Token) -> Iterator[Candidate]:
        """'The project, called “IPCEI ME/CT”, was jointly prepared and notified by fourteen Member States: Austria,
        Czechia, …': a policy jointly drawn up by several parties has each of them taking part in it."""
        verb = token.head
        if token.lower_ != "jointly" or verb.tag_ != "VBN" or self.hedged(verb):
            return
        # ("prepared and notified by …": the parser may hang the 'by' agent on the second participle only)
        agent = self._agent(verb) or next((a for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
                                            and (a := self._agent(c)) is not None), None)
        if agent is None:
            return
        agents = [agent, *_alongside(agent)]
        parties = [e for a in agents for e in self.entities(a, allow_of=False)
                   if self.type_of(e[0]) in {"Government", "Organization", "Firm"}]
        holder = verb.head if verb.dep_ in {"acomp", "xcomp"} else verb
        policies = [e for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"} for e in self.entities(c, allow_of=False)
                    if self.type_of(e[0]) == "Policy"]
        if len({p[0] for p in parties}) >= 2:
            yield from self.emit(parties, ("PARTICIPATES_IN",), policies, token.sent, 0.7)

    def affiliated_with(self, token: Token) -> Iterator[Candidate]:
        """'Igor Babuschkin, formerly associated with Google's DeepMind unit', 'she is affiliated with Mila': a
        person associated with a named body works (or worked) for it. Only people: "firms associated with the
        military" states no employment."""
        if token.tag_ not in {"VBN", "JJ"} or self.hedged(token):
            return
        bodies = [e for t in prep_objects(token, {"with"}) for e in self.entities(t, allow_of=False)
                  if self.type_of(e[0]) in {"Firm", "Agency", "Organization"}]
        if not bodies:
            return
        owners = {mm.entity_id for mm in self.ordered if self.doc[mm.end - 1].dep_ == "poss"}
        bodies = [b for b in bodies if b[0] not in owners] or bodies  # "Google's DeepMind unit": the unit, not its owner
        if token.dep_ in {"acl", "amod"}:
            holders = [self._described(token.head)]
        elif token.dep_ in {"acomp", "attr", "ROOT"}:
            verb = token if token.dep_ == "ROOT" else token.head
            holders = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]  # "X is affiliated with Y"
        else:
            return
        people = [e for t in holders for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Person"]
        yield from self.emit(people, ("WORKS_FOR",), bodies, token.sent, 0.65)

    def programmes_such_as(self, token: Token) -> Iterator[Candidate]:
        """'The initiatives of the EuroHPC Joint Undertaking, such as AI Factories', "Ofcom's programmes, including
        the X Scheme": the policies given as examples of a body's programmes are parts of that body.
        (A state's programmes are its policies: the possessive rules read those as enacted.)"""
        if token.tag_ != "NNS":
            return
        owners = [e for t in prep_objects(token, {"of"}) for e in self.entities(t, allow_of=False)]
        owners += [e for c in token.children if c.dep_ == "poss" for e in self.entities(c, allow_of=False)]
        owners = [o for o in owners if self.type_of(o[0]) in {"Agency", "Organization"}]
        if not owners:
            return
        # ("… of the EuroHPC Joint Undertaking, such as AI Factories": the parser may hang the examples on a word of
        # the owner's name rather than on the programmes)
        holders = [token, *(self.doc[i] for mm in self.ordered if mm.entity_id in {o[0] for o in owners}
                            and token.i < mm.start < token.sent.end for i in range(mm.start, mm.end))]
        examples = [e for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in LIST_PREPS
                    for e in self.entities(c, allow_of=False) if self.type_of(e[0]) == "Policy"]
        yield from self.emit(list(dict.fromkeys(examples)), ("PART_OF",), owners, token.sent, 0.7)

    def proposed_in(self, token: Token) -> Iterator[Candidate]:
        """'a new AI Compute Access Fund and a Sovereign Compute Strategy proposed in Budget 2024', 'the Skills
        Grant, included in the Industrial Strategy': policies a participle places 'in' a larger policy are parts of
        it. The named policies are the ones written right before the participle (the parser often hangs a
        participle far from them) and those coordinated with them."""
        if token.tag_ not in {"VBN", "VBD"} or token.dep_ not in {"acl", "relcl", "advcl", "ccomp"} or token.i == 0 \
                or any(c.dep_ in {"aux", "auxpass"} for c in token.children) or self.hedged(token):
            return
        before = self.doc[token.i - 1]
        if before.text == "," and token.i >= 2:
            before = self.doc[token.i - 2]
        named = self.mention_at(before)
        if named is None or named.end != before.i + 1 or self.type_of(named.entity_id) != "Policy" or any(
                c.dep_ in {"nsubj", "nsubjpass"} and named.start <= c.i < named.end for c in token.children):
            return  # ("The Strategy proposed in May a new fund": the policy that proposes is no part)
        wholes = [e for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                  for t in p.children if t.dep_ == "pobj" for e in self.entities(t, allow_of=False)
                  if self.type_of(e[0]) == "Policy"]
        if not wholes:
            return
        head = self.doc[named.end - 1]
        first = head.head if head.dep_ == "conj" else head
        group = [first, *conjoined(first)]
        parts = [(m.entity_id, 0) for t in group if (m := self.mention_at(t)) is not None and self.type_of(m.entity_id) == "Policy"]
        parts = parts or [(named.entity_id, 0)]
        yield from self.emit(parts, ("PART_OF",), wholes, token.sent, 0.65)

    def person_from(self, token: Token) -> Iterator[Candidate]:
        """'accompanied by Sam Altman from OpenAI and Larry Ellison from Oracle': a named person 'from' (or 'of') a
        named company or body speaks for it, so works for it. Not a place or a state ("a researcher from Canada" gives
        a nationality), and only a name written right before 'from'."""
        if token.dep_ != "prep" or token.i == 0:
            return
        before = token.i - 1
        if token.lower_ == "of":
            # "Professor Jane Smith of the University of Edinburgh", "Arthur Mensch, formerly of Google DeepMind":
            # 'of' right after a name (or after a comma and 'formerly') names the body the person is of
            if before >= 2 and self.doc[before].lower_ in {"formerly", "previously", "latterly", "now"} \
                    and self.doc[before - 1].text == ",":
                before -= 2  # (wherever the parser hangs the phrase: the comma and adverb tie it to the name)
            elif token.head.i != before:
                return
        # the name right before 'from' (the parser often hangs the phrase on the verb: "accompanied by X from Y")
        pm = self.mention_at(self.doc[before])
        if pm is None or pm.end != before + 1 or self.type_of(pm.entity_id) != "Person":
            return
        bodies = [e for t in token.children if t.dep_ == "pobj" for e in self.entities(t, allow_of=False)
                  if self.type_of(e[0]) in {"Firm", "Organization", "Agency"}]
        if token.lower_ == "of" and pm.start > 0 and self.doc[pm.start - 1].lower_ == "minister" \
                and (pm.start < 2 or self.doc[pm.start - 2].lower_ not in RANK_WORDS | {"junior", "parliamentary"}) \
                and bodies and all(self.linking.entities[b].name.startswith("Ministry") for b, _ in bodies):
            # "Minister Jong-ho Lee of the Ministry of Science and ICT": the minister of a ministry heads it
            yield from self.emit([(pm.entity_id, 0)], ("LEADS",), bodies, token.sent, 0.75)
            return
        yield from self.emit([(pm.entity_id, 0)], ("WORKS_FOR",), bodies, token.sent, 0.6)
        if pm.start > 0 and self.doc[pm.start - 1].lower_ in {"minister", "secretary"} and any(self.type_of(b[0]) == "Agency" for b in bodies):
            # "State Minister Nakatani Shinichi from Japan's Ministry of Economy, Trade and Industry": a minister from a
            # state's ministry serves that state's government too
            doc = self.doc
            owners = [c for t in token.children if t.dep_ == "pobj" for c in t.children if _is_possessor(c)]
            # (the knowledge base may know "Japan's Ministry of …" as one name: its state is the word before the mark)
            states = {self._linked(gid) for c in owners if (gid := state_named(doc[c.i].text, self.kb))}
            yield from self.emit([(pm.entity_id, 0)], ("WORKS_FOR",), [(g, 0) for g in states if g], token.sent, 0.6)

    def succeeded(self, token: Token) -> Iterator[Candidate]:
        """'He is the CEO of Microsoft, succeeding Steve Ballmer in 2014 as CEO and John W. Thompson in 2021 as
        chairman': whom the holder succeeded as a leader led the same body."""
        if token.pos_ != "VERB" or self.hedged(token):
            return
        titles = [t for t in prep_objects(token, {"as"}) if office_kind(t.lower_) == "lead"
                  or office_kind(" ".join(w.lower_ for w in t.subtree if w.i <= t.i)) == "lead"]
        if not titles:
            return
        subjects = {t.i for s in self.subjects(token)[0] for t in s.subtree}
        people = [(m.entity_id, 1) for m in self.ordered if token.i < m.start <= max(t.i for t in titles)
                  and m.start not in subjects and self.type_of(m.entity_id) == "Person"]
        bodies = [e for t in titles for b in prep_objects(t, {"of", "at"}) for e in self.entities(b, allow_of=False)]
        if not bodies:
            named = {m.entity_id for m in self.ordered if token.sent.start <= m.start < token.sent.end
                     and self.type_of(m.entity_id) in {"Firm", "Organization", "Agency"}}
            bodies = [(next(iter(named)), 1)] if len(named) == 1 else []
        yield from self.emit(people, ("LEADS",), bodies, token.sent, 0.7)

    def product_of(self, token: Token) -> Iterator[Candidate]:
        """'Ernie Bot is an AI chatbot service product of Baidu', 'Claude, a creation of Anthropic': the body the
        product is 'of' develops the model or chip the phrase describes."""
        makers = [e for t in prep_objects(token, {"of"}) for e in self.entities(t, allow_of=False)
                  if self.type_of(e[0]) in {"Firm", "Organization", "Government", "Agency"}]
        if not makers:
            return
        if token.dep_ == "attr" and token.head.lemma_ == "be" and not self.hedged(token.head):
            subs, _ = self.subjects(token.head)
            things = [e for c in subs for e in self.entities(c, allow_of=False)]
        elif token.dep_ == "appos":
            things = self.entities(token.head, allow_of=False)
        else:
            return
        things = [e for e in things if self.type_of(e[0]) in {"AIModel", "Hardware"}]
        yield from self.emit(makers, ("DEVELOPS",), things, token.sent, 0.75)

    def _place_modifier(self, m: LinkedMention) -> Iterator[Candidate]:
        """'Hong Kong newspaper South China Morning Post', 'Texas chipmaker Kestrel Semiconductor': a place before a
        word for a company and its name is where the company is."""
        token = self.doc[m.end - 1]
        noun = token.head
        if token.dep_ not in {"compound", "nmod"} or noun.lemma_.lower() not in FIRM_NOUNS or self.mention_at(noun):
            return
        firms = [e for e in self.named_after(noun) if self.type_of(e[0]) in {"Firm", "Organization"}]
        yield from self.emit(firms, ("BASED_IN",), [(m.entity_id, 0)], token.sent, 0.75)

    def state_pair(self, m: LinkedMention) -> Iterator[Candidate]:
        """'the U.S.-UAE Strategic Energy Dialogue': both states the name pairs take part in it."""
        states = self.linking.state_pairs.get(m.entity_id)
        if states and self.type_of(m.entity_id) in {"Event", "Policy"}:
            yield from self.emit([(s, 0) for s in states], ("PARTICIPATES_IN",), [(m.entity_id, 0)], self.doc[m.start].sent, 0.7)
            head = self.doc[m.end - 1]
            if len(states) == 2 and self.type_of(m.entity_id) == "Policy" and (
                    head.lower_ in {"partnership", "alliance"} or head.lower_ in _NAMED_PACT_HEADS and head.is_title):
                # (a capitalised, named agreement; "the 1986 Japan-United States semiconductor agreement", settling a
                # trade dispute, is named by no one as a tie)
                # "The ROK-EU Digital Partnership, signed on 28 November 2022": the two states it pairs are partners
                yield from self.emit([(states[0], 0)], ("PARTNERS_WITH",), [(states[1], 0)], self.doc[m.start].sent, 0.7)
        elif states and len(states) == 2 and self.type_of(m.entity_id) == "Organization" \
                and self.doc[m.end - 1].lower_ in {"council", "dialogue", "forum", "commission", "committee"} \
                and not {t.lower_ for t in self.doc[m.start:m.end]} & {"business", "industry", "chamber", "industries"}:
            # "The EU-India Trade and Technology Council": a joint body of two states makes them partners (a
            # "U.S.-Taiwan Business Council" joins two states' businesses, not their governments)
            yield from self.emit([(states[0], 0)], ("PARTNERS_WITH",), [(states[1], 0)], self.doc[m.start].sent, 0.7)

    def paired_tie(self, m: LinkedMention) -> Iterator[Candidate]:
        """'the UK-Canada science of AI safety partnership', 'a US-India agreement': a hyphenated pair of states
        before a word for a tie between them makes them partners."""
        doc = self.doc
        if self.type_of(m.entity_id) not in _PAIR_PARTY_TYPES or m.end + 1 >= len(doc) or doc[m.end].text not in {"-", "–"}:
            return
        other = self.mention_at(doc[m.end + 1])
        if other is None or other.start != m.end + 1 or other.entity_id == m.entity_id or self.type_of(other.entity_id) not in _PAIR_PARTY_TYPES:
            return
        states = self.type_of(m.entity_id) == "Government" and self.type_of(other.entity_id) == "Government"
        # ("the NSF-Micron $10M cross-sector partnership", "the NSF-Australia partnership": a body and a company or a
        # state joined the same way are partners — through a word for a partnership itself, not a council or dialogue)
        tie_nouns = _PAIR_TIE_NOUNS if states else _BODY_PAIR_TIE_NOUNS
        noun = doc[other.end - 1]
        for _ in range(4):
            if noun.lemma_.lower() in tie_nouns or noun.dep_ not in {"compound", "amod", "nmod", "npadvmod"}:
                break
            noun = noun.head
        if noun.lemma_.lower() not in tie_nouns and not states:
            return
        if noun.lemma_.lower() not in _PAIR_TIE_NOUNS:
            # "UK-Canada science of AI safety partnership": the tie word closes a verbless phrase the pair opens
            tie = next((t for t in noun.subtree if t.i > noun.i and t.lemma_.lower() in _PAIR_TIE_NOUNS), None)
            if tie is None or any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in doc[noun.i:tie.i]):
                return  # (a participle modifying a noun is no verb: "EU-China trade and research related dialogues")
            noun = tie
        if self.hedged(noun.head):
            return
        # "the U.S.-Japan Alliance": two states in an alliance are allies
        tie = ("ALLIED_WITH",) if noun.lemma_.lower() == "alliance" and states else ("PARTNERS_WITH",)
        yield from self.emit([(m.entity_id, 0)], tie, [(other.entity_id, 0)], doc[m.start].sent, 0.7)
        if (named := self.mention_at(noun)) is not None and self.type_of(named.entity_id) == "Policy":
            # "U.S. – Japan Technology Prosperity Deal": the pair are the parties to the agreement it names
            yield from self.emit([(m.entity_id, 0), (other.entity_id, 0)], ("PARTICIPATES_IN",), [(named.entity_id, 0)],
                                 doc[m.start].sent, 0.7)

    def listed_model_maker(self, m: LinkedMention) -> Iterator[Candidate]:
        """'three DeepSeek models (R1, R1-0528 and V3.1)', '(OpenAI's GPT-5, GPT-5-mini and gpt-oss …)': the company
        the linker read as the maker of a bracketed model list DEVELOPS each listed model."""
        maker = self.linking.listed_makers.get(m.start)
        if maker is not None and self.type_of(m.entity_id) == "AIModel":
            yield from self.emit([(maker, 0)], ("DEVELOPS",), [(m.entity_id, 0)], self.doc[m.start].sent, 0.75)

    def qualified_agency(self, m: LinkedMention) -> Iterator[Candidate]:
        """An agency named with its state ('U.S. Department of Commerce') is PART_OF that state."""
        if m.how == "distributive":  # "the U.S. and UK AI Safety Institutes": each with its own state
            for body, state in self.linking.distributive.get(m.end - 1, []):
                yield from self.emit([(body, 0)], ("PART_OF",), [(state, 0)], self.doc[m.start].sent, 0.7)
            return
        if (gid := self.linking.national_units.get(m.entity_id)) is not None:
            # "Micron Memory Japan": a company named with the state it serves is based there
            yield from self.emit([(m.entity_id, 0)], ("BASED_IN",), [(gid, 0)], self.doc[m.start].sent, 0.7)
            return
        if self.type_of(m.entity_id) != "Agency" or m.how == "title":
            return  # ("Australian Defence Minister X": a state-qualified title names the body, not whose it is)
        before = self.mention_at(self.doc[m.start - 1]) if m.start > 0 else None
        if before is not None and before.end == m.start and before.end - before.start > 1 \
                and self.type_of(before.entity_id) == "Government" and self.doc[before.end - 1].head.i in range(m.start, m.end):
            # "the United States Securities and Exchange Commission": a state's name in words of its own before the body's
            yield from self.emit([(m.entity_id, 0)], ("PART_OF",), [(before.entity_id, 0)], self.doc[m.start].sent, 0.7)
            return
        if before is not None and before.end == m.start and before.entity_id != m.entity_id \
                and self.type_of(before.entity_id) == "Agency" and (
                    self.doc[before.end - 1].dep_ == "compound" and self.doc[before.end - 1].head.i in range(m.start, m.end)
                    # (or read as the body's apposition: "the DoD Joint …" with no comma between)
                    or (root := self.doc[m.start:m.end].root).dep_ == "appos" and root.head.i == before.end - 1):
            # "the DoD Joint Artificial Intelligence Center": a department's name before a body's names its unit
            yield from self.emit([(m.entity_id, 0)], ("PART_OF",), [(before.entity_id, 0)], self.doc[m.start].sent, 0.7)
            return
        if m.end - m.start < 2:
            return
        gid = state_qualifier(self.doc[m.start:m.end], self.kb, m.entity_id)
        if gid and self._linked(gid):
            yield from self.emit([(m.entity_id, 0)], ("PART_OF",), [(gid, 0)], self.doc[m.start].sent, 0.7)

    def named_in(self, tokens: list[Token], types: set[str]) -> list[tuple[str, int]]:
        """Every entity of the given types named anywhere in the phrases under ``tokens``."""
        out: list[tuple[str, int]] = []
        for tok in tokens:
            for t in tok.subtree:
                m = self.mention_at(t)
                if (m is not None and m.start == t.i and m.how != "demonym" and self.type_of(m.entity_id) in types
                        and (m.entity_id, 1) not in out):
                    out.append((m.entity_id, 1))
        return out

    def list_changes(self, token: Token) -> Iterator[Candidate]:
        """'additions to the Entity List, such as X', 'the removal of X': the list's keeper restricts or lifts."""
        noun = token.lemma_.lower()
        if noun not in _LIST_CHANGE_NOUNS:
            return
        sent = token.sent
        lists = [m for m in self.ordered if _is_list(self, m) and sent.start - 60 <= m.start < sent.end]
        if not lists:
            return
        keeper = self.list_keeper(lists[-1].entity_id)
        if keeper is None:
            return
        members = []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "as", "including", "like"}:
                members += self.named_in([child], {"Firm", "Organization", "Government", "AIModel", "Hardware"})
            if child.dep_ == "amod" and child.lower_ == "such":
                continue
            if child.dep_ == "prep" and child.lower_ in {"to", "from"}:
                # "additions to the Entity List, such as X": the parser hangs 'such as' on the list's name
                members += [e for t in prep_objects(token, {child.lower_}) for p in t.children
                            if p.dep_ == "prep" and p.lower_ in LIST_PREPS
                            for e in self.named_in([p], {"Firm", "Organization", "Government", "AIModel", "Hardware"})]
        if token.dep_ == "nsubj":
            members += [e for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for e in self.named_in([c], {"Firm"})]
            if lemma_of(token.head) in INCLUDE_VERBS:  # "The additions … include X and Y"
                members += self.named_in([c for c in token.head.children if c.dep_ == "dobj"], {"Firm", "Organization"})
        rel = "LIFTS_RESTRICTIONS_ON" if noun in {"removal", "delisting"} else "RESTRICTS"
        yield from self.emit([(keeper, 1)], (rel,), members, sent, 0.65)
        # "additions under the destination of the PRC": Entity List entries are filed under the state they are in
        states = [e for t in prep_objects(token, {"under"}) if t.lemma_.lower() == "destination"
                  for e in self.named_in(prep_objects(t, {"of"}), {"Government"})]
        yield from self.emit(members, ("BASED_IN",), states, sent, 0.65)

    def list_keeper(self, list_id: str) -> str | None:
        """Who keeps a restriction list: the KB's enacting agency, when the article names it."""
        for entry in self.kb.entries:
            for fact in entry.facts:
                if fact.type == "ENACTS" and fact.object == list_id and entry.id in self.linking.entities:
                    return entry.id
        return None

    def nominal(self, token: Token) -> Iterator[Candidate]:
        """'Microsoft's acquisition of Inflection', 'US sanctions on Huawei', 'an FTC probe into OpenAI'."""
        spec = NOMINAL_TRIGGERS.get(token.lemma_.lower())
        if spec is None or token.pos_ not in {"NOUN", "PROPN"} or self.mention_at(token) is not None:
            return
        rel_types, preps = spec
        governor = token.head if token.dep_ in {"dobj", "nsubjpass", "pobj", "attr"} else None
        if governor is not None and (lemma_of(governor) in UNDOING_GOVERNORS or self.hedged(governor)):
            return  # "rescinded its restrictions on X", "may consider a ban on X": not a standing fact
        objects = [e for t in prep_objects(token, preps)
                   if not ("SUPPORTS" in rel_types and t.lemma_.lower() in _SECTOR_NOUNS and self.mention_at(t) is None)
                   for e in self.entities(t)]  # ("Google's backing of the UK's tech sector" backs a sector, not the state)
        if not objects and token.dep_ == "dobj" and lemma_of(token.head) in LIGHT_VERBS:
            objects = [e for t in prep_objects(token.head, preps) for e in self.entities(t)]  # "opened a probe … into X"
        if not objects and token.lemma_.lower() in _MEMBERSHIP_NOUNS:
            # "its OECD membership", "Japan's G7 membership": the body named before the noun is the one joined
            objects = [(m.entity_id, 0) for c in token.children if c.dep_ == "compound" and (m := self.mention_at(c)) is not None
                       and self.type_of(m.entity_id) == "Organization"]
        if not objects:
            return
        pronoun = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"their", "its", "his", "her"}), None)
        subjects = [e for c in token.children if c.dep_ in {"poss", "compound", "nmod", "amod"} or _is_possessor(c)
                    for e in self.entities(c, allow_of=False)]
        if pronoun is not None and token.dep_ == "dobj" and token.head.pos_ == "VERB" \
                and (own := [e for t in self.subjects(token.head)[0] for e in self.entities(t, allow_of=False)]):
            # "The two leaders … reaffirmed their steadfast support for Ukraine": 'their' is the clause's subject
            subjects = own
        subjects += [e for t in prep_objects(token, {"by", "from"}) for e in self.entities(t, allow_of=False)]
        if not subjects and token.dep_ in {"dobj", "nsubjpass"} and lemma_of(token.head) in LIGHT_VERBS and not self.hedged(token.head):
            subs, _ = self.subjects(token.head)
            subjects = [e for t in subs for e in self.entities(t, allow_of=False)]
        if "PARTICIPATES_IN" in rel_types and subjects:
            # "X's participation in the Summit with Vice President Y": who takes part with them takes part too
            events = [t for t in prep_objects(token, preps)]
            subjects += [e for t in [token, *events] for c in prep_objects(t, {"with", "alongside"})
                         for e in self.entities(c, allow_of=False) if self.type_of(e[0]) == "Person"]
        subjects = [e for e in subjects if e[0] not in {o for o, _ in objects}]
        if "PARTNERS_WITH" in rel_types:
            # "Technology Secretary Peter Kyle signed a deal with Anthropic": a minister's deal is the government's
            subjects = [self.office_holder_party(e, token.sent) for e in subjects]
        yield from self.emit(subjects, rel_types, objects, token.sent, 0.7)

    def on_list(self, token: Token) -> Iterator[Candidate]:
        """'Huawei has been on the Entity List since 2019', 'YMTC, which is on the Entity List': a restriction list
        the subject is (or remains) on restricts it."""
        verb = token.head
        if token.dep_ != "prep" or verb.lemma_ not in {"be", "remain", "stay", "appear", "sit"} or self.hedged(verb):
            return
        lists = [(mm.entity_id, 0) for t in token.children if t.dep_ == "pobj" and (mm := self.mention_at(t)) is not None
                 and self.type_of(mm.entity_id) == "Policy"
                 and self.linking.entities[mm.entity_id].name.split()[-1].lower() == "list"]
        if not lists:
            return
        listed = [e for t in self.subjects(verb)[0] for e in self.entities(t, allow_of=False)]
        yield from self.emit(lists, ("RESTRICTS",), listed, token.sent, 0.75)

    def joining_as_signatory(self, token: Token) -> Iterator[Candidate]:
        """'Canada is joining 11 other countries and the European Union … as an early signatory to the convention':
        those joined as signatories to a pact are signatories too (the subject's own signing is read elsewhere)."""
        if token.pos_ != "VERB" or self.hedged(token):
            return
        roles = [n for p in token.children if p.dep_ == "prep" and p.lower_ == "as"
                 for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in _SIGNATORY_NOUNS]
        pacts = [e for n in roles for t in prep_objects(n, {"to", "of"}) for e in self.entities(t)
                 if self.type_of(e[0]) in {"Policy", "Event"}]
        # (the names joined themselves, not "including G7 partners" hung on them)
        joined = [(m.entity_id, 0) for c in token.children if c.dep_ == "dobj" for t in [c, *conjoined(c)]
                  if (m := self.mention_at(t)) is not None and self.type_of(m.entity_id) in {"Government", "Organization", "Firm"}]
        yield from self.emit(joined, ("PARTICIPATES_IN",), pacts, token.sent, 0.65)

    def joining_from(self, token: Token) -> Iterator[Candidate]:
        """'Lael Brainard, who is joining us from the White House': someone who joins a gathering from a body comes
        from where they work."""
        if token.pos_ != "VERB" or self.hedged(token) or not any(
                c.dep_ == "dobj" and c.lower_ in {"us", "me", "you"} for c in token.children):
            return  # (not "… was joined by leaders from Chile, Peru …": who joined whom, not where they work)
        people = [e for t in self.subjects(token)[0] for e in self.entities(t, allow_of=False) if self.type_of(e[0]) == "Person"]
        bodies = [e for t in prep_objects(token, {"from"}) for e in self.entities(t, allow_of=False)
                  if self.type_of(e[0]) in _BODY_KINDS]
        yield from self.emit(people, ("WORKS_FOR",), bodies, token.sent, 0.6)

    def backing_behind(self, token: Token) -> Iterator[Candidate]:
        """'Schumer, who was the driving force behind the CHIPS Act', 'the President put his back (his weight) behind
        the Act', 'states rallied behind the declaration': being or putting one's weight behind something backs it."""
        if token.dep_ != "prep":
            return
        head = token.head
        verb = None
        if head.lemma_.lower() in _BACKING_BEHIND_NOUNS:
            if head.dep_ == "attr" and head.head.lemma_ == "be":
                verb = head.head
            elif head.dep_ == "dobj" and head.head.lemma_.lower() in _PUTTING_VERBS:
                verb = head.head
        elif head.pos_ == "VERB" and (head.lemma_.lower() in _RALLYING_VERBS or head.lemma_.lower() in _PUTTING_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _BACKING_BEHIND_NOUNS for c in head.children)):
            verb = head  # ("put his weight behind the Act", the parser hanging 'behind' on the verb)
        if verb is None or self.hedged(verb):
            return
        backers = [e for t in self.subjects(verb)[0] for e in self.entities(t, allow_of=False)]
        backed = [e for t in prep_objects(head, {"behind"}) for e in self.entities(t)
                  if self.type_of(e[0]) in {"Policy", "Firm", "Government", "Event"}]
        yield from self.emit(backers, ("SUPPORTS",), backed, token.sent, 0.7)

    def _laws_agreed_on(self, head: Token) -> list[tuple[str, int]]:
        """The laws an agreement (or the 'by' phrase the parser hung the 'on' phrase from) is 'on' ("agreement on the
        Artificial Intelligence Act"), by the head word of the policy linked there."""
        objects = prep_objects(head, {"on"})
        # "agreement on the regulation to …, better known as the 'Chips Act'": the name the object is known as
        if objects:
            objects += [n for t in head.subtree if t.lower_ == "as" and t.head.lower_ == "known"
                        for n in t.subtree if self.mention_at(n) is not None]
        return list(dict.fromkeys(
            (m.entity_id, 0) for o in objects if (m := self.mention_at(o)) is not None
            and self.type_of(m.entity_id) == "Policy" and _name_head(self.linking.entities[m.entity_id].name) in LAW_HEADS))

    def agreed_law(self, token: Token) -> Iterator[Candidate]:
        """'today's political agreement by the European Parliament and the Council on the Artificial Intelligence
        Act': the lawmakers that agree a law's text adopt it (ENACTS)."""
        if token.pos_ != "NOUN" or self.hedged(token.head):
            return
        agents = [t for t in prep_objects(token, {"by"})]
        if not agents:
            return
        laws = [law for t in (token, *(n for a in agents for n in conjoined(a))) for law in self._laws_agreed_on(t)]
        makers = [e for a in agents for e in self.entities(a, allow_of=False)
                  if self.type_of(e[0]) in {"Agency", "Government"}]
        yield from self.emit(makers, ("ENACTS",), laws, token.sent, 0.7)

    def structure(self, token: Token) -> Iterator[Candidate]:
        """'Inflection, a subsidiary of Microsoft' → PART_OF; 'the UK, a member of NATO' or 'Japan is a member of the G7' → MEMBER_OF."""
        if token.lemma_.lower() not in STRUCTURE_NOUNS:
            return
        if token.dep_ in {"appos", "attr"} and self.mention_at(token) is not None:
            return  # "Trump's AI Action Plan, the Department of Commerce and …": a word inside a name describes nothing
        if token.dep_ == "appos":
            part = self.entities(token.head, allow_of=False)
            described = self._named_before_comma(token)
            if described is not None and described.entity_id not in {e for e, _ in part}:
                # "… implementation of the CHIPS and Science Act, a key part of …": the name right before the comma,
                # wherever the parser hung the apposition
                part = [(described.entity_id, 0)]
        elif token.dep_ == "attr" and token.head.lemma_ == "be" and not self.hedged(token.head):
            # "Japan is a member of the G7", "DeepMind is a unit of Alphabet"
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            subjects += _along_with(token.head, subjects)  # "Along with A and B, X is part of Y"
            if token.head.dep_ == "relcl" and any(c.tag_ in {"WDT", "WP"} for c in subjects):
                # "X is an American company … that is a wholly owned subsidiary of Y": the noun the clause hangs on
                subjects = [self._described(token.head.head)]
            part = [e for c in subjects for e in self.entities(c, allow_of=False)]
        elif token.dep_ == "pobj" and token.lemma_.lower() == "part" and token.head.lower_ == "as" and token.head.dep_ == "prep" \
                and token.head.head.pos_ in {"VERB", "AUX"} and token.head.i < token.head.head.i and not self.hedged(token.head.head):
            # "As a key part of the Government's Digital Economy Strategy, the AI Action Plan will …": the programme
            # the fronted phrase describes (a body acting "as part of" a plan is not part of it)
            subjects, _ = self.subjects(token.head.head)
            part = [e for c in subjects for e in self.entities(c, allow_of=False) if self.type_of(e[0]) == "Policy"]
        elif token.dep_ == "compound" and (named := self.mention_at(token.head)) is not None and token.lemma_.lower() != "member":
            # "CSIRO's data and digital specialist arm Data61": the unit's name after the noun, its owner's before
            phrase = [token.head]
            while phrase[-1].dep_ == "conj" and phrase[-1].head.i < phrase[-1].i:
                phrase.append(phrase[-1].head)  # (the parser may hang "… arm Data61" on "data" as a conjunct)
            owners = [(mm.entity_id, 0) for n in phrase for t in n.subtree if t.dep_ == "poss" and t.i < token.i
                      and (mm := self.mention_at(t)) is not None
                      and self.type_of(mm.entity_id) in {"Firm", "Agency", "Organization", "Government"}]
            yield from self.emit([(named.entity_id, 0)], ("PART_OF",), owners, token.sent, 0.7)
            return
        else:
            return
        whole = [e for t in prep_objects(token, {"of"}) for e in self.entities(t, allow_of=False)]
        if not whole and token.lemma_.lower() not in _HOLDER_NOUNS | {"member", "part"}:
            # "Waymo, an Alphabet subsidiary", "BIS, the Commerce Department division that …": the owner as modifier
            whole = [(mm.entity_id, 0) for c in token.children if c.dep_ in {"compound", "nmod"} and c.i < token.i
                     and (mm := self.mention_at(c)) is not None
                     and self.type_of(mm.entity_id) in {"Firm", "Agency", "Organization"}]
        rel = ("MEMBER_OF", "PART_OF") if token.lemma_.lower() == "member" else ("PART_OF",)
        if token.lemma_.lower() in _HOLDER_NOUNS:
            rel = ("INVESTS_IN",)  # "A and B are major shareholders of C"
        yield from self.emit(part, rel, whole, token.sent, 0.75)

    def customers(self, token: Token) -> Iterator[Candidate]:
        """'Notable customers include Qualcomm and Broadcom' → the company the article is about SUPPLIES each;
        'Other investors of Scale included A, B and C' → each INVESTS_IN it.

        The company is the possessor ("SMIC's customers"), the object of "of"/"in"
        ("investors of Scale"), or else the company the text has named most often
        so far (the one it is about)."""
        noun = token.lemma_.lower()
        if noun not in _CUSTOMER_NOUNS | _INVESTOR_NOUNS | _SUPPLIER_NOUNS | {"partner"}:
            return
        if token.dep_ == "attr" and token.head.lemma_ in {"be", "become", "remain"} or _made_into(token):
            yield from self._role_predicate(token, noun)
            return
        one = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
        if one is not None and one.lower_ in {"one", "some", "several", "many", "two", "three"} and one.dep_ == "attr" \
                and one.head.lemma_ in {"be", "become", "remain"}:
            # "Inspur is one of Nvidia's largest customers": the copula's subject is one of them
            yield from self._role_predicate(token, noun, copula=one.head)
            return
        holder = self.mention_at(token.head) if token.dep_ == "appos" else next(
            (m for c in token.children if c.dep_ == "appos" and (m := self.mention_at(c)) is not None), None)
        if noun in _SUPPLIER_NOUNS:
            if holder is not None:
                # "Oracle, OpenAI's cloud provider, …", "TSMC, the sole manufacturer of Nvidia's GPUs, …"
                yield from self.emit([(holder.entity_id, 0)], ("SUPPLIES",), self._supplied(token, holder.entity_id),
                                     token.sent, 0.7)
            return
        if noun in _INVESTOR_NOUNS and holder is not None:
            # "The EPSRC, the primary funder of the institute, …", "SoftBank, the largest investor in OpenAI, …",
            # "OpenAI's largest investor, Microsoft, …"
            targets = [e for t in prep_objects(token, {"of", "in"}) for e in self.entities(t, allow_of=False)]
            targets += [e for c in token.children if c.dep_ == "poss" for e in self.entities(c, allow_of=False)]
            yield from self.emit([(holder.entity_id, 0)], ("INVESTS_IN",), [t for t in targets if t[0] != holder.entity_id],
                                 token.sent, 0.7)
            return
        if noun == "partner":
            return  # "partners include …" is read by the partnership rules
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in {"include", "be"}:
            return
        verb = token.head
        if self.hedged(verb):
            return
        owner = next((self.mention_at(c) for c in token.children if c.dep_ == "poss" and self.mention_at(c)), None)
        owner = owner or next((m for t in prep_objects(token, {"of", "in"}) if (m := self.mention_at(t)) is not None), None)
        if owner is not None:
            company: str | None = owner.entity_id
        else:  # the company the text is about so far: the one named most often before
            top = self.most_named_before(token.i, {"Firm"})
            company = top[0] if top is not None else None
        if company is None or self.type_of(company) != "Firm":
            return
        # "Notable customers include A and B"; "The venture's initial equity funders are A, B and C"
        objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
        listed = [e for c in objects for e in self.entities(c, allow_of=False) if e[0] != company]
        listed += [e for e in self.named_in(objects, {"Firm", "Government", "Person",
                   "Organization", "Agency"}) if e[0] != company and e[0] not in {x for x, _ in listed}]  # a list the parser split
        if noun in _INVESTOR_NOUNS:
            investors = [e for e in listed if self.type_of(e[0]) in {"Firm", "Government", "Person", "Organization", "Agency"}]
            yield from self.emit(investors, ("INVESTS_IN",), [(company, 1)], token.sent, 0.7)
            return
        buyers = [e for e in listed if self.type_of(e[0]) in {"Firm", "Government"}]
        yield from self.emit([(company, 1)], ("SUPPLIES",), buyers, token.sent, 0.7)

    def person_affiliation(self, token: Token) -> Iterator[Candidate]:
        """'OpenAI's Sam Altman', 'Nvidia's chief executive, Jensen Huang': the owner employs or is led by the person."""
        if (owner := self.mention_at(token)) is None:  # run() calls this only for possessors
            return
        head = token.head
        person = self.mention_at(head)
        title_noun = None
        if (token.dep_ == "conj" or person is not None and person.how == "title" and self.type_of(owner.entity_id) == "Government") \
                and owner.end < len(self.doc) and self.doc[owner.end].tag_ == "POS":
            # "Secretary Raimondo and Malaysia's Senior Minister for …, Mohamed Azmin Ali": the parser made the
            # possessor a conjunct of the first name; read by word order — the office after "'s", a comma, the person
            yield from self._office_then_person(owner, token.sent)
            return
        if person is None:
            title_noun = head
            person = next((self.mention_at(c) for c in head.children if c.dep_ == "appos" and self.mention_at(c)), None)
        if person is None or self.type_of(person.entity_id) != "Person":
            return
        title = " ".join(t.lower_ for t in title_noun.subtree if token.i < t.i <= title_noun.i) if title_noun is not None else ""
        rel = {"lead": "LEADS", "founder": "FOUNDED"}.get(office_kind(title) or "", "WORKS_FOR")
        if rel == "LEADS" and self.type_of(owner.entity_id) == "Government" and not heads_government(title):
            rel = "WORKS_FOR"  # "Canada's Minister of Innovation, X": a minister serves the state; its head leads it
        if rel == "WORKS_FOR":
            entry = self.kb.get(person.entity_id)
            if entry and any(f.type == "LEADS" and f.object == owner.entity_id for f in entry.facts):
                rel = "LEADS"
        yield from self.emit([(person.entity_id, 0)], (rel,), [(owner.entity_id, 0)], token.sent, 0.7)

    def _named_before_comma(self, phrase: Token) -> LinkedMention | None:
        """'CETaS, a research centre …', 'the MiQro … Centre (C2MI), one of …': the name written right before the comma
        that opens a descriptive phrase (past the name's bracketed acronym), whatever the parser hung the phrase on."""
        comma = phrase.left_edge.i - 1
        if comma < 1 or self.doc[comma].text != ",":
            return None
        k = comma - 1
        k -= 3 if k >= 3 and self.doc[k].text == ")" and self.doc[k - 2].text == "(" else 0
        named = self.mention_at(self.doc[k])
        return named if named is not None and named.end == k + 1 else None

    def _office_holder_after(self, owner: LinkedMention) -> tuple[LinkedMention, str] | None:
        """"Malaysia's Senior Minister for International Trade and Industry, Mohamed Azmin Ali": the person named after
        a possessor's capitalised office and a comma, and the office's words."""
        doc = self.doc
        if owner.end >= len(doc) or doc[owner.end].tag_ != "POS":
            return None
        j = owner.end + 1
        while j < len(doc) and j - owner.end <= 12 and (doc[j].is_title or doc[j].lower_ in {"for", "of", "and", "the"}):
            j += 1
        words = " ".join(t.lower_ for t in doc[owner.end + 1:j])
        if j + 1 >= len(doc) or doc[j].text != "," or not {"minister", "secretary"} & set(words.split()):
            return None
        person = self.mention_at(doc[j + 1])
        if person is None or person.start != j + 1 or self.type_of(person.entity_id) != "Person":
            return None
        return person, words

    def _office_then_person(self, owner: LinkedMention, sent: Span) -> Iterator[Candidate]:
        """The possessor of an office employs (or, for a head of government, is led by) the person named after it."""
        if (found := self._office_holder_after(owner)) is None:
            return
        person, words = found
        rel = "LEADS" if heads_government(words) and self.type_of(owner.entity_id) == "Government" else "WORKS_FOR"
        yield from self.emit([(person.entity_id, 0)], (rel,), [(owner.entity_id, 0)], sent, 0.7)

    def named_after(self, noun: Token) -> list[tuple[str, int]]:
        """'the startup Mistral AI', 'chipmaker Nvidia': a common noun directly followed by the name it describes."""
        nxt = noun.i + 1
        if nxt < len(self.doc) and (m := self.mention_at(self.doc[nxt])) is not None and m.start == nxt:
            if m.how not in {"coref", "demonym"}:
                return [(m.entity_id, 0)]
        return []

    def maker_product(self, m: LinkedMention) -> Iterator[Candidate]:
        """'Nvidia A100 GPUs', 'OpenAI's GPT-4o': a firm named right before its product develops it."""
        if self.type_of(m.entity_id) != "Firm" or m.end >= len(self.doc):
            return
        k = m.end
        while k < min(len(self.doc), m.end + 3) and self.mention_at(self.doc[k]) is None and (
                self.doc[k].text in _TRADEMARKS or self.doc[k].is_title and self.doc[k].pos_ == "PROPN"):
            k += 1  # "AMD Instinct™ MI355X GPUs": a product line and a trademark sign may come between
        if k >= len(self.doc) or (k > m.end and not any(self.doc[j].text in _TRADEMARKS for j in range(m.end, k))):
            return
        nxt = self.mention_at(self.doc[k])
        if nxt is not None and nxt.start == k and self.type_of(nxt.entity_id) in {"AIModel", "Hardware"}:
            yield from self.emit([(m.entity_id, 0)], ("DEVELOPS",), [(nxt.entity_id, 0)], self.doc[m.start].sent, 0.75)

    def rival_noun(self, token: Token) -> Iterator[Candidate]:
        """'Tencent, a rival of Alibaba', 'Baidu is a competitor of Alibaba', 'Alibaba's rival Tencent': the one the
        noun describes and the one it is a rival of compete; 'Japan, a close ally of the US' are allies (states) or
        partners (others). With no other party named, a plural predicate ties its coordinated subjects to each
        other: 'Japan and the United States are close allies', 'Baidu and Alibaba are rivals'."""
        rel = _MUTUAL_NOUNS.get(token.lemma_.lower())
        if token.pos_ != "NOUN" or rel is None or self.hedged(token.head):
            return
        if token.tag_ == "NNS" and token.dep_ == "attr" and token.head.lemma_ == "be" and not any(
                _is_possessor(c) for c in token.children) and not prep_objects(token, {"of", "to", "with"}):
            parties = [e for c in token.head.children if c.dep_ == "nsubj" for e in self.entities(c, allow_of=False)]
            for i, first in enumerate(parties):
                yield from self.emit([first], rel, parties[i + 1:], token.sent, 0.7)
            return
        of = [e for t in prep_objects(token, {"of", "to"}) for e in self.entities(t, allow_of=False)]
        of += [e for c in token.children if _is_possessor(c) for e in self.entities(c, allow_of=False)]
        if token.dep_ == "appos":
            described = self.entities(token.head, allow_of=False)
        elif token.dep_ == "attr" and token.head.lemma_ == "be":
            described = [e for c in token.head.children if c.dep_ == "nsubj" for e in self.entities(c, allow_of=False)]
        else:
            described = [e for c in token.children if c.dep_ == "appos" for e in self.entities(c, allow_of=False)]
            described += self.named_after(token) if of else []
        of = [o for o in of if o[0] not in {d[0] for d in described}]
        yield from self.emit(described, rel, of, token.sent, 0.7)

    def _role_predicate(self, token: Token, noun: str, copula: Token | None = None) -> Iterator[Candidate]:
        """'Microsoft is OpenAI's largest investor', 'Nvidia is a major shareholder in CoreWeave', 'A and B are
        customers of X': the copula's subject holds the role towards the possessor or the 'of'/'in' object."""
        copula = copula if copula is not None else token.head
        if self.hedged(copula):
            return
        subject = [c for c in copula.children if c.dep_ == "nsubj"]
        if _made_into(token):
            # "The deal makes Microsoft the largest investor in OpenAI": the one made so holds the role
            subject = [c for c in token.children if c.dep_ == "nsubj"] or [c for c in token.head.children if c.dep_ == "dobj"]
        if noun in _SUPPLIER_NOUNS:
            # "Microsoft is OpenAI's exclusive cloud provider", "TSMC became the sole manufacturer of Nvidia's GPUs"
            suppliers = [e for c in subject for e in self.entities(c, allow_of=False)]
            for eid, depth in suppliers:
                yield from self.emit([(eid, depth)], ("SUPPLIES",), self._supplied(token, eid), token.sent, 0.7)
            return
        holders = [e for c in subject for e in self.entities(c, allow_of=False)]
        holders += [e for e in self.named_in(subject, {"Firm", "Government", "Organization", "Person", "Agency"})
                    if e[0] not in {h[0] for h in holders}]  # "Arm, Microsoft, Nvidia and Oracle are …": the whole list
        company = [e for c in token.children if _is_possessor(c) for e in self.entities(c, allow_of=False)]
        company += [e for t in prep_objects(token, {"of", "in"}) for e in self.entities(t, allow_of=False)]
        company = [c for c in company if self.type_of(c[0]) == "Firm" and c[0] not in {h[0] for h in holders}]
        if noun in _INVESTOR_NOUNS:
            yield from self.emit(holders, ("INVESTS_IN",), company, token.sent, 0.7)
        elif noun == "partner" and company:  # "A and B are the key technology partners of C"
            yield from self.emit(holders, ("PARTNERS_WITH",), company, token.sent, 0.7)
        elif noun == "partner" and token.tag_ in {"NNS", "NNPS"} and not any(_is_possessor(c) for c in token.children) \
                and not prep_objects(token, {"of", "in", "to", "for"}):
            # "Japan, the United States, and the ROK are partners that share basic values": partners of one another
            parties = [h for h in holders if self.type_of(h[0]) in {"Government", "Firm", "Organization", "Agency"}]
            yield from self.mutual(parties, token.sent, 0.7)
        else:
            yield from self.emit(company, ("SUPPLIES",), [h for h in holders if self.type_of(h[0]) in {"Firm", "Government"}],
                                 token.sent, 0.7)

    def involved_with(self, verb: Token) -> Iterator[Candidate]:
        """'Several major Japanese R&D organizations will be involved with this technology association, including A,
        B and C': those involved with a body are its members (with a programme, they take part in it) — the names
        an 'including' list in the clause gives, wherever the parser hung the list."""
        if verb.lemma_.lower() != "involve" or not any(c.dep_ == "auxpass" for c in verb.children) or self.hedged(verb):
            return
        bodies = [e for t in prep_objects(verb, {"with", "in"}) for e in self.entities(t, allow_of=False)
                  if self.type_of(e[0]) in {"Organization", "Policy", "Event"}]
        if not bodies:
            return
        members = [e for c in verb.children if c.dep_ == "nsubjpass" for e in self.entities(c, allow_of=False)]
        members += [e for t in verb.subtree if t.lower_ == "including" for o in t.children if o.dep_ == "pobj"
                    for e in self.entities(o, allow_of=False)]
        members = [m for m in dict.fromkeys(members) if m[0] not in {b for b, _ in bodies}
                   and self.type_of(m[0]) in {"Organization", "Firm", "Government", "Agency"}]
        yield from self.emit(members, ("MEMBER_OF", "PARTICIPATES_IN"), bodies[:1], verb.sent, 0.7)

    def includes_collaboration(self, verb: Token) -> Iterator[Candidate]:
        """'Led by DARPA, this competition will include collaboration with several top AI companies - A, B, C and D -':
        those a programme or a gathering includes, or includes collaboration with, take part in it."""
        if verb.lemma_.lower() not in {"include", "involve", "feature"} or verb.pos_ != "VERB" or self.hedged(verb):
            return
        subs, passive = self.subjects(verb)
        if passive:
            return
        wholes = [e for t in subs for e in self.entities(t, allow_of=False) if self.type_of(e[0]) in {"Policy", "Event"}]
        if not wholes:
            return
        parts: list[tuple[str, int]] = []
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if obj.lemma_.lower() in {"collaboration", "partnership", "cooperation", "participation"}:
                parts += [e for t in prep_objects(obj, {"with", "from", "of"}) for e in self.entities(t, allow_of=False)]
            elif self.mention_at(obj) is not None:
                parts += self.entities(obj, allow_of=False)
        parts = [p for p in parts if self.type_of(p[0]) in {"Firm", "Organization", "Government"}]
        yield from self.emit(parts, ("PARTICIPATES_IN",), wholes[:1], verb.sent, 0.7)

    def hit_with(self, verb: Token) -> Iterator[Candidate]:
        """'The EU slapped Apple and Meta with 700 million euros in fines', 'Washington hit Huawei with sanctions':
        a state or regulator that hits a company with fines regulates it, with sanctions or bans restricts it."""
        if verb.pos_ != "VERB" or self.hedged(verb):
            return
        measures = {t.lemma_.lower() for p in prep_objects(verb, {"with"}) for t in p.subtree}
        if measures & {"fine", "penalty"}:
            rel = ("REGULATES",)
        elif measures & {"sanction", "tariff", "ban", "restriction", "control", "curb"}:
            rel = ("RESTRICTS",)
        else:
            return
        subjects, passive = self.subjects(verb)
        if passive:
            return
        actors = [e for t in subjects for e in self.entities(t, allow_of=False) if self.type_of(e[0]) in {"Government", "Agency"}]
        targets = [e for t in verb.children if t.dep_ == "dobj" for e in self.entities(t, allow_of=False)]
        yield from self.emit(actors, rel, targets, verb.sent, 0.8)

    def _through_partnership(self, pact: Token) -> Iterator[Candidate]:
        """'Microsoft will expand in the UAE through a partnership with Khazna': whatever the verb, a partnership
        'with' X that the clause acts through (or via) makes its subject X's partner. ('in partnership with' on the
        verbs the relation rules read is theirs.)"""
        prep = pact.head
        if pact.dep_ != "pobj" or prep.lower_ not in {"through", "via"} or prep.head.pos_ not in {"VERB", "AUX"}:
            return
        verb = prep.head
        if self.hedged(verb):
            return
        partners = [e for t in prep_objects(pact, {"with"}) for e in self.entities(t, allow_of=False)]
        subjects = [e for t in self.subjects(verb)[0] for e in self.entities(t, allow_of=False)]
        subjects = [e for e in subjects if e[0] not in {p[0] for p in partners}]
        yield from self.emit(subjects, ("PARTNERS_WITH",), partners, pact.sent, 0.7)

    def _supplied(self, noun: Token, supplier: str) -> list[tuple[str, int]]:
        """Whom a supplier noun supplies: its possessor ("OpenAI's provider"), the object of 'to' or 'for' ("a
        supplier to Apple"), or the owner of what it makes ("the manufacturer of Nvidia's GPUs")."""
        found = [e for c in noun.children if _is_possessor(c) for e in self.entities(c, allow_of=False)]
        found += [e for t in prep_objects(noun, {"to", "for"}) for e in self.entities(t, allow_of=False)]
        for made in prep_objects(noun, {"of"}):  # ("a supplier of cloud capacity to OpenAI": 'to' on the goods)
            found += [e for c in made.children if _is_possessor(c) for e in self.entities(c, allow_of=False)]
            found += [e for t in prep_objects(made, {"to", "for"}) for e in self.entities(t, allow_of=False)]
        return [f for f in found if f[0] != supplier and self.type_of(f[0]) in {"Firm", "Government", "Agency"}]

    def backed_with(self, token: Token) -> Iterator[Candidate]:
        """'Rapidus was established with the support of A and B', 'X launched the fund with the backing of Y': those
        whose support a clause says it had support what the clause is about — its subject.

        'DOE announced a series of actions in support of the Executive Order': the other way round, the clause's
        subject supports what its actions are 'in support of'."""
        if token.dep_ == "pobj" and token.head.lower_ == "in" and token.lower_ == "support":
            verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if verb is None or self.hedged(verb):
                return
            backed = [e for t in prep_objects(token, {"of"}) for e in self.entities(t, allow_of=False)
                      if self.type_of(e[0]) in {"Policy", "Firm", "Government", "Event"}]
            backers = [e for s in self.subjects(verb)[0] for e in self.entities(s, allow_of=False)]
            yield from self.emit(backers, ("SUPPORTS",), [b for b in backed if b[0] not in {x[0] for x in backers}],
                                 token.sent, 0.7)
            return
        if token.dep_ != "pobj" or token.head.lower_ not in {"with", "under"} or token.head.dep_ != "prep":
            return
        verb = token.head.head
        if verb.pos_ not in {"VERB", "AUX"} or self.hedged(verb):
            return
        backers = [e for t in prep_objects(token, {"of", "from"}) for e in self.entities(t, allow_of=False)]
        backers += [e for c in token.children if _is_possessor(c) for e in self.entities(c, allow_of=False)]
        backed = [e for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for e in self.entities(c, allow_of=False)]
        made = [e for c in verb.children if c.dep_ == "dobj" for e in self.entities(c, allow_of=False)
                if self.type_of(e[0]) in {"Policy", "Event", "Firm", "Organization"}]
        if made and lemma_of(verb) in _CREATION_VERBS and not any(c.dep_ == "nsubjpass" for c in verb.children):
            backed = made  # "the UK and Japan established the Partnership, with support from SIN Japan": what was made
        yield from self.emit(backers, ("SUPPORTS",), [b for b in backed if b[0] not in {x[0] for x in backers}], token.sent, 0.7)

    def supporting_role(self, token: Token) -> Iterator[Candidate]:
        """'SIN Japan played a key supporting role in establishing the UK-Japan Semiconductors Partnership': whoever
        plays a supporting role in making or running something supports it."""
        if token.lemma_.lower() != "role" or not any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in {"support", "supporting"}
                                                     for c in token.children):
            return
        play = token.head
        if token.dep_ != "dobj" or play.lemma_.lower() not in {"play", "take", "have"} or self.hedged(play):
            return
        targets = [e for t in prep_objects(token, {"in"}) for e in self.entities(t, allow_of=False)]
        targets += [e for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                    for v in p.children if v.dep_ == "pcomp" for o in v.children if o.dep_ == "dobj"
                    for e in self.entities(o, allow_of=False)]
        backers = [e for t in self.subjects(play)[0] for e in self.entities(t, allow_of=False)]
        yield from self.emit(backers, ("SUPPORTS",), [t for t in targets if t[0] not in {b[0] for b in backers}], token.sent, 0.7)

    def partnership_between(self, token: Token) -> Iterator[Candidate]:
        """'a partnership between X and Y', 'a collaborative project between X, Y and Z', 'the close friendship between
        the UK and Japan' → X PARTNERS_WITH Y."""
        lemma = token.lemma_.lower()
        if lemma not in _TIE_NOUNS_BETWEEN and not (lemma in _JOINT_WORK_NOUNS and any(
                c.dep_ == "amod" and c.lower_ in {"collaborative", "joint", "cooperative"} for c in token.children)):
            return
        yield from self._through_partnership(token)
        owners = [e for c in token.children if c.dep_ == "poss" for e in self.entities(c, allow_of=False)]
        if owners and not self.hedged(token.head):
            # "OpenAI's Stargate joint venture with SoftBank and Oracle": the possessor partners those it is 'with'
            partners = [e for t in prep_objects(token, {"with"}) for e in self.entities(t)]
            yield from self.emit(owners, ("PARTNERS_WITH",), [p for p in partners if p[0] not in {o[0] for o in owners}],
                                 token.sent, 0.75)
        groups = [[e for t in prep_objects(token, {"between", "among"}) for e in self.entities(t, allow_of=False)]]
        if not groups[0]:
            # "a major deal struck between British firm Nscale and leading American firms NVIDIA and OpenAI"
            groups = [[e for acl in token.children if acl.dep_ == "acl" and acl.tag_ in {"VBN", "VBD"}
                       for t in prep_objects(acl, {"between", "among"}) for e in self.entities(t, allow_of=False)]]
        if not groups[0]:
            # "a public-private partnership spanning NSF and four companies: A, B, C and D": what the tie spans are
            # its parties
            spanned = [t for acl in token.children if acl.dep_ == "acl" and acl.tag_ == "VBG" and acl.lemma_.lower() in _SPANNING_VERBS
                       for t in acl.children if t.dep_ == "dobj"]
            parties = [e for t in spanned for e in self.entities(t, allow_of=False)]
            listed = [e for n in (n for t in spanned for n in conjoined(t) if n.tag_ == "NNS" and n.lemma_.lower() in LIST_CLASS_NOUNS)
                      for e in self.colon_list(n, LIST_CLASS_NOUNS[n.lemma_.lower()])]
            if listed:
                # ("… NSF and four companies: A, B, C and D": the companies are one side, each tied to NSF, not to each other)
                side = {e[0] for e in listed}
                named_side = [e for e in parties if e[0] not in side]
                groups = [[a, b] for a in dict.fromkeys(named_side) for b in dict.fromkeys(listed)] or [[]]
            else:
                groups = [list(dict.fromkeys(parties))]
        between = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        if between is not None and len({p[0] for p in groups[0] if self.type_of(p[0]) != "Location"}) < 2:
            # "a collaborative project between A (…), B and C is showcasing …": the parser may take the end of the list
            # for the clause's subject; the list runs from 'between' to the first finite verb
            stop = next((t.i for t in self.doc[between.i + 1:token.sent.end] if t.tag_ in {"VBZ", "VBD", "VBP", "MD"}),
                        token.sent.end)
            aside = {b.i for t in self.doc[between.i:stop] if t.text == "(" for b in _bracket_tokens(t)}
            # ("Royal Navy Engineers": a body's name before a word for its people names the people, not a party)
            listed = [m for m in self.ordered if between.i < m.start and m.end <= stop and m.how != "demonym"
                      and m.start not in aside and not (m.end < stop and self.doc[m.end].lower_ in STAFF_NOUNS)]
            heads = [self.doc[m.end - 1].head for m in listed if self.doc[m.end - 1].dep_ == "compound"]
            groups = [self._not_modifiers(list(dict.fromkeys((m.entity_id, 1) for m in listed)), heads)]
        if not groups[0] and token.dep_ == "nsubj" and token.head.lemma_ == "be" and not self.hedged(token.head):
            # "The partnerships are between A and B, and between C and D": each 'between' pairs its own parties
            preps = [c for c in token.head.children if c.dep_ in {"prep", "conj"} and c.lower_ == "between"]
            preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ == "between"]
            groups = [self.entities(t, allow_of=False) for prep in preps for t in prep.children if t.dep_ == "pobj"]
        sent = token.sent
        named = {m.entity_id for m in self.ordered if sent.start <= m.start < sent.end and m.how != "demonym"}
        if token.dep_ == "attr" and token.head.lemma_ == "be" and groups[0] and not self.hedged(token.head):
            # "It is a joint venture among the University of Cambridge, …": the parties are the members of the body the
            # copula's subject names, not partners named pair by pair
            bodies = [e for c in token.head.children if c.dep_ == "nsubj" for e in self.entities(c, allow_of=False)
                      if self.type_of(e[0]) in {"Organization", "Firm"}]
            if bodies:
                # every name in the list, which the parser often chains as appositions ("A, the B, the C and D")
                listed = [(m.entity_id, 1) for t in prep_objects(token, {"between", "among"})
                          for m in self.ordered if t.left_edge.i <= m.start and m.end <= t.right_edge.i + 1
                          and self.type_of(m.entity_id) in {"Organization", "Firm", "Government"} and m.how != "demonym"]
                members = list(dict.fromkeys([p for p in groups[0] if p[0] in named] + listed))
                yield from self.emit(members, ("MEMBER_OF",), bodies[:1], sent, 0.7)
                return
        if any(a.pos_ == "VERB" and a.lemma_.lower() in HEDGE_GOVERNORS for a in token.ancestors):
            return  # "we desire a future that enables cooperation between the U.S. and NATO": wished for, not stated
        if any(c.dep_ == "amod" and c.lower_ in _UNREAL_ADJECTIVES for c in token.children) \
                or token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_.lower() in UNDOING_GOVERNORS \
                or token.dep_ == "nsubj" and token.head.lemma_.lower() in _FAILING_VERBS:
            return  # "a possible partnership between …", "discussed a deal between …", "the deal … collapsed"
        talk = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"on", "about"} else None
        if talk is not None and talk.lemma_.lower() in {"view", "idea", "opinion"} and talk.head.lemma_.lower() in {"exchange", "share"}:
            return  # "the two sides exchanged views on cooperation … between Japan and TSMC": talked about, not stated
        for parties in groups:
            parties = [p for p in parties if p[0] in named]  # "British firm Nscale": the demonym describes, it is no party
            yield from self.mutual(parties, token.sent, 0.75)
        if lemma in _PACT_NOUNS:
            # "the agreement between the EU and India on a Memorandum of Understanding on semiconductors": the parties
            # to an agreement on a named pact take part in it (the parser may hang 'on' on the last party)
            holders = [token, *(t for p in token.children if p.dep_ == "prep" and p.lower_ in {"between", "among"}
                                for t in p.subtree if t.dep_ in {"pobj", "conj"})]
            pacts = [e for h in holders for t in prep_objects(h, {"on"}) for e in self.entities(t, allow_of=False)
                     if self.type_of(e[0]) == "Policy"]
            for parties in groups:
                yield from self.emit([p for p in parties if p[0] in named and self.type_of(p[0]) in _PACT_PARTY_TYPES],
                                     ("PARTICIPATES_IN",), list(dict.fromkeys(pacts)), token.sent, 0.75)

    def unit_of(self, m: LinkedMention) -> Iterator[Candidate]:
        """'the AI Office of the Commission': a body's name followed by "of" and another body names a unit of it
        (and an event's, a meeting that body holds)."""
        doc = self.doc
        kind = self.type_of(m.entity_id)
        k = m.end + (m.end < len(doc) and doc[m.end].text == ")")  # "… at Ministerial Level (MCM) of the OECD"
        if kind not in {"Agency", "Organization", "Event"} or k + 1 >= len(doc) or doc[k].lower_ != "of" or m.how == "title":
            return  # ("Minister for Foreign Affairs of Japan": the state qualifies a title, read by the title rules)
        j = k + 1 + (doc[k + 1].lower_ == "the")
        whole = self.mention_at(doc[j]) if j < len(doc) else None
        if whole is None or whole.start != j or whole.entity_id == m.entity_id \
                or self.type_of(whole.entity_id) not in {"Agency", "Government", "Organization"}:
            return
        if kind == "Event":
            # "the Meeting of the Council at Ministerial Level (MCM) of the OECD": the body's own meeting, which it hosts
            if self.type_of(whole.entity_id) in {"Government", "Organization"}:
                yield from self.emit([(whole.entity_id, 0)], ("HOSTS",), [(m.entity_id, 0)], doc[m.start].sent, 0.7)
            return
        yield from self.emit([(m.entity_id, 0)], ("PART_OF",), [(whole.entity_id, 0)], doc[m.start].sent, 0.75)
        if kind == "Agency" and self.type_of(whole.entity_id) == "Government":
            # "the Ministry of … (MIC), the Digital Agency, and the Ministry of … (METI) of Japan, and DCMS of the United
            # Kingdom": the bodies listed before one qualified by its state, with no state of their own, share it
            yield from self.emit(self._listed_before(m), ("PART_OF",), [(whole.entity_id, 0)], doc[m.start].sent, 0.7)

    def _listed_before(self, m: LinkedMention) -> list[tuple[str, int]]:
        """The agencies listed right before a mention ('A, B, and C of Japan' → A, B), back to a list item that has
        an 'of' phrase of its own or the start of the list."""
        doc = self.doc
        out: list[tuple[str, int]] = []
        start = m.start
        if start >= 2 and doc[start - 1].text == "(" and (full := self.mention_at(doc[start - 2])) is not None \
                and full.entity_id == m.entity_id:
            start = full.start  # "the Ministry of Economy, Trade and Industry (METI) of Japan": from the full name
        k = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
        while k >= 1 and doc[k].lower_ in {",", "and"}:
            k -= 1
            while k >= 1 and doc[k].lower_ in {",", "and", "the"}:
                k -= 1
            if doc[k].text == ")" and k >= 2 and doc[k - 2].text == "(":
                k -= 3  # past "(MIC)"
            prev = self.mention_at(doc[k])
            if prev is None or prev.end != k + 1 or self.type_of(prev.entity_id) != "Agency" or prev.how == "title":
                break
            out.append((prev.entity_id, 1))
            k = prev.start - 1 - (prev.start > 0 and doc[prev.start - 1].lower_ == "the")
        return out

    def event_place(self, m: LinkedMention) -> Iterator[Candidate]:
        """'the AI Safety Summit in Bletchley Park', 'a summit held in Seoul' → the place HOSTS the event."""
        if self.type_of(m.entity_id) != "Event":
            return
        root = self.doc[m.start:m.end].root  # "the AI Safety Summit 2023 in the UK": the place hangs on "Summit", not "2023"
        preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}]
        if root.lower_ in {"dialogue", "dialogues", "talks", "consultations"}:
            # "an annual ICT Dialogue with China": the other side of a dialogue takes part in it
            sides = [e for t in prep_objects(root, {"with"}) for e in self.entities(t, allow_of=False)
                     if self.type_of(e[0]) in {"Government", "Organization"}]
            yield from self.emit(sides, ("PARTICIPATES_IN",), [(m.entity_id, 0)], root.sent, 0.7)
        if root.dep_ == "dobj" and root.head.lemma_ in {"hold", "host", "convene", "organise", "organize"} \
                and not self.hedged(root.head):
            # "the Commission held its second … Dialogue with China in Beijing": where it was held
            preps += [c for c in root.head.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}]
        held = [c for c in root.children if c.dep_ == "acl" and c.lemma_ in _HELD_PARTICIPLES]
        if m.end + 1 < len(self.doc) and self.doc[m.end].text == "," and self.doc[m.end + 1].tag_ == "VBN" \
                and self.doc[m.end + 1].lemma_ in _HELD_PARTICIPLES:
            held.append(self.doc[m.end + 1])  # "invited to the … Conference 2026, held at Bhopal": the parser hangs
            # the participle on the verb before, yet it describes the event right before the comma
        for acl in held:
            preps += [c for c in acl.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}]
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in {"meet", "convene", "gather", "hold", "take"} \
                and not self.hedged(root.head):
            # "The Council met in Tokyo", "the summit was held in Seoul", "the Dialogue took place in Singapore"
            preps += [c for c in root.head.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}]
            preps += [c for p in root.head.children if p.dep_ == "dobj" and p.lower_ == "place" for c in p.children
                      if c.dep_ == "prep" and c.lower_ in {"in", "at"}]
        places = [e for p in preps for t in p.children if t.dep_ == "pobj" for e in self.entities(t, allow_of=False)]
        places = [p for p in places if self.type_of(p[0]) in {"Location", "Government"}]
        if any(self.type_of(p[0]) == "Location" for p in places):
            # "hosted at Bletchley Park in the UK": the venue hosts it; the state is where the venue is
            places = [p for p in places if self.type_of(p[0]) == "Location"]
        yield from self.emit(places, ("HOSTS",), [(m.entity_id, 0)], root.sent, 0.75)

    def compulsory_orders(self, token: Token) -> Iterator[Candidate]:
        """'The FTC issued orders to X and Y', 'subpoenas were sent to X': the regulator REGULATES the firms.

        The issuer is the clause's subject, the passive's agent, the order's own
        modifier ('FTC orders') or — for an agentless passive — the agency the
        article last named within two sentences."""
        if token.pos_ not in {"NOUN", "PROPN"} or self.mention_at(token) is not None:
            return
        verb = token.head
        if token.dep_ not in {"dobj", "nsubjpass"} or lemma_of(verb) not in _ORDER_VERBS or self.hedged(verb):
            return
        targets = [e for head in (verb, token) for t in prep_objects(head, {"to", "on", "against"}) for e in self.entities(t)]
        datives = [c for c in verb.children if c.dep_ == "dative"]
        datives = [p for c in datives for p in ([c] if c.lower_ != "to" else [p for p in c.children if p.dep_ == "pobj"])]
        targets += [e for c in datives for e in self.entities(c, allow_of=False)]
        targets = [e for e in targets if self.type_of(e[0]) in {"Firm", "AIModel", "Hardware"}]
        if not targets:
            return
        issuers = [e for c in token.children if c.dep_ in {"compound", "poss", "nmod"} for e in self.entities(c, allow_of=False)]
        if not issuers:
            subs, _ = self.subjects(verb)
            issuers = [e for t in subs for e in self.entities(t, allow_of=False)]
        if not issuers and token.dep_ == "nsubjpass":
            starts = [sent.start for sent in self.doc.sents if sent.start <= token.sent.start]
            earliest = starts[max(0, len(starts) - 3)]
            before = [m for m in self.ordered if earliest <= m.start < token.i and self.type_of(m.entity_id) == "Agency"]
            issuers = [(before[-1].entity_id, 2)] if before else []
        issuers = [e for e in issuers if self.type_of(e[0]) in {"Agency", "Government"}]
        yield from self.emit(issuers, ("REGULATES",), targets, token.sent, 0.7)

    def funding_purpose(self, verb: Token, pact: Token) -> bool:
        """'… to provide $6 billion in funding': the pact is signed in order to fund (the clause may hang on either)."""
        for clause in (*verb.children, *pact.children):
            if clause.dep_ in {"advcl", "xcomp", "acl", "relcl"} and clause.lemma_.lower() in GIVE_VERBS:
                if any(t.lemma_.lower() in FUNDING_NOUNS or t.ent_type_ == "MONEY" for t in clause.subtree):
                    return True
        return False

    def acting_together_with(self, token: Token) -> Iterator[Candidate]:
        """'the government — together with a consortium consisting of SURF, AIC4NL and TNO — has submitted …',
        'Microsoft, along with G42, will invest …': a party that acts together with others is their partner (a group
        stands for the members it is said to consist of)."""
        if token.lower_ == "together" and token.dep_ == "advmod" and token.head.lower_ == "with" and token.head.i == token.i + 1:
            with_, anchor = token.head, token.head.head
        elif token.lower_ == "along" and token.dep_ == "prep" and token.i + 1 < len(self.doc) \
                and (with_ := self.doc[token.i + 1]).lower_ == "with" and with_.head == token:
            anchor = token.head
        else:
            return
        verb = anchor if anchor.pos_ in {"VERB", "AUX"} else anchor.head if anchor.dep_ in {"nsubj", "nsubjpass"} else None
        if verb is None or verb.lemma_ == "be" or self.hedged(verb):
            return  # ("Along with A and B, Mila is part of …": sharing a state is no joint act)
        if anchor is verb:
            subs, passive = self.subjects(verb)
            if passive:
                return
            parties = [e for t in subs for e in self.entities(t, allow_of=False)]
        else:
            parties = self.entities(anchor, allow_of=False)
        partners = [e for o in with_.children if o.dep_ == "pobj" for t in (o, *conjoined(o))
                    for e in self._members(t) or self.entities(t, allow_of=False)]
        parties = [p for p in parties if self.type_of(p[0]) in _BODY_KINDS]
        partners = [p for p in dict.fromkeys(partners) if self.type_of(p[0]) in _BODY_KINDS]
        yield from self.emit(parties, ("PARTNERS_WITH",), partners, token.sent, 0.7)

    def named_member_of_programme(self, m: LinkedMention) -> Iterator[Candidate]:
        """'the first Partnership for Global Infrastructure and Investment (PGI) corridor in the Indo-Pacific—the Luzon
        Economic Corridor—': the thing a programme's name describes as one of its kind, named after a dash, is part
        of the programme."""
        if self.type_of(m.entity_id) != "Policy" or not self._modifies_noun_after_acronym(m):
            return
        named = self._dash_named(self.doc[m.end + 3])
        yield from self.emit(named, ("PART_OF",), [(m.entity_id, 0)], self.doc[m.start].sent, 0.7)

    def named_unit_of(self, m: LinkedMention) -> Iterator[Candidate]:
        """'the DARPA Verification Team', 'the DE&S Digital AI Team': a team or unit whose name opens with the name of
        a body the article mentions on its own is part of that body."""
        doc = self.doc
        if m.end - m.start < 3 or doc[m.end - 1].lower_ not in _UNIT_NAME_HEADS \
                or self.type_of(m.entity_id) not in {"Agency", "Organization"}:
            return
        first = doc[m.start].text
        owners = [(o.entity_id, 0) for o in self.ordered if o.end - o.start == 1 and o.entity_id != m.entity_id
                  and doc[o.start].text == first and self.type_of(o.entity_id) in {"Agency", "Organization", "Firm"}]
        yield from self.emit([(m.entity_id, 0)], ("PART_OF",), list(dict.fromkeys(owners))[:1], doc[m.start].sent, 0.7)

    def unit_comma_parent(self, m: LinkedMention) -> Iterator[Candidate]:
        """'The Digital India BHASHINI Division (DIBD), Ministry of Electronics and Information Technology (MeitY),
        was invited …', 'the Department of Science and Technology, Government of Madhya Pradesh, …': a body followed by
        a comma and, bare, a ministry, department or government of another kind is part of it (a list of bodies has
        'and' ahead or repeats the kind: "the Department of Energy, the Department of Commerce and …")."""
        doc = self.doc
        if self.type_of(m.entity_id) not in {"Agency", "Organization"}:
            return
        k = m.end
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3  # past the body's own short form
        if k + 1 >= len(doc) or doc[k].text != ",":
            return
        parent = self.mention_at(doc[k + 1])
        if parent is None or parent.start != k + 1 or parent.entity_id == m.entity_id \
                or self.type_of(parent.entity_id) != "Agency":
            return
        kind = doc[parent.start].lower_
        if kind not in _PARENT_BODY_WORDS or any(t.lower_ == kind for t in doc[m.start:m.end]):
            return  # (a body of the same kind is a list's next item, not the parent)
        after = parent.end
        if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
            after += 3
        if after >= len(doc) or doc[after].text != "," or after + 1 < len(doc) and doc[after + 1].lower_ in {"and", "or"}:
            return
        yield from self.emit([(m.entity_id, 0)], ("PART_OF",), [(parent.entity_id, 0)], doc[m.start].sent, 0.7)

    def body_of_place(self, m: LinkedMention) -> Iterator[Candidate]:
        """'Shellphish of Santa Barbara, Calif.', 'TECHx of Ithaca, N.Y., and Charlottesville, Va.': a company or
        body followed by 'of' and a place is based there — in each place the list after 'of' names (a name that runs
        on through 'of', "University of Tokyo", is one mention and never gets here)."""
        if self.type_of(m.entity_id) not in {"Firm", "Organization"} or m.end + 1 >= len(self.doc):
            return
        of = self.doc[m.end]
        if of.lower_ != "of" or of.dep_ != "prep" or of.head.i not in range(m.start, m.end):
            return
        # read as a list, word by word, whatever the parser made of it (it may take "and Charlottesville" for a
        # second developer): places joined by commas and 'and' right after 'of'
        places: list[tuple[str, int]] = []
        k = m.end + 1
        while k < len(self.doc) and k < of.sent.end:
            if self.doc[k].lower_ in {",", "and", "the"}:
                k += 1
                continue
            held = self.mention_at(self.doc[k])
            if held is None or held.start != k or self.type_of(held.entity_id) not in {"Location", "Government"}:
                break
            places.append((held.entity_id, 0))
            k = held.end
        yield from self.emit([(m.entity_id, 0)], ("BASED_IN",), list(dict.fromkeys(places)), of.sent, 0.7)

    def body_place(self, m: LinkedMention) -> Iterator[Candidate]:
        """'CERN in Geneva' → BASED_IN; 'CHIPS for America within the Department of Commerce' → PART_OF.

        A firm's 'in' is read only before a city or region ('Google in the UK' is more
        often its operations there than its seat)."""
        kind = self.type_of(m.entity_id)
        if kind not in {"Organization", "Agency", "Firm"}:
            return
        root = self.doc[m.start:m.end].root  # 'CHIPS for America within …': the name's head, not its last word
        if kind == "Firm" and root.dep_ == "pobj" and root.head.lower_ in {"with", "to", "from", "for", "by", "against"}:
            return  # "build a supercomputer with Deutsche Telekom in Munich": the place is the action's, not the seat
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _GATHERING_NOUNS | EVENT_HEAD_NOUNS:
            return  # "the second annual plenary of the GPAI in Paris": the place is the gathering's, not the body's seat
        preps = list(root.children)
        # "Thornhill Primary School, a state school in Islington": the place on the apposition describing the body
        # (on any word of the name: in "Christ's College, Finchley, a state school in …" it hangs on the town)
        town = town_after_school(self.doc, m.end) if kind == "Organization" and self.doc[m.end - 1].lower_ in SCHOOL_HEADS else None
        held = self.mention_at(town) if town is not None else None
        if held is not None and self.type_of(held.entity_id) == "Location":
            # "Queen Elizabeth's School, Barnet": the town after the comma is where the school is
            yield from self.emit([(m.entity_id, 0)], ("BASED_IN",), [(held.entity_id, 0)], root.sent, 0.7)
        named = [*self.doc[m.start:m.end], *([town] if held is not None else [])]
        preps += [p for w in named for c in w.children
                  if c.dep_ == "appos" and c.i >= m.end and self.mention_at(c) is None for p in c.children]
        nxt = self.doc[m.end] if m.end < len(self.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and root.dep_ == "pobj" and nxt.head == root.head.head:
            preps.append(nxt)  # "the model of the CERN in Geneva": the parser hangs 'in Geneva' on 'model'
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in {"in", "within"}:
                continue
            found = [e for t in prep.children if t.dep_ == "pobj" for e in self.entities(t, allow_of=False)]
            if prep.lower_ == "within":
                bodies = [e for e in found if self.type_of(e[0]) in {"Agency", "Organization", "Firm", "Government"}]
                yield from self.emit([(m.entity_id, 0)], ("PART_OF",), bodies, root.sent, 0.75)
            else:
                # "The Vector Institute in Toronto and Amii in Edmonton": a later 'in' the parser hung on the first
                # name belongs to the body named nearest before it
                nearer = [mm for mm in self.ordered if m.end <= mm.start < prep.i
                          and self.type_of(mm.entity_id) in {"Organization", "Agency", "Firm"}]
                body = nearer[-1] if nearer else m
                # (a state's agency is part of its state, not based in it: "Singapore Ministry of Defence in Singapore")
                allowed = {"Location"} if self.type_of(body.entity_id) in {"Firm", "Agency"} else {"Location", "Government"}
                places = [e for e in found if self.type_of(e[0]) in allowed]
                yield from self.emit([(body.entity_id, 0)], ("BASED_IN",), places, root.sent, 0.7)

    def affiliation_fields(self) -> Iterator[Candidate]:
        """'- Dario Amodei, CEO and Co-Founder, Anthropic': each body field takes the offices in the fields before it.

        A body field right after another body is a unit of it ("Chair,
        Technology and Innovation Committee, United States Conference of
        Mayors"); a field with an office and a body in it ("Mayor of
        Seattle") is read the same way; degrees ("Ph.D.") are skipped."""
        doc = self.doc
        rel_of = {"lead": "LEADS", "staff": "WORKS_FOR", "founder": "FOUNDED"}
        for line in affiliation_lines(doc, lambda text: bool(field_offices(text))):
            person = self.mention_at(doc[line.name.start])
            if person is None or self.type_of(person.entity_id) != "Person" or person.end != line.name.end:
                continue
            sent = doc[line.name.start].sent
            kinds: list[str] = []
            previous_body: str | None = None
            for field in line.fields:
                text = field_text(doc, field)
                if text.strip(". ") in DEGREES or text.strip() in DEGREES:
                    continue
                offices = field_offices(text)
                bodies = [m for m in self.ordered if field.start <= m.start and m.end <= field.end
                          and self.type_of(m.entity_id) in {"Firm", "Organization", "Agency", "Government"}]
                whole = bodies[0] if len(bodies) == 1 and bodies[0].start == field.start and bodies[0].end == field.end else None
                if offices and not whole:
                    kinds = offices
                    inner = [b for b in bodies if self.type_of(b.entity_id) != "Government"]
                    for kind in offices:  # "Mayor of Seattle": an office and its body in one field
                        yield from self.emit([(person.entity_id, 0)], (rel_of[kind],), [(b.entity_id, 0) for b in inner], sent, 0.75)
                    previous_body = None
                    continue
                if whole is None:
                    previous_body = None
                    continue
                if kinds:
                    for kind in kinds:
                        yield from self.emit([(person.entity_id, 0)], (rel_of[kind],), [(whole.entity_id, 0)], sent, 0.8)
                    kinds = []
                elif previous_body is not None:
                    yield from self.emit([(previous_body, 0)], ("PART_OF",), [(whole.entity_id, 0)], sent, 0.7)
                previous_body = whole.entity_id

    def inline_affiliation(self, m: LinkedMention) -> Iterator[Candidate]:
        """'by Doug Beck, Director, Defense Innovation Unit and Tan Peng Yam, Chief Defence Scientist, Singapore
        Ministry of Defence': a caption's "NAME, OFFICE, BODY" gives the office in the body (the line form of
        affiliation_fields, written inside a sentence)."""
        doc = self.doc
        if self.type_of(m.entity_id) != "Person" or m.end + 3 >= len(doc) or doc[m.end].text != ",":
            return
        k = m.end + 1
        while k < len(doc) and k - m.end <= 8 and doc[k].text != "," and self.mention_at(doc[k]) is None \
                and (doc[k].is_title or doc[k].lower_ in {"of", "for", "and", "the", "to"}):
            k += 1
        if k == m.end + 1 or k + 1 >= len(doc) or doc[k].text != ",":
            return
        offices = field_offices(doc[m.end + 1:k].text)
        body = self.mention_at(doc[k + 1])
        if len(offices) != 1 or offices[0] == "founder" or body is None or body.start != k + 1 \
                or self.type_of(body.entity_id) not in {"Agency", "Organization", "Firm"} \
                or body.end < len(doc) and doc[body.end].is_title and doc[body.end].pos_ == "PROPN":
            return
        rel = "LEADS" if offices[0] == "lead" else "WORKS_FOR"
        yield from self.emit([(m.entity_id, 0)], (rel,), [(body.entity_id, 0)], doc[m.start].sent, 0.75)

    def chaired_by(self, token: Token) -> Iterator[Candidate]:
        """'The meeting was co-chaired by the Korean Minister for Science and ICT (MSIT), Dr. Lee Jong-Ho and the
        European Commissioner for the Internal Market, Thierry Breton.': the people named after "by" chaired the
        gathering, so took part in it — however the parser hangs the long titles and names."""
        gathering = next((m for c in token.children if c.dep_ == "nsubjpass" and (m := self.mention_at(c)) is not None
                          and self.type_of(m.entity_id) == "Event"), None)
        by = next((c for c in token.children if c.dep_ == "agent"), None)
        if gathering is None or by is None or self.hedged(token):
            return
        sent = token.sent
        people = list(dict.fromkeys(m.entity_id for t in self.doc[by.i + 1:sent.end]
                                    if (m := self.mention_at(t)) is not None and self.type_of(m.entity_id) == "Person"))
        yield from self.emit([(p, 1) for p in people], ("PARTICIPATES_IN",), [(gathering.entity_id, 0)], sent, 0.7)

    def open_sourced(self, token: Token) -> Iterator[Candidate]:
        """'Meta open-sourced Llama 4 Scout and Llama 4 Maverick': the small parser reads "open-sourced" as an
        adjective, so the maker is the name right before the word and the models are the names listed after it."""
        doc = self.doc
        maker = self.mention_at(doc[token.i - 1]) if token.i > 0 else None
        if maker is None or maker.end != token.i or self.type_of(maker.entity_id) not in {"Firm", "Organization", "Government"}:
            return
        models: list[tuple[str, int]] = []
        k = token.i + 1
        while k < len(doc):  # the names listed after the word, with commas, "and" and determiners between them
            mm = self.mention_at(doc[k])
            if mm is not None and self.type_of(mm.entity_id) in {"AIModel", "Hardware"}:
                models.append((mm.entity_id, 0))
                k = mm.end
            elif doc[k].lower_ in {",", "and", "its", "the", "a", "new"}:
                k += 1
            else:
                break
        yield from self.emit([(maker.entity_id, 0)], ("DEVELOPS",), models, token.sent, 0.7)

    def participle_aside(self, m: LinkedMention) -> Iterator[Candidate]:
        """'Humain, backed by the Public Investment Fund, plans …': a name, a comma and "backed / funded / owned /
        controlled by X" describe the name, however the parser hung the aside (it may make the name an adverb)."""
        doc = self.doc
        k = m.end
        if k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in _ASIDE_PARTICIPLES or doc[k + 2].lower_ != "by":
            return
        kind = self.type_of(m.entity_id)
        if kind not in {"Firm", "Organization"}:
            return
        agent = self.mention_at(doc[k + 3]) or (self.mention_at(doc[k + 4]) if doc[k + 3].lower_ == "the" and k + 4 < len(doc)
                                                 else None)
        if agent is None:
            return
        backers = [(agent.entity_id, 0)] + [(mm.entity_id, 1) for c in doc[agent.end - 1].conjuncts
                                            if (mm := self.mention_at(c)) is not None]
        backers = [b for b in backers if b[0] != m.entity_id
                   and self.type_of(b[0]) in {"Firm", "Government", "Agency", "Person", "Organization"}]
        word = doc[k + 1].lower_
        rel = "PART_OF" if word in {"owned", "controlled"} else "SUPPORTS" if word == "supported" else "INVESTS_IN"
        if rel == "PART_OF":
            yield from self.emit([(m.entity_id, 0)], (rel,), backers, doc[m.start].sent, 0.7)
        else:
            yield from self.emit(backers, (rel,), [(m.entity_id, 0)], doc[m.start].sent, 0.7)

    def members_are(self, token: Token) -> Iterator[Candidate]:
        """'The initial members of the Network are Australia, Canada, …', 'Members of X include A and B' → MEMBER_OF."""
        if token.lemma_.lower() not in {"member", "signatory", "participant"} or token.tag_ != "NNS" \
                or token.dep_ not in {"nsubj", "nsubjpass"}:
            return
        verb = token.head
        if verb.lemma_ not in {"be", "include"} or self.hedged(verb):
            return
        bodies = [e for t in prep_objects(token, {"of"}) for e in self.entities(t, allow_of=False)
                  if self.type_of(e[0]) in {"Organization", "Event", "Policy"}]
        listed = [c for c in verb.children if c.dep_ in {"attr", "dobj"}]
        # the whole list hangs under its first name (as conjuncts or appositions, depending on the parse)
        members = list(dict.fromkeys((m.entity_id, 0) for t in listed for w in t.subtree if (m := self.mention_at(w)) is not None
                                     and m.start == w.i and self.type_of(m.entity_id) in {"Government", "Firm", "Organization"}))
        rel = "PARTICIPATES_IN" if token.lemma_.lower() != "member" else "MEMBER_OF"
        for body in bodies:
            kinds = (rel,) if self.type_of(body[0]) == "Organization" else ("PARTICIPATES_IN",)
            yield from self.emit(members, kinds, [body], token.sent, 0.75)

    def stake_in(self, token: Token) -> Iterator[Candidate]:
        """'a fund which has stakes in JD.com and ByteDance', 'Meituan took a 10% stake in Zhipu' → INVESTS_IN."""
        share = token.lemma_.lower() in {"percent", "%", "per"} or token.text == "%"
        if token.lemma_.lower() not in {"stake", "shareholding", "holding"} and not share or token.dep_ != "dobj":
            return
        verb = token.head
        if verb.lemma_ not in {"have", "hold", "own", "take", "acquire", "buy", "retain", "keep", "build", "raise", "increase",
                               "double", "boost", "expand", "grow"} or self.hedged(verb):
            return
        subjects, passive = self.subjects(verb)
        if passive:
            return
        # ("X Corp investors will own 25% of xAI": the investors own it, not the company naming them)
        owners = self._not_modifiers([e for t in subjects for e in self.entities(t, allow_of=False)], subjects)
        # ("SoftBank owns 90 percent of Arm": a share 'of' a company is a stake in it)
        targets = [e for t in prep_objects(token, {"in"} | ({"of"} if share else set())) for e in self.entities(t, allow_of=False)]
        if not targets and not share:  # "raised its stake in the startup": the parser may hang 'in' on the verb
            targets = [e for t in prep_objects(verb, {"in"}) for e in self.entities(t, allow_of=False)
                       if self.type_of(e[0]) in {"Firm", "Organization"}]
        targets = [t for t in targets if self.type_of(t[0]) == "Firm"] if share else targets
        yield from self.emit(owners, ("INVESTS_IN",), targets, token.sent, 0.75)

    def _not_funding_names(self, found: list[tuple[str, int]], verb: Token) -> list[tuple[str, int]]:
        """The entities among ``found`` named after ``verb`` otherwise than only as what a sum of money is under."""
        def seen(eid: str) -> list[LinkedMention]:
            return [mm for mm in self.ordered if mm.entity_id == eid and verb.i < mm.start < verb.sent.end
                    and not _bracketed(mm, self.doc)]
        return [f for f in found if not (mentions := seen(f[0])) or not all(self._names_funding(mm) for mm in mentions)]

    def _names_funding(self, mm: LinkedMention) -> bool:
        """Whether a mention only qualifies a word for money: "CHIPS Act funding", '"… Science Act" funding'."""
        noun = _modified_noun(self.doc[mm.end - 1])
        after = mm.end + (mm.end < len(self.doc) and self.doc[mm.end].is_quote)  # the parser may lose a quoted name
        if noun.dep_ == "poss" and self.type_of(mm.entity_id) == "Policy" and self.mention_at(noun.head) is None \
                and any(c.dep_ == "compound" and c.lemma_.lower() in FUNDING_NOUNS for c in noun.head.children):
            return True  # "under the CHIPS Incentives Program's Funding Opportunity": the programme's call for bids
        return noun.i != mm.end - 1 and noun.lemma_.lower() in FUNDING_NOUNS and self.mention_at(noun) is None \
            or after < len(self.doc) and self.doc[after].lemma_.lower() in FUNDING_NOUNS and self.mention_at(self.doc[after]) is None

    def _not_modifiers(self, found: list[tuple[str, int]], heads: list[Token]) -> list[tuple[str, int]]:
        """The entities among ``found`` that are not merely modifiers of one of ``heads`` that is a common noun
        ("the EU AI research ecosystem", "X Corp investors"): such a head, not the name, is the argument."""
        things = {t.i for t in heads if t.pos_ == "NOUN" and self.mention_at(t) is None}
        if not things:
            return found
        return [f for f in found if not any(
            mm.entity_id == f[0] and _modified_noun(self.doc[mm.end - 1]).i in things for mm in self.ordered)]

    def _linked(self, kb_id: str) -> str | None:
        return kb_id if kb_id in self.linking.entities else None

    def run(self) -> list[Candidate]:
        out: list[Candidate] = []
        owner_rules = (self.possessives, self.person_affiliation)  # both start from an owner ("Anthropic's")
        # Rules that only fire on a few words are called only for them (a generator per token per rule adds up):
        # keyed by the token's lower-case form, or by its lemma.
        word_rules = ((STAFF_NOUNS, self.staff), (_BASED_WORDS, self.based), (frozenset({"open-sourced"}), self.open_sourced), (_CHAIRED_WORDS, self.chaired_by),
                      (_HOUSED_WORDS | _FORMED_WORDS, self.housed), (_BACKING_NOUNS, self.backed_with), (_RIVAL_WORDS, self.rival_noun), (frozenset({"as"}), self.as_title), (_EVENT_PREPS | {"to"}, self.at_event),
                      (_ORDER_WORDS, self.compulsory_orders), (frozenset(PAIRED_NOUNS), self.paired_list),
                      (_GATHERING_WORDS, self.gathering), (COMPOSED_WORDS, self.composed_list), (frozenset({":"}), self.listed_programmes), (frozenset({"associated", "affiliated"}), self.affiliated_with), (frozenset({"joint"}), self.joint_work), (frozenset({"joint", "jointly"}), self.joint_states), (frozenset({"jointly"}), self.jointly_authored), (frozenset({"together", "along"}), self.acting_together_with), (frozenset({"host", "co-host", "cohost"}), self.was_the_host), (frozenset({"counterpart", "counterparts"}), self.counterpart), (frozenset({"at"}), self.unit_at), (_BACKED_WORDS, self.name_backed), (_MAKER_NOUNS, self.maker_apposition),
                      (frozenset(n + "s" for n in _CUSTOMER_NOUNS | _INVESTOR_NOUNS | _SUPPLIER_NOUNS) | _CUSTOMER_NOUNS | _INVESTOR_NOUNS
                       | _SUPPLIER_NOUNS | {"partner", "partners", "foundries"},
                       self.customers),
                      (frozenset({"stake", "stakes", "shareholding", "shareholdings", "holding", "holdings", "percent", "%"}), self.stake_in),
                      (frozenset({"members", "signatories", "participants"}), self.members_are),
                      (frozenset({"product", "creation", "brainchild"}), self.product_of),
                      (_SUCCEED_WORDS, self.succeeded), (frozenset({"work", "career"}), self.own_work_at),
                      (frozenset({"led"}), self.led_policy), (frozenset({"under"}), self.programme_under),
                      (_CHAIR_NOUNS, self.state_chairs), (_HEADLINE_LAUNCH_WORDS, self.headline_announcement),
                      (_ENACTED_WORDS, self.state_dash_law))
        lemma_rules = ((_BODY_KIND_NOUNS, self.kind_in_place), (_ATTENDEE_NOUNS, self.attendees_at), (_PRODUCT_NOUNS, self.products_are), (_PROPOSED_IN_VERBS, self.proposed_in), (PROGRAMME_NOUNS, self.programmes_such_as), (_LIST_CHANGE_NOUNS, self.list_changes), (_TIE_NOUNS_BETWEEN | _JOINT_WORK_NOUNS, self.partnership_between), (frozenset({"slap", "hit", "saddle", "punish", "target"}), self.hit_with), (frozenset({"involve"}), self.involved_with), (frozenset({"include", "involve", "feature"}), self.includes_collaboration), (frozenset({"lead"}), self.body_leads_policy), (frozenset({"return"}), self.returned_to), (frozenset({"agree", "pledge", "vow", "commit", "decide"}), self.agreed_together), (frozenset({"join"}), self.joined_unit), (frozenset({"join", "meet"}), self.joined_people_at), (frozenset({"margin", "sideline"}), self.on_margins_of), (frozenset({"represent"}), self.represented_by), (frozenset({"representative"}), self.representatives_of), (frozenset({"home", "birthplace"}), self.home_to), (frozenset({"presidency", "chairmanship"}), self.presidency_of), (frozenset({"partner"}), self.partners_named), (frozenset({"partner"}), self.partner_predicate), (frozenset({"role"}), self.supporting_role), (frozenset({"work", "join", "team", "collaborate", "cooperate"}), self.states_working_together), (frozenset({"work", "collaborate", "cooperate"}), self.working_through), (frozenset({"chair", "co-chair", "hold", "convene", "attend", "open"}), self.gathering_venue), (frozenset({"establish", "sign", "conclude", "launch", "forge"}), self.pact_established_with), (frozenset({"bring"}), self.brought_together), (frozenset({"lead"}), self.led_round),
                       (frozenset(NOMINAL_TRIGGERS), self.nominal), (STRUCTURE_NOUNS, self.structure), (frozenset({"agreement", "deal"}), self.agreed_law), (frozenset({"behind"}), self.backing_behind), (frozenset({"join"}), self.joining_from), (frozenset({"join"}), self.joining_as_signatory), (frozenset({"on"}), self.on_list), (frozenset({"in"}), self.voiced_in), (frozenset({"advance", "continue", "deepen", "progress"}), self.advancing_work))
        by_word: dict[str, list] = {}
        for words, word_rule in word_rules:
            for word in words:
                by_word.setdefault(word, []).append(word_rule)
        by_lemma: dict[str, list] = {}
        for lemmas, lemma_rule in lemma_rules:
            for lemma in lemmas:
                by_lemma.setdefault(lemma, []).append(lemma_rule)
        mention_rules = (self.titles, self.administration, self.leadership_of, self.nationality, self.unit_of,
                         self.bracketed_affiliation, self.inline_affiliation, self.participle_aside,
                         self.qualified_agency, self.listed_model_maker, self.maker_product, self.event_place, self.body_place, self.body_of_place, self.named_unit_of, self.unit_comma_parent, self.named_member_of_programme, self.state_pair,
                         self.paired_tie, self.appositive_head_of_government, self.appositive_title_of, self.styled_title_of, self.title_is_holder, self.acronym_office_holder,
                         self.title_comma_name, self.commission_member, self.name_comma_commissioner, self.state_minister_before_name)
        from_claims: list[Candidate] = []
        for token in self.doc:
            if token.lower_ in {"from", "of"}:
                from_claims.extend(self.person_from(token))
            if lemma_of(token) in _VERBAL_LEMMAS:
                out.extend(self.verbal(token))
            if token.dep_ in _TITLE_PREDICATE_DEPS:
                out.extend(self.predicate_title(token))
            for lemma_rule in by_lemma.get(token.lemma_.lower(), ()):
                out.extend(lemma_rule(token))
            if _is_possessor(token) or _before_stray_mark(token):
                for owner_rule in owner_rules:
                    out.extend(owner_rule(token))
            for word_rule in by_word.get(token.lower_, ()):
                out.extend(word_rule(token))
        for m in self.ordered:
            for mention_rule in mention_rules:
                out.extend(mention_rule(m))
        out.extend(self.listed_under_headings())
        out.extend(self.affiliation_fields())
        if "AGENC" in doc_text(self.doc) and any(t.text in {"AGENCY", "AGENCIES"} for t in self.doc):
            out.extend(self.agency_header())
        # "accompanied by Masayoshi Son from SoftBank" after "SoftBank's CEO Masayoshi Son": where the article makes
        # the person the body's leader anywhere, 'from' adds no second, weaker claim that they are its staff
        leads = {(c.subject, c.object) for c in out if c.type == "LEADS"}
        out.extend(c for c in from_claims if (c.subject, c.object) not in leads)
        return self._no_own_meetings(self._no_self_restriction(_leaders_are_not_also_staff(out)))

    def _no_own_meetings(self, candidates: list[Candidate]) -> list[Candidate]:
        """'G7 ministers met at the G7 Digital and Tech Ministers' Meeting': a body's own meeting, named for it, is
        where its members take part; the body itself is not a participant in it."""
        def own(c: Candidate) -> bool:
            if c.type != "PARTICIPATES_IN" or self.type_of(c.subject) != "Organization":
                return False
            body, meeting = self.linking.entities[c.subject], self.linking.entities[c.object].name
            return meeting != body.name and any(meeting.startswith(form + " ") for form in (body.name, *body.aliases))
        return [c for c in candidates if not own(c)]

    def _no_self_restriction(self, candidates: list[Candidate]) -> list[Candidate]:
        """'Huawei is on the U.S. Entity List, which bars American firms from selling to it': a state's own list,
        agency or law does not restrict that state (the demonym there names whose firms obey the bar)."""
        own: dict[str, set[str]] = {}
        for c in candidates:
            if c.type == "ENACTS":
                own.setdefault(c.object, set()).add(c.subject)
            elif c.type == "PART_OF":
                own.setdefault(c.subject, set()).add(c.object)
        for eid in {c.subject for c in candidates if c.type == "RESTRICTS"}:
            entry = self.kb.get(eid)
            if entry is not None and entry.type != "Government" and (state := self.kb.state_of(entry)) is not None:
                own.setdefault(eid, set()).add(state)
        return [c for c in candidates if not (c.type == "RESTRICTS" and (c.object == c.subject or c.object in own.get(c.subject, ())))]

    # -- layout ----------------------------------------------------------------


def _speaker_label(token: Token) -> bool:
    """'MR PATEL: So the State Department's envoy … will lead …': a transcript label the parser made a subject."""
    doc = token.doc
    line_start = token.left_edge.i == 0 or "\n" in doc[token.left_edge.i - 1].text \
        or "\n" in doc[token.left_edge.i - 1].whitespace_
    after = token.i + 1
    if after < len(doc) and doc[after].text == ":" and token.text.isupper() and line_start:
        return True
    # "Secretary of State for Defence (): Just over two years ago, …": a title-case label, perhaps with an emptied
    # bracket for the speaker's name, before the colon that opens a written statement
    end = token.right_edge.i + 1
    while end < len(doc) and doc[end].text in {"(", ")", "()"}:
        end += 1
    colon = end < len(doc) and doc[end].text in {":", "):"}
    return line_start and colon and all(t.is_title or t.lower_ in {"of", "for", "and", "the"}
                                        for t in doc[token.left_edge.i:token.right_edge.i + 1])


def _along_with(verb: Token, subjects: list[Token]) -> list[Token]:
    """'Along with Alberta's Amii and Toronto's Vector Institute, Mila is part of …': names a fronted "along
    with" or "together with" phrase adds to the clause's subject."""
    if not subjects:
        return []
    first = min(s.left_edge.i for s in subjects)
    return [o for o in _alongside(verb) if o.i < first]


def _modifies_firm_noun(token: Token) -> bool:
    """'Abu Dhabi' in "Abu Dhabi artificial intelligence group G42": a chain of modifiers ending on a company noun."""
    if token.dep_ not in {"compound", "amod", "nmod"} or not token.i < token.head.i <= token.i + 5:
        return False
    # (the parser may hang the place straight on the name, past the company noun between them)
    return any(w.lemma_.lower() in FIRM_NOUNS | {"group"} for w in token.doc[token.i + 1:token.head.i + 1])


def _alongside(token: Token) -> list[Token]:
    """'A, alongside B and C' / 'A together with B': the names a phrase hanging on ``token`` adds to it."""
    out = []
    for p in token.children:
        if p.dep_ != "prep":
            continue
        if p.lower_ == "alongside":
            out += [o for o in p.children if o.dep_ == "pobj"]
        elif p.lower_ in {"along", "together"}:
            out += [o for w in p.children if w.dep_ == "prep" and w.lower_ == "with" for o in w.children if o.dep_ == "pobj"]
    return out


def _called(noun: Token) -> list[Token]:
    """The name a participle gives a common noun: "a chatbot named Grok", "a service called the X", "a lab
    known as Y"."""
    named = [o for c in noun.children if c.dep_ == "acl" and c.lemma_ in {"call", "name", "dub", "know", "title", "entitle"}
             for o in c.children if o.dep_ in {"oprd", "attr", "dobj"} or o.dep_ == "prep" and o.lower_ == "as"]
    return [p for o in named for p in ([o] if o.dep_ != "prep" else [c for c in o.children if c.dep_ == "pobj"])]


def _bracketed(mm: LinkedMention, doc: Doc) -> bool:
    """Whether a mention stands in brackets ("… Semiconductors (CHIPS) and Science Act"): an acronym aside."""
    return mm.start >= 1 and doc[mm.start - 1].text == "(" and mm.end < len(doc) and doc[mm.end].text == ")"


def _modified_noun(token: Token) -> Token:
    """The noun a chain of modifiers ends on: 'EU' in "the EU AI research ecosystem" → 'ecosystem' (the token
    itself when it modifies nothing)."""
    current = token
    for _ in range(5):
        if current.dep_ not in {"compound", "amod", "nmod"} or current.head.i == current.i:
            break
        current = current.head
    return current


def _leaders_are_not_also_staff(candidates: list[Candidate]) -> list[Candidate]:
    """'Sundar Pichai, Alphabet's chief executive': a sentence that makes someone the leader does not also make
    them an employee (the corpus rule annotates LEADS alone; two rules reading one title otherwise say both)."""
    leads = {(c.subject, c.object, c.sentence.start) for c in candidates if c.type == "LEADS"}
    # ("Tan Peng Yam, Chief Defence Scientist, Singapore Ministry of Defence, signed …": nor is the body the person
    # serves their partner in that sentence)
    ties = {(c.subject, c.object, c.sentence.start) for c in candidates if c.type in {"LEADS", "WORKS_FOR"}}
    return [c for c in candidates if not (c.type == "WORKS_FOR" and (c.subject, c.object, c.sentence.start) in leads)
            and not (c.type == "PARTNERS_WITH" and ({(c.subject, c.object, c.sentence.start),
                                                     (c.object, c.subject, c.sentence.start)} & ties))]


def _owns_common_noun(relator: _Relator, k: int) -> bool:
    """Whether the words from token ``k`` on (after a possessive 's) reach a lower-case noun before any name:
    "the Council of Europe's AI convention", "Apple's plan" (however the parser hung the possessor)."""
    doc = relator.doc
    for t in doc[k:min(len(doc), k + 4)]:
        if t.pos_ == "NOUN" and t.is_lower and relator.mention_at(t) is None:
            return True
        if relator.mention_at(t) is not None and not (t.pos_ == "PROPN" and t.text in {"AI", "IT"}) or t.is_punct:
            return False
    return False


def _made_into(token: Token) -> bool:
    """'makes Microsoft the largest investor in OpenAI': a role noun as the complement of 'make'."""
    return token.dep_ in {"ccomp", "oprd", "xcomp"} and token.head.lemma_ == "make" and token.tag_ in {"NN", "NNS"}


def _blacklist_noun(token: Token) -> bool:
    """'a blacklist', 'its trade blacklist', 'a sanctions list', 'the export control list': an unnamed list of
    parties a government restricts."""
    lemma = token.lemma_.lower()
    if lemma in {"blacklist", "black-list", "watchlist"}:
        return True
    # ("its export control list": 'export' modifies 'control', which modifies 'list')
    modifiers = [t for c in token.children if c.dep_ in {"compound", "amod"} for t in c.subtree]
    return lemma == "list" and any(t.lower_ in {"sanctions", "sanction", "trade", "export", "entity", "restricted", "black"}
                                   for t in modifiers)


def _honour(verb: Token) -> bool:
    """'named Executive of the Year', 'named one of the World's Greatest Leaders', 'named to the Time 100 list':
    the naming is an award or a ranking."""
    agent = {t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}
    words = [t for t in verb.subtree if t.i not in agent and t.i > verb.i]
    return any(t.lower_ in _HONOUR_WORDS for t in words) or any(
        t.lower_ == "one" and t.nbor(1).lower_ == "of" for t in words if t.i + 1 < len(t.doc))


_HONOUR_WORDS = frozenset({"year", "list", "ranking", "rankings", "award", "prize", "medal", "honour", "honor"})


# Nouns for a tie 'between' two parties ("a partnership between X and Y", "the close friendship between X and Y").
_TIE_NOUNS_BETWEEN = frozenset(PARTNERSHIP_NOUNS | {"friendship"})
# Verbs by which a tie names its parties: "a partnership spanning NSF and four companies".
_SPANNING_VERBS = frozenset({"span", "involve", "link", "unite"})
# Gatherings held within a named one: "a side event at the 79th UN General Assembly".
_SIDE_GATHERING_NOUNS = frozenset({"event", "session", "panel", "meeting", "reception", "dinner", "roundtable", "luncheon"})
# Verbs of giving money, whose purpose ("to support X") says where the money goes.
_GIVING_VERBS = frozenset({"provide", "give", "commit", "contribute", "allocate", "invest", "pledge", "donate"})


def _funds_purpose(verb: Token) -> bool:
    """Whether the verb is the purpose of giving a sum of money: "providing $120 million to support X"."""
    head = verb.head
    return verb.dep_ in {"xcomp", "advcl"} and head.lemma_.lower() in _GIVING_VERBS and any(
        c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or any(t.text in {"$", "£", "€"} for t in c.subtree)) for c in head.children)


# Who can be one half of a hyphenated pair before a tie word, and the tie words a pair that is not two states takes.
_PAIR_PARTY_TYPES = frozenset({"Government", "Agency", "Firm", "Organization"})
_BODY_PAIR_TIE_NOUNS = frozenset({"partnership", "collaboration", "cooperation", "alliance", "venture"})
# Words for an agreement whose parties take part in the pact it is "on"; who can be such a party.
_PACT_NOUNS = frozenset({"agreement", "accord", "pact", "deal"})
_PACT_PARTY_TYPES = frozenset({"Government", "Firm", "Organization", "Person"})
# Words for a tie two hyphenated states can modify ("a US-India agreement").
_PAIR_TIE_NOUNS = frozenset({"partnership", "agreement", "accord", "pact", "deal", "cooperation", "collaboration",
                             "alliance", "dialogue", "memorandum", "compact", "framework", "council"})
# Pronouns that only ever stand for a person.
_PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
# Gathering nouns a quoted title can follow ('a side event "…"').
_TITLED_GATHERINGS = frozenset({"event", "session", "webinar", "panel", "conference", "forum", "symposium", "workshop",
                                "dialogue", "roundtable", "summit", "meeting", "seminar", "hearing"})
# Verbs of setting a body up: what an agency or a state sets up is part of it.
_SETUP_VERBS = frozenset({"establish", "create", "form", "launch", "set"})
_HOUSED_WORDS = frozenset({"housed", "located", "sits", "situated", "nested", "embedded"})
# Nouns for a company's buyers ("notable customers include …").
_CUSTOMER_NOUNS = frozenset({"customer", "client", "buyer"})
# Nouns for a company's backers ("other investors of Scale included …").
_INVESTOR_NOUNS = frozenset({"investor", "backer", "shareholder", "funder", "stakeholder"})
# Verbs of trading goods that a state may allow ("allowed Nvidia to export H20 chips").
_TRADE_VERBS = frozenset({"export", "sell", "ship", "supply", "resume", "import", "buy", "deliver"})
# Verbs of making goods, and the goods, that supply whoever they are made 'for' ("makes chips for Apple").
_MAKE_VERBS = frozenset({"manufacture", "make", "produce", "fabricate", "build", "assemble", "package"})
_GOODS_NOUNS = frozenset({"chip", "processor", "gpu", "semiconductor", "wafer", "accelerator", "server", "supercomputer",
                          "component", "equipment", "machine", "memory", "device", "hardware", "module", "centre", "center",
                          "datacenter", "datacentre", "cluster"})
# Nouns for who supplies whom: "Microsoft is OpenAI's exclusive cloud provider".
_SUPPLIER_NOUNS = frozenset(SUPPLIER_ROLES | {"manufacturer", "foundry"})
# Nouns for a party's role towards another, which make no part of the other: "OpenAI's largest investor, Microsoft".
_ROLE_NOUNS = _CUSTOMER_NOUNS | _INVESTOR_NOUNS | _RIVAL_NOUNS | _SUPPLIER_NOUNS | {"ally", "partner", "competitor"}
# Nouns for a class of product a name can modify ("Huawei's Ascend 910B chips", "OpenAI's GPT-4o model").
_PRODUCT_CLASS_NOUNS = frozenset({"chip", "processor", "accelerator", "gpu", "model", "chatbot", "system", "series", "family"})
# People who act for a state or a bloc: "G7 leaders endorsed X" is the G7 endorsing it.
_SPOKESPEOPLE = frozenset({"leader", "leaders", "official", "officials", "minister", "ministers", "delegates"})
# What a restriction curbs when it names its target's capacity ("restrict China's ability to …").
_CAPACITY_NOUNS = frozenset({"ability", "access", "capability", "capabilities", "capacity", "effort", "efforts"})
# Verbs of using a product, which a ban may forbid ("prohibited departments from using DeepSeek").
_USE_VERBS = frozenset({"use", "buy", "deploy", "install", "access", "download", "purchase", "procure"})
# Plural nouns for unnamed measures, which restrict on behalf of the body that issued them.
_MEASURE_NOUNS = frozenset({"rule", "control", "update", "measure", "restriction", "regulation", "action"})
# Participles of founding: "the AI Office, established within the Commission" places the unit inside the body.
_FORMED_WORDS = frozenset({"established", "created", "formed", "set"})
_EVENT_PREPS = frozenset({"at", "during", "in"})
_ACTION_NOUNS = frozenset({"removal", "addition", "inclusion", "listing", "delisting", "designation", "release",
                           "launch", "signing", "adoption", "approval", "expansion", "announcement", "creation"})
_SUCCEED_WORDS = frozenset({"succeed", "succeeds", "succeeded", "succeeding", "replace", "replaces", "replaced", "replacing"})
_SITE_NOUNS = frozenset({"headquarters", "operations", "office", "offices", "campus", "base", "hq"})
_SCHEDULED = frozenset({"due", "set", "schedule", "slate"})  # "is due / set / scheduled to be hosted by"
# Verbs for setting a programme up, as in "announced under the Strategy".
_SET_UP_VERBS = frozenset({"announce", "launch", "create", "establish", "introduce", "set", "unveil", "fund"})
# A state's turn at the head of a body ("under Canada's chairmanship", "the UK's G7 presidency").
_CHAIR_NOUNS = frozenset({"chairmanship", "presidency", "chairship", "chairpersonship"})
# Common nouns for a law, as what a named act is called ("a 1952 Dutch framework law", "the Dutch civil code").
_LAW_NOUNS = frozenset({"law", "act", "statute", "code", "regulation", "ordinance", "decree"})
_DELEGATE_NOUNS = frozenset({"leader", "representative", "minister", "delegation", "delegate", "envoy"})
_GATHERING_NOUNS = {"meeting", "session", "round", "edition", "gathering", "sitting", "plenary"}
# Talks one takes part in at an event, with someone: "a fireside chat with X at Y".
_TALK_NOUNS = frozenset({"chat", "conversation", "discussion", "dialogue", "panel", "interview", "roundtable", "talks",
                         "meeting", "debate", "session", "exchange"})
# Ties that are partnerships by themselves ("share a commitment to … cooperation"); the others need "bilateral"/"strategic".
_COOPERATION_NOUNS = {"cooperation", "partnership", "alliance", "collaboration"}
_TIE_NOUNS = {"collaboration", "relationship", "relation", "relations", "tie", "ties", "partnership", "cooperation", "alliance", "dialogue"}
_ORDER_WORDS = frozenset({"order", "orders", "subpoena", "subpoenas", "demand", "demands", "fine", "fines", "penalty",
                          "penalties", "injunction", "injunctions"})
_ORDER_VERBS = frozenset({"issue", "send", "serve", "impose", "levy", "hand", "slap", "deliver"})
#: inflected forms: the gathering rule is called by surface word, then checks the lemma
_GATHERING_WORDS = frozenset({"meet", "meets", "met", "meeting", "convene", "convenes", "convened", "convening", "gather",
                              "gathers", "gathered", "gathering", "assemble", "assembles", "assembled", "assembling",
                              "reconvene", "reconvenes", "reconvened"})

# Nouns whose clause states no fact ("talks to acquire X", "claims that it partnered with Y").
_UNSETTLED_NOUNS = frozenset({"talk", "negotiation", "discussion", "bid", "plan", "proposal", "attempt", "effort", "claim",
                              "allegation", "rumour", "rumor", "speculation", "report", "option", "possibility", "idea"})

# Adjectives that make a deal not (yet) one: "a possible partnership between X and Y".
_UNREAL_ADJECTIVES = frozenset({"possible", "potential", "proposed", "planned", "prospective", "mooted", "rumoured",
                                "rumored", "failed", "abandoned", "former", "hypothetical"})
# Verbs by which a deal, as their subject, comes to nothing: "the deal between Nvidia and Arm collapsed".
_FAILING_VERBS = frozenset({"collapse", "fail", "fall", "end", "expire", "unravel", "stall", "die"})

# Nouns for those tied to a body, whose possessor a measure on them does not target ("sanctions on Huawei's suppliers").
_BOUND_PARTY_NOUNS = frozenset({"supplier", "customer", "partner", "subsidiary", "affiliate", "unit", "employee", "executive",
                        "investor", "shareholder", "client", "vendor", "contractor"})

#: Every lemma the verbal rule looks at, built once: rebuilding this union per token cost ~4 % of extraction.
_VERBAL_LEMMAS = frozenset(
    set(VERB_TRIGGERS) | HIRING_VERBS | INCLUDE_VERBS | ALLOW_VERBS | RECEIVE_VERBS | GIVE_VERBS | LIFT_VERBS | _MAKE_VERBS
    | IMPOSE_VERBS | LISTING_VERBS | PACT_VERBS | TIE_VERBS | _BUY_VERBS | {"use", "choose", "select", "pick", "own", "control"}
)


# Words before a bare verb: after them "found" is the verb "to found", not the past of "find".
_INFINITIVE_AUX = frozenset({"to", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "do", "does",
                             "did"})


# The only places a predicate title stands: "X is the CEO of Y", "… and the co-founder of Y", "served as chair of Y".
_TITLE_PREDICATE_DEPS = frozenset({"attr", "conj", "pobj"})
# Verbs by which several parties put out one agreement together ("have issued the Bletchley Declaration").
_JOINT_ISSUE_VERBS = frozenset({"issue", "adopt", "release", "publish", "agree", "endorse", "unveil", "announce"})
# Participles a name joins with a hyphen: "Alibaba-backed", "SoftBank-owned".
# Verbs of fabricating what another company designed: "Microsoft's Maia chip is made by TSMC".
_FABRICATE_VERBS = frozenset({"make", "manufacture", "produce", "fabricate"})
# Verbs of making something that another party may share: "developing its TPUs with Broadcom".
_CODEVELOP_VERBS = frozenset({"develop", "build", "design", "create", "co-develop", "codevelop"})
# Verbs of working together: "pledged to cooperate".
_TOGETHER_VERBS = frozenset({"cooperate", "collaborate", "partner", "team", "work"})
# Work two parties can do together: "joint research with X".
_JOINT_WORK_NOUNS = frozenset({"research", "development", "work", "project", "study", "effort", "programme", "program", "activity"})
# Verbs of saying or committing that a body does in a document of its own ("In Budget 2025, the government indicated").
_VOICING_VERBS = frozenset({"indicate", "announce", "commit", "pledge", "propose", "outline", "say", "state", "promise",
                            "confirm", "identify", "signal", "set", "earmark", "allocate", "unveil"})
# Heads of a pact that, capitalised in a name pairing two states ("the UK-Singapore Digital Economy Agreement"), make
# the states partners (a "partnership" or "alliance" does so in lower case too).
_NAMED_PACT_HEADS = frozenset({"agreement", "accord", "pact", "treaty", "deal", "arrangement"})
# What two parties advance together as one piece of work ("A and B are advancing work under …").
_SHARED_WORK_NOUNS = frozenset({"work", "collaboration", "cooperation", "co-operation", "partnership"})
_BACKED_WORDS = frozenset({"backed", "funded", "financed", "owned", "supported"})
# Participles of an aside after a name: "Humain, backed by the Public Investment Fund, …".
_ASIDE_PARTICIPLES = _BACKED_WORDS | {"controlled"}
# Nouns for who makes a product: "Anthropic, the maker of Claude".
_MAKER_NOUNS = frozenset({"maker", "makers", "developer", "creator", "designer", "manufacturer"})
# Last words of the name of a unit a university or company houses ("… Lab at McGill University").
_UNIT_HEADS = frozenset({"lab", "laboratory", "laboratories", "centre", "center", "school", "group", "department",
                         "faculty", "institute"})
# Nouns for a kind of body: "X is a research institute in Montreal" places X there.
_BODY_KIND_NOUNS = frozenset({"institute", "company", "firm", "startup", "organisation", "organization", "laboratory", "lab",
                              "university", "charity", "foundation", "consultancy", "corporation", "developer", "maker"})
# Plural nouns for a group that can be at an event ("28 countries at the summit, including …").
# A company's own sites: shipping "to their China plants" supplies no one.
_OWN_SITE_NOUNS = frozenset({"plant", "factory", "facility", "fab", "site", "operation", "subsidiary", "campus"})
# People one joins or meets at a gathering ("joined defense leaders from A and B for the conference").
_MET_PEOPLE_NOUNS = _DELEGATE_NOUNS | {"official", "counterpart", "chief", "head", "commander", "diplomat"}
_ATTENDEE_NOUNS = frozenset({"country", "nation", "government", "state", "leader", "delegation", "company", "firm",
                             "organisation", "organization"})
# Nouns for what a maker makes: "X's flagship products are …".
_PRODUCT_NOUNS = frozenset({"product", "model", "chip", "chatbot", "processor", "accelerator"})
# Plural nouns for a body's programmes, whose examples ("such as X") are parts of the body.
# Participles that place a policy inside a larger one: "… proposed in Budget 2024", "… included in the Plan".
_PROPOSED_IN_VERBS = frozenset({"propose", "announce", "include", "outline", "unveil", "introduce", "fund", "list",
                                "describe", "contain", "set"})
# Verb forms the small English model lemmatises wrongly.
_LEMMA_REPAIRS = {"fined": "fine", "fines": "fine", "fining": "fine"}
# Groups sent or fielded on a state's behalf: leading one serves the state ("led the UK delegation").
_DELEGATION_NOUNS = frozenset({"delegation", "team", "mission", "contingent", "negotiator", "side"})
_BASED_WORDS = frozenset({"based", "headquartered", "headquarters", "located", "incorporated", "registered"})
_LIST_CHANGE_NOUNS = frozenset({"addition", "removal", "listing", "delisting", "designation"})


def lemma_of(token: Token) -> str:
    """The lemma, with prefixed verbs folded ("co-founded" → "co-found", "co-led" → "lead") and the small model's
    odd lemmas repaired ("fined" → "fin")."""
    lower = token.lower_
    if lower in _LEMMA_REPAIRS and token.pos_ in {"VERB", "AUX"}:
        return _LEMMA_REPAIRS[lower]
    if lower.startswith(("co-found", "cofound")):
        return "co-found"
    if lower.startswith("open-sourc") and token.pos_ in {"VERB", "AUX"}:
        return "release"  # "Meta open-sourced Llama": making a model's weights public is releasing it
    if lower.startswith(("co-host", "cohost")) and token.pos_ in {"VERB", "AUX"}:
        return "host"  # "co-hosted by A, B and C": each hosts
    if lower.startswith(("co-le", "co-direct")):
        return "lead"  # ("co-directed by A and B": unlike "directed", which is also 'ordered', co-directing is leading)
    if lower.startswith("co-"):
        base = lower[3:]
        for stem in ("chair", "host", "sign", "author"):
            if base.startswith(stem):
                return stem
    if lower == "found" and (token.head.lemma_ == "help" and token.dep_ == "xcomp" or any(
            c.dep_ == "aux" and c.lower_ in _INFINITIVE_AUX for c in token.children)):
        return "found"  # "left Lionhead to found Elixir Studios": "to find" is never spelt "found", a past form
    if token.lemma_ == "bring" and any(p.lower_ == "to" and any(o.lemma_ in {"close", "end", "conclusion"} for o in p.children)
                                       for p in token.children if p.dep_ in {"prep", "dative"}):
        return "close"  # "brought the summit to a close"
    return token.lemma_.lower()


def _is_possessor(token: Token) -> bool:
    """'Anthropic's' and 'its': the small English models tag the owner poss, or nmod with a possessive marker."""
    if token.dep_ == "poss":
        return True
    return token.dep_ in {"nmod", "compound", "nsubj", "dobj", "pobj", "appos", "conj"} and any(
        c.tag_ == "POS" or (c.dep_ == "case" and c.lower_ in _POSSESSIVE_MARKS) for c in token.children
    )


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _before_stray_mark(token: Token) -> bool:
    """'the Department of Commerce’s Bureau': a possessive mark the parser read as punctuation follows the owner."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    mark = doc[token.i + 1]
    return mark.lower_ in {"'s", "’s"} and mark.dep_ not in {"case", "poss"} and mark.tag_ != "POS"




def _bracket_tokens(open_token: Token) -> list[Token]:
    """The tokens from an opening bracket to its closing one (both included), within the sentence."""
    out = []
    for t in open_token.doc[open_token.i:open_token.sent.end]:
        out.append(t)
        if t.text == ")":
            break
    return out


def _expletive(token: Token) -> bool:
    """'It comes as…', 'It is clear that…': a dummy subject, not a reference."""
    if token.lower_ != "it" or token.dep_ != "nsubj":
        return False
    head = token.head
    if head.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"} for c in head.children) \
            and not any(c.dep_ in {"ccomp", "xcomp", "csubj", "acomp"} for c in head.children):
        return False  # "It is the world's largest foundry": 'it' is the company, not a dummy subject
    return head.lemma_ in {"be", "come", "seem", "appear", "remain", "mean", "take", "look"}


def _past_dateline(subject: Token) -> Token:
    """'DUBAI, UAE – The United States and the UAE reaffirm …': the parser makes the dateline the subject and
    hangs the real one on it as an apposition after the dash."""
    sent = subject.sent
    if subject.i - sent.start > 3 or subject.pos_ != "PROPN":
        return subject  # ("Several leading AI companies - A, B … - to partner": a common noun's list, not a dateline)
    # (a dash set off by spaces, not the hyphen of "a Hangzhou-based startup")
    dash = next((t for t in sent if t.i < sent.start + 8 and t.text in {"–", "—", "--", "-"} and t.i > subject.i
                 and (t.text != "-" or t.doc[t.i - 1].whitespace_)), None)
    if dash is None:
        return subject
    after = [t for t in subject.subtree if t.dep_ == "appos" and t.i > dash.i]
    return min(after, key=lambda t: t.i) if after else subject






def _owner_types(owned_type: str) -> tuple[str, ...]:
    return {
        "AIModel": ("Firm", "Organization"), "Hardware": ("Firm",), "Policy": ("Government", "Agency"),
        "Agency": ("Government", "Agency"), "Event": ("Person", "Government"), "Firm": ("Firm", "Government"),
    }.get(owned_type, ())


def _is_list(relator: _Relator, m: LinkedMention) -> bool:
    """A restriction list: a policy whose name ends in 'List' (the Entity List, the Unverified List)."""
    return relator.type_of(m.entity_id) == "Policy" and relator.linking.entities[m.entity_id].name.split()[-1] == "List"


def _agreement_like(objects: list[tuple[str, int]], relator: _Relator) -> bool:
    heads = {"declaration", "agreement", "accord", "statement", "commitments", "convention", "treaty", "code", "compact", "pledge",
             "understanding", "memorandum", "charter", "protocol", "arrangement"}
    return any(_name_head(relator.linking.entities[e].name) in heads for e, _ in objects)


def _name_head(name: str) -> str:
    """The head word of a name: the last word before its first 'on', 'for', 'of' or 'between' phrase ("Framework
    Convention on Artificial Intelligence" → convention), else its last word."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if w in {"on", "for", "of", "between"} and i > 0), len(words))
    return words[cut - 1]



def relate(doc: Doc, linking: Linking, kb: KnowledgeBase) -> list[Relation]:
    """All relations the article states, one claim per (subject, type, object, sentence)."""
    best: dict[tuple[str, str, str, int], Candidate] = {}
    for c in _Relator(doc, linking, kb).run():
        subject, obj = c.subject, c.object
        if c.type in SCHEMA.symmetric and obj < subject:
            subject, obj = obj, subject
        key = (subject, c.type, obj, c.sentence.start)
        if key not in best or best[key].confidence < c.confidence:
            best[key] = Candidate(subject, c.type, obj, c.sentence, c.confidence)
    return [
        Relation(
            subject=c.subject, type=c.type, object=c.object, confidence=c.confidence,
            evidence=c.sentence.text.strip(), start=c.sentence.start_char, end=c.sentence.end_char,
            extractor=EXTRACTOR,
        )
        for c in sorted(best.values(), key=lambda c: (c.sentence.start, c.subject, c.type, c.object))
    ]
