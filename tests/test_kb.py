"""The curated knowledge base: size, coverage, validity."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from graphkit.errors import SchemaError
from graphkit.kb import load_kb, parse_kb_lines
from graphkit.schema import LABELS, SCHEMA

KB = load_kb()


def test_kb_has_at_least_600_entities_across_all_ten_types() -> None:
    counts = Counter(e.type for e in KB.entries)
    assert len(KB) >= 600
    assert set(counts) == set(LABELS)


@pytest.mark.parametrize("name", ["Argentina", "Australia", "Brazil", "Canada", "China", "France", "Germany", "India",
                                  "Indonesia", "Italy", "Japan", "South Korea", "Mexico", "Russia", "Saudi Arabia",
                                  "South Africa", "Turkey", "United Kingdom", "United States", "European Union"])
def test_every_g20_member_is_a_government(name: str) -> None:
    assert any(e.type == "Government" for e in KB.lookup(name))


@pytest.mark.parametrize(("form", "name"), [("Whitehall", "United Kingdom"), ("Downing Street", "United Kingdom"),
                                            ("Beijing", "China"), ("Brussels", "European Union"),
                                            ("Washington", "United States")])
def test_metonyms_resolve_to_governments(form: str, name: str) -> None:
    assert [e.name for e in KB.lookup(form)] == [name]


@pytest.mark.parametrize("acronym", ["BIS", "NIST", "FTC", "OSTP", "DSIT", "CMA", "CAC", "MIIT", "NDRC", "METI"])
def test_key_agencies_are_known_by_acronym(acronym: str) -> None:
    assert any(e.type == "Agency" for e in KB.lookup(acronym))


def test_every_background_fact_fits_the_schema() -> None:
    for fact in KB.facts():
        s, o = KB.get(fact["subject"]), KB.get(fact["object"])
        assert s is not None and o is not None
        assert SCHEMA.allows(fact["type"], s.type, o.type), fact


def test_agencies_are_part_of_a_government_or_agency() -> None:
    for e in KB.entries:
        if e.type == "Agency" and e.country:
            assert any(f.type == "PART_OF" for f in e.facts), e.name


def test_bad_kb_line_is_reported_with_file_and_line() -> None:
    lines = ['{"name": "Anthropic", "type": "Firm"}', '{"name": "X", "type": "Robot"}']
    with pytest.raises(SchemaError, match="kb.jsonl line 2"):
        parse_kb_lines(lines, source="kb.jsonl")


def test_fact_about_unknown_entity_is_refused() -> None:
    lines = ['{"name": "Anthropic", "type": "Firm", "facts": [{"type": "BASED_IN", "object": "government:atlantis"}]}']
    with pytest.raises(SchemaError, match="atlantis"):
        parse_kb_lines(lines, source="kb.jsonl")


def test_kb_file_loads_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "kb.jsonl"
    path.write_text('# comment\n{"name": "Example Labs", "type": "Firm", "aliases": ["ExLabs"]}\n')
    kb = load_kb(path)
    assert kb.lookup("ExLabs")[0].id == "firm:example-labs"


def test_no_two_entries_share_a_wikidata_id() -> None:
    ids = Counter(e.wikidata for e in KB.entries if e.wikidata)
    assert not [q for q, n in ids.items() if n > 1]


def test_every_g20_member_carries_its_wikidata_id() -> None:
    # the ids Wikidata gives these states: one dropped or mistyped in an edit of the KB fails here
    expected = {"United States": "Q30", "United Kingdom": "Q145", "China": "Q148", "Japan": "Q17", "Germany": "Q183",
                "France": "Q142", "India": "Q668", "South Korea": "Q884", "European Union": "Q458", "Canada": "Q16"}
    for name, qid in expected.items():
        assert next(e for e in KB.lookup(name) if e.type == "Government").wikidata == qid


def test_a_mixed_case_acronym_is_also_found_in_capitals_unless_another_entry_writes_it_so() -> None:
    kb = parse_kb_lines([
        '{"name": "Department of Defense", "type": "Agency", "aliases": ["DoD"]}',
        '{"name": "Ministry of Defence", "type": "Agency", "aliases": ["MoD"]}',
        '{"name": "Ministry of Defense (Japan)", "type": "Agency", "aliases": ["MOD"]}',
        '{"name": "McGill University", "type": "Organization", "aliases": ["McGill"]}',
    ], source="test")
    assert [e.name for e in kb.lookup("DOD")] == ["Department of Defense"]
    assert [e.name for e in kb.lookup("MOD")] == ["Ministry of Defense (Japan)"]
    assert kb.lookup("MCGILL") == []
