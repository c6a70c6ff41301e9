"""The shipped example articles: every one cleans, in every encoding and format."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main
from kg.ingest import read_articles
from kg.models import Article
from tests.ingest.conftest import DATA, EXAMPLES, check_offsets


def _by_name() -> dict[str, Article]:
    out = {}
    for item in read_articles([str(EXAMPLES)]):
        assert isinstance(item, Article), item
        out[item.source.rsplit("/", 1)[-1]] = item
    return out


def test_examples_all_clean() -> None:
    articles = _by_name()
    assert len(articles) >= 10
    assert len({a.id for a in articles.values()}) == len(articles)
    for article in articles.values():
        assert article.title and article.date, article.source
        assert "(" not in article.text or "ISO" in article.text
        check_offsets(article)
    scripts = {a.script for a in articles.values()}
    assert scripts == {"zh-Hans", "zh-Hant"}


def test_encodings_decoded() -> None:
    articles = _by_name()
    assert (
        articles["03-zhejiang-open-day.gb18030.txt"].title
        == "浙江省检验检测机构开放日活动在杭州启动"
    )
    big5 = articles["04-hong-kong-accreditation-day.big5.txt"]
    assert big5.title == "香港认可处举办世界认可日研讨会" and big5.script == "zh-Hant"
    assert articles["11-guangdong-metrology-day.utf16.txt"].date == "2024-05-20"


def test_html_furniture_and_related_list() -> None:
    page = _by_name()["02-quality-month-2024.html"]
    assert page.title == "2024年全国“质量月”活动启动" and page.date == "2024-09-02"
    for junk in (
        "首页",
        "您当前的位置",
        "发布时间",
        "浏览次数",
        "统计代码",
        "版权所有",
        "相关新闻",
    ):
        assert junk not in page.text
    assert page.text.startswith("2024年全国“质量月”活动启动\n9月2日，由国家市场监督管理总局")
    assert [(x.date, x.url) for x in page.links] == [
        ("2024-08-28", "https://example.com/news/1001.html"),
        ("2024-09-03", "https://example.com/news/1002.html"),
    ]


def test_jsonl_two_articles() -> None:
    result = CliRunner().invoke(
        main, ["clean", str(EXAMPLES / "08-accreditation-and-certification.jsonl")]
    )
    assert result.exit_code == 0
    records = [json.loads(line)["article"] for line in result.stdout.splitlines()]
    assert [r["date"] for r in records] == ["2024-06-09", "2013-11-19"]
    assert records[0]["source"] == "https://example.com/cnas/2024-06-09.html"
    assert records[1]["text"].startswith("全国合格评定机构认可工作会议在杭州召开\n")


def test_same_story_gb18030_and_html() -> None:
    """Done-when: the same article as GB18030 text and as (GBK) HTML gives the same text."""
    txt, html = (
        next(iter(read_articles([str(DATA / name)])))
        for name in ("same-story.gb18030.txt", "same-story.html")
    )
    assert isinstance(txt, Article) and isinstance(html, Article)
    assert txt.text == html.text and txt.id == html.id
    assert "（国家标准化管理委员会）" in txt.text and "jiān" not in txt.text
    assert html.date == "2024-09-26" and txt.title == html.title
    check_offsets(txt)
    check_offsets(html)
    assert html.offsets is not None and "<p>" in html.offsets.original  # maps into the page


def test_offset_map_round_trip_and_pickle() -> None:
    import pickle

    for article in _by_name().values():
        offsets = article.offsets
        assert offsets is not None
        for i in range(0, len(article.text), 7):
            back = offsets.to_clean(offsets.starts[i])
            assert back <= i and offsets.starts[back] == offsets.starts[i]
        copy = pickle.loads(pickle.dumps(article))  # articles cross process boundaries
        assert copy.offsets is not None and list(copy.offsets.starts) == list(offsets.starts)


def test_html_date_never_from_related_list(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><div class='content'><p>9月19日，市场监管总局在北京举行活动。</p>"
        "<p>2024年，各地开展检验检测机构开放日。</p></div>"
        "<ul class='related-news'><li><a href='/x'>旧闻</a><time datetime='2020-01-02'>"
        "2020-01-02</time></li></ul></body></html>",
        encoding="utf-8",
    )
    article = next(iter(read_articles([str(page)])))
    assert isinstance(article, Article)
    assert article.date == "2024-09-19" and article.links[0].date == "2020-01-02"
