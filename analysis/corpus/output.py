"""Writing a corpus run to disk batch by batch: Parquet parts, CSV files, a summary page."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from analysis.corpus.batch import CORPUS_TABLES, ERRORS, BatchResult, read_error_columns
from analysis.corpus.encoding import EncodedTable, csv_header, encode_table
from analysis.errors import InputError


@dataclass
class CorpusWriter:
    """Appends each batch's tables to ``out/<table>.csv`` and ``out/parquet/<table>/part-N``;
    nothing of a table stays in memory. The summary and the errors for the summary page are
    read back from what was written."""

    out: Path
    n_sentences: int = 0
    _started: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.out = Path(self.out)
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise InputError(self.out, f"cannot create the output folder: {err.strerror}") from None
        for name in CORPUS_TABLES:  # a fresh run replaces an old one
            (self.out / f"{name}.csv").unlink(missing_ok=True)
            folder = self.out / "parquet" / name
            if folder.is_dir():
                for part in folder.glob("part-*.parquet"):
                    part.unlink()

    def add(self, result: BatchResult) -> None:
        """Append every table of one batch (in any form)."""
        for name, schema in CORPUS_TABLES.items():
            table = result.tables[name]
            if not isinstance(table, EncodedTable):
                table = encode_table(table if isinstance(table, pd.DataFrame)
                                     else schema.frame(table), schema)
            self._write_encoded(name, table, result.index)
        self.n_sentences += result.n_rows("sentences")

    def add_read_errors(self, read_errors: Iterable[InputError]) -> None:
        """Append the records the reader could not read to the errors."""
        frame = ERRORS.frame(read_error_columns(read_errors))
        self._write_encoded("errors", encode_table(frame, ERRORS), 999_999)

    def finish(self) -> None:
        """Write a header-only CSV for every table no batch had rows for (``errors.csv`` when
        nothing failed): every table the run promises is there to read."""
        for name, schema in CORPUS_TABLES.items():
            if name not in self._started:
                (self.out / f"{name}.csv").write_text(csv_header(schema), encoding="utf-8")
                self._started.add(name)

    def _write_encoded(self, name: str, table: EncodedTable, index: int) -> None:
        if table.rows == 0:
            return
        with open(self.out / f"{name}.csv", "a", encoding="utf-8", newline="") as csv:
            if name not in self._started:
                csv.write(table.csv_header)
            csv.write(table.csv_body)
        self._started.add(name)
        folder = self.out / "parquet" / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"part-{index:06d}.parquet").write_bytes(table.parquet)

    def read(self, name: str) -> pd.DataFrame:
        """Table ``name`` as written so far (with every column of its schema, if empty)."""
        schema = CORPUS_TABLES[name]
        parts = sorted((self.out / "parquet" / name).glob("part-*.parquet"))
        if not parts:
            return schema.frame(schema.empty())
        return pq.read_table([str(p) for p in parts]).to_pandas()

    def summary(self) -> pd.DataFrame:
        """The per-article summary written so far."""
        return self.read("summary")

    def error_table(self) -> pd.DataFrame:
        """The errors written so far."""
        return self.read("errors")
