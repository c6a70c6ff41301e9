"""Property tests: the cleaner never raises, is idempotent, and its offsets stay inside."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ingest import RawDoc, build_article, clean_text
from kg.ingest.runs import to_starts
from kg.models import Article
from tests.ingest.conftest import t2s_at

# text that looks like damaged Chinese pages: hanzi (both scripts), pinyin, punctuation,
# furniture words, dates, newlines, plus arbitrary unicode
_PIECES = st.sampled_from(
    [
        *"市场监管總局發展检验检測标準质量計量的了中国",
        "(jiān)", "（guǎn）", "(chuàng )", "(de)", "(ISO)", "(记者张林保)", ",", "，", "。",
        ":", ";", "?", "!", "(", ")", "，，", "。,", "\n", "\r\n", " ", "\u3000", "- ",
        "2025-03-14", "(2025-03-14)", "9月19日", "2024年", "发布时间：", "来源：",
        "新华网发布:", "首页 > ", "相关新闻", "…", "“", "”",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=200), st.lists(_PIECES | st.text(max_size=3), max_size=60).map("".join)
)
SETTINGS = settings(
    max_examples=int(os.environ.get("KG_HYPOTHESIS_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@SETTINGS
@given(TEXTS, st.booleans())
def test_never_raises_and_idempotent(text: str, first_line_title: bool) -> None:
    once = clean_text(text, first_line_title=first_line_title)
    twice = clean_text(once.text, first_line_title=first_line_title)
    assert twice.text == once.text


@SETTINGS
@given(TEXTS)
def test_offsets_inside_original_and_consistent(text: str) -> None:
    cleaned = clean_text(text)
    starts = to_starts(cleaned.runs, len(text))
    assert len(starts) == len(cleaned.text) + 1
    assert all(0 <= s < len(text) for s in starts[:-1])
    assert list(starts) == sorted(starts)
    for s, c in zip(starts, cleaned.text, strict=False):
        if c != "\n" and not c.isspace():  # kept chars map to themselves (modulo t2s/width)
            source = text[s]
            assert c in t2s_at(text, s) or (source in ",:;?!()" and ord(c) > 0xFF00)


@SETTINGS
@given(TEXTS)
def test_build_article_never_raises(text: str) -> None:
    result = build_article(RawDoc(source="x", original=text, text=text))
    if isinstance(result, Article):
        assert result.offsets is not None and result.offsets.starts[-1] == len(text)
        assert result.id.startswith("art-") and len(result.id) == 20


_HTML_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<div class='nav'>", "</div>", "<h1>", "</h1>", "<script>", "</script>",
        "<li>", "<ul class='related'>", "</ul>", "&nbsp;", "&gt;", "\n", "市场监管", "(jiān)",
        "2024-09-19", "<br>", "<!-- c -->", "<title>", "</title>", "<?xml version='1.0'?>",
        "\x00", "\ue000",
    ]
)  # fmt: skip


@SETTINGS
@given(st.lists(_HTML_PIECES | st.text(max_size=4), max_size=40).map("".join))
def test_html_pages_never_raise_and_map_into_the_page(page: str) -> None:
    from kg.ingest.formats import html_doc

    doc = html_doc("x.html", page)
    if isinstance(doc, RawDoc):
        article = build_article(doc)
        if isinstance(article, Article):
            assert article.offsets is not None
            assert all(0 <= s < len(page) for s in list(article.offsets.starts)[:-1])


@SETTINGS
@given(st.binary(max_size=300), st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.json", "a"]))
def test_any_bytes_give_articles_or_input_errors(data: bytes, name: str) -> None:
    from kg.errors import InputError
    from kg.ingest.read import docs_from_bytes

    for doc in docs_from_bytes(name, data):
        result = doc if isinstance(doc, InputError) else build_article(doc)
        assert isinstance(result, Article | InputError)
