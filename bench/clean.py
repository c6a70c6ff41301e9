"""Cleaning throughput beside plain reading and decoding of the same files, in one run.

\b
Examples:
  .venv/bin/python bench/clean.py                      # generates ~52 MB (10,000 articles)
  .venv/bin/python bench/clean.py --corpus /tmp/corpus # an existing corpus (bench/corpus.py)

Prints MB/s for read+decode (bytes → str, encoding detection included) and for the full
clean (kg.ingest.read_articles: formats, HTML extraction, repairs, t2s, lines, links, dates,
ids, offset maps), and their ratio; target: cleaning costs at most 3× reading and decoding.
Both passes run on a warm page cache.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.decode import decode
from kg.ingest.html import declared_charset
from kg.ingest.read import HTML_SUFFIXES, expand_inputs, read_bytes

MAX_BYTES = 1 << 30
TARGET_RATIO = 3.0


def _files(corpus: Path) -> list[str]:
    return [f for f in expand_inputs([str(corpus)]) if isinstance(f, str)]


def read_and_decode(files: list[str]) -> int:
    """Bytes → text for every file, exactly as read_articles decodes them; returns bytes."""
    total = 0
    for name in files:
        data = read_bytes(name, MAX_BYTES)
        html = Path(name).suffix.lower() in HTML_SUFFIXES
        decode(data, name, declared_charset(data) if html else None)
        total += len(data)
    return total


def clean_all(corpus: Path) -> tuple[int, int, int]:
    """(articles, errors, clean chars) for the whole corpus."""
    articles = errors = chars = 0
    for item in read_articles([str(corpus)], max_bytes=MAX_BYTES):
        if isinstance(item, InputError):
            errors += 1
        else:
            articles += 1
            chars += len(item.text)
    return articles, errors, chars


def _timed[T](fn: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def run(corpus: Path, repeat: int) -> float:
    files = _files(corpus)
    size = read_and_decode(files)  # warm the page cache and the decoder tables
    list(read_articles(files[:20]))  # warm OpenCC and the traditional-char class
    read_s = min(_timed(lambda: read_and_decode(files))[0] for _ in range(repeat))
    clean_s, (articles, errors, chars) = min(
        _timed(lambda: clean_all(corpus)) for _ in range(repeat)
    )
    mb = size / 1e6
    print(
        f"corpus: {corpus} ({len(files)} files, {mb:.1f} MB, {articles} articles, {errors} errors)"
    )
    print(f"read+decode: {read_s:6.2f} s  {mb / read_s:7.1f} MB/s")
    rate = f"{articles / clean_s:.0f} articles/s, {chars / 1e6:.1f} M clean chars"
    print(f"clean:       {clean_s:6.2f} s  {mb / clean_s:7.1f} MB/s  ({rate})")
    ratio = clean_s / read_s
    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
    print(f"ratio clean / read+decode: {ratio:.2f}x ({verdict} the target of {TARGET_RATIO:.0f}x)")
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, help="an existing corpus directory")
    parser.add_argument(
        "--articles", type=int, default=10_000, help="articles to generate (default 10000, ~52 MB)"
    )
    parser.add_argument(
        "--min-mb", type=float, default=50.0, help="refuse a smaller corpus (default 50)"
    )
    parser.add_argument("--repeat", type=int, default=1, help="timed passes; the fastest counts")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-bench-clean-") as tmp:
        corpus = args.corpus
        if corpus is None:
            from corpus import generate_corpus  # bench/corpus.py

            corpus = generate_corpus(args.articles, 1, Path(tmp) / "corpus")
        size = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
        if size < args.min_mb * 1e6:
            print(f"corpus is {size / 1e6:.1f} MB, under --min-mb {args.min_mb}", file=sys.stderr)
            return 2
        run(corpus, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
