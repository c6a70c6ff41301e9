"""Furniture lines are dropped in every form, including behind the first-char pre-check."""

from __future__ import annotations

import pytest

from kg.ingest.lines import _FURNITURE, _FURNITURE_FIRST, _LABELS, select_lines

BODY = "国家市场监督管理总局今天在北京召开全国质量工作会议，部署下一阶段工作。"
FORMS = [
    *(f"{prefix}{label}：示例" for label in _LABELS.split("|") for prefix in ("", "【", "[")),
    "2024-09-19 10:00 来源：市场监管总局",
    "1999年9月19日 作者：张三",
    "您当前的位置：首页 > 新闻",
    "你的位置: 首页",
    "现在位置：新闻",
    "所在位置：新闻",
    "首页 > 新闻 > 工作动态",
    "首页&gt;新闻",
    "【打印】【关闭窗口】",
    "[返回顶部]",
    "收藏 分享到",
]


@pytest.mark.parametrize("line", FORMS)
def test_furniture_form_is_dropped(line: str) -> None:
    assert _FURNITURE.match(line), line  # the form is furniture by the pattern
    assert line[0] in _FURNITURE_FIRST
    kept = select_lines(f"{BODY}\n{line}\n{BODY}。", first_line_title=False)
    assert kept.text.split("\n") == [BODY, f"{BODY}。"]
