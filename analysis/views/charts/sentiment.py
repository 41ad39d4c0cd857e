"""Sentiment per sentence and paragraph, and why whole texts saturate (the sentiment family:
pink for negative, green for positive, grey for neutral)."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from analysis.pipeline.analyze import ArticleAnalysis
from analysis.views.charts.style import (
    MAX_SENTENCES,
    Units,
    body_chart,
    chart,
    finish,
    legend_right,
    new_figure,
    paragraph_chart,
    silent_bands,
    units,
)
from analysis.views.palette import NEGATIVE_COLOR, NEUTRAL_COLOR, POSITIVE_COLOR, QUIET_TEXT
from analysis.vocabulary.sentiment import NEGATIVE, POSITIVE, is_negative

SENTIMENT_LEGEND = [Patch(color=NEGATIVE_COLOR, label="negative"),
                    Patch(color=POSITIVE_COLOR, label="positive"),
                    Patch(color=NEUTRAL_COLOR, label=f"neutral (within ±{POSITIVE})")]


def sentiment_colors(values: Iterable[float]) -> list[str]:
    """The colour of each compound score: positive, negative or neutral."""
    return [POSITIVE_COLOR if v >= POSITIVE else NEGATIVE_COLOR if v <= NEGATIVE
            else NEUTRAL_COLOR for v in values]


def sentiment_title(analysis: ArticleAnalysis) -> str:
    """The share of negative sentences, the mean, and the most negative paragraph."""
    body = analysis.sentences[~analysis.sentences.is_title]
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    share = float(is_negative(body.compound).mean()) if len(body) else 0.0
    mean = body.compound.mean() if len(body) else 0.0
    title = f"{share:.0%} of sentences are negative (mean {mean:+.2f})"
    worst = profile.loc[profile.sentiment_mean.idxmin()] if len(profile) else None
    if worst is not None and worst.sentiment_mean <= NEGATIVE:
        title += f"; most negative: paragraph {int(worst.paragraph_id)}"
    return title


@body_chart
def sentiment_arc(analysis: ArticleAnalysis, *, title: str | None = None) -> Figure:
    """The sentiment arc: every sentence's VADER compound as a point at its paragraph, and the
    paragraph means as a line. Past :data:`~analysis.views.charts.style.MAX_SENTENCES`
    sentences the points give way to the range of each run of paragraphs (a band), and the
    chart says so."""
    body = analysis.sentences[~analysis.sentences.is_title]
    u = units(analysis.paragraphs)
    fig = new_figure(4.0)
    ax = fig.subplots()
    ax.axhspan(NEGATIVE, POSITIVE, color="#F0F0F0", zorder=0, linewidth=0)
    ax.axhline(0, color="black", linewidth=0.8)
    frame = u.frame
    ax.plot(frame["x"], frame["sentiment_mean"], color="black", linewidth=1.4, zorder=2)
    handles = [Line2D([], [], color="black", label="paragraph mean")]
    if len(body) <= MAX_SENTENCES:
        sizes = body.groupby("paragraph_id").size()
        x = (body.paragraph_id + (body.sent_in_para + 1)
             / (body.paragraph_id.map(sizes) + 1) - 0.5)
        ax.scatter(x, body.compound, c=sentiment_colors(body.compound), s=44, zorder=3,
                   edgecolor="white", linewidth=0.6)
        handles = [*SENTIMENT_LEGEND[:2], Patch(color=NEUTRAL_COLOR, label="neutral"),
                   *handles]
    else:
        low, high = _ranges(body, u)
        ax.fill_between(frame["x"], low, high, color=NEUTRAL_COLOR, alpha=0.6, linewidth=0)
        handles.append(Patch(color=NEUTRAL_COLOR, label="range of its sentences"))
        ax.text(0, -0.28, f"{len(body):,} sentences: each run's range is drawn, not every "
                "sentence", transform=ax.transAxes, color=QUIET_TEXT, fontsize=11)
    ax.set_ylim(-1.05, 1.05)
    u.axis(ax)
    ax.set_xlabel(u.xlabel)
    ax.set_ylabel("sentiment (VADER compound)")
    legend_right(ax, handles)
    return finish(fig, title or sentiment_title(analysis),
                  alt="Points per sentence along the paragraphs, from −1 (negative) to +1 "
                      "(positive), with the paragraph means as a line.")


def _ranges(body: pd.DataFrame, u: Units) -> tuple[np.ndarray, np.ndarray]:
    x = u.of_paragraph(body.paragraph_id.to_numpy())
    grouped = pd.Series(body.compound.to_numpy(), index=x).groupby(level=0)
    low = grouped.min().reindex(u.frame["x"]).fillna(0).to_numpy()
    high = grouped.max().reindex(u.frame["x"]).fillna(0).to_numpy()
    return low, high


def draw_sentiment_bars(ax: Axes, analysis: ArticleAnalysis, u: Units | None = None, *,
                        bands: bool = False) -> None:
    """Each paragraph's mean sentence compound as a diverging bar on ``ax`` (with ``bands``,
    light bands behind the paragraphs that cite no one)."""
    u = u or units(analysis.paragraphs)
    frame = u.frame
    if bands:
        silent_bands(ax, u)
    ax.bar(frame["x"], frame["sentiment_mean"], width=0.75 * u.width,
           color=sentiment_colors(frame["sentiment_mean"]))
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    u.axis(ax)


@body_chart
def sentiment_by_paragraph(analysis: ArticleAnalysis, *, title: str | None = None) -> Figure:
    """Diverging bars: each paragraph's mean sentence compound."""
    return paragraph_chart(
        analysis.paragraphs, lambda ax, u: draw_sentiment_bars(ax, analysis, u),
        ylabel="mean sentiment", legend=SENTIMENT_LEGEND, height=3.6,
        title=title or sentiment_title(analysis),
        alt="Bars per paragraph: the mean sentiment of its sentences, from −1 to +1.")


@chart
def saturation_chart(curve: pd.DataFrame, *, title: str | None = None) -> Figure:
    """The whole text's compound against the mean of its sentences as paragraphs are added
    (a frame from :func:`analysis.sentiment.saturation`)."""
    fig = new_figure(4.2, width=9)
    ax = fig.subplots()
    ax.plot(curve.paragraphs, curve.whole_text, color=NEGATIVE_COLOR, marker="o",
            linestyle="--", label="whole text scored as one")
    ax.plot(curve.paragraphs, curve.sentence_mean, color="black", marker="s",
            label="mean of sentence scores")
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("paragraphs read (from the first)")
    ax.set_ylabel("VADER compound")
    if len(curve) <= 40:
        ax.set_xticks(curve.paragraphs)
    ax.legend(frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.22), ncols=2)
    if title is None and len(curve):
        last = curve.iloc[-1]
        title = (f"Scored as one text the article reads {last.whole_text:+.2f}; "
                 f"its sentences average {last.sentence_mean:+.2f}")
    return finish(fig, title or "",
                  alt="Two lines as paragraphs are added: the compound of the whole text, "
                      "which runs to the end of the scale, and the mean of the sentences.")
