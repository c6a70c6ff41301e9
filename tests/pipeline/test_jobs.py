"""kg.pipeline with N processes gives what one process gives, in the same order: records,
errors and their line numbers, for files, JSON Lines files dealt in parts, and stdin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.pipeline import extract_paths, extract_records
from kg.pipeline.parts import Part, parts_of

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))[:12]]


def _jsonl(path: Path, texts: list[str]) -> Path:
    """Records with a blank line, a bad line, a non-object and CRLF endings among them."""
    rows = [
        json.dumps({"text": t, "url": f"u{i}"}, ensure_ascii=False) for i, t in enumerate(texts)
    ]
    rows[3:3] = ["", "{not json", "[1, 2]", "   "]
    path.write_bytes("\r\n".join(rows).encode("utf-8"))
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(_texts()[:5]):  # files before the big one: order across parts
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    _jsonl(folder / "b.jsonl", _texts())
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-binary.jsonl").write_bytes(b"\x00\x01\x02" * 4000)  # parts, but unreadable
    (folder / "e.txt").write_text(_texts()[0], encoding="utf-8")
    return folder


def _shown(results: list[object]) -> list[str]:
    return [f"error {r}" if isinstance(r, InputError) else str(r) for r in results]


def test_parts_are_dealt_for_big_json_lines_files_only(corpus: Path) -> None:
    parts = parts_of(str(corpus / "b.jsonl"), 1024)
    assert len(parts) > 10 and all(isinstance(p, Part) for p in parts)
    assert parts_of(str(corpus / "a0.txt"), 16) == [str(corpus / "a0.txt")]


def test_two_jobs_write_the_records_and_errors_of_one(corpus: Path, tmp_path: Path) -> None:
    paths = [str(corpus), str(tmp_path / "missing.txt")]
    one = _shown(list(extract_records(paths)))
    two = _shown(list(extract_records(paths, jobs=2, part_bytes=1024)))
    assert two == one
    errors = [line for line in one if line.startswith("error")]
    assert [e.split(": ", 1)[0].rsplit("/", 1)[-1] for e in errors] == [
        "b.jsonl:5", "b.jsonl:6", "c-empty.txt", "d-binary.jsonl", "missing.txt"
    ]  # fmt: skip
    assert len(one) == 5 + 12 + 1 + len(errors)


def test_two_jobs_give_equal_extractions(corpus: Path) -> None:
    one = list(extract_paths([str(corpus)]))
    two = list(extract_paths([str(corpus)], jobs=3, part_bytes=4096))
    assert len(two) == len(one)
    for a, b in zip(one, two, strict=True):
        if isinstance(a, InputError):
            assert isinstance(b, InputError) and str(b) == str(a)
        else:
            assert b == a and b.article.offsets is None  # offset maps stay in the workers


def test_stdin_is_dealt_out_too(tmp_path: Path) -> None:
    data = _jsonl(tmp_path / "in.jsonl", _texts()[:6]).read_bytes()
    runs = [
        CliRunner().invoke(main, ["extract", "-", "-q", "--jobs", jobs], input=data)
        for jobs in ("1", "2")
    ]
    assert runs[0].exit_code == runs[1].exit_code == 1
    assert runs[1].stdout == runs[0].stdout and len(runs[0].stdout.splitlines()) == 6
    assert runs[1].stderr == runs[0].stderr and "-:5: invalid JSON" in runs[0].stderr


def test_progress_counts_every_input_once(corpus: Path, tmp_path: Path) -> None:
    from kg.ingest import expand_inputs
    from kg.pipeline import clean_lines, clean_record_line, map_articles

    items = list(expand_inputs([str(corpus), str(tmp_path / "missing.txt")]))
    assert len(items) == 10
    runs: list[list[int]] = [[], [], []]
    one = _shown(list(clean_lines(items, done=runs[0].append)))
    assert _shown(list(clean_lines(items, jobs=2, done=runs[1].append))) == one
    parts = map_articles(
        items, clean_record_line, str, jobs=2, part_bytes=1024, done=runs[2].append
    )
    assert _shown(list(parts)) == one
    assert [sum(run) for run in runs] == [len(items)] * 3
    assert runs[0] == [1] * len(items) and len(runs[2]) > 2  # as they finish, not at the end
