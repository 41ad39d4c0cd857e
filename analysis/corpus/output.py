"""Writing a corpus run to disk batch by batch: Parquet parts, CSV files, reports.

The writer writes into a new folder — the run's staging folder (:mod:`analysis.corpus.folder`),
swapped into place when the run is complete — so it only ever appends. What it wrote is read
back for the counts (:meth:`CorpusWriter.counts`) and the page: the numbers a run states are
the tables' own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from analysis.corpus.batch import (
    CORPUS_TABLES,
    ERRORS,
    ArticleReport,
    BatchResult,
    read_error_columns,
)
from analysis.corpus.encoding import EncodedTable, csv_header, encode_table
from analysis.corpus.manifest import RunCounts
from analysis.errors import InputError
from analysis.outputs import output_error
from analysis.views.report import slug

#: Where a run's reports go, one folder per analysed article, and their index (a name no
#: report's folder takes).
REPORTS = "reports"
REPORT_INDEX = "index.csv"
#: Where a run's Parquet parts go, a folder per table.
PARQUET = "parquet"


@dataclass
class CorpusWriter:
    """Appends each batch's tables to ``out/<table>.csv`` and ``out/parquet/<table>/part-N``;
    nothing of a table stays in memory. With ``reports``, each analysed article's report goes
    to ``out/reports/<article_id>/`` (a name made unique in the run) and
    ``out/reports/index.csv`` lists them (id, source, page; the page empty where the report
    could not be made)."""

    out: Path
    reports: bool = False
    n_sentences: int = 0
    batches: int = 0
    #: Each summary row's report page, relative to ``out`` (None: not made), in row order.
    report_pages: list[str | None] = field(default_factory=list)
    _started: set[str] = field(default_factory=set)
    #: The names taken in ``out/reports`` (casefolded), the index's from the start.
    _names: set[str] = field(default_factory=lambda: {REPORT_INDEX.casefold()})
    _index: list[tuple[str, str, str]] = field(default_factory=list)
    _rows: dict[str, int] = field(default_factory=dict)
    _finished: bool = False

    def __post_init__(self) -> None:
        self.out = Path(self.out)
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise output_error(self.out, err) from None
        if any(self.out.glob("*.csv")) or (self.out / PARQUET).exists():
            raise ValueError(f"{self.out}: a CorpusWriter writes into a new folder")

    @property
    def rows(self) -> dict[str, int]:
        """The rows written to each table so far."""
        return {name: self._rows.get(name, 0) for name in CORPUS_TABLES}

    def add(self, result: BatchResult) -> None:
        """Append every table of one batch (in any form), and its reports."""
        for name, schema in CORPUS_TABLES.items():
            table = result.tables[name]
            if not isinstance(table, EncodedTable):
                table = encode_table(table if isinstance(table, pd.DataFrame)
                                     else schema.frame(table), schema)
            self._write_encoded(name, table, f"{result.index:06d}")
        for report in result.reports:
            self.report_pages.append(self._write_report(report))
        self.n_sentences += result.n_rows("sentences")
        self.batches += 1

    def add_read_errors(self, read_errors: Iterable[InputError]) -> None:
        """Append the records the reader could not read to the errors."""
        frame = ERRORS.frame(read_error_columns(read_errors))
        self._write_encoded("errors", encode_table(frame, ERRORS), "read")

    def finish(self) -> None:
        """Write a header-only CSV for every table no batch had rows for (``errors.csv`` when
        nothing failed): every table the run promises is there to read. With reports, write
        their index. Once: a second call does nothing."""
        if self._finished:
            return
        self._finished = True
        for name, schema in CORPUS_TABLES.items():
            if name not in self._started:
                self._write(self.out / f"{name}.csv", csv_header(schema))
                self._started.add(name)
        if self.reports:
            index = pd.DataFrame(self._index, columns=["article_id", "source", "report"])
            (self.out / REPORTS).mkdir(exist_ok=True)
            self._write(self.out / REPORTS / REPORT_INDEX, index.to_csv(index=False))

    def _write_encoded(self, name: str, table: EncodedTable, part: str) -> None:
        if table.rows == 0:
            return
        header = "" if name in self._started else table.csv_header
        self._write(self.out / f"{name}.csv", header + table.csv_body)
        self._started.add(name)
        self._rows[name] = self._rows.get(name, 0) + table.rows
        folder = self.out / PARQUET / name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"part-{part}.parquet").write_bytes(table.parquet)
        except OSError as err:
            raise output_error(folder, err) from None

    def _write(self, path: Path, text: str) -> None:
        try:
            with open(path, "a", encoding="utf-8", newline="") as handle:
                handle.write(text)
        except OSError as err:
            raise output_error(path, err) from None

    def _write_report(self, report: ArticleReport) -> str | None:
        """Write one article's report under a name no other report of the run has, nor the
        index (ids may repeat, an id may be ``index.csv``; a case-insensitive file system
        holds one of ``Ab`` and ``ab``)."""
        if report.files is None:  # it could not be made: the errors table says why
            self._index.append((report.article_id, report.source, ""))
            return None
        base = slug(report.article_id)
        name, k = base, 1
        while name.casefold() in self._names:
            k += 1
            name = f"{base}-{k}"
        self._names.add(name.casefold())
        folder = self.out / REPORTS / name
        try:
            folder.mkdir(parents=True)
            for file_name, data in report.files.items():
                (folder / file_name).write_bytes(data)
        except OSError as err:
            raise output_error(folder, err) from None
        page = f"{REPORTS}/{name}/report.html"
        self._index.append((report.article_id, report.source, page))
        return page

    def read(self, name: str) -> pd.DataFrame:
        """Table ``name`` as written so far (with every column of its schema, if empty)."""
        schema = CORPUS_TABLES[name]
        parts = sorted((self.out / PARQUET / name).glob("part-*.parquet"))
        if not parts:
            return schema.frame(schema.empty())
        return pq.read_table([str(p) for p in parts]).to_pandas()

    def summary(self) -> pd.DataFrame:
        """The per-article summary written so far."""
        return self.read("summary")

    def error_table(self) -> pd.DataFrame:
        """The errors written so far."""
        return self.read("errors")

    def counts(self, *, articles_read: int | None = None) -> RunCounts:
        """The counts of what was written (see :class:`~analysis.corpus.manifest.RunCounts`)."""
        return RunCounts.of(self.summary(), self.error_table(), sentences=self.n_sentences,
                            articles_read=articles_read)
