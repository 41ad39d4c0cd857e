"""The report of one article: a self-contained HTML page and a CSV of every table.

The page needs no network and runs no script (:mod:`analysis.views.page`): charts are embedded
as SVG, styles are in the page, and a Content-Security-Policy forbids scripts and outside
resources. All article text is escaped (DESIGN decision 7).

It is bounded: its charts draw at most a few hundred marks (runs of paragraphs beyond that),
its tables at most :data:`~analysis.views.page.MAX_TABLE_ROWS` rows and its marked article at
most :data:`MAX_MARKED_CHARS` characters, each saying so where it stops; the CSV files beside
the page hold everything.

An article with a title and no body gets its report too: the page says there is nothing to
analyse past the title (:data:`NO_BODY_NOTE`), and a one-line note stands where each chart
would be.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.errors import InputError
from analysis.locking import locked
from analysis.outputs import (
    REPORT_FORMAT,
    ensure_folder,
    file_record,
    format_marker,
    is_marked,
    output_error,
    project_version,
    read_manifest,
    remove_folder,
    staging_folder,
    swap_into_place,
    utc_now,
    write_manifest,
)
from analysis.pipeline.analyze import ArticleAnalysis, analyze
from analysis.spine.reading import read_article
from analysis.views.attributions import attribution_view
from analysis.views.charts import feature_heatmap, profile_chart, sentiment_arc
from analysis.views.charts.framing import framing_by_paragraph
from analysis.views.charts.style import NO_BODY
from analysis.views.framing import framing_view
from analysis.views.guide import guide_frame, reading_guide
from analysis.views.hedges import hedge_view
from analysis.views.highlight import highlight
from analysis.views.page import STYLE, document, figure, table
from analysis.views.sources import source_finding, source_view

#: The longest text the report marks up (about 60 pages): a longer page cannot be read.
MAX_MARKED_CHARS = 150_000
#: The paragraph profile's columns on the page (every column is in ``paragraphs.csv``).
PROFILE_COLUMNS = ["paragraph_id", "first_words", "attribution_density", "n_unattributed",
                   "n_anonymous", "n_vague", "hedge_density", "booster_density",
                   "own_framing_density", "sentiment_mean"]

__all__ = ["COMPARE_PAGE", "MAX_MARKED_CHARS", "NO_BODY_NOTE", "STYLE", "ReportResult",
           "render_page", "save_report", "slug", "write_report"]


@dataclass(frozen=True)
class ReportResult:
    """What :func:`write_report` wrote: the folder, the page, every file, a summary line."""

    folder: Path
    page: Path
    files: tuple[Path, ...]
    summary: str


#: A folder name is cut to this many characters (file systems allow 255 bytes).
SLUG_LENGTH = 100
#: The page ``compare`` writes beside the reports, a name no report's folder takes.
COMPARE_PAGE = "compare.html"
#: The names in an output folder that are not reports' folders (casefolded).
RESERVED_NAMES = frozenset({COMPARE_PAGE.casefold()})


def slug(name: str) -> str:
    """A file-name-safe version of ``name`` (ASCII letters, digits, ``._-``; at most
    :data:`SLUG_LENGTH` characters)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name)[:SLUG_LENGTH].strip("-.") or "article"


def _without_empty_nesting(view: pd.DataFrame) -> pd.DataFrame:
    """The attribution view without its nesting columns where nothing is nested."""
    return view if view.nested.any() else view.drop(columns=["nested", "nested_in"])


#: What the report says of an article with a title and no body, under its title.
NO_BODY_NOTE = ("This article has a title and no body: there is no sentence to analyse past "
                "the title, so its tables are empty and its charts are not drawn.")


def _chart(result: ArticleAnalysis, make) -> str:
    """A chart of the body as an embedded figure, or the one-line note that stands for it
    where the article has a title and no body."""
    if not result.has_body:
        return f'<p class="note">{html.escape(NO_BODY)}</p>'
    return figure(make(result))


def render_page(result: ArticleAnalysis) -> str:
    """The report page of an :class:`~analysis.ArticleAnalysis`, as a string. An article with
    a title and no body gets its page, which says so, with a note where each chart would be."""
    article = result.article
    title = article.title or article.article_id
    guide = reading_guide(result)
    source = html.escape(Path(article.source).name) if article.source else "text"
    no_body = "" if result.has_body else f'<p class="note">{html.escape(NO_BODY_NOTE)}</p>'
    sections = [
        f"<header><h1>{html.escape(title)}</h1><p class=\"meta\">{source} · article "
        f"{html.escape(article.article_id)} · analysed by the news-reading workbook</p>"
        f"{no_body}</header>",
        "<section class=\"guide\"><h2>Reading guide</h2>" + guide._repr_html_() + "</section>",
        "<section><h2>The whole picture, paragraph by paragraph</h2>"
        + _chart(result, profile_chart) + "</section>",
        "<section><h2>The article, marked</h2>"
        + highlight(result, max_chars=MAX_MARKED_CHARS).html + "</section>",
        "<section><h2>Who speaks</h2>"
        f"<p>{html.escape(source_finding(result))}</p>"
        + table(source_view(result), csv="sources.csv") + "</section>",
        "<section><h2>Every attribution</h2>"
        + table(_without_empty_nesting(attribution_view(result)), csv="attributions.csv")
        + "</section>",
        "<section><h2>Every hedge, weasel word and booster</h2>"
        + table(hedge_view(result), csv="hedges.csv") + "</section>",
        "<section><h2>How it is framed: the article's own voice and the words it cites</h2>"
        + _chart(result, framing_by_paragraph)
        + table(framing_view(result), csv="framing.csv") + "</section>",
        "<section><h2>Sentiment, sentence by sentence</h2>" + _chart(result, sentiment_arc)
        + "</section>",
        "<section><h2>Every sentence, every feature</h2>" + _chart(result, feature_heatmap)
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
    path: str | Path, out_dir: str | Path, *, has_title: bool = True, encoding: str | None = None,
    claimed: dict[str, str] | None = None,
) -> ReportResult:
    """Analyse the article at ``path``; write ``out_dir/<name>/report.html`` and the CSV of
    every table beside it (see :func:`save_report` for the name and how it is written)."""
    started = utc_now()
    article = read_article(path, has_title=has_title, encoding=encoding)
    return save_report(analyze(article), path, out_dir, claimed=claimed, started=started,
                       options={"has_title": has_title, "encoding": encoding})


def report_files(result: ArticleAnalysis) -> dict[str, bytes]:
    """The files of an article's report, by name: ``report.html`` and the CSV of every table
    (what :func:`save_report` writes; a corpus run's workers make them to write elsewhere)."""
    tables = {
        "sentences": result.sentences, "attributions": result.attributions,
        "hedges": result.hedges, "framing": result.framing, "sentiment": result.sentiment,
        "paragraphs": result.paragraphs, "sources": result.sources,
        "guide": guide_frame(result),
    }
    files = {"report.html": render_page(result).encode("utf-8")}
    for name, frame in tables.items():
        files[f"{name}.csv"] = frame.to_csv(index=False).encode("utf-8")
    return files


def save_report(result: ArticleAnalysis, path: str | Path, out_dir: str | Path, *,
                claimed: dict[str, str] | None = None, started: str | None = None,
                options: dict | None = None) -> ReportResult:
    """Write the report of an analysis of the article read from ``path`` (as
    :func:`write_report` does, without reading and analysing it again).

    The folder is named after the file (:func:`report_name`), never after another article's
    report nor anything else: a name another file's report holds — on disk, or in ``claimed``
    (folder name → source, the names this run has given) —, a name that is not provably a
    report of this file (:func:`_is_own`) and the names of :data:`RESERVED_NAMES` are passed
    over. The report is written into a hidden folder beside its place and swapped in whole,
    with a ``run.json`` saying which file it is of, so an earlier report of the same file is
    replaced only by a complete one."""
    out = ensure_folder(Path(out_dir))
    source = str(Path(path).resolve()) if Path(path).exists() else str(path)
    files = report_files(result)
    staged = staging_folder(out / "report", recoverable=False)  # named when it is placed
    try:
        for name, data in files.items():
            (staged / name).write_bytes(data)
        write_manifest(staged, {
            **format_marker(REPORT_FORMAT), "command": "report", "status": "complete",
            "version": project_version(),
            "started": started or utc_now(), "finished": utc_now(),
            "input": file_record(path) if Path(path).is_file() else {"path": str(path)},
            "source": source, "options": options or {},
        })
        folder = _place(staged, out, path, source, claimed if claimed is not None else {})
    except OSError as err:
        raise output_error(out, err) from None
    finally:
        remove_folder(staged)  # gone already if it was swapped in
    page = folder / "report.html"
    body = result.sentences[~result.sentences.is_title]
    if not result.has_body:
        summary = f"{path}: a title and no body, nothing to analyse past it\n  report: {page}"
        return ReportResult(folder, page, tuple(folder / name for name in files), summary)
    summary = (
        f"{path}: {body.paragraph_id.nunique()} paragraphs, {len(body)} sentences, "
        f"{int(body.n_tokens.sum())} word tokens"
        f"{' (plus a title)' if result.sentences.is_title.any() else ''}, "
        f"{len(result.attributions)} attributions, {int(body.unattributed_assertion.sum())} "
        f"unattributed assertions\n  report: {page}"
    )
    return ReportResult(folder, page, tuple(folder / name for name in files), summary)


def report_name(path: str | Path) -> list[str]:
    """The folder names a report of the file at ``path`` may take, in order of preference:
    the file's name (``art``), its folder's and its own (``sub2-art``), and its name with a
    short hash of its full path (``art-1f3e2d9c``), which is as unique as the path."""
    path = Path(path)
    stem = slug(path.stem)
    names = [stem]
    parent = Path(path).resolve().parent.name if path.exists() else path.parent.name
    if parent:
        names.append(slug(f"{parent}-{path.stem}"))
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogateescape")).hexdigest()
    names.append(f"{stem[:SLUG_LENGTH - 9]}-{digest[:8]}")
    return names


def _place(staged: Path, out: Path, path: str | Path, source: str,
           claimed: dict[str, str]) -> Path:
    """Swap ``staged`` in under the first of the file's names that is free or its own."""
    names = report_name(path)
    names += [f"{names[-1]}-{k}" for k in range(2, 1000)]
    for name in names:
        key = name.casefold()  # a case-insensitive file system holds one of Art and art
        if key in RESERVED_NAMES or claimed.get(key, source) != source:
            continue
        target = out / name
        with locked(target, wait=30.0, what="report"):
            if not _is_own(target, source):
                continue
            swap_into_place(staged, target)
        claimed[key] = source
        return target
    raise InputError(path, f"no free folder name for its report in {out}")


def _is_own(folder: Path, source: str) -> bool:
    """Whether ``folder`` may take the report of ``source``: free, an empty folder, or a
    report of the same file (its ``run.json`` carries the report's format marker and names
    the file). A link, a file, or a folder that is not provably such a report is not."""
    if not os.path.lexists(folder):
        return True
    if folder.is_symlink() or not folder.is_dir():
        return False
    if not any(folder.iterdir()):
        return True
    manifest = read_manifest(folder)
    return is_marked(folder, REPORT_FORMAT) and manifest.get("source") == source
