"""kg.pipeline.pool.ordered_map: order, errors of workers, dead workers, stopping early."""

from __future__ import annotations

import multiprocessing as mp
import os
import time

import pytest

from kg.pipeline.pool import WorkerDied, ordered_map


def _slow_square(n: int) -> int:
    time.sleep(0.002 * (n % 3))  # later tasks often finish first
    return n * n


def _fails_at_7(n: int) -> int:
    if n == 7:
        raise ValueError(f"bad task {n}")
    return n


def _dies_at_5(n: int) -> int:
    if n == 5:
        os._exit(3)
    return n


def test_results_come_in_task_order() -> None:
    assert list(ordered_map(_slow_square, range(200), jobs=3, ahead=2)) == [
        n * n for n in range(200)
    ]
    assert list(ordered_map(_slow_square, [], jobs=2)) == []


def test_a_worker_exception_is_raised_here() -> None:
    with pytest.raises(ValueError, match="bad task 7"):
        list(ordered_map(_fails_at_7, range(20), jobs=2))
    assert not mp.active_children()


def test_a_dead_worker_is_an_error_not_a_hang() -> None:
    with pytest.raises(WorkerDied):
        list(ordered_map(_dies_at_5, range(20), jobs=2))
    assert not mp.active_children()


def test_stopping_early_ends_the_workers() -> None:
    results = ordered_map(_slow_square, range(10_000), jobs=2)
    assert next(results) == 0
    results.close()
    assert not mp.active_children()
