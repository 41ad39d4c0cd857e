"""The whole picture: every layer on one paragraph axis, and a sentence × feature heatmap."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analysis.pipeline.analyze import ArticleAnalysis
from analysis.views.charts.hedging import HEDGING_LEGEND, boosted_silent, draw_hedging
from analysis.views.charts.sentiment import draw_sentiment_bars, sentiment_colors
from analysis.views.charts.sourcing import draw_sourcing, silent_paragraphs, sourcing_legend
from analysis.views.palette import NO_SOURCE
from analysis.vocabulary.sources import SourceType, rests_on


def profile_title(analysis: ArticleAnalysis) -> str:
    """The finding in one line: how many paragraphs cite no one, how many boosted ones are
    among them, and the mean sentence sentiment."""
    silent, n_para = silent_paragraphs(analysis)
    boosted_and_silent, boosted = boosted_silent(analysis)
    body = analysis.sentences[~analysis.sentences.is_title]
    title = f"{silent} of {n_para} paragraphs cite no one"
    if boosted:
        title += f"; {boosted_and_silent} of the {boosted} boosted paragraphs are among them"
    return title + f"; mean sentence sentiment {body.compound.mean():+.2f}"


def profile_chart(analysis: ArticleAnalysis, *, title: str | None = None,
                  label_words: int = 3) -> Figure:
    """Three panels on one paragraph axis: who each paragraph rests on; boosters and hedges
    per 100 words; mean sentence sentiment. The x-axis names each paragraph by its number and
    first words."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    n = len(profile)
    fig = Figure(figsize=(max(10, 0.45 * n + 4), 8.2), layout="constrained")
    top, middle, bottom = fig.subplots(3, 1, sharex=True, height_ratios=[1.2, 1, 1])
    used = draw_sourcing(top, analysis)
    top.set_ylabel("sources\n(share of sentences)")
    top.legend(handles=sourcing_legend(used), loc="upper left", bbox_to_anchor=(1.01, 1),
               frameon=False, fontsize="small")
    draw_hedging(middle, analysis, bands=False)
    middle.set_ylabel("per 100 words\n(hedges below 0)")
    middle.legend(handles=HEDGING_LEGEND, loc="upper left", bbox_to_anchor=(1.01, 1),
                  frameon=False, fontsize="small")
    draw_sentiment_bars(bottom, analysis)
    bottom.set_ylabel("sentiment\n(mean compound)")
    bottom.legend(handles=[Patch(color=c, label=lab) for c, lab in zip(
        sentiment_colors([1, -1, 0]), ["positive", "negative", "neutral"], strict=True)],
        loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize="small")
    for ax in (middle, bottom):  # paragraphs that cite no one, on every panel
        for p in profile.paragraph_id[profile.n_attributed == 0]:
            ax.axvspan(p - 0.5, p + 0.5, color=NO_SOURCE, zorder=0, linewidth=0)
    labels = [f"{p}  {_first(words, label_words)}"
              for p, words in zip(profile.paragraph_id, profile.first_words, strict=True)]
    bottom.set_xticks(profile.paragraph_id, labels, rotation=60, ha="right",
                      fontsize="small")
    bottom.set_xlabel("paragraph (and its first words)")
    fig.suptitle(title or profile_title(analysis))
    return fig


def _first(words: str, n: int) -> str:
    parts = words.replace(" …", "").split()
    return " ".join(parts[:n]) + ("…" if len(parts) > n else "")


FEATURES = [
    ("attributed", "attributed"),
    (SourceType.ANONYMOUS.value, "rests on anonymous source"),
    (SourceType.VAGUE.value, "rests on vague source"),
    ("unattributed_assertion", "asserts with no source"),
    ("n_hedges", "hedges"),
    ("n_boosters", "boosters"),
    ("compound", "sentiment"),
]


def feature_heatmap(analysis: ArticleAnalysis, *, title: str | None = None) -> Figure:
    """One row per body sentence, one column per feature: sourcing (yes/no), hedge and booster
    counts (scaled to the article's maximum) and sentiment (−1 … +1), on one diverging
    colour-blind-safe scale (orange negative, purple positive)."""
    body = analysis.sentences[~analysis.sentences.is_title].reset_index(drop=True)
    columns = []
    for key, _ in FEATURES:
        if key in (SourceType.ANONYMOUS, SourceType.VAGUE):
            values = (body.source_types.map(rests_on) == key).astype(float)
        elif key in ("n_hedges", "n_boosters"):
            raw = body[key].astype(float)
            values = raw / raw.max() if raw.max() > 0 else raw
        else:
            values = body[key].astype(float)
        columns.append(values.to_numpy())
    matrix = np.column_stack(columns)
    fig = Figure(figsize=(7, max(3.5, 0.22 * len(body) + 1.5)), layout="constrained")
    ax = fig.subplots()
    image = ax.imshow(matrix, aspect="auto", cmap="PuOr", vmin=-1, vmax=1,
                      interpolation="nearest")
    ax.set_xticks(range(len(FEATURES)), [label for _, label in FEATURES], rotation=35,
                  ha="right")
    ax.set_yticks(range(len(body)), [f"¶{p}" + (f".{k + 1}" if k else "") for p, k in zip(
        body.paragraph_id, body.sent_in_para, strict=True)], fontsize="small")
    ax.set_ylabel("sentence (¶ paragraph)")
    fig.colorbar(image, ax=ax, shrink=0.6, label="negative … 0 … positive / more")
    if title is None:
        rows = int(body.unattributed_assertion.sum())
        title = f"{rows} of {len(body)} sentences assert with no source"
    fig.suptitle(title)
    return fig
