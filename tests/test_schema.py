"""The schema is DESIGN.md's tables, held once as data, and everything else follows it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphkit.cypher_files import statements
from graphkit.errors import SchemaError
from graphkit.schema import LABELS, RELATION_TYPES, SCHEMA, parse_schema

ROOT = Path(__file__).resolve().parents[1]


def test_labels_are_the_ten_design_types() -> None:
    assert set(LABELS) == {"Government", "Agency", "Firm", "AIModel", "Hardware", "Policy", "Person",
                           "Organization", "Event", "Location"}


def test_relation_types_and_symmetry_match_design() -> None:
    assert len(RELATION_TYPES) == 22
    assert SCHEMA.symmetric == {"PARTNERS_WITH", "COMPETES_WITH", "ALLIED_WITH"}


@pytest.mark.parametrize(
    ("rel", "subject", "obj", "allowed"),
    [
        ("DEVELOPS", "Firm", "AIModel", True),
        ("DEVELOPS", "Person", "AIModel", False),
        ("LEADS", "Person", "Government", True),
        ("RESTRICTS", "Policy", "Hardware", True),
        ("LIFTS_RESTRICTIONS_ON", "Policy", "Firm", False),
        ("BASED_IN", "Firm", "Location", True),
        ("HOSTS", "Agency", "Event", False),
        ("COMPETES_WITH", "Government", "Firm", True),
        ("ALLIED_WITH", "Government", "Firm", False),
    ],
)
def test_domain_and_range_checks(rel: str, subject: str, obj: str, allowed: bool) -> None:
    assert SCHEMA.allows(rel, subject, obj) is allowed


def test_schema_with_unknown_label_is_refused_with_the_relation_named() -> None:
    with pytest.raises(SchemaError, match="DEVELOPS"):
        parse_schema({"labels": {"Firm": ""}, "relations": {"DEVELOPS": {"subject": ["Firm"], "object": ["Robot"]}}})


def test_schema_cypher_constrains_every_id_key() -> None:
    text = " ".join(statements("schema"))
    for label in ("Entity", "Article", "Claim"):
        assert re.search(rf"FOR \(\w:{label}\) REQUIRE \w\.id IS UNIQUE", text)
    assert all("IF NOT EXISTS" in s for s in statements("schema"))


def test_cypher_files_take_values_only_as_parameters() -> None:
    """No Python string formatting placeholders in any Cypher file."""
    for path in (ROOT / "cypher").rglob("*.cypher"):
        text = path.read_text()
        assert "{}" not in text and "%s" not in text and "{0}" not in text, path.name


def test_python_code_holds_no_inline_cypher_writes() -> None:
    """Write statements live in cypher/*.cypher, not in Python strings."""
    for path in list((ROOT / "graphkit").rglob("*.py")) + list((ROOT / "api").rglob("*.py")) + list((ROOT / "ingest").rglob("*.py")):
        for line in path.read_text().splitlines():
            if re.search(r"[\"'](MERGE|CREATE|DETACH DELETE)\s", line):
                pytest.fail(f"{path.name}: Cypher write in Python: {line.strip()}")


def test_path_query_walks_exactly_the_schema_relation_types() -> None:
    from graphkit.cypher_files import cypher

    match = re.search(r"\[:([A-Z_|]+)\]", cypher("paths"))
    assert match and set(match.group(1).split("|")) == set(RELATION_TYPES)
