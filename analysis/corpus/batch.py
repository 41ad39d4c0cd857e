"""The unit of work: analyse a batch of articles in one process, return its tables.

A batch is analysed article by article; an article that fails — in any layer, in its report,
or anywhere else (``internal_error``) — becomes a row of the ``errors`` table and the rest of
the batch goes on. The layers return columns (see
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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.corpus.encoding import EncodedTable, encode_table
from analysis.errors import InputError, failure_line, printable
from analysis.pipeline.analyze import TABLES, ArticleAnalysis, analyze_document
from analysis.pipeline.profile import PARAGRAPHS, paragraph_columns
from analysis.pipeline.sources import source_columns
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
                           "analysis, report, or internal_error (anything else that failed on "
                           "one article)"),
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
#: The tables each article gives (its sources too: who speaks); the paragraph table is made
#: for the whole batch at once.
LAYER_TABLES = tuple(name for name in TABLES if name != "paragraphs")
FORMS = ("frames", "columns", "encoded")


#: The reason of a read error whose reader gave none, of a failed analysis, of a failed report,
#: and of anything else that failed on one article (see :data:`analysis.errors.REASONS`).
UNREADABLE, ANALYSIS, REPORT, INTERNAL = "unreadable", "analysis", "report", "internal_error"


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
    caller: a worker may run on another machine).

    Whatever goes wrong on one article is its row of ``errors`` and the rest of the batch goes
    on: a layer that fails (``analysis``), a report that cannot be made (``report``), and
    anything else — an article whose tables cannot be joined to the batch's or written, say
    (``internal_error``, naming the exception: such an article is found by trying the
    batch's articles one at a time, and left out)."""
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}; choose from {', '.join(FORMS)}")
    done: list[_Analysed] = []
    errors: list[tuple[str, ...]] = []
    with no_cycle_collection():
        for article in articles:
            try:
                analysed = _analyze_article(article, reports, errors)
            except Exception as err:  # one article, whatever went wrong: its row, no more
                errors.append(error_row(article, "analyze", INTERNAL, err))
                continue
            if analysed is not None:
                done.append(analysed)
        try:
            return _gather(index, len(articles), form, done, errors)
        except Exception:  # an article's tables cannot be gathered: find which one, below
            pass
        kept = []
        for analysed in done:
            try:
                _gather(index, 1, form, [analysed], [])
            except Exception as err:
                errors.append(error_row(analysed.article, "analyze", INTERNAL, err))
            else:
                kept.append(analysed)
        try:
            return _gather(index, len(articles), form, kept, errors)
        except Exception as err:  # not one article's: every article of the batch is a row
            return failed_batch(index, articles, form, err)


def failed_batch(index: int, articles: list[Article], form: str, err: BaseException
                 ) -> BatchResult:
    """A batch none of whose articles came back (its worker could not be sent it, or could
    not send its result back): each article one row of ``errors`` (``internal_error``)."""
    return _gather(index, len(articles), form, [],
                   [error_row(article, "analyze", INTERNAL, err) for article in articles])


def error_row(article: object, stage: str, reason: str, err: BaseException
              ) -> tuple[str, ...]:
    """One article that failed, as a row of :data:`ERRORS` (its values in column order): the
    article (anything else handed in as one is named by its type), what was raised."""
    article_id = getattr(article, "article_id", None)
    source = getattr(article, "source", None)
    if not isinstance(article_id, str):
        article_id, source = "", f"<not an Article: {type(article).__name__}>"
    return (printable(article_id), printable(source or ""), stage, reason, failure_line(err))


@dataclass(frozen=True)
class _Analysed:
    """One analysed article of a batch: its tables, its summary row, its report."""

    article: Article
    tables: dict[str, Columns]
    summary: dict
    report: ArticleReport | None


def _analyze_article(article: Article, reports: bool, errors: list[tuple[str, ...]]
                     ) -> _Analysed | None:
    """One article's tables (None if a layer failed: its row is added to ``errors``)."""
    try:
        doc = prepare(article)
        tables = analyze_document(doc, paragraphs=False)
        tables["sources"] = source_columns(doc, tables["sentences"], tables["attributions"])
        summary = summary_row(doc, tables["sentences"], tables["attributions"],
                              sources=tables["sources"])
    except Exception as err:  # one bad article must not stop the corpus
        errors.append(error_row(article, "analyze", ANALYSIS, err))
        return None
    made = None
    if reports:
        try:
            files = report_files(_analysis(doc, tables))
        except Exception as err:  # the article stays analysed; its report is missing
            errors.append(error_row(article, "report", REPORT, err))
            files = None
        made = ArticleReport(article.article_id, article.source or "", files)
    return _Analysed(article, tables, summary, made)


def _gather(index: int, n_articles: int, form: str, done: list[_Analysed],
            errors: list[tuple[str, ...]]) -> BatchResult:
    """The batch's result: the tables of the articles ``done`` joined, and the ``errors``."""
    columns = {name: CORPUS_TABLES[name].concat([a.tables[name] for a in done])
               for name in LAYER_TABLES}
    columns["paragraphs"] = _paragraphs(columns, [a.tables for a in done])
    columns["summary"] = _rows(SUMMARY, [a.summary for a in done])
    columns["errors"] = _rows(ERRORS, [dict(zip(ERRORS.names, e, strict=True))
                                       for e in errors])
    made = tuple(a.report for a in done if a.report is not None)
    if form == "columns":
        return BatchResult(index, n_articles, form, columns, made)
    frames = {name: CORPUS_TABLES[name].frame(columns.pop(name)) for name in CORPUS_TABLES}
    if form == "encoded":
        return BatchResult(index, n_articles, form,
                           {name: encode_table(frame, CORPUS_TABLES[name])
                            for name, frame in frames.items()}, made)
    return BatchResult(index, n_articles, form, frames, made)


def read_error_columns(read_errors: Iterable[InputError]) -> Columns:
    """The records a reader could not read, as rows of :data:`ERRORS` (stage ``read``), each
    with its reader's reason (:func:`read_reason`)."""
    rows = [read_error_row(e) for e in read_errors]
    return {name: [row[k] for row in rows] for k, name in enumerate(ERRORS.names)}


def read_error_row(error: InputError) -> tuple[str, str, str, str, str]:
    """One record a reader could not read, as a row of :data:`ERRORS` (its values in the
    order of the columns)."""
    return ("", printable(error.where), "read", read_reason(error), printable(error.problem))


def read_reason(error: InputError) -> str:
    """Why a record could not be read, as a run counts it: the reader's ``reason`` (a truncated
    archive's lost records, a record over the size limit, …) or, where it gives none,
    ``unreadable``."""
    reason = getattr(error, "reason", None)
    return str(reason) if reason else UNREADABLE


def _analysis(doc, tables: dict[str, Columns]) -> ArticleAnalysis:
    """The :class:`~analysis.ArticleAnalysis` of one article of the batch, from its columns
    (what :func:`analysis.analyze` would return, without analysing it again)."""
    frames = {name: TABLES[name].frame(tables[name]) for name in LAYER_TABLES}
    paragraphs = PARAGRAPHS.frame(paragraph_columns(tables["sentences"], tables["attributions"]))
    return ArticleAnalysis(doc.article, **frames, paragraphs=paragraphs, document=doc)


def _rows(schema: Schema, rows: list[dict]) -> Columns:
    return {name: [row[name] for row in rows] for name in schema.names}


def _paragraphs(columns: dict[str, Columns], parts: list[dict[str, Columns]]) -> Columns:
    """The paragraph table of the whole batch at once, from its sentence and attribution
    columns (``parts``: each article's tables): each sentence's article and each
    attribution's sentence row say where the articles begin."""
    n_sentences = [len(p["sentences"]["sentence_id"]) for p in parts]
    n_attributions = [len(p["attributions"]["sentence_id"]) for p in parts]
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
