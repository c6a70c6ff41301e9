from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main

TEXT = "9月19日，由市场监管总局主办的2024年全国检验检测机构开放日活动在武汉举行。\n"


def _articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text("湖北省副省长彭勇出席活动。\n", encoding="utf-8")
    return folder


def test_extract_writes_one_record_per_article(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(_articles(tmp_path)), "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["article"]["source"]).name for r in records] == ["a.txt", "b.txt"]
    assert {"article", "entities", "relations", "links"} <= set(records[0])


def test_extract_reports_bad_input_and_goes_on(tmp_path: Path) -> None:
    folder = _articles(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        main, ["extract", str(folder), str(tmp_path / "nope.txt"), "-o", str(out)]
    )
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "nope.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_extract_with_two_jobs_keeps_the_order(tmp_path: Path) -> None:
    folder = _articles(tmp_path)
    one = CliRunner().invoke(main, ["extract", str(folder), "-q"])
    two = CliRunner().invoke(main, ["extract", str(folder), "-q", "--jobs", "2"])
    assert two.exit_code == 0 and one.stdout == two.stdout


def _gold(tmp_path: Path) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    doc = {
        "entities": [
            {"type": "Agency", "name": "国家市场监督管理总局", "mentions": ["市场监管总局"]}
        ],
        "relations": [],
    }
    (gold / "a.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return gold


def test_eval_prints_a_table_and_json_from_articles_or_records(tmp_path: Path) -> None:
    folder, gold = _articles(tmp_path), _gold(tmp_path)
    table = CliRunner().invoke(main, ["eval", str(gold), str(folder)])
    assert table.exit_code == 0 and "entities" in table.stdout and "ALL" in table.stdout
    records = tmp_path / "rec.jsonl"
    CliRunner().invoke(main, ["extract", str(folder), "-o", str(records), "-q"])
    as_json = CliRunner().invoke(main, ["eval", str(gold), str(records), "--json"])
    scores = json.loads(as_json.stdout)
    assert scores["lenient"]["entities"]["Agency"]["recall"] == 1.0


def test_eval_with_an_empty_gold_dir_is_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(tmp_path), str(_articles(tmp_path))])
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: error:") and "no gold files" in result.stderr
