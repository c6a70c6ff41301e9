"""The source outlet (来源) of an HTML page: kept as metadata although its byline is
furniture that main-text extraction drops."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from kg.cli import main
from kg.ingest.html import parse_page
from tests.ingest.conftest import EXAMPLES

BODY = (
    "<div class='content'><p>9月2日，全国质量月活动启动仪式在北京举行，各地同步开展活动。</p></div>"
)


def _page(head: str = "", byline: str = "") -> str:
    return f"<html><head>{head}</head><body><h1>质量月活动启动</h1>{byline}{BODY}</body></html>"


def test_byline_publisher_outside_the_main_text() -> None:
    page = parse_page(
        _page(byline="<div class='info'>发布时间：2024-09-02　来源：市场监管总局</div>")
    )
    assert page.publisher == "市场监管总局"
    assert all("来源" not in line for line in page.lines)


def test_byline_publisher_inside_tags_and_traditional() -> None:
    byline = "<div class='info'><span>來源：</span><a href='/'>經濟日報</a></div>"
    assert parse_page(_page(byline=byline)).publisher == "经济日报"


def test_meta_publisher_wins_over_byline() -> None:
    head = "<meta name='ContentSource' content='中国质量报'>"
    byline = "<div class='info'>来源：示例网</div>"
    assert parse_page(_page(head, byline)).publisher == "中国质量报"


def test_no_publisher() -> None:
    head = "<meta name='source' content='https://example.com/'>"  # a URL is not an outlet
    assert parse_page(_page(head)).publisher is None


def test_example_page_record_has_its_publisher() -> None:
    path = EXAMPLES / "02-quality-month-2024.html"
    named = re.search(r"来源：([^\s<]+)", path.read_text(encoding="utf-8"))
    assert named is not None
    result = CliRunner().invoke(main, ["clean", str(path)])
    assert result.exit_code == 0
    article = json.loads(result.stdout)["article"]
    assert article["publisher"] == named.group(1)
    assert "来源" not in article["text"]
