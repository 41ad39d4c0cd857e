"""Readable view of the hedging layer, for notebooks and reports."""

from __future__ import annotations

import pandas as pd

from analysis.errors import AN_ANALYSIS, expect
from analysis.pipeline.analyze import ArticleAnalysis

#: What a reader calls each kind of cue (a weasel is a category of hedges: see the schema).
KIND_LABELS = {"hedge": "hedge", "booster": "booster", "weasel": "weasel word"}


def hedge_view(analysis: ArticleAnalysis) -> pd.DataFrame:
    """One row per hedge, weasel word or booster: paragraph, the words, what they are (weasel
    words apart from the other hedges), their category, and whose voice they stand in — the
    article's own or a quotation's."""
    expect(analysis, ArticleAnalysis, function="hedge_view", wanted=AN_ANALYSIS)
    para_of = analysis.sentences.set_index("sentence_id")["paragraph_id"]
    rows = []
    for r in analysis.hedges.itertuples():
        kind = "weasel" if r.category == "weasel" else r.kind
        rows.append({"paragraph": int(para_of[r.sentence_id]), "words": r.term,
                     "what": KIND_LABELS[kind] + (" (negated)" if r.negated else ""),
                     "category": r.category.replace("_", " "),
                     "voice": "a quotation" if r.in_quote else "the article"})
    return pd.DataFrame(rows, columns=["paragraph", "words", "what", "category", "voice"])
