"""Who speaks, for readers: the ``sources`` table as the report shows it, and its finding."""

from __future__ import annotations

import pandas as pd

from analysis.errors import AN_ANALYSIS, expect
from analysis.pipeline.analyze import ArticleAnalysis
from analysis.vocabulary.sources import NAMED_TYPES, SourceType

#: The columns of the sources table a reader sees (``sources.csv`` has them all).
SOURCE_VIEW_COLUMNS = ["entity", "source_type", "n_attributions", "n_direct_quotes", "roles",
                       "first_paragraph", "share"]


def source_view(analysis: ArticleAnalysis) -> pd.DataFrame:
    """One row per cited entity, most cited first: who it is, its type by its label for
    readers (*named person*, *anonymous source*), its attributions and direct quotations, the
    roles seen with it, the paragraph it is first cited in, and its share of the
    attributions."""
    expect(analysis, ArticleAnalysis, function="source_view", wanted=AN_ANALYSIS)
    view = analysis.sources[SOURCE_VIEW_COLUMNS].copy()
    view["source_type"] = [SourceType(t).short for t in view.source_type]
    return view


def source_finding(analysis: ArticleAnalysis) -> str:
    """One line: how many entities speak, how many of them are named, and who is cited
    most, with its share of the attributions."""
    expect(analysis, ArticleAnalysis, function="source_finding", wanted=AN_ANALYSIS)
    sources = analysis.sources
    if not len(sources):
        return "No attribution says who speaks: no source is named or described."
    named = int(sources.source_type.isin(NAMED_TYPES).sum())
    top = sources.iloc[0]
    entities = "1 source speaks" if len(sources) == 1 else f"{len(sources)} sources speak"
    return (f"{entities}, {named} of them named. The most cited is “{top.entity}” "
            f"({SourceType(top.source_type).short}): {top.n_attributions} "
            f"attribution{'' if top.n_attributions == 1 else 's'}, {top.share:.0%} of those in "
            "the body.")
