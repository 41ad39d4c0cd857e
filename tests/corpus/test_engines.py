"""Where batches run: this process, local processes, or Dask — in input order every time."""

from __future__ import annotations

import builtins
import time

import pytest

from analysis import Article
from analysis.corpus.engines import default_workers, run
from analysis.errors import DependencyError


def batches(n: int):
    texts = ["Storm\n\nOfficials said the river rose.", "Calm\n\nNothing happened today.",
             "Vote\n\n\"It is close,\" the mayor said."]
    return [(k, [Article.from_text(texts[k % 3], article_id=f"a{k}")]) for k in range(n)]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_input_order(workers):
    results = list(run(batches(7), engine="processes", workers=workers, form="columns"))
    assert [r.index for r in results] == list(range(7))
    assert [r.tables["summary"]["article_id"] for r in results] == [[f"a{k}"] for k in range(7)]


def test_default_workers_are_this_process_s_cores():
    assert default_workers() >= 1


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown engine 'spark'; choose from processes, dask"):
        list(run(batches(1), engine="spark", workers=1))


def test_the_dask_engine_without_dask_is_one_clear_line(monkeypatch):
    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name.startswith(("dask", "distributed")):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(DependencyError, match=r"pip install 'analysis\[dask\]'"):
        list(run(batches(1), engine="dask", workers=1))


def test_a_worker_process_that_dies_is_one_line(monkeypatch):
    """A worker killed (here: it exits in the middle of an article) breaks the pool: one
    EngineError line, not a BrokenProcessPool traceback."""
    import os

    import analysis.corpus.batch as batch
    from analysis.corpus.engines import EngineError

    real = batch.prepare

    def die_on_a3(article):
        if article.article_id == "a3":
            os._exit(1)
        return real(article)

    monkeypatch.setattr(batch, "prepare", die_on_a3)  # the forked workers inherit it
    with pytest.raises(EngineError, match=r"^--workers: a worker process died while "
                                          r"analysing a batch"):
        list(run(batches(6), engine="processes", workers=2, form="columns"))


def test_a_worker_that_dies_while_batches_are_still_sent_is_one_line(monkeypatch):
    """The pool can notice a dead worker where a batch is sent, not only where a result is
    read (a race on a loaded machine): the same one EngineError line, never a
    BrokenProcessPool traceback from ``submit``."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from analysis.corpus.engines import EngineError

    real, sent = ProcessPoolExecutor.submit, []

    def broken_at_the_third(self, *args, **kwargs):
        sent.append(1)
        if len(sent) == 3:
            raise BrokenProcessPool("A child process terminated abruptly")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", broken_at_the_third)
    with pytest.raises(EngineError, match=r"^--workers: a worker process died while "
                                          r"analysing a batch"):
        list(run(batches(6), engine="processes", workers=2, form="columns"))


def test_closing_the_results_early_stops_the_workers():
    import multiprocessing

    earlier = set(multiprocessing.active_children())  # an earlier test's, still ending
    results = run(batches(40), engine="processes", workers=2, form="columns")
    assert next(results).index == 0
    workers = [p for p in multiprocessing.active_children() if p not in earlier]
    assert len(workers) == 2
    results.close()  # what an interruption does: the pool is shut down, its workers ended
    # The pool's own thread reaps its workers too, and a worker it has just reaped can read
    # as alive for a moment in this thread (its wait finds no child and leaves the exit code
    # unset): 1 run in 30 on a loaded machine. Dead is dead within a second; alive for 10 s
    # would be a worker left running.
    deadline = time.monotonic() + 10
    while any(p.is_alive() for p in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(p.is_alive() for p in workers)


@pytest.mark.parametrize("address, message", [
    ("notaurl", "is not a Dask scheduler address"),
    ("tcp://127.0.0.1:0", "is not a Dask scheduler address"),
    ("tcp://[::1:8786", "is not a Dask scheduler address"),
])
def test_a_scheduler_address_is_checked_before_anything_is_sent(address, message):
    from analysis.corpus.engines import EngineError, check_scheduler

    with pytest.raises(EngineError, match=message):
        check_scheduler(address)


def test_dask_s_log_goes_to_the_run_s_file_not_to_standard_error(tmp_path, capfd):
    import logging

    pytest.importorskip("distributed")
    from analysis.corpus.engines import dask_log

    log = tmp_path / "dask.log"
    before = logging.getLogger("distributed").handlers[:]
    with dask_log(log):
        logging.getLogger("distributed.client").warning("Connection to scheduler broken")
        logging.getLogger("distributed.scheduler").error("lost a worker")
    assert capfd.readouterr().err == ""
    text = log.read_text()
    assert "Connection to scheduler broken" in text and "lost a worker" in text
    assert logging.getLogger("distributed").handlers == before


def test_a_batch_that_cannot_reach_its_worker_is_its_articles_rows_of_errors():
    """An article that cannot be copied to a worker process (here: a lock in its metadata, as
    a Python caller may hand in) costs its batch's articles a row each (internal_error); the
    other batches are analysed and the run goes on."""
    import threading

    from analysis.corpus.batch import CORPUS_TABLES

    stuck = Article.from_text("Locked\n\nThe minister said it.", article_id="stuck",
                              metadata={"lock": threading.Lock()})
    articles = [Article.from_text(f"T{k}\n\nPolice said {k}.", article_id=f"a{k}")
                for k in range(4)]
    numbered = [(0, articles[:2]), (1, [stuck]), (2, articles[2:])]
    results = list(run(iter(numbered), engine="processes", workers=2, form="frames"))
    assert [r.index for r in results] == [0, 1, 2]
    errors = results[1].tables["errors"]
    assert errors[["article_id", "stage", "reason"]].values.tolist() == [
        ["stuck", "analyze", "internal_error"]]
    assert "pickle" in errors.error.iloc[0]
    CORPUS_TABLES["errors"].check(errors)
    assert [len(r.tables["summary"]) for r in results] == [2, 0, 2]


def test_a_scheduler_that_dies_a_moment_after_its_run_failed_is_called_lost():
    """A killed scheduler can take a moment to die while its client has already given up (the
    futures cancelled): the probe that tells a lost scheduler from a failed cluster watches
    the address for a while instead of asking once, so the line a user gets does not depend
    on which came first."""
    import socket
    import threading

    from analysis.corpus.engines import _gone

    dying = socket.create_server(("127.0.0.1", 0))
    address = f"tcp://127.0.0.1:{dying.getsockname()[1]}"
    threading.Timer(0.5, dying.close).start()  # still answering when the probe starts
    assert _gone(address, within=10)
    with socket.create_server(("127.0.0.1", 0)) as alive:
        assert not _gone(f"tcp://127.0.0.1:{alive.getsockname()[1]}", within=0.5)
