"""End-to-end benchmark: generate a corpus → clean → extract → load into a fresh embedded
store → one export of each kind, with a baseline for each kind of work measured in the same
run, the graph's size and the canned queries' p50.

The stages are measured one by one (clean; extract writing records; load from records), and
then as users run them: `ingest` reads, cleans and extracts in --jobs processes while its
main process loads (kg ingest). The pipeline time is ingest + the exports.

\b
Example:
  .venv/bin/python bench/run.py --articles 10000 --jobs 2
  .venv/bin/python bench/run.py --articles 1000 --markdown >> bench/RESULTS.md

Every stage runs in a process of its own (bench/run_stages.py or the kg CLI); its time is
that process's wall time (start-up included) and its peak RSS the largest sum over the
process and its worker processes (sampled), so `--jobs 2` counts all three processes. The
embedded FalkorDB server is a separate daemon: its own peak (used_memory_peak) is given in
the load and ingest rows.
Ratios: clean and extract against reading+decoding the files; load against a bare UNWIND
MERGE loop over the same rows; exports against a bare JSON serializer of the same graph.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PY = sys.executable
KG = str(Path(PY).with_name("kg"))
EXPORTS = ("graphml", "gexf", "json", "csv", "cypher")
RDF = ("turtle", "nquads")


@dataclass
class Stage:
    name: str
    items: int
    unit: str
    size: int  # bytes of input
    seconds: float
    rss_mb: float
    baseline: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _run(argv: list[str], log: Path) -> tuple[dict[str, Any], float, float]:
    """(JSON printed by the stage or {}, wall seconds, peak RSS in MB of the process tree:
    the largest sum over the process and its workers, sampled every 0.2 s, or the largest
    single process's peak if that is more)."""
    start = time.perf_counter()
    with log.open("a", encoding="utf-8") as err:
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err, text=True)
        peak = [0]
        sampler = threading.Thread(target=_sample_tree, args=(proc, peak), daemon=True)
        sampler.start()
        assert proc.stdout is not None
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.join()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(argv)} failed ({proc.returncode}); see {log}")
    lines = [line for line in out.splitlines() if line.startswith("{")]
    rss = max(usage.ru_maxrss / 1024, peak[0] / 2**20)
    return (json.loads(lines[-1]) if lines else {}), wall, rss


def _sample_tree(proc: subprocess.Popen[str], peak: list[int]) -> None:
    """Keep in peak[0] the largest RSS sum of `proc` and its descendants (bytes)."""
    import psutil

    try:
        root = psutil.Process(proc.pid)
        while proc.returncode is None and root.status() != psutil.STATUS_ZOMBIE:
            tree = [root, *root.children(recursive=True)]
            total = 0
            for member in tree:
                with contextlib.suppress(psutil.Error):  # a worker that just ended
                    total += member.memory_info().rss
            peak[0] = max(peak[0], total)
            time.sleep(0.2)
    except psutil.Error:
        return


def stage(work: Path, name: str, unit: str, jobs: int = 1, baseline: str = "") -> Stage:
    res, wall, rss = _run(
        [PY, str(HERE / "run_stages.py"), name, str(work), str(jobs)], work / "log.txt"
    )
    extra = {k: v for k, v in res.items() if k not in ("items", "bytes", "seconds", "note")}
    return shout(
        Stage(
            name,
            res["items"],
            unit,
            res["bytes"],
            wall,
            rss,
            baseline,
            res.get("note", ""),
            extra,
        )
    )


WROTE = re.compile(r"kg: wrote .* to (\S+) in ([0-9.]+) s")


def exports(work: Path, elements: int) -> list[Stage]:
    """`kg export` with every format and `kg rdf` with two: each command reads the store
    once; a row per command (wall time, peak RSS) and per format (its own seconds, as the
    command reports them; the first format's include the read)."""
    out, store, done = work / "exports", str(work / "store"), []
    out.mkdir(exist_ok=True)
    commands = [
        ("export", [KG, "export", "--store", store, *_each("--format", EXPORTS)]),
        ("rdf", [KG, "rdf", "--store", store, *_each("--format", RDF)]),
    ]
    for name, argv in commands:
        log = work / f"{name}.err"
        log.unlink(missing_ok=True)
        _, wall, rss = _run([*argv, "-o", str(out)], log)
        formats = EXPORTS if name == "export" else RDF
        done.append(
            shout(
                Stage(
                    f"{name} ×{len(formats)}",
                    elements,
                    "elements",
                    0,
                    wall,
                    rss,
                    "serialize",
                    "one read",
                )
            )
        )
        for match in WROTE.finditer(log.read_text(encoding="utf-8")):
            fmt = Path(match[1]).name.removeprefix("graph.")
            done.append(
                Stage(
                    f"  {fmt}",
                    elements,
                    "elements",
                    0,
                    float(match[2]),
                    0,
                    "serialize",
                    "its own time",
                )
            )
    return done


def _each(option: str, values: tuple[str, ...]) -> list[str]:
    return [x for v in values for x in (option, v)]


def generate(work: Path, n: int, seed: int) -> Stage:
    argv = [
        PY,
        str(HERE / "corpus.py"),
        "--articles",
        str(n),
        "--seed",
        str(seed),
        "-o",
        str(work / "corpus"),
    ]
    _, wall, rss = _run(argv, work / "log.txt")
    size = sum(p.stat().st_size for p in (work / "corpus").rglob("*") if p.is_file())
    return shout(
        Stage(
            "generate", n, "articles", size, wall, rss, note="bench/corpus.py (not in the pipeline)"
        )
    )


def shout(s: Stage) -> Stage:
    """One line on stderr as each stage ends, so a long run shows its figures as it goes."""
    rate = s.items / s.seconds if s.seconds else 0
    print(
        f"bench: {s.name}: {s.items:,} {s.unit} in {s.seconds:.1f} s ({rate:,.0f}/s), "
        f"peak RSS {s.rss_mb:.0f} MB {s.note}",
        file=sys.stderr,
        flush=True,
    )
    return s


def table(stages: list[Stage], markdown: bool) -> str:
    base = {s.name: s for s in stages}
    head = ["stage", "items", "seconds", "items/s", "MB/s", "peak RSS MB", "× baseline", "note"]
    rows = []
    for s in stages:
        rate = s.items / s.seconds if s.seconds else 0
        mbs = f"{s.size / 1e6 / s.seconds:.1f}" if s.size and s.seconds else ""
        b = base.get(s.baseline)
        ratio = f"{s.seconds / b.seconds:.1f}× {b.name}" if b and b.seconds else ""
        rows.append(
            [
                s.name,
                f"{s.items:,} {s.unit}",
                f"{s.seconds:.1f}",
                f"{rate:,.0f}",
                mbs,
                f"{s.rss_mb:.0f}" if s.rss_mb else "",
                ratio,
                s.note,
            ]
        )
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join(fmt.format(*r) for r in [head, *rows])


def _front(work: Path, args: argparse.Namespace) -> list[Stage]:
    """Generate, read, clean, extract, merge, load: everything that builds the store."""
    stages = [generate(work, args.articles, args.seed)]
    stages.append(stage(work, "read", "articles"))
    stages.append(stage(work, "clean", "articles", baseline="read"))
    if args.compare_jobs and args.jobs != 1:
        one = stage(work, "extract", "articles", 1, baseline="read")
        one.name = "extract 1 job"
        stages.append(one)
    stages.append(stage(work, "extract", "articles", args.jobs, baseline="read"))
    stages.append(stage(work, "merge", "rows"))
    stages.append(stage(work, "load", "articles", baseline="merge"))
    stages.append(stage(work, "ingest", "articles", args.jobs, baseline="read"))
    return stages


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2, help="extraction processes (default 2)")
    ap.add_argument(
        "--compare-jobs", action="store_true", help="also extract with 1 job, for the speed-up"
    )
    ap.add_argument("--workdir", help="keep everything here (default: a temp dir, removed)")
    ap.add_argument(
        "--markdown", action="store_true", help="print a Markdown section for RESULTS.md"
    )
    ap.add_argument(
        "--resume-at",
        choices=["serialize", "exports"],
        help="with --workdir of an earlier run: skip building the store, measure from here",
    )
    args = ap.parse_args()
    if args.resume_at and not args.workdir:
        ap.error("--resume-at needs the --workdir of an earlier run")
    work = Path(args.workdir or tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        t0, load0 = time.perf_counter(), os.getloadavg()[0]
        stages = [] if args.resume_at else _front(work, args)
        size = stage(work, "queries", "nodes")
        elements = size.items + int(size.extra.get("relationships", 0))
        if args.resume_at in (None, "serialize"):
            stages.append(stage(work, "serialize", "elements"))
        stages += exports(work, elements)
        pipeline = sum(
            s.seconds
            for s in stages
            if s.name == "ingest" or s.name.startswith(("export ", "rdf "))
        )
        busy = f"{load0:.1f} at start, {os.getloadavg()[0]:.1f} at end"
        _report(args, stages, size, pipeline, time.perf_counter() - t0, busy)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def _report(
    args: argparse.Namespace,
    stages: list[Stage],
    size: Stage,
    pipeline: float,
    total: float,
    busy: str,
) -> None:
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    cmd = f".venv/bin/python bench/run.py --articles {args.articles} --seed {args.seed}"
    cmd += f" --jobs {args.jobs}" + (" --compare-jobs" if args.compare_jobs else "")
    p50 = size.extra.get("p50_ms")
    queries = ", ".join(f"{k} {v:.1f} ms" for k, v in p50.items()) if isinstance(p50, dict) else p50
    lines = [
        f"## {args.articles:,} articles" if args.markdown else f"== {args.articles:,} articles",
        "",
        f"Command: `{cmd}`  ",
        f"Machine: {machine}; load average {busy} (above 2, other work slows stages)  ",
        f"Pipeline (ingest: read+clean+extract+load, then the exports): {pipeline:.1f} s; "
        f"whole run {total:.1f} s  ",
        f"Graph: {size.items:,} nodes, {int(size.extra.get('relationships', 0)):,} relationships "
        f"({size.note})  ",
        f"Canned queries p50: {queries}  ",
        f"Peak RSS: {_peaks(stages)}",
        "",
        table(stages, args.markdown),
        "",
    ]
    print("\n".join(lines))


def _peaks(stages: list[Stage]) -> str:
    """The largest peak of a pipeline stage (the kg commands), the server's, and the speed-up
    of extraction with --jobs when it was measured."""
    pipeline = [s for s in stages if s.name == "ingest" or s.name.startswith(("export", "rdf"))]
    top = max(pipeline, key=lambda s: s.rss_mb, default=None)
    text = f"{top.rss_mb:,.0f} MB ({top.name})" if top else "n/a"
    servers = [int(m[1]) for s in stages if (m := re.search(r"server peak (\d+) MB", s.note))]
    if servers:
        text += f", FalkorDB server {max(servers):,} MB (used_memory_peak)"
    times = {s.name: s.seconds for s in stages}
    if "extract 1 job" in times and times.get("extract"):
        text += f"; extract speed-up with --jobs: {times['extract 1 job'] / times['extract']:.2f}×"
    return text


if __name__ == "__main__":
    sys.exit(main())
