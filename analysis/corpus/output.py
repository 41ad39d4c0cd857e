"""Writing a corpus run to disk batch by batch: Parquet parts, CSV files, a summary page."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from analysis.corpus.batch import ERROR_COLUMNS, TABLES, BatchResult
from analysis.errors import InputError

ALL_TABLES = (*TABLES, "summary", "errors")


@dataclass
class CorpusWriter:
    """Appends each batch's tables to ``out/<table>.csv`` and ``out/parquet/<table>/part-N``.
    Only the per-article summary and the errors are kept in memory (for the summary page)."""

    out: Path
    summaries: list[pd.DataFrame] = field(default_factory=list)
    errors: list[pd.DataFrame] = field(default_factory=list)
    n_sentences: int = 0
    _started: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.out = Path(self.out)
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise InputError(self.out, f"cannot create the output folder: {err.strerror}") from None
        for name in ALL_TABLES:  # a fresh run replaces an old one
            (self.out / f"{name}.csv").unlink(missing_ok=True)
            folder = self.out / "parquet" / name
            if folder.is_dir():
                for part in folder.glob("part-*.parquet"):
                    part.unlink()

    def add(self, result: BatchResult) -> None:
        for name in TABLES:
            encoded = result.encoded.get(name) or encode_table(result.tables[name])
            self._write_encoded(name, encoded, result.index)
        self._write("summary", result.summary, result.index)
        self._write("errors", result.errors, result.index)
        self.summaries.append(result.summary)
        self.errors.append(result.errors)
        self.n_sentences += result.n_rows("sentences")

    def add_read_errors(self, read_errors) -> None:
        frame = pd.DataFrame([("", e.where, "read", e.problem) for e in read_errors],
                             columns=ERROR_COLUMNS)
        self._write("errors", frame, 999_999)
        self.errors.append(frame)

    def _write(self, name: str, frame: pd.DataFrame | None, index: int) -> None:
        if frame is not None:
            self._write_encoded(name, encode_table(frame), index)

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

    def summary(self) -> pd.DataFrame:
        frames = [f for f in self.summaries if len(f)]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    def error_table(self) -> pd.DataFrame:
        frames = [f for f in self.errors if len(f)]
        return (pd.concat(frames, ignore_index=True) if frames
                else pd.DataFrame(columns=ERROR_COLUMNS))


@dataclass(frozen=True)
class EncodedTable:
    """A table written out: its CSV header line and rows, and a Parquet file's bytes."""

    rows: int
    csv_header: str
    csv_body: str
    parquet: bytes


def encode_table(frame: pd.DataFrame) -> EncodedTable:
    """``frame`` as CSV (header and rows apart, to append batch after batch) and Parquet, both
    written by Arrow (several times faster than pandas' CSV writer). In the CSV every text is
    quoted, missing values are empty, and booleans are ``true``/``false``."""
    if frame.empty:
        return EncodedTable(0, "", "", b"")
    table = _arrow_table(frame)
    parquet = pa.BufferOutputStream()
    pq.write_table(table, parquet)
    header, body = io.BytesIO(), io.BytesIO()
    pacsv.write_csv(table.slice(0, 0), header)
    pacsv.write_csv(table, body, pacsv.WriteOptions(include_header=False))
    return EncodedTable(len(frame), header.getvalue().decode("utf-8"),
                        body.getvalue().decode("utf-8"), parquet.getvalue().to_pybytes())


#: Arrow's type for each dtype of our tables (text is object in pandas, string in Arrow).
_ARROW_TYPES = {"int64": pa.int64(), "Int64": pa.int64(), "float64": pa.float64(),
                "bool": pa.bool_(), "object": pa.string()}


def _arrow_table(frame: pd.DataFrame) -> pa.Table:
    """``frame`` as an Arrow table whose text columns are strings in every part, even a part
    where a column holds nothing but missing values (so the parts read back as one table).
    The schema comes from the dtypes, so Arrow does not infer each column's type again."""
    types = [_ARROW_TYPES.get(str(frame[c].dtype)) for c in frame.columns]
    if any(t is None for t in types):  # a dtype our tables do not use: let Arrow infer it
        schema = pa.Schema.from_pandas(frame, preserve_index=False)
        types = [t or schema.field(k).type for k, t in enumerate(types)]
    schema = pa.schema([pa.field(str(c), t) for c, t in zip(frame.columns, types, strict=True)])
    return pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
