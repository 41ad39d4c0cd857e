"""Who each paragraph rests on: a strip, one cell per paragraph, split among its sentences."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analysis.pipeline.analyze import ArticleAnalysis
from analysis.views.charts.style import (
    Units,
    body_chart,
    finish,
    legend_right,
    new_figure,
    units,
)
from analysis.views.palette import NO_SOURCE, NO_SOURCE_INK, SOURCE_STYLES
from analysis.vocabulary.sources import BY_PRIORITY, SourceType, rests_on

#: A sentence that cites no one and asserts something; one that is neither (a question, a
#: fragment): drawn blank.
NONE, OTHER = "none", "other"
NONE_LABEL = "no source: the article asserts it"


def sentence_kind(source_types: str, attributed: bool, unattributed_assertion: bool) -> str:
    """What a sentence rests on, given its columns: a source type, ``none`` (an assertion
    with no source) or ``other`` (a question, a fragment)."""
    if attributed:
        return rests_on(source_types)
    return NONE if unattributed_assertion else OTHER


def sentence_kinds(analysis: ArticleAnalysis) -> pd.DataFrame:
    """Each body sentence's paragraph and what it rests on (:func:`sentence_kind`)."""
    body = analysis.sentences[~analysis.sentences.is_title]
    kinds = list(map(sentence_kind, body.source_types, body.attributed,
                     body.unattributed_assertion))
    return pd.DataFrame({"paragraph_id": body.paragraph_id.to_numpy(), "kind": kinds})


def sourcing_shares(analysis: ArticleAnalysis, u: Units) -> pd.DataFrame:
    """One row per mark of ``u``, one column per kind (weakest source first, then ``none``
    and ``other``): the share of the mark's sentences that rest on it."""
    kinds = sentence_kinds(analysis)
    kinds["x"] = u.of_paragraph(kinds.paragraph_id.to_numpy())
    order = [*BY_PRIORITY, NONE, OTHER]
    table = pd.crosstab(kinds.x, kinds.kind).reindex(columns=order, fill_value=0)
    table = table.reindex(u.frame["x"].to_numpy(), fill_value=0)
    total = table.sum(axis=1).replace(0, 1)
    return table.div(total, axis=0)


def draw_sourcing(ax: Axes, analysis: ArticleAnalysis, u: Units | None = None) -> list[str]:
    """Draw the sourcing strip on ``ax``: each mark a full-height cell split among the kinds
    its sentences rest on, weakest source at the bottom. Return the kinds drawn."""
    u = u or units(analysis.paragraphs)
    shares = sourcing_shares(analysis, u)
    x = shares.index.to_numpy(dtype=float)
    bottom = np.zeros(len(x))
    used = []
    for kind in shares.columns:
        height = shares[kind].to_numpy()
        if not height.any():
            continue
        if kind == OTHER:
            bottom += height
            continue
        fill, hatch, ink = look(kind)
        drawn = height > 0  # only the cells of this kind: a bar per mark costs a patch each
        ax.bar(x[drawn], height[drawn], bottom=bottom[drawn], width=u.width, color=fill,
               hatch=hatch, edgecolor=ink, linewidth=0)
        used.append(kind)
        bottom += height
    # thin white lines between the cells, so that one-sentence paragraphs read as cells
    for edge in x[:-1] + u.width / 2:
        ax.axvline(edge, color="white", linewidth=1.2)
    ax.set_ylim(0, 1)
    ax.set_yticks([])
    ax.spines[["left", "top", "right"]].set_visible(False)
    u.axis(ax)
    return used


def look(kind: str) -> tuple[str, str, str]:
    """The fill, hatch and ink of a sentence that rests on ``kind`` (a source type or
    ``none``)."""
    if kind == NONE:
        return NO_SOURCE, "", NO_SOURCE_INK
    style = SOURCE_STYLES[kind]
    return style.fill, style.hatch, style.ink


def sourcing_legend(used: list[str]) -> list[Patch]:
    """The legend of :func:`draw_sourcing` for the kinds it drew, weakest first."""
    handles = []
    for kind in [*BY_PRIORITY, NONE]:
        if kind in used:
            fill, hatch, ink = look(kind)
            label = NONE_LABEL if kind == NONE else SourceType(kind).short
            handles.append(Patch(facecolor=fill, hatch=hatch, edgecolor=ink, linewidth=0,
                                 label=label))
    return handles


def silent_paragraphs(analysis: ArticleAnalysis) -> tuple[int, int]:
    """How many body paragraphs cite no one, of how many."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    return int((profile.n_attributed == 0).sum()), len(profile)


def sourcing_title(analysis: ArticleAnalysis, used: list[str]) -> str:
    """How many paragraphs cite no one, and the commonest kind of source."""
    silent, n_para = silent_paragraphs(analysis)
    title = f"{silent} of {n_para} paragraphs cite no one"
    kinds = sentence_kinds(analysis).kind
    cited = kinds[~kinds.isin([NONE, OTHER])]
    if len(cited):
        top = cited.value_counts().idxmax()
        title += f"; most cited: {SourceType(top).short}s"
    return title


@body_chart
def sourcing_by_paragraph(analysis: ArticleAnalysis, *, title: str | None = None) -> Figure:
    """Who each paragraph rests on: one cell per body paragraph, split among its sentences,
    each coloured (and, for sources a reader cannot check, hatched) by the source type it
    rests on — its own attribution's or the one that carries it; grey for sentences that
    assert with no source; blank for the rest (questions, fragments). The default title states
    how many paragraphs cite no one and the commonest source."""
    fig = new_figure(2.6)
    ax = fig.subplots()
    u = units(analysis.paragraphs)
    used = draw_sourcing(ax, analysis, u)
    legend_right(ax, sourcing_legend(used))
    ax.set_xlabel(u.xlabel)
    ax.set_ylabel("its\nsentences", rotation=0, ha="right", va="center")
    return finish(fig, title or sourcing_title(analysis, used),
                  alt="A strip of one cell per paragraph, coloured by the kind of source its "
                      "sentences rest on.")
