"""kg clean --jobs N: the same records, errors, order and exit status as one process."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from kg.cli import main
from tests.ingest.conftest import EXAMPLES

STDIN = "质量月活动启动\n9月1日，市场监管总局在北京启动2024年全国质量月活动。\n".encode()


def _mixed_dir(tmp_path: Path) -> Path:
    """The example articles (text, HTML, JSON Lines, GB18030, Big5) among bad files."""
    root = tmp_path / "in"
    shutil.copytree(EXAMPLES, root / "examples")
    (root / "bad").mkdir()
    (root / "bad" / "binary.txt").write_bytes(b"\x00\x01PK\x03\x04" + bytes(range(256)))
    (root / "bad" / "empty.txt").write_bytes(b"")
    (root / "bad" / "lines.jsonl").write_text(
        '{"text": "国家市场监督管理总局召开会议，部署认证认可工作。"}\nnot json\n{"title": "x"}\n',
        encoding="utf-8",
    )
    return root


def _clean(jobs: int, *paths: str) -> Result:
    return CliRunner().invoke(main, ["clean", "--jobs", str(jobs), *paths], input=STDIN)


def test_jobs_2_matches_jobs_1(tmp_path: Path) -> None:
    root = _mixed_dir(tmp_path)
    paths = (str(root / "examples"), "-", str(root / "bad"), str(tmp_path / "missing.txt"))
    one, two = _clean(1, *paths), _clean(2, *paths)
    assert one.exit_code == two.exit_code == 1
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    errors = one.stderr.splitlines()
    assert [e.split(": ")[2].rsplit("/", 1)[-1] for e in errors[:-1]] == [
        "binary.txt",
        "empty.txt",
        "lines.jsonl:2",
        "lines.jsonl:3",
        "missing.txt",
    ]
    records = one.stdout.splitlines()
    assert len(records) >= 12 and "全国质量月活动" in records[-2]  # stdin's, in its place
    assert errors[-1] == f"kg clean: {len(records)} articles, 5 failed"


def test_jobs_with_output_file(tmp_path: Path) -> None:
    out = tmp_path / "clean.jsonl"
    result = CliRunner().invoke(main, ["clean", "-q", "-j", "2", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 0 and result.stderr == ""
    assert out.read_text(encoding="utf-8") == _clean(1, str(EXAMPLES)).stdout
