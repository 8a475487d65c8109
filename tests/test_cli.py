"""The command line: help everywhere, extract JSON contract, the evaluation agreeing with score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit.cli import build_parser, main
from tests.conftest import DEV_CORPUS, PROJECT_CORPUS, SAMPLES

COMMANDS = ["neo4j", "extract", "ingest", "delete", "stats", "eval", "serve", "up", "kb", "browser", "analytics", "render"]
GRAPHKIT = [sys.executable, "-m", "graphkit.cli"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert "Example:" in capsys.readouterr().out


def test_parser_lists_exactly_the_documented_commands() -> None:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert sorted(sub.choices) == sorted(COMMANDS)


def test_extract_json_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SAMPLES / "00_us_lifts_anthropic_export_ban.md"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out.splitlines()[0])
    assert set(out) == {"article", "entities", "relations"}
    ids = {e["id"] for e in out["entities"]}
    for rel in out["relations"]:
        assert rel["subject"] in ids and rel["object"] in ids
        assert rel["evidence"] and 0 < rel["confidence"] <= 1
    for ent in out["entities"]:
        assert ent["mentions"] and all({"start", "end", "text"} <= set(m) for m in ent["mentions"])


def test_extract_reports_a_bad_file_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("")
    assert main(["extract", str(empty)]) == 1
    assert "empty.md" in capsys.readouterr().err


def test_eval_names_an_article_it_could_not_read_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.md").write_text('---\ndate: "2022"\n---\nNvidia sells chips to Microsoft.\n')
    (tmp_path / "a.gold.json").write_text('{"entities": [{"name": "Nvidia", "type": "Firm"}], "relations": []}')
    assert main(["eval", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "'date'" in captured.err and "a.md" in captured.out.splitlines()[-1]


def test_extract_on_first_dev_article_states_the_acceptance_facts(capsys: pytest.CaptureFixture[str]) -> None:
    main(["extract", str(SAMPLES / "00_us_lifts_anthropic_export_ban.md"), "--json"])
    out = json.loads(capsys.readouterr().out.splitlines()[0])
    names = {e["id"]: e["name"] for e in out["entities"]}
    found = {(names[r["subject"]], r["type"], names[r["object"]]) for r in out["relations"]}
    assert {
        ("Anthropic", "DEVELOPS", "Claude 4"),
        ("Keir Starmer", "LEADS", "United Kingdom"),
        ("United States", "LIFTS_RESTRICTIONS_ON", "Anthropic"),
        ("US Department of Commerce", "LIFTS_RESTRICTIONS_ON", "Claude 4"),
        ("Google DeepMind", "BASED_IN", "United Kingdom"),
        ("Stability AI", "BASED_IN", "United Kingdom"),
    } <= found


@pytest.mark.skipif(not (DEV_CORPUS.parent.parent / "tools" / "score.py").exists(),
                    reason="../shared/tools/score.py is not beside this checkout (CI has it)")
def test_graphkit_eval_agrees_with_score_py() -> None:
    score = DEV_CORPUS.parent.parent / "tools" / "score.py"
    cmd = " ".join(GRAPHKIT) + " extract {file} --json"
    theirs = json.loads(subprocess.run([sys.executable, str(score), str(DEV_CORPUS), "--cmd", cmd, "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    ours = json.loads(subprocess.run([*GRAPHKIT, "eval", str(DEV_CORPUS), "--json"],
                                     capture_output=True, text=True, check=True).stdout)
    for key in ("ent", "rel", "pair"):
        assert {k: theirs[key][k] for k in ("tp", "predicted", "gold")} == {k: ours[key][k] for k in ("tp", "predicted", "gold")}


# Floors the extractor reached on the project's development set (tests/data/corpus/dev: the six shared
# articles plus those annotated here). A change that drops below them fails; raise them when quality improves.
DEV_FLOORS = {"ent": 0.961, "rel": 0.919, "pair": 0.923}  # reached 0.963 / 0.921 / 0.925 over 262 articles (2026-11-29, twentieth session: af01–af04 and eg01–eg07 joined)


def test_dev_set_scores_do_not_regress(extractor) -> None:
    from graphkit.ingest.readers import read_file

    from graphkit.evaluate import evaluate

    report = evaluate(PROJECT_CORPUS / "dev", lambda p: extractor.extract(read_file(p, max_bytes=10**7)).to_json_dict()).as_dict()
    assert report["articles"] >= 24
    for key, floor in DEV_FLOORS.items():
        assert report[key]["f1"] >= floor, (key, report[key])


def test_serve_and_up_refuse_a_port_in_use_before_doing_any_work(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) != 0
        err = capsys.readouterr().err
        assert f"127.0.0.1:{port}" in err and "GRAPHKIT_API_PORT" in err
        # `up` stops at the same check, before starting Neo4j or ingesting anything
        assert main(["up", "--port", str(port)]) != 0
        assert "in use" in capsys.readouterr().err
