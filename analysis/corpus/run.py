"""``analyze_corpus`` and the streaming loop under it."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pandas as pd

from analysis.article import Article
from analysis.corpus.batch import (
    ERROR_COLUMNS,
    TABLES,
    BatchResult,
    concat_frames,
    no_cycle_collection,
)
from analysis.corpus.engines import default_workers, run
from analysis.errors import InputError
from analysis.summary import SUMMARY_COLUMNS

DEFAULT_BATCH = 32
#: A batch closes when its texts reach this many characters (or DEFAULT_BATCH articles):
#: batches of about equal work keep every worker busy to the end of the corpus.
DEFAULT_BATCH_CHARS = 50_000
#: With one worker (this process) there is no work to balance, and a batch only bounds memory;
#: batches are this many times larger (fewer tables to make and join; a batch of 400,000
#: characters holds a few MB of tables).
ONE_WORKER_FACTOR = 8


def batch_limits(workers: int, engine: str = "processes", size: int | None = None,
                 chars: int | None = None) -> tuple[int, int]:
    """The articles and characters at which a batch closes: ``size`` and ``chars`` when
    given, else the defaults (larger when one local process does all the work)."""
    factor = ONE_WORKER_FACTOR if engine == "processes" and workers <= 1 else 1
    return (DEFAULT_BATCH * factor if size is None else size,
            DEFAULT_BATCH_CHARS * factor if chars is None else chars)


@dataclass
class CorpusAnalysis:
    """Every table of every article, with ``article_id``; ``summary`` one row per article;
    ``errors`` one row per article that could not be read or analysed; ``texts`` maps
    ``article_id`` to text (for concordances and highlighting)."""

    sentences: pd.DataFrame
    attributions: pd.DataFrame
    hedges: pd.DataFrame
    sentiment: pd.DataFrame
    paragraphs: pd.DataFrame
    summary: pd.DataFrame
    errors: pd.DataFrame
    texts: dict[str, str] = field(repr=False, default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        analysed = len(self.summary)
        failed = len(self.errors)
        return {"read": analysed + int((self.errors.stage == "analyze").sum()),
                "analyzed": analysed, "failed": failed}

    def __repr__(self) -> str:
        c = self.counts
        return (f"CorpusAnalysis({c['analyzed']} articles analysed, {c['failed']} failed; "
                f"{len(self.sentences)} sentences, {len(self.attributions)} attributions)")


def _batches(articles: Iterable[Article], size: int, chars: int
             ) -> Iterator[tuple[int, list[Article]]]:
    """Numbered batches of at most ``size`` articles, closed early once their texts reach
    ``chars`` characters."""
    index, batch, total = 0, [], 0
    for article in articles:
        batch.append(article)
        total += len(article.text)
        if len(batch) >= size or total >= chars:
            yield index, batch
            index, batch, total = index + 1, [], 0
    if batch:
        yield index, batch


def iter_corpus(articles: Iterable[Article], *, workers: int | None = None,
                engine: str = "processes", scheduler: str | None = None,
                batch_size: int | None = None, progress: bool | None = None,
                batch_chars: int | None = None, encode: bool = False
                ) -> Iterator[BatchResult]:
    """Analyse ``articles`` batch by batch, yielding each batch's result in input order (what
    a caller writes to disk as it goes, keeping memory bounded by a batch). A batch holds at
    most ``batch_size`` articles and closes early at ``batch_chars`` characters of text
    (defaults: :func:`batch_limits`).
    With ``encode``, the workers return the tables as CSV and Parquet, ready to be written
    (what the ``corpus`` command does; see :func:`analysis.corpus.batch.analyze_batch`)."""
    workers = default_workers() if workers is None else max(1, int(workers))
    batch_size, batch_chars = batch_limits(workers, engine, batch_size, batch_chars)
    if progress is None:
        progress = sys.stderr.isatty()
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(unit=" articles", desc="analysing", file=sys.stderr)
    try:
        for result in run(_batches(articles, batch_size, batch_chars), engine=engine,
                          workers=workers, scheduler=scheduler, encode=encode):
            if bar is not None:
                bar.update(result.n_articles)
            yield result
    finally:
        if bar is not None:
            bar.close()


def analyze_corpus(articles: Iterable[Article], *, workers: int | None = None,
                   engine: str = "processes", scheduler: str | None = None,
                   batch_size: int | None = None, progress: bool | None = None,
                   read_errors: list[InputError] | None = None,
                   batch_chars: int | None = None) -> CorpusAnalysis:
    """Analyse every article and gather the tables in memory (for a corpus too large for that,
    use :func:`iter_corpus` or the ``corpus`` command, which write each batch to disk).

    ``engine`` is ``"processes"`` (local processes, all cores by default) or ``"dask"``
    (``scheduler`` — ``"tcp://host:port"`` of an existing cluster — or a LocalCluster).
    ``read_errors`` collects what the reader reported (pass ``on_error=errors.append`` to
    :func:`analysis.read_corpus` and the same list here): they join the ``errors`` table.
    """
    texts: dict[str, str] = {}

    def remember(stream):
        for article in stream:
            texts[article.article_id] = article.text
            yield article

    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in (*TABLES, "summary", "errors")}
    # Every table is kept until the end, so the cycle collector would walk all of them again
    # and again while results arrive (a tenth of a two-worker run): off until they are joined.
    with no_cycle_collection():
        for result in iter_corpus(remember(articles), workers=workers, engine=engine,
                                  scheduler=scheduler, batch_size=batch_size,
                                  progress=progress, batch_chars=batch_chars):
            for name in TABLES:
                parts[name].append(result.tables[name])
            parts["summary"].append(result.summary)
            parts["errors"].append(result.errors)
    if read_errors:
        parts["errors"].insert(0, pd.DataFrame(
            [("", e.where, "read", e.problem) for e in read_errors], columns=ERROR_COLUMNS))
    frames = {name: concat_frames(p) for name, p in parts.items()}
    if frames["summary"].empty:
        frames["summary"] = pd.DataFrame(columns=SUMMARY_COLUMNS)
    if frames["errors"].empty:
        frames["errors"] = pd.DataFrame(columns=ERROR_COLUMNS)
    return CorpusAnalysis(**frames, texts=texts)


