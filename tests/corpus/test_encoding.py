"""A table as bytes to append: a CSV header and body, and Parquet typed by the schema."""

from __future__ import annotations

import io

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis import Article, analyze
from analysis.corpus.encoding import arrow_schema, csv_header, encode_table
from analysis.layers.attribution import ATTRIBUTIONS


def test_a_table_round_trips_through_csv_and_parquet():
    result = analyze(Article.from_text(
        "Port\n\n\"We will reopen,\" the harbour master said. It was reported that ships "
        "waited.", article_id="port"))
    frame = result.attributions
    encoded = encode_table(frame, ATTRIBUTIONS)
    assert encoded.rows == len(frame) == 2
    assert encoded.csv_header.strip().replace('"', "").split(",") == ATTRIBUTIONS.names
    back = pd.read_csv(io.StringIO(encoded.csv_header + encoded.csv_body))
    assert back.cue.tolist() == ["said", "reported"]
    assert back.source.isna().tolist() == [False, True]  # a missing source is an empty field
    parquet = pq.read_table(pa.BufferReader(encoded.parquet))
    assert parquet.schema.equals(arrow_schema(ATTRIBUTIONS), check_metadata=False)
    pd.testing.assert_frame_equal(parquet.to_pandas(), frame, check_dtype=False)


def test_the_arrow_schema_follows_the_declared_dtypes():
    schema = arrow_schema(ATTRIBUTIONS)
    assert schema.field("source").type == pa.string()  # even when every source is missing
    assert schema.field("cue_start").type == pa.int64()
    assert schema.field("is_quote").type == pa.bool_()


def test_an_empty_table_encodes_to_its_header_and_no_parquet_part():
    encoded = encode_table(ATTRIBUTIONS.frame(ATTRIBUTIONS.empty()), ATTRIBUTIONS)
    assert (encoded.rows, encoded.csv_body, encoded.parquet) == (0, "", b"")
    # the header is the one a table with rows gets
    assert encoded.csv_header == csv_header(ATTRIBUTIONS)
    assert encoded.csv_header.startswith('"article_id","sentence_id","cue"')
