"""How every chart is drawn: a size a room can read, titles that state the finding, and bounds.

**Readable when projected.** Every figure is at most :data:`WIDTH` inches wide: 720 pt, which
a browser draws at 960 CSS pixels, the report's column at a 1024-pixel screen. No text is
smaller than :data:`MIN_FONT_PT` (13 px at that width), which the report's browser test
measures on the page as drawn.

**Bounded.** A chart of one mark per paragraph draws at most :data:`MAX_UNITS` of them: a
longer article's paragraphs are grouped into runs of consecutive paragraphs (and the axis
says so), so a chart costs the same for 50,000 paragraphs as for 200. Charts of one mark per
sentence draw at most :data:`MAX_SENTENCES` sentences and say how many they left out.
"""

from __future__ import annotations

import functools
import math
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from analysis.errors import AN_ANALYSIS, expect
from analysis.pipeline.analyze import ArticleAnalysis
from analysis.pipeline.profile import paragraph_runs
from analysis.views.palette import NO_SOURCE

#: The widest figure, in inches (720 pt: 960 CSS pixels).
WIDTH = 10.0
#: The smallest text of any chart, in points.
MIN_FONT_PT = 10.0
#: The most paragraphs a per-paragraph chart draws one by one.
MAX_UNITS = 120
#: The most sentences a per-sentence chart draws.
MAX_SENTENCES = 150
#: A title is wrapped at this many characters (two lines fit the width at the title's size).
TITLE_CHARS = 78

RC = {
    "font.size": 12,
    "axes.titlesize": 12,
    "axes.labelsize": 12,
    "xtick.labelsize": 11,
    "ytick.labelsize": 11,
    "legend.fontsize": 11,
    "legend.title_fontsize": 11,
    "figure.titlesize": 14,
    "figure.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "hatch.linewidth": 1.0,
    "svg.fonttype": "path",
    "svg.hashsalt": "news-workbook",  # the same ids on every run: reports stay byte-stable
}

P = ParamSpec("P")


def chart(make: Callable[P, Figure]) -> Callable[P, Figure]:
    """Draw ``make``'s figure with the workbook's style (:data:`RC`)."""
    @functools.wraps(make)
    def styled(*args: P.args, **kwargs: P.kwargs) -> Figure:
        with mpl.rc_context(RC):
            return make(*args, **kwargs)
    return styled


#: What a chart of body sentences shows for an article with a title and no body.
NO_BODY = "The article has a title and no body: there is no sentence to chart."


def body_chart(make: Callable[P, Figure]) -> Callable[P, Figure]:
    """A chart of an analysis's body, drawn with the workbook's style (:func:`chart`); for an
    article with a title and no body (``analysis.has_body`` false) it is a figure that says
    so (:data:`NO_BODY`), not a chart with nothing on it."""
    @functools.wraps(make)
    def drawn(*args: P.args, **kwargs: P.kwargs) -> Figure:
        analysis = args[0] if args else kwargs.get("analysis")
        expect(analysis, ArticleAnalysis, function=make.__name__, wanted=AN_ANALYSIS)
        if not analysis.has_body:
            return note_figure(NO_BODY)
        return make(*args, **kwargs)
    return chart(drawn)


def note_figure(note: str) -> Figure:
    """A small figure that holds only ``note`` (one line), its alt text too."""
    fig = new_figure(0.8)
    fig.text(0.5, 0.5, note, ha="center", va="center")
    return finish(fig, "", alt=note)


def new_figure(height: float, width: float = WIDTH) -> Figure:
    """A standalone figure (not registered with pyplot) of the workbook's size."""
    return Figure(figsize=(min(width, WIDTH), height), layout="constrained")


def finish(fig: Figure, title: str, *, alt: str) -> Figure:
    """Give ``fig`` its title (the finding, wrapped to fit) and its alt text: the finding,
    then what the chart shows (``alt``), for readers who cannot see it."""
    fig.suptitle("\n".join(textwrap.wrap(title, TITLE_CHARS)) if title else "")
    fig.set_label(f"{title.rstrip('.')}. {alt}" if title else alt)
    return fig


def alt_text(fig: Figure) -> str:
    """The text that stands for ``fig`` where it cannot be seen (``<img alt=…>``)."""
    return fig.get_label() or title_text(fig)


def title_text(fig: Figure) -> str:
    """``fig``'s title on one line (as it reads, unwrapped)."""
    return fig._suptitle.get_text().replace("\n", " ") if fig._suptitle is not None else ""


@dataclass(frozen=True)
class Units:
    """The marks of a per-paragraph chart: one per paragraph, or one per run of ``size``
    consecutive paragraphs when there are more than :data:`MAX_UNITS`.

    ``frame`` has one row per mark: ``x`` (its position: the paragraph number, or the first
    paragraph of the run), ``first``, ``last``, and the sums of the paragraph columns
    (``n_sentences``, ``n_tokens``, counts) and the sentence-weighted ``sentiment_mean``;
    ``of_paragraph`` maps each paragraph number to its mark's ``x``.
    """

    frame: pd.DataFrame
    size: int
    n_paragraphs: int

    @property
    def grouped(self) -> bool:
        return self.size > 1

    @property
    def xlabel(self) -> str:
        if not self.grouped:
            return "paragraph"
        return f"paragraph ({self.n_paragraphs:,} paragraphs, in runs of {self.size})"

    @property
    def width(self) -> float:
        return float(self.size)

    def of_paragraph(self, paragraph_ids: np.ndarray) -> np.ndarray:
        """The ``x`` of the mark that holds each of ``paragraph_ids``."""
        firsts = self.frame["first"].to_numpy()
        index = np.searchsorted(firsts, np.asarray(paragraph_ids), side="right") - 1
        return self.frame["x"].to_numpy()[np.clip(index, 0, len(firsts) - 1)]

    def axis(self, ax: Axes) -> None:
        """The x-axis of the marks: every paragraph number up to 40, else whole numbers."""
        x = self.frame["x"].to_numpy()
        if len(x) == 0:
            return
        half = self.width / 2
        ax.set_xlim(x.min() - half - 0.1 * self.width, x.max() + half + 0.1 * self.width)
        if not self.grouped and len(x) <= 40:
            ax.set_xticks(x)
        else:
            ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=12))


def units(profile: pd.DataFrame) -> Units:
    """The marks of a per-paragraph chart of the body paragraphs of ``profile`` (a
    paragraph profile)."""
    body = profile[profile["paragraph_id"] > 0]
    n = len(body)
    size = max(1, math.ceil(n / MAX_UNITS))
    if size == 1:
        ids = body["paragraph_id"].to_numpy()
        return Units(body.assign(x=ids, first=ids, last=ids).reset_index(drop=True), 1, n)
    runs = paragraph_runs(body, size)
    return Units(runs.assign(x=runs["first"] + (size - 1) / 2), size, n)


def silent_bands(ax: Axes, u: Units) -> None:
    """A light band behind the marks of paragraphs that cite no one (for a run: behind runs
    in which no paragraph is attributed)."""
    frame = u.frame
    for x in frame["x"][frame["n_attributed"] == 0]:
        ax.axvspan(x - u.width / 2, x + u.width / 2, color=NO_SOURCE, alpha=0.6, zorder=0,
                   linewidth=0)


def paragraph_chart(profile: pd.DataFrame, draw: Callable[[Axes, Units], None], *,
                    ylabel: str, legend: list, title: str, alt: str,
                    height: float = 4.0) -> Figure:
    """A chart of one layer along the paragraphs of ``profile``: ``draw(ax, units)`` draws the
    marks; the axis, the labels, the legend, the title and the alt text are the same for
    every layer."""
    fig = new_figure(height)
    ax = fig.subplots()
    u = units(profile)
    draw(ax, u)
    ax.set_xlabel(u.xlabel)
    ax.set_ylabel(ylabel)
    legend_right(ax, legend)
    return finish(fig, title, alt=alt)


def legend_right(ax: Axes, handles: list, **kwargs) -> None:
    """A frameless legend at the right of ``ax``."""
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False,
              **kwargs)
