"""The unit of work: analyse a batch of articles in one process, return its tables.

A batch is analysed article by article; an article that fails in any layer becomes a row of
the ``errors`` table and the rest of the batch goes on. The layers return columns, not frames
(see :mod:`analysis.columns`), and the columns of all the batch's articles are concatenated.
What comes back depends on ``output``: one DataFrame per table (``"frames"``, what
:func:`~analysis.corpus.run.iter_corpus` yields), the concatenated columns (``"columns"``,
what :func:`~analysis.corpus.run.analyze_corpus` gathers to make each table's frame once for
the whole corpus), or the tables written as CSV and Parquet (``"encoded"``, what the
``corpus`` command appends to its files).
"""

from __future__ import annotations

import traceback
import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis.analyze import analyze_columns, no_cycle_collection, table_columns
from analysis.article import Article
from analysis.columns import concat_columns, to_frame
from analysis.language import LanguageWarning
from analysis.profile import paragraph_columns
from analysis.summary import SUMMARY_COLUMNS, summary_row

TABLES = ("sentences", "attributions", "hedges", "sentiment", "paragraphs")
#: The tables each article gives; the paragraph table is made for the whole batch at once.
LAYER_TABLES = TABLES[:-1]
ERROR_COLUMNS = ["article_id", "source", "stage", "error"]
OUTPUTS = ("frames", "columns", "encoded")


@dataclass
class BatchResult:
    """One batch's tables, as its ``output`` asked: frames (``tables``), columns
    (``columns``, with ``summary_rows`` and ``error_rows``) or the tables already written as
    CSV and Parquet (``encoded``, see :func:`analysis.corpus.output.encode_table`); with
    frames and encoded tables, ``summary`` and ``errors`` are frames."""

    index: int
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    summary: pd.DataFrame | None = None
    errors: pd.DataFrame | None = None
    n_articles: int = 0
    encoded: dict = field(default_factory=dict)
    columns: dict[str, dict] = field(default_factory=dict)
    summary_rows: list[dict] = field(default_factory=list)
    error_rows: list[tuple] = field(default_factory=list)

    def n_rows(self, name: str) -> int:
        if name in self.encoded:
            return self.encoded[name].rows
        if name in self.columns:
            return len(self.columns[name][table_columns()[name][0]])
        return len(self.tables[name])


def analyze_batch(index: int, articles: list[Article], output: str = "frames") -> BatchResult:
    """Analyse ``articles`` (batch number ``index``); failures go to ``errors``.

    ``output`` (see the module text): ``"frames"``; ``"columns"``, which leave making frames to
    the process that gathers every batch (once per table, not once per batch); or
    ``"encoded"``, CSV text and Parquet bytes: the worker does the writing work, and the
    process that gathers results (one, for any number of workers) only appends bytes to
    files."""
    if output not in OUTPUTS:
        raise ValueError(f"unknown output {output!r}; choose from {', '.join(OUTPUTS)}")
    parts: dict[str, list[dict]] = {name: [] for name in LAYER_TABLES}
    summaries, errors = [], []
    with no_cycle_collection():
        for article in articles:
            try:
                with warnings.catch_warnings():  # the summary's english_share says it
                    warnings.simplefilter("ignore", LanguageWarning)
                    tables = analyze_columns(article, paragraphs=False)
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
            for name in LAYER_TABLES:
                parts[name].append(tables[name])
            summaries.append(summary)
        out = BatchResult(index, n_articles=len(articles))
        for name in LAYER_TABLES:
            out.columns[name] = concat_columns(parts[name], table_names(name))
        out.columns["paragraphs"] = _paragraphs(out.columns, parts)
    if output == "columns":
        out.summary_rows, out.error_rows = summaries, errors
        return out
    out.tables = {name: to_frame(out.columns.pop(name), table_names(name), name)
                  for name in TABLES}
    out.summary = pd.DataFrame(summaries, columns=SUMMARY_COLUMNS)
    out.errors = pd.DataFrame(errors, columns=ERROR_COLUMNS)
    if output == "encoded":
        from analysis.corpus.output import encode_table

        out.encoded = {name: encode_table(frame) for name, frame in out.tables.items()}
        out.tables = {}
    return out


def _paragraphs(columns: dict[str, dict], parts: dict[str, list[dict]]) -> dict:
    """The paragraph table of the whole batch at once, from its sentence and attribution
    columns: each sentence's article and each attribution's sentence row say where the
    articles begin."""
    n_sentences = [len(p["sentence_id"]) for p in parts["sentences"]]
    n_attributions = [len(p["sentence_id"]) for p in parts["attributions"]]
    first_row = np.cumsum([0, *n_sentences], dtype="int64")[:-1]  # each article's first row
    rows = np.repeat(first_row, n_attributions) + np.asarray(
        columns["attributions"]["sentence_id"], dtype="int64")
    return paragraph_columns(
        columns["sentences"], columns["attributions"],
        article_index=np.repeat(np.arange(len(n_sentences)), n_sentences),
        attribution_rows=rows)


def table_names(name: str) -> list[str]:
    """The columns of a corpus table, in order (``article_id`` first)."""
    order = table_columns()[name]
    return ["article_id", *order] if name == "paragraphs" else order
