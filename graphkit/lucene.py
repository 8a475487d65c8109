"""Turn what a user types into a safe, typo-tolerant Lucene query for the full-text index."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/]|&&|\|\|)')
_RESERVED = {"AND", "OR", "NOT", "TO"}


def escape(term: str) -> str:
    """Escape every Lucene operator so user input is only ever text."""
    return _SPECIAL.sub(r"\\\1", term)


def fuzzy_query(text: str, *, max_terms: int = 8) -> str | None:
    """``"antropic ai"`` → ``(antropic~1 OR antropic*) AND (ai)``; None when nothing searchable is left.

    Each word must match (exactly, by prefix, or within one edit for words of
    four letters or more); operators and quotes in the input are escaped.
    """
    words = [w for w in re.split(r"\s+", text.strip()) if w][:max_terms]
    clauses = []
    for word in words:
        cleaned = re.sub(r"[^\w.&'-]", "", word)
        if not cleaned:
            continue
        term = escape(cleaned.lower())
        if cleaned.upper() in _RESERVED:
            term = f'"{term}"'
            clauses.append(term)
            continue
        parts = [term]
        if len(cleaned) >= 2:
            parts.append(f"{term}*")
        if len(cleaned) >= 4:
            parts.append(f"{term}~1")
        clauses.append("(" + " OR ".join(parts) + ")")
    return " AND ".join(clauses) if clauses else None
