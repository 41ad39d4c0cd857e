"""Where the article frames, per paragraph: in its own voice, or in the words it cites."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from analysis.pipeline.analyze import ArticleAnalysis
from analysis.views.palette import FRAMING_CITED_COLOR, FRAMING_OWN_COLOR, NO_SOURCE


def framed_silent(analysis: ArticleAnalysis) -> tuple[int, int]:
    """Framing marks in the article's own voice that stand in paragraphs citing no one, of
    all its own-voice marks."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    silent = profile.n_attributed.to_numpy() == 0
    own = profile.n_framing_own.to_numpy()
    return int(own[silent].sum()), int(own.sum())


def framing_by_paragraph(analysis: ArticleAnalysis, *, title: str | None = None) -> Figure:
    """Framing marks per body paragraph — the article's own voice (dark) under what it quotes
    or attributes (light) — with a grey band behind the paragraphs that cite no one. The
    default title counts the marks and where the own-voice ones stand."""
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    x = profile.paragraph_id.to_numpy()
    own = profile.n_framing_own.to_numpy()
    cited = profile.n_framing.to_numpy() - own
    fig = Figure(figsize=(10, 4.2), layout="constrained")
    ax = fig.subplots()
    for p in x[profile.n_attributed.to_numpy() == 0]:
        ax.axvspan(p - 0.5, p + 0.5, color=NO_SOURCE, zorder=0, linewidth=0)
    ax.bar(x, own, width=0.7, color=FRAMING_OWN_COLOR)
    ax.bar(x, cited, bottom=own, width=0.7, color=FRAMING_CITED_COLOR)
    ax.set_xticks(x)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xlabel("paragraph")
    ax.set_ylabel("framing marks")
    ax.legend(handles=[Patch(color=FRAMING_OWN_COLOR, label="in the article's own voice"),
                       Patch(color=FRAMING_CITED_COLOR, label="quoted or attributed"),
                       Patch(color=NO_SOURCE, label="paragraph cites no one")],
              loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    if title is None:
        total = int(profile.n_framing.sum())
        silent, mine = framed_silent(analysis)
        title = f"{total} framing marks, {mine} in the article's own voice"
        if mine:
            title += f"; {silent} of those in paragraphs that cite no one"
    fig.suptitle(title)
    return fig
