"""Columns become frames with the table's dtypes; concatenated columns equal concatenated
frames."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.columns import concat_columns, dtype_of, missing, repeat, to_frame


def test_missing_offsets_become_nullable_integers():
    frame = to_frame({"cue_start": [3, None, 7], "is_quote": [True, False, True]},
                     ["cue_start", "is_quote"], "attributions")
    assert str(frame.cue_start.dtype) == "Int64"
    assert frame.cue_start.isna().tolist() == [False, True, False]
    assert frame.cue_start.dropna().tolist() == [3, 7]
    assert frame.is_quote.dtype == bool


def test_dtypes_by_column_and_table():
    assert dtype_of("sentences", "sentence_id") == "int64"
    assert dtype_of("attributions", "sentence_id") == "Int64"
    assert dtype_of("paragraphs", "n_named_person") == "int64"  # every count
    assert dtype_of("sentences", "text") == "object"


def test_empty_columns_make_an_empty_frame_with_every_column_typed():
    frame = to_frame({"sentence_id": [], "text": []}, ["sentence_id", "text"], "sentences")
    assert list(frame.columns) == ["sentence_id", "text"]
    assert len(frame) == 0 and frame.sentence_id.dtype == np.int64


def test_concatenated_columns_equal_concatenated_frames():
    a = {"sentence_id": np.array([0, 1]), "text": ["One.", "Two."], "compound": [0.5, -0.2]}
    b = {"sentence_id": np.array([0]), "text": ["Three."], "compound": [0.0]}
    order = ["sentence_id", "text", "compound"]
    joined = to_frame(concat_columns([a, b], order), order, "sentences")
    expected = pd.concat([to_frame(a, order, "sentences"), to_frame(b, order, "sentences")],
                         ignore_index=True)
    pd.testing.assert_frame_equal(joined, expected)


def test_object_columns_keep_strings_whole_and_none_as_none():
    frame = to_frame({"source": ["a rebel", None, "Smith"]}, ["source"])
    assert frame.source.tolist() == ["a rebel", None, "Smith"]
    assert repeat("id-1", 3).tolist() == ["id-1"] * 3
    assert missing(None) and missing(pd.NA) and not missing(0) and not missing("")
