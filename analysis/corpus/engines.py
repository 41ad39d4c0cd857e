"""Where batches run: this process, a pool of local processes, or Dask.

Every engine yields :class:`~analysis.corpus.batch.BatchResult` objects **in input order**, so
the tables are the same row for row whatever the engine and the number of workers. At most a
few batches per worker are in flight: memory is bounded by batches, not by the corpus.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from analysis.corpus.batch import BatchResult, analyze_batch
from analysis.errors import DependencyError
from analysis.spine.article import Article

ENGINES = ("processes", "dask")


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run(batches: Iterable[tuple[int, list[Article]]], *, engine: str, workers: int,
        scheduler: str | None = None, form: str = "frames") -> Iterator[BatchResult]:
    """Each batch's result, in input order (``form``: see :mod:`analysis.corpus.batch`)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if engine == "dask":
        yield from _dask(batches, workers=workers, scheduler=scheduler, form=form)
    elif workers <= 1:
        for index, articles in batches:
            yield analyze_batch(index, articles, form)
    else:
        yield from _processes(batches, workers=workers, form=form)


def _processes(batches, *, workers: int, form: str) -> Iterator[BatchResult]:
    in_flight: deque = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for index, articles in batches:
            in_flight.append(pool.submit(analyze_batch, index, articles, form))
            if len(in_flight) >= 2 * workers:
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()


def _dask(batches, *, workers: int, scheduler: str | None, form: str
          ) -> Iterator[BatchResult]:
    """Dask's bag, a round of batches at a time, on a distributed cluster: an existing one at
    ``scheduler`` (``tcp://host:port``), or a LocalCluster of ``workers`` processes."""
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        raise DependencyError("the Dask engine needs Dask, an optional extra: "
                              "pip install 'analysis[dask]'") from None

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        round_size = max(2, 4 * workers)
        pending: list[tuple[int, list[Article]]] = []
        for item in batches:
            pending.append(item)
            if len(pending) >= round_size:
                yield from _dask_round(db, client, pending, form)
                pending = []
        if pending:
            yield from _dask_round(db, client, pending, form)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_round(db, client, pending, form: str) -> list[BatchResult]:
    bag = db.from_sequence(pending, npartitions=len(pending))
    results = bag.map(lambda item: analyze_batch(*item, form)).compute(scheduler=client)
    return sorted(results, key=lambda r: r.index)
