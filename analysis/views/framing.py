"""Readable view of the framing layer, for notebooks and reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from analysis.pipeline.analyze import ArticleAnalysis

#: What a reader calls each voice.
VOICES = {"own": "the article's own voice", "quoted": "a quotation",
          "attributed": "what someone is reported to say"}


def framing_view(analysis: ArticleAnalysis) -> pd.DataFrame:
    """One row per framing mark: paragraph, the words, their category, their intensity and
    whose voice they stand in."""
    para_of = analysis.sentences.set_index("sentence_id")["paragraph_id"]
    rows = [{"paragraph": int(para_of[r.sentence_id]), "words": r.term,
             "category": r.category.replace("_", " "), "intensity": r.intensity,
             "voice": VOICES[r.voice]} for r in analysis.framing.itertuples()]
    return pd.DataFrame(rows, columns=["paragraph", "words", "category", "intensity", "voice"])
