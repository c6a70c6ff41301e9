"""bench/clean.py on a tiny corpus: both passes and the skeleton floor see every article, and
the report prints the ratios the cleaning target is judged by (timings are not asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import clean  # noqa: E402
import clean_floor  # noqa: E402
import corpus  # noqa: E402


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus.generate_corpus(40, 3, tmp_path_factory.mktemp("bench") / "corpus")


def test_skeleton_sees_every_document(small_corpus: Path) -> None:
    articles, errors, _chars = clean.clean_all(small_corpus)
    assert errors == 0
    files = clean._files(small_corpus)
    assert clean_floor.skeleton_clean(files, clean.MAX_BYTES) == articles == 40


def test_report_gives_every_ratio(small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--corpus", str(small_corpus), "--min-mb", "0", "--repeat", "1", "--floor"]
    assert clean.main([*argv, "--jobs", "2"]) == 0
    out = capsys.readouterr().out
    assert "40 articles, 0 errors" in out
    for line in (
        "ratio clean / read+decode (wall)",
        "ratio floor (bench/clean_floor.py, nothing repaired) / read+decode (wall)",
        "ratio clean / floor (wall)",
        "2 processes: ratio clean --jobs 2 (wall)",
    ):
        assert line in out


def test_refuses_a_corpus_under_the_minimum(small_corpus: Path) -> None:
    assert clean.main(["--corpus", str(small_corpus), "--min-mb", "1000"]) == 2
