"""Cleaning throughput beside plain reading and decoding of the same files, in one run.

\b
Examples:
  .venv/bin/python bench/clean.py                      # generates ~52 MB (10,000 articles)
  .venv/bin/python bench/clean.py --corpus /tmp/corpus # an existing corpus (bench/corpus.py)
  .venv/bin/python bench/clean.py --corpus /tmp/corpus --jobs 2  # also kg clean --jobs 2

Prints MB/s for read+decode (bytes → str, encoding detection included) and for the full
clean (kg.ingest.read_articles: formats, HTML extraction, repairs, t2s, lines, links, dates,
ids, offset maps), and their ratio; target: cleaning costs at most 3× reading and decoding.
Both passes run on a warm page cache, alternating (read, clean, read, clean, ...) so load
from other work on the machine falls on both alike; best and median of --repeat passes are
printed, in wall time and in this process's CPU time (which other processes barely move).

With --jobs N, each round also times the same cleaning as `kg clean --jobs N` runs it (N
worker processes, files dealt out in chunks, results taken in input order; like the
1-process pass, no JSON is made), in wall time only, and prints its ratio to the same
single-process read+decode baseline: that ratio spends N cores against the baseline's one,
and needs N idle cores, which the printed notes say.

With --floor, each round also times a skeleton cleaner (bench/clean_floor.py: read, decode,
parse, one scan for damage, t2s, split and join lines, hash; nothing repaired) and prints
its ratio: no cleaner on this stack costs less, so it bounds what the target can ask.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clean_floor import skeleton_clean  # bench/clean_floor.py

from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.decode import decode
from kg.ingest.html import declared_charset
from kg.ingest.read import HTML_SUFFIXES, expand_inputs, read_bytes
from kg.models import Article

MAX_BYTES = 1 << 30
TARGET_RATIO = 3.0


def _files(corpus: Path) -> list[str]:
    return [f for f in expand_inputs([str(corpus)]) if isinstance(f, str)]


def read_and_decode(files: list[tuple[str, bool]]) -> int:
    """Bytes → text for every (file, is HTML), exactly as read_articles decodes them
    (an HTML page's declared charset included); returns bytes."""
    total = 0
    for name, html in files:
        data = read_bytes(name, MAX_BYTES)
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


def text_length(article: Article) -> int:
    return len(article.text)  # in a worker: what crosses back is just a number


def clean_parallel(corpus: Path, jobs: int) -> tuple[int, int, int]:
    """clean_all's figures, the corpus cleaned as `kg clean --jobs N` cleans it (the pool,
    files dealt out in chunks, results in input order), without making JSON records."""
    from kg.pipeline import map_articles

    articles = errors = chars = 0
    items = list(expand_inputs([str(corpus)]))
    for item in map_articles(items, text_length, int, jobs=jobs, max_bytes=MAX_BYTES):
        if isinstance(item, InputError):
            errors += 1
        else:
            articles += 1
            chars += item
    return articles, errors, chars


def _timed[T](fn: Callable[[], T]) -> tuple[float, float, T]:
    """(wall seconds, CPU seconds, result)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _line(name: str, times: list[float], mb: float) -> str:
    best, median = min(times), statistics.median(times)
    return f"{name:<18} best {best:6.2f} s {mb / best:6.1f} MB/s   median {median:6.2f} s"


def run(corpus: Path, repeat: int, jobs: int = 1, floor: bool = False) -> float:
    files = _files(corpus)
    flagged = [(f, Path(f).suffix.lower() in HTML_SUFFIXES) for f in files]  # not timed
    size = read_and_decode(flagged)  # warm the page cache and the decoder tables
    list(read_articles(files[:20]))  # warm OpenCC and the traditional-char class
    reads: list[tuple[float, float]] = []
    cleans: list[tuple[float, float]] = []
    pools: list[float] = []
    floors: list[float] = []
    for _ in range(repeat):  # alternate, so all sides see the same machine load
        wall, cpu, _size = _timed(lambda: read_and_decode(flagged))
        reads.append((wall, cpu))
        wall, cpu, (articles, errors, chars) = _timed(lambda: clean_all(corpus))
        cleans.append((wall, cpu))
        if jobs > 1:
            wall, _cpu, figures = _timed(lambda: clean_parallel(corpus, jobs))
            assert figures == (articles, errors, chars), (figures, articles, errors, chars)
            pools.append(wall)
        if floor:
            wall, _cpu, documents = _timed(lambda: skeleton_clean(files, MAX_BYTES))
            assert documents == articles + errors, (documents, articles, errors)
            floors.append(wall)
    mb = size / 1e6
    print(
        f"corpus: {corpus} ({len(files)} files, {mb:.1f} MB, {articles} articles, {errors} errors)"
    )
    print(
        f"{repeat} alternating passes each; articles/s {articles / min(w for w, _ in cleans):.0f}, "
        f"{chars / 1e6:.1f} M clean chars"
    )
    print("1 process (this one), both passes:")
    ratio = 0.0
    for kind, k in (("wall", 0), ("cpu", 1)):
        read_t, clean_t = [r[k] for r in reads], [c[k] for c in cleans]
        print(_line(f"read+decode {kind}", read_t, mb))
        print(_line(f"clean {kind}", clean_t, mb))
        best = min(clean_t) / min(read_t)
        median = statistics.median(clean_t) / statistics.median(read_t)
        ratio = ratio or best
        print(f"ratio clean / read+decode ({kind}): best {best:.2f}x, median {median:.2f}x")
    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
    print(f"1 process: best wall ratio {ratio:.2f}x {verdict} the target of {TARGET_RATIO:.0f}x")
    if floors:
        _print_floor(floors, [r[0] for r in reads], [c[0] for c in cleans], mb)
    if pools:
        read_t = [r[0] for r in reads]
        print(_line(f"clean --jobs {jobs} wall", pools, mb))
        best = min(pools) / min(read_t)
        median = statistics.median(pools) / statistics.median(read_t)
        verdict = "meets" if best <= TARGET_RATIO else "misses"
        print(
            f"{jobs} processes: ratio clean --jobs {jobs} (wall) / 1-process read+decode (wall): "
            f"best {best:.2f}x, median {median:.2f}x; {verdict} the target of "
            f"{TARGET_RATIO:.0f}x using {jobs} cores against the baseline's 1 (needs {jobs} "
            f"idle cores; check the load average)"
        )
    return ratio


def _print_floor(floors: list[float], reads: list[float], cleans: list[float], mb: float) -> None:
    print(_line("floor wall", floors, mb))
    best = min(floors) / min(reads)
    median = statistics.median(floors) / statistics.median(reads)
    print(
        f"ratio floor (bench/clean_floor.py, nothing repaired) / read+decode (wall): "
        f"best {best:.2f}x, median {median:.2f}x: no cleaner on this stack costs less"
    )
    best, median = min(cleans) / min(floors), statistics.median(cleans) / statistics.median(floors)
    print(f"ratio clean / floor (wall): best {best:.2f}x, median {median:.2f}x")


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
    parser.add_argument(
        "--repeat", type=int, default=3, help="alternating timed passes of each (default 3)"
    )
    parser.add_argument(
        "--jobs", type=int, default=1, help="also time cleaning with N worker processes"
    )
    parser.add_argument(
        "--floor", action="store_true", help="also time the skeleton cleaner (clean_floor.py)"
    )
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
        run(corpus, args.repeat, args.jobs, args.floor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
