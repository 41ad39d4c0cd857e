"""``analyze_corpus`` and the streaming loop under it."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pandas as pd

from analysis.corpus.batch import (
    CORPUS_TABLES,
    BatchResult,
    no_cycle_collection,
    read_error_columns,
)
from analysis.corpus.engines import default_workers, run
from analysis.errors import AN_ARTICLE, InputError, expect
from analysis.schema import Columns
from analysis.spine.article import Article

DEFAULT_BATCH = 32
#: A batch closes when its texts reach this many characters (or DEFAULT_BATCH articles):
#: batches of about equal work keep every worker busy to the end of the corpus.
DEFAULT_BATCH_CHARS = 50_000


@dataclass
class CorpusAnalysis:
    """Every table of every article, with ``article_id`` (``sources``: one row per cited entity
    of each article); ``summary`` one row per article;
    ``errors`` one row per article that could not be read or analysed; ``texts`` maps
    ``article_id`` to text (for concordances and highlighting)."""

    sentences: pd.DataFrame
    attributions: pd.DataFrame
    hedges: pd.DataFrame
    framing: pd.DataFrame
    sentiment: pd.DataFrame
    paragraphs: pd.DataFrame
    sources: pd.DataFrame
    summary: pd.DataFrame
    errors: pd.DataFrame
    texts: dict[str, str] = field(repr=False, default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        analysed = len(self.summary)
        failed = len(self.errors)
        return {"read": analysed + int((self.errors.stage == "analyze").sum()),
                "analyzed": analysed, "failed": failed}

    @property
    def failed_by_reason(self) -> dict[str, int]:
        """How many records or articles failed, by reason (the ``errors`` table's
        ``reason``: the reader's, ``analysis`` or ``report``)."""
        return {str(k): int(v) for k, v in self.errors.reason.value_counts(sort=False).items()}

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
        expect(article, Article, function="iter_corpus", wanted=f"{AN_ARTICLE} for each "
               "article")
        batch.append(article)
        total += len(article.text)
        if len(batch) >= size or total >= chars:
            yield index, batch
            index, batch, total = index + 1, [], 0
    if batch:
        yield index, batch


def iter_corpus(articles: Iterable[Article], *, workers: int | None = None,
                engine: str = "processes", scheduler: str | None = None,
                batch_size: int = DEFAULT_BATCH, progress: bool | None = None,
                batch_chars: int = DEFAULT_BATCH_CHARS, form: str = "frames",
                reports: bool = False) -> Iterator[BatchResult]:
    """Analyse ``articles`` batch by batch, yielding each batch's result in input order (what
    a caller writes to disk as it goes, keeping memory bounded by a batch). A batch holds at
    most ``batch_size`` articles and closes early at ``batch_chars`` characters of text.
    ``form`` says what a result holds (see :mod:`analysis.corpus.batch`): frames, columns, or
    the tables written as CSV and Parquet (``"encoded"``, what the ``corpus`` command appends
    to its files); with ``reports``, a result also holds each analysed article's report.

    Closing the iterator early (or an interruption) cancels the batches not started; the
    workers end when the batch in their hands is done."""
    _expect_articles(articles, function="iter_corpus")
    return _iter_corpus(articles, workers=workers, engine=engine, scheduler=scheduler,
                        batch_size=batch_size, progress=progress, batch_chars=batch_chars,
                        form=form, reports=reports)


def _expect_articles(articles: object, *, function: str) -> None:
    """Refuse what is not an iterable of articles (a path, one article) at the edge."""
    expect(articles, Iterable, function=function, wanted="an iterable of Articles (e.g. "
           "analysis.read_corpus(path))", refuse=(str, bytes, os.PathLike, Article),
           hint="for a folder, a glob, a CSV or JSON lines use analysis.read_corpus(path)")


def _iter_corpus(articles: Iterable[Article], *, workers: int | None, engine: str,
                 scheduler: str | None, batch_size: int, progress: bool | None,
                 batch_chars: int, form: str, reports: bool) -> Iterator[BatchResult]:
    workers = default_workers() if workers is None else max(1, int(workers))
    if progress is None:
        progress = sys.stderr.isatty()
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(unit=" articles", desc="analysing", file=sys.stderr)
    results = run(_batches(articles, batch_size, batch_chars), engine=engine,
                  workers=workers, scheduler=scheduler, form=form, reports=reports)
    try:
        for result in results:
            if bar is not None:
                bar.update(result.n_articles)
            yield result
    finally:
        results.close()  # stops the engine's workers now, not when this is collected
        if bar is not None:
            bar.close()


def analyze_corpus(articles: Iterable[Article], *, workers: int | None = None,
                   engine: str = "processes", scheduler: str | None = None,
                   batch_size: int = DEFAULT_BATCH, progress: bool | None = None,
                   read_errors: list[InputError] | None = None,
                   batch_chars: int = DEFAULT_BATCH_CHARS) -> CorpusAnalysis:
    """Analyse every article and gather the tables in memory (for a corpus too large for that,
    use :func:`iter_corpus` or the ``corpus`` command, which write each batch to disk).

    ``engine`` is ``"processes"`` (local processes, all cores by default) or ``"dask"``
    (``scheduler`` — ``"tcp://host:port"`` of an existing cluster — or a LocalCluster).
    ``read_errors`` collects what the reader reported (pass ``on_error=errors.append`` to
    :func:`analysis.read_corpus` and the same list here): they join the ``errors`` table.
    """
    _expect_articles(articles, function="analyze_corpus")
    texts: dict[str, str] = {}

    def remember(stream):
        for article in stream:
            expect(article, Article, function="analyze_corpus",
                   wanted=f"{AN_ARTICLE} for each article")
            texts[article.article_id] = article.text
            yield article

    # The batches come back as columns; each table's frame is made once, at the end (a frame
    # per table per batch cost more than the join of the columns).
    parts: dict[str, list[Columns]] = {name: [] for name in CORPUS_TABLES}
    # Every table is kept until the end, so the cycle collector would walk all of them again
    # and again while results arrive (a tenth of a two-worker run): off until they are joined.
    with no_cycle_collection():
        for result in iter_corpus(remember(articles), workers=workers, engine=engine,
                                  scheduler=scheduler, batch_size=batch_size,
                                  progress=progress, batch_chars=batch_chars, form="columns"):
            for name in CORPUS_TABLES:
                parts[name].append(result.tables[name])
        # the reader reports as the articles are read: its errors are all known now, and go
        # first
        parts["errors"].insert(0, read_error_columns(read_errors or ()))
        frames = {name: schema.frame(schema.concat(parts.pop(name)))
                  for name, schema in CORPUS_TABLES.items()}
    return CorpusAnalysis(**frames, texts=texts)
