"""Score extractions against gold annotations, by the rules of ``shared/tools/score.py``.

Entities match when they share a normalised name or alias and the type
agrees (greedy, one to one, in gold order); relations match when both ends
and the type agree (symmetric types either way); untyped relations compare
subject–object pairs. Scores are micro-averaged over articles. A test runs
both this module and ``score.py`` on the same corpus and requires equal
numbers, so the project's ``graphkit eval`` can be trusted as the team's
yardstick.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphkit.errors import InputError
from graphkit.schema import SCHEMA


def norm(name: str) -> str:
    """Name key: case, a leading 'the', a trailing possessive and punctuation ignored."""
    name = name.lower().replace("\u2019", "'")
    name = re.sub(r"^the\s+", "", name.strip())
    name = re.sub(r"'s$", "", name)
    name = re.sub(r"[^\w\s]", " ", name)
    return " ".join(name.split())


def names_of(entity: dict[str, Any]) -> set[str]:
    forms = [entity.get("name", "")] + list(entity.get("aliases") or [])
    return {norm(n) for n in forms if n and norm(n)}


@dataclass
class Counts:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "predicted": self.predicted, "gold": self.gold}


@dataclass
class ArticleScore:
    name: str
    entities: Counts
    relations: Counts
    pairs: Counts
    missed_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    wrong_relations: list[str] = field(default_factory=list)


@dataclass
class EvalReport:
    articles: list[ArticleScore] = field(default_factory=list)
    entities: Counts = field(default_factory=Counts)
    relations: Counts = field(default_factory=Counts)
    pairs: Counts = field(default_factory=Counts)
    # Articles the extractor could not read (a bad front-matter field, say): scored as predicting nothing, as
    # score.py scores a command that fails, and named in the totals so a failure never passes as a low score.
    unreadable: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"articles": len(self.articles), "unreadable": list(self.unreadable), "ent": self.entities.as_dict(),
                "rel": self.relations.as_dict(), "pair": self.pairs.as_dict()}

    def describe(self, *, verbose: bool = False) -> str:
        lines = []
        if verbose:
            for a in self.articles:
                lines.append(f"{a.name}: entities {a.entities.tp}/{a.entities.gold} found, {a.entities.predicted} predicted; "
                             f"relations {a.relations.tp}/{a.relations.gold} found, {a.relations.predicted} predicted")
                if a.missed_entities:
                    lines.append("   missed entities: " + ", ".join(a.missed_entities))
                if a.missed_relations:
                    lines.append("   missed relations: " + "; ".join(a.missed_relations))
                if a.wrong_relations:
                    lines.append("   wrong relations: " + "; ".join(a.wrong_relations))
        for label, c in (("entities", self.entities), ("relations (typed)", self.relations), ("relations (untyped)", self.pairs)):
            lines.append(f"{label:22s} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f} ({c.tp} of {c.gold} gold, {c.predicted} predicted)")
        lines.append(f"articles={len(self.articles)}" + (
            f" ({len(self.unreadable)} could not be read and count as predicting nothing: {', '.join(self.unreadable)};"
            " fix them as the errors above say)" if self.unreadable else ""))
        return "\n".join(lines)


def match_entities(gold: list[dict], pred: list[dict]) -> dict[int, int]:
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for gi, g in enumerate(gold):
        gn = names_of(g)
        for pi, p in enumerate(pred):
            if pi not in used and p.get("type") == g["type"] and gn & names_of(p):
                pairs[gi] = pi
                used.add(pi)
                break
    return pairs


def _relation_keys(relations: list[dict], key_of: Callable[[str], Any], *, typed: bool) -> set[tuple]:
    keys: set[tuple] = set()
    for r in relations:
        s, o = key_of(r["subject"]), key_of(r["object"])
        if s is None or o is None:
            keys.add(("unmatched", id(r)))
            continue
        t = r["type"] if typed else ""
        if not typed or r["type"] in SCHEMA.symmetric:
            s, o = sorted((s, o), key=str)
        keys.add((s, t, o))
    return keys


def score_article(name: str, gold: dict, pred: dict) -> ArticleScore:
    ge, pe = gold["entities"], pred.get("entities", [])
    pairs = match_entities(ge, pe)
    gold_index = {g["name"]: gi for gi, g in enumerate(ge)}
    pred_to_gold = {pe[pi]["id"]: gi for gi, pi in pairs.items() if "id" in pe[pi]}
    for p in pe:
        if p.get("id") in pred_to_gold:
            continue
        for gi, g in enumerate(ge):
            if p.get("type") == g["type"] and names_of(g) & names_of(p):
                pred_to_gold[p.get("id")] = gi
                break
    pred_ids = {p.get("id") for p in pe}

    def pred_key(i: str) -> Any:
        return pred_to_gold.get(i, ("p", i) if i in pred_ids else None)

    scores = {}
    for typed in (True, False):
        gk = _relation_keys(gold["relations"], gold_index.get, typed=typed)
        pk = _relation_keys(pred.get("relations", []), pred_key, typed=typed)
        scores[typed] = (gk, pk, Counts(len(gk & pk), len(pk), len(gk)))
    gk, pk, _ = scores[True]
    gname = {i: g["name"] for i, g in enumerate(ge)}
    pname = {p.get("id"): p.get("name") for p in pe}

    def show(k: tuple, names: Callable[[Any], str]) -> str:
        return f"{names(k[0])} {k[1]} {names(k[2])}" if k[0] != "unmatched" else "(relation with an unknown end)"

    def name_of(x: Any) -> str:
        return gname[x] if isinstance(x, int) else str(pname.get(x[1], x[1]) if isinstance(x, tuple) else x)

    return ArticleScore(
        name=name,
        entities=Counts(len(pairs), len(pe), len(ge)),
        relations=scores[True][2],
        pairs=scores[False][2],
        missed_entities=[f"{g['name']}:{g['type']}" for gi, g in enumerate(ge) if gi not in pairs],
        missed_relations=[show(k, name_of) for k in sorted(gk - pk, key=str)],
        wrong_relations=[show(k, name_of) for k in sorted(pk - gk, key=str)],
    )


def gold_files(corpus: Path) -> list[tuple[Path, Path]]:
    """(article, gold) pairs of a corpus folder, sorted by name."""
    if not corpus.is_dir():
        raise InputError("is not a folder of NN_slug.md articles with NN_slug.gold.json beside them", source=str(corpus))
    out = [(t, t.with_suffix(".gold.json")) for t in sorted(corpus.glob("*.md")) if t.with_suffix(".gold.json").exists()]
    if not out:
        raise InputError("holds no article with a .gold.json beside it", source=str(corpus))
    return out


def evaluate(corpus: Path, predict: Callable[[Path], dict]) -> EvalReport:
    """Score ``predict`` (article path → extraction JSON dict) on every annotated article of ``corpus``."""
    report = EvalReport()
    for text, gold_path in gold_files(corpus):
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"is not valid JSON ({exc})", source=str(gold_path)) from exc
        one = score_article(text.name, gold, predict(text))
        report.articles.append(one)
        report.entities.add(one.entities.tp, one.entities.predicted, one.entities.gold)
        report.relations.add(one.relations.tp, one.relations.predicted, one.relations.gold)
        report.pairs.add(one.pairs.tp, one.pairs.predicted, one.pairs.gold)
    return report
