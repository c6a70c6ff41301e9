"""Web damage and file formats: traditional script with pinyin annotations, half-width and
doubled punctuation, repeated paragraphs, and txt / HTML / JSONL / GB18030 renderings."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from corpus_story import Story
from corpus_world import load


@dataclass(frozen=True)
class Piece:
    """A story as it will be written: already damaged, in its final script."""

    story: Story
    script: str  # zh-Hans | zh-Hant
    meta_line: bool  # a 发布时间/来源 line under the title (txt)

    def lines(self) -> list[str]:
        s = self.story
        head = [s.title]
        if self.meta_line:
            head.append(f"发布时间：{s.date} {s.time}  来源：{s.publisher}")
        return head + list(s.paragraphs) + list(s.related)

    def text(self) -> str:
        return "\n".join(self.lines())


@cache
def _s2t() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


@cache
def _pinyin() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {str(k): str(v) for k, v in load("pinyin").items()}
    conv = _s2t().convert
    both = {**table, **{conv(k): v for k, v in table.items()}}
    return re.compile("[" + "".join(both) + "]"), both


def traditional(story: Story) -> Story:
    # one call for the whole story: OpenCC converts line by line and keeps the newlines
    lines = [story.title, story.publisher, *story.paragraphs, *story.related]
    out = _s2t().convert("\n".join(lines)).split("\n")
    k = len(story.paragraphs)
    return replace(
        story,
        title=out[0],
        publisher=out[1],
        paragraphs=tuple(out[2 : 2 + k]),
        related=tuple(out[2 + k :]),
    )


def annotate(text: str, rng: random.Random, rate: float) -> str:
    """'監管' → '監(jiān)管' for some characters; now and then with a stray space '(chuàng )'."""
    pattern, table = _pinyin()

    def sub(m: re.Match[str]) -> str:
        if rng.random() >= rate:
            return m.group(0)
        space = " " if rng.random() < 0.05 else ""
        return f"{m.group(0)}({table[m.group(0)]}{space})"

    return pattern.sub(sub, text)


def punctuate(text: str, rng: random.Random, half: bool) -> str:
    """Half-width commas and colons, and a few doubled marks (',,' and '。,')."""
    if half:
        text = text.replace("，", ",").replace("：", ":")
    comma = "," if half else "，"
    parts = text.split(comma)
    if len(parts) > 3:
        for _ in range(rng.randint(0, 2)):
            i = rng.randrange(len(parts) - 1)
            parts[i] += comma
    text = comma.join(parts)
    if rng.random() < 0.3:
        text = text.replace("。", "。,", 1)
    return text


def damage(story: Story, rng: random.Random, trad: bool) -> Story:
    paras = list(story.paragraphs)
    roll = rng.random()
    if roll < 0.15:
        paras = paras + paras  # every paragraph twice, as in the seed article
    elif roll < 0.3:
        i = rng.randrange(len(paras))
        paras.insert(i + 1, paras[i])
    if trad:
        story = traditional(replace(story, paragraphs=tuple(paras)))
        paras = list(story.paragraphs)
    rate = rng.choice((0.0, 0.3, 0.6)) if trad else 0.0
    half = (trad and rng.random() < 0.7) or rng.random() < 0.05
    if rate or half or rng.random() < 0.2:
        paras = [punctuate(annotate(p, rng, rate), rng, half) for p in paras]
        story = replace(story, title=annotate(story.title, rng, rate))
    return replace(story, paragraphs=tuple(paras))


NAV = ("首页", "机构概况", "新闻中心", "政务公开", "办事服务", "互动交流", "专题专栏")


def html(piece: Piece) -> str:
    s = piece.story
    paras = "\n".join(f"  <p>{_esc(p)}</p>" for p in s.paragraphs)
    links = "\n".join(f"    <li>{_esc(r)}</li>" for r in s.related)
    nav = "".join(f'<a href="/{i}/">{n}</a>' for i, n in enumerate(NAV))
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_esc(s.title)}_{_esc(s.publisher)}</title>\n"
        f'<meta name="PubDate" content="{s.date} {s.time}">\n'
        "<style>body{font-family:sans-serif}</style>\n"
        "<script>var _hmt = _hmt || [];</script>\n</head>\n<body>\n"
        f'<div class="nav">{nav}</div>\n'
        '<div class="breadcrumb">您当前的位置：<a href="/">首页</a> &gt; '
        '<a href="/xw/">新闻中心</a> &gt; 工作动态</div>\n'
        f'<div class="article">\n  <h1>{_esc(s.title)}</h1>\n'
        f'  <div class="info">发布时间：{s.date} {s.time}　来源：{_esc(s.publisher)}　'
        "【字体：大 中 小】</div>\n"
        f'  <div class="content">\n{paras}\n  </div>\n</div>\n'
        + (
            f'<div class="related">\n  <h3>相关新闻</h3>\n  <ul>\n{links}\n  </ul>\n</div>\n'
            if s.related
            else ""
        )
        + '<div class="footer">版权所有 主办单位：本站 '
        "网站标识码 bm00000000 ICP备00000000号</div>\n"
        "</body>\n</html>\n"
    )


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def jsonl_row(piece: Piece, n: int, rng: random.Random) -> str:
    s = piece.story
    body = "\n".join(list(s.paragraphs) + list(s.related))
    key = "content" if rng.random() < 0.6 else "text"
    row = {
        "id": n,
        "title": s.title,
        "date": f"{s.date} {s.time}",
        "source": s.publisher,
        "url": f"news/{s.date[:4]}/{n:08d}.html",
        key: body,
    }
    return json.dumps(row, ensure_ascii=False) + "\n"
