"""Tables as columns: what the layers produce before any DataFrame exists.

Every layer computes its table as *columns* — a dict of column name to a list or NumPy array,
rows in order — and a DataFrame is made from them once, with the table's dtypes, by
:func:`to_frame`. One article makes one frame per table (``analyze``); a batch of a corpus
concatenates the columns of all its articles (:func:`concat_columns`) and makes one frame per
table for the whole batch. Building a DataFrame costs far more than filling a list, and a
corpus has millions of small tables: this is what keeps the corpus path fast.

The functions that summarise tables (per sentence, per paragraph, per article) read their
inputs by column name only, with ``np.asarray`` and ``list``, so they accept either form: a
DataFrame or a dict of columns. Missing values are ``None`` in columns and ``pd.NA`` in frames;
:func:`missing` knows both.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

#: The dtype of every column that is not a Python object (text, ids, labels) nor a count
#: (``n_…``, always ``int64``: see :func:`dtype_of`).
DTYPES: dict[str, str] = {
    # sentences
    "sentence_id": "int64", "paragraph_id": "int64", "sent_in_para": "int64",
    "is_title": "bool", "start_char": "int64", "end_char": "int64", "carried": "bool",
    "attributed": "bool", "unattributed_assertion": "bool", "hedge_density": "float64",
    "booster_density": "float64", "commitment": "float64", "compound": "float64",
    # attributions: offsets that may be missing are nullable integers
    "cue_start": "Int64", "cue_end": "Int64", "source_start": "Int64", "source_end": "Int64",
    "content_start": "Int64", "content_end": "Int64", "is_quote": "bool",
    # hedges
    "negated": "bool", "in_quote": "bool",
    # sentiment
    "pos": "float64", "neu": "float64", "neg": "float64",
    # paragraphs
    "attribution_density": "float64", "unattributed_share": "float64",
    "sentiment_mean": "float64", "share_positive": "float64", "share_negative": "float64",
    "share_neutral": "float64", "sentiment_min": "float64", "sentiment_max": "float64",
}
#: Columns whose dtype differs between tables: (table, column) → dtype.
TABLE_DTYPES: dict[tuple[str, str], str] = {
    ("attributions", "sentence_id"): "Int64",
}


def missing(value) -> bool:
    """A missing value, as a column holds it (``None``) or a frame does (``pd.NA``)."""
    return value is None or value is pd.NA


def array(values, dtype: str) -> np.ndarray | pd.api.extensions.ExtensionArray:
    """``values`` (a list or an array) as the array a frame column of ``dtype`` holds."""
    if dtype == "Int64":
        values = list(values)
        mask = np.fromiter((missing(v) for v in values), bool, len(values))
        ints = np.fromiter((0 if m else v for v, m in zip(values, mask, strict=True)),
                           np.int64, len(values))
        return pd.arrays.IntegerArray(ints, mask)
    if dtype == "object":
        out = np.empty(len(values), dtype=object)
        out[:] = values if isinstance(values, np.ndarray) else list(values)
        return out
    return np.asarray(values, dtype=dtype)


def to_frame(columns: Mapping[str, Sequence], order: Sequence[str], table: str = ""
             ) -> pd.DataFrame:
    """The DataFrame of ``columns`` with the columns of ``order``, each with its dtype."""
    return pd.DataFrame({name: array(columns[name], dtype_of(table, name)) for name in order})


def dtype_of(table: str, column: str) -> str:
    """The dtype of ``column`` in ``table``; every count (``n_…``) is an ``int64``."""
    default = "int64" if column.startswith("n_") else "object"
    return TABLE_DTYPES.get((table, column), DTYPES.get(column, default))


def concat_columns(parts: Sequence[Mapping[str, Sequence]], order: Sequence[str]
                   ) -> dict[str, list | np.ndarray]:
    """The columns of several tables with the same columns, one after the other."""
    out: dict[str, list | np.ndarray] = {}
    for name in order:
        chunks = [part[name] for part in parts]
        if chunks and all(isinstance(c, np.ndarray) for c in chunks):
            out[name] = np.concatenate(chunks)
        else:
            out[name] = list(itertools.chain.from_iterable(chunks))
    return out


def repeat(value, n: int) -> np.ndarray:
    """A column of ``n`` times ``value`` (an id, say)."""
    out = np.empty(n, dtype=object)
    out[:] = [value] * n
    return out
