"""Tables: a schema per table, declared once beside the code that makes it, and columns.

Every table of the workbook has a :class:`Schema` — its name, a one-line description and, per
column, a name, a dtype and a one-line meaning. The schema is the only place a table's columns
are written down: the DataFrames (:meth:`Schema.frame`), the Parquet files of a corpus run, the
column reference in ``docs/columns.md`` (``python -m analysis columns``) and the tests that
check every table all come from it.

Inside the package a table is computed as **columns** (:data:`Columns`: column name → list or
NumPy array, rows in order, ``None`` where a value is missing) and a DataFrame is made from them
once, at the public edge. One article makes one frame per table (``analyze``); a corpus batch
concatenates the columns of all its articles (:meth:`Schema.concat`) and makes one frame per
table for the whole batch or the whole corpus. Building a DataFrame costs far more than filling a
list, and a corpus has millions of small tables: this is what keeps the corpus path fast.
DataFrames are the public data model; columns the internal one — a function takes one or the
other, never "either".
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.errors import A_FRAME, expect

try:  # the blocks of a frame, made directly (see Schema.frame); the public constructor if not
    from pandas._libs.internals import BlockPlacement
    from pandas.core.internals import BlockManager
    from pandas.core.internals.api import make_block

    pd.DataFrame._from_mgr  # noqa: B018 - there since pandas 2.1
except (ImportError, AttributeError):  # pragma: no cover - another pandas than the pinned one
    BlockPlacement = BlockManager = make_block = None

#: A table as columns: name → list or NumPy array, every column as long as the table.
Columns = dict[str, "list | np.ndarray"]

#: The dtypes a column may have: text (Python objects: strings, or ``None``), integers,
#: nullable integers (offsets that may be missing), booleans, floats.
TEXT, INT, NULLABLE_INT, BOOL, FLOAT = "object", "int64", "Int64", "bool", "float64"
DTYPES = frozenset({TEXT, INT, NULLABLE_INT, BOOL, FLOAT})
_DTYPE_WORDS = {TEXT: "text", INT: "integer", NULLABLE_INT: "integer or empty", BOOL: "boolean",
                FLOAT: "number"}


#: Every column's label for readers — the header of a table in a report, a lesson or a page —
#: by column name: a name means one thing in every table, so it has one label. The views'
#: own columns (``attribution_view``, ``hedge_view`` …) are here too. A test checks that every
#: column of every table has one.
LABELS = {
    # the spine
    "article_id": "article", "sentence_id": "sentence", "paragraph_id": "paragraph",
    "paragraph": "paragraph", "sent_in_para": "sentence in paragraph", "is_title": "title",
    "start_char": "starts at", "end_char": "ends at", "text": "text", "n_tokens": "words",
    "paragraph_kind": "kind of paragraph", "quoted": "inside a quotation",
    "first_words": "first words", "title": "title",
    "n_paragraphs": "paragraphs", "n_sentences": "sentences",
    # attribution
    "cue": "cue", "cue_start": "cue starts at", "cue_end": "cue ends at", "cue_kind": "cue kind",
    "cue_category": "kind of cue", "source": "source", "source_start": "source starts at",
    "source_end": "source ends at", "source_type": "source type", "entity": "who it is",
    "resolved_source": "refers to", "resolved_source_type": "type of what it refers to",
    "content_start": "content starts at", "content_end": "content ends at",
    "is_quote": "direct quotation", "nested": "nested", "parent": "inside attribution",
    "counts_as": "counts as", "content": "what is attributed", "nested_in": "nested in",
    "n_attributions": "attributions", "source_types": "source types", "carried": "carried",
    "attributed": "attributed", "unattributed_assertion": "asserted with no source",
    "n_attributed": "attributed sentences", "n_unattributed": "assertions with no source",
    "attribution_density": "share attributed", "unattributed_share": "share with no source",
    "anonymous_share": "share on anonymous sources", "vague_share": "share on vague sources",
    "named_share": "share on named sources", "n_named_sources": "named sources",
    "n_named_person": "named persons", "n_named_organization": "named organizations",
    "n_media_outlet": "media outlets", "n_anonymous": "anonymous sources",
    "n_vague": "vague sources", "n_document": "documents or videos",
    "n_unnamed": "unnamed sources", "n_pronoun": "unresolved pronouns",
    "n_implicit": "unnamed sources (old name)",
    # who speaks
    "n_direct_quotes": "direct quotations", "n_mentions": "mentions", "roles": "roles",
    "first_paragraph": "first paragraph", "share": "share of attributions",
    "top_source_share": "share of the most-cited source",
    # hedging
    "term": "words", "words": "words", "entry": "lexicon entry", "kind": "kind",
    "category": "category", "negated": "negated", "in_quote": "in a quotation",
    "origin": "found by", "what": "what", "n_hedges": "hedges", "n_boosters": "boosters",
    "hedge_density": "hedges per 100 words", "booster_density": "boosters per 100 words",
    "commitment": "commitment (−1 hedged … +1 boosted)",
    # framing
    "intensity": "intensity (0–4)", "voice": "voice", "n_framing": "framing marks",
    "n_framing_own": "framing in own voice", "framing_density": "framing per 100 words",
    "own_framing_density": "own-voice framing per 100 words", "outcome": "outcome",
    # sentiment
    "compound": "sentiment (−1 … +1)", "pos": "positive share", "neu": "neutral share",
    "neg": "negative share", "label": "sentiment", "sentiment_mean": "mean sentiment",
    "share_positive": "share positive", "share_negative": "share negative",
    "share_neutral": "share neutral", "sentiment_min": "most negative sentence",
    "sentiment_max": "most positive sentence",
    # the corpus
    "english_share": "share of common English words", "stage": "stage", "error": "what is wrong",
    "reason": "kind of failure",
}


def label(name: str) -> str:
    """The label of column ``name`` for readers (:data:`LABELS`); ``KeyError`` for a column
    nobody labelled."""
    return LABELS[name]


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with each column's label as its header (for reports and lessons; the data
    keeps its names)."""
    expect(frame, pd.DataFrame, function="readable", wanted=A_FRAME)
    return frame.rename(columns=LABELS)


class SchemaError(AssertionError):
    """A table does not have the columns or dtypes its schema declares."""


@dataclass(frozen=True)
class Column:
    """One column: its name, dtype (one of :data:`DTYPES`) and what a value means."""

    name: str
    dtype: str
    meaning: str

    def __post_init__(self) -> None:
        if self.dtype not in DTYPES:
            raise ValueError(f"column {self.name!r}: unknown dtype {self.dtype!r}")


@dataclass(frozen=True)
class Schema:
    """A table's name, description and columns, in order."""

    name: str
    description: str
    columns: tuple[Column, ...]

    def __post_init__(self) -> None:
        names = [c.name for c in self.columns]
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise ValueError(f"table {self.name!r}: column(s) {repeated} declared twice")

    @property
    def names(self) -> list[str]:
        """The column names, in order."""
        return [c.name for c in self.columns]

    def dtype(self, name: str) -> str:
        """The dtype of column ``name``."""
        for column in self.columns:
            if column.name == name:
                return column.dtype
        raise KeyError(f"table {self.name!r} has no column {name!r}")

    @property
    def labels(self) -> dict[str, str]:
        """Each column's label for readers (:data:`LABELS`)."""
        return {name: label(name) for name in self.names}

    def extend(self, columns: Iterable[Column], *, name: str | None = None,
               description: str | None = None) -> Schema:
        """This schema with ``columns`` added at the end."""
        return Schema(name or self.name, description or self.description,
                      (*self.columns, *columns))

    def frame(self, columns: Mapping[str, Sequence]) -> pd.DataFrame:
        """The DataFrame of ``columns``: this schema's columns, in order, with their dtypes.

        The frame owns its data (nothing is shared with ``columns``). Its blocks are made
        directly, as pandas' own constructor lays them out (one two-dimensional block per
        NumPy dtype, one block per nullable column), in a third of the constructor's time: it
        checks, infers and consolidates every column again, and made the six small tables of
        an article a quarter of ``analyze``'s time. ``tests/test_schema.py`` holds the two ways
        equal (:func:`public_frame` is the other); a pandas without these internals gets the
        public constructor."""
        arrays = [array(columns[c.name], c.dtype) for c in self.columns]
        n = len(arrays[0]) if arrays else 0
        for c, values in zip(self.columns, arrays, strict=True):
            if len(values) != n:  # (the blocks below would broadcast a one-row column)
                raise ValueError(f"table {self.name!r}: column {c.name!r} has {len(values)} "
                                 f"rows, column {self.columns[0].name!r} {n}")
        if make_block is None:  # pragma: no cover - another pandas than the pinned one
            return public_frame(self, arrays)
        blocks = []
        for dtype, positions, placements in self._layout:
            if dtype == NULLABLE_INT:
                blocks += [make_block(arrays[i], placement, ndim=2)
                           for i, placement in zip(positions, placements, strict=True)]
                continue
            values = np.empty((len(positions), n), dtype=dtype)
            for row, i in enumerate(positions):
                values[row] = arrays[i]
            blocks.append(make_block(values, placements[0], ndim=2))
        manager = BlockManager(blocks, [self._index.view(), pd.RangeIndex(n)],
                               verify_integrity=False)
        return pd.DataFrame._from_mgr(manager, axes=manager.axes)

    @functools.cached_property
    def _index(self) -> pd.Index:
        """The column names as an index; each frame gets a view of it (its own ``name``)."""
        return pd.Index(self.names, dtype=object)

    @functools.cached_property
    def _layout(self) -> tuple[tuple[str, tuple[int, ...], tuple], ...]:
        """Per block, in the order of pandas' constructor: its dtype, the positions of its
        columns, and the placements of its blocks (one for a NumPy dtype, one per column for
        the nullable one). pandas groups runs of columns of one dtype; where a NumPy dtype has
        two runs, it merges them and puts the nullable columns first, then the NumPy dtypes by
        name."""
        runs: list[tuple[str, list[int]]] = []
        for i, column in enumerate(self.columns):
            if runs and runs[-1][0] == column.dtype:
                runs[-1][1].append(i)
            else:
                runs.append((column.dtype, [i]))
        numpy_runs = [dtype for dtype, _ in runs if dtype != NULLABLE_INT]
        if len(numpy_runs) != len(set(numpy_runs)):  # merged, and sorted
            positions: dict[str, list[int]] = {}
            for dtype, where in runs:
                positions.setdefault(dtype, []).extend(where)
            runs = sorted(positions.items(), key=lambda run: (run[0] != NULLABLE_INT, run[0]))
        layout = []
        for dtype, where in runs:
            placements = ([BlockPlacement(slice(i, i + 1)) for i in where]
                          if dtype == NULLABLE_INT else [BlockPlacement(np.array(where))])
            layout.append((dtype, tuple(where), tuple(placements)))
        return tuple(layout)

    def empty(self) -> Columns:
        """The columns of a table with no rows."""
        return {c.name: [] for c in self.columns}

    def concat(self, parts: Sequence[Mapping[str, Sequence]]) -> Columns:
        """The columns of several tables of this schema, one after the other."""
        out: Columns = {}
        for name in self.names:
            chunks = [part[name] for part in parts]
            if chunks and all(isinstance(c, np.ndarray) for c in chunks):
                out[name] = np.concatenate(chunks)
            else:
                out[name] = list(itertools.chain.from_iterable(chunks))
        return out

    def columns_of(self, frame: pd.DataFrame) -> Columns:
        """A frame of this schema as columns (missing values as ``None``): how a public
        function hands a DataFrame to the internals, which take columns only."""
        out: Columns = {}
        for c in self.columns:
            series = frame[c.name]
            if c.dtype in (TEXT, NULLABLE_INT):
                out[c.name] = [None if missing(v) else v for v in series.tolist()]
            else:
                out[c.name] = series.to_numpy()
        return out

    def check(self, frame: pd.DataFrame) -> None:
        """Raise :class:`SchemaError` unless ``frame`` has exactly this schema's columns, in
        order, with their dtypes."""
        if list(frame.columns) != self.names:
            raise SchemaError(f"table {self.name!r}: columns {list(frame.columns)}, "
                              f"declared {self.names}")
        for c in self.columns:
            actual = str(frame[c.name].dtype)
            if actual != c.dtype:
                raise SchemaError(f"table {self.name!r}, column {c.name!r}: dtype {actual}, "
                                  f"declared {c.dtype}")

    def reference(self) -> str:
        """The schema as a Markdown section: a heading, the description, a table of columns."""
        lines = [f"## `{self.name}`", "", self.description, "",
                 "| column | label | type | meaning |", "| --- | --- | --- | --- |"]
        lines += [f"| `{c.name}` | {label(c.name)} | {_DTYPE_WORDS[c.dtype]} | {c.meaning} |"
                  for c in self.columns]
        return "\n".join(lines) + "\n"


def public_frame(schema: Schema, arrays: Sequence) -> pd.DataFrame:
    """The frame of ``arrays`` (one per column of ``schema``, as :func:`array` makes them) by
    pandas' public constructor: what :meth:`Schema.frame` must equal."""
    return pd.DataFrame(dict(zip(schema.names, arrays, strict=True)))


def missing(value: object) -> bool:
    """A missing value: ``None`` in columns, ``pd.NA`` in a frame's nullable column."""
    return value is None or value is pd.NA


def array(values: Sequence, dtype: str) -> np.ndarray | pd.api.extensions.ExtensionArray:
    """``values`` (a list or an array) as the array a frame column of ``dtype`` holds."""
    if dtype == NULLABLE_INT:
        values = list(values)
        mask = np.array([v is None or v is pd.NA for v in values], dtype=bool)
        if mask.any():
            values = [0 if m else v for v, m in zip(values, mask.tolist(), strict=True)]
        return pd.arrays.IntegerArray(np.array(values, dtype=np.int64), mask)
    if dtype == TEXT:
        out = np.empty(len(values), dtype=object)
        out[:] = values if isinstance(values, np.ndarray) else list(values)
        return out
    return np.asarray(values, dtype=dtype)


def repeat(value: object, n: int) -> np.ndarray:
    """A text column of ``n`` times ``value`` (an id, say)."""
    out = np.empty(n, dtype=object)
    out[:] = [value] * n
    return out


def reference(schemas: Iterable[Schema], *, title: str, intro: str) -> str:
    """A Markdown column reference of several tables (``docs/columns.md``)."""
    return "\n".join([f"# {title}", "", intro, "", *(s.reference() for s in schemas)])
