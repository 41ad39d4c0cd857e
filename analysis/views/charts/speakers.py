"""Who speaks, article beside article: one horizontal bar per cited entity, as long as its
attributions, coloured (and, for a source a reader cannot check, hatched) by its type."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analysis.errors import AN_ANALYSIS, expect
from analysis.pipeline.analyze import ArticleAnalysis
from analysis.views.charts.style import chart, finish, legend_right, new_figure
from analysis.views.palette import SOURCE_STYLES
from analysis.vocabulary.sources import BY_PRIORITY, SourceType

#: The most entities a panel draws; the rest are counted in one line under the bars.
MOST = 10
#: An entity's label is wrapped at this many characters.
LABEL_CHARS = 28


def top_source(analysis: ArticleAnalysis) -> tuple[str, int, int] | None:
    """The most-cited entity's type, its attributions and the article's counted attributions
    in the body; None if no attribution names or describes anyone."""
    sources = analysis.sources
    if not len(sources):
        return None
    top = sources.iloc[0]
    return top.source_type, int(top.n_attributions), round(top.n_attributions / top.share)


def speakers_title(analyses: Mapping[str, ArticleAnalysis]) -> str:
    """The finding, article by article: *An anonymous source carries 6 of 13 attributions in
    RIA Novosti; a named person 2 of 7 in Wikinews*."""
    parts = []
    for label, analysis in analyses.items():
        top = top_source(analysis)
        if top is None:
            parts.append(f"no one is cited in {label}")
            continue
        kind, n, total = top
        who = SourceType(kind).short
        if not parts:
            article = "An" if who[0] in "aeiou" else "A"
            parts.append(f"{article} {who} carries {n} of {total} attributions in {label}")
        else:
            parts.append(f"{'an' if who[0] in 'aeiou' else 'a'} {who} {n} of {total} in "
                         f"{label}")
    text = "; ".join(parts)
    return text[0].upper() + text[1:]


@chart
def who_speaks(analyses: Mapping[str, ArticleAnalysis], *, title: str | None = None,
               most: int = MOST) -> Figure:
    """One panel per article (``{label: analysis}``), one horizontal bar per cited entity of
    its ``sources`` table, most cited at the top (at most ``most``; the others counted in a
    line), as long as its attributions, coloured by its source type in the sources palette —
    hatched for a source a reader cannot check. The default title states how much of each
    article its most-cited source carries."""
    for analysis in analyses.values():
        expect(analysis, ArticleAnalysis, function="who_speaks", wanted=AN_ANALYSIS)
    shown = {label: a.sources.head(most) for label, a in analyses.items()}
    rows = sum(max(1, len(s)) for s in shown.values())
    fig = new_figure(1.4 + 0.42 * rows + 0.6 * len(shown))
    axes = np.atleast_1d(fig.subplots(len(shown), 1, squeeze=False,
                                      height_ratios=[max(1, len(s)) for s in shown.values()]
                                      ).ravel())
    longest = max([int(s.n_attributions.max()) for s in shown.values() if len(s)] or [1])
    used: set[str] = set()
    for ax, (label, sources) in zip(axes, shown.items(), strict=True):
        y = np.arange(len(sources))
        for k, row in enumerate(sources.itertuples()):
            style = SOURCE_STYLES[row.source_type]
            ax.barh(k, row.n_attributions, color=style.fill, hatch=style.hatch,
                    edgecolor=style.ink, linewidth=0.8 if style.hatch else 0)
            used.add(row.source_type)
        ax.set_yticks(y, ["\n".join(textwrap.wrap(e, LABEL_CHARS, break_on_hyphens=False))
                          for e in sources.entity])
        ax.set_ylim(max(len(sources), 1) - 0.5, -0.5)
        ax.set_xlim(0, longest + 0.5)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_title(label, loc="left", fontweight="bold")
        left = len(analyses[label].sources) - len(sources)
        if not len(sources):
            ax.text(0.02, 0.5, "no one is cited", transform=ax.transAxes, va="center")
        elif left:
            ax.text(1, -0.5 / len(sources), f"and {left} more source{'' if left == 1 else 's'}",
                    transform=ax.transAxes, ha="right", va="top")
    axes[-1].set_xlabel("attributions (counted, in the body)")
    legend_right(axes[0], [Patch(facecolor=SOURCE_STYLES[k].fill, hatch=SOURCE_STYLES[k].hatch,
                                 edgecolor=SOURCE_STYLES[k].ink, linewidth=0,
                                 label=SourceType(k).short)
                           for k in reversed(BY_PRIORITY) if k in used])
    n = {label: len(a.sources) for label, a in analyses.items()}
    return finish(fig, title or speakers_title(analyses),
                  alt="Horizontal bars, one panel per article ("
                      + ", ".join(f"{label}: {k} cited" for label, k in n.items())
                      + "), one bar per cited source as long as its attributions, coloured by "
                        "its type; anonymous, vague and unnamed sources hatched.")
