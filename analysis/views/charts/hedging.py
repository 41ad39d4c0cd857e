"""How sure the text sounds, per paragraph and by category."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from analysis.pipeline.analyze import ArticleAnalysis
from analysis.views.palette import BOOSTER_COLOR, HEDGE_COLOR, NO_SOURCE


def draw_hedging(ax: Axes, analysis: ArticleAnalysis, *, bands: bool = True) -> None:
    """Boosters up, hedges down, per 100 words, on ``ax`` (grey bands: paragraphs that cite no
    one)."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    x = profile.paragraph_id.to_numpy()
    top = max(1.0, float(profile.booster_density.max()), float(profile.hedge_density.max()))
    if bands:
        for p in x[profile.n_attributed.to_numpy() == 0]:
            ax.axvspan(p - 0.5, p + 0.5, color=NO_SOURCE, zorder=0, linewidth=0)
    ax.bar(x, profile.booster_density, width=0.7, color=BOOSTER_COLOR)
    ax.bar(x, -profile.hedge_density, width=0.7, color=HEDGE_COLOR)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-top * 1.15, top * 1.15)
    ax.set_xticks(x)
    ax.spines[["top", "right"]].set_visible(False)


HEDGING_LEGEND = [Patch(color=BOOSTER_COLOR, label="boosters (greatly, profound, immense …)"),
                  Patch(color=HEDGE_COLOR, label="hedges (could, reportedly, critics …)")]


def boosted_silent(analysis: ArticleAnalysis) -> tuple[int, int]:
    """How many boosted paragraphs cite no one, of how many boosted paragraphs."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    boosted = profile.n_boosters.to_numpy() > 0
    silent = profile.n_attributed.to_numpy() == 0
    return int((boosted & silent).sum()), int(boosted.sum())


def hedging_by_paragraph(analysis: ArticleAnalysis, *, title: str | None = None) -> Figure:
    """Booster density (up) and hedge density (down) per body paragraph, per 100 words, with
    a grey band behind the paragraphs that cite no one. The default title counts the
    boosters and hedges and how many boosted paragraphs rest on no source."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    fig = Figure(figsize=(10, 4.2), layout="constrained")
    ax = fig.subplots()
    draw_hedging(ax, analysis)
    ax.set_xlabel("paragraph")
    ax.set_ylabel("per 100 words  (hedges below zero)")
    ax.legend(handles=[*HEDGING_LEGEND, Patch(color=NO_SOURCE, label="paragraph cites no one")],
              loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    if title is None:
        n_b, n_h = int(profile.n_boosters.sum()), int(profile.n_hedges.sum())
        title = f"{n_b} boosters, {n_h} hedges"
        silent, boosted = boosted_silent(analysis)
        if boosted:
            title += f"; {silent} of {boosted} boosted paragraphs cite no one"
    fig.suptitle(title)
    return fig


def category_counts(hedges: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Horizontal bars: how many hedges and boosters of each category (negated boosters
    left out)."""
    kept = hedges[~((hedges.kind == "booster") & hedges.negated)]
    counts = kept.groupby(["kind", "category"]).size().sort_values()
    fig = Figure(figsize=(7, 0.45 * max(3, len(counts)) + 1), layout="constrained")
    ax = fig.subplots()
    colors = [BOOSTER_COLOR if k == "booster" else HEDGE_COLOR for k, _ in counts.index]
    ax.barh([c.replace("_", " ") for _, c in counts.index], counts.to_numpy(), color=colors)
    ax.set_xlabel("number of cues")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(handles=[Patch(color=BOOSTER_COLOR, label="booster"),
                       Patch(color=HEDGE_COLOR, label="hedge")], frameon=False,
              loc="lower right")
    if title is None and len(counts):
        (kind, category), n = counts.index[-1], int(counts.iloc[-1])
        title = f"The commonest: {n} {category.replace('_', ' ')} {kind}s"
    fig.suptitle(title or "No hedges or boosters")
    return fig
