"""Where batches run: this process, a pool of local processes, or Dask.

Every engine yields :class:`~analysis.corpus.batch.BatchResult` objects **in input order**, so
the tables are the same row for row whatever the engine and the number of workers. At most a
few batches per worker are in flight: memory is bounded by batches, not by the corpus.

An engine that cannot run — a Dask address that is not one, a port nobody listens on,
something that answers but is not a Dask scheduler, a scheduler lost mid-run, a Dask cluster
left with no worker for :data:`NO_WORKER_GRACE` seconds, a worker process that died — is one
:class:`EngineError` line naming the address or the worker, never a traceback. Worker
processes ignore Ctrl-C and SIGTERM: the process that gathers the results decides what an
interruption means, and stops them as soon as their batch is done.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import os
import re
import signal
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from analysis.corpus.batch import BatchResult, analyze_batch, failed_batch
from analysis.errors import DependencyError, InputError
from analysis.spine.article import Article

ENGINES = ("processes", "dask")
#: Seconds a stopped run waits for its worker processes to finish the batch in their hands.
STOP_GRACE = 30
#: Linux's prctl option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1
#: Seconds to wait for a Dask scheduler to answer (to connect, and to say what it is).
SCHEDULER_TIMEOUT = 10
#: Seconds a Dask run waits while its cluster has no worker before it stops: a worker restarted
#: by its nanny, or replaced, is back well within it; a cluster whose only worker died mid-run
#: (the scheduler still answering) would otherwise wait for one for ever.
NO_WORKER_GRACE = 60
#: How often, in seconds, a Dask run looks at its cluster's workers while it waits.
WORKER_WATCH = 2
#: After a Dask run fails, how long, in seconds, its scheduler is probed to tell a lost
#: scheduler (it refuses a connection) from a cluster that failed otherwise (it answers).
LOST_PROBE = 5
#: A Dask scheduler's address: ``tcp://HOST:PORT`` (or ``tls://``, or ``HOST:PORT``).
SCHEDULER_ADDRESS = re.compile(
    r"(?:(?P<scheme>tcp|tls)://)?(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):(?P<port>\d{1,5})")


class EngineError(InputError):
    """The engine could not run the batches: a Dask scheduler that is unreachable, is not
    one or was lost, a worker process that died. One line, naming the address or worker."""


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run(batches: Iterable[tuple[int, list[Article]]], *, engine: str, workers: int,
        scheduler: str | None = None, form: str = "frames", reports: bool = False
        ) -> Iterator[BatchResult]:
    """Each batch's result, in input order (``form`` and ``reports``: see
    :mod:`analysis.corpus.batch`)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if engine == "dask":
        yield from _dask(batches, workers=workers, scheduler=scheduler, form=form,
                         reports=reports)
    elif workers <= 1:
        for index, articles in batches:
            yield analyze_batch(index, articles, form, reports=reports)
    else:
        yield from _processes(batches, workers=workers, form=form, reports=reports)


def _worker_start(parent: int) -> None:
    """In a worker process: Ctrl-C and SIGTERM are for the process that gathers the results,
    which stops its workers itself (:func:`_stop`). A worker killed while it sends a result
    would leave half a message in the pool's pipe, and the pool's thread waiting for the rest
    — forever, holding the process at exit. And the worker ends with its parent: killed
    outright (``kill -9``), the parent cannot stop it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


def _processes(batches, *, workers: int, form: str, reports: bool) -> Iterator[BatchResult]:
    in_flight: deque = deque()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_start,
                               initargs=(os.getpid(),))
    try:
        for index, articles in batches:
            try:
                future = pool.submit(analyze_batch, index, articles, form, reports=reports)
            except BrokenProcessPool:  # a worker died while batches were still being sent
                raise _worker_died() from None
            in_flight.append((future, index, articles, form))
            if len(in_flight) >= 2 * workers:
                yield _result(*in_flight.popleft())
        while in_flight:
            yield _result(*in_flight.popleft())
    except BaseException:  # interrupted, failed, or the caller stopped early: stop now
        _stop(pool)
        raise
    pool.shutdown()


def _worker_died() -> EngineError:
    """A pool worker died (killed, out of memory): one line, wherever the pool noticed it —
    sending a batch or reading a result."""
    return EngineError("--workers", "a worker process died while analysing a batch (killed, "
                                    "or out of memory?); run again, with fewer workers or a "
                                    "smaller --batch-chars")


def _result(future, index: int, articles: list[Article], form: str) -> BatchResult:
    """A batch's result; a batch that could not be sent to its worker or back (an article
    that cannot be copied between processes, say) is its articles' rows of errors."""
    try:
        return future.result()
    except BrokenProcessPool:
        raise _worker_died() from None
    except Exception as err:  # analyze_batch keeps every failure of its own: this is transit
        return failed_batch(index, articles, form, err)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the pool soon: the batches not started are cancelled, each worker finishes the
    batch in its hands (a batch is small: see ``--batch-chars``) and ends; one still busy
    after :data:`STOP_GRACE` seconds is killed."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + STOP_GRACE
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=max(0.0, deadline - time.monotonic()))
    for process in processes:
        with contextlib.suppress(Exception):
            if process.is_alive():
                process.kill()
                process.join(timeout=5)


def check_scheduler(address: str, *, timeout: float = SCHEDULER_TIMEOUT) -> str:
    """Check that a Dask scheduler answers at ``address`` and return the address.

    Refused with one :class:`EngineError` line naming the address: not an address
    (``notaurl``); nothing listening (refused at once, not after Dask's retries); no answer
    within ``timeout`` seconds; something that answers but does not speak Dask's protocol (a
    web server, say); a Dask worker or nanny instead of the scheduler."""
    match = SCHEDULER_ADDRESS.fullmatch(address.strip())
    if not match or not 0 < int(match["port"]) < 65536:
        raise EngineError(address, "is not a Dask scheduler address: give tcp://HOST:PORT "
                                   "(e.g. tcp://10.0.0.5:8786)")
    host = match["host"].strip("[]")
    try:
        with socket.create_connection((host, int(match["port"])), timeout=timeout):
            pass
    except ConnectionRefusedError:
        raise EngineError(address, "connection refused: no Dask scheduler listens there (is "
                                   "it running? is the port right?)") from None
    except socket.gaierror:
        raise EngineError(address, f"unknown host {host!r}") from None
    except TimeoutError:
        raise EngineError(address, f"no answer within {timeout:g} s: is the host reachable "
                                   "and the port open?") from None
    except OSError as err:
        raise EngineError(address, f"cannot connect: {err.strerror or err}") from None
    full = address.strip() if match["scheme"] else f"tcp://{address.strip()}"
    # Dask's own client reads the peer's first bytes as a message length: a web server's
    # "HTTP/1.1" asks it for exabytes. Ask the peer who it is, in a thread of its own (a
    # notebook's event loop may be running in this one), and take any failure as "not Dask".
    with ThreadPoolExecutor(1) as thread:
        try:
            kind = thread.submit(asyncio.run, _identity(full, timeout)).result()
        except BaseException as err:
            if isinstance(err, KeyboardInterrupt):
                raise
            if isinstance(err, (TimeoutError, asyncio.TimeoutError)) or "timed out" in str(
                    err).lower():
                raise EngineError(address, "something accepts connections there but says "
                                           f"nothing within {timeout:g} s: not a Dask "
                                           "scheduler, or one too busy to answer") from None
            detail = ("what it sends is not Dask's protocol" if isinstance(err, MemoryError)
                      else _first_line(err))  # MemoryError: see above
            raise EngineError(address, "something answers there, but not a Dask scheduler "
                                       f"({detail})") from None
    if kind != "Scheduler":
        raise EngineError(address, f"is a Dask {kind or 'peer'}, not a scheduler: give the "
                                   "scheduler's address")
    return full


async def _identity(address: str, timeout: float) -> str:
    from distributed.core import rpc
    from distributed.security import Security

    peer = rpc(address, timeout=timeout,
               connection_args=Security().get_connection_args("client"))
    try:
        info = await asyncio.wait_for(peer.identity(), timeout)
    finally:
        await peer.close_rpc()
    return info.get("type", "") if isinstance(info, dict) else ""


def _first_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return f"{type(err).__name__}: {text[0]}" if text else type(err).__name__


def _dask(batches, *, workers: int, scheduler: str | None, form: str, reports: bool
          ) -> Iterator[BatchResult]:
    """Dask's bag, a round of batches at a time, on a distributed cluster: an existing one at
    ``scheduler`` (``tcp://host:port``, checked first), or a LocalCluster of ``workers``
    processes."""
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        raise DependencyError("the Dask engine needs Dask, an optional extra: "
                              "pip install 'analysis[dask]'") from None

    where = scheduler or "--engine dask"
    cluster = None
    try:
        if scheduler is None:
            with _children_ignore_interrupts():
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                       processes=True, dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(check_scheduler(scheduler), timeout=SCHEDULER_TIMEOUT)
    except (EngineError, KeyboardInterrupt):
        if cluster is not None:
            cluster.close()
        raise
    except Exception as err:
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()
        what = "could not connect to the Dask scheduler" if scheduler else (
            "could not start a local Dask cluster")
        raise EngineError(where, f"{what} ({_first_line(err)})") from None
    try:
        # the scheduler's address, read once: after a failure the client may no longer hold it
        address = client.scheduler.address if client.scheduler is not None else None
        round_size = max(2, 4 * workers)
        pending: list[tuple[int, list[Article]]] = []
        for item in batches:
            pending.append(item)
            if len(pending) >= round_size:
                yield from _dask_round(db, client, pending, form, reports, where, address)
                pending = []
        if pending:
            yield from _dask_round(db, client, pending, form, reports, where, address)
    finally:
        with contextlib.suppress(Exception):
            client.close(timeout=SCHEDULER_TIMEOUT)
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close(timeout=SCHEDULER_TIMEOUT)


def _dask_round(db, client, pending, form: str, reports: bool, where: str,
                address: str | None) -> list[BatchResult]:
    bag = db.from_sequence(pending, npartitions=len(pending))
    future = None
    try:
        future = client.compute(bag.map(lambda item: analyze_batch(*item, form,
                                                                   reports=reports)))
        results = _watched(client, future)
    except _NoWorker:
        with contextlib.suppress(Exception):
            client.cancel(future)
        raise EngineError(where, f"the Dask cluster has had no worker for {NO_WORKER_GRACE} s "
                                 "mid-run (its workers died or were stopped); start workers "
                                 "for it and run again") from None
    except Exception as err:  # analyze_batch keeps an article's failure: this is the cluster
        if address is not None and _gone(address):
            problem = "lost the Dask scheduler mid-run: it no longer answers"
        else:
            problem = f"the Dask cluster failed mid-run ({_first_line(err)})"
        raise EngineError(where, problem) from None
    return sorted(results, key=lambda r: r.index)


class _NoWorker(Exception):
    """The cluster has had no worker for :data:`NO_WORKER_GRACE` seconds."""


def _watched(client, future) -> list[BatchResult]:
    """The result of ``future``, waited for while watching the cluster: a cluster with no
    worker for :data:`NO_WORKER_GRACE` seconds raises :class:`_NoWorker`, where Dask would
    wait for a worker for ever. (A lost scheduler is an error of Dask's own.)"""
    alone_since = None
    while True:
        try:
            return future.result(timeout=WORKER_WATCH)
        except (TimeoutError, asyncio.TimeoutError):  # Dask's: one and the same since 3.11
            pass
        if client.nthreads():
            alone_since = None
        elif alone_since is None:
            alone_since = time.monotonic()
        elif time.monotonic() - alone_since >= NO_WORKER_GRACE:
            raise _NoWorker


def _gone(address: str, *, within: float = LOST_PROBE) -> bool:
    """Whether the scheduler at ``address`` is gone, after a failure: it refuses a
    connection at least once within ``within`` seconds. A scheduler that was killed may take
    a moment to die on a loaded machine, and its client may give up on it (cancelling the
    futures) before then: a single probe read that race either way. A live scheduler answers
    every probe, so a cluster that failed for another reason costs ``within`` seconds."""
    match = SCHEDULER_ADDRESS.fullmatch(address.split("://", 1)[-1])
    if not match:
        return False  # an address of another kind: say what Dask said instead
    host, port = match["host"].strip("[]"), int(match["port"])
    deadline = time.monotonic() + within
    while True:
        try:
            with socket.create_connection((host, port), timeout=2):
                pass
        except OSError:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.2)


#: The packages whose loggers Dask configures with handlers of their own on standard error.
_DASK_LOGGERS = ("distributed", "dask", "tornado", "bokeh", "asyncio")


@contextlib.contextmanager
def dask_log(path: Path | None) -> Iterator[None]:
    """Dask's log lines — this process's and those of the local worker processes it starts —
    go to the file ``path`` (created at the first line) instead of standard error, where the
    command promises one line; with ``path`` None they are dropped."""
    with contextlib.suppress(ImportError):
        import distributed  # noqa: F401 - its import installs the handlers to replace
    # a worker process reads its logging from the environment when it imports distributed
    target = ({"class": "logging.FileHandler", "filename": str(path), "delay": True,
               "formatter": "plain"} if path is not None
              else {"class": "logging.NullHandler"})
    children = {"version": 1, "disable_existing_loggers": False,
                "formatters": {"plain": {"format": "%(asctime)s %(name)s %(levelname)s "
                                                   "%(message)s"}},
                "handlers": {"run": target},
                "loggers": {name: {"handlers": ["run"], "propagate": False}
                            for name in _DASK_LOGGERS},
                "root": {"handlers": ["run"], "level": "WARNING"}}
    saved_environment = os.environ.get("DASK_LOGGING")
    os.environ["DASK_LOGGING"] = repr(children)
    handler: logging.Handler = (logging.FileHandler(path, delay=True, encoding="utf-8")
                                if path is not None else logging.NullHandler())
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    names = {name for name in logging.root.manager.loggerDict
             if name.split(".")[0] in _DASK_LOGGERS} | set(_DASK_LOGGERS)
    saved = []
    for name in sorted(names):
        logger = logging.getLogger(name)
        kept = [h for h in logger.handlers if not _to_stderr(h)]
        top = "." not in name
        if len(kept) == len(logger.handlers) and not top:
            continue  # no handler of its own on standard error: it passes lines up
        saved.append((logger, logger.handlers[:], logger.propagate))
        logger.handlers = [*kept, handler]
        logger.propagate = False
    try:
        yield
    finally:
        for logger, handlers, propagate in saved:
            logger.handlers = handlers
            logger.propagate = propagate
        handler.close()
        if saved_environment is None:
            os.environ.pop("DASK_LOGGING", None)
        else:
            os.environ["DASK_LOGGING"] = saved_environment


@contextlib.contextmanager
def _children_ignore_interrupts() -> Iterator[None]:
    """Processes started in the block ignore Ctrl-C (an ignored signal stays ignored in a
    child, and Python leaves it so): a terminal's Ctrl-C reaches every process of its group,
    and Dask's worker processes would each print a traceback. The run stops them itself."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, saved)

def _to_stderr(handler: logging.Handler) -> bool:
    return isinstance(handler, logging.StreamHandler) and getattr(
        handler, "stream", None) in (sys.stderr, sys.__stderr__)
