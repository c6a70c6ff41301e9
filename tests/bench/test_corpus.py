"""The synthetic corpus generator (bench/corpus.py): deterministic, mixed, in range."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402

PINYIN = re.compile(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǘǚǜ]+ ?\)")
N = 160


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    base = tmp_path_factory.mktemp("corpus")
    out = corpus.generate_corpus(N, 11, base / "c", manifest=base / "manifest.jsonl")
    rows = [json.loads(line) for line in (base / "manifest.jsonl").read_text("utf-8").splitlines()]
    return out, rows


def test_same_seed_gives_identical_bytes(made, tmp_path: Path) -> None:
    out, _ = made
    again = corpus.generate_corpus(N, 11, tmp_path / "again")
    assert _files(again) == _files(out)
    other = corpus.generate_corpus(20, 12, tmp_path / "other")
    first = {k: v for k, v in _files(out).items() if k in _files(other)}
    assert first != {k: v for k, v in _files(other).items() if k in first}


def test_manifest_lists_every_article_once(made) -> None:
    out, rows = made
    assert [r["n"] for r in rows] == list(range(N))
    assert all((out / r["path"]).is_file() for r in rows)
    assert "manifest" not in " ".join(p.name for p in out.rglob("*"))


def test_formats_and_encodings_are_mixed(made) -> None:
    out, rows = made
    counts = Counter(r["format"] for r in rows)
    assert set(counts) == {"txt", "html", "jsonl", "gb18030"}
    assert all(c >= N * 0.08 for c in counts.values()), counts
    for r in rows:
        data = (out / r["path"]).read_bytes()
        if r["format"] == "gb18030":
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
            assert r["title"] in data.decode("gb18030")
        elif r["format"] == "html":
            page = data.decode("utf-8")
            assert "发布时间：" in page and "您当前的位置" in page and "<h1>" in page
            assert "http://" not in page and "https://" not in page
    jsonl = [
        json.loads(line) for p in out.rglob("*.jsonl") for line in p.read_text("utf-8").splitlines()
    ]
    assert len(jsonl) == counts["jsonl"]
    assert all(row["title"] and (row.get("content") or row.get("text")) for row in jsonl)
    assert len(list(out.rglob("*.jsonl"))) < counts["jsonl"]  # several articles per file


def test_lengths_in_range_and_files_match_manifest(made) -> None:
    out, rows = made
    assert all(500 <= r["chars"] <= 4000 for r in rows)
    assert len({r["chars"] // 500 for r in rows}) >= 4  # a spread of lengths, not one size
    for r in rows:
        if r["format"] == "txt":
            text = (out / r["path"]).read_text("utf-8").removeprefix("\ufeff")
            assert len(text.rstrip("\n")) == r["chars"]


def test_web_damage_of_the_genre(made) -> None:
    out, rows = made
    trad = [r for r in rows if r["script"] == "zh-Hant"]
    assert 0.1 * N <= len(trad) <= 0.32 * N
    texts = {r["n"]: _text(out, r) for r in rows if r["format"] in ("txt", "gb18030")}
    trad_texts = [t for n, t in texts.items() if rows[n]["script"] == "zh-Hant"]
    assert sum(bool(PINYIN.search(t)) for t in trad_texts) >= len(trad_texts) / 2
    assert any("監(jiān)" in t or "標(biāo)" in t for t in trad_texts)
    assert any(",," in t or "。," in t for t in texts.values())
    repeated = [t for t in texts.values() if _has_repeat(t)]
    assert len(repeated) >= len(texts) * 0.1
    trailers = [t for t in texts.values() if re.search(r"\n- .+…\(\d{4}-\d\d-\d\d\)", t)]
    assert len(trailers) >= len(texts) * 0.1


def test_actors_people_events_and_launches(made) -> None:
    out, rows = made
    allt = "\n".join(
        _text(out, r) for r in rows if r["format"] == "txt" and r["script"] == "zh-Hans"
    )
    assert allt.count("市场监管总局") + allt.count("国家市场监督管理总局") >= 20
    for word in ("市场监督管理局", "人民政府", "大学", "有限公司", "协会", "出席", "致辞"):
        assert word in allt, word
    assert re.search(r"(上线|发布|启动|签署|发起)", allt)
    assert re.search(r"20\d\d年[^，。]{2,30}(大会|论坛|活动|会议|开放日)", allt)
    assert re.search(r"(副局长|副省长|校长|院士|局长)[\u4e00-\u9fff]{2,3}[，出]", allt)


def test_cli_writes_the_corpus(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(BENCH / "corpus.py"),
            "--articles",
            "12",
            "--seed",
            "5",
            "-o",
            str(tmp_path / "cli"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "12 articles" in done.stderr
    assert _files(tmp_path / "cli") == _files(corpus.generate_corpus(12, 5, tmp_path / "lib"))


def _text(out: Path, row: dict) -> str:
    data = (out / row["path"]).read_bytes()
    return data.decode("gb18030" if row["format"] == "gb18030" else "utf-8-sig")


def _has_repeat(text: str) -> bool:
    paras = [p for p in text.splitlines()[1:] if len(p) > 30]
    return len(set(paras)) < len(paras)
