"""How sure the text sounds, per paragraph and by category (the hedging family: oranges)."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from analysis.pipeline.analyze import ArticleAnalysis
from analysis.views.charts.style import (
    Units,
    body_chart,
    chart,
    finish,
    new_figure,
    paragraph_chart,
    silent_bands,
    units,
)
from analysis.views.palette import BOOSTER_COLOR, HEDGE_COLOR, NO_SOURCE

HEDGING_LEGEND = [Patch(color=BOOSTER_COLOR, label="boosters (greatly, immense …)"),
                  Patch(color=HEDGE_COLOR, label="hedges (could, critics …)")]
SILENT_LEGEND = Patch(color=NO_SOURCE, label="paragraph cites no one")


def draw_hedging(ax: Axes, analysis: ArticleAnalysis, u: Units | None = None, *,
                 bands: bool = True) -> None:
    """Boosters up, hedges down, per 100 words, on ``ax`` (light bands: paragraphs that cite
    no one)."""
    u = u or units(analysis.paragraphs)
    frame = u.frame
    x = frame["x"].to_numpy()
    top = max(1.0, float(frame.booster_density.to_numpy().max(initial=0)),
              float(frame.hedge_density.to_numpy().max(initial=0)))
    if bands:
        silent_bands(ax, u)
    width = 0.75 * u.width
    ax.bar(x, frame.booster_density, width=width, color=BOOSTER_COLOR)
    ax.bar(x, -frame.hedge_density, width=width, color=HEDGE_COLOR)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-top * 1.15, top * 1.15)
    ax.yaxis.set_major_formatter(lambda v, _: f"{abs(v):g}")  # hedges count down from zero
    u.axis(ax)


def boosted_silent(analysis: ArticleAnalysis) -> tuple[int, int]:
    """How many boosted paragraphs cite no one, of how many boosted paragraphs."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    boosted = profile.n_boosters.to_numpy() > 0
    silent = profile.n_attributed.to_numpy() == 0
    return int((boosted & silent).sum()), int(boosted.sum())


def hedging_title(analysis: ArticleAnalysis) -> str:
    """The counts of boosters and hedges, and how many boosted paragraphs cite no one."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    n_b, n_h = int(profile.n_boosters.sum()), int(profile.n_hedges.sum())
    title = f"{n_b} boosters, {n_h} hedges"
    silent, boosted = boosted_silent(analysis)
    if boosted:
        title += f"; {silent} of {boosted} boosted paragraphs cite no one"
    return title


@body_chart
def hedging_by_paragraph(analysis: ArticleAnalysis, *, title: str | None = None) -> Figure:
    """Booster density (up) and hedge density (down) per body paragraph, per 100 words, with
    a light band behind the paragraphs that cite no one. The default title counts the
    boosters and hedges and how many boosted paragraphs rest on no source."""
    return paragraph_chart(
        analysis.paragraphs, lambda ax, u: draw_hedging(ax, analysis, u),
        ylabel="per 100 words\n(boosters up, hedges down)",
        legend=[*HEDGING_LEGEND, SILENT_LEGEND], title=title or hedging_title(analysis),
        alt="Bars per paragraph: boosters per 100 words above the line, hedges below it.")


@chart
def category_counts(hedges: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Horizontal bars: how many hedges and boosters of each category (negated boosters
    left out)."""
    kept = hedges[~((hedges.kind == "booster") & hedges.negated)]
    counts = kept.groupby(["kind", "category"]).size().sort_values()
    fig = new_figure(0.42 * max(3, len(counts)) + 1.4, width=8)
    ax = fig.subplots()
    colors = [BOOSTER_COLOR if k == "booster" else HEDGE_COLOR for k, _ in counts.index]
    ax.barh([c.replace("_", " ") for _, c in counts.index], counts.to_numpy(), color=colors)
    ax.set_xlabel("number of cues")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(handles=[Patch(color=BOOSTER_COLOR, label="booster"),
                       Patch(color=HEDGE_COLOR, label="hedge")], frameon=False,
              loc="lower right")
    if title is None and len(counts):
        (kind, category), n = counts.index[-1], int(counts.iloc[-1])
        title = f"The commonest: {n} {category.replace('_', ' ')} {kind}s"
    return finish(fig, title or "No hedges or boosters",
                  alt="Horizontal bars: the number of hedges and boosters of each category.")
