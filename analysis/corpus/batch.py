"""The unit of work: analyse a batch of articles in one process, return one frame per table.

A batch is analysed article by article; an article that fails in any layer becomes a row of
the ``errors`` table and the rest of the batch goes on. The layers return columns, not frames
(see :mod:`analysis.columns`): the columns of all the batch's articles are concatenated and
each table becomes one DataFrame per batch, so a worker builds and ships a handful of frames,
whatever the batch size.
"""

from __future__ import annotations

import contextlib
import gc
import traceback
import warnings
from dataclasses import dataclass, field

import pandas as pd

from analysis.analyze import analyze_columns, table_columns
from analysis.article import Article
from analysis.columns import concat_columns, repeat, to_frame
from analysis.language import LanguageWarning
from analysis.summary import SUMMARY_COLUMNS, summary_row

TABLES = ("sentences", "attributions", "hedges", "sentiment", "paragraphs")
ERROR_COLUMNS = ["article_id", "source", "stage", "error"]


@dataclass
class BatchResult:
    """One batch's tables (``tables``), or — when the batch was asked to ``encode`` them —
    the same tables already written as CSV and Parquet (``encoded``, see
    :func:`analysis.corpus.output.encode_table`), with ``summary`` and ``errors`` as frames."""

    index: int
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    summary: pd.DataFrame | None = None
    errors: pd.DataFrame | None = None
    n_articles: int = 0
    encoded: dict = field(default_factory=dict)

    def n_rows(self, name: str) -> int:
        return self.encoded[name].rows if name in self.encoded else len(self.tables[name])


def analyze_batch(index: int, articles: list[Article], encode: bool = False) -> BatchResult:
    """Analyse ``articles`` (batch number ``index``); failures go to ``errors``.

    With ``encode``, the tables come back as CSV text and Parquet bytes instead of frames: the
    worker does the writing work, and the process that gathers results (one, for any number
    of workers) only appends bytes to files."""
    order = table_columns()
    parts: dict[str, list[dict]] = {name: [] for name in TABLES}
    summaries, errors = [], []
    with no_cycle_collection():
        for article in articles:
            try:
                with warnings.catch_warnings():  # the summary's english_share says it
                    warnings.simplefilter("ignore", LanguageWarning)
                    tables = analyze_columns(article)
                    summary = summary_row(article, tables["sentences"], tables["attributions"])
            except Exception as err:  # one bad article must not stop the corpus
                where = traceback.extract_tb(err.__traceback__)[-1]
                errors.append((article.article_id, article.source or "",
                               "analyze", f"{type(err).__name__}: {err} (at {where.name})"))
                continue
            finally:
                # the tokens are only needed while the layers run: a corpus keeps the tables
                article.__dict__.pop("sentence_tokens", None)
                article.__dict__.pop("quote_index", None)
            paragraphs = tables["paragraphs"]
            paragraphs["article_id"] = repeat(article.article_id, len(paragraphs["paragraph_id"]))
            for name in TABLES:
                parts[name].append(tables[name])
            summaries.append(summary)
    out = BatchResult(index, n_articles=len(articles))
    for name, columns in parts.items():
        names = ["article_id", *order[name]] if name == "paragraphs" else order[name]
        out.tables[name] = to_frame(concat_columns(columns, names), names, name)
    out.summary = pd.DataFrame(summaries, columns=SUMMARY_COLUMNS)
    out.errors = pd.DataFrame(errors, columns=ERROR_COLUMNS)
    if encode:
        from analysis.corpus.output import encode_table

        out.encoded = {name: encode_table(frame) for name, frame in out.tables.items()}
        out.tables = {}
    return out


@contextlib.contextmanager
def no_cycle_collection():
    """Python's cycle collector off for a while (a batch, the gathering of a corpus's tables).
    The layers allocate hundreds of thousands of small objects (tokens, rows, cells) that hold
    no reference cycles; with the collector on, each of its passes walks every object still
    alive — a fifth of a one-core run. Cycles left behind are collected once it is back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def concat_frames(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """The non-empty frames, concatenated, ``article_id`` first."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame()
    frame = pd.concat(frames, ignore_index=True)
    if "article_id" in frame.columns and frame.columns[0] != "article_id":
        frame = frame[["article_id", *[c for c in frame.columns if c != "article_id"]]]
    return frame
