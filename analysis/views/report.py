"""The report of one article: a self-contained HTML page and a CSV of every table.

The page needs no network and runs no script (:mod:`analysis.views.page`): charts are embedded
as SVG, styles are in the page, and a Content-Security-Policy forbids scripts and outside
resources. All article text is escaped (DESIGN decision 7).

It is bounded: its charts draw at most a few hundred marks (runs of paragraphs beyond that),
its tables at most :data:`~analysis.views.page.MAX_TABLE_ROWS` rows and its marked article at
most :data:`MAX_MARKED_CHARS` characters, each saying so where it stops; the CSV files beside
the page hold everything.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.pipeline.analyze import ArticleAnalysis, analyze
from analysis.spine.reading import read_article
from analysis.views.attributions import attribution_view
from analysis.views.charts import feature_heatmap, profile_chart, sentiment_arc
from analysis.views.charts.framing import framing_by_paragraph
from analysis.views.framing import framing_view
from analysis.views.guide import guide_frame, reading_guide
from analysis.views.hedges import hedge_view
from analysis.views.highlight import highlight
from analysis.views.page import STYLE, document, figure, table

#: The longest text the report marks up (about 60 pages): a longer page cannot be read.
MAX_MARKED_CHARS = 150_000
#: The paragraph profile's columns on the page (every column is in ``paragraphs.csv``).
PROFILE_COLUMNS = ["paragraph_id", "first_words", "attribution_density", "n_unattributed",
                   "n_anonymous", "n_vague", "hedge_density", "booster_density",
                   "own_framing_density", "sentiment_mean"]

__all__ = ["MAX_MARKED_CHARS", "STYLE", "ReportResult", "render_page", "save_report", "slug",
           "write_report"]


@dataclass(frozen=True)
class ReportResult:
    """What :func:`write_report` wrote: the folder, the page, every file, a summary line."""

    folder: Path
    page: Path
    files: tuple[Path, ...]
    summary: str


def slug(name: str) -> str:
    """A file-name-safe version of ``name``."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.") or "article"


def _without_empty_nesting(view: pd.DataFrame) -> pd.DataFrame:
    """The attribution view without its nesting columns where nothing is nested."""
    return view if view.nested.any() else view.drop(columns=["nested", "nested_in"])


def render_page(result: ArticleAnalysis) -> str:
    """The report page of an :class:`~analysis.ArticleAnalysis`, as a string."""
    article = result.article
    title = article.title or article.article_id
    guide = reading_guide(result)
    source = html.escape(Path(article.source).name) if article.source else "text"
    sections = [
        f"<header><h1>{html.escape(title)}</h1><p class=\"meta\">{source} · article "
        f"{html.escape(article.article_id)} · analysed by the news-reading workbook</p></header>",
        "<section class=\"guide\"><h2>Reading guide</h2>" + guide._repr_html_() + "</section>",
        "<section><h2>The whole picture, paragraph by paragraph</h2>"
        + figure(profile_chart(result)) + "</section>",
        "<section><h2>The article, marked</h2>"
        + highlight(result, max_chars=MAX_MARKED_CHARS).html + "</section>",
        "<section><h2>Every attribution</h2>"
        + table(_without_empty_nesting(attribution_view(result)), csv="attributions.csv")
        + "</section>",
        "<section><h2>Every hedge, weasel word and booster</h2>"
        + table(hedge_view(result), csv="hedges.csv") + "</section>",
        "<section><h2>How it is framed: the article's own voice and the words it cites</h2>"
        + figure(framing_by_paragraph(result))
        + table(framing_view(result), csv="framing.csv") + "</section>",
        "<section><h2>Sentiment, sentence by sentence</h2>" + figure(sentiment_arc(result))
        + "</section>",
        "<section><h2>Every sentence, every feature</h2>" + figure(feature_heatmap(result))
        + "</section>",
        "<section><h2>Paragraph profile</h2>"
        + table(result.paragraphs[PROFILE_COLUMNS], csv="paragraphs.csv") + "</section>",
        "<footer>Attribution, hedging, framing and sentiment are found by transparent rules and "
        "word lists (the sentiment lexicon is VADER's). They are a first reading to check, not a "
        "verdict: see the lessons for how well each layer agrees with human annotators and "
        "where it is wrong.</footer>",
    ]
    return document(title, "".join(sections))


def write_report(
    path: str | Path, out_dir: str | Path, *, has_title: bool = True, encoding: str | None = None
) -> ReportResult:
    """Analyse the article at ``path``; write ``out_dir/<name>/report.html`` and the CSV of
    every table beside it."""
    article = read_article(path, has_title=has_title, encoding=encoding)
    return save_report(analyze(article), path, out_dir)


def save_report(result: ArticleAnalysis, path: str | Path, out_dir: str | Path) -> ReportResult:
    """Write the report of an analysis of the article read from ``path`` (as
    :func:`write_report` does, without reading and analysing it again)."""
    folder = Path(out_dir) / slug(Path(path).stem)
    folder.mkdir(parents=True, exist_ok=True)
    tables = {
        "sentences": result.sentences, "attributions": result.attributions,
        "hedges": result.hedges, "framing": result.framing, "sentiment": result.sentiment,
        "paragraphs": result.paragraphs, "guide": guide_frame(result),
    }
    files = []
    for name, frame in tables.items():
        target = folder / f"{name}.csv"
        frame.to_csv(target, index=False)
        files.append(target)
    page = folder / "report.html"
    page.write_text(render_page(result), encoding="utf-8")
    body = result.sentences[~result.sentences.is_title]
    summary = (
        f"{path}: {body.paragraph_id.nunique()} paragraphs, {len(body)} sentences, "
        f"{int(body.n_tokens.sum())} word tokens"
        f"{' (plus a title)' if result.sentences.is_title.any() else ''}, "
        f"{len(result.attributions)} attributions, {int(body.unattributed_assertion.sum())} "
        f"unattributed assertions\n  report: {page}"
    )
    return ReportResult(folder, page, (page, *files), summary)
