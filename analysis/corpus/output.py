"""Writing a corpus run to disk batch by batch: Parquet parts, CSV files, reports.

The writer writes into a new folder — the run's staging folder (:mod:`analysis.corpus.folder`),
swapped into place when the run is complete — so it only ever appends. What it wrote is read
back for the counts (:meth:`CorpusWriter.counts`) and the page: the numbers a run states are
the tables' own.

The records the reader could not read are written as they come
(:meth:`CorpusWriter.add_read_error`), :data:`READ_ERROR_ROWS` at a time: a file of a million
broken records costs the run no more memory than a file of ten. The errors table is never
read back whole: it is counted a part at a time, by its stage and reason columns, and the page
reads only the first rows it lists.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from analysis.corpus.batch import (
    CORPUS_TABLES,
    ERRORS,
    UNREADABLE,
    ArticleReport,
    BatchResult,
    read_error_row,
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
#: Read errors are held until this many, then appended to the errors table: the memory they
#: take is bounded, however many records cannot be read.
READ_ERROR_ROWS = 10_000
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
    #: The read errors not yet written (at most READ_ERROR_ROWS), as rows of the errors table.
    _read_errors: list[tuple[str, ...]] = field(default_factory=list)
    _read_parts: int = 0

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

    def add_read_error(self, error: InputError) -> bool:
        """Take one record the reader could not read, for the errors table; say whether
        :data:`READ_ERROR_ROWS` of them are now waiting, for the caller to write them
        (:meth:`flush_read_errors`) at a moment of its choosing."""
        self._read_errors.append(read_error_row(error))
        return len(self._read_errors) >= READ_ERROR_ROWS

    def add_read_errors(self, read_errors: Iterable[InputError]) -> None:
        """Append the records the reader could not read to the errors, now."""
        for error in read_errors:
            if self.add_read_error(error):
                self.flush_read_errors()
        self.flush_read_errors()

    def flush_read_errors(self) -> None:
        """Append the read errors waiting to the errors table (its CSV and a Parquet part named
        to sort between the batches it was written between, so both read in one order)."""
        if not self._read_errors:
            return
        frame = pd.DataFrame(self._read_errors, columns=list(ERRORS.names))
        self._read_errors = []
        self._read_parts += 1
        self._write_encoded("errors", encode_table(frame, ERRORS),
                            f"{self.batches:06d}-read-{self._read_parts:06d}")

    def finish(self) -> None:
        """Write a header-only CSV for every table no batch had rows for (``errors.csv`` when
        nothing failed): every table the run promises is there to read. With reports, write
        their index. Once: a second call does nothing."""
        if self._finished:
            return
        self.flush_read_errors()
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

    def read(self, name: str, *, columns: list[str] | None = None, limit: int | None = None
             ) -> pd.DataFrame:
        """Table ``name`` as written so far (with every column of its schema, if empty): its
        ``columns`` only, if given, and its first ``limit`` rows only, if given."""
        schema = CORPUS_TABLES[name]
        tables, rows = [], 0
        for part in self._parts(name):
            if limit is not None and rows >= limit:
                break
            with open(part, "rb") as handle:  # Arrow takes no path that is not UTF-8
                tables.append(pq.read_table(handle, columns=columns))
            rows += tables[-1].num_rows
        if not tables:
            empty = schema.frame(schema.empty())
            return empty if columns is None else empty[columns]
        table = pa.concat_tables(tables)
        return (table if limit is None else table.slice(0, limit)).to_pandas()

    def summary(self) -> pd.DataFrame:
        """The per-article summary written so far."""
        return self.read("summary")

    def error_table(self, *, limit: int | None = None) -> pd.DataFrame:
        """The errors written so far (the first ``limit`` only, if given)."""
        return self.read("errors", limit=limit)

    def counts(self, *, articles_read: int | None = None) -> RunCounts:
        """The counts of what was written (see :class:`~analysis.corpus.manifest.RunCounts`);
        the errors are counted a part at a time, by the columns they are counted by."""
        in_analysis, by_reason = 0, Counter()
        for part in self._parts("errors"):
            with open(part, "rb") as handle:
                table = pq.read_table(handle, columns=["stage", "reason"])
            in_analysis += int(pc.sum(pc.equal(table["stage"], "analyze")).as_py() or 0)
            reasons = pc.value_counts(pc.fill_null(table["reason"], UNREADABLE))
            by_reason.update(dict(zip(reasons.field("values").to_pylist(),
                                      reasons.field("counts").to_pylist(), strict=True)))
        return RunCounts.of_counts(analysed=len(self.summary()),
                                   failed_in_analysis=in_analysis, failed_by_reason=by_reason,
                                   sentences=self.n_sentences, articles_read=articles_read)

    def _parts(self, name: str) -> list[Path]:
        """The Parquet parts of table ``name``, in the order they read as one table."""
        return sorted((self.out / PARQUET / name).glob("part-*.parquet"))
