"""fn(task) for every task in N forked worker processes, results in task order.

Not multiprocessing.Pool: its worker-handler thread wakes whenever a result is waiting and
polls in a loop until the result thread has read it (0.4 s of CPU in a 2,000-article run,
taken from the workers on a 2-core machine), and `imap` reads every task ahead. Here tasks
go through one shared queue, so whichever worker is free takes the next (none idles while
another has a backlog); each worker answers on its own pipe; at most `jobs * ahead` tasks
are out at once, so memory stays flat. A worker's exception is raised here, and a worker
that dies (killed, out of memory) is an error, not a hang.
"""

from __future__ import annotations

import multiprocessing as mp
import pickle
import traceback
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any


class WorkerDied(RuntimeError):
    """A worker process ended without sending all of its results."""


def _portable(exc: Exception) -> Exception:
    """The exception itself if it survives pickling, else its traceback as text."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"in a worker process:\n{traceback.format_exc()}")
    return exc


def _work(
    fn: Callable[[Any], Any], init: Callable[[], None] | None, tasks: Any, out: Connection
) -> None:
    if init is not None:
        init()
    while (item := tasks.get()) is not None:
        index, task = item
        try:
            out.send((index, True, fn(task)))
        except Exception as exc:  # a bug, not bad input (that comes back as a result)
            out.send((index, False, _portable(exc)))
    out.close()


def ordered_map[T, R](
    fn: Callable[[T], R],
    tasks: Iterable[T],
    *,
    jobs: int,
    init: Callable[[], None] | None = None,
    ahead: int = 16,
) -> Iterator[R]:
    """fn(task) for each task, computed in `jobs` processes, yielded in task order. fn and
    init must be module-level functions (or partials of them) where processes are spawned."""
    ctx: Any = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    queue = ctx.Queue()  # its feeder thread sends, so a full pipe never blocks this process
    pipes = [ctx.Pipe(duplex=False) for _ in range(jobs)]
    workers = [
        ctx.Process(target=_work, args=(fn, init, queue, send), daemon=True) for _, send in pipes
    ]
    for worker in workers:
        worker.start()
    for _, send in pipes:
        send.close()  # only the worker holds its end: a dead worker reads as end of file
    receivers = [receive for receive, _ in pipes]
    finished = False
    try:
        yield from _collect(iter(tasks), queue, receivers, workers, jobs * ahead)
        finished = True
    finally:
        _stop(workers, queue, finished)


def _collect[T, R](
    tasks: Iterator[T], queue: Any, receivers: list[Connection], workers: list[Any], limit: int
) -> Iterator[R]:
    # a worker's end of file is not enough: the others inherited its pipe when they forked
    ended = {w.sentinel: w for w in workers}
    sent = done = 0
    ready: dict[int, R] = {}
    more = True
    while True:
        while more and sent - done < limit:
            task = next(tasks, _END)
            if task is _END:
                more = False
            else:
                queue.put((sent, task))
                sent += 1
        while done in ready:
            yield ready.pop(done)
            done += 1
        if not more and done == sent:
            return
        for receive in wait([*receivers, *ended]):
            if isinstance(receive, int):
                worker = ended[receive]
                worker.join()
                raise WorkerDied(f"worker process {worker.pid} died (exit code {worker.exitcode})")
            assert isinstance(receive, Connection)
            index, ok, value = receive.recv()
            if not ok:
                raise value
            ready[index] = value


_END: Any = object()


def _stop(workers: list[Any], queue: Any, finished: bool) -> None:
    if finished:
        for _ in workers:
            queue.put(None)
    else:  # stopped early or failed: nobody needs what the workers are doing
        for worker in workers:
            worker.terminate()
    for worker in workers:
        worker.join()
    if not finished:
        _drain(queue)  # the tasks nobody took, so the feeder thread is not left blocked
    queue.close()
    queue.join_thread()  # no thread left behind: a later fork in this process stays safe


def _drain(queue: Any) -> None:
    from queue import Empty

    try:
        while True:
            queue.get(timeout=0.05)  # the feeder refills the pipe in microseconds
    except Empty:
        pass
