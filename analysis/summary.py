"""One row per article: the measures a reader compares across articles (and a corpus is
summarised by)."""

from __future__ import annotations

import pandas as pd

from analysis.attribution.context import COUNTED_TYPES, effective_types
from analysis.attribution.view import primary_type
from analysis.language import english_share

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
    s = analysis.sentences
    body = s[~s.is_title]
    n = max(1, len(body))
    words = max(1, int(body.n_tokens.sum()))
    in_body = analysis.attributions.sentence_id.isin(body.sentence_id)
    attributions = analysis.attributions[in_body]
    kinds = effective_types(attributions)
    rests = body.source_types.map(primary_type)
    h, b = int(body.n_hedges.sum()), int(body.n_boosters.sum())
    named = attributions[kinds.isin(NAMED).to_numpy()]
    row = {
        "article_id": analysis.article.article_id,
        "title": analysis.article.title or "",
        "n_paragraphs": int(body.paragraph_id.nunique()),
        "n_sentences": len(body),
        "n_tokens": int(body.n_tokens.sum()),
        "n_attributions": len(attributions),
        "attribution_density": float(body.attributed.sum() / n),
        "unattributed_share": float(body.unattributed_assertion.sum() / n),
        "anonymous_share": float((rests == "anonymous").sum() / n),
        "vague_share": float((rests == "vague").sum() / n),
        "named_share": float(rests.isin(NAMED).sum() / n),
        "n_named_sources": int(named.resolved_source.fillna(named.source).str.lower().nunique()),
        "hedge_density": 100 * h / words,
        "booster_density": 100 * b / words,
        "commitment": (b - h) / (b + h) if b + h else 0.0,
        "sentiment_mean": float(body.compound.mean()) if len(body) else 0.0,
        "share_negative": float((body.compound <= -0.05).sum() / n),
        "share_positive": float((body.compound >= 0.05).sum() / n),
        "english_share": english_share(analysis.article.normalized),
    }
    counts = kinds.value_counts()
    for kind in COUNTED_TYPES:
        row[f"n_{kind}"] = int(counts.get(kind, 0))
    return row


def summary_table(analyses) -> pd.DataFrame:
    """:func:`article_summary` of several analyses, one row each."""
    return pd.DataFrame([article_summary(a) for a in analyses], columns=SUMMARY_COLUMNS)
