"""From hedges to sentences and paragraphs: counts, densities, commitment balance.

``n_hedges`` counts every hedge (a negated hedge — *not likely* — still marks uncertainty);
``n_boosters`` counts boosters that are not negated (*no significant* boosts nothing).
Densities are per 100 word tokens. The **commitment balance** is
``(boosters − hedges) / (boosters + hedges)``: +1 all boosting, −1 all hedging, 0 balanced
or neither.
"""

from __future__ import annotations

import numpy as np


def count_arrays(sentences, hedges) -> dict:
    """Per sentence, as arrays: ``n_hedges``, ``n_boosters``, their densities and
    ``commitment``. ``sentences`` and ``hedges`` are frames or columns (see
    :mod:`analysis.columns`)."""
    n = len(sentences["sentence_id"])
    sid = np.asarray(hedges["sentence_id"], dtype="int64")
    kind = np.asarray(hedges["kind"], dtype=object)
    hedge = kind == "hedge"
    boost = (kind == "booster") & ~np.asarray(hedges["negated"], dtype=bool)
    h = np.bincount(sid[hedge], minlength=n).astype("int64")
    b = np.bincount(sid[boost], minlength=n).astype("int64")
    return hedge_columns(h, b, np.asarray(sentences["n_tokens"], dtype="int64"))


def hedge_columns(n_hedges: np.ndarray, n_boosters: np.ndarray, n_tokens: np.ndarray) -> dict:
    return {"n_hedges": n_hedges, "n_boosters": n_boosters,
            **densities(n_hedges, n_boosters, n_tokens)}


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


