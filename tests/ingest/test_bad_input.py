"""Bad inputs: one stderr line each naming the file (and line), the rest still written, exit 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.cli.options import DEFAULT_MAX_BYTES
from kg.ingest import DEFAULT_MAX_BYTES as INGEST_MAX_BYTES

GOOD = "质量月活动启动\n9月1日，市场监管总局在北京启动2024年全国质量月活动。\n"


def _run(*args: str, stdin: bytes | None = None) -> tuple[int, list[dict], list[str]]:
    result = CliRunner().invoke(main, ["clean", "-q", *args], input=stdin)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return result.exit_code, records, result.stderr.splitlines()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\r\n\t ", "only whitespace"),
        ("nul.txt", b"\x00\x01PK\x03\x04" + bytes(range(256)), "binary"),
        ("controls.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 30 + b"abc", "binary"),
        ("garbage.txt", b"\x80\xff\xfe\x81" * 40, "cannot decode"),
        ("bad-bom.txt", b"\xef\xbb\xbf\xff\xfe\xfa", "utf-8-sig BOM"),
    ],
)
def test_bad_file_reported_others_processed(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    bad, good = tmp_path / name, tmp_path / "good.txt"
    bad.write_bytes(content)
    good.write_text(GOOD, encoding="utf-8")
    code, records, errors = _run(str(bad), str(good))
    assert code == 1
    assert len(errors) == 1 and str(bad) in errors[0] and reason in errors[0]
    assert "Traceback" not in errors[0]
    assert len(records) == 1 and records[0]["article"]["source"] == str(good)


def test_size_limit(tmp_path: Path) -> None:
    big, good = tmp_path / "big.txt", tmp_path / "good.txt"
    big.write_text(GOOD * 100, encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    code, records, errors = _run("--max-bytes", "1000", str(big), str(good))
    assert code == 1 and len(records) == 1
    assert str(big) in errors[0] and "size limit of 1000 bytes" in errors[0]
    assert DEFAULT_MAX_BYTES == INGEST_MAX_BYTES == 20 * 1024 * 1024


def test_jsonl_bad_line_names_line_and_continues(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"title": "第一篇", "text": "市场监管总局发布新标准。"}, ensure_ascii=False),
        '{"title": "broken", "text": ',
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "无正文"}, ensure_ascii=False),
        json.dumps({"text": "中国计量科学研究院举办开放日活动。"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, records, errors = _run(str(path))
    assert code == 1 and len(records) == 2
    assert [e.split(": ", 3)[2] for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "invalid JSON" in errors[0] and "not a JSON object" in errors[1]
    assert "no text field" in errors[2]
    assert records[1]["article"]["source"] == f"{path}:5"


def test_missing_path_and_empty_glob(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    code, records, errors = _run(str(tmp_path / "nope.txt"), str(tmp_path / "*.html"), str(good))
    assert code == 1 and len(records) == 1
    assert "nope.txt: no such file or directory" in errors[0]
    assert "no file matches" in errors[1]


def test_all_good_exits_zero_with_dirs_globs_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub" / "notes.csv").write_text("x,y\n", encoding="utf-8")  # not an article
    (tmp_path / "b.htm").write_text(f"<html><body><p>{GOOD}</p></body></html>", encoding="utf-8")
    code, records, errors = _run(
        str(tmp_path / "sub"), str(tmp_path / "*.htm"), "-", stdin=GOOD.encode("gb18030")
    )
    assert code == 0 and errors == []
    assert [r["article"]["source"] for r in records] == [
        str(tmp_path / "sub" / "a.txt"), str(tmp_path / "b.htm"), "-",
    ]  # fmt: skip
    assert records[0]["article"]["id"] == records[2]["article"]["id"]  # same story, same id


def test_summary_on_stderr_unless_quiet(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["clean", str(good)])
    assert result.exit_code == 0 and "1 articles, 0 failed" in result.stderr
    assert result.stdout.count("\n") == 1


def test_read_bytes_limit_is_exact_and_files_that_grew_are_read_whole(tmp_path: Path) -> None:
    from kg.errors import InputError
    from kg.ingest.read import read_bytes

    exact = tmp_path / "exact.txt"
    exact.write_bytes(b"x" * 100)
    assert read_bytes(str(exact), 100) == b"x" * 100
    with pytest.raises(InputError, match="over the size limit of 99 bytes"):
        read_bytes(str(exact), 99)
    status = Path("/proc/self/status")  # stat says 0 bytes: the content is all "growth"
    if not status.is_file():
        pytest.skip("no /proc")
    data = read_bytes(str(status), 1_000_000)
    assert data.startswith(b"Name:") and len(data) > 100
    with pytest.raises(InputError, match="input is over the size limit of 10 bytes"):
        read_bytes(str(status), 10)


def test_lone_surrogates_in_json_fields_are_replaced_not_fatal(tmp_path: Path) -> None:
    # a JSON escape may encode half a surrogate pair: OpenCC and the writer refuse those
    records = [
        '{"title": "\\ud800國家", "text": "國家市場監督管理總局召開會議，部署認證認可工作。"}',
        '{"url": "http://x/\\udc00", "text": "國家市場監督管理總局召開會議。"}',
    ]
    path = tmp_path / "surrogates.jsonl"
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    code, out, err = _run(str(path))
    assert code == 0 and err == []
    assert out[0]["article"]["title"] == "\ufffd国家"
    assert out[0]["article"]["text"].startswith("\ufffd国家\n国家市场监督管理总局")
    assert out[1]["article"]["source"] == "http://x/\ufffd"
