"""Extraction throughput: MB/s and articles/s with one process and with --jobs N, beside
the cleaning throughput of the same corpus in the same run.

    .venv/bin/python bench/extract.py --corpus /tmp/corpus --jobs 2

Without --corpus (or when it does not exist) the dev corpus tests/data/articles is copied
--copies times into a temporary folder. MB are of clean article text (UTF-8).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _corpus(given: str | None, copies: int) -> Path:
    if given and Path(given).is_dir():
        return Path(given)
    if given:
        print(f"corpus {given} not found: repeating tests/data/articles {copies} times")
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    for i in range(copies):
        for f in (ROOT / "tests" / "data" / "articles").iterdir():
            if f.is_file():
                shutil.copy(f, folder / f"{i:04d}-{f.name}")
    return folder


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the workers)."""
    own, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(label: str, run: Callable[[], Iterable[object]], megabytes: float) -> float:
    start, cpu = time.perf_counter(), _cpu()
    count = sum(1 for _ in run())
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    print(f"{label:<24} {count:>6} articles {seconds:>7.2f} s {megabytes / seconds:>7.2f} MB/s "
          f"{count / seconds:>8.1f} articles/s | cpu {cpu:>6.2f} s = {megabytes / cpu:>5.2f} MB/s "
          "per core")  # fmt: skip
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", help="a folder of articles (bench/corpus.py writes one)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--copies", type=int, default=60, help="dev corpus copies without --corpus")
    args = parser.parse_args()

    from kg.extract import extract_article
    from kg.ingest import read_articles
    from kg.pipeline import extract_paths

    corpus = _corpus(args.corpus, args.copies)
    paths = [str(corpus)]
    mb, count = 0.0, 0
    for a in read_articles(paths):
        if not isinstance(a, Exception):
            mb, count = mb + len(a.text.encode("utf-8")) / 1e6, count + 1
            first = a
    print(f"corpus {corpus}: {count} articles, {mb:.2f} MB of clean text")
    extract_article(first)  # build the matchers before timing (and before forking workers)
    _timed("clean (1 process)", lambda: read_articles(paths), mb)
    # the pipelines run before the parent holds every article: forked workers would copy them
    one = _timed("read+extract --jobs 1", lambda: extract_paths(paths, jobs=1), mb)
    many = _timed(
        f"read+extract --jobs {args.jobs}", lambda: extract_paths(paths, jobs=args.jobs), mb
    )
    articles = [a for a in read_articles(paths) if not isinstance(a, Exception)]
    _timed("extract only (1 proc)", lambda: (extract_article(a) for a in articles), mb)
    print(f"speed-up with --jobs {args.jobs}: {one / many:.2f}x (wall clock; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")  # fmt: skip


if __name__ == "__main__":
    main()
