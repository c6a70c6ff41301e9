"""`kg init / load / stats / drop / ingest` through click's CliRunner on a real embedded store."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main


def kg(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_load_then_stats(tmp_path: Path, sample_records: Path) -> None:
    store = str(tmp_path / "kg-data")
    assert kg("init", "--store", store)[0] == 0
    code, out, err = kg("load", str(sample_records), "--store", store)
    assert code == 0 and out == ""
    assert "4 articles; nodes 27 created, 0 updated; relationships 64 created" in err
    code, out, _ = kg("stats", "--store", store, "--format", "json")
    stats = json.loads(out)
    assert code == 0 and (stats["nodes"], stats["relationships"]) == (27, 64)
    assert stats["labels"]["Agency"] == 6 and stats["types"]["HOLDS_POSITION"] == 5
    code, out, _ = kg("stats", "--store", store)
    assert code == 0 and out.splitlines()[0].split() == ["nodes", "27"]


def test_a_bad_record_is_reported_counted_and_exit_1(tmp_path: Path, sample_records: Path) -> None:
    lines = sample_records.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[1])
    record["relations"][0]["type"] = "FUNDED"
    bad = tmp_path / "records.jsonl"
    bad.write_text("\n".join([lines[0], json.dumps(record, ensure_ascii=False)]), encoding="utf-8")
    store = str(tmp_path / "kg-data")
    code, _, err = kg("load", str(bad), "--store", store)
    assert code == 1
    assert (
        f"kg: warning: article {record['article']['id']}: unknown relationship type 'FUNDED'" in err
    )
    assert "1 articles;" in err and "1 failed" in err
    assert "Traceback" not in err


def test_load_reads_stdin(tmp_path: Path, sample_records: Path) -> None:
    store = str(tmp_path / "kg-data")
    text = sample_records.read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["load", "-", "--store", store, "-q"], input=text)
    assert result.exit_code == 0 and result.stderr == ""
    assert json.loads(kg("stats", "--store", store, "--format", "json")[1])["nodes"] == 27


def test_drop_needs_yes(tmp_path: Path, sample_records: Path) -> None:
    store = str(tmp_path / "kg-data")
    kg("load", str(sample_records), "--store", store, "-q")
    code, _, err = kg("drop", "--store", store)
    assert code == 2 and "--yes" in err
    assert kg("drop", "--yes", "--store", store)[0] == 0
    assert json.loads(kg("stats", "--store", store, "--format", "json")[1])["nodes"] == 0


def test_the_store_comes_from_kg_store(tmp_path: Path, sample_records: Path, monkeypatch) -> None:
    monkeypatch.setenv("KG_STORE", str(tmp_path / "from-env"))
    assert kg("load", str(sample_records), "-q")[0] == 0
    assert (tmp_path / "from-env" / "kg.lock").exists()


@pytest.mark.skipif(
    importlib.util.find_spec("kg.pipeline") is None, reason="kg.pipeline not built yet"
)
def test_ingest_loads_articles(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "2024年9月19日，由市场监管总局、湖北省人民政府主办的2024年全国检验检测机构开放日活动启动仪式"
        "在位于湖北省武汉市的华中科技大学举行。湖北省副省长彭勇出席活动并致辞。\n",
        encoding="utf-8",
    )
    store = str(tmp_path / "kg-data")
    code, _, err = kg("ingest", str(article), str(tmp_path / "missing.txt"), "--store", store)
    assert code == 1 and "missing.txt" in err and "1 articles;" in err
    stats = json.loads(kg("stats", "--store", store, "--format", "json")[1])
    assert stats["labels"]["Article"] == 1 and stats["types"]["MENTIONS"] > 0
