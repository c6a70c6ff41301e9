"""bench/run.py's stage runner on a tiny corpus: the baseline stage counts every article and
the table reports ratios against the baseline (the full benchmark is not run in tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402
import run  # noqa: E402


def test_read_stage_counts_every_article(tmp_path: Path) -> None:
    corpus.generate_corpus(30, 4, tmp_path / "corpus")
    done = subprocess.run(
        [sys.executable, str(BENCH / "run_stages.py"), "read", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout)
    assert result["items"] == 30
    assert result["bytes"] == sum(
        p.stat().st_size for p in (tmp_path / "corpus").rglob("*") if p.is_file()
    )


def test_table_shows_rates_and_ratios() -> None:
    stages = [
        run.Stage("read", 100, "articles", 2_000_000, 0.5, 20.0),
        run.Stage("clean", 100, "articles", 2_000_000, 1.0, 40.0, baseline="read"),
    ]
    text = run.table(stages, markdown=True)
    assert "| clean | 100 articles | 1.0 | 100 | 2.0 | 40 | 2.0× read |" in text
