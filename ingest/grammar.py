"""Small dependency-tree helpers shared by the relation rules."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from .lexicon import LEADER_TITLES, STAFF_TITLES

# One-word titles: an apposition headed by one describes the name before it ("Michelle Donelan, the UK's Secretary
# of State …, and X" lists two people, not three parties).
_TITLE_WORDS = frozenset(t for t in LEADER_TITLES | STAFF_TITLES if " " not in t)


def clause_subjects(token: Token) -> list[Token]:
    """The nearest subject above a token: 'X is a researcher, best known as the CEO of Y' → X.

    A relative pronoun stands for the noun its clause hangs on, and a noun that
    is itself the predicate of a copula stands for that copula's subject: "X is
    an entrepreneur who is the co-founder of Y" → X."""
    current = token
    for _ in range(8):
        subs = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != token.i]
        if subs:
            if len(subs) == 1 and subs[0].tag_ in {"WP", "WDT"} and current.dep_ == "relcl":
                antecedent = current.head
                while antecedent.dep_ == "conj" and antecedent.head.i != antecedent.i:
                    antecedent = antecedent.head  # "an executive and government official, who …": the first conjunct
                if antecedent.dep_ in {"attr", "conj"} and antecedent.head.lemma_ == "be":
                    return [c for c in antecedent.head.children if c.dep_ in {"nsubj", "nsubjpass"}] or [antecedent]
                return [antecedent]
            return subs
        if current.head.i == current.i:
            return []
        current = current.head
    return []


def conjoined(token: Token) -> list[Token]:
    """Every conjunct of a token, however deep the coordination goes."""
    out, stack = [], [token]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            # "The UK, the EU and the US signed …": the parser may read the second item as an apposition of the first;
            # an apposition heading its own 'and' coordination is a list item, not a description
            # (right after "X ,", with a determiner as X has one: "the UK, the EU and the US", not "Chrystia Freeland,
            # Deputy Prime Minister and Minister of Finance", which describes her)
            # (or with no determiner on either, when the list's last item is a name too: "involve Air Canada, OEC
            # Group and Edgenda working …")
            determined = child.left_edge.dep_ == "det" and any(c.dep_ == "det" for c in tok.children)
            bare = child.left_edge.pos_ == "PROPN" and not any(c.dep_ == "det" for c in tok.children) \
                and all(c.pos_ == "PROPN" and c.lower_ not in _TITLE_WORDS for c in child.children if c.dep_ == "conj")
            # (in a long list the 'and' hangs on the last item but one: "Amazon, Anthropic, Google, …, Nvidia, and OpenAI")
            chain = _conj_chain(child)
            listed = child.dep_ == "appos" and child.pos_ == "PROPN" and tok.pos_ == "PROPN" \
                and child.left_edge.i == tok.i + 2 and (determined or bare) and child.lower_ not in _TITLE_WORDS \
                and any(c.dep_ == "cc" for t in chain for c in t.children) and any(c.dep_ == "conj" for c in child.children)
            if child.dep_ == "conj" or listed:
                out.append(child)
                stack.append(child)
            elif child.dep_ == "appos" and child.lower_ in _TITLE_WORDS and tok.pos_ == "PROPN":
                # "A, the UK's Secretary of State …, and B, Minister of …": the parser hangs B on A's title
                for c in child.children:
                    if c.dep_ == "conj" and c.pos_ == "PROPN" and c.lower_ not in _TITLE_WORDS:
                        out.append(c)
                        stack.append(c)
    return out


def _conj_chain(token: Token) -> list[Token]:
    """The token and the conjuncts hung one on another below it ("A, B, C and D" as A ← B ← C ← D)."""
    chain = [token]
    while (nxt := next((c for c in chain[-1].children if c.dep_ == "conj"), None)) is not None and len(chain) < 30:
        chain.append(nxt)
    return chain


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """The objects of the token's prepositions among ``preps`` ("X within Y" → Y)."""
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ in {"pobj", "pcomp"}]


def doc_text(doc: Doc) -> str:
    """The document's text, read once per Doc.

    ``Doc.text`` joins every token's text on each call; a dozen rules asking
    for it per article cost more than some whole extraction stages. Cached in
    ``doc.user_data`` (the text never changes once the Doc exists)."""
    text = doc.user_data.get("graphkit_text")
    if text is None:
        text = doc.user_data["graphkit_text"] = doc.text
    return text


def line_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` of the text's lines, computed once per Doc.

    A line ends at a token holding a newline (a SPACE token, excluded) or a
    token whose trailing whitespace holds one (included). Found from the
    newline characters and the tokens' character offsets, not by visiting
    every token: several rules (affiliation lines, transcript labels) ask."""
    cached = doc.user_data.get("graphkit_line_ranges")
    if cached is not None:
        return cached
    text = doc_text(doc)
    starts = [int(i) for i in doc.to_array("IDX")] if len(doc) else []
    ends: list[tuple[int, int]] = []  # (end of the line, start of the next), in token indices
    position = text.find("\n")
    while position != -1:
        j = bisect_right(starts, position) - 1
        if j >= 0:
            inside = position < starts[j] + len(doc[j])
            ends.append((j if inside else j + 1, j + 1))
        position = text.find("\n", position + 1)
    lines, start = [], 0
    for end, nxt in ends:
        if end > start:
            lines.append((start, end))
        start = max(start, nxt)
    if start < len(doc):
        lines.append((start, len(doc)))
    doc.user_data["graphkit_line_ranges"] = lines
    return lines


def sentence_distance(doc: Doc, a: int, b: int) -> int:
    """How many sentence starts lie after token ``a``'s sentence up to token ``b``'s (0 in the same sentence)."""
    starts = doc.user_data.get("graphkit_sentence_starts")
    if starts is None:
        starts = doc.user_data["graphkit_sentence_starts"] = [s.start for s in doc.sents]
    return max(0, bisect_right(starts, b) - bisect_right(starts, a))


def hyphenated_onto_lower_word(span: Span) -> bool:
    """'U.S.-based SEMI': whether a name is joined by a hyphen to a lower-case word, so that it only qualifies the
    noun after it ("based", "led") and names no state or body acting. The tokenizer may split the word into three
    tokens or keep it whole."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text in {"-", "–"} and not doc[span.end - 1].whitespace_ \
            and doc[span.end + 1].is_lower:
        return True
    return len(span) == 1 and "-" in span[0].text[1:] and span[0].text.split("-")[-1].islower()
