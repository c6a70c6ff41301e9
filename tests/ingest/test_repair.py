"""Inline repairs, line selection, dates and encoding detection, one behaviour each."""

from __future__ import annotations

import pytest

from kg.ingest import clean_text
from kg.ingest.dates import article_date
from kg.ingest.decode import decode
from kg.ingest.links import parse_link


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("市场监(jiān)管总局", "市场监管总局"),
        ("创(chuàng )新", "创新"),  # a stray space inside
        ("质量（zhì liàng）发展", "质量发展"),  # full-width parens, two syllables
        ("发(fā)展(zhǎn)", "发展"),
        ("好的(de)", "好的"),  # neutral tone, no mark
        ("监(jiān)(jiān)管", "监管"),  # doubled annotation
    ],
)
def test_pinyin_annotations_removed(damaged: str, repaired: str) -> None:
    assert clean_text(damaged).text == repaired


@pytest.mark.parametrize(
    "genuine",
    [
        "（记者张林保）",
        "国际标准化组织（ISO）",
        "各省（厅、委）",
        "发布（2025-03-14）",
        "附件（a）",
    ],
)
def test_genuine_parentheses_stay(genuine: str) -> None:
    half = genuine.replace("（", "(").replace("）", ")")
    assert clean_text(half).text == genuine


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("9月19日,由总局主办", "9月19日，由总局主办"),
        ("指出:要加强;是否?是!", "指出：要加强；是否？是！"),
        ("会议召开，，代表发言。，", "会议召开，代表发言。"),
        ("会议召开,,代表发言", "会议召开，代表发言"),
        ("ISO 9001,2015 and 10:30", "ISO 9001,2015 and 10:30"),  # no Chinese context
    ],
)
def test_punctuation(damaged: str, repaired: str) -> None:
    assert clean_text(damaged, first_line_title=False).text == repaired


def test_furniture_repeats_and_trailer() -> None:
    text = "\n".join([
        "您当前的位置：首页 > 新闻",
        "标题在这里",
        "发布时间：2024-05-20 09:00  来源：国家市场监督管理总局  浏览次数：12",
        "第一段内容，市场监管总局发布通知。",
        "第一段内容，市场监管总局发布通知。",
        "第二段(duàn)内容，计量院启动活动。",
        "第二段内容，计量院启动活动。",
        "相关新闻",
        "- 人民网发布：另一条新闻…(2025-03-14)",
        "又一条新闻 2024-09-20",
    ])  # fmt: skip
    cleaned = clean_text(text)
    assert (
        cleaned.text
        == "标题在这里\n第一段内容，市场监管总局发布通知。\n第二段内容，计量院启动活动。"
    )
    assert cleaned.title == "标题在这里"
    assert (cleaned.date, cleaned.publisher) == ("2024-05-20", "国家市场监督管理总局")
    assert [(x.publisher, x.title, x.date) for x in cleaned.links] == [
        ("人民网", "另一条新闻…", "2025-03-14"),
        (None, "又一条新闻", "2024-09-20"),
    ]


def test_body_sentence_ending_in_date_is_not_a_link() -> None:
    assert parse_link("会议决定于2024-09-20召开。") is None
    assert parse_link("正文很长" * 50 + "2024-09-20") is None


def test_traditional_script_and_simplified_text() -> None:
    cleaned = clean_text("國家市場監督管理總局發布新規定")
    assert cleaned.script == "zh-Hant" and cleaned.text == "国家市场监督管理总局发布新规定"
    assert clean_text("国家市场监督管理总局发布新规定").script == "zh-Hans"
    assert clean_text("SAMR issued new rules on metrology.").script == "en"


@pytest.mark.parametrize(
    ("meta", "byline", "title", "text", "expected"),
    [
        ("2024-09-02T10:00:00+08:00", None, None, "", "2024-09-02"),
        (None, "2024/9/3 10:00", None, "", "2024-09-03"),
        (None, None, "2024年9月4日会议召开", "", "2024-09-04"),
        (None, None, "会议召开", "2023年5月20日，活动举行。", "2023-05-20"),
        (None, None, "2024年全国开放日活动启动", "9月19日，活动举行。", "2024-09-19"),
        (None, None, "活动启动", "9月19日，活动举行。", None),  # no year anywhere
        (None, None, None, "2024年2月30日有误，2024年3月1日举行", "2024-03-01"),
    ],
)
def test_article_date(meta, byline, title, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert article_date(meta, byline, title, text) == expected


SHORT_TEXTS = [
    "市场监管总局发布新标准",
    "國家認監委主任蒲淳出席活動並致辭",
    "检验检测机构开放日活动在湖北武汉启动",
    "香港認可處舉辦世界認可日研討會",
    "中國計量科學研究院",
    "世界計量日",
    "中国消费者协会",
]


@pytest.mark.parametrize("text", SHORT_TEXTS)
@pytest.mark.parametrize("encoding", ["gb18030", "big5", "utf-8", "utf-16", "utf-8-sig"])
def test_short_texts_decode_right(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip("not representable")
    assert decode(data, "x") == text


def test_bare_year_in_title_dates_the_day() -> None:
    title = "2025中国（拉萨）计量论坛在拉萨开幕"
    assert article_date(None, None, title, "10月14日上午，论坛举行。") == "2025-10-14"
    assert article_date(None, None, "标准2025-3", "10月14日，论坛举行。") is None
