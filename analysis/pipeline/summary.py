"""One row per article: the measures a reader compares across articles (and a corpus is
summarised by). Body sentences only: the title is not counted. A sentence *rests on* the weakest
of its sources (:func:`analysis.vocabulary.sources.rests_on`)."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from analysis.errors import AN_ANALYSIS, expect
from analysis.layers.attribution import ATTRIBUTIONS, counted_rows
from analysis.pipeline.analyze import SENTENCE_TABLE, ArticleAnalysis
from analysis.pipeline.profile import deprecated_counts
from analysis.pipeline.sources import SOURCES, named_sources, source_columns, top_share
from analysis.schema import FLOAT, INT, TEXT, Column, Columns, Schema
from analysis.spine.document import Document
from analysis.spine.furniture import BODY
from analysis.vocabulary.sentiment import is_negative, is_positive
from analysis.vocabulary.sources import (
    COUNTED_TYPES,
    DEPRECATED_COUNTS,
    NAMED_TYPES,
    SourceType,
    effective_types,
    rests_on,
)

SUMMARY = Schema("summary", "One row per article: the measures a reader compares across "
                 "articles. Body sentences only (not the title, nor a byline, dateline or "
                 "credit line); shares are of body sentences, densities per 100 word tokens.", (
    Column("article_id", TEXT, "the article"),
    Column("title", TEXT, "its title (empty if it has none)"),
    Column("n_paragraphs", INT, "body paragraphs"),
    Column("n_sentences", INT, "body sentences"),
    Column("n_tokens", INT, "word tokens of the body"),
    Column("n_attributions", INT, "attributions in the body"),
    Column("attribution_density", FLOAT, "the share of sentences that are attributed"),
    Column("unattributed_share", FLOAT, "the share that are unattributed assertions"),
    Column("anonymous_share", FLOAT, "the share that rest on an anonymous source (their weakest "
                                     "source is anonymous)"),
    Column("vague_share", FLOAT, "the share that rest on a vague source"),
    Column("named_share", FLOAT, "the share that rest on a named person, organization or outlet"),
    Column("n_named_sources", INT, "distinct named sources: entities of the ``sources`` table "
                                   "typed a named person, organization or outlet"),
    Column("top_source_share", FLOAT, "the share of the counted attributions that the most-cited "
                                      "entity carries (empty when no attribution has one)"),
    Column("hedge_density", FLOAT, "hedges per 100 word tokens"),
    Column("booster_density", FLOAT, "boosters per 100 word tokens"),
    Column("commitment", FLOAT, "(boosters − hedges) / (boosters + hedges)"),
    Column("framing_density", FLOAT, "framing marks per 100 word tokens, in any voice"),
    Column("own_framing_density", FLOAT, "framing marks in the article's own voice per 100 "
                                         "word tokens (rank an archive by it)"),
    Column("sentiment_mean", FLOAT, "the mean of the sentences' compound scores"),
    Column("share_negative", FLOAT, "the share of sentences that are negative"),
    Column("share_positive", FLOAT, "the share that are positive"),
    Column("english_share", FLOAT, "the share of its words that are common English words (below "
                                   "0.10 it does not look English)"),
    *(Column(f"n_{t}", INT, f"attributions that count as {SourceType(t).short}")
      for t in COUNTED_TYPES),
    *deprecated_counts(),
))
SUMMARY_COLUMNS = SUMMARY.names

#: Readable names of the measures, for charts and tables.
MEASURES = {
    "attribution_density": "attributed sentences (share)",
    "unattributed_share": "unattributed assertions (share)",
    "anonymous_share": "sentences resting on anonymous sources (share)",
    "vague_share": "sentences resting on vague sources (share)",
    "named_share": "sentences resting on named sources (share)",
    "hedge_density": "hedges per 100 words",
    "booster_density": "boosters per 100 words",
    "own_framing_density": "framing marks in the article's own voice per 100 words",
    "sentiment_mean": "mean sentence sentiment",
}


def article_summary(analysis: ArticleAnalysis) -> dict:
    """The measures of one :class:`~analysis.ArticleAnalysis` (the columns of
    :data:`SUMMARY`, as a dict)."""
    expect(analysis, ArticleAnalysis, function="article_summary", wanted=AN_ANALYSIS)
    return summary_row(analysis.document, SENTENCE_TABLE.columns_of(analysis.sentences),
                       ATTRIBUTIONS.columns_of(analysis.attributions),
                       sources=SOURCES.columns_of(analysis.sources))


def summary_row(doc: Document, sentences: Columns, attributions: Columns, *,
                sources: Columns | None = None) -> dict:
    """:func:`article_summary` of a document's sentence table (with its summary columns) and
    attributions, as columns; ``sources``, its ``sources`` table, is made from them if not
    given."""
    if sources is None:
        sources = source_columns(doc, sentences, attributions)
    s = sentences
    body = np.array([kind == BODY for kind in s["paragraph_kind"]], dtype=bool)
    n_body = int(body.sum())
    n = max(1, n_body)
    tokens = np.asarray(s["n_tokens"], dtype="int64")[body]
    words = max(1, int(tokens.sum()))
    rests = [rests_on(t) for t, b in zip(s["source_types"], body, strict=True) if b]
    h = int(np.asarray(s["n_hedges"])[body].sum())
    b_ = int(np.asarray(s["n_boosters"])[body].sum())
    framing = int(np.asarray(s["n_framing"])[body].sum())
    own = int(np.asarray(s["n_framing_own"])[body].sum())
    compound = np.asarray(s["compound"], dtype=float)[body]
    title_ids = set(np.asarray(s["sentence_id"])[~body].tolist())
    att = attributions
    keep = [sid not in title_ids and counts  # body attributions, nested ones not counted
            for sid, counts in zip(att["sentence_id"], counted_rows(att), strict=True)]
    types = effective_types(att["resolved_source_type"], att["source_type"])
    kinds = [k for k, ok in zip(types, keep, strict=True) if ok]
    article = doc.article
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
        "anonymous_share": rests.count(SourceType.ANONYMOUS) / n,
        "vague_share": rests.count(SourceType.VAGUE) / n,
        "named_share": sum(r in NAMED_TYPES for r in rests) / n,
        "n_named_sources": named_sources(sources),
        "top_source_share": top_share(sources),
        "hedge_density": 100 * h / words,
        "booster_density": 100 * b_ / words,
        "commitment": (b_ - h) / (b_ + h) if b_ + h else 0.0,
        "framing_density": 100 * framing / words,
        "own_framing_density": 100 * own / words,
        "sentiment_mean": float(compound.mean()) if n_body else 0.0,
        "share_negative": float(is_negative(compound).sum() / n),
        "share_positive": float(is_positive(compound).sum() / n),
        "english_share": doc.english_share,
    }
    for kind in COUNTED_TYPES:
        row[f"n_{kind}"] = kinds.count(kind)
    for old, new in DEPRECATED_COUNTS.items():
        row[old] = row[new]
    return row


def summary_table(analyses: Iterable[ArticleAnalysis]) -> pd.DataFrame:
    """:func:`article_summary` of several analyses, one row each (columns: :data:`SUMMARY`)."""
    expect(analyses, Iterable, function="summary_table", wanted="an iterable of "
           "ArticleAnalysis (from analysis.analyze(article))", refuse=(str, bytes, ArticleAnalysis))
    return summary_frame([article_summary(a) for a in analyses])


def summary_frame(rows: list[dict]) -> pd.DataFrame:
    """The summary table of ``rows`` (dicts of :func:`summary_row`)."""
    return SUMMARY.frame({name: [row[name] for row in rows] for name in SUMMARY_COLUMNS})
