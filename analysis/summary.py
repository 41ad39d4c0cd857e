"""One row per article: the measures a reader compares across articles (and a corpus is
summarised by)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.attribution.context import COUNTED_TYPES, effective_type_list
from analysis.attribution.view import primary_type
from analysis.columns import missing

SUMMARY_COLUMNS = [
    "article_id", "title", "n_paragraphs", "n_sentences", "n_tokens", "n_attributions",
    "attribution_density", "unattributed_share", "anonymous_share", "vague_share",
    "named_share", "n_named_sources", "hedge_density", "booster_density", "commitment",
    "sentiment_mean", "share_negative", "share_positive", "english_share",
    *(f"n_{t}" for t in COUNTED_TYPES),
]

#: Readable names of the measures, for charts and tables.
MEASURES = {
    "attribution_density": "attributed sentences (share)",
    "unattributed_share": "unattributed assertions (share)",
    "anonymous_share": "sentences resting on anonymous sources (share)",
    "vague_share": "sentences resting on vague sources (share)",
    "named_share": "sentences resting on named sources (share)",
    "hedge_density": "hedges per 100 words",
    "booster_density": "boosters per 100 words",
    "sentiment_mean": "mean sentence sentiment",
}
NAMED = ("named_person", "named_organization", "media_outlet")


def article_summary(analysis) -> dict:
    """The measures of one :class:`~analysis.ArticleAnalysis` (body sentences only: the
    title is not counted). Shares are of body sentences; densities per 100 words."""
    return summary_row(analysis.article, analysis.sentences, analysis.attributions)


def summary_row(article, sentences, attributions) -> dict:
    """:func:`article_summary` of an article's sentence table (with its summary columns) and
    attributions: frames or columns (see :mod:`analysis.columns`)."""
    s = sentences
    body = ~np.asarray(s["is_title"], dtype=bool)
    n_body = int(body.sum())
    n = max(1, n_body)
    tokens = np.asarray(s["n_tokens"], dtype="int64")[body]
    words = max(1, int(tokens.sum()))
    rests = [primary_type(t) for t, b in zip(s["source_types"], body, strict=True) if b]
    h = int(np.asarray(s["n_hedges"])[body].sum())
    b_ = int(np.asarray(s["n_boosters"])[body].sum())
    compound = np.asarray(s["compound"], dtype=float)[body]
    title_ids = set(np.asarray(s["sentence_id"])[~body].tolist())
    att = attributions
    keep = [sid not in title_ids for sid in att["sentence_id"]]
    types = effective_type_list(att)
    kinds = [k for k, ok in zip(types, keep, strict=True) if ok]
    named_names = {str(src if missing(r) else r).lower()
                   for r, src, k, ok in zip(att["resolved_source"], att["source"], types, keep,
                                            strict=True)
                   if ok and k in NAMED}
    row = {
        "article_id": article.article_id,
        "title": article.title or "",
        "n_paragraphs": len(set(np.asarray(s["paragraph_id"])[body].tolist())),
        "n_sentences": n_body,
        "n_tokens": int(tokens.sum()),
        "n_attributions": len(kinds),
        "attribution_density": float(np.asarray(s["attributed"], dtype=bool)[body].sum() / n),
        "unattributed_share": float(np.asarray(s["unattributed_assertion"], dtype=bool)[body]
                                    .sum() / n),
        "anonymous_share": rests.count("anonymous") / n,
        "vague_share": rests.count("vague") / n,
        "named_share": sum(r in NAMED for r in rests) / n,
        "n_named_sources": len(named_names),
        "hedge_density": 100 * h / words,
        "booster_density": 100 * b_ / words,
        "commitment": (b_ - h) / (b_ + h) if b_ + h else 0.0,
        "sentiment_mean": float(compound.mean()) if n_body else 0.0,
        "share_negative": float((compound <= -0.05).sum() / n),
        "share_positive": float((compound >= 0.05).sum() / n),
        "english_share": article.english_share,
    }
    for kind in COUNTED_TYPES:
        row[f"n_{kind}"] = kinds.count(kind)
    return row


def summary_table(analyses) -> pd.DataFrame:
    """:func:`article_summary` of several analyses, one row each."""
    return pd.DataFrame([article_summary(a) for a in analyses], columns=SUMMARY_COLUMNS)
