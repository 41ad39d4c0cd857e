"""The unit of work: analyse a batch of articles in one process, return its tables.

A batch is analysed article by article; an article that fails in any layer becomes a row of
the ``errors`` table and the rest of the batch goes on. The layers return columns (see
:mod:`analysis.schema`), and the columns of all the batch's articles are concatenated. A
:class:`BatchResult` holds every table of :data:`CORPUS_TABLES` in one of three forms, as the
caller asks: DataFrames (``"frames"``, what :func:`~analysis.corpus.run.iter_corpus` yields),
columns (``"columns"``, what :func:`~analysis.corpus.run.analyze_corpus` gathers to make each
table's frame once for the whole corpus), or CSV and Parquet bytes (``"encoded"``, what the
``corpus`` command appends to its files: the worker does the writing work, and the one process
that gathers results only appends bytes).

**The cycle collector is off while a batch runs** (:func:`no_cycle_collection`): the layers
allocate hundreds of thousands of small objects (tokens, rows, cells) that hold no reference
cycles, and with the collector on each of its passes walks every object still alive — a fifth
of a one-core run. That is the corpus engine's decision, for the processes it runs; a library
call such as :func:`analysis.analyze` leaves the collector alone.
"""

from __future__ import annotations

import contextlib
import gc
import traceback
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.corpus.encoding import EncodedTable, encode_table
from analysis.errors import InputError
from analysis.pipeline.analyze import TABLES, ArticleAnalysis, analyze_document
from analysis.pipeline.profile import PARAGRAPHS, paragraph_columns
from analysis.pipeline.summary import SUMMARY, summary_row
from analysis.schema import TEXT, Column, Columns, Schema
from analysis.spine.article import Article
from analysis.spine.document import prepare
from analysis.views.report import report_files

ERRORS = Schema("errors", "One row per record that could not be read or article that could not "
                "be analysed: nothing is dropped silently.", (
    Column("article_id", TEXT, "the article (empty for a record that could not be read)"),
    Column("source", TEXT, "the file, and the row or line of a CSV or JSON-lines record"),
    Column("stage", TEXT, "read (the reader refused it), analyze (a layer failed) or report "
                          "(the article was analysed, its report could not be made)"),
    Column("reason", TEXT, "what kind of failure, the key a run's counts are grouped by: the "
                           "reader's reason for a record (unreadable where it gives none), "
                           "analysis, or report"),
    Column("error", TEXT, "what is wrong, in one line"),
))
#: Every table of a corpus run, in order: the tables of an analysis (the paragraph table with
#: the article's id, as a corpus holds many), the per-article summary and the errors.
CORPUS_TABLES: dict[str, Schema] = {
    **TABLES,
    "paragraphs": Schema(PARAGRAPHS.name, PARAGRAPHS.description,
                         (Column("article_id", TEXT, "the article"), *PARAGRAPHS.columns)),
    "summary": SUMMARY,
    "errors": ERRORS,
}
#: The tables each article gives; the paragraph table is made for the whole batch at once.
LAYER_TABLES = tuple(name for name in TABLES if name != "paragraphs")
FORMS = ("frames", "columns", "encoded")


#: The reason of a read error whose reader gave none, of a failed analysis, of a failed report.
UNREADABLE, ANALYSIS, REPORT = "unreadable", "analysis", "report"


@dataclass(frozen=True)
class ArticleReport:
    """The files of one analysed article's report (None where it could not be made)."""

    article_id: str
    source: str
    files: Mapping[str, bytes] | None


@dataclass(frozen=True)
class BatchResult:
    """One batch's tables — every table of :data:`CORPUS_TABLES` — in the ``form`` asked for:
    DataFrames, columns, or :class:`~analysis.corpus.encoding.EncodedTable`; and, if asked
    for, the report of each analysed article, in the order of the summary's rows."""

    index: int
    n_articles: int
    form: str
    tables: Mapping[str, pd.DataFrame | Columns | EncodedTable]
    reports: tuple[ArticleReport, ...] = ()

    def n_rows(self, name: str) -> int:
        """How many rows table ``name`` has."""
        table = self.tables[name]
        if isinstance(table, EncodedTable):
            return table.rows
        if isinstance(table, pd.DataFrame):
            return len(table)
        return len(table[CORPUS_TABLES[name].names[0]])


def analyze_batch(index: int, articles: list[Article], form: str = "frames", *,
                  reports: bool = False) -> BatchResult:
    """Analyse ``articles`` (batch number ``index``); failures go to ``errors``. With
    ``reports``, also make each analysed article's report (its files, to be written by the
    caller: a worker may run on another machine)."""
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}; choose from {', '.join(FORMS)}")
    parts: dict[str, list[Columns]] = {name: [] for name in LAYER_TABLES}
    summaries, errors, made = [], [], []
    with no_cycle_collection():
        for article in articles:
            try:
                doc = prepare(article)
                tables = analyze_document(doc, paragraphs=False)
                summary = summary_row(doc, tables["sentences"], tables["attributions"])
            except Exception as err:  # one bad article must not stop the corpus
                errors.append((article.article_id, article.source or "", "analyze", ANALYSIS,
                               _one_line(err)))
                continue
            for name in LAYER_TABLES:
                parts[name].append(tables[name])
            summaries.append(summary)
            if reports:
                try:
                    files = report_files(_analysis(doc, tables))
                except Exception as err:  # the article stays analysed; its report is missing
                    errors.append((article.article_id, article.source or "", "report", REPORT,
                                   _one_line(err)))
                    files = None
                made.append(ArticleReport(article.article_id, article.source or "", files))
        columns = {name: CORPUS_TABLES[name].concat(parts[name]) for name in LAYER_TABLES}
        columns["paragraphs"] = _paragraphs(columns, parts)
        columns["summary"] = _rows(SUMMARY, summaries)
        columns["errors"] = _rows(ERRORS, [dict(zip(ERRORS.names, e, strict=True))
                                           for e in errors])
    made = tuple(made)
    if form == "columns":
        return BatchResult(index, len(articles), form, columns, made)
    frames = {name: CORPUS_TABLES[name].frame(columns.pop(name)) for name in CORPUS_TABLES}
    if form == "encoded":
        return BatchResult(index, len(articles), form,
                           {name: encode_table(frame, CORPUS_TABLES[name])
                            for name, frame in frames.items()}, made)
    return BatchResult(index, len(articles), form, frames, made)


def read_error_columns(read_errors: Iterable[InputError]) -> Columns:
    """The records a reader could not read, as rows of :data:`ERRORS` (stage ``read``), each
    with its reader's reason (:func:`read_reason`)."""
    errors = list(read_errors)
    return {"article_id": [""] * len(errors), "source": [e.where for e in errors],
            "stage": ["read"] * len(errors), "reason": [read_reason(e) for e in errors],
            "error": [e.problem for e in errors]}


def read_reason(error: InputError) -> str:
    """Why a record could not be read, as a run counts it: the reader's ``reason`` (a truncated
    archive's lost records, a record over the size limit, …) or, where it gives none,
    ``unreadable``."""
    reason = getattr(error, "reason", None)
    return str(reason) if reason else UNREADABLE


def _one_line(err: Exception) -> str:
    """An exception as one line: its type, its message, and the function it was raised in."""
    where = traceback.extract_tb(err.__traceback__)[-1] if err.__traceback__ else None
    text = " ".join(str(err).split())
    return f"{type(err).__name__}: {text}" + (f" (at {where.name})" if where else "")


def _analysis(doc, tables: dict[str, Columns]) -> ArticleAnalysis:
    """The :class:`~analysis.ArticleAnalysis` of one article of the batch, from its columns
    (what :func:`analysis.analyze` would return, without analysing it again)."""
    frames = {name: TABLES[name].frame(tables[name]) for name in LAYER_TABLES}
    paragraphs = PARAGRAPHS.frame(paragraph_columns(tables["sentences"], tables["attributions"]))
    return ArticleAnalysis(doc.article, **frames, paragraphs=paragraphs, document=doc)


def _rows(schema: Schema, rows: list[dict]) -> Columns:
    return {name: [row[name] for row in rows] for name in schema.names}


def _paragraphs(columns: dict[str, Columns], parts: dict[str, list[Columns]]) -> Columns:
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


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off for a while (a corpus batch, the gathering of a corpus's
    tables: see the module text). Cycles left behind are collected once it is back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
