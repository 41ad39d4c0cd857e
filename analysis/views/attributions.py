"""Readable views of the attribution layer, for notebooks and reports."""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.errors import AN_ANALYSIS, expect
from analysis.pipeline.analyze import ArticleAnalysis
from analysis.vocabulary.sources import SourceType, effective_type


def within(attributions: pd.DataFrame, row: Any) -> str:
    """Where a nested attribution stands (``row`` one of ``attributions.itertuples()``), for
    readers: *inside Smith's quotation (said)*,
    *inside the content of police … said*, *inside a quotation*; ``""`` for a counted one."""
    if not row.nested:
        return ""
    if pd.isna(row.parent):
        return "inside a quotation"
    parent = attributions.iloc[int(row.parent)]
    who = parent.source if pd.notna(parent.source) else "an unnamed source"
    first, _, rest = who.partition(" ")
    if rest and first in ("The", "A", "An"):  # "the mother's", mid-sentence
        who = f"{first.lower()} {rest}"
    what = "quotation" if parent.is_quote else "reported words"
    return f"inside {who}{_POSSESSIVE[who.endswith('s')]} {what} ({parent.cue})"


_POSSESSIVE = {False: "'s", True: "'"}


def attribution_view(analysis: ArticleAnalysis, *, width: int = 70) -> pd.DataFrame:
    """One row per attribution: paragraph, cue, source (a pronoun shown with what it refers
    to), the type it counts as (by its label for readers: *anonymous source*, *unnamed
    source*), the start of the attributed content, and, for a nested one (inside a quotation
    or another attribution's words: shown, not counted), where it stands."""
    expect(analysis, ArticleAnalysis, function="attribution_view", wanted=AN_ANALYSIS)
    article, frame = analysis.article, analysis.attributions
    para_of = analysis.sentences.set_index("sentence_id")["paragraph_id"]
    rows = []
    for r in frame.itertuples():
        source = r.source if pd.notna(r.source) else "(not named)"
        if r.source_type == SourceType.PRONOUN and pd.notna(r.resolved_source):
            source = f"{r.source} → {r.resolved_source}"
        kind = effective_type(r.resolved_source_type, r.source_type)
        content = ""
        if pd.notna(r.content_start):
            content = article.text[r.content_start : r.content_end]
            content = content if len(content) <= width else content[: width - 1] + "…"
        rows.append({"paragraph": int(para_of[r.sentence_id]), "cue": r.cue, "source": source,
                     "source_type": SourceType(kind).short, "content": content,
                     "nested": bool(r.nested), "nested_in": within(frame, r)})
    return pd.DataFrame(rows, columns=["paragraph", "cue", "source", "source_type", "content",
                                       "nested", "nested_in"])
