"""Tables as bytes to append to files: CSV text and Parquet, written by Arrow from the schema."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from analysis.schema import BOOL, FLOAT, INT, NULLABLE_INT, TEXT, Schema

#: Arrow's type for each dtype of a schema (text is object in pandas, string in Arrow).
_ARROW_TYPES = {INT: pa.int64(), NULLABLE_INT: pa.int64(), FLOAT: pa.float64(), BOOL: pa.bool_(),
                TEXT: pa.string()}


@dataclass(frozen=True)
class EncodedTable:
    """A table written out: its CSV header line and rows, and a Parquet file's bytes."""

    rows: int
    csv_header: str
    csv_body: str
    parquet: bytes


def arrow_schema(schema: Schema) -> pa.Schema:
    """The Arrow schema of a table: every part of a corpus run's Parquet output has it, even a
    part where a text column holds nothing but missing values (so the parts read as one)."""
    return pa.schema([pa.field(c.name, _ARROW_TYPES[c.dtype]) for c in schema.columns])


def csv_header(schema: Schema) -> str:
    """The CSV header line of a table, as :func:`encode_table` writes it."""
    header = io.BytesIO()
    pacsv.write_csv(pa.Table.from_pylist([], schema=arrow_schema(schema)), header)
    return header.getvalue().decode("utf-8")


def encode_table(frame: pd.DataFrame, schema: Schema) -> EncodedTable:
    """``frame`` (a table of ``schema``) as CSV (header and rows apart, to append batch after
    batch) and Parquet, both written by Arrow (several times faster than pandas' CSV writer).
    In the CSV every text is quoted, missing values are empty, booleans are ``true``/``false``.
    """
    if frame.empty:  # no rows: the header only, and no Parquet part
        return EncodedTable(0, csv_header(schema), "", b"")
    table = pa.Table.from_pandas(frame, schema=arrow_schema(schema), preserve_index=False)
    parquet = pa.BufferOutputStream()
    pq.write_table(table, parquet)
    header, body = io.BytesIO(), io.BytesIO()
    pacsv.write_csv(table.slice(0, 0), header)
    pacsv.write_csv(table, body, pacsv.WriteOptions(include_header=False))
    return EncodedTable(len(frame), header.getvalue().decode("utf-8"),
                        body.getvalue().decode("utf-8"), parquet.getvalue().to_pybytes())
