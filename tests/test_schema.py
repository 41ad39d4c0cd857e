"""Schemas: frames from columns with the declared dtypes; concatenated columns equal
concatenated frames; a table that strays from its schema is caught."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from analysis.schema import (
    BOOL,
    FLOAT,
    INT,
    NULLABLE_INT,
    TEXT,
    Column,
    Schema,
    SchemaError,
    array,
    label,
    missing,
    public_frame,
    readable,
    reference,
    repeat,
)

TABLE = Schema("demo", "A table for the tests.", (
    Column("sentence_id", INT, "the sentence"),
    Column("text", TEXT, "its words"),
    Column("cue_start", NULLABLE_INT, "where a cue starts, if any"),
    Column("is_quote", BOOL, "a quotation"),
    Column("compound", FLOAT, "a score"),
))
ROWS = {"sentence_id": np.array([0, 1, 2]), "text": ["One.", None, "Three."],
        "cue_start": [3, None, 7], "is_quote": [True, False, True], "compound": [0.5, -0.2, 0.0]}


def test_a_frame_has_the_declared_columns_in_order_with_their_dtypes():
    frame = TABLE.frame(ROWS)
    assert list(frame.columns) == TABLE.names
    assert [str(t) for t in frame.dtypes] == ["int64", "object", "Int64", "bool", "float64"]
    assert frame.cue_start.isna().tolist() == [False, True, False]
    assert frame.text.tolist() == ["One.", None, "Three."]  # None stays None, not NaN
    TABLE.check(frame)


def test_an_empty_table_still_has_every_column_typed():
    frame = TABLE.frame(TABLE.empty())
    assert len(frame) == 0 and list(frame.columns) == TABLE.names
    assert frame.sentence_id.dtype == np.int64 and str(frame.cue_start.dtype) == "Int64"


def test_concatenated_columns_equal_concatenated_frames():
    a = {k: v[:2] for k, v in ROWS.items()}
    b = {k: v[2:] for k, v in ROWS.items()}
    joined = TABLE.frame(TABLE.concat([a, b]))
    expected = pd.concat([TABLE.frame(a), TABLE.frame(b)], ignore_index=True)
    pd.testing.assert_frame_equal(joined, expected)


def test_columns_of_a_frame_round_trip_with_missing_values_as_none():
    frame = TABLE.frame(ROWS)
    columns = TABLE.columns_of(frame)
    assert columns["cue_start"] == [3, None, 7] and columns["text"][1] is None
    pd.testing.assert_frame_equal(TABLE.frame(columns), frame)


@pytest.mark.parametrize("change, message", [
    (lambda f: f.drop(columns="compound"), "columns"),
    (lambda f: f[list(reversed(f.columns))], "columns"),
    (lambda f: f.assign(cue_start=f.cue_start.astype(float)), "'cue_start': dtype float64"),
    (lambda f: f.assign(is_quote=f.is_quote.astype(int)), "'is_quote': dtype int64"),
])
def test_check_catches_a_table_that_strays_from_its_schema(change, message):
    with pytest.raises(SchemaError, match=message):
        TABLE.check(change(TABLE.frame(ROWS)))


def test_a_schema_refuses_unknown_dtypes_and_repeated_names():
    with pytest.raises(ValueError, match="unknown dtype 'string'"):
        Column("x", "string", "no such dtype here")
    with pytest.raises(ValueError, match=r"column\(s\) \['x'\] declared twice"):
        Schema("t", "", (Column("x", INT, "a"), Column("x", INT, "b")))


def test_extend_appends_columns_and_dtype_looks_them_up():
    wider = TABLE.extend([Column("label", TEXT, "a label")], description="Wider.")
    assert wider.names == [*TABLE.names, "label"] and wider.description == "Wider."
    assert wider.dtype("cue_start") == NULLABLE_INT
    with pytest.raises(KeyError, match="no column 'nope'"):
        wider.dtype("nope")


def test_the_reference_is_a_markdown_table_of_every_column():
    text = reference([TABLE], title="Tables", intro="Generated.")
    assert text.startswith("# Tables\n\nGenerated.\n\n## `demo`\n\nA table for the tests.")
    assert "| `cue_start` | cue starts at | integer or empty | where a cue starts, if any |" in text
    assert text.count("\n| `") == len(TABLE.columns)


def test_every_column_of_every_table_has_a_label_for_readers():
    from analysis.corpus.batch import CORPUS_TABLES

    for schema in CORPUS_TABLES.values():
        labels = schema.labels
        assert all(labels.values()), schema.name
        assert "_" not in "".join(labels.values()), schema.name  # words, not snake_case


def test_readable_gives_labels_and_keeps_the_data():
    frame = pd.DataFrame({"paragraph_id": [1], "attribution_density": [0.5], "mine": ["x"]})
    shown = readable(frame)
    assert list(shown.columns) == ["paragraph", "share attributed", "mine"]
    assert shown.iloc[0].tolist() == [1, 0.5, "x"] and "paragraph_id" in frame.columns
    with pytest.raises(KeyError):
        label("no_such_column")


def test_missing_and_repeat():
    assert missing(None) and missing(pd.NA) and not missing(0) and not missing("")
    assert repeat("id-1", 3).tolist() == ["id-1"] * 3 and repeat("x", 0).dtype == object


# --- Schema.frame makes the blocks itself: it must be what pandas' constructor makes -------

def _layout(frame: pd.DataFrame) -> list[tuple[str, list[int]]]:
    """A frame's blocks: each one's dtype and the positions of its columns."""
    return [(str(b.dtype), list(b.mgr_locs)) for b in frame._mgr.blocks]


def _same_as_public(schema, columns) -> pd.DataFrame:
    frame = schema.frame(columns)
    public = public_frame(schema, [array(columns[c.name], c.dtype) for c in schema.columns])
    pd.testing.assert_frame_equal(frame, public, check_exact=True)
    assert _layout(frame) == _layout(public)  # the same consolidated blocks, in the same order
    schema.check(frame)
    return frame


def test_a_frame_is_the_frame_of_pandas_constructor_with_the_same_blocks():
    _same_as_public(TABLE, ROWS)
    _same_as_public(TABLE, TABLE.empty())
    with_gaps = {**ROWS, "cue_start": [None, None, None], "text": [None, None, None]}
    frame = _same_as_public(TABLE, with_gaps)
    assert frame.cue_start.isna().all() and frame.text.tolist() == [None] * 3


def test_every_table_of_an_analysis_and_a_corpus_is_the_public_constructors(seed_doc):
    from analysis.corpus.batch import CORPUS_TABLES, analyze_batch
    from analysis.pipeline.analyze import TABLES, analyze_document

    tables = analyze_document(seed_doc)
    for name, schema in TABLES.items():
        assert len(_same_as_public(schema, tables[name])) == len(tables[name][schema.names[0]])
        _same_as_public(schema, schema.empty())
    batch = analyze_batch(0, [seed_doc.article], form="columns")
    for name, schema in CORPUS_TABLES.items():
        _same_as_public(schema, batch.tables[name])


def test_a_frame_owns_its_data_and_warns_of_nothing():
    columns = {**ROWS, "sentence_id": np.array([0, 1, 2]),
               "compound": np.array([0.5, -0.2, 0.0])}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a deprecated internal would fail here, not later
        frame = TABLE.frame(columns)
    frame.loc[0, "sentence_id"] = 9
    frame.loc[1, "compound"] = 1.0
    assert columns["sentence_id"].tolist() == [0, 1, 2]
    assert columns["compound"].tolist() == [0.5, -0.2, 0.0]
    columns["sentence_id"][2] = 7
    assert frame.sentence_id.tolist() == [9, 1, 2]
    # each frame names its own columns: renaming one's column index leaves the next alone
    frame.columns.name = "renamed"
    assert TABLE.frame(ROWS).columns.name is None


def test_a_frame_of_columns_that_are_not_as_long_as_each_other_is_refused():
    # (a one-row column would otherwise be broadcast down the table)
    with pytest.raises(ValueError, match="column 'compound' has 1 rows, column 'sentence_id' 3"):
        TABLE.frame({**ROWS, "compound": [0.5]})
    with pytest.raises(ValueError, match="column 'text' has 4 rows"):
        TABLE.frame({**ROWS, "text": ["a", "b", "c", "d"]})
