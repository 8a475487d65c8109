"""Reading article files: front matter, bad input reported by name, folders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from graphkit.ingest.readers import Skipped, read_paths


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.write_bytes if isinstance(text, bytes) else path.write_text)(text)
    return path


def test_front_matter_fields_become_article_fields(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\ntitle: Chips\nurl: https://e.org/x\ndate: 2025-01-13\n---\nNvidia ships chips.\n")
    [art] = list(read_paths([tmp_path], max_bytes=10**6))
    assert art.title == "Chips" and art.url == "https://e.org/x" and art.published == date(2025, 1, 13)
    assert art.text.strip() == "Nvidia ships chips."


def test_plain_text_without_front_matter_takes_its_first_line_as_title(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Headline here\nBody text.")
    [art] = list(read_paths([tmp_path / "b.txt"], max_bytes=10**6))
    assert art.title == "Headline here" and art.published is None


def test_bad_files_are_skipped_with_reasons_and_good_ones_land(tmp_path: Path) -> None:
    write(tmp_path / "good.md", "Anthropic builds Claude.")
    write(tmp_path / "empty.md", "")
    write(tmp_path / "binary.md", b"\x00\x01\x02binary")
    write(tmp_path / "baddate.md", "---\ndate: last tuesday\n---\nText.")
    write(tmp_path / "badyaml.md", "---\ntitle: [unclosed\n---\nText.")
    write(tmp_path / "big.md", "x" * 2000)
    items = list(read_paths([tmp_path, tmp_path / "missing.md"], max_bytes=1000))
    good = [i for i in items if not isinstance(i, Skipped)]
    skipped = {Path(s.source).name: s.reason for s in items if isinstance(s, Skipped)}
    assert [a.title for a in good] == ["Anthropic builds Claude."]
    assert "empty" in skipped["empty.md"]
    assert "binary" in skipped["binary.md"]
    assert "date" in skipped["baddate.md"] and "ISO" in skipped["baddate.md"]
    assert "front matter" in skipped["badyaml.md"]
    assert "limit" in skipped["big.md"]
    assert "no such file" in skipped["missing.md"]


def test_invalid_utf8_is_decoded_with_replacement(tmp_path: Path) -> None:
    write(tmp_path / "latin.md", "Caf\xe9 policy".encode("latin-1"))
    items = list(read_paths([tmp_path], max_bytes=10**6))
    [note] = [i for i in items if isinstance(i, Skipped)]
    [art] = [i for i in items if not isinstance(i, Skipped)]
    assert "\ufffd" in art.text
    assert note.kept and "UTF-8" in note.reason


def test_folders_recurse_in_a_stable_order(tmp_path: Path) -> None:
    write(tmp_path / "z" / "2.md", "Second.")
    write(tmp_path / "a" / "1.md", "First.")
    write(tmp_path / "a" / "notes.pdf", "ignored")
    titles = [a.title for a in read_paths([tmp_path], max_bytes=10**6)]
    assert titles == ["First.", "Second."]
