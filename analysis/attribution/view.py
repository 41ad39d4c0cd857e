"""Readable views of the attribution layer, for notebooks and reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from analysis.analyze import ArticleAnalysis

#: The order in which a sentence's source types decide its colour: the weakest sourcing
#: first, so a sentence that cites both an anonymous source and a document shows as anonymous.
TYPE_PRIORITY = ("anonymous", "vague", "implicit", "pronoun", "document", "media_outlet",
                 "named_organization", "named_person")
_PRIORITY = frozenset(TYPE_PRIORITY)


def primary_type(source_types: str) -> str:
    """The type that colours a sentence: the first of :data:`TYPE_PRIORITY` among its types,
    ``""`` for none."""
    if ";" not in source_types:  # none or one: most sentences
        return source_types if source_types in _PRIORITY else ""
    present = set(filter(None, source_types.split(";")))
    return next((t for t in TYPE_PRIORITY if t in present), "")


def attribution_view(analysis: ArticleAnalysis, *, width: int = 70) -> pd.DataFrame:
    """One row per attribution: paragraph, cue, source (a pronoun shown with what it refers
    to), type, and the start of the attributed content."""
    article, frame = analysis.article, analysis.attributions
    para_of = analysis.sentences.set_index("sentence_id")["paragraph_id"]
    rows = []
    for r in frame.itertuples():
        source = r.source if pd.notna(r.source) else "(not named)"
        if r.source_type == "pronoun" and pd.notna(r.resolved_source):
            source = f"{r.source} → {r.resolved_source}"
        kind = r.resolved_source_type if pd.notna(r.resolved_source_type) else (
            r.source_type if pd.notna(r.source_type) else "implicit")
        content = ""
        if pd.notna(r.content_start):
            content = article.text[r.content_start : r.content_end]
            content = content if len(content) <= width else content[: width - 1] + "…"
        rows.append({"paragraph": int(para_of[r.sentence_id]), "cue": r.cue, "source": source,
                     "source_type": kind, "content": content})
    return pd.DataFrame(rows, columns=["paragraph", "cue", "source", "source_type", "content"])
