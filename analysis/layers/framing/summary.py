"""From framing marks to sentences: how many, how dense, and how many in the article's own
voice. Densities are per 100 word tokens."""

from __future__ import annotations

import numpy as np

from analysis.layers.framing.extract import OWN
from analysis.schema import FLOAT, INT, Column, Columns

#: The per-sentence columns this layer adds to the sentence table.
SENTENCE_SUMMARY = (
    Column("n_framing", INT, "framing marks in the sentence, in any voice"),
    Column("n_framing_own", INT, "framing marks in the article's own voice (not quoted, not "
                                 "inside attributed content)"),
    Column("framing_density", FLOAT, "framing marks per 100 word tokens"),
    Column("own_framing_density", FLOAT, "framing marks in the article's own voice per 100 "
                                         "word tokens"),
)


def framing_sentence_columns(sentences: Columns, framing: Columns) -> Columns:
    """Per sentence (of the sentence table's columns), as arrays: ``n_framing``,
    ``n_framing_own`` and their densities."""
    n = len(sentences["sentence_id"])
    sid = np.asarray(framing["sentence_id"], dtype="int64")
    own = np.asarray(framing["voice"], dtype=object) == OWN
    total = np.bincount(sid, minlength=n).astype("int64")
    mine = np.bincount(sid[own], minlength=n).astype("int64")
    return {"n_framing": total, "n_framing_own": mine,
            **framing_densities(total, mine, np.asarray(sentences["n_tokens"], dtype="int64"))}


def framing_densities(n_framing: np.ndarray, n_own: np.ndarray, n_tokens: np.ndarray
                      ) -> dict[str, np.ndarray]:
    """``framing_density`` and ``own_framing_density`` (per 100 word tokens)."""
    per = np.where(n_tokens > 0, 100.0 / np.maximum(n_tokens, 1), 0.0)
    return {"framing_density": n_framing * per, "own_framing_density": n_own * per}
