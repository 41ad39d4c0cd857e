"""From hedges to sentences and paragraphs: counts, densities, commitment balance.

``n_hedges`` counts every hedge (a negated hedge — *not likely* — still marks uncertainty);
``n_boosters`` counts boosters that are not negated (*no significant* boosts nothing).
Densities are per 100 word tokens. The **commitment balance** is
``(boosters − hedges) / (boosters + hedges)``: +1 all boosting, −1 all hedging, 0 balanced
or neither.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def counts_by_sentence(sentences: pd.DataFrame, hedges: pd.DataFrame) -> pd.DataFrame:
    ids = sentences["sentence_id"].to_numpy()
    hedge = hedges[hedges["kind"] == "hedge"].groupby("sentence_id").size()
    boost = hedges[(hedges["kind"] == "booster") & ~hedges["negated"]].groupby(
        "sentence_id").size()
    out = pd.DataFrame(index=sentences.index)
    out["n_hedges"] = hedge.reindex(ids, fill_value=0).to_numpy().astype("int64")
    out["n_boosters"] = boost.reindex(ids, fill_value=0).to_numpy().astype("int64")
    add_densities(out, sentences["n_tokens"].to_numpy())
    return out


def add_densities(frame: pd.DataFrame, n_tokens: np.ndarray) -> None:
    """Add ``hedge_density``, ``booster_density`` and ``commitment`` to a frame with
    ``n_hedges`` and ``n_boosters`` columns."""
    per = np.where(n_tokens > 0, 100.0 / np.maximum(n_tokens, 1), 0.0)
    frame["hedge_density"] = frame["n_hedges"].to_numpy() * per
    frame["booster_density"] = frame["n_boosters"].to_numpy() * per
    h, b = frame["n_hedges"].to_numpy(), frame["n_boosters"].to_numpy()
    total = h + b
    frame["commitment"] = np.where(total > 0, (b - h) / np.maximum(total, 1), 0.0)
