"""Offset runs: how a derived text's characters map back to the text it came from.

A run list `[(src_start, length), ...]` describes a derived text as the concatenation of
source slices, in order: derived char k lies in the run covering k (runs are consecutive in
the derived text). Every cleaning step that deletes characters returns runs, the runs of
successive steps are composed, and the final runs become the Article's OffsetMap. Steps
that replace characters one for one (punctuation width, t2s) keep the runs unchanged.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

Runs = list[tuple[int, int]]


def identity(length: int) -> Runs:
    return [(0, length)] if length else []


def drop_spans(text: str, spans: Iterable[tuple[int, int]]) -> tuple[str, Runs]:
    """`text` without the sorted, non-overlapping [start, end) spans, and its runs."""
    parts: list[str] = []
    runs: Runs = []
    pos = 0
    for start, end in spans:
        if start > pos:
            parts.append(text[pos:start])
            runs.append((pos, start - pos))
        pos = max(pos, end)
    if pos == 0 and not runs:
        return text, identity(len(text))
    if pos < len(text):
        parts.append(text[pos:])
        runs.append((pos, len(text) - pos))
    return "".join(parts), runs


def join_slices(text: str, slices: Sequence[tuple[int, int]], sep: str = "\n") -> tuple[str, Runs]:
    """The slices of `text` joined by `sep` (one char); each separator maps to the source
    char just after the previous slice, so the runs stay monotone."""
    runs: Runs = []
    last = len(text) - 1
    for start, end in slices:
        if runs:  # the separator, then the slice, each merged into the run before if adjacent
            prev_src, prev_len = runs[-1]
            sep_at = min(prev_src + prev_len, last)
            if sep_at == prev_src + prev_len:
                runs[-1] = (prev_src, prev_len + 1)
            else:
                runs.append((sep_at, 1))
        prev_src, prev_len = runs[-1] if runs else (-1, 0)
        if prev_src + prev_len == start:
            runs[-1] = (prev_src, prev_len + end - start)
        else:
            runs.append((start, end - start))
    return sep.join(text[start:end] for start, end in slices), runs


def compose(outer: Runs, inner: Runs) -> Runs:
    """Runs into the original of a text derived (via `outer`) from a text derived (via
    `inner`) from the original. Outer runs are (almost always) in order: walk forward."""
    if not inner:
        return []
    if len(inner) == 1 and inner[0][0] == 0:
        return outer  # inner is the identity: most steps delete nothing from most texts
    bounds: list[int] = []  # derived-text start of each inner run
    total = 0
    for _, length in inner:
        bounds.append(total)
        total += length
    out: Runs = []
    j = 0
    for start, length in outer:
        if start < bounds[j]:
            j = bisect_right(bounds, start) - 1
        while start >= bounds[j] + inner[j][1]:
            j += 1
        while length > 0:
            while start >= bounds[j] + inner[j][1]:
                j += 1
            src, ilen = inner[j]
            skip = start - bounds[j]
            take = min(length, ilen - skip)
            if out and out[-1][0] + out[-1][1] == src + skip:
                out[-1] = (out[-1][0], out[-1][1] + take)  # merge adjacent runs
            else:
                out.append((src + skip, take))
            start += take
            length -= take
    return out


def compose_all(layers: Sequence[Runs]) -> Runs:
    """The runs of a chain of derivations, outermost first, into the original."""
    runs = layers[0]
    for inner in layers[1:]:
        runs = compose(runs, inner)
    return runs


class RunStarts(Sequence[int]):
    """OffsetMap.starts computed from the runs on demand: the original index of every
    derived char, then len(original). O(log runs) per lookup, no per-char array. The
    layers of runs are composed on first use: most articles are never mapped back."""

    __slots__ = ("_bounds", "_end", "_layers", "_length", "_srcs")

    def __init__(self, layers: Sequence[Runs], original_length: int) -> None:
        self._layers: tuple[Runs, ...] | None = tuple(layers)
        self._bounds: array[int] = array("q")
        self._srcs: array[int] = array("q")
        self._length = 0
        self._end = original_length

    def _build(self) -> None:
        if self._layers is None:
            return
        total = 0
        for src, length in compose_all(self._layers):
            if length:
                self._bounds.append(total)
                self._srcs.append(src)
                total += length
        self._length = total
        self._layers = None

    def __len__(self) -> int:
        self._build()
        return self._length + 1

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        self._build()
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index <= self._length:
            raise IndexError(index)
        if index == self._length:
            return self._end
        k = bisect_right(self._bounds, index) - 1
        return self._srcs[k] + index - self._bounds[k]

    def __iter__(self) -> Iterator[int]:
        self._build()
        for k, src in enumerate(self._srcs):
            stop = self._bounds[k + 1] if k + 1 < len(self._bounds) else self._length
            yield from range(src, src + stop - self._bounds[k])
        yield self._end


def to_starts(runs: Runs, original_length: int) -> RunStarts:
    """OffsetMap.starts for the runs of a derived text."""
    return RunStarts((runs,), original_length)


def lazy_starts(layers: Sequence[Runs], original_length: int) -> RunStarts:
    """OffsetMap.starts for a chain of derivations (outermost runs first), composed later."""
    return RunStarts(layers, original_length)
