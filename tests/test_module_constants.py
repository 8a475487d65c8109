"""Module-level constants are bound once per module.

The extraction modules hold many word lists; a second list given a name already used further down the same module
silently replaces the first for every rule that reads it (a rule written for company units once read military units
this way and did nothing). This pins that each module binds each upper-case name once.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted([*ROOT.joinpath("ingest").glob("*.py"), *ROOT.joinpath("graphkit").glob("*.py")])


def _constant_names(path: Path) -> list[str]:
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.lstrip("_")[:1].isupper() and t.id.upper() == t.id]
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_module_binds_each_constant_name_once(path: Path) -> None:
    names = _constant_names(path)
    twice = sorted({n for n in names if names.count(n) > 1})
    assert not twice, f"{path.name} binds {twice} more than once: rename one of them"
