"""The ``corpus`` command's run, start to end: nothing lost, nothing silently merged.

:func:`run_corpus_job` reads, analyses and writes a corpus into a run folder
(:mod:`analysis.corpus.folder`): locked against a second run, written aside and swapped into
place only when complete, with a manifest (``run.json``: :mod:`analysis.corpus.manifest`)
whose counts are the tables' own. However the run ends it says so in one line:

- **complete**: the folder is in place; :class:`JobOutcome` holds its counts;
- **interrupted** (Ctrl-C, SIGTERM): the batch being written is finished, the rest cancelled,
  and what finished is kept as ``DIR.partial-STAMP/`` with ``errors.csv``, the manifest and a
  page — :class:`RunInterrupted`, exit code 128 + the signal (130 for Ctrl-C);
- **failed** (a Dask scheduler lost, a worker process killed, a full disk): the same partial
  folder, and the failure as one :class:`~analysis.errors.InputError` line naming it.

The earlier run in ``DIR``, if any, is untouched unless the new one completes.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from analysis.corpus.engines import check_scheduler, dask_log, default_workers
from analysis.corpus.folder import DASK_LOG, PAGE, RunFolder
from analysis.corpus.manifest import RunCounts, input_files, input_records, manifest
from analysis.corpus.output import CorpusWriter
from analysis.corpus.page import PAGE_ERRORS, render_corpus_page
from analysis.corpus.run import DEFAULT_BATCH, DEFAULT_BATCH_CHARS, iter_corpus
from analysis.errors import InputError, printable
from analysis.outputs import (
    output_error,
    remove_folder,
    utc_now,
    write_atomic,
    write_manifest,
)
from analysis.spine.article import Article
from analysis.spine.language import THRESHOLD
from analysis.spine.reading import read_corpus


@dataclass(frozen=True)
class CorpusOptions:
    """What the ``corpus`` command was asked to do (recorded in the manifest as given)."""

    path: str
    out: str
    engine: str = "processes"
    workers: int | None = None
    scheduler: str | None = None
    batch_size: int = DEFAULT_BATCH
    batch_chars: int = DEFAULT_BATCH_CHARS
    has_title: bool = True
    encoding: str | None = None
    reports: bool = False
    progress: bool | None = None

    def recorded(self) -> dict:
        """The options as the manifest records them (the number of workers as used)."""
        return {"path": self.path, "out": self.out, "engine": self.engine,
                "workers": self.workers or default_workers(), "scheduler": self.scheduler,
                "batch_size": self.batch_size, "batch_chars": self.batch_chars,
                "has_title": self.has_title, "encoding": self.encoding,
                "reports": self.reports}


@dataclass(frozen=True)
class JobOutcome:
    """A complete run: where it is, its counts, and what the command says after it."""

    folder: Path
    counts: RunCounts
    page: Path
    not_english: int
    recovered: list[Path] = field(default_factory=list)


class RunInterrupted(KeyboardInterrupt):
    """The run was stopped by a signal; what finished is kept (the message says where)."""

    def __init__(self, message: str, signum: int) -> None:
        super().__init__(message)
        self.message = message
        self.signum = signum


def run_corpus_job(options: CorpusOptions) -> JobOutcome:
    """Run the ``corpus`` command (see the module's text for how it ends)."""
    started = utc_now()
    paths = input_files(options.path)  # a wrong path: one line, and nothing written
    if options.engine == "dask" and options.scheduler:
        check_scheduler(options.scheduler)  # a wrong address: one line, and nothing written
    folder = RunFolder.open(options.out)
    stops = _Signals()
    run = _Run(options, folder, started)
    try:
        with stops.installed():
            try:
                return run.execute(paths, stops)
            except KeyboardInterrupt:
                signum = stops.received or signal.SIGINT
                with stops.ignored():
                    kept = run.keep("interrupted", f"stopped by {_signal_name(signum)}")
                raise RunInterrupted(run.outcome(kept), signum) from None
            except (InputError, _WriteFailed) as caught:
                err = caught.error if isinstance(caught, _WriteFailed) else caught
                with stops.ignored():
                    kept = run.keep("failed", str(err))
                where = _moved(err.where, folder.staging, kept or folder.target)
                raise type(err)(where, f"{err.problem}; {run.outcome(kept)}") from None
            except BaseException as err:  # a bug: keep what finished, then show it
                with stops.ignored(), contextlib.suppress(Exception):
                    run.keep("failed", f"{type(err).__name__}: {err}")
                raise
    finally:
        folder.close()


class _Run:
    """One run's state, from the first batch to the folder kept or swapped in."""

    def __init__(self, options: CorpusOptions, folder: RunFolder, started: str) -> None:
        self.options = options
        self.folder = folder
        self.started = started
        self.inputs: list[dict] = []
        self.writer: CorpusWriter | None = None
        self.stops: _Signals | None = None
        self.articles_read = 0
        self.existed = folder.target.exists()
        self.last_counts: RunCounts | None = None

    def execute(self, paths: list[Path], stops: _Signals) -> JobOutcome:
        options = self.options
        self.inputs = input_records(paths)
        self.writer = writer = CorpusWriter(self.folder.staging, reports=options.reports)
        self.stops = stops
        articles = self._count(read_corpus(options.path, has_title=options.has_title,
                                           encoding=options.encoding,
                                           on_error=self._read_error))
        quiet_dask = (dask_log(self.folder.staging / DASK_LOG) if options.engine == "dask"
                      else contextlib.nullcontext())
        with quiet_dask:
            results = iter_corpus(articles, workers=options.workers, engine=options.engine,
                                  scheduler=options.scheduler, batch_size=options.batch_size,
                                  batch_chars=options.batch_chars, form="encoded",
                                  progress=options.progress, reports=options.reports)
            try:
                for result in results:
                    with stops.deferred():  # a batch is written whole or not at all
                        writer.add(result)
            finally:
                results.close()
        with stops.deferred():
            counts = self._finish()
            summary = writer.summary()
            page = render_corpus_page(summary, writer.error_table(limit=PAGE_ERRORS),
                                      counts=counts,
                                      links=writer.report_pages if options.reports else None)
            write_atomic(self.folder.staging / PAGE, page.encode("utf-8"))
            self._manifest("complete", counts)
        with stops.ignored():
            target = self.folder.commit()
        not_english = int((summary.english_share < THRESHOLD).sum()) if len(summary) else 0
        return JobOutcome(target, counts, target / PAGE, not_english, self.folder.recovered)

    def _count(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            self.articles_read += 1
            yield article

    def _read_error(self, error: InputError) -> None:
        """A record the reader could not read: to the errors table as it happens, a block of
        them at a time, each block written whole (as a batch is) — never held to the end."""
        if self.writer.add_read_error(error):
            with self.stops.deferred():
                try:
                    self.writer.flush_read_errors()
                except InputError as failed:  # the run's own file: not a record's error
                    raise _WriteFailed(failed) from None

    def _finish(self) -> RunCounts:
        writer = self.writer
        writer.finish()
        return writer.counts(articles_read=self.articles_read)

    def _manifest(self, status: str, counts: RunCounts | None, error: str | None = None
                  ) -> None:
        writer = self.writer
        write_manifest(self.folder.staging, manifest(
            status=status, started=self.started, finished=utc_now(), inputs=self.inputs,
            options=self.options.recorded(), counts=counts,
            tables=writer.rows if writer else {}, batches=writer.batches if writer else 0,
            reports=(sum(p is not None for p in writer.report_pages)
                     if writer and self.options.reports else None),
            error=error))

    def keep(self, status: str, why: str) -> Path | None:
        """Write what the run finished — errors, manifest, a page without charts — and keep
        it as a partial run; return where (None: it had not begun to write, and nothing is
        kept)."""
        if self.writer is None:
            remove_folder(self.folder.staging)
            return None
        note = (f"This run did not finish ({status}: {why}) at {utc_now()}. Its tables hold the "
                "batches that finished; run.json says what (status, counts). "
                + ("The earlier run in " + str(self.folder.target) + " is untouched."
                   if self.existed else ""))
        try:
            counts = self.last_counts = self._finish()
            page = render_corpus_page(self.writer.summary(),
                                      self.writer.error_table(limit=PAGE_ERRORS),
                                      counts=counts, partial=note, charts=False,
                                      links=(self.writer.report_pages
                                             if self.options.reports else None))
            write_atomic(self.folder.staging / PAGE, page.encode("utf-8"))
            self._manifest(status, counts, error=why)
        except Exception:  # a full disk, or the failure itself again: whatever it is, what is
            pass  # there is kept, marked PARTIAL (never left as a hidden staging folder)
        try:
            return self.folder.keep_partial(printable(note))
        except OSError as err:
            raise output_error(self.folder.staging, err) from None

    def outcome(self, kept: Path | None) -> str:
        """What a run that stopped did, in the words of its one line."""
        if kept is None:
            said = "it stopped before writing anything"
        else:
            counts = self.last_counts
            said = ((counts.line() + "; " if counts is not None else "")
                    + f"what finished is kept in {kept}")
        return said + (f"; the earlier run in {self.folder.target} is untouched"
                       if self.existed else "")


class _WriteFailed(BaseException):
    """A file of the run that could not be written while the reader was running (a full disk):
    carried past the reader's catch-alls, which are for the records and not for the run's own
    files, to fail the run as any other output that cannot be written."""

    def __init__(self, error: InputError) -> None:
        super().__init__(str(error))
        self.error = error


class _Signals:
    """Ctrl-C (SIGINT) and SIGTERM during a run: an interruption raised at once, except while
    a batch is being written (then as soon as it is), and ignored while the run is being
    kept (a second Ctrl-C must not lose what the first one saves)."""

    def __init__(self) -> None:
        self.received: int | None = None
        self._deferring = 0
        self._ignoring = False

    def _handle(self, signum, frame) -> None:
        if self.received is None:
            self.received = signum
        if not self._deferring and not self._ignoring:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # signals reach the main thread only: leave them alone
            return
        saved = {s: signal.signal(s, self._handle) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for s, handler in saved.items():
                signal.signal(s, handler)

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        self._deferring += 1
        try:
            yield
        finally:
            self._deferring -= 1
        if self.received is not None and not self._deferring and not self._ignoring:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def ignored(self) -> Iterator[None]:
        self._ignoring = True
        yield


def _moved(where: str, staging: Path, kept: Path) -> str:
    """``where`` as it is now: a path in the staging folder (gone once the run is kept) is
    named in the folder it was kept as (or the target, if nothing was kept)."""
    try:
        return str(kept / Path(where).relative_to(staging))
    except ValueError:  # not a path in the staging folder
        return where


def _signal_name(signum: int) -> str:
    return {signal.SIGINT: "Ctrl-C (SIGINT)", signal.SIGTERM: "SIGTERM"}.get(
        signum, f"signal {signum}")
