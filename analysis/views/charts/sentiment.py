"""Sentiment per sentence and paragraph, and why whole texts saturate."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from analysis.pipeline.analyze import ArticleAnalysis
from analysis.views.palette import NEGATIVE_COLOR, NEUTRAL_COLOR, POSITIVE_COLOR
from analysis.vocabulary.colours import OKABE_ITO
from analysis.vocabulary.sentiment import NEGATIVE, POSITIVE, is_negative


def sentiment_colors(values: Iterable[float]) -> list[str]:
    """The colour of each compound score: positive, negative or neutral."""
    return [POSITIVE_COLOR if v >= POSITIVE else NEGATIVE_COLOR if v <= NEGATIVE
            else NEUTRAL_COLOR for v in values]


def _sentiment_title(analysis: ArticleAnalysis) -> str:
    body = analysis.sentences[~analysis.sentences.is_title]
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    share = float(is_negative(body.compound).mean()) if len(body) else 0.0
    worst = profile.loc[profile.sentiment_mean.idxmin()] if len(profile) else None
    title = f"{share:.0%} of sentences are negative (mean {body.compound.mean():+.2f})"
    if worst is not None and worst.sentiment_mean <= NEGATIVE:
        title += f"; most negative: paragraph {int(worst.paragraph_id)}"
    return title


def sentiment_arc(analysis: ArticleAnalysis, *, title: str | None = None) -> Figure:
    """The sentiment arc: every sentence's VADER compound as a point at its paragraph, and the
    paragraph means as a line."""
    body = analysis.sentences[~analysis.sentences.is_title]
    sizes = body.groupby("paragraph_id").size()
    x = body.paragraph_id + (body.sent_in_para + 1) / (body.paragraph_id.map(sizes) + 1) - 0.5
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    fig = Figure(figsize=(10, 4), layout="constrained")
    ax = fig.subplots()
    ax.axhspan(NEGATIVE, POSITIVE, color="#F0F0F0", zorder=0, linewidth=0)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.plot(profile.paragraph_id, profile.sentiment_mean, color="black", linewidth=1.2,
            label="paragraph mean", zorder=2)
    ax.scatter(x, body.compound, c=sentiment_colors(body.compound), s=36, zorder=3,
               edgecolor="white", linewidth=0.5)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xticks(profile.paragraph_id)
    ax.set_xlabel("paragraph")
    ax.set_ylabel("VADER compound (−1 … +1)")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(handles=[
        Patch(color=POSITIVE_COLOR, label="positive sentence"),
        Patch(color=NEGATIVE_COLOR, label="negative sentence"),
        Patch(color=NEUTRAL_COLOR, label=f"neutral sentence (±{POSITIVE})"),
        Line2D([], [], color="black", label="paragraph mean"),
    ], loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    fig.suptitle(title or _sentiment_title(analysis))
    return fig


def draw_sentiment_bars(ax: Axes, analysis: ArticleAnalysis) -> None:
    """Each paragraph's mean sentence compound as a diverging bar on ``ax``."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    ax.bar(profile.paragraph_id, profile.sentiment_mean, width=0.7,
           color=sentiment_colors(profile.sentiment_mean))
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xticks(profile.paragraph_id)
    ax.spines[["top", "right"]].set_visible(False)


def sentiment_by_paragraph(analysis: ArticleAnalysis, *, title: str | None = None) -> Figure:
    """Diverging bars: each paragraph's mean sentence compound."""
    fig = Figure(figsize=(10, 3.6), layout="constrained")
    ax = fig.subplots()
    draw_sentiment_bars(ax, analysis)
    ax.set_xlabel("paragraph")
    ax.set_ylabel("mean sentence compound")
    ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle(title or _sentiment_title(analysis))
    return fig


def saturation_chart(curve: pd.DataFrame, *, title: str | None = None) -> Figure:
    """The whole text's compound against the mean of its sentences as paragraphs are added
    (a frame from :func:`analysis.sentiment.saturation`)."""
    fig = Figure(figsize=(8, 3.6), layout="constrained")
    ax = fig.subplots()
    ax.plot(curve.paragraphs, curve.whole_text, color=NEGATIVE_COLOR, marker="o",
            label="whole text scored as one")
    ax.plot(curve.paragraphs, curve.sentence_mean, color=OKABE_ITO["black"], marker="s",
            label="mean of sentence scores")
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("paragraphs read (from the first)")
    ax.set_ylabel("VADER compound")
    ax.set_xticks(curve.paragraphs)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(frameon=False, loc="lower left")
    if title is None and len(curve):
        last = curve.iloc[-1]
        title = (f"Scored as one text the article reads {last.whole_text:+.2f}; "
                 f"its sentences average {last.sentence_mean:+.2f}")
    fig.suptitle(title or "")
    return fig
