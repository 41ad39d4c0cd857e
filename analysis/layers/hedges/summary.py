"""From hedges to sentences and paragraphs: counts, densities, commitment balance.

``n_hedges`` counts every hedge (a negated hedge — *not likely* — still marks uncertainty);
``n_boosters`` counts boosters that are not negated (*no significant* boosts nothing).
Densities are per 100 word tokens. The **commitment balance** is
``(boosters − hedges) / (boosters + hedges)``: +1 all boosting, −1 all hedging, 0 balanced
or neither.
"""

from __future__ import annotations

import numpy as np

from analysis.schema import FLOAT, INT, Column, Columns

#: The per-sentence columns this layer adds to the sentence table.
SENTENCE_SUMMARY = (
    Column("n_hedges", INT, "hedges in the sentence (negated ones too: *not likely* is still "
                            "uncertain)"),
    Column("n_boosters", INT, "boosters that are not negated"),
    Column("hedge_density", FLOAT, "hedges per 100 word tokens"),
    Column("booster_density", FLOAT, "boosters per 100 word tokens"),
    Column("commitment", FLOAT, "(boosters − hedges) / (boosters + hedges): +1 all boosting, "
                                "−1 all hedging, 0 balanced or neither"),
)


def hedge_sentence_columns(sentences: Columns, hedges: Columns) -> Columns:
    """Per sentence (of the sentence table's columns), as arrays: ``n_hedges``,
    ``n_boosters``, their densities and ``commitment``."""
    n = len(sentences["sentence_id"])
    sid = np.asarray(hedges["sentence_id"], dtype="int64")
    kind = np.asarray(hedges["kind"], dtype=object)
    hedge = kind == "hedge"
    boost = (kind == "booster") & ~np.asarray(hedges["negated"], dtype=bool)
    h = np.bincount(sid[hedge], minlength=n).astype("int64")
    b = np.bincount(sid[boost], minlength=n).astype("int64")
    return {"n_hedges": h, "n_boosters": b,
            **densities(h, b, np.asarray(sentences["n_tokens"], dtype="int64"))}


def densities(n_hedges: np.ndarray, n_boosters: np.ndarray, n_tokens: np.ndarray
              ) -> dict[str, np.ndarray]:
    """``hedge_density``, ``booster_density`` (per 100 word tokens) and ``commitment``."""
    per = np.where(n_tokens > 0, 100.0 / np.maximum(n_tokens, 1), 0.0)
    total = n_hedges + n_boosters
    return {
        "hedge_density": n_hedges * per,
        "booster_density": n_boosters * per,
        "commitment": np.where(total > 0, (n_boosters - n_hedges) / np.maximum(total, 1), 0.0),
    }
