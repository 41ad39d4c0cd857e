"""The whole picture: every layer on one paragraph axis, and a sentence × feature grid."""

from __future__ import annotations

import numpy as np
from matplotlib import colormaps
from matplotlib.colors import Normalize, to_hex, to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from analysis.pipeline.analyze import ArticleAnalysis
from analysis.views.charts.framing import FRAMING_LEGEND, draw_framing
from analysis.views.charts.hedging import HEDGING_LEGEND, boosted_silent, draw_hedging
from analysis.views.charts.sentiment import SENTIMENT_LEGEND, draw_sentiment_bars
from analysis.views.charts.sourcing import (
    OTHER,
    draw_sourcing,
    look,
    sentence_kind,
    silent_paragraphs,
    sourcing_legend,
)
from analysis.views.charts.style import (
    MAX_SENTENCES,
    body_chart,
    finish,
    legend_right,
    new_figure,
    units,
)
from analysis.views.palette import (
    BOOSTER_COLOR,
    FRAMING_OWN_COLOR,
    HEDGE_COLOR,
    NO_SOURCE,
    SENTIMENT_CMAP,
)


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


@body_chart
def profile_chart(analysis: ArticleAnalysis, *, title: str | None = None) -> Figure:
    """Four tracks on one paragraph axis, each in its layer's colours: who each paragraph
    rests on (a strip of cells); boosters and hedges per 100 words; framing marks per 100
    words, own voice and cited; mean sentence sentiment. A light band marks the paragraphs
    that cite no one on every track below the strip."""
    fig = new_figure(7.4)
    sources, hedging, framing, sentiment = fig.subplots(
        4, 1, sharex=True, height_ratios=[0.55, 1, 0.8, 1])
    u = units(analysis.paragraphs)
    used = draw_sourcing(sources, analysis, u)
    sources.set_ylabel("sources", rotation=0, ha="right", va="center")
    legend_right(sources, sourcing_legend(used), title="each sentence rests on",
                 alignment="left")
    draw_hedging(hedging, analysis, u)
    hedging.set_ylabel("hedging\nper 100 words")
    legend_right(hedging, [*HEDGING_LEGEND])
    draw_framing(framing, analysis, u, per_words=True)
    framing.set_ylabel("framing\nper 100 words")
    legend_right(framing, FRAMING_LEGEND)
    draw_sentiment_bars(sentiment, analysis, u, bands=True)
    sentiment.set_ylabel("mean\nsentiment")
    legend_right(sentiment, [*SENTIMENT_LEGEND, Patch(color=NO_SOURCE,
                                                      label="paragraph cites no one")])
    sentiment.set_xlabel(u.xlabel)
    return finish(fig, title or profile_title(analysis),
                  alt="Four tracks per paragraph: the kind of source its sentences rest on, "
                      "hedges and boosters, framing, and mean sentiment.")


#: The grid's columns of counts, each in its layer's colour.
COUNTED = (("n_hedges", HEDGE_COLOR), ("n_boosters", BOOSTER_COLOR),
           ("n_framing_own", FRAMING_OWN_COLOR))
#: The grid's columns: the key of each and its header.
FEATURES = [
    ("rests_on", "rests on"),
    ("n_hedges", "hedges"),
    ("n_boosters", "boosters"),
    ("n_framing_own", "own-voice\nframing"),
    ("compound", "sentiment"),
]


@body_chart
def feature_heatmap(analysis: ArticleAnalysis, *, title: str | None = None) -> Figure:
    """One row per body sentence, one column per feature, each in its layer's colours: what
    the sentence rests on (a source type, hatched where a reader cannot check it; grey for an
    assertion with no source), its hedges, boosters and own-voice framing marks (the count
    written in the cell) and its sentiment (pink negative … green positive). A long article
    shows its first :data:`~analysis.views.charts.style.MAX_SENTENCES` sentences and says so."""
    body = analysis.sentences[~analysis.sentences.is_title].reset_index(drop=True)
    total = len(body)
    shown = body.head(MAX_SENTENCES)
    rows = len(shown)
    fig = new_figure(max(3.6, 0.26 * rows + 1.9), width=8)
    ax = fig.subplots()
    sentiment = colormaps[SENTIMENT_CMAP]
    norm = Normalize(-1, 1)
    # the counts and the sentiment as one image (fast at any length), the sources as cells
    # of their own (their hatch cannot be an image)
    image = np.ones((rows, len(FEATURES), 4))
    for j, (key, colour) in enumerate(COUNTED, start=1):
        counts = shown[key].to_numpy()
        image[counts > 0, j] = to_rgba(colour)
        for i in np.flatnonzero(counts):
            ax.text(j, i, str(int(counts[i])), ha="center", va="center", fontsize=10,
                    color="black" if key == "n_hedges" else "white")
    image[:, len(FEATURES) - 1] = sentiment(norm(shown.compound.to_numpy()))
    image[:, 0] = to_rgba("white")
    ax.imshow(image, aspect="auto", interpolation="nearest",
              extent=(-0.5, len(FEATURES) - 0.5, rows - 0.5, -0.5))
    kinds = list(map(sentence_kind, shown.source_types, shown.attributed,
                     shown.unattributed_assertion))
    for i, kind in enumerate(kinds):
        if kind == OTHER:
            continue
        fill, hatch, ink = look(kind)
        ax.add_patch(Rectangle((-0.5, i - 0.5), 1, 1, facecolor=fill, hatch=hatch,
                               edgecolor=ink, linewidth=0))
    for j in range(len(FEATURES) + 1):  # a white grid between the columns and the rows
        ax.axvline(j - 0.5, color="white", linewidth=2)
    for i in range(rows + 1):
        ax.axhline(i - 0.5, color="white", linewidth=0.8)
    ax.set_xlim(-0.5, len(FEATURES) - 0.5)
    ax.set_ylim(rows - 0.5, -0.5)
    ax.xaxis.tick_top()
    ax.set_xticks(range(len(FEATURES)), [header for _, header in FEATURES])
    step = 1 if rows <= 40 else 5
    ticks = list(range(0, rows, step))
    ax.set_yticks(ticks, [f"¶{shown.paragraph_id[k]}" + (
        f".{shown.sent_in_para[k] + 1}" if shown.sent_in_para[k] else "") for k in ticks])
    ax.set_ylabel("sentence (¶ paragraph . sentence)")
    ax.tick_params(length=0)
    ax.spines[["left", "bottom", "top", "right"]].set_visible(False)
    handles = sourcing_legend(kinds)
    handles.append(Patch(color=to_hex(sentiment(norm(-0.8))), label="negative sentence"))
    handles.append(Patch(color=to_hex(sentiment(norm(0.8))), label="positive sentence"))
    legend_right(ax, handles)
    if title is None:
        asserted = int(body.unattributed_assertion.sum())
        title = f"{asserted} of {total} sentences assert with no source"
        if rows < total:
            title += f" (the grid shows the first {rows})"
    return finish(fig, title, alt="A grid of one row per sentence: what it rests on, its "
                                  "hedges, boosters and own-voice framing, and its sentiment.")


