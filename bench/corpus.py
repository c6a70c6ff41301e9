"""Write a synthetic corpus of our genre: Chinese news about quality-infrastructure actors.

\b
Example:
  .venv/bin/python bench/corpus.py --articles 1000 --seed 7 -o /tmp/corpus

Deterministic for a seed (same seed, same bytes), streamed (one article in memory at a time).
Articles are 500–4,000 characters; about 20% traditional with pinyin annotations and
half-width or doubled punctuation; some paragraphs repeated; 40% with a related-news trailer.
Formats: txt (UTF-8, some with BOM), HTML pages, JSONL (up to 40 articles a file) and
GB18030-encoded txt, in folders of at most 1,000 files.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_render import Piece, damage, html, jsonl_row
from corpus_story import compose
from corpus_world import World, build_world

MIN_CHARS, MAX_CHARS = 500, 4000
FORMATS = ("txt", "html", "jsonl", "gb18030")
FORMAT_WEIGHTS = (45, 25, 15, 15)
JSONL_PER_FILE = 40


@dataclass(frozen=True)
class Entry:
    """One manifest line: where an article went and what it is."""

    n: int
    path: str
    format: str
    script: str
    chars: int
    title: str
    date: str


def _target(rng: random.Random) -> int:
    return int(min(3600, max(600, rng.lognormvariate(7.2, 0.5))))


def make_piece(n: int, seed: int, world: World) -> tuple[Piece, random.Random]:
    """Article n of the corpus of `seed`: its own RNG, so any article can be made alone."""
    rng = random.Random(f"article:{seed}:{n}")
    trad = rng.random() < 0.2
    target = _target(rng)
    for _ in range(8):  # re-roll until the damaged text fits the length range
        story = damage(compose(rng, world, target), rng, trad)
        piece = Piece(story, "zh-Hant" if trad else "zh-Hans", rng.random() < 0.3)
        size = len(piece.text())
        if MIN_CHARS <= size <= MAX_CHARS:
            return piece, rng
        target = int(target * (0.7 if size > MAX_CHARS else 1.3))
    raise RuntimeError(f"article {n}: could not fit {MIN_CHARS}-{MAX_CHARS} characters")


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _entries(n_articles: int, seed: int, out: Path, stack: ExitStack) -> Iterator[Entry]:
    world = build_world(seed)
    jsonl: IO[str] | None = None
    jsonl_count = 0
    for n in range(n_articles):
        piece, rng = make_piece(n, seed, world)
        fmt = rng.choices(FORMATS, FORMAT_WEIGHTS)[0]
        shard = f"{n // 1000:03d}"
        if fmt == "jsonl":
            if jsonl_count % JSONL_PER_FILE == 0:
                rel = f"jsonl/batch-{jsonl_count // JSONL_PER_FILE:05d}.jsonl"
                (out / rel).parent.mkdir(parents=True, exist_ok=True)
                if jsonl is not None:
                    jsonl.close()
                jsonl = stack.enter_context((out / rel).open("w", encoding="utf-8", newline="\n"))
            assert jsonl is not None
            jsonl.write(jsonl_row(piece, n, rng))
            jsonl_count += 1
        else:
            ext = "html" if fmt == "html" else "txt"
            rel = f"{fmt}/{shard}/a{n:07d}.{ext}"
            if fmt == "html":
                data = html(piece).encode("utf-8")
            elif fmt == "gb18030":
                data = (piece.text() + "\n").encode("gb18030")
            else:
                bom = b"\xef\xbb\xbf" if rng.random() < 0.05 else b""
                data = bom + (piece.text() + "\n").encode("utf-8")
            _write(out / rel, data)
        s = piece.story
        yield Entry(n, rel, fmt, piece.script, len(piece.text()), s.title, s.date)


def generate_corpus(
    n: int, seed: int, out_dir: str | Path, manifest: str | Path | None = None
) -> Path:
    """Write `n` articles for `seed` under `out_dir`; optionally a JSONL manifest (not inside
    out_dir unless you ask, so that `kg ingest out_dir` reads only articles). Returns out_dir."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        sink = stack.enter_context(Path(manifest).open("w", encoding="utf-8")) if manifest else None
        for entry in _entries(n, seed, out, stack):
            if sink is not None:
                sink.write(json.dumps(entry.__dict__, ensure_ascii=False) + "\n")
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, required=True, help="how many articles")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("-o", "--output", required=True, help="output directory")
    parser.add_argument("--manifest", help="also write one JSON line per article here")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    out = generate_corpus(args.articles, args.seed, args.output, args.manifest)
    secs = time.perf_counter() - start
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(
        f"{args.articles} articles, {size / 1e6:.1f} MB in {out} ({secs:.1f} s, "
        f"{args.articles / secs:.0f} articles/s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
