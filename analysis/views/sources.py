"""Who speaks, for readers: the ``sources`` table as the report shows it, its finding, and the
tool's sources held against annotators' (:func:`sources_against`)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.errors import AN_ANALYSIS, expect
from analysis.pipeline.analyze import ArticleAnalysis
from analysis.views.framing import FALSE_ALARM, FOUND, MISSED
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


#: What a reader calls a source the tool found with another type than the annotators'.
WRONG_TYPE = "wrong type"
#: The columns of :func:`sources_against`.
AGAINST_COLUMNS = ["paragraph", "gold_source", "gold_type", "gold_entity", "outcome", "source",
                   "source_type", "entity"]


def sources_against(analysis: ArticleAnalysis, gold: Sequence[tuple[int, int, str, str]]
                    ) -> pd.DataFrame:
    """The tool's sources held against annotators' sources of the same text (``gold``:
    ``(start, end, source_type, entity)`` per source span, as
    :func:`analysis.evaluate.brat.gold_sources` reads them), one row per source in text
    order: its ``paragraph``; the annotators' ``gold_source``, ``gold_type`` and
    ``gold_entity``; the ``outcome``; and the tool's ``source``, ``source_type`` (the type it
    counts as) and ``entity``. Types are given by their labels for readers (*named person*).

    A gold source is *found* when the source of a counted attribution overlaps it, as
    ``evaluate attribution`` scores it, and of the *wrong type* when that source counts as
    another type; *missed* when none does (the tool's columns then read ``missed``). A counted
    source that overlaps no gold source is a *false alarm* (the gold columns empty).
    """
    expect(analysis, ArticleAnalysis, function="sources_against", wanted=AN_ANALYSIS)
    text = analysis.article.text
    sentences = analysis.sentences
    starts, paragraphs = sentences.start_char.to_numpy(), sentences.paragraph_id.to_numpy()

    def paragraph(at: int) -> int:
        return int(paragraphs[max(0, int(starts.searchsorted(at, side="right")) - 1)])

    att = analysis.attributions
    att = att[~att.nested.astype(bool) & att.source_start.notna()]
    found: dict[tuple[int, int], tuple[str, str, str]] = {}
    for r in att.itertuples():
        found.setdefault((int(r.source_start), int(r.source_end)),
                         (r.source, r.counts_as, r.entity if isinstance(r.entity, str) else ""))
    rows = []
    for s, e, kind, entity in sorted(gold):
        hit = [tool for (ts, te), tool in found.items() if ts < e and s < te]
        if hit:
            source, counts_as, tool_entity = hit[0]
            outcome = FOUND if counts_as == kind else WRONG_TYPE
            tool = (source, _short(counts_as), tool_entity)
        else:
            outcome, tool = MISSED, (MISSED, MISSED, MISSED)
        rows.append((s, paragraph(s), text[s:e], _short(kind), entity, outcome, *tool))
    for (ts, te), (source, counts_as, tool_entity) in found.items():
        if not any(ts < e and s < te for s, e, _, _ in gold):
            rows.append((ts, paragraph(ts), "", "", "", FALSE_ALARM, source,
                         _short(counts_as), tool_entity))
    rows.sort(key=lambda r: r[0])
    return pd.DataFrame([r[1:] for r in rows], columns=AGAINST_COLUMNS)


def _short(kind: str) -> str:
    return SourceType(kind).short if kind else ""
