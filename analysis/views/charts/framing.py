"""Where the article frames, per paragraph: in its own voice, or in the words it cites (the
framing family: purples)."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analysis.pipeline.analyze import ArticleAnalysis
from analysis.views.charts.hedging import SILENT_LEGEND
from analysis.views.charts.style import (
    Units,
    body_chart,
    paragraph_chart,
    silent_bands,
    units,
)
from analysis.views.palette import FRAMING_CITED_COLOR, FRAMING_OWN_COLOR

FRAMING_LEGEND = [Patch(color=FRAMING_OWN_COLOR, label="in the article's own voice"),
                  Patch(color=FRAMING_CITED_COLOR, label="quoted or attributed")]


def framed_silent(analysis: ArticleAnalysis) -> tuple[int, int]:
    """Framing marks in the article's own voice that stand in paragraphs citing no one, of
    all its own-voice marks."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    silent = profile.n_attributed.to_numpy() == 0
    own = profile.n_framing_own.to_numpy()
    return int(own[silent].sum()), int(own.sum())


def draw_framing(ax: Axes, analysis: ArticleAnalysis, u: Units | None = None, *,
                 per_words: bool = False, bands: bool = True) -> None:
    """Framing marks per mark of ``u`` (or per 100 words): own voice (dark) under cited words
    (light)."""
    u = u or units(analysis.paragraphs)
    frame = u.frame
    if per_words:
        own = frame.own_framing_density.to_numpy()
        cited = frame.framing_density.to_numpy() - own
    else:
        own = frame.n_framing_own.to_numpy()
        cited = frame.n_framing.to_numpy() - own
    if bands:
        silent_bands(ax, u)
    x = frame["x"].to_numpy()
    width = 0.75 * u.width
    ax.bar(x, own, width=width, color=FRAMING_OWN_COLOR)
    ax.bar(x, cited, bottom=own, width=width, color=FRAMING_CITED_COLOR)
    ax.set_ylim(0, max(1.0, float((own + cited).max(initial=0))) * 1.1)
    u.axis(ax)


def framing_title(analysis: ArticleAnalysis) -> str:
    """The marks, and where the own-voice ones stand."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    total = int(profile.n_framing.sum())
    silent, mine = framed_silent(analysis)
    title = f"{total} framing marks, {mine} in the article's own voice"
    if mine:
        title += f"; {silent} of those in paragraphs that cite no one"
    return title


@body_chart
def framing_by_paragraph(analysis: ArticleAnalysis, *, title: str | None = None) -> Figure:
    """Framing marks per body paragraph — the article's own voice (dark) under what it quotes
    or attributes (light) — with a light band behind the paragraphs that cite no one. The
    default title counts the marks and where the own-voice ones stand."""
    def draw(ax: Axes, u: Units) -> None:
        draw_framing(ax, analysis, u)
        ax.yaxis.get_major_locator().set_params(integer=True)

    return paragraph_chart(
        analysis.paragraphs, draw, ylabel="framing marks",
        legend=[*FRAMING_LEGEND, SILENT_LEGEND], title=title or framing_title(analysis),
        alt="Stacked bars per paragraph: framing marks in the article's own voice, and those "
            "it quotes or attributes.")
